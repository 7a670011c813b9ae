import { readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import test from 'ava';
import { encodeRecordBatch } from '../../wire/record-batch/index.js';
import { ManualClock, SystemClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { keyedBatch, latestByKey, readKeyed, segmentBases } from './compaction-test-support.js';
import { NodeLogFs } from './log-fs.js';
import { LogManager } from './log-manager.js';
import { segmentFileName } from './segment.js';
import { openLog, tempDir, testConfig } from './test-support.js';

const COMPACT = { segmentBytes: 700, indexIntervalBytes: 100, cleanupCompact: true, cleanupDelete: false };

/** A log of single-record batches over 4 keys, closed cleanly; returns its records and segment bases. */
async function closedLog(dir: string) {
  const log = await openLog(dir, testConfig(COMPACT));
  for (let i = 0; i < 40; i++) await log.append(keyedBatch([[`k${i % 4}`, `v${i}`]]));
  const records = await readKeyed(log);
  await log.close();
  return { records, bases: await segmentBases(dir) };
}

/** The bytes of a cleaned file holding `offsets` of `records`, one batch each, at their offsets. */
function cleanedBytes(records: Awaited<ReturnType<typeof readKeyed>>, offsets: number[]): Buffer {
  return Buffer.concat(
    offsets.map((o) => {
      const r = records.find((x) => x.offset === o)!;
      return encodeRecordBatch({
        baseOffset: o,
        records: [{ key: Buffer.from(r.key!), value: Buffer.from(r.value!), timestamp: 1000 }],
      });
    }),
  );
}

test('a leftover .log.cleaned file is an unfinished pass: removed at open, the old segments stay', async (t) => {
  const dir = await tempDir(t);
  const { records, bases } = await closedLog(dir);
  t.true(bases.length >= 3);
  const cleaned = join(dir, segmentFileName(0, '.log.cleaned'));
  await writeFile(cleaned, cleanedBytes(records, [bases[1]! - 1]));
  const log = await openLog(dir, testConfig(COMPACT));
  t.false((await readdir(dir)).some((n) => n.endsWith('.cleaned')));
  t.deepEqual(await readKeyed(log), records);
  await log.close();
});

for (const stage of ['before any old file was removed', 'after some old files were removed'] as const) {
  test(`a leftover .log.swap file is a committed pass, finished at open (${stage})`, async (t) => {
    const dir = await tempDir(t);
    const { records, bases } = await closedLog(dir);
    t.true(bases.length >= 4);
    const [b0, b1, b2] = bases as [number, number, number];
    // The swap replaces the first two segments [b0, b2) and keeps offsets 1 and b2 - 1.
    await writeFile(join(dir, segmentFileName(b0, '.log.swap')), cleanedBytes(records, [1, b2 - 1]));
    if (stage === 'after some old files were removed') {
      await unlink(join(dir, segmentFileName(b0, '.index')));
      await unlink(join(dir, segmentFileName(b1, '.log')));
      await unlink(join(dir, segmentFileName(b1, '.timeindex')));
    }
    const log = await openLog(dir, testConfig(COMPACT));
    const files = await readdir(dir);
    t.false(files.some((n) => n.endsWith('.swap')));
    t.false(
      files.some((n) => n.startsWith(segmentFileName(b1, ''))),
      'the replaced segment is gone',
    );
    t.true(files.includes(segmentFileName(b0, '.index')), 'indexes rebuilt');
    t.deepEqual(await segmentBases(dir), [b0, ...bases.slice(2)]);
    const after = await readKeyed(log);
    t.deepEqual(
      after.map((r) => r.offset),
      [1, b2 - 1, ...records.filter((r) => r.offset >= b2).map((r) => r.offset)],
    );
    t.deepEqual(after.slice(2), records.slice(b2));
    t.is((await readKeyed(log, 0))[0]!.offset, 1);
    t.is((await readKeyed(log, 2))[0]!.offset, b2 - 1);
    t.is((await log.append(keyedBatch([['k0', 'next']]))).firstOffset, 40n);
    await log.close();
  });
}

/** The real file system, calling `onOpen` with every path it opens. */
class WatchingFs extends NodeLogFs {
  onOpen: (path: string) => void = () => {};

  override open(path: string, flags: string): Promise<number> {
    this.onOpen(path);
    return super.open(path, flags);
  }
}

test('a pass interrupted by close leaves the log as it was', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const fs = new WatchingFs();
  const log = await openLog(dir, testConfig(COMPACT), { clock, fs });
  for (let i = 0; i < 200; i++) await log.append(keyedBatch([[`k${i % 4}`, `v${i}`]]));
  const before = await readKeyed(log);
  let closing: Promise<void> | null = null;
  fs.onOpen = (path) => {
    if (path.endsWith('.log.cleaned')) closing ??= log.close();
  };
  t.is(await log.compact(clock.nowMs()), null);
  t.truthy(closing, 'the pass had started writing');
  await closing;
  t.false((await readdir(dir)).some((n) => n.endsWith('.cleaned') || n.endsWith('.swap')));
  const reopened = await openLog(dir, testConfig(COMPACT), { clock });
  t.deepEqual(await readKeyed(reopened), before);
  await reopened.close();
});

test('LogManager compacts in the background: only the latest values remain below the active segment', async (t) => {
  const dataDir = await tempDir(t);
  const config = testConfig({ ...COMPACT, segmentBytes: 1000, minCleanableDirtyRatio: 0.01 });
  const manager = await LogManager.open({
    dataDir,
    clock: new SystemClock(),
    logger: silentLogger(),
    configFor: () => config,
    cleanerBackoffMs: 50,
  });
  t.teardown(() => manager.close());
  const log = await manager.getOrCreate('table', 0);
  manager.startBackgroundTasks();
  const latest = new Map<string, string>();
  for (let i = 0; i < 600; i++) {
    const key = `key-${i % 10}`;
    const value = `value-${i}`;
    await log.append(keyedBatch([[key, value]], { timestamp: 1000 + i }));
    latest.set(key, value);
  }
  const dir = join(dataDir, 'table-0');
  const activeBase = (await segmentBases(dir)).at(-1)!;
  t.true(activeBase > 0);

  let closed: Awaited<ReturnType<typeof readKeyed>> = [];
  for (let attempt = 0; attempt < 400; attempt++) {
    closed = (await readKeyed(log)).filter((r) => r.offset < activeBase);
    if (new Set(closed.map((r) => r.key)).size === closed.length) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  t.is(new Set(closed.map((r) => r.key)).size, closed.length, 'one record per key below the active segment');
  const all = await readKeyed(log);
  const expectedClosed = latestByKey(all, activeBase);
  for (const r of closed) t.is(r.value, expectedClosed.get(r.key)!.value);
  // Reading the whole log still ends with the latest value of every key.
  const seen = new Map<string, string>();
  for (const r of all) seen.set(r.key!, r.value!);
  t.deepEqual([...seen].sort(), [...latest].sort());
  t.true(all.length < 600);
});
