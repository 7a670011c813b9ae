import { appendFile, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import test from 'ava';
import { batch, collectingLogger, openLog, readAll, tempDir, testConfig } from './test-support.js';

const SEG0 = '00000000000000000000';

/** Writes `count` one-record batches and stops without a clean shutdown (as after kill -9). */
async function crashedLog(dir: string, count: number, config = testConfig()): Promise<number[]> {
  const log = await openLog(dir, config);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const b = batch([`value-${i}`]);
    sizes.push(b.length);
    await log.append(b);
  }
  await log.closeForDelete();
  return sizes;
}

function values(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `value-${i}`);
}

test('recovery truncates a torn last batch and logs how many bytes went', async (t) => {
  const dir = await tempDir(t);
  const sizes = await crashedLog(dir, 10);
  const path = join(dir, `${SEG0}.log`);
  const full = (await stat(path)).size;
  await truncate(path, full - 7);
  const { logger, lines } = collectingLogger();
  const log = await openLog(dir, testConfig(), { logger });
  const expectedCut = sizes[9]! - 7;
  const warn = lines.find((l) => l.level === 40 && l.truncatedBytes === expectedCut);
  t.truthy(warn);
  t.is(warn?.segment, path);
  t.true(warn?.msg.includes(`${expectedCut} bytes`));
  t.is(log.highWatermark, 9n);
  t.deepEqual(
    (await readAll(log)).map((r) => r.value),
    values(9),
  );
  t.is((await log.append(batch(['next']))).firstOffset, 9n);
  await log.close();
  t.is((await stat(path)).size, full - sizes[9]! + batch(['next']).length);
});

test('recovery drops garbage appended after the last batch', async (t) => {
  const dir = await tempDir(t);
  await crashedLog(dir, 10);
  const path = join(dir, `${SEG0}.log`);
  const garbage = Buffer.alloc(100, 0xab);
  await appendFile(path, garbage);
  const { logger, lines } = collectingLogger();
  const log = await openLog(dir, testConfig(), { logger });
  t.truthy(lines.find((l) => l.truncatedBytes === 100));
  t.deepEqual(
    (await readAll(log)).map((r) => r.value),
    values(10),
  );
  await log.close();
});

test('recovery stops at a batch whose CRC does not match', async (t) => {
  const dir = await tempDir(t);
  const sizes = await crashedLog(dir, 10);
  const path = join(dir, `${SEG0}.log`);
  const bytes = await readFile(path);
  const sixth = sizes.slice(0, 5).reduce((a, b) => a + b, 0);
  bytes[sixth + 70] = bytes[sixth + 70]! ^ 0xff;
  await writeFile(path, bytes);
  const { logger, lines } = collectingLogger();
  const log = await openLog(dir, testConfig(), { logger });
  t.truthy(lines.find((l) => l.truncatedBytes === bytes.length - sixth && String(l.reason).includes('CRC')));
  t.is(log.highWatermark, 5n);
  await log.close();
});

test('a clean shutdown marker does not hide a torn tail', async (t) => {
  const dir = await tempDir(t);
  const log = await openLog(dir);
  for (let i = 0; i < 5; i++) await log.append(batch([`value-${i}`]));
  await log.close();
  await appendFile(join(dir, `${SEG0}.log`), Buffer.alloc(30, 1));
  const reopened = await openLog(dir);
  t.deepEqual(
    (await readAll(reopened)).map((r) => r.value),
    values(5),
  );
  t.is((await reopened.append(batch(['x']))).firstOffset, 5n);
  await reopened.close();
});

async function cleanMultiSegmentLog(dir: string) {
  const config = testConfig({ segmentBytes: 1000, indexIntervalBytes: 120 });
  const log = await openLog(dir, config);
  for (let i = 0; i < 60; i++) await log.append(batch([`value-${i}`], 5000 + i));
  const segments = log.segmentCount;
  await log.close();
  return { config, segments };
}

test('a deleted index is rebuilt (older and active segments)', async (t) => {
  const dir = await tempDir(t);
  const { config, segments } = await cleanMultiSegmentLog(dir);
  t.true(segments >= 3);
  const original = await readFile(join(dir, `${SEG0}.index`));
  const originalTime = await readFile(join(dir, `${SEG0}.timeindex`));
  t.true(original.length >= 16);
  await rm(join(dir, `${SEG0}.index`));
  const logs = (await readdir(dir)).filter((n) => n.endsWith('.log')).sort();
  const activeIndex = join(dir, logs[logs.length - 1]!.replace('.log', '.index'));
  await rm(activeIndex);
  const { logger, lines } = collectingLogger();
  const log = await openLog(dir, config, { logger });
  t.is(lines.filter((l) => l.reason === 'index file missing').length, 2);
  t.deepEqual(await readFile(join(dir, `${SEG0}.index`)), original);
  t.deepEqual(await readFile(join(dir, `${SEG0}.timeindex`)), originalTime);
  t.deepEqual(
    (await readAll(log)).map((r) => r.value),
    values(60),
  );
  t.deepEqual(await log.offsetForTimestamp(5030n), { batchBaseOffset: 30n, batchMaxTimestamp: 5030n });
  t.is((await log.append(batch(['x']))).firstOffset, 60n);
  await log.close();
});

test('a corrupted or wrongly sized index is rebuilt', async (t) => {
  const dir = await tempDir(t);
  const { config } = await cleanMultiSegmentLog(dir);
  const indexPath = join(dir, `${SEG0}.index`);
  const original = await readFile(indexPath);
  // Entries that are in order but point into the middle of batches.
  const bogus = Buffer.alloc(original.length);
  for (let i = 0; i < bogus.length / 8; i++) {
    bogus.writeInt32BE(i + 1, i * 8);
    bogus.writeInt32BE(7 + i * 13, i * 8 + 4);
  }
  await writeFile(indexPath, bogus);
  const { logger, lines } = collectingLogger();
  let log = await openLog(dir, config, { logger });
  t.truthy(lines.find((l) => String(l.reason).includes('does not point')));
  t.deepEqual(await readFile(indexPath), original);
  t.deepEqual(
    (await readAll(log)).map((r) => r.value),
    values(60),
  );
  await log.close();

  await appendFile(indexPath, Buffer.from([1, 2, 3]));
  const second = collectingLogger();
  log = await openLog(dir, config, { logger: second.logger });
  t.truthy(second.lines.find((l) => String(l.reason).includes('partial entry')));
  t.deepEqual(await readFile(indexPath), original);

  await log.close();
  const timePath = join(dir, `${SEG0}.timeindex`);
  const time = await readFile(timePath);
  time.writeInt32BE(999, time.length - 4);
  await writeFile(timePath, time);
  const third = collectingLogger();
  log = await openLog(dir, config, { logger: third.logger });
  t.truthy(third.lines.find((l) => String(l.reason).startsWith('last time index entry')));
  t.deepEqual(
    (await readAll(log)).map((r) => r.value),
    values(60),
  );
  await log.close();
});

test('an empty directory and a log emptied by recovery both start cleanly', async (t) => {
  const dir = await tempDir(t);
  await crashedLog(dir, 1);
  await truncate(join(dir, `${SEG0}.log`), 20);
  const log = await openLog(dir);
  t.is(log.highWatermark, 0n);
  t.is(log.logStartOffset, 0n);
  const result = await log.read(0n, 100);
  t.true(result.errorCode === 0 && result.data.records.length === 0);
  t.is((await log.append(batch(['a']))).firstOffset, 0n);
  await log.close();
});
