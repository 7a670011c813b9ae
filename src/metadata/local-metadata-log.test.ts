import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import test from 'ava';
import { LocalMetadataLog, METADATA_LOG_FILE } from './local-metadata-log.js';
import { decodeFrames, encodeFrame } from './log-format.js';
import type { CommittedBatch } from './metadata-log.js';
import type { MetadataRecord } from './records.js';
import { CollectingLogger, tempDir } from './test-support.js';

function feature(level: number): MetadataRecord {
  return { type: 'FeatureLevel', name: 'f', featureLevel: level };
}

test('appends resolve with the last offset and read returns committed batches', async (t) => {
  const dir = await tempDir(t);
  const log = await LocalMetadataLog.open({ dir });
  t.teardown(() => log.close());
  t.is(log.committedOffset(), -1);
  t.is(await log.append([feature(1), feature(2)]), 1);
  t.is(await log.append([feature(3)]), 2);
  t.is(log.committedOffset(), 2);
  t.deepEqual(await log.read(0), [
    { baseOffset: 0, records: [feature(1), feature(2)] },
    { baseOffset: 2, records: [feature(3)] },
  ]);
  t.deepEqual(await log.read(1), [
    { baseOffset: 1, records: [feature(2)] },
    { baseOffset: 2, records: [feature(3)] },
  ]);
  t.deepEqual(await log.read(3), []);
  await t.throwsAsync(log.append([]), { instanceOf: RangeError });
});

test('subscribers hear each commit in order before append resolves', async (t) => {
  const dir = await tempDir(t);
  const log = await LocalMetadataLog.open({ dir });
  t.teardown(() => log.close());
  const heard: CommittedBatch[] = [];
  const unsubscribe = log.subscribe((batch) => heard.push(batch));
  const first = log.append([feature(1)]).then((offset) => {
    t.is(heard.length >= 1, true);
    return offset;
  });
  const second = log.append([feature(2), feature(3)]);
  t.deepEqual(await Promise.all([first, second]), [0, 2]);
  t.deepEqual(
    heard.map((b) => b.baseOffset),
    [0, 1],
  );
  unsubscribe();
  await log.append([feature(4)]);
  t.is(heard.length, 2);
});

test('concurrent appends are grouped but stay separate batches with their own offsets', async (t) => {
  const dir = await tempDir(t);
  const log = await LocalMetadataLog.open({ dir });
  const offsets = await Promise.all(
    Array.from({ length: 20 }, (_, i) => log.append([feature(i), feature(i)])),
  );
  t.deepEqual(
    offsets,
    Array.from({ length: 20 }, (_, i) => 2 * i + 1),
  );
  await log.close();
  const { frames, validBytes } = decodeFrames(await readFile(join(dir, METADATA_LOG_FILE)));
  t.is(frames.length, 20);
  t.is(validBytes, (await stat(join(dir, METADATA_LOG_FILE))).size);
  await t.throwsAsync(log.append([feature(1)]), { message: /closed/ });
});

test('reopening continues the offsets', async (t) => {
  const dir = await tempDir(t);
  const first = await LocalMetadataLog.open({ dir });
  await first.append([feature(1), feature(2)]);
  await first.close();
  const second = await LocalMetadataLog.open({ dir });
  t.teardown(() => second.close());
  t.is(second.committedOffset(), 1);
  t.is(await second.append([feature(3)]), 2);
  t.deepEqual(
    (await second.read(0)).map((b) => b.baseOffset),
    [0, 2],
  );
});

test('a torn tail is truncated at open and the bytes dropped are logged', async (t) => {
  const dir = await tempDir(t);
  const first = await LocalMetadataLog.open({ dir });
  await first.append([feature(1)]);
  await first.append([feature(2)]);
  await first.close();
  const path = join(dir, METADATA_LOG_FILE);
  const goodSize = (await stat(path)).size;
  const torn = encodeFrame({ baseOffset: 2, records: [feature(3)] }).subarray(0, 20);
  await appendFile(path, torn);

  const logger = new CollectingLogger();
  const second = await LocalMetadataLog.open({ dir, logger });
  t.teardown(() => second.close());
  t.is(second.committedOffset(), 1);
  t.is((await stat(path)).size, goodSize);
  t.true(
    logger.lines.some(
      (l) => l.startsWith('WARN') && l.includes(`truncated 20 bytes`) && l.includes(`at byte ${goodSize}`),
    ),
    logger.lines.join('\n'),
  );
  t.is(await second.append([feature(3)]), 2);
  t.deepEqual(
    (await second.read(0)).flatMap((b) => b.records),
    [feature(1), feature(2), feature(3)],
  );
});

test('a frame with a bad checksum ends the log there', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, METADATA_LOG_FILE);
  const a = encodeFrame({ baseOffset: 0, records: [feature(1)] });
  const b = encodeFrame({ baseOffset: 1, records: [feature(2)] });
  const c = encodeFrame({ baseOffset: 2, records: [feature(3)] });
  b.writeUInt8(b.readUInt8(b.length - 3) ^ 0xff, b.length - 3);
  await writeFile(path, Buffer.concat([a, b, c]));
  const logger = new CollectingLogger();
  const log = await LocalMetadataLog.open({ dir, logger });
  t.teardown(() => log.close());
  t.is(log.committedOffset(), 0);
  t.true(logger.lines.some((l) => l.includes(`truncated ${b.length + c.length} bytes`)));
});

test('frames decode only in offset order', (t) => {
  const a = encodeFrame({ baseOffset: 0, records: [feature(1)] });
  const skipped = encodeFrame({ baseOffset: 5, records: [feature(2)] });
  t.is(decodeFrames(Buffer.concat([a, skipped])).frames.length, 1);
  t.is(decodeFrames(a, 1).frames.length, 0);
  const hugeLength = Buffer.from(a);
  hugeLength.writeUInt32BE(0xffffffff, 0);
  t.is(decodeFrames(hugeLength).validBytes, 0);
});
