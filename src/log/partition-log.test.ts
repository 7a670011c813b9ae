import { readdir } from 'node:fs/promises';
import test from 'ava';
import { decodeRecordBatch, verifyCrc } from '../../wire/record-batch/index.js';
import { ManualClock } from '../common/clock.js';
import { KafkaStorageError } from './errors.js';
import { batch, CountingFs, openLog, readAll, sizedBatch, tempDir, testConfig } from './test-support.js';

test('append and read round trip across segment rolls, and again after a clean reopen', async (t) => {
  const dir = await tempDir(t);
  const config = testConfig({ segmentBytes: 1024, indexIntervalBytes: 100 });
  const log = await openLog(dir, config);
  const expected: string[] = [];
  for (let i = 0; i < 60; i++) {
    const values = [`r${i}-a`, `r${i}-b`, `r${i}-c`];
    expected.push(...values);
    const info = await log.append(batch(values));
    t.is(info.firstOffset, BigInt(i * 3));
    t.is(info.lastOffset, BigInt(i * 3 + 2));
    t.is(info.recordCount, 3);
    t.is(info.logAppendTimeMs, -1n);
  }
  t.is(log.highWatermark, 180n);
  t.is(log.logEndOffset, 180n);
  t.true(log.segmentCount > 3);
  const records = await readAll(log);
  t.deepEqual(
    records.map((r) => r.value),
    expected,
  );
  t.deepEqual(
    records.map((r) => r.offset),
    expected.map((_, i) => BigInt(i)),
  );
  // Reads starting in the middle of a batch and of a later segment.
  t.deepEqual((await readAll(log, 100n)).map((r) => r.offset)[0], 100n);
  await log.close();
  const files = await readdir(dir);
  t.true(files.includes('00000000000000000000.log'));
  t.true(files.includes('00000000000000000000.index'));
  t.true(files.includes('00000000000000000000.timeindex'));
  t.true(files.includes('.clean-shutdown'));

  const reopened = await openLog(dir, config);
  t.is(reopened.highWatermark, 180n);
  t.deepEqual(
    (await readAll(reopened)).map((r) => r.value),
    expected,
  );
  const info = await reopened.append(batch(['after']));
  t.is(info.firstOffset, 180n);
  await reopened.close();
});

test('a batch larger than segment.bytes gets a segment of its own', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir, testConfig({ segmentBytes: 500 }));
  await log.append(sizedBatch('small', 10));
  await log.append(sizedBatch('big', 2000));
  await log.append(sizedBatch('small2', 10));
  t.is(log.segmentCount, 3);
  t.deepEqual(
    (await readAll(log)).map((r) => r.value.replace(/\.+$/, '')),
    ['small', 'big', 'small2'],
  );
  await log.close();
});

test('read semantics: out of range, at HW, maxBytes, minOneBatch, maxOffset', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir);
  const sizes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const b = sizedBatch(`b${i}`, 100);
    sizes.push(b.length);
    await log.append(Buffer.concat([b, sizedBatch(`b${i}x`, 100)]));
  }
  const batchSize = sizes[0]!;
  // 10 batches of one record each; offsets 0..9.
  t.is(log.highWatermark, 10n);
  t.like(await log.read(11n, 1000), { errorCode: 1, highWatermark: 10n, logStartOffset: 0n });
  t.like(await log.read(-1n, 1000), { errorCode: 1 });
  const atHw = await log.read(10n, 1000);
  t.is(atHw.errorCode, 0);
  if (atHw.errorCode === 0) t.deepEqual(atHw.data.records, []);

  const two = await log.read(3n, batchSize * 2 + 10);
  t.is(two.errorCode, 0);
  if (two.errorCode === 0) {
    t.is(two.data.bytes, batchSize * 2);
    t.is(two.data.highWatermark, 10n);
    t.is(two.data.lastStableOffset, 10n);
    const first = decodeRecordBatch(two.data.records[0]!);
    t.true(first.ok && first.batch.baseOffset === 3n);
  }
  const tooSmall = await log.read(3n, 10);
  t.true(tooSmall.errorCode === 0 && tooSmall.data.bytes === 0);
  const forced = await log.read(3n, 10, { minOneBatch: true });
  t.true(forced.errorCode === 0 && forced.data.bytes === batchSize);

  const capped = await log.read(0n, 100_000, { maxOffset: 4n });
  t.true(capped.errorCode === 0 && capped.data.bytes === batchSize * 4);
  const nothing = await log.read(4n, 100_000, { maxOffset: 4n });
  t.true(nothing.errorCode === 0 && nothing.data.bytes === 0);
  await log.close();
});

test('fetchOffset inside a multi-record batch returns that whole batch', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir, testConfig({ indexIntervalBytes: 1 }));
  for (let i = 0; i < 20; i++) await log.append(batch(['a', 'b', 'c', 'd']));
  const result = await log.read(42n, 1_000_000);
  t.is(result.errorCode, 0);
  if (result.errorCode !== 0) return;
  const decoded = decodeRecordBatch(result.data.records[0]!);
  t.true(decoded.ok);
  if (decoded.ok) t.is(decoded.batch.baseOffset, 40n);
  await log.close();
});

test('offsetForTimestamp finds the first batch reaching a timestamp; maxTimestamp tracks the largest', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir, testConfig({ segmentBytes: 600, indexIntervalBytes: 150 }));
  // Batch i holds offsets 2i, 2i+1 with timestamp 10_000 + 100i; batch 7 goes back in time.
  for (let i = 0; i < 30; i++) {
    const ts = i === 7 ? 5000 : 10_000 + 100 * i;
    await log.append(batch([`v${i}a`, `v${i}b`], ts));
  }
  t.true(log.segmentCount > 3);
  t.deepEqual(await log.offsetForTimestamp(0n), { batchBaseOffset: 0n, batchMaxTimestamp: 10_000n });
  t.deepEqual(await log.offsetForTimestamp(10_000n), { batchBaseOffset: 0n, batchMaxTimestamp: 10_000n });
  t.deepEqual(await log.offsetForTimestamp(10_001n), { batchBaseOffset: 2n, batchMaxTimestamp: 10_100n });
  t.deepEqual(await log.offsetForTimestamp(10_650n), { batchBaseOffset: 16n, batchMaxTimestamp: 10_800n });
  t.deepEqual(await log.offsetForTimestamp(12_050n), { batchBaseOffset: 42n, batchMaxTimestamp: 12_100n });
  t.deepEqual(await log.offsetForTimestamp(12_900n), { batchBaseOffset: 58n, batchMaxTimestamp: 12_900n });
  t.is(await log.offsetForTimestamp(12_901n), null);
  t.deepEqual(log.maxTimestamp(), { timestamp: 12_900n, offset: 58n });
  await log.close();
  const reopened = await openLog(dir, testConfig({ segmentBytes: 600, indexIntervalBytes: 150 }));
  t.deepEqual(reopened.maxTimestamp(), { timestamp: 12_900n, offset: 58n });
  t.deepEqual(await reopened.offsetForTimestamp(12_050n), {
    batchBaseOffset: 42n,
    batchMaxTimestamp: 12_100n,
  });
  t.deepEqual(await reopened.offsetForTimestamp(10_650n), {
    batchBaseOffset: 16n,
    batchMaxTimestamp: 10_800n,
  });
  await reopened.close();
});

test('LogAppendTime topics get maxTimestamp and the timestamp type stamped with a valid CRC', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_700_000_000_000);
  const log = await openLog(dir, testConfig({ messageTimestampType: 'LogAppendTime' }), { clock });
  const info = await log.append(batch(['x', 'y'], 5));
  t.is(info.logAppendTimeMs, 1_700_000_000_000n);
  const fixed = await log.append(batch(['z'], 5), { logAppendTimeMs: 1_700_000_000_123 });
  t.is(fixed.logAppendTimeMs, 1_700_000_000_123n);
  const result = await log.read(0n, 100_000);
  t.is(result.errorCode, 0);
  if (result.errorCode !== 0) return;
  const chunk = result.data.records[0]!;
  t.true(verifyCrc(chunk, 0));
  const decoded = decodeRecordBatch(chunk);
  t.true(decoded.ok);
  if (decoded.ok) {
    t.is(decoded.batch.timestampType, 1);
    t.is(decoded.batch.maxTimestamp, 1_700_000_000_000n);
  }
  t.deepEqual(log.maxTimestamp(), { timestamp: 1_700_000_000_123n, offset: 2n });
  await log.close();
});

test('group commit: concurrent appends with flush.messages=1 share writes and fsyncs', async (t) => {
  const dir = await tempDir(t);
  const fs = new CountingFs();
  const log = await openLog(dir, testConfig({ flushMessages: 1 }), { fs });
  const baseFsyncs = fs.fsyncs;
  const baseWrites = fs.writes;
  // Sequential appends: one write and one fsync each, and the promise resolves after the fsync.
  for (let i = 0; i < 3; i++) {
    await log.append(batch([`s${i}`]));
    t.is(fs.fsyncs - baseFsyncs, i + 1);
  }
  t.is(fs.writes - baseWrites, 3);
  // 200 appends issued together: offsets in call order, far fewer writes and fsyncs than appends.
  const before = { fsyncs: fs.fsyncs, writes: fs.writes };
  const fsyncsSeen: number[] = [];
  const infos = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      log.append(batch([`c${i}`])).then((info) => {
        fsyncsSeen.push(fs.fsyncs - before.fsyncs);
        return info;
      }),
    ),
  );
  t.deepEqual(
    infos.map((info) => info.firstOffset),
    Array.from({ length: 200 }, (_, i) => BigInt(3 + i)),
  );
  const fsyncs = fs.fsyncs - before.fsyncs;
  const writes = fs.writes - before.writes;
  t.true(fsyncs >= 1 && fsyncs <= 2, `fsyncs ${fsyncs}`);
  t.true(writes >= 1 && writes <= 2, `writes ${writes}`);
  t.true(
    fsyncsSeen.every((n) => n >= 1),
    'every append resolved after an fsync',
  );
  t.is((await readAll(log)).length, 203);
  await log.close();
});

test('without a flush policy appends never fsync; flush() does', async (t) => {
  const dir = await tempDir(t);
  const fs = new CountingFs();
  const log = await openLog(dir, testConfig(), { fs });
  const base = fs.fsyncs;
  for (let i = 0; i < 10; i++) await log.append(batch([`v${i}`]));
  t.is(fs.fsyncs, base);
  await log.flush();
  t.is(fs.fsyncs, base + 1);
  await log.flush();
  t.is(fs.fsyncs, base + 1, 'nothing dirty: no fsync');
  await log.close();
});

test('flush.ms: an append after the interval fsyncs', async (t) => {
  const dir = await tempDir(t);
  const fs = new CountingFs();
  const clock = new ManualClock(0);
  const log = await openLog(dir, testConfig({ flushMs: 1000 }), { fs, clock });
  const base = fs.fsyncs;
  await log.append(batch(['a']));
  t.is(fs.fsyncs, base);
  clock.advance(1000);
  log.maybeFlushOrRoll();
  await log.flush();
  t.true(fs.fsyncs > base);
  const afterTimer = fs.fsyncs;
  await log.append(batch(['b']));
  clock.advance(1500);
  await log.append(batch(['c']));
  t.is(fs.fsyncs, afterTimer + 1);
  await log.close();
});

test('a failed write rejects the append and takes the log offline without reusing offsets', async (t) => {
  const dir = await tempDir(t);
  const fs = new CountingFs();
  const log = await openLog(dir, testConfig(), { fs });
  await log.append(batch(['ok']));
  fs.failWrites = true;
  const failed = log.append(batch(['lost']));
  const queued = log.append(batch(['also lost']));
  await t.throwsAsync(failed, { instanceOf: KafkaStorageError });
  await t.throwsAsync(queued, { instanceOf: KafkaStorageError });
  fs.failWrites = false;
  await t.throwsAsync(log.append(batch(['later'])), { instanceOf: KafkaStorageError });
  await t.throwsAsync(log.read(0n, 1000), { instanceOf: KafkaStorageError });
  t.true(log.isFailed);
  t.is(log.highWatermark, 1n);
  await log.close();
  const reopened = await openLog(dir, testConfig());
  t.deepEqual(
    (await readAll(reopened)).map((r) => r.value),
    ['ok'],
  );
  await reopened.close();
});

test('segment.ms rolls on append and from the background check', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const log = await openLog(dir, testConfig({ segmentMs: 60_000 }), { clock });
  await log.append(batch(['a']));
  clock.advance(30_000);
  await log.append(batch(['b']));
  t.is(log.segmentCount, 1);
  clock.advance(30_000);
  await log.append(batch(['c']));
  t.is(log.segmentCount, 2);
  clock.advance(60_000);
  log.maybeFlushOrRoll();
  await log.flush();
  t.is(log.segmentCount, 3);
  const info = await log.append(batch(['d']));
  t.is(info.firstOffset, 3n);
  t.deepEqual(
    (await readAll(log)).map((r) => r.value),
    ['a', 'b', 'c', 'd'],
  );
  await log.close();
});

test('onAppend listeners run once the data is readable', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir);
  const seen: bigint[] = [];
  const off = log.onAppend(() => seen.push(log.highWatermark));
  await log.append(batch(['a']));
  await log.append(batch(['b', 'c']));
  off();
  await log.append(batch(['d']));
  t.deepEqual(seen, [1n, 3n]);
  await log.close();
});

test('appends after close are refused; malformed input is rejected without using offsets', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir);
  await t.throwsAsync(log.append(Buffer.alloc(10)), { instanceOf: RangeError });
  await t.throwsAsync(log.append(Buffer.alloc(0)), { instanceOf: RangeError });
  const info = await log.append(batch(['a']));
  t.is(info.firstOffset, 0n);
  await log.close();
  await t.throwsAsync(log.append(batch(['b'])), { instanceOf: KafkaStorageError });
});
