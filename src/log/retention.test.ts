import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import test from 'ava';
import { ManualClock } from '../common/clock.js';
import { batch, openLog, readAll, tempDir, testConfig } from './test-support.js';

const SMALL = { segmentBytes: 700, indexIntervalBytes: 100 };

async function segmentFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.log')).sort();
}

test('retention.ms deletes old segments by their largest timestamp, never the active one', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const config = testConfig({ ...SMALL, retentionMs: 500_000 });
  const log = await openLog(dir, config, { clock });
  for (let i = 0; i < 20; i++) await log.append(batch([`old-${i}`], 100_000));
  for (let i = 0; i < 20; i++) await log.append(batch([`new-${i}`], 900_000));
  const before = log.segmentCount;
  t.true(before > 4);
  const deleted = await log.applyRetention(clock.nowMs());
  t.true(deleted > 0);
  t.is(log.segmentCount, before - deleted);
  t.is((await segmentFiles(dir)).length, log.segmentCount);
  const start = log.logStartOffset;
  t.true(start > 0n && start <= 20n, `log start ${start}`);
  t.like(await log.read(start - 1n, 1000), { errorCode: 1, logStartOffset: start });
  const remaining = await readAll(log);
  t.is(remaining[0]!.offset, start);
  t.true(remaining.some((r) => r.value === 'new-0'));
  t.is(await log.applyRetention(clock.nowMs()), 0, 'nothing more is old enough');

  // Everything expired: all but the active segment go, the log stays appendable and readable.
  clock.advance(10_000_000);
  await log.applyRetention(clock.nowMs());
  t.is(log.segmentCount, 1);
  t.is(log.highWatermark, 40n);
  t.is((await log.append(batch(['fresh'], clock.nowMs()))).firstOffset, 40n);
  await log.close();

  const reopened = await openLog(dir, config, { clock });
  t.is(reopened.segmentCount, 1);
  t.is(reopened.highWatermark, 41n);
  await reopened.close();
});

test('retention.bytes deletes the oldest segments while the rest still exceed the limit', async (t) => {
  const dir = await tempDir(t);
  const config = testConfig({ ...SMALL, retentionBytes: 1500 });
  const log = await openLog(dir, config);
  for (let i = 0; i < 60; i++) await log.append(batch([`v-${i}`]));
  const total = log.sizeInBytes;
  const deleted = await log.applyRetention(0);
  t.true(deleted > 0);
  t.true(log.sizeInBytes <= total);
  t.true(log.sizeInBytes >= 1500 - 700 && log.sizeInBytes <= 1500 + 700, `size ${log.sizeInBytes}`);
  const records = await readAll(log);
  t.is(records[records.length - 1]!.value, 'v-59');
  t.is(records[0]!.offset, log.logStartOffset);
  await log.close();
});

test('compact-only topics keep their segments', async (t) => {
  const dir = await tempDir(t);
  const config = testConfig({
    ...SMALL,
    retentionMs: 1,
    retentionBytes: 1,
    cleanupDelete: false,
    cleanupCompact: true,
  });
  const log = await openLog(dir, config);
  for (let i = 0; i < 30; i++) await log.append(batch([`v-${i}`], 1));
  const segments = log.segmentCount;
  t.is(await log.applyRetention(1_000_000_000), 0);
  t.is(log.segmentCount, segments);
  await log.close();
});

test('deleteRecordsBefore raises the log start offset, deletes whole segments below it and persists', async (t) => {
  const dir = await tempDir(t);
  const config = testConfig(SMALL);
  const log = await openLog(dir, config);
  for (let i = 0; i < 40; i++) await log.append(batch([`v-${i}`]));
  const segments = log.segmentCount;
  t.is(await log.deleteRecordsBefore(25n), 25n);
  t.is(log.logStartOffset, 25n);
  t.true(log.segmentCount < segments);
  t.like(await log.read(24n, 1000), { errorCode: 1, logStartOffset: 25n });
  const rest = await readAll(log);
  t.deepEqual(rest[0], { offset: 25n, value: 'v-25' });
  t.is(rest.length, 15);
  t.is(await log.deleteRecordsBefore(10n), 25n, 'never lowered');
  t.is(await log.deleteRecordsBefore(1000n), 40n, 'never above the high watermark');
  t.is((await log.read(40n, 1000)).errorCode, 0);
  const checkpoint = await readFile(join(dir, 'log-start-offset.checkpoint'), 'utf8');
  t.is(checkpoint, '0\n40\n');
  // An unclean stop keeps it too.
  await log.closeForDelete();
  const reopened = await openLog(dir, config);
  t.is(reopened.logStartOffset, 40n);
  t.is(reopened.highWatermark, 40n);
  t.is((await reopened.append(batch(['x']))).firstOffset, 40n);
  t.deepEqual(await readAll(reopened), [{ offset: 40n, value: 'x' }]);
  await reopened.close();
});

test('retention deletes segments wholly below a raised log start offset', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir, testConfig(SMALL));
  for (let i = 0; i < 40; i++) await log.append(batch([`v-${i}`]));
  await log.deleteRecordsBefore(30n);
  const segments = log.segmentCount;
  t.is(await log.applyRetention(0), 0, 'deleteRecordsBefore already removed them');
  t.is(log.segmentCount, segments);
  await log.close();
});

test('a read in flight keeps a deleted segment readable', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir, testConfig(SMALL));
  for (let i = 0; i < 40; i++) await log.append(batch([`v-${i}`]));
  const reading = log.read(0n, 100_000);
  const deleting = log.deleteRecordsBefore(39n);
  const [result] = await Promise.all([reading, deleting]);
  t.is(result.errorCode, 0);
  if (result.errorCode === 0) t.true(result.data.bytes > 0);
  await log.close();
});
