// Differential test: the same ApiVersions-negotiated Metadata requests go to the reference Apache
// Kafka 3.9 broker and to GOssip, and the decoded responses are compared field by field after
// normalize() blanks what must differ (cluster and node ids, hosts, ports, topic ids, throttle).
// Covers every Metadata version 0-12: all topics, named topics, an unknown topic, auto-create on and
// off, invalid names, authorized operations, and v12 lookup by topic id.
import test, { type ExecutionContext } from 'ava';
import { readResponseHeader } from '../../wire/framing.js';
import { MetadataApi, type MetadataResponse } from '../../wire/generated/api/003-metadata.js';
import { ApiVersionsApi } from '../../wire/generated/api/018-api-versions.js';
import { Reader } from '../../wire/primitives/index.js';
import { missing, skippedFor } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import {
  type ReferenceKafka,
  referenceKafkaAvailable,
  startReferenceKafka,
} from '../harness/reference-kafka.js';
import { normalize } from './normalize.js';

type MetadataRequestInit = Parameters<typeof MetadataApi.encodeRequest>[2];

interface Pair {
  kafka: KafkaWireClient;
  gossip: KafkaWireClient;
}

const numPartitions = 3;
let kafkaAuto: ReferenceKafka | undefined;
let kafkaManual: ReferenceKafka | undefined;
let gossipAuto: GossipBroker | undefined;
let gossipManual: GossipBroker | undefined;
let auto: Pair;
let manual: Pair;
let skip: string | undefined;

test.before(async () => {
  skip = missing('java and mvn (for the reference Kafka broker)', referenceKafkaAvailable());
  if (skip) return;
  [kafkaAuto, kafkaManual, gossipAuto, gossipManual] = await Promise.all([
    startReferenceKafka({ numPartitions }),
    startReferenceKafka({ numPartitions, autoCreateTopics: false }),
    startGossip({ props: { 'num.partitions': String(numPartitions) } }),
    startGossip({ props: { 'num.partitions': String(numPartitions), 'auto.create.topics.enable': 'false' } }),
  ]);
  auto = {
    kafka: await KafkaWireClient.connect(kafkaAuto.host, kafkaAuto.port),
    gossip: await KafkaWireClient.connect(gossipAuto.host, gossipAuto.port),
  };
  manual = {
    kafka: await KafkaWireClient.connect(kafkaManual.host, kafkaManual.port),
    gossip: await KafkaWireClient.connect(gossipManual.host, gossipManual.port),
  };
  // The same existing topic on both auto-create brokers.
  for (const c of [auto.kafka, auto.gossip]) await createAndWait(c, 'diff-existing');
});

test.after.always(async () => {
  for (const c of [auto?.kafka, auto?.gossip, manual?.kafka, manual?.gossip]) c?.close();
  await Promise.all([kafkaAuto?.stop(), kafkaManual?.stop(), gossipAuto?.stop(), gossipManual?.stop()]);
});

function request(v: number, names: string[] | null, allowAutoCreate = true): MetadataRequestInit {
  const topics = names === null ? (v === 0 ? [] : null) : names.map((name) => ({ name }));
  return { topics, allowAutoTopicCreation: allowAutoCreate };
}

async function metadata(c: KafkaWireClient, v: number, body: MetadataRequestInit): Promise<MetadataResponse> {
  return (await c.send(MetadataApi, v, body)) as MetadataResponse;
}

/** Auto-creates a topic through Metadata and waits until every partition has a leader. */
async function createAndWait(c: KafkaWireClient, name: string): Promise<MetadataResponse> {
  for (let i = 0; i < 100; i++) {
    const res = await metadata(c, 12, request(12, [name]));
    const t = res.topics[0];
    if (t && t.errorCode === 0 && t.partitions.length > 0 && t.partitions.every((p) => p.leaderId >= 0))
      return res;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`topic ${name} did not become available`);
}

async function same(t: ExecutionContext, pair: Pair, v: number, body: MetadataRequestInit, label: string) {
  const [k, g] = await Promise.all([metadata(pair.kafka, v, body), metadata(pair.gossip, v, body)]);
  t.deepEqual(normalize(g), normalize(k), `Metadata v${v} ${label}`);
  return { kafka: k, gossip: g };
}

const skipped = (t: ExecutionContext): boolean => skippedFor(t, skip);

test.serial('both brokers negotiate Metadata 0-12 through ApiVersions', async (t) => {
  if (skipped(t)) return;
  for (const c of [auto.kafka, auto.gossip]) {
    const res = (await c.send(ApiVersionsApi, 3, {
      clientSoftwareName: 'gossip-differential',
      clientSoftwareVersion: '1',
    })) as { errorCode: number; apiKeys: { apiKey: number; minVersion: number; maxVersion: number }[] };
    t.is(res.errorCode, 0);
    const meta = res.apiKeys.find((k) => k.apiKey === 3);
    t.truthy(meta);
    t.true(meta!.minVersion <= 0 && meta!.maxVersion >= 12);
  }
});

test.serial('ApiVersions: every GOssip range lies within Kafka 3.9 ranges', async (t) => {
  if (skipped(t)) return;
  type Res = { apiKeys: { apiKey: number; minVersion: number; maxVersion: number }[] };
  const k = (await auto.kafka.send(ApiVersionsApi, 2, {})) as Res;
  const g = (await auto.gossip.send(ApiVersionsApi, 2, {})) as Res;
  for (const range of g.apiKeys) {
    const theirs = k.apiKeys.find((x) => x.apiKey === range.apiKey);
    t.truthy(theirs, `Kafka serves api ${range.apiKey}`);
    t.true(range.minVersion >= theirs!.minVersion && range.maxVersion <= theirs!.maxVersion);
  }
});

for (let v = 0; v <= 12; v++) {
  test.serial(`Metadata v${v}: all topics`, async (t) => {
    if (skipped(t)) return;
    await same(t, auto, v, request(v, null), 'all topics');
  });

  test.serial(`Metadata v${v}: a named existing topic, twice in one request`, async (t) => {
    if (skipped(t)) return;
    await same(t, auto, v, request(v, ['diff-existing']), 'named');
    await same(t, auto, v, request(v, ['diff-existing', 'diff-existing']), 'duplicate names');
  });

  test.serial(`Metadata v${v}: unknown topic with auto-create off`, async (t) => {
    if (skipped(t)) return;
    await same(t, manual, v, request(v, [`diff-missing-${v}`]), 'unknown topic, broker auto-create off');
    if (v >= 4)
      await same(t, auto, v, request(v, [`diff-missing-${v}`], false), 'unknown topic, request forbids');
    const after = await metadata(manual.gossip, v, request(v, [`diff-missing-${v}`]));
    t.is(after.topics[0]?.errorCode, 3, 'nothing was created');
  });

  test.serial(`Metadata v${v}: auto-create on`, async (t) => {
    if (skipped(t)) return;
    const name = `diff-auto-${v}`;
    await same(t, auto, v, request(v, [name]), 'first request creates');
    await createAndWait(auto.kafka, name);
    await createAndWait(auto.gossip, name);
    await same(t, auto, v, request(v, [name]), 'after creation');
  });

  test.serial(`Metadata v${v}: invalid topic names`, async (t) => {
    if (skipped(t)) return;
    await same(t, auto, v, request(v, ['bad name!']), 'illegal characters');
    await same(t, auto, v, request(v, ['x'.repeat(250)]), 'too long');
    await same(t, manual, v, request(v, ['bad name!']), 'illegal characters, auto-create off');
  });

  if (v >= 1) {
    test.serial(`Metadata v${v}: an empty topic list asks for no topics`, async (t) => {
      if (skipped(t)) return;
      await same(t, auto, v, { topics: [] }, 'empty list');
    });
  }

  if (v >= 8) {
    test.serial(`Metadata v${v}: authorized operations`, async (t) => {
      if (skipped(t)) return;
      const body: MetadataRequestInit = {
        ...request(v, ['diff-existing']),
        includeTopicAuthorizedOperations: true,
        includeClusterAuthorizedOperations: v <= 10,
      };
      await same(t, auto, v, body, 'authorized operations');
    });
  }

  if (v === 10 || v === 11) {
    test.serial(`Metadata v${v}: topic ids are refused`, async (t) => {
      if (skipped(t)) return;
      const id = Buffer.alloc(16, 7).toString('base64url');
      await same(t, auto, v, { topics: [{ topicId: id, name: 'diff-existing' }] }, 'topic id in v10/11');
    });
  }
}

test.serial('Metadata v12: lookup by topic id, and an unknown id', async (t) => {
  if (skipped(t)) return;
  const ids = await Promise.all(
    [auto.kafka, auto.gossip].map(async (c) => (await createAndWait(c, 'diff-existing')).topics[0]!.topicId),
  );
  const [k, g] = await Promise.all([
    metadata(auto.kafka, 12, { topics: [{ topicId: ids[0]!, name: null }] }),
    metadata(auto.gossip, 12, { topics: [{ topicId: ids[1]!, name: null }] }),
  ]);
  t.deepEqual(normalize(g), normalize(k), 'by id');
  t.is(g.topics[0]?.name, 'diff-existing');
  const unknown = Buffer.alloc(16, 9).toString('base64url');
  await same(t, auto, 12, { topics: [{ topicId: unknown, name: null }] }, 'unknown id');
});

test.serial('ApiVersions above the served range gets the KIP-511 fallback from both', async (t) => {
  if (skipped(t)) return;
  const answers = await Promise.all(
    [auto.kafka, auto.gossip].map(async (c) => {
      // A v3-shaped body announced as v99: neither broker serves it.
      const frame = KafkaWireClient.encodeRequest(
        ApiVersionsApi,
        3,
        { clientSoftwareName: 'future', clientSoftwareVersion: '9' },
        4242,
      );
      frame.writeInt16BE(99, 6);
      const response = c.readFrame();
      c.sendRaw(frame);
      const r = new Reader(await response);
      t.is(readResponseHeader(r, 0).correlationId, 4242);
      const res = ApiVersionsApi.decodeResponse(r, 0);
      t.is(r.remaining, 0, 'a v0 body with header v0');
      return { errorCode: res.errorCode, keys: res.apiKeys.map((k) => [k.apiKey, k.minVersion]) };
    }),
  );
  t.deepEqual(answers[1], answers[0]);
  t.is(answers[0]!.errorCode, 35);
});

test.serial('an unknown API key closes the connection on both', async (t) => {
  if (skipped(t)) return;
  for (const broker of [kafkaAuto!, gossipAuto!]) {
    const c = await KafkaWireClient.connect(broker.host, broker.port);
    const frame = KafkaWireClient.encodeRequest(ApiVersionsApi, 0, {}, 7);
    frame.writeInt16BE(999, 4);
    c.sendRaw(frame);
    await c.closed;
    t.pass();
  }
});
