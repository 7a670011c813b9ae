// Differential test of the data path: identical Produce, Fetch, ListOffsets and DeleteRecords
// requests go to the reference Apache Kafka 3.9 broker and to GOssip, each on a fresh topic per case
// so offsets line up, and the decoded answers are compared field by field (record bytes included:
// both brokers store batches as sent, stamped with the leader epoch). Error paths are covered too:
// unknown topics and partitions, bad acks, corrupt and oversized batches, out-of-range offsets.
import test, { type ExecutionContext } from 'ava';
import { ProduceApi, type ProduceResponse } from '../../wire/generated/api/000-produce.js';
import { FetchApi, type FetchResponse } from '../../wire/generated/api/001-fetch.js';
import { ListOffsetsApi } from '../../wire/generated/api/002-list-offsets.js';
import { MetadataApi, type MetadataResponse } from '../../wire/generated/api/003-metadata.js';
import { CreateTopicsApi } from '../../wire/generated/api/019-create-topics.js';
import { DeleteRecordsApi } from '../../wire/generated/api/021-delete-records.js';
import {
  encodeMessageSet,
  encodeRecordBatch,
  RecordBatchHeader,
  type RecordInput,
} from '../../wire/record-batch/index.js';
import { missing, skippedFor } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import {
  type ReferenceKafka,
  referenceKafkaAvailable,
  startReferenceKafka,
} from '../harness/reference-kafka.js';
import { normalize } from './normalize.js';

let kafka: ReferenceKafka | undefined;
let gossip: GossipBroker | undefined;
let clients: { kafka: KafkaWireClient; gossip: KafkaWireClient };
let skip: string | undefined;
let topicSeq = 0;

const T0 = 1_790_000_000_000;

test.before(async () => {
  skip = missing('java and mvn (for the reference Kafka broker)', referenceKafkaAvailable());
  if (skip) return;
  [kafka, gossip] = await Promise.all([
    startReferenceKafka({ numPartitions: 2 }),
    startGossip({ props: { 'num.partitions': '2' } }),
  ]);
  clients = {
    kafka: await KafkaWireClient.connect(kafka.host, kafka.port),
    gossip: await KafkaWireClient.connect(gossip.host, gossip.port),
  };
});

test.after.always(async () => {
  clients?.kafka.close();
  clients?.gossip.close();
  await Promise.all([kafka?.stop(), gossip?.stop()]);
});

const skipped = (t: ExecutionContext): boolean => skippedFor(t, skip);

/** A fresh topic with 2 partitions on both brokers, ready for produce. */
async function freshTopic(): Promise<string> {
  const name = `dp-${process.pid}-${topicSeq++}`;
  for (const c of [clients.kafka, clients.gossip]) {
    for (let i = 0; ; i++) {
      const res = (await c.send(MetadataApi, 9, { topics: [{ name }] })) as MetadataResponse;
      const t = res.topics[0];
      if (t?.errorCode === 0 && t.partitions.length === 2 && t.partitions.every((p) => p.leaderId >= 0))
        break;
      if (i > 100) throw new Error(`topic ${name} not ready`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return name;
}

function records(count: number, start = 0): RecordInput[] {
  return Array.from({ length: count }, (_, i) => ({
    key: i % 3 === 0 ? null : Buffer.from(`key-${start + i}`),
    value: i % 5 === 0 ? Buffer.alloc(0) : Buffer.from(`value-${start + i}-${'x'.repeat(i % 17)}`),
    headers: i % 2 === 0 ? [{ key: 'h', value: Buffer.from(String(i)) }] : [],
    timestamp: T0 + (start + i) * 1000,
  }));
}

function batch(
  count: number,
  start = 0,
  extra: Partial<Parameters<typeof encodeRecordBatch>[0]> = {},
): Buffer {
  return encodeRecordBatch({ records: records(count, start), ...extra });
}

type ProduceBody = Parameters<typeof ProduceApi.encodeRequest>[2];

function produceBody(topic: string, partition: number, data: Buffer | null, acks = -1): ProduceBody {
  return {
    acks,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: partition, records: data }] }],
  };
}

async function both<T>(send: (c: KafkaWireClient) => Promise<T>): Promise<[T, T]> {
  return [await send(clients.kafka), await send(clients.gossip)];
}

/** Produce as a client does: a partition whose leader is still being set up is retried. */
async function produceRetrying(c: KafkaWireClient, v: number, body: ProduceBody): Promise<ProduceResponse> {
  for (let i = 0; ; i++) {
    const res = (await c.send(ProduceApi, v, body)) as ProduceResponse;
    const codes = res.responses.flatMap((r) => r.partitionResponses.map((p) => p.errorCode));
    if (i >= 50 || !codes.some((code) => code === NOT_LEADER_OR_FOLLOWER || code === LEADER_NOT_AVAILABLE)) {
      return res;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const NOT_LEADER_OR_FOLLOWER = 6;
const LEADER_NOT_AVAILABLE = 5;

async function sameProduce(t: ExecutionContext, v: number, body: ProduceBody, label: string) {
  const [k, g] = await both((c) => produceRetrying(c, v, body));
  t.deepEqual(normalize(g), normalize(k), `Produce v${v} ${label}`);
  return k;
}

type FetchBody = Parameters<typeof FetchApi.encodeRequest>[2];

function fetchBody(
  topic: string,
  partition: number,
  offset: bigint,
  extra: Partial<FetchBody> = {},
): FetchBody {
  return {
    replicaId: -1,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 1 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic,
        partitions: [
          {
            partition,
            fetchOffset: offset,
            partitionMaxBytes: 1 << 20,
            logStartOffset: -1n,
            currentLeaderEpoch: -1,
          },
        ],
      },
    ],
    ...extra,
  };
}

async function sameFetch(t: ExecutionContext, v: number, body: FetchBody, label: string) {
  const [k, g] = await both((c) => c.send(FetchApi, v, body) as Promise<FetchResponse>);
  t.deepEqual(normalize(g), normalize(k), `Fetch v${v} ${label}`);
  return k;
}

for (let v = 3; v <= 11; v++) {
  test.serial(`Produce v${v} then Fetch every version: same offsets, same bytes`, async (t) => {
    if (skipped(t)) return;
    const topic = await freshTopic();
    await sameProduce(t, v, produceBody(topic, 0, batch(5)), 'first batch');
    await sameProduce(t, v, produceBody(topic, 0, batch(7, 5)), 'second batch');
    await sameProduce(t, v, produceBody(topic, 1, batch(1)), 'other partition');
    for (let fv = 0; fv <= 12; fv++) {
      await sameFetch(t, fv, fetchBody(topic, 0, 0n), 'from 0');
      await sameFetch(t, fv, fetchBody(topic, 0, 6n), 'from the middle of a batch');
      await sameFetch(t, fv, fetchBody(topic, 0, 12n), 'at the high watermark');
      await sameFetch(t, fv, fetchBody(topic, 0, 13n), 'past the high watermark');
    }
  });
}

for (let v = 0; v <= 2; v++) {
  test.serial(`Produce v${v} with a legacy message set`, async (t) => {
    if (skipped(t)) return;
    const topic = await freshTopic();
    const magic = v < 2 ? 0 : 1;
    const set = encodeMessageSet({
      magic,
      messages: [
        { key: Buffer.from('a'), value: Buffer.from('one'), timestamp: T0 },
        { key: null, value: Buffer.from('two'), timestamp: T0 + 1 },
      ],
    });
    await sameProduce(t, v, produceBody(topic, 0, set), 'legacy set');
    for (const fv of [0, 2, 4, 12]) await sameFetch(t, fv, fetchBody(topic, 0, 0n), 'read back');
  });
}

test.serial(
  'Produce errors: unknown topic and partition, bad acks, corrupt and oversized batches',
  async (t) => {
    if (skipped(t)) return;
    const topic = await freshTopic();
    await sameProduce(t, 9, produceBody('dp-no-such-topic', 0, batch(1)), 'unknown topic');
    await sameProduce(t, 9, produceBody(topic, 7, batch(1)), 'unknown partition');
    await sameProduce(t, 9, produceBody(topic, 0, batch(1), 2), 'acks=2');
    const corrupt = batch(3);
    corrupt.writeUInt8(corrupt.readUInt8(corrupt.length - 1) ^ 0xff, corrupt.length - 1);
    await sameProduce(t, 9, produceBody(topic, 0, corrupt), 'bad CRC');
    const big = encodeRecordBatch({
      records: [{ key: null, value: Buffer.alloc(1_100_000, 1), timestamp: T0 }],
    });
    await sameProduce(t, 9, produceBody(topic, 0, big), 'batch above max.message.bytes');
    await sameProduce(t, 3, produceBody(topic, 0, batch(2)), 'still writable');
  },
);

test.serial('Produce acks=0 gets no response; the data is there', async (t) => {
  if (skipped(t)) return;
  const topic = await freshTopic();
  for (const c of [clients.kafka, clients.gossip]) {
    const frame = KafkaWireClient.encodeRequest(ProduceApi, 9, produceBody(topic, 0, batch(4), 0), 999);
    c.sendRaw(frame);
  }
  // The next response on each connection must be the Fetch's, not a Produce answer.
  for (let i = 0; i < 50; i++) {
    const [k] = await both((c) => c.send(FetchApi, 12, fetchBody(topic, 0, 0n)) as Promise<FetchResponse>);
    if ((k.responses[0]?.partitions[0]?.highWatermark ?? 0n) >= 4n) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await sameFetch(t, 12, fetchBody(topic, 0, 0n), 'after acks=0');
});

test.serial(
  'Fetch limits: a first batch larger than max_bytes is still returned; partition limits apply',
  async (t) => {
    if (skipped(t)) return;
    const topic = await freshTopic();
    await sameProduce(t, 9, produceBody(topic, 0, batch(20)), 'batch 1');
    await sameProduce(t, 9, produceBody(topic, 0, batch(20, 20)), 'batch 2');
    await sameProduce(t, 9, produceBody(topic, 1, batch(3)), 'partition 1');
    const both2 = (maxBytes: number, partitionMaxBytes: number): FetchBody => ({
      ...fetchBody(topic, 0, 0n),
      maxBytes,
      topics: [
        {
          topic,
          partitions: [0, 1].map((partition) => ({
            partition,
            fetchOffset: 0n,
            partitionMaxBytes,
            logStartOffset: -1n,
            currentLeaderEpoch: -1,
          })),
        },
      ],
    });
    for (const fv of [3, 4, 7, 11, 12]) {
      await sameFetch(t, fv, both2(10, 1 << 20), 'max_bytes 10');
      await sameFetch(t, fv, both2(1 << 20, 10), 'partition_max_bytes 10');
      await sameFetch(t, fv, both2(1 << 20, 1 << 20), 'no limits');
    }
    await sameFetch(t, 12, fetchBody('dp-no-such-topic', 0, 0n), 'unknown topic');
    await sameFetch(t, 12, fetchBody(topic, 0, 0n, { isolationLevel: 1 }), 'read_committed');
    await sameFetch(
      t,
      12,
      fetchBody(topic, 0, 0n, { maxWaitMs: 200, minBytes: 1 << 20 }),
      'long poll that times out',
    );
  },
);

test.serial('ListOffsets every version: earliest, latest, by timestamp, max timestamp', async (t) => {
  if (skipped(t)) return;
  const topic = await freshTopic();
  await sameProduce(t, 9, produceBody(topic, 0, batch(5)), 'batch 1');
  await sameProduce(t, 9, produceBody(topic, 0, batch(5, 5)), 'batch 2');
  const stamps = [-1n, -2n, BigInt(T0), BigInt(T0 + 2500), BigInt(T0 + 7000), BigInt(T0 + 99_000)];
  for (let v = 0; v <= 7; v++) {
    const timestamps = v === 7 ? [...stamps, -3n] : v === 0 ? [-1n, -2n] : stamps;
    for (const timestamp of timestamps) {
      const body = {
        replicaId: -1,
        isolationLevel: 0,
        topics: [
          {
            name: topic,
            partitions: [{ partitionIndex: 0, timestamp, maxNumOffsets: 5, currentLeaderEpoch: -1 }],
          },
        ],
      };
      const [k, g] = await both((c) => c.send(ListOffsetsApi, v, body));
      t.deepEqual(normalize(g), normalize(k), `ListOffsets v${v} timestamp ${timestamp}`);
    }
    const unknown = {
      replicaId: -1,
      topics: [{ name: 'dp-no-such-topic', partitions: [{ partitionIndex: 0, timestamp: -1n }] }],
    };
    const [k, g] = await both((c) => c.send(ListOffsetsApi, v, unknown));
    t.deepEqual(normalize(g), normalize(k), `ListOffsets v${v} unknown topic`);
  }
});

test.serial('read_committed without transactions: LSO = HW, empty aborted list, latest = HW', async (t) => {
  if (skipped(t)) return;
  const topic = await freshTopic();
  await sameProduce(t, 9, produceBody(topic, 0, batch(5)), 'batch 1');
  await sameProduce(t, 9, produceBody(topic, 0, batch(5, 5)), 'batch 2');
  for (const fv of [4, 5, 7, 11, 12]) {
    await sameFetch(t, fv, fetchBody(topic, 0, 0n, { isolationLevel: 1 }), 'read_committed from 0');
    await sameFetch(t, fv, fetchBody(topic, 0, 7n, { isolationLevel: 1 }), 'read_committed mid-batch');
    await sameFetch(t, fv, fetchBody(topic, 0, 10n, { isolationLevel: 1 }), 'read_committed at the HW');
    await sameFetch(t, fv, fetchBody(topic, 0, 11n, { isolationLevel: 1 }), 'read_committed past the HW');
    await sameFetch(t, fv, fetchBody(topic, 1, 0n, { isolationLevel: 1 }), 'read_committed empty partition');
  }
  for (let v = 2; v <= 7; v++) {
    const timestamps = v === 7 ? [-1n, -2n, BigInt(T0 + 2500), -3n] : [-1n, -2n, BigInt(T0 + 2500)];
    for (const timestamp of timestamps) {
      const body = {
        replicaId: -1,
        isolationLevel: 1,
        topics: [{ name: topic, partitions: [{ partitionIndex: 0, timestamp, currentLeaderEpoch: -1 }] }],
      };
      const [k, g] = await both((c) => c.send(ListOffsetsApi, v, body));
      t.deepEqual(normalize(g), normalize(k), `ListOffsets v${v} read_committed timestamp ${timestamp}`);
    }
  }
});

test.serial('DeleteRecords every version, then earliest offsets and fetches agree', async (t) => {
  if (skipped(t)) return;
  for (let v = 0; v <= 2; v++) {
    const topic = await freshTopic();
    await sameProduce(t, 9, produceBody(topic, 0, batch(4)), 'batch 1');
    await sameProduce(t, 9, produceBody(topic, 0, batch(4, 4)), 'batch 2');
    const del = (offset: bigint) => ({
      timeoutMs: 5000,
      topics: [{ name: topic, partitions: [{ partitionIndex: 0, offset }] }],
    });
    for (const offset of [2n, 100n, -1n]) {
      const [k, g] = await both((c) => c.send(DeleteRecordsApi, v, del(offset)));
      t.deepEqual(normalize(g), normalize(k), `DeleteRecords v${v} offset ${offset}`);
    }
    await sameFetch(t, 12, fetchBody(topic, 0, 0n), 'below the log start offset');
    await sameFetch(t, 12, fetchBody(topic, 0, 8n), 'at the new log start offset');
  }
});

/** A topic created with configs on both brokers (CreateTopics), ready for produce. */
async function topicWithConfigs(configs: { name: string; value: string }[]): Promise<string> {
  const name = `dp-${process.pid}-${topicSeq++}`;
  for (const c of [clients.kafka, clients.gossip]) {
    await c.send(CreateTopicsApi, 7, {
      topics: [{ name, numPartitions: 1, replicationFactor: 1, configs }],
      timeoutMs: 5000,
    });
    for (let i = 0; ; i++) {
      const res = (await c.send(MetadataApi, 9, { topics: [{ name }] })) as MetadataResponse;
      if (res.topics[0]?.errorCode === 0 && res.topics[0].partitions[0]?.leaderId === 1) break;
      if (i > 100) throw new Error(`topic ${name} not ready`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return name;
}

test.serial('a compacted topic refuses records without a key, per record', async (t) => {
  if (skipped(t)) return;
  const topic = await topicWithConfigs([{ name: 'cleanup.policy', value: 'compact' }]);
  const mixed = encodeRecordBatch({
    records: [
      { key: Buffer.from('k'), value: Buffer.from('v'), timestamp: T0 },
      { key: null, value: Buffer.from('no key'), timestamp: T0 },
      { key: null, value: null, timestamp: T0 },
    ],
  });
  for (const v of [3, 7, 8, 11]) await sameProduce(t, v, produceBody(topic, 0, mixed), 'null keys');
  await sameProduce(t, 9, produceBody(topic, 0, batch(3, 1)), 'keyed records still go in');
});

test.serial('LogAppendTime topics stamp the broker time', async (t) => {
  if (skipped(t)) return;
  const topic = await topicWithConfigs([{ name: 'message.timestamp.type', value: 'LogAppendTime' }]);
  const [k, g] = await both(
    (c) => c.send(ProduceApi, 9, produceBody(topic, 0, batch(3))) as Promise<ProduceResponse>,
  );
  const kp = k.responses[0]!.partitionResponses[0]!;
  const gp = g.responses[0]!.partitionResponses[0]!;
  t.is(gp.errorCode, kp.errorCode);
  t.is(gp.baseOffset, kp.baseOffset);
  t.true(gp.logAppendTimeMs > 0n && kp.logAppendTimeMs > 0n, 'both report their append time');
  const fetched = await fetchBody(topic, 0, 0n);
  const [kf, gf] = await both((c) => c.send(FetchApi, 12, fetched) as Promise<FetchResponse>);
  const stamp = (res: FetchResponse) => {
    const header = new RecordBatchHeader(res.responses[0]!.partitions[0]!.records!);
    return { attributes: header.attributes & 0x08, maxTimestamp: header.maxTimestamp };
  };
  t.is(stamp(gf).attributes, stamp(kf).attributes, 'the timestamp-type bit is set');
  t.is(stamp(gf).maxTimestamp, gp.logAppendTimeMs, 'the batch carries the append time');
});
