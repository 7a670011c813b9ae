// Transactions in the partition log: the LSO as transactions open and end, read_committed reads and
// their aborted transactions, markers and their fencing, and the transaction index and LSO after a
// clean reopen, after lost index files, and after kill -9 mid-transaction.
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { ManualClock } from '../common/clock.js';
import { keyedBatch, readKeyed } from './compaction-test-support.js';
import type { PartitionLog } from './partition-log.js';
import {
  batch,
  openLog,
  producerBatch,
  readAll,
  runFixtureAndKill,
  tempDir,
  testConfig,
} from './test-support.js';
import { expectedTransactions, storedBatches, txnBatch } from './test-support-txn.js';

const P1 = 11n;
const P2 = 22n;

function marker(producerId: bigint, commit: boolean, producerEpoch = 0, coordinatorEpoch = 0) {
  return { producerId, producerEpoch, coordinatorEpoch, commit };
}

async function values(log: PartitionLog, readCommitted: boolean): Promise<string[]> {
  const r = await log.read(0n, 1 << 20, { minOneBatch: true, readCommitted });
  if (r.errorCode !== 0) throw new Error('read failed');
  const out: string[] = [];
  for (const chunk of r.data.records) {
    const text = chunk.toString('latin1');
    for (const m of text.matchAll(/[a-z]+\d-\d/g)) out.push(m[0]);
  }
  return out;
}

test('the LSO stops at the oldest open transaction and moves when markers are written', async (t) => {
  const log = await openLog(await tempDir(t));
  await log.append(batch(['plain0-0', 'plain0-1']));
  t.is(log.lastStableOffset, 2n);
  const a = await log.append(txnBatch(P1, 0, 0, ['one1-0', 'one1-1']));
  t.is(a.firstOffset, 2n);
  t.is(log.highWatermark, 4n);
  t.is(log.lastStableOffset, 2n, 'P1 opened a transaction at 2');
  await log.append(txnBatch(P2, 0, 0, ['two2-0']));
  await log.append(txnBatch(P1, 0, 2, ['one1-2']));
  t.is(log.lastStableOffset, 2n);
  const commit = await log.appendMarker(marker(P1, true));
  t.is(commit.errorCode, 0);
  t.is(commit.firstOffset, 6n);
  t.is(log.lastStableOffset, 4n, 'P2 is still open at 4');
  t.is(log.producerState.entry(P1)?.currentTxnFirstOffset, -1);
  const abort = await log.appendMarker(marker(P2, false));
  t.is(abort.firstOffset, 7n);
  t.is(log.lastStableOffset, 8n);
  t.is(log.highWatermark, 8n);
  t.deepEqual(log.collectAbortedTransactions(0, 8), [
    { producerId: P2, firstOffset: 4, lastOffset: 7, lastStableOffset: 8 },
  ]);
  await log.close();
});

test('read_committed reads stop at the LSO and list the aborted transactions they overlap', async (t) => {
  const log = await openLog(await tempDir(t));
  await log.append(batch(['plain0-0']));
  await log.append(txnBatch(P1, 0, 0, ['one1-0']));
  await log.append(txnBatch(P2, 0, 0, ['two2-0']));
  let r = await log.read(0n, 1 << 20, { readCommitted: true });
  t.is(r.errorCode, 0);
  if (r.errorCode !== 0) return;
  t.is(r.data.lastStableOffset, 1n);
  t.is(r.data.highWatermark, 3n);
  t.deepEqual(r.data.abortedTransactions, []);
  t.deepEqual(await values(log, true), ['plain0-0']);
  t.deepEqual(await values(log, false), ['plain0-0', 'one1-0', 'two2-0']);
  // read_uncommitted reads report the LSO too, and no aborted list.
  r = await log.read(0n, 1 << 20);
  t.is(r.errorCode === 0 && r.data.abortedTransactions, null);
  t.is(r.errorCode === 0 && r.data.lastStableOffset, 1n);

  await log.appendMarker(marker(P1, false)); // 3: abort P1 (data at 1)
  t.is(log.lastStableOffset, 2n);
  await log.appendMarker(marker(P2, true)); // 4: commit P2
  await log.append(txnBatch(P1, 0, 1, ['one1-1'])); // 5: P1's next transaction
  await log.appendMarker(marker(P1, false)); // 6
  t.deepEqual(await values(log, true), ['plain0-0', 'one1-0', 'two2-0', 'one1-1']);
  r = await log.read(0n, 1 << 20, { readCommitted: true });
  t.deepEqual(r.errorCode === 0 && r.data.abortedTransactions, [
    { producerId: P1, firstOffset: 1n },
    { producerId: P1, firstOffset: 5n },
  ]);
  // From offset 2 the first abort (data 1, marker 3) still overlaps; from 4 only the second.
  r = await log.read(2n, 1 << 20, { readCommitted: true });
  t.deepEqual(r.errorCode === 0 && r.data.abortedTransactions, [
    { producerId: P1, firstOffset: 1n },
    { producerId: P1, firstOffset: 5n },
  ]);
  r = await log.read(4n, 1 << 20, { readCommitted: true });
  t.deepEqual(r.errorCode === 0 && r.data.abortedTransactions, [{ producerId: P1, firstOffset: 5n }]);
  // A read that returns only offset 0 does not reach either transaction.
  r = await log.read(0n, 1, { readCommitted: true, minOneBatch: true });
  t.deepEqual(r.errorCode === 0 && r.data.abortedTransactions, []);
  r = await log.read(7n, 1 << 20, { readCommitted: true });
  t.deepEqual(r.errorCode === 0 && r.data.abortedTransactions, []);
  await log.close();
});

test('markers are fenced by producer epoch and coordinator epoch; a marker without a transaction is written', async (t) => {
  const log = await openLog(await tempDir(t));
  await log.append(txnBatch(P1, 3, 0, ['one1-0']));
  const end = log.logEndOffset;
  const stale = await log.appendMarker(marker(P1, true, 2, 5));
  t.is(stale.errorCode, ErrorCode.INVALID_PRODUCER_EPOCH);
  t.is(log.logEndOffset, end, 'nothing appended');
  t.is(log.lastStableOffset, 0n, 'the transaction is still open');
  t.is((await log.appendMarker(marker(P1, false, 3, 5))).errorCode, 0);
  t.is(log.producerState.entry(P1)?.coordinatorEpoch, 5);
  const zombie = await log.appendMarker(marker(P1, true, 3, 4));
  t.is(zombie.errorCode, ErrorCode.TRANSACTION_COORDINATOR_FENCED);
  // No open transaction: still written, no index entry.
  const lone = await log.appendMarker(marker(P2, false, 0, 0));
  t.is(lone.errorCode, 0);
  t.is(lone.firstOffset, 2n);
  t.deepEqual(
    log.collectAbortedTransactions(0, 10).map((e) => e.producerId),
    [P1],
  );
  // A marker with a newer epoch bumps it: the old epoch's data is fenced afterwards.
  t.is((await log.appendMarker(marker(P1, false, 4, 5))).errorCode, 0);
  t.is((await log.append(txnBatch(P1, 3, 1, ['late1-0']))).errorCode, ErrorCode.INVALID_PRODUCER_EPOCH);
  t.is((await log.append(txnBatch(P1, 4, 0, ['new1-0']))).errorCode, 0);
  // Inside a transaction a non-transactional batch of the producer is refused.
  t.is((await log.append(producerBatch(P1, 4, 1, ['plain1-0']))).errorCode, ErrorCode.INVALID_TXN_STATE);
  await log.close();
});

test('a clean reopen restores open transactions (LSO) and the transaction index', async (t) => {
  const dir = await tempDir(t);
  const config = testConfig({ segmentBytes: 400 });
  let log = await openLog(dir, config);
  await log.append(txnBatch(P1, 0, 0, ['one1-0']));
  await log.append(txnBatch(P2, 0, 0, ['two2-0']));
  await log.appendMarker(marker(P1, false));
  for (let i = 0; i < 5; i++) await log.append(batch([`fill0-${i}`]));
  t.true(log.segmentCount > 1);
  const aborted = log.collectAbortedTransactions(0, Number(log.logEndOffset));
  t.is(aborted.length, 1);
  t.is(log.lastStableOffset, 1n);
  await log.close();
  t.true((await readdir(dir)).some((n) => n.endsWith('.txnindex')));
  log = await openLog(dir, config);
  t.is(log.lastStableOffset, 1n, 'P2 is open again after the reopen');
  t.is(log.producerState.entry(P2)?.currentTxnFirstOffset, 1);
  t.deepEqual(log.collectAbortedTransactions(0, Number(log.logEndOffset)), aborted);
  await log.appendMarker(marker(P2, true));
  t.is(log.lastStableOffset, log.highWatermark);
  await log.close();
});

test('lost transaction index files and snapshots are rebuilt from the log', async (t) => {
  const dir = await tempDir(t);
  const config = testConfig({ segmentBytes: 300 });
  let log = await openLog(dir, config);
  for (let i = 0; i < 4; i++) {
    await log.append(txnBatch(P1, 0, i, [`one1-${i}`]));
    await log.append(batch([`fill0-${i}`]));
    await log.appendMarker(marker(P1, i % 2 === 1));
  }
  await log.append(txnBatch(P2, 0, 0, ['two2-0']));
  const expected = log.collectAbortedTransactions(0, Number(log.logEndOffset));
  t.is(expected.length, 2);
  const lso = log.lastStableOffset;
  t.true(log.segmentCount > 2);
  await log.close();
  for (const name of await readdir(dir)) {
    if (name.endsWith('.txnindex') || name.endsWith('.snapshot')) await unlink(join(dir, name));
  }
  log = await openLog(dir, config);
  t.deepEqual(
    log
      .collectAbortedTransactions(0, Number(log.logEndOffset))
      .map((e) => [e.producerId, e.firstOffset, e.lastOffset]),
    expected.map((e) => [e.producerId, e.firstOffset, e.lastOffset]),
  );
  t.is(log.lastStableOffset, lso);
  t.true(
    (await readdir(dir)).filter((n) => n.endsWith('.txnindex')).length > 0,
    'rebuilt indexes are stored',
  );
  await log.close();
});

test('retention deletes a segment with its transaction index', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir, testConfig({ segmentBytes: 300 }));
  await log.append(txnBatch(P1, 0, 0, ['one1-0']));
  await log.appendMarker(marker(P1, false));
  for (let i = 0; i < 6; i++) await log.append(batch([`fill0-${i}`]));
  const firstIndex = '00000000000000000000.txnindex';
  t.true((await readdir(dir)).includes(firstIndex));
  await log.deleteRecordsBefore(log.highWatermark);
  t.false((await readdir(dir)).includes(firstIndex));
  await log.close();
});

test('compaction drops aborted data, which never shadows a committed value, and stops at the LSO', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const config = testConfig({ segmentBytes: 400, cleanupCompact: true, cleanupDelete: false });
  const log = await openLog(dir, config, { clock });
  await log.append(
    keyedBatch([
      ['a', 'committed-a'],
      ['b', 'committed-b'],
    ]),
  );
  // P1 aborts a newer value of a; P2 commits a newer value of b.
  await log.append(
    keyedBatch([['a', 'aborted-a']], {
      producerId: P1,
      producerEpoch: 0,
      baseSequence: 0,
      isTransactional: true,
    }),
  );
  await log.append(
    keyedBatch([['b', 'txn-b']], {
      producerId: P2,
      producerEpoch: 0,
      baseSequence: 0,
      isTransactional: true,
    }),
  );
  await log.appendMarker(marker(P1, false));
  await log.appendMarker(marker(P2, true));
  // P1 opens another transaction that stays open: its data is above the LSO and is not cleaned.
  await log.append(
    keyedBatch([['c', 'open-c']], {
      producerId: P1,
      producerEpoch: 0,
      baseSequence: 1,
      isTransactional: true,
    }),
  );
  for (let i = 0; i < 12; i++) await log.append(keyedBatch([[`k${i % 3}`, `v${i}`]]));
  t.true(log.segmentCount > 2);
  const aborted = log.collectAbortedTransactions(0, Number(log.logEndOffset));
  const stats = await log.compact(clock.nowMs());
  t.truthy(stats);
  t.true(stats!.cleanedUpToOffset <= Number(log.lastStableOffset), 'nothing at or above the LSO was cleaned');
  const after = await readKeyed(log);
  const valuesOf = (key: string) => after.filter((r) => r.key === key).map((r) => r.value);
  t.deepEqual(
    valuesOf('a'),
    ['committed-a'],
    'the aborted value is gone and did not remove the committed one',
  );
  t.deepEqual(valuesOf('b'), ['txn-b']);
  t.deepEqual(valuesOf('c'), ['open-c']);
  t.deepEqual(log.collectAbortedTransactions(0, Number(log.logEndOffset)), aborted, 'index entries kept');
  await log.close();
});

const CHILD = fileURLToPath(new URL('./txn-kill-child.fixture.ts', import.meta.url));
const KILL_CONFIG = testConfig({ segmentBytes: 8 * 1024, indexIntervalBytes: 512 });

/** Runs the transactional child until it has written `markers` markers (plus a little), then SIGKILLs it. */
async function runAndKill(dir: string, base: number, markers: number): Promise<number[]> {
  const written: number[] = [];
  const enough = (line: string): boolean => {
    const m = /^marker (\d+)$/.exec(line);
    if (m) written.push(Number(m[1]));
    return written.length >= markers;
  };
  await runFixtureAndKill(CHILD, [dir, String(base)], enough, 3);
  return written;
}

test('after kill -9 mid-transactions the LSO and the transaction index match the log', async (t) => {
  const dir = await tempDir(t);
  for (let round = 1; round <= 3; round++) {
    const written = await runAndKill(dir, round * 10, 60 + round * 40);
    const log = await openLog(dir, KILL_CONFIG);
    t.true(log.segmentCount > 1);
    const batches = await storedBatches(log);
    const markerOffsets = new Set(batches.filter((b) => b.control).map((b) => b.baseOffset));
    for (const offset of written) t.true(markerOffsets.has(offset), `acknowledged marker ${offset} survived`);
    const { open, aborted } = expectedTransactions(batches);
    const firstOpen = Math.min(...open.values(), Number(log.highWatermark));
    t.is(log.lastStableOffset, BigInt(firstOpen), 'LSO = first offset of the oldest open transaction');
    t.deepEqual(
      log.collectAbortedTransactions(0, Number(log.logEndOffset)).map((e) => ({
        producerId: e.producerId,
        firstOffset: e.firstOffset,
        lastOffset: e.lastOffset,
      })),
      aborted,
    );
    // Finish the open transactions so the next round's producers start clean.
    for (const producerId of open.keys())
      t.is((await log.appendMarker(marker(producerId, false))).errorCode, 0);
    t.is(log.lastStableOffset, log.highWatermark);
    t.log(`round ${round}: ${written.length} markers acknowledged, ${aborted.length} aborted in the log`);
    await log.close();
  }
});

test('read_committed never returns data of an open transaction; read data stays below the LSO', async (t) => {
  const log = await openLog(await tempDir(t));
  await log.append(txnBatch(P1, 0, 0, ['one1-0']));
  const all = await readAll(log);
  t.is(all.length, 1);
  const r = await log.read(0n, 1 << 20, { readCommitted: true, minOneBatch: true });
  t.true(r.errorCode === 0 && r.data.records.length === 0);
  // A fetch offset between the LSO and the HW is valid and returns nothing.
  const mid = await log.read(1n, 1 << 20, { readCommitted: true });
  t.is(mid.errorCode, 0);
  await log.close();
});
