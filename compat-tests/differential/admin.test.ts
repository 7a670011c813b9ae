// Differential test of the topic admin APIs: identical CreateTopics, DeleteTopics, CreatePartitions,
// DescribeConfigs, AlterConfigs, IncrementalAlterConfigs and DescribeCluster requests go to the
// reference Apache Kafka 3.9 broker and to GOssip, at every version GOssip serves, and the decoded
// responses are compared after normalize(). Lists Kafka builds from hash sets (results of
// CreatePartitions/DeleteTopics, config lists) are sorted. Deliberate differences, compared only
// in their common part: broker resources list far fewer properties in GOssip, so broker
// DescribeConfigs asks for named keys both know; documentation (null in GOssip) is blanked.
import test, { type ExecutionContext } from 'ava';
import type { ApiCodec } from '../../wire/api-codec.js';
import { CreateTopicsApi, type CreateTopicsResponse } from '../../wire/generated/api/019-create-topics.js';
import { DeleteTopicsApi } from '../../wire/generated/api/020-delete-topics.js';
import {
  DescribeConfigsApi,
  type DescribeConfigsResponse,
} from '../../wire/generated/api/032-describe-configs.js';
import { AlterConfigsApi } from '../../wire/generated/api/033-alter-configs.js';
import { CreatePartitionsApi } from '../../wire/generated/api/037-create-partitions.js';
import { IncrementalAlterConfigsApi } from '../../wire/generated/api/044-incremental-alter-configs.js';
import { DescribeClusterApi } from '../../wire/generated/api/060-describe-cluster.js';
import type { Init } from '../../wire/primitives/index.js';
import { missing, skippedFor } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import {
  type ReferenceKafka,
  referenceKafkaAvailable,
  startReferenceKafka,
} from '../harness/reference-kafka.js';
import { type NormalizeOptions, normalize } from './normalize.js';

const numPartitions = 2;
const SORT = ['configs'];
/** CreatePartitions and DeleteTopics answer in Java hash-set order. */
const HASHED = { sort: ['results', 'responses'] };
const ZERO = 'AAAAAAAAAAAAAAAAAAAAAA';
let kafka: ReferenceKafka | undefined;
let gossip: GossipBroker | undefined;
let k: KafkaWireClient;
let g: KafkaWireClient;
let skip: string | undefined;

test.before(async () => {
  skip = missing('java and mvn (for the reference Kafka broker)', referenceKafkaAvailable());
  if (skip) return;
  [kafka, gossip] = await Promise.all([
    startReferenceKafka({ numPartitions }),
    startGossip({ props: { 'num.partitions': String(numPartitions) } }),
  ]);
  k = await KafkaWireClient.connect(kafka.host, kafka.port);
  g = await KafkaWireClient.connect(gossip.host, gossip.port);
});

test.after.always(async () => {
  k?.close();
  g?.close();
  await Promise.all([kafka?.stop(), gossip?.stop()]);
});

const skipped = (t: ExecutionContext): boolean => skippedFor(t, skip);

/** Sends one request to both brokers and compares the normalized answers; returns Kafka's and ours. */
async function same<Req, Res>(
  t: ExecutionContext,
  api: ApiCodec<Req, Res>,
  v: number,
  body: Init<Req>,
  label: string,
  options: NormalizeOptions = {},
): Promise<{ kafka: Res; gossip: Res }> {
  const [kr, gr] = await Promise.all([k.send(api, v, body), g.send(api, v, body)]);
  const opts = { ...options, sort: [...SORT, ...(options.sort ?? [])] };
  t.deepEqual(normalize(gr, opts), normalize(kr, opts), `${api.name} v${v} ${label}`);
  return { kafka: kr, gossip: gr };
}

function topic(name: string, partitions = 1, rf = 1, configs: Record<string, string | null> = {}) {
  return {
    name,
    numPartitions: partitions,
    replicationFactor: rf,
    assignments: [],
    configs: Object.entries(configs).map(([n, value]) => ({ name: n, value })),
  };
}

/** Creates topics on both brokers (v7) and returns each broker's topic ids by name. */
async function createBoth(t: ExecutionContext, topics: ReturnType<typeof topic>[]) {
  const { kafka: kr, gossip: gr } = await same(t, CreateTopicsApi, 7, { topics, timeoutMs: 5000 }, 'setup');
  const ids = (r: CreateTopicsResponse) => new Map(r.topics.map((x) => [x.name, x.topicId]));
  return { kafka: ids(kr), gossip: ids(gr) };
}

for (let v = 0; v <= 7; v++) {
  test.serial(
    `CreateTopics v${v}: ok, duplicate, invalid name, partitions, replication, configs`,
    async (t) => {
      if (skipped(t)) return;
      const topics = [
        topic(`ct${v}-ok`, 2, 1, { 'retention.ms': '1000', 'cleanup.policy': 'compact' }),
        topic(`ct${v}-dup`),
        topic(`ct${v}-dup`),
        topic('bad name!'),
        topic(`ct${v}-p0`, 0),
        topic(`ct${v}-pm2`, -2),
        topic(`ct${v}-rf3`, 1, 3),
        topic(`ct${v}-rf0`, 1, 0),
        topic(`ct${v}-badcfg`, 1, 1, { 'retention.ms': 'abc' }),
        topic(`ct${v}-unkcfg`, 1, 1, { 'foo.bar': '1' }),
        topic(`ct${v}-nullcfg`, 1, 1, { 'retention.ms': null }),
        topic(`ct${v}-lag`, 1, 1, { 'min.compaction.lag.ms': '10', 'max.compaction.lag.ms': '5' }),
        topic(`ct${v}-def`, -1, -1),
        topic('__cluster_metadata'),
      ];
      const { gossip: res } = await same(t, CreateTopicsApi, v, { topics, timeoutMs: 5000 }, 'mixed');
      const codes = new Map(res.topics.map((x) => [x.name, x.errorCode]));
      t.is(codes.get(`ct${v}-ok`), 0);
      t.is(codes.get(`ct${v}-dup`), 42);
      t.is(codes.get('bad name!'), 17);
      t.is(codes.get(`ct${v}-p0`), 37);
      t.is(codes.get(`ct${v}-rf3`), 38);
      t.is(codes.get(`ct${v}-unkcfg`), 40);
      t.is(res.topics.filter((x) => x.name === `ct${v}-dup`).length, 1);
      await same(t, CreateTopicsApi, v, { topics: [topic(`ct${v}-ok`)], timeoutMs: 5000 }, 'already exists');
      if (v >= 1) {
        const body = {
          topics: [topic(`ct${v}-vo`, 3, 1, { 'segment.ms': '5000' }), topic(`ct${v}-ok`)],
          timeoutMs: 5000,
          validateOnly: true,
        };
        await same(t, CreateTopicsApi, v, body, 'validate_only');
        // validate_only created nothing: creating it for real works on both.
        const again = await same(
          t,
          CreateTopicsApi,
          v,
          { topics: [topic(`ct${v}-vo`)], timeoutMs: 5000 },
          'after',
        );
        t.is(again.gossip.topics[0]?.errorCode, 0);
      }
    },
  );
}

test.serial('CreateTopics v7: manual assignments', async (t) => {
  if (skipped(t)) return;
  const assigned = (name: string, np: number, rf: number, a: [number, number[]][]) => ({
    name,
    numPartitions: np,
    replicationFactor: rf,
    assignments: a.map(([partitionIndex, brokerIds]) => ({ partitionIndex, brokerIds })),
    configs: [],
  });
  const topics = [
    assigned('as-ok', -1, -1, [
      [0, [1]],
      [1, [1]],
    ]),
    assigned('as-np', 2, -1, [[0, [1]]]),
    assigned('as-gap', -1, -1, [[1, [1]]]),
    assigned('as-unknown-broker', -1, -1, [[0, [2]]]),
    assigned('as-twice', -1, -1, [[0, [1, 1]]]),
    assigned('as-empty', -1, -1, [
      [0, [1]],
      [1, []],
    ]),
  ];
  await same(t, CreateTopicsApi, 7, { topics, timeoutMs: 5000 }, 'assignments');
});

for (let v = 0; v <= 6; v++) {
  test.serial(`DeleteTopics v${v}: existing, unknown, duplicate${v >= 6 ? ', by id' : ''}`, async (t) => {
    if (skipped(t)) return;
    const ids = await createBoth(t, [topic(`dt${v}-a`), topic(`dt${v}-b`), topic(`dt${v}-c`)]);
    if (v < 6) {
      const body = {
        topicNames: [`dt${v}-a`, `dt${v}-missing`, 'bad name!', `dt${v}-b`, `dt${v}-b`],
        timeoutMs: 5000,
      };
      const res = await same(t, DeleteTopicsApi, v, body, 'by name', HASHED);
      t.is(res.gossip.responses.find((r) => r.name === `dt${v}-a`)?.errorCode, 0);
      await same(
        t,
        DeleteTopicsApi,
        v,
        { topicNames: [`dt${v}-a`], timeoutMs: 5000 },
        'deleted already',
        HASHED,
      );
      return;
    }
    const unknownId = Buffer.alloc(16, 7).toString('base64url');
    const body = (mine: Map<string, string>) => ({
      timeoutMs: 5000,
      topics: [
        { name: null, topicId: mine.get(`dt${v}-a`)! },
        { name: `dt${v}-b`, topicId: ZERO },
        { name: null, topicId: unknownId },
        { name: `dt${v}-missing`, topicId: ZERO },
        { name: 'x', topicId: mine.get(`dt${v}-c`)! },
        { name: null, topicId: ZERO },
      ],
    });
    const [kr, gr] = await Promise.all([
      k.send(DeleteTopicsApi, v, body(ids.kafka)),
      g.send(DeleteTopicsApi, v, body(ids.gossip)),
    ]);
    const opts = { sort: [...SORT, ...HASHED.sort] };
    t.deepEqual(normalize(gr, opts), normalize(kr, opts), 'DeleteTopics v6 by id and name');
    t.is(gr.responses.find((r) => r.topicId === unknownId)?.errorCode, 100);
    t.is(gr.responses.find((r) => r.name === `dt${v}-a`)?.errorCode, 0, 'the name is filled in');
    const dup = {
      timeoutMs: 5000,
      topics: [
        { name: `dt${v}-c`, topicId: ZERO },
        { name: `dt${v}-c`, topicId: ZERO },
      ],
    };
    await same(t, DeleteTopicsApi, v, dup, 'duplicate name', HASHED);
  });
}

for (let v = 0; v <= 3; v++) {
  test.serial(`CreatePartitions v${v}: increase, same, decrease, unknown, validate_only`, async (t) => {
    if (skipped(t)) return;
    await createBoth(t, [topic(`cp${v}-a`, 1), topic(`cp${v}-b`, 2), topic(`cp${v}-c`, 2)]);
    const p = (name: string, count: number) => ({ name, count, assignments: null });
    const vo = {
      topics: [p(`cp${v}-a`, 4), p(`cp${v}-b`, 2), p(`cp${v}-dup`, 3), p(`cp${v}-dup`, 3)],
      timeoutMs: 5000,
      validateOnly: true,
    };
    await same(t, CreatePartitionsApi, v, vo, 'validate_only', HASHED);
    const body = {
      topics: [p(`cp${v}-a`, 3), p(`cp${v}-b`, 2), p(`cp${v}-c`, 1), p(`cp${v}-missing`, 3)],
      timeoutMs: 5000,
      validateOnly: false,
    };
    const res = await same(t, CreatePartitionsApi, v, body, 'mixed', HASHED);
    t.deepEqual(
      res.gossip.results.map((r) => [r.name, r.errorCode]).sort(),
      [
        [`cp${v}-a`, 0],
        [`cp${v}-b`, 37],
        [`cp${v}-c`, 37],
        [`cp${v}-missing`, 3],
      ].sort(),
    );
    await same(
      t,
      CreatePartitionsApi,
      v,
      { topics: [p(`cp${v}-a`, 3)], timeoutMs: 5000 },
      'now 3 partitions',
      HASHED,
    );
    const assigned = {
      topics: [
        { name: `cp${v}-a`, count: 4, assignments: [{ brokerIds: [1] }] },
        { name: `cp${v}-b`, count: 4, assignments: [{ brokerIds: [1] }] },
      ],
      timeoutMs: 5000,
    };
    await same(t, CreatePartitionsApi, v, assigned, 'assignments', HASHED);
  });
}

const BROKER_KEYS = [
  'num.partitions',
  'log.cleanup.policy',
  'message.max.bytes',
  'log.retention.ms',
  'log.segment.bytes',
];

async function describe(
  t: ExecutionContext,
  v: number,
  resources: { resourceType: number; resourceName: string; configurationKeys: string[] | null }[],
  label: string,
  includeSynonyms = true,
  includeDocumentation = false,
) {
  const body = { resources, includeSynonyms, includeDocumentation };
  // GOssip has no documentation text (null); Kafka's is dropped before comparing.
  const seen = (r: DescribeConfigsResponse) =>
    normalize(
      {
        ...r,
        results: r.results.map((x) => ({
          ...x,
          configs: x.configs.map((c) => ({ ...c, documentation: null })),
        })),
      },
      { sort: SORT },
    );
  // Kafka's broker applies committed config changes a moment after answering the change: ask again
  // until both agree (or give up and compare the last answers).
  for (let attempt = 0; ; attempt++) {
    const [kr, gr] = await Promise.all([
      k.send(DescribeConfigsApi, v, body),
      g.send(DescribeConfigsApi, v, body),
    ]);
    if (attempt === 29 || JSON.stringify(seen(gr)) === JSON.stringify(seen(kr))) {
      t.deepEqual(seen(gr), seen(kr), `DescribeConfigs v${v} ${label}`);
      if (includeDocumentation && v >= 3)
        t.true(gr.results.every((x) => x.configs.every((c) => c.documentation === null)));
      return { kafka: kr, gossip: gr };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test.serial('DescribeConfigs set-up: topics with and without overrides', async (t) => {
  if (skipped(t)) return;
  await createBoth(t, [
    topic('dc-plain'),
    topic('dc-over', 1, 1, {
      'retention.ms': '1000',
      'cleanup.policy': 'compact',
      'max.message.bytes': '2000',
    }),
  ]);
  t.pass();
});

for (let v = 0; v <= 4; v++) {
  test.serial(`DescribeConfigs v${v}: topics, keys, unknown topic, broker`, async (t) => {
    if (skipped(t)) return;
    const all = (name: string) => ({ resourceType: 2, resourceName: name, configurationKeys: null });
    await describe(t, v, [all('dc-plain'), all('dc-over')], 'all configs', false);
    await describe(t, v, [all('dc-over')], 'with synonyms', true);
    if (v >= 3) await describe(t, v, [all('dc-over')], 'with documentation', true, true);
    const keys = {
      resourceType: 2,
      resourceName: 'dc-over',
      configurationKeys: ['retention.ms', 'segment.ms', 'nope'],
    };
    const empty = { resourceType: 2, resourceName: 'dc-plain', configurationKeys: [] };
    const res = await describe(
      t,
      v,
      [keys, empty, all('dc-missing'), all('bad name!'), all('')],
      'keys and errors',
    );
    t.is(res.gossip.results[2]?.errorCode, 3);
    const broker = (name: string) => ({
      resourceType: 4,
      resourceName: name,
      configurationKeys: BROKER_KEYS,
    });
    await describe(t, v, [broker('1')], 'broker (common keys)');
    await describe(t, v, [broker(''), broker('2'), broker('x')], 'cluster default and other brokers');
  });
}

async function describeAfter(t: ExecutionContext, names: string[], label: string) {
  const keys = ['retention.ms', 'segment.ms', 'cleanup.policy', 'max.message.bytes'];
  const resources = names.map((resourceName) => ({ resourceType: 2, resourceName, configurationKeys: keys }));
  await describe(t, 4, resources, label);
}

for (let v = 0; v <= 2; v++) {
  test.serial(`AlterConfigs v${v}: replace all, errors, validate_only, then describe`, async (t) => {
    if (skipped(t)) return;
    const a = `ac${v}-a`;
    const b = `ac${v}-b`;
    await createBoth(t, [topic(a, 1, 1, { 'retention.ms': '1000' }), topic(b)]);
    const res = (resourceName: string, configs: Record<string, string | null>, resourceType = 2) => ({
      resourceType,
      resourceName,
      configs: Object.entries(configs).map(([name, value]) => ({ name, value })),
    });
    const vo = {
      validateOnly: true,
      resources: [res(a, { 'segment.ms': '5000' }), res(b, { 'retention.ms': 'x' })],
    };
    await same(t, AlterConfigsApi, v, vo, 'validate_only');
    await describeAfter(t, [a, b], 'nothing changed');
    const mixed = {
      validateOnly: false,
      resources: [
        res(a, { 'cleanup.policy': 'compact', 'segment.ms': '100000' }),
        res(`ac${v}-missing`, { 'retention.ms': '1' }),
        res(b, { 'retention.ms': 'abc' }),
        res('bad name!', { 'retention.ms': '1' }),
      ],
    };
    const out = await same(t, AlterConfigsApi, v, mixed, 'mixed');
    t.deepEqual(
      out.gossip.responses.map((r) => r.errorCode),
      [0, 3, 40, 17],
    );
    await same(t, AlterConfigsApi, v, { resources: [res(b, { 'foo.bar': '1' })] }, 'unknown config');
    await describeAfter(t, [a, b], 'after set (retention.ms override removed)');
    const dupKeys = {
      resources: [
        {
          resourceType: 2,
          resourceName: b,
          configs: [
            { name: 'retention.ms', value: '1' },
            { name: 'retention.ms', value: '2' },
          ],
        },
      ],
    };
    await same(t, AlterConfigsApi, v, dupKeys, 'duplicate keys');
    await same(t, AlterConfigsApi, v, { resources: [res(b, { 'retention.ms': null })] }, 'null value');
    await same(t, AlterConfigsApi, v, { resources: [res(a, {})] }, 'remove all');
    await describeAfter(t, [a], 'after remove all');
  });
}

test.serial('AlterConfigs on broker resources, then describe topic defaults and broker', async (t) => {
  if (skipped(t)) return;
  await createBoth(t, [topic('acb-a')]);
  const res = (resourceName: string, configs: Record<string, string>) => ({
    resourceType: 4,
    resourceName,
    configs: Object.entries(configs).map(([name, value]) => ({ name, value })),
  });
  const body = {
    resources: [
      res('1', { 'log.retention.ms': '5000' }),
      res('', { 'log.cleanup.policy': 'compact' }),
      res('2', { 'log.retention.ms': '1' }),
      res('x', {}),
    ],
  };
  await same(t, AlterConfigsApi, 1, body, 'broker and cluster default');
  await same(t, AlterConfigsApi, 1, { resources: [res('1', { 'log.segment.bytes': 'x' })] }, 'invalid value');
  await same(t, AlterConfigsApi, 1, { resources: [res('1', { 'num.partitions': '3' })] }, 'read-only');
  await describeAfter(t, ['acb-a'], 'topic sees broker changes');
  const broker = (name: string) => ({ resourceType: 4, resourceName: name, configurationKeys: BROKER_KEYS });
  await describe(t, 4, [broker('1'), broker('')], 'broker after change');
  const created = await same(
    t,
    CreateTopicsApi,
    5,
    { topics: [topic('acb-b')], timeoutMs: 5000 },
    'new topic',
  );
  t.is(created.gossip.topics[0]?.configs?.find((c) => c.name === 'retention.ms')?.configSource, 2);
  await same(t, AlterConfigsApi, 1, { resources: [res('1', {}), res('', {})] }, 'reset');
  await describe(t, 4, [broker('1'), broker('')], 'broker after reset');
});

for (let v = 0; v <= 1; v++) {
  test.serial(
    `IncrementalAlterConfigs v${v}: set, delete, append, subtract, errors, validate_only`,
    async (t) => {
      if (skipped(t)) return;
      const a = `iac${v}-a`;
      const b = `iac${v}-b`;
      await createBoth(t, [topic(a, 1, 1, { 'segment.ms': '5000' }), topic(b)]);
      const op = (name: string, configOperation: number, value: string | null) => ({
        name,
        configOperation,
        value,
      });
      const r = (resourceName: string, ...configs: ReturnType<typeof op>[]) => ({
        resourceType: 2,
        resourceName,
        configs,
      });
      const send = (label: string, resources: ReturnType<typeof r>[], validateOnly = false) =>
        same(t, IncrementalAlterConfigsApi, v, { resources, validateOnly }, label);
      await send('set and delete', [r(a, op('retention.ms', 0, '7000'), op('segment.ms', 1, null))]);
      await send('append', [r(a, op('cleanup.policy', 2, 'compact'))]);
      await send('append again', [r(a, op('cleanup.policy', 2, 'compact,delete'))]);
      await describeAfter(t, [a], 'after append');
      await send('subtract', [r(a, op('cleanup.policy', 3, 'delete'))]);
      await send('subtract everything', [r(b, op('cleanup.policy', 3, 'delete'))]);
      await describeAfter(t, [a, b], 'after subtract');
      await send('append to a non-list', [r(a, op('retention.ms', 2, '1'))]);
      await send('unknown operation', [r(a, op('retention.ms', 7, '1'))]);
      await send('invalid value, unknown key, unknown topic', [
        r(a, op('retention.ms', 0, 'x')),
        r(b, op('nope.y', 0, '1')),
        r(`iac${v}-missing`, op('retention.ms', 0, '1')),
      ]);
      await send('a resource twice', [r(b, op('retention.ms', 0, '1')), r(b, op('segment.ms', 0, '1'))]);
      await send('validate_only', [r(b, op('retention.ms', 0, '9'))], true);
      await send('set null', [r(b, op('retention.ms', 0, null))]);
      await send('duplicate keys', [r(b, op('retention.ms', 0, '1'), op('retention.ms', 1, null))]);
      await describeAfter(t, [a, b], 'final');
      const broker = { resourceType: 4, resourceName: '1', configs: [op('log.retention.ms', 0, '4000')] };
      await same(t, IncrementalAlterConfigsApi, v, { resources: [broker] }, 'broker set');
      await describeAfter(t, [b], 'topic default from the broker');
      const reset = { resourceType: 4, resourceName: '1', configs: [op('log.retention.ms', 1, null)] };
      const others = [2, 'x'].map((n) => ({ resourceType: 4, resourceName: String(n), configs: [] }));
      await same(t, IncrementalAlterConfigsApi, v, { resources: [reset, ...others] }, 'broker delete');
    },
  );
}

for (let v = 0; v <= 1; v++) {
  test.serial(`DescribeCluster v${v}`, async (t) => {
    if (skipped(t)) return;
    await same(
      t,
      DescribeClusterApi,
      v,
      { includeClusterAuthorizedOperations: false, endpointType: 1 },
      'plain',
    );
    await same(
      t,
      DescribeClusterApi,
      v,
      { includeClusterAuthorizedOperations: true, endpointType: 1 },
      'with ops',
    );
    if (v >= 1) {
      await same(
        t,
        DescribeClusterApi,
        v,
        { includeClusterAuthorizedOperations: false, endpointType: 2 },
        'controller',
      );
      await same(
        t,
        DescribeClusterApi,
        v,
        { includeClusterAuthorizedOperations: false, endpointType: 3 },
        'unknown',
      );
    }
  });
}
