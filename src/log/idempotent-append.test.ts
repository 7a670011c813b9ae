// Idempotent appends at the partition-log level: a retried batch gets its original offsets and is
// not stored twice (also while the original is still in flight), refused batches take no offsets,
// snapshots are written at roll and clean close, and after an unclean stop the state is rebuilt
// from the newest usable snapshot plus the log, so a retry after a restart is still a duplicate.
// Compaction keeps each producer's last batch so that rebuilding still works after cleaning.
import { readdir, rm, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { encodeRecordBatch } from '../../wire/record-batch/index.js';
import { ManualClock } from '../common/clock.js';
import { CLEAN_SHUTDOWN_MARKER } from './checkpoint.js';
import { keyedBatch, readKeyed } from './compaction-test-support.js';
import { parseSnapshotFileName } from './producer-state-snapshot.js';
import { collectingLogger, openLog, readAll, tempDir, testConfig } from './test-support.js';

const PID = 4242n;

/** A fresh batch each call (append writes offsets into the buffer it is given). */
function pbatch(
  seq: number,
  values: readonly string[],
  epoch = 0,
  producerId = PID,
  timestamp = 1_000_000,
): Buffer {
  return encodeRecordBatch({
    producerId,
    producerEpoch: epoch,
    baseSequence: seq,
    records: values.map((v) => ({ key: null, value: Buffer.from(v), timestamp })),
  });
}

async function snapshots(dir: string): Promise<number[]> {
  return (await readdir(dir))
    .map(parseSnapshotFileName)
    .filter((o) => o >= 0)
    .sort((a, b) => a - b);
}

test('a retried batch returns its original offsets and is stored once', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir);
  const a = await log.append(pbatch(0, ['a0', 'a1']));
  const b = await log.append(pbatch(2, ['b0']));
  t.is(a.firstOffset, 0n);
  t.is(b.firstOffset, 2n);
  const retry = await log.append(pbatch(0, ['a0', 'a1']));
  t.like(retry, { firstOffset: 0n, lastOffset: 1n, errorCode: 0, duplicate: true });
  t.is(log.logEndOffset, 3n);
  t.deepEqual(
    (await readAll(log)).map((r) => r.value),
    ['a0', 'a1', 'b0'],
  );
  await log.close();
});

test('pipelined batches are checked in call order; a retry of one still in flight waits for it', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir);
  // Five in flight at once, as a producer with max.in.flight 5 sends them.
  const inFlight = [0, 1, 2, 3, 4].map((i) => log.append(pbatch(i * 2, [`m${i}a`, `m${i}b`])));
  // The response to batch 2 was "lost": the producer resends it before anything completed.
  const retried = log.append(pbatch(4, ['m2a', 'm2b']));
  // A batch after a gap is refused without taking an offset.
  const gap = await log.append(pbatch(20, ['gap']));
  t.is(gap.errorCode, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  t.is(gap.firstOffset, -1n);
  const infos = await Promise.all(inFlight);
  t.deepEqual(
    infos.map((i) => i.firstOffset),
    [0n, 2n, 4n, 6n, 8n],
  );
  const r = await retried;
  t.like(r, { firstOffset: 4n, lastOffset: 5n, duplicate: true });
  t.true(log.highWatermark > 5n, 'the duplicate answer came after the original was written');
  const next = await log.append(pbatch(10, ['after']));
  t.is(next.firstOffset, 10n);
  t.is((await readAll(log)).length, 11);
  await log.close();
});

test('epoch fencing and a new epoch starting at 0', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir);
  await log.append(pbatch(0, ['x'], 3));
  t.is((await log.append(pbatch(1, ['old'], 2))).errorCode, ErrorCode.INVALID_PRODUCER_EPOCH);
  t.is((await log.append(pbatch(1, ['bump'], 4))).errorCode, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  t.is((await log.append(pbatch(0, ['bump'], 4))).errorCode, 0);
  t.is(log.logEndOffset, 2n);
  await log.close();
});

test('a clean close writes a snapshot at the log end and the reopened log keeps the state', async (t) => {
  const dir = await tempDir(t);
  let log = await openLog(dir);
  for (let i = 0; i < 4; i++) await log.append(pbatch(i, [`v${i}`]));
  await log.close();
  t.deepEqual(await snapshots(dir), [4]);
  const { logger, lines } = collectingLogger();
  log = await openLog(dir, testConfig(), { logger });
  t.is(lines.find((l) => l.msg === 'partition log loaded')?.producers, 1);
  t.like(await log.append(pbatch(3, ['v3'])), { firstOffset: 3n, duplicate: true });
  t.is((await log.append(pbatch(5, ['v5']))).errorCode, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  t.is((await log.append(pbatch(4, ['v4']))).firstOffset, 4n);
  await log.close();
});

test('after an unclean stop the state is rebuilt from a roll snapshot plus the log', async (t) => {
  const dir = await tempDir(t);
  const config = testConfig({ segmentBytes: 600 });
  let log = await openLog(dir, config);
  const offsets: bigint[] = [];
  for (let i = 0; i < 30; i++) offsets.push((await log.append(pbatch(i, [`value-${i}`]))).firstOffset);
  t.true(log.segmentCount > 3);
  await log.closeForDelete(); // no clean shutdown, no close-time snapshot
  const rolled = await snapshots(dir);
  t.true(rolled.length >= 1 && rolled.length <= 3, `kept the newest roll snapshots: ${rolled}`);
  log = await openLog(dir, config);
  // Every batch still in the 5-batch window is a duplicate after the restart.
  for (let i = 25; i < 30; i++) {
    t.like(await log.append(pbatch(i, [`value-${i}`])), { firstOffset: offsets[i], duplicate: true });
  }
  t.is((await log.append(pbatch(30, ['value-30']))).firstOffset, 30n);
  await log.close();
});

test('a snapshot beyond the recovered log end is discarded; the log decides', async (t) => {
  const dir = await tempDir(t);
  let log = await openLog(dir);
  for (let i = 0; i < 3; i++) await log.append(pbatch(i, [`v${i}`]));
  const last = pbatch(3, ['lost']);
  await log.append(last);
  await log.close();
  t.deepEqual(await snapshots(dir), [4]);
  // The last batch is torn off (as if never fsynced) and the shutdown marker is gone.
  const segment = join(dir, '00000000000000000000.log');
  await truncate(segment, (await stat(segment)).size - last.length);
  await rm(join(dir, CLEAN_SHUTDOWN_MARKER), { force: true });
  log = await openLog(dir);
  t.is(log.logEndOffset, 3n);
  t.deepEqual(await snapshots(dir), [3], 'the stale snapshot went; the rebuilt state was saved');
  // Sequence 3 was lost with the tail, so its retry is new data, not a duplicate.
  t.like(await log.append(pbatch(3, ['lost'])), { firstOffset: 3n, duplicate: false });
  await log.close();
});

test('expired producers are dropped at snapshot time', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const log = await openLog(dir, testConfig(), { clock });
  await log.append(pbatch(0, ['old'], 0, 1n, 1_000_000));
  await log.append(pbatch(0, ['new'], 0, 2n, 1_000_000 + 86_400_000));
  clock.advance(86_400_000);
  await log.close();
  const reopened = await openLog(dir, testConfig(), { clock });
  t.is(reopened.producerState.entry(1n), undefined);
  t.truthy(reopened.producerState.entry(2n));
  await reopened.close();
});

test('compaction keeps the last batch of each producer, emptied, so state survives a rebuild', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const config = testConfig({
    segmentBytes: 400,
    indexIntervalBytes: 100,
    cleanupCompact: true,
    cleanupDelete: false,
  });
  let log = await openLog(dir, config, { clock });
  const mine = (seq: number, value: string) =>
    keyedBatch([['k', value]], { producerId: PID, producerEpoch: 0, baseSequence: seq });
  await log.append(mine(0, 'p0'));
  await log.append(mine(1, 'p1'));
  // Later plain writes of the same key make both producer records obsolete.
  for (let i = 0; i < 20; i++) await log.append(keyedBatch([['k', `plain-${i}`]]));
  t.truthy(await log.compact(clock.nowMs()));
  const stored = await readKeyed(log);
  t.false(
    stored.some((r) => r.value === 'p0' || r.value === 'p1'),
    'the obsolete records went',
  );
  await log.closeForDelete();
  // Lose every snapshot: the state must come from the cleaned log alone.
  for (const s of await snapshots(dir)) await rm(join(dir, `${String(s).padStart(20, '0')}.snapshot`));
  log = await openLog(dir, config, { clock });
  t.is(log.producerState.entry(PID)?.lastSeq, 1, 'the emptied last batch kept the sequence');
  t.like(await log.append(mine(1, 'p1')), { firstOffset: 1n, duplicate: true });
  t.is((await log.append(mine(2, 'p2'))).errorCode, 0);
  await log.close();
});
