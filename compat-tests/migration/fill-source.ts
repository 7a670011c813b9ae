// Fills the source Kafka for the migration test with real clients: keyed multi-partition data
// (kafkajs), all four codecs (kcat), a compacted topic with gaps, a transactional topic with an
// aborted transaction, a topic whose log start was moved by DeleteRecords, and a larger topic.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { type Admin, CompressionTypes, Kafka, logLevel } from 'kafkajs';

const run = promisify(execFile);

export const codecs = ['gzip', 'snappy', 'lz4', 'zstd'] as const;

export function kafkaClient(bootstrap: string, clientId = 'migrate-test'): Kafka {
  return new Kafka({ brokers: [bootstrap], clientId, logLevel: logLevel.NOTHING, retry: { retries: 10 } });
}

/** Produces `count` keyed records with headers to `topic` (kafkajs, gzip every other batch). */
export async function produceKeyed(
  kafka: Kafka,
  topic: string,
  partitions: number,
  from: number,
  count: number,
): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  for (let i = from; i < from + count; i += 10) {
    const messages = [];
    for (let j = i; j < Math.min(i + 10, from + count); j++) {
      messages.push({
        key: `key-${j}`,
        value: `value-${j}`,
        partition: j % partitions,
        headers: { n: String(j) },
      });
    }
    await producer.send({
      topic,
      messages,
      compression: i % 20 === 0 ? CompressionTypes.GZIP : CompressionTypes.None,
    });
  }
  await producer.disconnect();
}

async function kcatProduce(
  bootstrap: string,
  topic: string,
  partition: number,
  codec: string,
  lines: string[],
  dir: string,
): Promise<void> {
  const file = join(dir, `${topic}-${partition}-${codec}.txt`);
  await writeFile(file, `${lines.join('\n')}\n`);
  await run(
    'kcat',
    [
      '-P',
      '-b',
      bootstrap,
      '-t',
      topic,
      '-p',
      String(partition),
      '-K',
      ':',
      '-X',
      `compression.codec=${codec}`,
      '-X',
      'linger.ms=50',
      '-l',
      file,
    ],
    { timeout: 60_000 },
  );
}

/** Offsets present in a partition, read by kcat (independent of gossip-migrate). */
export async function kcatOffsets(bootstrap: string, topic: string, partition: number): Promise<number[]> {
  const { stdout } = await run(
    'kcat',
    [
      '-C',
      '-b',
      bootstrap,
      '-t',
      topic,
      '-p',
      String(partition),
      '-o',
      'beginning',
      '-e',
      '-q',
      '-f',
      '%o\\n',
    ],
    { timeout: 60_000 },
  );
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map(Number);
}

async function compactedWithGaps(kafka: Kafka, admin: Admin, bootstrap: string): Promise<number[]> {
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      {
        topic: 'compacted',
        numPartitions: 1,
        configEntries: [
          { name: 'cleanup.policy', value: 'compact' },
          { name: 'segment.ms', value: '100' },
          { name: 'min.cleanable.dirty.ratio', value: '0.01' },
          { name: 'delete.retention.ms', value: '100' },
          { name: 'min.compaction.lag.ms', value: '0' },
        ],
      },
    ],
  });
  const producer = kafka.producer();
  await producer.connect();
  for (let round = 0; round < 6; round++) {
    await producer.send({
      topic: 'compacted',
      messages: Array.from({ length: 10 }, (_, k) => ({ key: `k${k % 5}`, value: `r${round}-${k}` })),
    });
    await sleep(250);
  }
  for (let attempt = 0; attempt < 60; attempt++) {
    await producer.send({ topic: 'compacted', messages: [{ key: `tick-${attempt % 3}`, value: 'roll' }] });
    await sleep(500);
    const offsets = await kcatOffsets(bootstrap, 'compacted', 0);
    const gaps = offsets.some((o, i) => i > 0 && o !== offsets[i - 1]! + 1);
    if (gaps) {
      await producer.disconnect();
      return offsets;
    }
  }
  await producer.disconnect();
  throw new Error('the source never compacted the compacted topic');
}

async function transactional(kafka: Kafka): Promise<void> {
  const producer = kafka.producer({
    transactionalId: 'migrate-txn',
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  for (const outcome of ['commit', 'abort', 'commit'] as const) {
    const txn = await producer.transaction();
    for (let p = 0; p < 2; p++) {
      await txn.send({
        topic: 'txn',
        messages: Array.from({ length: 5 }, (_, i) => ({
          key: `${outcome}-${i}`,
          value: `${outcome}-${p}-${i}`,
          partition: p,
        })),
      });
    }
    if (outcome === 'commit') await txn.commit();
    else await txn.abort();
  }
  await producer.disconnect();
}

export interface FilledSource {
  compactedOffsets: number[];
}

export async function fillSource(bootstrap: string, dir: string, bigRecords: number): Promise<FilledSource> {
  const kafka = kafkaClient(bootstrap);
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic: 'orders', numPartitions: 3, configEntries: [{ name: 'retention.ms', value: '604800000' }] },
      { topic: 'codecs', numPartitions: 4 },
      { topic: 'txn', numPartitions: 2 },
      { topic: 'trimmed', numPartitions: 1 },
      { topic: 'big', numPartitions: 2 },
    ],
  });
  await produceKeyed(kafka, 'orders', 3, 0, 300);
  for (let i = 0; i < codecs.length; i++) {
    await kcatProduce(
      bootstrap,
      'codecs',
      i,
      codecs[i]!,
      Array.from({ length: 60 }, (_, j) => `${codecs[i]}-k${j}:${codecs[i]}-value-${j}`),
      dir,
    );
  }
  await transactional(kafka);
  await produceKeyed(kafka, 'trimmed', 1, 0, 20);
  await admin.fetchTopicMetadata({ topics: ['trimmed'] });
  await admin.deleteTopicRecords({ topic: 'trimmed', partitions: [{ partition: 0, offset: '7' }] });
  const producer = kafka.producer();
  await producer.connect();
  const payload = 'x'.repeat(200);
  for (let i = 0; i < bigRecords; i += 50) {
    await producer.send({
      topic: 'big',
      messages: Array.from({ length: 50 }, (_, j) => ({
        key: `b${i + j}`,
        value: `${i + j}-${payload}`,
        partition: (i / 50) % 2,
      })),
    });
  }
  await producer.disconnect();
  const compactedOffsets = await compactedWithGaps(kafka, admin, bootstrap);
  await admin.disconnect();
  return { compactedOffsets };
}
