import { readdir } from 'node:fs/promises';
import test from 'ava';
import { CompressionCodec } from '../../wire/record-batch/index.js';
import { ManualClock } from '../common/clock.js';
import { type Entry, keyedBatch, latestByKey, readKeyed, segmentBases } from './compaction-test-support.js';
import type { PartitionLog } from './partition-log.js';
import { openLog, tempDir, testConfig } from './test-support.js';

const COMPACT = {
  segmentBytes: 1000,
  indexIntervalBytes: 100,
  cleanupCompact: true,
  cleanupDelete: false,
} as const;

function updates(rounds: number, keys: number, perBatch: number): Entry[][] {
  const batches: Entry[][] = [];
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    const entries: Entry[] = [];
    for (let i = 0; i < perBatch; i++, n++) entries.push([`k${n % keys}`, `v${n}`]);
    batches.push(entries);
  }
  return batches;
}

/** Asserts every record of `after` is the record produced at that offset. */
function assertUnchangedAtOffsets(
  t: import('ava').ExecutionContext,
  before: Awaited<ReturnType<typeof readKeyed>>,
  after: Awaited<ReturnType<typeof readKeyed>>,
): void {
  const byOffset = new Map(before.map((r) => [r.offset, r]));
  for (const r of after) {
    const original = byOffset.get(r.offset);
    t.truthy(original, `offset ${r.offset} was never produced`);
    t.is(r.key, original!.key);
    t.is(r.value, original!.value);
  }
}

async function assertFetchAtEveryOffset(t: import('ava').ExecutionContext, log: PartitionLog): Promise<void> {
  const all = await readKeyed(log);
  const hw = Number(log.highWatermark);
  for (let o = Number(log.logStartOffset); o < hw; o++) {
    const first = (await readKeyed(log, o))[0];
    t.is(first?.offset, all.find((r) => r.offset >= o)?.offset, `fetch at ${o}`);
  }
}

test('keeps the latest value of each key across segments; offsets and reads stay valid', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const config = testConfig(COMPACT);
  const log = await openLog(dir, config, { clock });
  const batches = updates(160, 10, 2);
  for (const entries of batches.slice(0, 80)) await log.append(keyedBatch(entries));
  t.truthy(await log.compact(clock.nowMs()));
  const firstPassBases = await segmentBases(dir);
  // The second pass re-cleans the (now small) clean segments with the new dirty ones.
  for (const entries of batches.slice(80)) await log.append(keyedBatch(entries));
  const before = await readKeyed(log);
  const basesBefore = await segmentBases(dir);
  const activeBase = basesBefore[basesBefore.length - 1]!;
  t.true(basesBefore.length > 4);

  const stats = await log.compact(clock.nowMs());
  t.truthy(stats);
  t.is(stats!.reason, 'dirty ratio');
  t.is(stats!.firstDirtyOffset, firstPassBases[firstPassBases.length - 1]!);
  t.is(stats!.cleanedUpToOffset, activeBase);
  t.true(stats!.recordsRemoved > 0);

  const after = await readKeyed(log);
  assertUnchangedAtOffsets(t, before, after);
  const expected = [...latestByKey(before, activeBase).values()].map((r) => r.offset).sort((a, b) => a - b);
  t.deepEqual(
    after.filter((r) => r.offset < activeBase).map((r) => r.offset),
    expected,
  );
  t.deepEqual(
    after.filter((r) => r.offset >= activeBase),
    before.filter((r) => r.offset >= activeBase),
    'the active segment is untouched',
  );
  t.true((await segmentBases(dir)).length < basesBefore.length, 'small cleaned segments were merged');
  t.false((await readdir(dir)).some((n) => n.endsWith('.cleaned') || n.endsWith('.swap')));
  await assertFetchAtEveryOffset(t, log);
  t.is(await log.compact(clock.nowMs()), null, 'nothing dirty: no second pass');

  // Appends continue at the same offsets; a clean reopen reads the same records.
  const info = await log.append(keyedBatch([['k1', 'after']]));
  t.is(info.firstOffset, log.highWatermark - 1n);
  await log.close();
  const reopened = await openLog(dir, config, { clock });
  const again = await readKeyed(reopened);
  t.deepEqual(again.slice(0, after.length), after);
  t.is(again[again.length - 1]!.value, 'after');
  await reopened.close();
});

test('records without a key are removed; a later pass keeps the survivors', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const log = await openLog(dir, testConfig(COMPACT), { clock });
  for (let i = 0; i < 30; i++) {
    await log.append(
      keyedBatch([
        [null, `keyless-${i}`],
        [`k${i % 3}`, `v${i}`],
      ]),
    );
  }
  await log.compact(clock.nowMs());
  const after = await readKeyed(log);
  const activeBase = (await segmentBases(dir)).at(-1)!;
  t.false(after.some((r) => r.key === null && r.offset < activeBase));
  t.true(after.some((r) => r.key === null && r.offset >= activeBase));
  await log.close();
});

test('tombstones survive delete.retention.ms after their first cleaning, then vanish', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const config = testConfig({ ...COMPACT, deleteRetentionMs: 100_000 });
  let log = await openLog(dir, config, { clock });
  await log.append(keyedBatch([['k1', 'a']]));
  await log.append(keyedBatch([['k2', 'b']]));
  await log.append(keyedBatch([['k3', 'c']]));
  await log.append(keyedBatch([['k1', null]]));
  await log.append(keyedBatch([['k3', null]]));
  await log.append(keyedBatch([['k2', 'b2']]));
  for (let i = 0; i < 30; i++) await log.append(keyedBatch([['filler', `f${i}`]]));

  const first = await log.compact(clock.nowMs());
  t.truthy(first);
  t.is(first!.deleteHorizonMs, clock.nowMs() + 100_000);
  let records = await readKeyed(log);
  const tombstones = records.filter((r) => r.value === null);
  t.deepEqual(
    tombstones.map((r) => [r.offset, r.key]),
    [
      [3, 'k1'],
      [4, 'k3'],
    ],
  );
  for (const r of tombstones) {
    t.true(r.hasDeleteHorizon);
    t.is(r.baseTimestamp, clock.nowMs() + 100_000);
  }
  t.deepEqual(
    records.filter((r) => r.offset < 6).map((r) => [r.key, r.value]),
    [
      ['k1', null],
      ['k3', null],
      ['k2', 'b2'],
    ],
  );

  clock.advance(50_000);
  t.is(await log.compact(clock.nowMs()), null, 'before the horizon nothing is due');
  t.is((await readKeyed(log)).filter((r) => r.value === null).length, 2);

  // The horizon survives a restart (cleaner checkpoint).
  await log.close();
  log = await openLog(dir, config, { clock });
  clock.advance(50_000);
  const second = await log.compact(clock.nowMs());
  t.truthy(second);
  t.is(second!.reason, 'delete horizon');
  t.is(second!.tombstonesRemoved, 2);
  t.is(second!.deleteHorizonMs, -1);
  records = await readKeyed(log);
  t.false(records.some((r) => r.value === null));
  t.is(records[0]!.key, 'k2');
  t.is(records[0]!.value, 'b2');
  // A fetch at a removed tombstone's offset answers with the next surviving record.
  t.is((await readKeyed(log, 3))[0]!.offset, 5);
  t.is(await log.compact(clock.nowMs()), null);
  await log.close();
});

for (const [name, codec] of [
  ['gzip', CompressionCodec.GZIP],
  ['lz4', CompressionCodec.LZ4],
] as const) {
  test(`${name} batches are cleaned, keep their codec, producer fields and last offsets`, async (t) => {
    const dir = await tempDir(t);
    const clock = new ManualClock(1_000_000);
    const log = await openLog(dir, testConfig({ ...COMPACT, segmentBytes: 700 }), { clock });
    let seq = 0;
    for (const entries of updates(40, 7, 5)) {
      await log.append(
        keyedBatch(entries, { compression: codec, producerId: 42n, producerEpoch: 3, baseSequence: seq }),
      );
      seq += entries.length;
    }
    const before = await readKeyed(log);
    const activeBase = (await segmentBases(dir)).at(-1)!;
    t.truthy(await log.compact(clock.nowMs()));
    const after = await readKeyed(log);
    assertUnchangedAtOffsets(t, before, after);
    const byOffset = new Map(before.map((r) => [r.offset, r]));
    const closed = after.filter((r) => r.offset < activeBase);
    t.is(closed.length, latestByKey(before, activeBase).size);
    for (const r of after) {
      const original = byOffset.get(r.offset)!;
      t.is(r.compression, codec);
      t.is(r.producerId, 42n);
      t.is(r.producerEpoch, 3);
      t.is(r.baseSequence, original.baseSequence);
      t.is(r.batchBase, original.batchBase);
      t.is(r.batchLast, original.batchLast, 'the last offset delta is kept');
    }
    await assertFetchAtEveryOffset(t, log);
    await log.close();
  });
}

test('reads and appends keep working while a compaction pass runs', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const log = await openLog(dir, testConfig({ ...COMPACT, segmentBytes: 4096 }), { clock });
  for (const entries of updates(300, 50, 10)) {
    await log.append(keyedBatch(entries, { compression: CompressionCodec.GZIP }));
  }
  const before = await readKeyed(log, 0, 1 << 20);
  const produced = new Map(before.map((r) => [r.offset, r]));
  let done = false;
  const pass = log.compact(clock.nowMs()).finally(() => {
    done = true;
  });
  let readsDuring = 0;
  let appendsDuring = 0;
  let step = 0;
  while (!done) {
    const from = (step * 7919) % 3000;
    const result = await log.read(BigInt(from), 2000, { minOneBatch: true });
    t.is(result.errorCode, 0);
    const info = await log.append(keyedBatch([[`new${step}`, `n${step}`]]));
    t.is(info.firstOffset, BigInt(3000 + step));
    const records = await readKeyed(log, from, 3000);
    t.true(records.length > 0);
    for (const r of records.slice(0, 50)) {
      if (r.offset >= 3000) break;
      t.is(r.value, produced.get(r.offset)!.value, `offset ${r.offset} during compaction`);
    }
    if (!done) {
      readsDuring++;
      appendsDuring++;
    }
    step++;
  }
  const stats = await pass;
  t.truthy(stats);
  t.true(readsDuring > 0 && appendsDuring > 0, `reads ${readsDuring}, appends ${appendsDuring}`);
  const after = await readKeyed(log, 0, 1 << 20);
  t.is(after.filter((r) => r.key?.startsWith('new')).length, step);
  await log.close();
});

test('min.cleanable.dirty.ratio holds cleaning back; max.compaction.lag.ms overrides it', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const config = testConfig({ ...COMPACT, minCleanableDirtyRatio: 0.75 });
  const log = await openLog(dir, config, { clock });
  let n = 0;
  const produce = async (count: number) => {
    for (let i = 0; i < count; i++, n++) {
      await log.append(keyedBatch([[`k${n % 5}`, `v${n}-${'x'.repeat(40)}`]], { timestamp: clock.nowMs() }));
    }
  };
  await produce(40);
  t.truthy(await log.compact(clock.nowMs()), 'everything dirty: ratio 1');

  // Add one closed segment at a time; cleaning waits until the ratio reaches 0.75.
  let skipped = 0;
  let stats = null;
  while (!stats) {
    const segments = log.segmentCount;
    while (log.segmentCount === segments) await produce(1);
    const filesBefore = await segmentBases(dir);
    stats = await log.compact(clock.nowMs());
    if (!stats) {
      skipped++;
      t.deepEqual(await segmentBases(dir), filesBefore, 'a skipped pass changes nothing');
    }
  }
  t.true(skipped > 0, 'at least one pass was below the ratio');
  t.is(stats.reason, 'dirty ratio');
  t.true(stats.dirtyRatio >= 0.75);

  // A little dirt, below the ratio, is cleaned anyway once max.compaction.lag.ms has passed.
  const segments = log.segmentCount;
  while (log.segmentCount === segments) await produce(1);
  t.is(await log.compact(clock.nowMs()), null);
  log.updateConfig({ ...config, maxCompactionLagMs: 60_000 });
  t.is(await log.compact(clock.nowMs()), null, 'the dirty records are younger than the lag');
  clock.advance(120_000);
  const lagged = await log.compact(clock.nowMs());
  t.truthy(lagged);
  t.is(lagged!.reason, 'max compaction lag');
  t.true(lagged!.dirtyRatio < 0.75);
  await log.close();
});

test('min.compaction.lag.ms keeps recent segments dirty', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const log = await openLog(dir, testConfig({ ...COMPACT, minCompactionLagMs: 500_000 }), { clock });
  for (let i = 0; i < 30; i++)
    await log.append(keyedBatch([[`k${i % 3}`, `old${i}`]], { timestamp: 100_000 }));
  for (let i = 0; i < 30; i++)
    await log.append(keyedBatch([[`k${i % 3}`, `new${i}`]], { timestamp: 900_000 }));
  const before = await readKeyed(log);
  const stats = await log.compact(clock.nowMs());
  t.truthy(stats);
  const cleanedUpTo = stats!.cleanedUpToOffset;
  t.true(cleanedUpTo > 0 && cleanedUpTo <= 30, `cleaned up to ${cleanedUpTo}`);
  const after = await readKeyed(log);
  t.deepEqual(
    after.filter((r) => r.offset >= cleanedUpTo),
    before.filter((r) => r.offset >= cleanedUpTo),
  );
  t.is(after.filter((r) => r.offset < cleanedUpTo).length, 3);
  await log.close();
});

test('compact,delete applies retention and compaction in the same pass', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const config = testConfig({ ...COMPACT, cleanupDelete: true, retentionMs: 500_000 });
  const log = await openLog(dir, config, { clock });
  for (let i = 0; i < 20; i++)
    await log.append(keyedBatch([[`k${i % 4}`, `old${i}`]], { timestamp: 100_000 }));
  for (let i = 0; i < 40; i++)
    await log.append(keyedBatch([[`k${i % 4}`, `new${i}`]], { timestamp: 900_000 }));
  const stats = await log.compact(clock.nowMs());
  t.truthy(stats);
  const start = Number(log.logStartOffset);
  t.true(start > 0 && start <= 20, `log start ${start}`);
  const activeBase = (await segmentBases(dir)).at(-1)!;
  const closed = (await readKeyed(log, start)).filter((r) => r.offset < activeBase);
  t.false(closed.some((r) => r.value?.startsWith('old')));
  t.is(new Set(closed.map((r) => r.key)).size, closed.length, 'one record per key below the active segment');
  await log.close();
});

test('a delete-only topic is never compacted', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const log = await openLog(dir, testConfig({ ...COMPACT, cleanupCompact: false, cleanupDelete: true }), {
    clock,
  });
  for (let i = 0; i < 30; i++) await log.append(keyedBatch([['same', `v${i}`]]));
  t.is(await log.compact(clock.nowMs()), null);
  t.is((await readKeyed(log)).length, 30);
  await log.close();
});
