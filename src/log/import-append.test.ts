// Imported batches (gossip-migrate) in a real PartitionLog on disk: offsets, gaps and timestamps kept;
// transaction markers feed the transaction index and the LSO; refusals append nothing; a kill -9
// (no clean shutdown) recovers everything; imported idempotent producers continue afterwards; an
// empty log can be moved to start at any offset.
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { verifyCrc } from '../../wire/record-batch/index.js';
import { openLog, producerBatch, readAll, tempDir, testConfig } from './test-support.js';
import { sourceBatch, sourceMarker, sourcePartition } from './test-support-import.js';
import { storedBatches } from './test-support-txn.js';

const DATA_OFFSETS = [0n, 1n, 2n, 10n, 12n, 14n, 15n, 16n, 18n, 19n, 30n, 31n];
const BATCH_RANGES = [
  [0, 2],
  [10, 14],
  [15, 16],
  [17, 17],
  [18, 19],
  [20, 20],
  [30, 31],
];

function ranges(batches: { baseOffset: number; lastOffset: number }[]): number[][] {
  return batches.map((b) => [b.baseOffset, b.lastOffset]);
}

async function dataOffsets(log: Awaited<ReturnType<typeof openLog>>): Promise<bigint[]> {
  // Control records (markers) have 4-byte keys starting with version 0; data values are text.
  return (await readAll(log, log.logStartOffset, 256))
    .filter((r) => /^[a-z]/.test(r.value))
    .map((r) => r.offset);
}

test('imported batches keep their offsets, gaps and timestamps', async (t) => {
  const log = await openLog(await tempDir(t));
  t.teardown(() => log.close());
  const check = await log.appendImported(Buffer.concat(sourcePartition().slice(0, 3)));
  t.like(check, { ok: true, firstOffset: 0, lastOffset: 16, batches: 3 });
  t.like(await log.appendImported(Buffer.concat(sourcePartition().slice(3))), { ok: true, lastOffset: 31 });
  t.is(log.logEndOffset, 32n);
  t.is(log.highWatermark, 32n);
  t.is(log.logStartOffset, 0n);
  t.deepEqual(ranges(await storedBatches(log)), BATCH_RANGES);
  t.deepEqual(await dataOffsets(log), DATA_OFFSETS);
  // A fetch inside a gap starts at the next batch.
  const inGap = await log.read(5n, 4096);
  t.is(inGap.errorCode, 0);
  // The time index holds the source timestamps.
  const found = await log.offsetForTimestamp(1_600_000_000_001n);
  t.is(found?.batchBaseOffset, 0n);
  t.deepEqual(log.maxTimestamp(), { timestamp: 1_600_000_001_000n, offset: 17n });
});

test('markers: read_committed sees the aborted transaction, the LSO stops at an open one', async (t) => {
  const log = await openLog(await tempDir(t));
  t.teardown(() => log.close());
  await log.appendImported(Buffer.concat(sourcePartition()));
  t.is(log.lastStableOffset, 32n);
  const committed = await log.read(0n, 1 << 20, { readCommitted: true });
  t.is(committed.errorCode, 0);
  if (committed.errorCode !== 0) return;
  t.deepEqual(committed.data.abortedTransactions, [{ producerId: 7n, firstOffset: 15n }]);
  // A transaction still open at the end of the source keeps the LSO at its first offset.
  await log.appendImported(
    sourceBatch({ base: 40, values: ['open40'], producerId: 11n, transactional: true }),
  );
  t.is(log.highWatermark, 41n);
  t.is(log.lastStableOffset, 40n);
  await log.appendImported(sourceMarker(41, 11n, true));
  t.is(log.lastStableOffset, 42n);
});

test('refused imports append nothing: magic, CRC, offsets, truncation', async (t) => {
  const log = await openLog(await tempDir(t));
  t.teardown(() => log.close());
  await log.appendImported(sourceBatch({ base: 5, values: ['x'] }));
  const good = sourceBatch({ base: 10, values: ['y', 'z'] });
  const legacy = Buffer.from(good);
  legacy.writeInt8(1, 16);
  const corrupt = Buffer.from(good);
  corrupt[corrupt.length - 1]! ^= 0xff;
  const cases: [Buffer, RegExp][] = [
    [legacy, /magic 1: only RecordBatch v2/],
    [corrupt, /fails its CRC-32C check/],
    [sourceBatch({ base: 3, values: ['old'] }), /base offset 3, below the log end offset 6/],
    [Buffer.concat([good, sourceBatch({ base: 11, values: ['dup'] })]), /not after the previous batch/],
    [good.subarray(0, good.length - 3), /truncated/],
    [Buffer.alloc(0), /no record batch/],
  ];
  for (const [bytes, message] of cases) {
    const check = await log.appendImported(bytes);
    t.false(check.ok);
    if (!check.ok) t.regex(check.message, message);
  }
  t.is(log.logEndOffset, 6n);
  t.deepEqual(ranges(await storedBatches(log)), [[5, 5]]);
  t.like(await log.appendImported(good), { ok: true });
  t.is(log.logEndOffset, 12n);
});

test('after a kill -9 recovery keeps offsets, gaps, aborted transactions and producer state', async (t) => {
  const dir = await tempDir(t);
  const config = testConfig({ segmentBytes: 300 });
  const before = await openLog(dir, config);
  for (const b of sourcePartition()) await before.appendImported(b);
  t.true(before.segmentCount > 2);
  // No clean shutdown marker: the next open validates the active segment batch by batch.
  await before.closeForDelete();
  const log = await openLog(dir, config);
  t.teardown(() => log.close());
  t.is(log.logEndOffset, 32n);
  t.is(log.highWatermark, 32n);
  t.is(log.lastStableOffset, 32n);
  t.deepEqual(ranges(await storedBatches(log)), BATCH_RANGES);
  t.deepEqual(await dataOffsets(log), DATA_OFFSETS);
  const committed = await log.read(0n, 1 << 20, { readCommitted: true });
  if (committed.errorCode === 0) {
    t.deepEqual(committed.data.abortedTransactions, [{ producerId: 7n, firstOffset: 15n }]);
  } else {
    t.fail('read_committed failed');
  }
  t.like(log.producerState.entry(9n), { epoch: 2, lastSeq: 1 });
});

test('an imported idempotent producer continues with its next sequence', async (t) => {
  const log = await openLog(await tempDir(t));
  t.teardown(() => log.close());
  await log.appendImported(Buffer.concat(sourcePartition()));
  const gap = await log.append(producerBatch(9n, 2, 5, ['skips']));
  t.is(gap.errorCode, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  const next = await log.append(producerBatch(9n, 2, 2, ['next']));
  t.is(next.errorCode, 0);
  t.is(next.firstOffset, 32n);
  // A retry of an imported batch is a duplicate with its source offsets.
  const retry = await log.append(producerBatch(9n, 2, 0, ['p30', 'p31']));
  t.like(retry, { errorCode: 0, duplicate: true, firstOffset: 30n, lastOffset: 31n });
});

test('an empty log moves to start at any offset; a log with batches does not', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir);
  t.true(await log.resetEmptyTo(1000n));
  t.is(log.logStartOffset, 1000n);
  t.is(log.logEndOffset, 1000n);
  t.is(log.highWatermark, 1000n);
  t.true(await log.resetEmptyTo(5n));
  t.true(await log.resetEmptyTo(3_000_000_000n));
  t.like(await log.appendImported(sourceBatch({ base: 3_000_000_010, values: ['far'] })), { ok: true });
  t.false(await log.resetEmptyTo(7n));
  t.is(log.logEndOffset, 3_000_000_011n);
  await log.closeForDelete();
  const reopened = await openLog(dir);
  t.teardown(() => reopened.close());
  t.is(reopened.logStartOffset, 3_000_000_000n);
  t.is(reopened.logEndOffset, 3_000_000_011n);
  t.deepEqual(
    (await readAll(reopened)).map((r) => r.offset),
    [3_000_000_010n],
  );
});

test('a batch too far past an empty log end is refused until the log end moves', async (t) => {
  const log = await openLog(await tempDir(t));
  t.teardown(() => log.close());
  const far = sourceBatch({ base: 2 ** 32, values: ['far'] });
  const refused = await log.appendImported(far);
  t.false(refused.ok);
  if (!refused.ok) t.regex(refused.message, /move the log end first/);
  t.true(await log.resetEmptyTo(BigInt(2 ** 32)));
  t.like(await log.appendImported(far), { ok: true });
  t.is(log.logEndOffset, BigInt(2 ** 32 + 1));
});

test("the partition leader epoch becomes this cluster's; the CRC stays valid", async (t) => {
  const log = await openLog(await tempDir(t));
  t.teardown(() => log.close());
  const source = Buffer.from(sourceBatch({ base: 0, values: ['e0', 'e1'] }));
  source.writeInt32BE(57, 12);
  await log.appendImported(source, 3);
  const read = await log.read(0n, 4096);
  if (read.errorCode !== 0) return t.fail('read failed');
  const stored = read.data.records[0]!;
  t.is(stored.readInt32BE(12), 3);
  t.true(verifyCrc(stored, 0));
  t.deepEqual(
    (await readAll(log)).map((r) => r.value),
    ['e0', 'e1'],
  );
});
