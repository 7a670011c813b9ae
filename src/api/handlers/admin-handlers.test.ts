// Unit tests of the topic admin handlers against a real metadata controller in a temp dir:
// CreateTopics (defaults, duplicates, v5+ configs), DeleteTopics by id, CreatePartitions with
// validate_only, AlterConfigs replace-all, IncrementalAlterConfigs APPEND/SUBTRACT, DescribeConfigs
// sources and broker checks, and DescribeCluster endpoint types. The differential suite in
// compat-tests compares the same APIs with Kafka byte for byte after decoding.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { ZERO_UUID } from '../../../wire/primitives/index.js';
import { ManualClock } from '../../common/clock.js';
import { SeededRandom } from '../../common/random.js';
import { loadConfig } from '../../config/config.js';
import { MetadataController } from '../../metadata/controller.js';
import type { HandlerDeps } from '../deps.js';
import type { Handler, RequestContext } from '../handler.js';
import { createTopicsHandler } from './019-create-topics.js';
import { deleteTopicsHandler } from './020-delete-topics.js';
import { describeConfigsHandler } from './032-describe-configs.js';
import { alterConfigsHandler } from './033-alter-configs.js';
import { createPartitionsHandler } from './037-create-partitions.js';
import { incrementalAlterConfigsHandler } from './044-incremental-alter-configs.js';
import { describeClusterHandler } from './060-describe-cluster.js';

async function setup(t: ExecutionContext): Promise<{ deps: HandlerDeps; metadata: MetadataController }> {
  const dir = await mkdtemp(join(tmpdir(), 'gossip-admin-'));
  const metadata = await MetadataController.open({
    dataDir: dir,
    nodeId: 1,
    clock: new ManualClock(0),
    random: new SeededRandom(3),
  });
  await metadata.registerBroker({ nodeId: 1, host: 'h', port: 9092 });
  t.teardown(async () => {
    await metadata.close();
    await rm(dir, { recursive: true, force: true });
  });
  const config = loadConfig({
    overrides: { 'log.dirs': dir, 'num.partitions': '3', 'log.retention.ms': '5000' },
  });
  // These handlers use only config and metadata; the produce/fetch services are not needed here.
  const deps = { config, metadata, advertisedVersions: () => [] } as unknown as HandlerDeps;
  return { deps, metadata };
}

// biome-ignore lint/suspicious/noExplicitAny: tests read decoded responses loosely
async function call(h: Handler, v: number, request: unknown): Promise<any> {
  const ctx = {
    apiVersion: v,
    correlationId: 1,
    clientId: null,
    connection: {},
  } as unknown as RequestContext;
  return h.handle(request, ctx);
}

const topic = (name: string, numPartitions = -1, configs: [string, string | null][] = []) => ({
  name,
  numPartitions,
  replicationFactor: -1,
  assignments: [],
  configs: configs.map(([n, value]) => ({ name: n, value })),
});

test('CreateTopics: broker defaults, duplicates, v5 configs with sources', async (t) => {
  const { deps } = await setup(t);
  const h = createTopicsHandler(deps);
  const res = await call(h, 7, {
    topics: [topic('a', -1, [['cleanup.policy', 'compact']]), topic('d'), topic('d'), topic('bad!')],
    timeoutMs: 1,
    validateOnly: false,
  });
  const a = res.topics[0];
  t.is(a.errorCode, 0);
  t.is(a.numPartitions, 3);
  t.not(a.topicId, ZERO_UUID);
  t.is(a.configs.length, 36);
  const byName = new Map(a.configs.map((c: { name: string }) => [c.name, c]));
  t.like(byName.get('cleanup.policy'), { value: 'compact', configSource: 1 });
  t.like(byName.get('retention.ms'), { value: '5000', configSource: 4 });
  t.like(byName.get('segment.ms'), { value: '604800000', configSource: 5 });
  t.deepEqual(
    res.topics.map((x: { name: string; errorCode: number }) => [x.name, x.errorCode]),
    [
      ['a', 0],
      ['bad!', 17],
      ['d', 42],
    ],
  );
});

test('DeleteTopics v6: by id, unknown id, both name and id', async (t) => {
  const { deps, metadata } = await setup(t);
  await call(createTopicsHandler(deps), 7, { topics: [topic('x')], timeoutMs: 1 });
  const id = metadata.image().topics.get('x')!.topicId.toString('base64url');
  const res = await call(deleteTopicsHandler(deps), 6, {
    topics: [
      { name: null, topicId: id },
      { name: null, topicId: Buffer.alloc(16, 5).toString('base64url') },
      { name: 'y', topicId: id },
    ],
    timeoutMs: 1,
  });
  t.deepEqual(
    res.responses.map((r: { name: string | null; errorCode: number }) => [r.name, r.errorCode]),
    [
      ['y', 42],
      ['x', 0],
      [null, 100],
    ],
  );
  t.false(metadata.image().topics.has('x'));
});

test('CreatePartitions: validate_only changes nothing, then grows', async (t) => {
  const { deps, metadata } = await setup(t);
  await call(createTopicsHandler(deps), 7, { topics: [topic('p', 1)], timeoutMs: 1 });
  const h = createPartitionsHandler(deps);
  const grow = (validateOnly: boolean, count: number) =>
    call(h, 3, { topics: [{ name: 'p', count, assignments: null }], timeoutMs: 1, validateOnly });
  t.is((await grow(true, 4)).results[0].errorCode, 0);
  t.is(metadata.image().topics.get('p')!.partitions.length, 1);
  t.is((await grow(false, 4)).results[0].errorCode, 0);
  t.is(metadata.image().topics.get('p')!.partitions.length, 4);
  t.like((await grow(false, 2)).results[0], { errorCode: 37 });
});

test('AlterConfigs replaces all overrides; IncrementalAlterConfigs appends and subtracts', async (t) => {
  const { deps, metadata } = await setup(t);
  await call(createTopicsHandler(deps), 7, {
    topics: [topic('c', 1, [['retention.ms', '1']])],
    timeoutMs: 1,
  });
  const alter = alterConfigsHandler(deps);
  const set = (configs: [string, string][], validateOnly = false) =>
    call(alter, 2, {
      resources: [
        { resourceType: 2, resourceName: 'c', configs: configs.map(([name, value]) => ({ name, value })) },
      ],
      validateOnly,
    });
  t.is((await set([['segment.ms', '9']], true)).responses[0].errorCode, 0);
  t.deepEqual([...metadata.image().topics.get('c')!.configs], [['retention.ms', '1']]);
  t.is((await set([['segment.ms', '9']])).responses[0].errorCode, 0);
  t.deepEqual([...metadata.image().topics.get('c')!.configs], [['segment.ms', '9']]);
  t.like((await set([['segment.ms', 'x']])).responses[0], { errorCode: 40 });
  const inc = incrementalAlterConfigsHandler(deps);
  const op = (configOperation: number, value: string) =>
    call(inc, 1, {
      resources: [
        { resourceType: 2, resourceName: 'c', configs: [{ name: 'cleanup.policy', configOperation, value }] },
      ],
      validateOnly: false,
    });
  await op(2, 'compact');
  t.is(metadata.image().topics.get('c')!.configs.get('cleanup.policy'), 'delete,compact');
  await op(3, 'delete');
  t.is(metadata.image().topics.get('c')!.configs.get('cleanup.policy'), 'compact');
  const notList = await call(inc, 1, {
    resources: [
      {
        resourceType: 2,
        resourceName: 'c',
        configs: [{ name: 'segment.ms', configOperation: 2, value: '1' }],
      },
    ],
  });
  t.like(notList.responses[0], {
    errorCode: 40,
    errorMessage: "Can't APPEND to key segment.ms because its type is not LIST.",
  });
});

test('DescribeConfigs: sources, synonyms, unknown topic, broker ids', async (t) => {
  const { deps } = await setup(t);
  await call(createTopicsHandler(deps), 7, { topics: [topic('s', 1, [['segment.ms', '7']])], timeoutMs: 1 });
  const h = describeConfigsHandler(deps);
  const res = await call(h, 4, {
    includeSynonyms: true,
    includeDocumentation: true,
    resources: [
      { resourceType: 2, resourceName: 's', configurationKeys: ['segment.ms', 'retention.ms'] },
      { resourceType: 2, resourceName: 'missing', configurationKeys: null },
      { resourceType: 4, resourceName: '2', configurationKeys: null },
      { resourceType: 4, resourceName: '1', configurationKeys: ['num.partitions'] },
    ],
  });
  const [s, missing, other, broker] = res.results;
  t.like(s.configs[0], {
    name: 'retention.ms',
    value: '5000',
    configSource: 4,
    configType: 5,
    documentation: null,
  });
  // As Kafka: once one synonym is set, the defaults of the others are listed too.
  t.deepEqual(s.configs[0].synonyms, [
    { name: 'log.retention.ms', value: '5000', source: 4 },
    { name: 'log.retention.hours', value: '168', source: 5 },
  ]);
  t.like(s.configs[1], { name: 'segment.ms', value: '7', configSource: 1 });
  t.is(missing.errorCode, 3);
  t.like(other, {
    errorCode: 42,
    errorMessage: 'Unexpected broker id, expected 1 or empty string, but received 2',
  });
  t.like(broker.configs[0], {
    name: 'num.partitions',
    value: '3',
    configSource: 4,
    readOnly: true,
    configType: 3,
  });
});

test('DescribeCluster: brokers, and endpoint types in v1', async (t) => {
  const { deps } = await setup(t);
  const h = describeClusterHandler(deps);
  const ok = await call(h, 1, { includeClusterAuthorizedOperations: false, endpointType: 1 });
  t.like(ok, { errorCode: 0, controllerId: 1, clusterAuthorizedOperations: -2147483648 });
  t.deepEqual(ok.brokers, [{ brokerId: 1, host: 'h', port: 9092, rack: null }]);
  t.like(await call(h, 1, { includeClusterAuthorizedOperations: true, endpointType: 2 }), { errorCode: 114 });
  t.like(await call(h, 0, { includeClusterAuthorizedOperations: true, endpointType: 1 }), {
    clusterAuthorizedOperations: 8096,
  });
});
