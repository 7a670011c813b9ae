import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import test from 'ava';
import { ManualClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { SeededRandom } from '../common/random.js';
import { LogManager } from './log-manager.js';
import { batch, readAll, tempDir, testConfig } from './test-support.js';

function open(dataDir: string, clock = new ManualClock(1_000_000), retentionMs = -1) {
  return LogManager.open({
    dataDir,
    clock,
    logger: silentLogger(),
    configFor: (topic) =>
      testConfig({ segmentBytes: 600, retentionMs: topic === 'short' ? retentionMs : -1 }),
    random: new SeededRandom(7),
  });
}

test('LogManager finds every partition directory on open', async (t) => {
  const dataDir = await tempDir(t);
  const first = await open(dataDir);
  const a0 = await first.getOrCreate('orders', 0);
  const a1 = await first.getOrCreate('orders', 1);
  const dashed = await first.getOrCreate('my-topic-2', 13);
  t.is(await first.getOrCreate('orders', 0), a0);
  await a0.append(batch(['a0']));
  await a1.append(batch(['a1', 'a1b']));
  await dashed.append(batch(['d']));
  await first.close();
  await mkdir(join(dataDir, 'not a partition'));
  await writeFile(join(dataDir, 'meta.properties'), 'x');

  const second = await open(dataDir);
  const found = [...second.partitions()].map(([topic, partition, log]) => [
    topic,
    partition,
    log.highWatermark,
  ]);
  t.deepEqual(
    found.sort((x, y) => String(x[0]).localeCompare(String(y[0])) || Number(x[1]) - Number(y[1])),
    [
      ['my-topic-2', 13, 1n],
      ['orders', 0, 1n],
      ['orders', 1, 2n],
    ],
  );
  t.deepEqual(
    (await readAll(second.get('orders', 1)!)).map((r) => r.value),
    ['a1', 'a1b'],
  );
  t.is(second.get('orders', 2), undefined);
  await second.close();
});

test('deletePartition renames, closes and removes the directory', async (t) => {
  const dataDir = await tempDir(t);
  const manager = await open(dataDir);
  const log = await manager.getOrCreate('gone', 0);
  await log.append(batch(['x']));
  await manager.getOrCreate('kept', 0);
  await manager.deletePartition('gone', 0);
  t.is(manager.get('gone', 0), undefined);
  await t.throwsAsync(log.append(batch(['y'])));
  await manager.close();
  t.deepEqual(await readdir(dataDir), ['kept-0']);

  // A leftover *-delete directory (crash during removal) is cleaned up on open.
  await mkdir(join(dataDir, 'old-0.abcd-delete'));
  await writeFile(join(dataDir, 'old-0.abcd-delete', '00000000000000000000.log'), 'x');
  const again = await open(dataDir);
  t.deepEqual(
    [...again.partitions()].map(([topic]) => topic),
    ['kept'],
  );
  await again.close();
  t.deepEqual(await readdir(dataDir), ['kept-0']);
});

test('runRetention applies each topic config', async (t) => {
  const dataDir = await tempDir(t);
  const clock = new ManualClock(1_000_000);
  const manager = await open(dataDir, clock, 1000);
  const short = await manager.getOrCreate('short', 0);
  const long = await manager.getOrCreate('long', 0);
  for (let i = 0; i < 30; i++) {
    await short.append(batch([`s${i}`], 1_000_000));
    await long.append(batch([`l${i}`], 1_000_000));
  }
  const longSegments = long.segmentCount;
  clock.advance(5000);
  t.true((await manager.runRetention()) > 0);
  t.is(short.segmentCount, 1);
  t.is(long.segmentCount, longSegments);
  manager.startBackgroundTasks();
  await manager.close();
});
