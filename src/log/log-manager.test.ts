import { access, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import test from 'ava';
import { ManualClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { SeededRandom } from '../common/random.js';
import { CLEAN_SHUTDOWN_MARKER } from './checkpoint.js';
import { NodeLogFs } from './log-fs.js';
import { LogManager } from './log-manager.js';
import { batch, collectingLogger, readAll, tempDir, testConfig } from './test-support.js';

/** The real file system, counting every call that changes a directory or a file. */
class ChangeCountingFs extends NodeLogFs {
  changes = 0;
  override writev(fd: number, buffers: readonly Buffer[], position: number): Promise<number> {
    this.changes++;
    return super.writev(fd, buffers, position);
  }
  override writeFileAtomic(path: string, data: Buffer): Promise<void> {
    this.changes++;
    return super.writeFileAtomic(path, data);
  }
  override unlink(path: string): Promise<void> {
    this.changes++;
    return super.unlink(path);
  }
  override rename(from: string, to: string): Promise<void> {
    this.changes++;
    return super.rename(from, to);
  }
  override fsyncDir(path: string): Promise<void> {
    this.changes++;
    return super.fsyncDir(path);
  }
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

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

test('a clean restart opens partitions concurrently and changes nothing until the first write', async (t) => {
  const dataDir = await tempDir(t);
  const first = await open(dataDir);
  for (let p = 0; p < 24; p++) await (await first.getOrCreate('many', p)).append(batch([`v${p}`]));
  await first.close();

  const fs = new ChangeCountingFs();
  const { logger, lines } = collectingLogger();
  const options = { dataDir, clock: new ManualClock(1_000_000), configFor: () => testConfig() };
  const second = await LogManager.open({ ...options, logger, fs, openConcurrency: 5 });
  t.is([...second.partitions()].length, 24);
  t.is(second.get('many', 17)?.highWatermark, 1n);
  t.is(fs.changes, 0, 'a clean open writes, removes and syncs nothing');
  t.true(lines.filter((l) => l.msg === 'partition log loaded').every((l) => l.cleanShutdown === true));
  await second.close();
  t.is(fs.changes, 0, 'closing an unchanged log rewrites nothing');
  t.true(await exists(join(dataDir, 'many-3', CLEAN_SHUTDOWN_MARKER)));

  // The first write removes that partition's marker before its bytes land: a crash after it
  // (closeForDelete writes no marker, as a kill would not) is recovered as unclean.
  const third = await LogManager.open({ ...options, logger: silentLogger(), fs });
  await third.get('many', 3)!.append(batch(['after']));
  t.false(await exists(join(dataDir, 'many-3', CLEAN_SHUTDOWN_MARKER)));
  t.true(await exists(join(dataDir, 'many-4', CLEAN_SHUTDOWN_MARKER)));
  for (const [, , log] of third.partitions()) await log.closeForDelete();
  const after = collectingLogger();
  const fourth = await LogManager.open({ ...options, logger: after.logger });
  const loaded = after.lines.filter((l) => l.msg === 'partition log loaded');
  t.deepEqual(
    loaded.filter((l) => l.cleanShutdown === false).map((l) => l.partition),
    [3],
  );
  t.deepEqual(
    (await readAll(fourth.get('many', 3)!)).map((r) => r.value),
    ['v3', 'after'],
  );
  await fourth.close();
});
