// gossip-migrate's import API against a real GOssip process (the built `gossip start`, token set):
// a topic created with gossip.import.mode=true through kafkajs admin, source batches with gaps and
// an aborted transaction POSTed over HTTP, a kill -9 and restart that keeps them, Produce refused
// with POLICY_VIOLATION and Kafka's message until kafkajs alterConfigs turns the mode off, then an
// imported idempotent producer continuing its sequence and kafkajs reading everything back
// (read_committed) at the source offsets.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { Kafka, logLevel } from 'kafkajs';
import { sourceBatch, sourcePartition } from '../../src/log/test-support-import.js';
import { ProduceApi, type ProduceResponse } from '../../wire/generated/api/000-produce.js';
import { encodeRecordBatch } from '../../wire/record-batch/index.js';
import { missing } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';

const TOKEN = 'compat-import-token';
const TOPIC = 'migrated';
/** kafkajs' ConfigResourceTypes.TOPIC. */
const TOPIC_RESOURCE = 2;
const cli = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'gossip.js');
const skip = missing(`GOssip's build (${cli}; run npm run build)`, existsSync(cli));

async function importCall(
  b: GossipBroker,
  path: string,
  body?: Buffer | object,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const init: RequestInit = {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      ...(body === undefined
        ? {}
        : { 'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json' }),
    },
    ...(body === undefined ? {} : { body: Buffer.isBuffer(body) ? body : JSON.stringify(body) }),
  };
  const res = await fetch(`http://${b.host}:${b.httpPort}/admin/import/topics/${TOPIC}${path}`, init);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function produceRaw(b: GossipBroker, partition: number, batch: Buffer) {
  const client = await KafkaWireClient.connect(b.host, b.port);
  try {
    const res = (await client.send(ProduceApi, 9, {
      acks: -1,
      timeoutMs: 10000,
      topicData: [{ name: TOPIC, partitionData: [{ index: partition, records: batch }] }],
    })) as ProduceResponse;
    return res.responses[0]!.partitionResponses[0]!;
  } finally {
    client.close();
  }
}

test('import with gaps, kill -9, cut-over, then ordinary clients at the source offsets', async (t) => {
  if (skip) return t.pass(skip);
  let broker = await startGossip({
    props: { 'gossip.import.token': TOKEN, 'auto.create.topics.enable': 'false' },
  });
  const dataDir = broker.dataDir;
  t.teardown(async () => {
    await broker.stop();
  });
  const kafka = (b: GossipBroker) =>
    new Kafka({ clientId: 'import-compat', brokers: [b.bootstrap], logLevel: logLevel.NOTHING });
  const admin = kafka(broker).admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic: TOPIC, numPartitions: 2, configEntries: [{ name: 'gossip.import.mode', value: 'true' }] },
    ],
  });
  await admin.disconnect();

  // Partition 0: the source partition with gaps, in two requests.
  const source = sourcePartition();
  t.like(await importCall(broker, '/partitions/0/batches', Buffer.concat(source.slice(0, 3))), {
    status: 200,
    json: { logStartOffset: 0, logEndOffset: 17, highWatermark: 17 },
  });
  t.like(await importCall(broker, '/partitions/0/batches', Buffer.concat(source.slice(3))), {
    status: 200,
    json: { logEndOffset: 32, highWatermark: 32 },
  });
  // Partition 1: a source whose log starts at 1000.
  t.deepEqual(
    (await importCall(broker, '/partitions/1/offsets', { logStartOffset: 1000, logEndOffset: 1000 })).json,
    {
      logStartOffset: 1000,
      logEndOffset: 1000,
      highWatermark: 1000,
    },
  );
  await importCall(
    broker,
    '/partitions/1/batches',
    sourceBatch({ base: 1003, values: ['p1-1003', 'p1-1004'] }),
  );

  // Every reply came after an fsync: a kill -9 loses nothing.
  await broker.kill();
  broker = await startGossip({
    dataDir,
    props: { 'gossip.import.token': TOKEN, 'auto.create.topics.enable': 'false' },
  });
  t.deepEqual((await importCall(broker, '/partitions/0')).json, {
    logStartOffset: 0,
    logEndOffset: 32,
    highWatermark: 32,
    importMode: true,
  });
  t.like((await importCall(broker, '/partitions/1')).json, { logStartOffset: 1000, logEndOffset: 1005 });

  const plain = encodeRecordBatch({
    records: [{ key: null, value: Buffer.from('no'), timestamp: 1_700_000_000_000 }],
  });
  const refused = await produceRaw(broker, 0, plain);
  t.is(refused.errorCode, 44);
  t.is(refused.errorMessage, `topic ${TOPIC} is in import mode`);

  const admin2 = kafka(broker).admin();
  await admin2.connect();
  await admin2.alterConfigs({
    validateOnly: false,
    resources: [
      { type: TOPIC_RESOURCE, name: TOPIC, configEntries: [{ name: 'gossip.import.mode', value: 'false' }] },
    ],
  });
  await admin2.disconnect();

  // The imported idempotent producer 9 (epoch 2, sequences 0-1) goes on at sequence 2.
  const next = encodeRecordBatch({
    producerId: 9n,
    producerEpoch: 2,
    baseSequence: 2,
    records: [{ key: null, value: Buffer.from('p32'), timestamp: 1_700_000_000_000 }],
  });
  t.like(await produceRaw(broker, 0, next), { errorCode: 0, baseOffset: 32n });

  const consumer = kafka(broker).consumer({ groupId: 'import-compat' });
  await consumer.connect();
  t.teardown(() => consumer.disconnect());
  await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
  const seen: string[] = [];
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachMessage: async ({ partition, message }) => {
        seen.push(`${partition}@${message.offset}=${message.value?.toString()}`);
        if (seen.length === 13) resolve();
      },
    });
  });
  t.deepEqual(
    seen.filter((s) => s.startsWith('0@')),
    [
      '0@0=a0',
      '0@1=a1',
      '0@2=a2',
      '0@10=c10',
      '0@12=c12',
      '0@14=c14',
      '0@18=committed18',
      '0@19=committed19',
      '0@30=p30',
      '0@31=p31',
      '0@32=p32',
    ],
  );
  t.deepEqual(
    seen.filter((s) => s.startsWith('1@')),
    ['1@1003=p1-1003', '1@1004=p1-1004'],
  );
});
