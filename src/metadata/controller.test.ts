import { appendFile, readFile, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { ManualClock } from '../common/clock.js';
import { SeededRandom } from '../common/random.js';
import { MetadataController, type MetadataControllerOptions } from './controller.js';
import {
  BROKER_ID_NOT_REGISTERED,
  INVALID_CONFIG,
  INVALID_PARTITIONS,
  INVALID_REPLICATION_FACTOR,
  INVALID_REQUEST,
  INVALID_TOPIC_EXCEPTION,
  NONE,
  TOPIC_ALREADY_EXISTS,
  UNKNOWN_TOPIC_OR_PARTITION,
} from './error-codes.js';
import { LocalMetadataLog, METADATA_LOG_FILE } from './local-metadata-log.js';
import { encodeFrame } from './log-format.js';
import { CollectingLogger, tempDir } from './test-support.js';

async function openController(
  t: ExecutionContext,
  dataDir: string,
  extra: Partial<MetadataControllerOptions> = {},
): Promise<MetadataController> {
  const controller = await MetadataController.open({
    dataDir,
    nodeId: 1,
    clock: new ManualClock(1_700_000_000_000),
    random: new SeededRandom(42),
    ...extra,
  });
  t.teardown(() => controller.close());
  return controller;
}

async function singleNode(t: ExecutionContext, extra: Partial<MetadataControllerOptions> = {}) {
  const dir = await tempDir(t);
  const controller = await openController(t, dir, extra);
  await controller.registerBroker({ nodeId: 1, host: 'localhost', port: 9092 });
  return { dir, controller };
}

test('a new cluster gets a 22-character cluster id that survives restarts', async (t) => {
  const dir = await tempDir(t);
  const first = await MetadataController.open({
    dataDir: dir,
    nodeId: 1,
    clock: new ManualClock(),
    random: new SeededRandom(1),
  });
  const clusterId = first.image().clusterId;
  t.regex(clusterId, /^[A-Za-z0-9_-]{22}$/);
  t.is(first.image().controllerId, 1);
  t.is(first.image().features.get('metadata.version'), 21);
  await first.close();
  const second = await openController(t, dir, { random: new SeededRandom(2) });
  t.is(second.image().clusterId, clusterId);
  t.regex(await readFile(join(dir, 'meta.properties'), 'utf8'), new RegExp(`cluster.id=${clusterId}`));
  await t.throwsAsync(
    MetadataController.open({
      dataDir: dir,
      nodeId: 2,
      clock: new ManualClock(),
      random: new SeededRandom(3),
    }),
    { message: /belongs to node 1/ },
  );
});

test('a given cluster id is used, and must match later', async (t) => {
  const dir = await tempDir(t);
  const clusterId = 'MkU3OEVBNTcwNTJENDM2Qg';
  const first = await MetadataController.open({
    dataDir: dir,
    nodeId: 1,
    clusterId,
    clock: new ManualClock(),
    random: new SeededRandom(1),
  });
  t.is(first.image().clusterId, clusterId);
  await first.close();
  await t.throwsAsync(
    MetadataController.open({
      dataDir: dir,
      nodeId: 1,
      clusterId: 'AAAAAAAAAAAAAAAAAAAAAA',
      clock: new ManualClock(),
      random: new SeededRandom(1),
    }),
    { message: /belongs to cluster/ },
  );
});

test('registerBroker puts the broker in the image, live', async (t) => {
  const { controller } = await singleNode(t);
  t.like(controller.image().brokers.get(1), {
    nodeId: 1,
    host: 'localhost',
    port: 9092,
    rack: null,
    fenced: false,
  });
  await controller.registerBroker({ nodeId: 1, host: 'example', port: 19092, rack: 'r1' });
  t.like(controller.image().brokers.get(1), { host: 'example', port: 19092, rack: 'r1' });
});

test('createTopic on one node: leader, replicas and ISR are that node', async (t) => {
  const { controller } = await singleNode(t);
  const result = await controller.createTopic({
    name: 'orders',
    numPartitions: 3,
    replicationFactor: 1,
    configs: { 'cleanup.policy': 'compact' },
  });
  t.is(result.errorCode, NONE);
  t.is(result.errorMessage, null);
  const topic = controller.image().topics.get('orders');
  t.is(result.topic, topic);
  t.is(topic!.topicId.length, 16);
  t.is(controller.image().topicsById.get(topic!.topicId.toString('hex')), topic);
  t.deepEqual([...topic!.configs], [['cleanup.policy', 'compact']]);
  t.deepEqual(
    topic!.partitions.map((p) => [
      p.partition,
      p.leader,
      p.leaderEpoch,
      p.replicas,
      p.isr,
      p.offlineReplicas,
    ]),
    [
      [0, 1, 0, [1], [1], []],
      [1, 1, 0, [1], [1], []],
      [2, 1, 0, [1], [1], []],
    ],
  );
});

test('-1 partitions and replication factor take the defaults', async (t) => {
  const { controller } = await singleNode(t, { defaultNumPartitions: 4 });
  const result = await controller.createTopic({ name: 'd', numPartitions: -1, replicationFactor: -1 });
  t.is(result.errorCode, NONE);
  t.is(result.topic!.partitions.length, 4);
});

test('topic names are checked like Kafka', async (t) => {
  const { controller } = await singleNode(t);
  const cases: [string, number, string][] = [
    ['', INVALID_TOPIC_EXCEPTION, 'Topic name is invalid: the empty string is not allowed'],
    ['.', INVALID_TOPIC_EXCEPTION, "Topic name is invalid: '.' is not allowed"],
    ['..', INVALID_TOPIC_EXCEPTION, "Topic name is invalid: '..' is not allowed"],
    [
      'a'.repeat(250),
      INVALID_TOPIC_EXCEPTION,
      `Topic name is invalid: the length of '${'a'.repeat(250)}' is longer than the max allowed length 249`,
    ],
    [
      'bad name',
      INVALID_TOPIC_EXCEPTION,
      "Topic name is invalid: 'bad name' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    ],
    [
      'café',
      INVALID_TOPIC_EXCEPTION,
      "Topic name is invalid: 'café' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    ],
    ['__cluster_metadata', INVALID_REQUEST, 'Creation of internal topic __cluster_metadata is prohibited.'],
  ];
  for (const [name, errorCode, errorMessage] of cases) {
    const result = await controller.createTopic({ name, numPartitions: 1, replicationFactor: 1 });
    t.deepEqual(result, { errorCode, errorMessage }, name);
  }
  t.is(
    (await controller.createTopic({ name: 'a'.repeat(249), numPartitions: 1, replicationFactor: 1 }))
      .errorCode,
    NONE,
  );
  t.is(
    (await controller.createTopic({ name: 'Az09._-', numPartitions: 1, replicationFactor: 1 })).errorCode,
    NONE,
  );
  t.is(controller.image().topics.size, 2);
});

test("names that differ only by '.' and '_' collide; the same name already exists", async (t) => {
  const { controller } = await singleNode(t);
  t.is(
    (await controller.createTopic({ name: 'my.topic', numPartitions: 1, replicationFactor: 1 })).errorCode,
    NONE,
  );
  t.deepEqual(await controller.createTopic({ name: 'my_topic', numPartitions: 1, replicationFactor: 1 }), {
    errorCode: INVALID_TOPIC_EXCEPTION,
    errorMessage: "Topic 'my_topic' collides with existing topic: my.topic",
  });
  t.deepEqual(await controller.createTopic({ name: 'my.topic', numPartitions: 1, replicationFactor: 1 }), {
    errorCode: TOPIC_ALREADY_EXISTS,
    errorMessage: "Topic 'my.topic' already exists.",
  });
  t.is(
    (await controller.createTopic({ name: 'mytopic', numPartitions: 1, replicationFactor: 1 })).errorCode,
    NONE,
  );
  await controller.deleteTopic('my.topic');
  t.is(
    (await controller.createTopic({ name: 'my_topic', numPartitions: 1, replicationFactor: 1 })).errorCode,
    NONE,
  );
});

test('partition counts and replication factors are checked', async (t) => {
  const { controller } = await singleNode(t);
  const create = (numPartitions: number, replicationFactor: number) =>
    controller.createTopic({ name: 't', numPartitions, replicationFactor });
  t.deepEqual(await create(0, 1), {
    errorCode: INVALID_PARTITIONS,
    errorMessage: 'Number of partitions was set to an invalid non-positive value.',
  });
  t.is((await create(-2, 1)).errorCode, INVALID_PARTITIONS);
  t.deepEqual(await create(1, 0), {
    errorCode: INVALID_REPLICATION_FACTOR,
    errorMessage: 'Replication factor must be larger than 0, or -1 to use the default value.',
  });
  t.deepEqual(await create(1, 3), {
    errorCode: INVALID_REPLICATION_FACTOR,
    errorMessage:
      'Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached because only 1 broker(s) are registered.',
  });
  t.is((await create(20_000, 1)).errorCode, INVALID_PARTITIONS);
  t.is(controller.image().topics.size, 0);
});

test('without live brokers no topic can be placed', async (t) => {
  const dir = await tempDir(t);
  const controller = await openController(t, dir);
  t.deepEqual(await controller.createTopic({ name: 't', numPartitions: 1, replicationFactor: 1 }), {
    errorCode: INVALID_REPLICATION_FACTOR,
    errorMessage: 'Unable to replicate the partition 1 time(s): All brokers are currently fenced.',
  });
});

test('topic configs are validated on create', async (t) => {
  const { controller } = await singleNode(t);
  const create = (configs: Record<string, string | null>) =>
    controller.createTopic({ name: 't', numPartitions: 1, replicationFactor: 1, configs });
  t.deepEqual(await create({ 'no.such': '1' }), {
    errorCode: INVALID_CONFIG,
    errorMessage: 'Unknown topic config name: no.such',
  });
  t.deepEqual(await create({ 'retention.ms': null, 'segment.ms': null }), {
    errorCode: INVALID_CONFIG,
    errorMessage: 'Null value not supported for topic configs: retention.ms,segment.ms',
  });
  t.deepEqual(await create({ 'retention.ms': 'soon' }), {
    errorCode: INVALID_CONFIG,
    errorMessage: 'Invalid value soon for configuration retention.ms: Not a number of type LONG',
  });
  t.deepEqual(await create({ 'retention.ms': '-5' }), {
    errorCode: INVALID_CONFIG,
    errorMessage: 'Invalid value -5 for configuration retention.ms: Value must be at least -1',
  });
  t.deepEqual(await create({ 'cleanup.policy': 'compact,shred' }), {
    errorCode: INVALID_CONFIG,
    errorMessage:
      'Invalid value shred for configuration cleanup.policy: String must be one of: compact, delete',
  });
  t.deepEqual(await create({ 'min.cleanable.dirty.ratio': '1.5' }), {
    errorCode: INVALID_CONFIG,
    errorMessage:
      'Invalid value 1.5 for configuration min.cleanable.dirty.ratio: Value must be no more than 1',
  });
  t.deepEqual(await create({ preallocate: 'yes' }), {
    errorCode: INVALID_CONFIG,
    errorMessage:
      'Invalid value yes for configuration preallocate: Expected value to be either true or false',
  });
  t.deepEqual(await create({ 'compression.gzip.level': '12' }), {
    errorCode: INVALID_CONFIG,
    errorMessage:
      'Invalid value 12 for configuration compression.gzip.level: Value must be between 1 and 9 or equal to -1',
  });
  t.deepEqual(await create({ 'min.compaction.lag.ms': '10', 'max.compaction.lag.ms': '5' }), {
    errorCode: INVALID_CONFIG,
    errorMessage: 'conflict topic config setting min.compaction.lag.ms (10) > max.compaction.lag.ms (5)',
  });
  t.is(
    (await create({ 'max.message.bytes': ' +2048 ', 'compression.type': 'zstd', preallocate: 'TRUE' }))
      .errorCode,
    NONE,
  );
});

test('validateOnly answers as a create would but changes nothing', async (t) => {
  const { controller } = await singleNode(t);
  const before = controller.image();
  const result = await controller.createTopic({
    name: 'v',
    numPartitions: 2,
    replicationFactor: 1,
    validateOnly: true,
  });
  t.is(result.errorCode, NONE);
  t.is(result.topic!.partitions.length, 2);
  t.is(controller.image(), before);
  t.is(
    (await controller.createTopic({ name: '..', numPartitions: 2, replicationFactor: 1, validateOnly: true }))
      .errorCode,
    INVALID_TOPIC_EXCEPTION,
  );
});

test('two concurrent creates of one name: exactly one succeeds', async (t) => {
  const { controller } = await singleNode(t);
  const results = await Promise.all(
    Array.from({ length: 5 }, () =>
      controller.createTopic({ name: 'race', numPartitions: 1, replicationFactor: 1 }),
    ),
  );
  t.is(results.filter((r) => r.errorCode === NONE).length, 1);
  t.is(results.filter((r) => r.errorCode === TOPIC_ALREADY_EXISTS).length, 4);
});

test('createPartitions adds partitions and rejects decreases', async (t) => {
  const { controller } = await singleNode(t);
  await controller.createTopic({ name: 'p', numPartitions: 2, replicationFactor: 1 });
  t.deepEqual(await controller.createPartitions('p', 5), { errorCode: NONE, errorMessage: null });
  t.deepEqual(
    controller
      .image()
      .topics.get('p')!
      .partitions.map((p) => [p.partition, p.leader]),
    [
      [0, 1],
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
    ],
  );
  t.deepEqual(await controller.createPartitions('p', 5), {
    errorCode: INVALID_PARTITIONS,
    errorMessage: 'Topic already has 5 partition(s).',
  });
  t.deepEqual(await controller.createPartitions('p', 3), {
    errorCode: INVALID_PARTITIONS,
    errorMessage: 'The topic p currently has 5 partition(s); 3 would not be an increase.',
  });
  t.deepEqual(await controller.createPartitions('nope', 3), {
    errorCode: UNKNOWN_TOPIC_OR_PARTITION,
    errorMessage: null,
  });
});

test('deleteTopic removes the topic; unknown names get UNKNOWN_TOPIC_OR_PARTITION', async (t) => {
  const { controller } = await singleNode(t);
  const created = await controller.createTopic({ name: 'gone', numPartitions: 1, replicationFactor: 1 });
  t.deepEqual(await controller.deleteTopic('gone'), { errorCode: NONE, errorMessage: null });
  t.false(controller.image().topics.has('gone'));
  t.false(controller.image().topicsById.has(created.topic!.topicId.toString('hex')));
  t.deepEqual(await controller.deleteTopic('gone'), {
    errorCode: UNKNOWN_TOPIC_OR_PARTITION,
    errorMessage: 'This server does not host this topic-partition.',
  });
  const again = await controller.createTopic({ name: 'gone', numPartitions: 1, replicationFactor: 1 });
  t.false(again.topic!.topicId.equals(created.topic!.topicId));
});

test('alterConfigs sets and removes topic and broker configs', async (t) => {
  const { controller } = await singleNode(t);
  await controller.createTopic({
    name: 'c',
    numPartitions: 1,
    replicationFactor: 1,
    configs: { 'retention.ms': '10' },
  });
  t.deepEqual(
    await controller.alterConfigs({ type: 'topic', name: 'c' }, { 'retention.ms': null, 'segment.ms': '99' }),
    {
      errorCode: NONE,
      errorMessage: null,
    },
  );
  t.deepEqual([...controller.image().topics.get('c')!.configs], [['segment.ms', '99']]);
  t.deepEqual(await controller.alterConfigs({ type: 'topic', name: 'c' }, { 'segment.ms': '0' }), {
    errorCode: INVALID_CONFIG,
    errorMessage: 'Invalid value 0 for configuration segment.ms: Value must be at least 1',
  });
  t.deepEqual(await controller.alterConfigs({ type: 'topic', name: 'missing' }, { 'segment.ms': '5' }), {
    errorCode: UNKNOWN_TOPIC_OR_PARTITION,
    errorMessage: "The topic 'missing' does not exist.",
  });
  t.is((await controller.alterConfigs({ type: 'topic', name: '' }, {})).errorCode, INVALID_REQUEST);
  const offset = controller.image().offset;
  t.is((await controller.alterConfigs({ type: 'topic', name: 'c' }, { 'segment.ms': '99' })).errorCode, NONE);
  t.is(controller.image().offset, offset, 'an unchanged value writes no record');

  t.is(
    (await controller.alterConfigs({ type: 'broker', name: '' }, { 'log.retention.ms': '7' })).errorCode,
    NONE,
  );
  t.is(
    (await controller.alterConfigs({ type: 'broker', name: '1' }, { 'log.retention.ms': '8' })).errorCode,
    NONE,
  );
  t.is(controller.image().brokerConfigs.get('')!.get('log.retention.ms'), '7');
  t.is(controller.image().brokerConfigs.get('1')!.get('log.retention.ms'), '8');
  t.deepEqual(await controller.alterConfigs({ type: 'broker', name: 'x' }, { a: '1' }), {
    errorCode: INVALID_REQUEST,
    errorMessage: 'Unable to parse broker name as a base 10 number.',
  });
  t.deepEqual(await controller.alterConfigs({ type: 'broker', name: '7' }, { a: '1' }), {
    errorCode: BROKER_ID_NOT_REGISTERED,
    errorMessage: 'No node with id 7 found.',
  });
  await controller.alterConfigs({ type: 'broker', name: '1' }, { 'log.retention.ms': null });
  t.false(controller.image().brokerConfigs.has('1'));
});

test('replicas are spread round-robin over live brokers', async (t) => {
  const { controller } = await singleNode(t);
  await controller.registerBroker({ nodeId: 2, host: 'b2', port: 9092 });
  await controller.registerBroker({ nodeId: 3, host: 'b3', port: 9092 });
  const result = await controller.createTopic({ name: 'rr', numPartitions: 6, replicationFactor: 2 });
  const partitions = result.topic!.partitions;
  const first = partitions[0]!.leader;
  partitions.forEach((p, i) => {
    const leader = ((first - 1 + i) % 3) + 1;
    t.deepEqual(p.replicas, [leader, (leader % 3) + 1]);
    t.is(p.leader, leader);
    t.deepEqual(p.isr, p.replicas);
  });
});

test('the same seed gives the same ids', async (t) => {
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const { controller } = await singleNode(t, { random: new SeededRandom(7) });
    const result = await controller.createTopic({ name: 'same', numPartitions: 1, replicationFactor: 1 });
    ids.push(`${controller.image().clusterId}/${result.topic!.topicId.toString('hex')}`);
  }
  t.is(ids[0], ids[1]);
});

test('subscribers see each committed image', async (t) => {
  const { controller } = await singleNode(t);
  const seen: [number, number][] = [];
  controller.subscribe((image, previous) => seen.push([previous.offset, image.offset]));
  await controller.createTopic({ name: 's', numPartitions: 2, replicationFactor: 1 });
  t.deepEqual(seen, [[1, 4]]);
});

test('a restart loads the stored image and replays nothing', async (t) => {
  const dir = await tempDir(t);
  const first = await openController(t, dir);
  await first.registerBroker({ nodeId: 1, host: 'localhost', port: 9092 });
  await first.createTopic({
    name: 'kept',
    numPartitions: 2,
    replicationFactor: 1,
    configs: { 'retention.ms': '1' },
  });
  const before = first.image();
  await first.close();
  const logger = new CollectingLogger();
  const second = await openController(t, dir, { logger });
  t.true(
    logger.lines.some((l) => l.includes(`image at offset ${before.offset}, replayed 0 record(s)`)),
    logger.lines.join('\n'),
  );
  t.deepEqual(second.image(), before);
});

test('recovery: a log tail past the stored image is replayed and a torn write is truncated', async (t) => {
  const dir = await tempDir(t);
  const first = await openController(t, dir);
  await first.registerBroker({ nodeId: 1, host: 'localhost', port: 9092 });
  await first.createTopic({ name: 'a', numPartitions: 1, replicationFactor: 1 });
  const storedOffset = first.image().offset;
  await first.close();

  // A crash after the log fsync but before the image write: commit records behind the image's back.
  const log = await LocalMetadataLog.open({ dir });
  const topicId = 'aa'.repeat(16);
  await log.append([
    { type: 'Topic', name: 'b', topicId },
    { type: 'Config', resourceType: 'topic', resourceName: 'b', name: 'retention.ms', value: '5' },
    {
      type: 'Partition',
      partitionId: 0,
      topicId,
      replicas: [1],
      isr: [1],
      removingReplicas: [],
      addingReplicas: [],
      leader: 1,
      leaderEpoch: 0,
      partitionEpoch: 0,
    },
  ]);
  await log.close();
  // ...and a write that was cut short.
  const path = join(dir, METADATA_LOG_FILE);
  const sizeBefore = (await stat(path)).size;
  await appendFile(path, Buffer.from([0, 0, 0, 40, 1, 2, 3, 4, 5, 6, 7]));

  const logger = new CollectingLogger();
  const second = await openController(t, dir, { logger });
  t.true(
    logger.lines.some((l) => l.startsWith('WARN') && l.includes('truncated 11 bytes')),
    logger.lines.join('\n'),
  );
  t.true(logger.lines.some((l) => l.includes(`image at offset ${storedOffset}, replayed 3 record(s)`)));
  t.is((await stat(path)).size, sizeBefore);
  const image = second.image();
  t.deepEqual([...image.topics.keys()].sort(), ['a', 'b']);
  t.deepEqual([...image.topics.get('b')!.configs], [['retention.ms', '5']]);
  t.is(image.topicsById.get(topicId)!.name, 'b');
  t.is(image.offset, storedOffset + 3);
  t.is((await second.createTopic({ name: 'c', numPartitions: 1, replicationFactor: 1 })).errorCode, NONE);
});

test('an image lost or ahead of the log is rebuilt from the log', async (t) => {
  const dir = await tempDir(t);
  const first = await openController(t, dir);
  await first.registerBroker({ nodeId: 1, host: 'localhost', port: 9092 });
  await first.createTopic({ name: 'a', numPartitions: 3, replicationFactor: 1 });
  await first.createTopic({ name: 'b', numPartitions: 1, replicationFactor: 1 });
  const before = first.image();
  await first.close();
  // Cut the log back to its first two batches (the bootstrap record and the broker).
  const log = await LocalMetadataLog.open({ dir });
  const batches = await log.read(0);
  await log.close();
  t.is(batches.length, 4);
  const keep = encodeFrame(batches[0]!).length + encodeFrame(batches[1]!).length;
  await truncate(join(dir, METADATA_LOG_FILE), keep);

  const logger = new CollectingLogger();
  const second = await openController(t, dir, { logger });
  t.true(logger.lines.some((l) => l.includes('ahead of the metadata log')));
  t.is(second.image().topics.size, 0);
  t.is(second.image().offset, 1);
  t.deepEqual(second.image().brokers, before.brokers);
});
