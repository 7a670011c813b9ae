import test from 'ava';
import { emptyImage, type MetadataImage } from './image.js';
import type { MetadataRecord } from './records.js';
import { MetadataReplayError, replay, replayBatch } from './state-machine.js';

const ID_A = '0123456789abcdef0123456789abcdef';
const ID_B = 'fedcba9876543210fedcba9876543210';
const ID_C = '00112233445566778899aabbccddeeff';

function broker(id: number, fenced = false, epoch = 0): MetadataRecord {
  return {
    type: 'RegisterBroker',
    brokerId: id,
    incarnationId: ID_A,
    brokerEpoch: epoch,
    endPoints: [{ name: 'PLAINTEXT', host: `h${id}`, port: 9000 + id, securityProtocol: 0 }],
    rack: null,
    fenced,
  };
}

function partition(topicId: string, partitionId: number, replicas: number[]): MetadataRecord {
  return {
    type: 'Partition',
    partitionId,
    topicId,
    replicas,
    isr: replicas,
    removingReplicas: [],
    addingReplicas: [],
    leader: replicas[0]!,
    leaderEpoch: 0,
    partitionEpoch: 0,
  };
}

function replayAll(records: MetadataRecord[], image = emptyImage('c', 1)): MetadataImage {
  return records.reduce(replay, image);
}

test('a topic with configs and partitions appears under its name and id', (t) => {
  const image = replayAll([
    broker(1),
    { type: 'Topic', name: 'orders', topicId: ID_A },
    { type: 'Config', resourceType: 'topic', resourceName: 'orders', name: 'retention.ms', value: '1000' },
    partition(ID_A, 0, [1]),
    partition(ID_A, 1, [1]),
  ]);
  const topic = image.topics.get('orders');
  t.truthy(topic);
  t.is(image.topicsById.get(ID_A), topic);
  t.deepEqual(topic!.topicId, Buffer.from(ID_A, 'hex'));
  t.false(topic!.internal);
  t.deepEqual([...topic!.configs], [['retention.ms', '1000']]);
  t.deepEqual(topic!.partitions, [
    {
      partition: 0,
      leader: 1,
      leaderEpoch: 0,
      partitionEpoch: 0,
      replicas: [1],
      isr: [1],
      offlineReplicas: [],
    },
    {
      partition: 1,
      leader: 1,
      leaderEpoch: 0,
      partitionEpoch: 0,
      replicas: [1],
      isr: [1],
      offlineReplicas: [],
    },
  ]);
  t.is(image.offset, 4);
  t.deepEqual(image.brokers.get(1), {
    nodeId: 1,
    host: 'h1',
    port: 9001,
    rack: null,
    fenced: false,
    epoch: 0,
  });
});

test('replay never changes its input and shares what it did not touch', (t) => {
  const before = replayAll([broker(1), { type: 'Topic', name: 'a', topicId: ID_A }, partition(ID_A, 0, [1])]);
  const snapshot = JSON.stringify({
    topics: [...before.topics.values()],
    brokers: [...before.brokers.values()],
  });
  const after = replayAll([{ type: 'Topic', name: 'b', topicId: ID_B }, partition(ID_B, 0, [1])], before);
  t.is(
    JSON.stringify({ topics: [...before.topics.values()], brokers: [...before.brokers.values()] }),
    snapshot,
  );
  t.false(before.topics.has('b'));
  t.is(after.topics.get('a'), before.topics.get('a'));
  t.is(after.brokers, before.brokers);
  t.is(before.offset, 2);
  t.is(after.offset, 4);
});

test('one batch gives the same image as its records one by one', (t) => {
  const records: MetadataRecord[] = [
    broker(1),
    broker(2),
    { type: 'Topic', name: 'a', topicId: ID_A },
    partition(ID_A, 0, [1, 2]),
    { type: 'PartitionChange', topicId: ID_A, partitionId: 0, isr: [1] },
    { type: 'FenceBroker', id: 2, epoch: 0 },
    { type: 'Config', resourceType: 'broker', resourceName: '', name: 'log.retention.ms', value: '5' },
  ];
  const oneByOne = replayAll(records);
  const batched = replayBatch(emptyImage('c', 1), records, 0);
  t.deepEqual(batched, oneByOne);
});

test('partition changes bump the partition epoch, and the leader epoch when a leader is given', (t) => {
  let image = replayAll([
    broker(1),
    broker(2),
    { type: 'Topic', name: 'a', topicId: ID_A },
    partition(ID_A, 0, [1, 2]),
  ]);
  image = replay(image, { type: 'PartitionChange', topicId: ID_A, partitionId: 0, isr: [1] });
  t.like(image.topics.get('a')!.partitions[0], { leader: 1, leaderEpoch: 0, partitionEpoch: 1, isr: [1] });
  image = replay(image, { type: 'PartitionChange', topicId: ID_A, partitionId: 0, leader: 2, isr: [2] });
  t.like(image.topics.get('a')!.partitions[0], { leader: 2, leaderEpoch: 1, partitionEpoch: 2, isr: [2] });
  image = replay(image, { type: 'PartitionChange', topicId: ID_A, partitionId: 0, leader: -1 });
  t.like(image.topics.get('a')!.partitions[0], {
    leader: -1,
    leaderEpoch: 2,
    partitionEpoch: 3,
    replicas: [1, 2],
  });
});

test('replicas on fenced or unregistered brokers are offline', (t) => {
  let image = replayAll([
    broker(1),
    broker(2),
    { type: 'Topic', name: 'a', topicId: ID_A },
    partition(ID_A, 0, [1, 2]),
    partition(ID_A, 1, [2, 3]),
  ]);
  t.deepEqual(
    image.topics.get('a')!.partitions.map((p) => p.offlineReplicas),
    [[], [3]],
  );
  const beforeFence = image;
  image = replay(image, { type: 'FenceBroker', id: 2, epoch: 0 });
  t.true(image.brokers.get(2)!.fenced);
  t.deepEqual(
    image.topics.get('a')!.partitions.map((p) => p.offlineReplicas),
    [[2], [2, 3]],
  );
  t.deepEqual(beforeFence.topics.get('a')!.partitions[0]!.offlineReplicas, []);
  image = replay(image, { type: 'UnfenceBroker', id: 2, epoch: 0 });
  image = replay(image, broker(3, false, 7));
  t.deepEqual(
    image.topics.get('a')!.partitions.map((p) => p.offlineReplicas),
    [[], []],
  );
  image = replay(image, { type: 'UnregisterBroker', brokerId: 1, brokerEpoch: 0 });
  t.false(image.brokers.has(1));
  t.deepEqual(image.topics.get('a')!.partitions[0]!.offlineReplicas, [1]);
});

test('removing a topic removes its partitions and configs; the name can be reused', (t) => {
  let image = replayAll([
    broker(1),
    { type: 'Topic', name: 'a', topicId: ID_A },
    { type: 'Config', resourceType: 'topic', resourceName: 'a', name: 'cleanup.policy', value: 'compact' },
    partition(ID_A, 0, [1]),
    { type: 'RemoveTopic', topicId: ID_A },
  ]);
  t.is(image.topics.size, 0);
  t.is(image.topicsById.size, 0);
  image = replayAll([{ type: 'Topic', name: 'a', topicId: ID_B }], image);
  t.is(image.topics.get('a')!.configs.size, 0);
  t.is(image.topicsById.get(ID_B)!.name, 'a');
});

test('config records set and remove keys for topics and brokers', (t) => {
  const image = replayAll([
    { type: 'Topic', name: 'a', topicId: ID_A },
    { type: 'Config', resourceType: 'topic', resourceName: 'a', name: 'retention.ms', value: '1' },
    { type: 'Config', resourceType: 'topic', resourceName: 'a', name: 'segment.ms', value: '2' },
    { type: 'Config', resourceType: 'topic', resourceName: 'a', name: 'retention.ms', value: null },
    { type: 'Config', resourceType: 'broker', resourceName: '1', name: 'x', value: 'y' },
    { type: 'Config', resourceType: 'broker', resourceName: '', name: 'z', value: 'w' },
    { type: 'Config', resourceType: 'broker', resourceName: '', name: 'z', value: null },
    { type: 'FeatureLevel', name: 'metadata.version', featureLevel: 21 },
  ]);
  t.deepEqual([...image.topics.get('a')!.configs], [['segment.ms', '2']]);
  t.deepEqual([...image.brokerConfigs.get('1')!], [['x', 'y']]);
  t.false(image.brokerConfigs.has(''));
  t.is(image.features.get('metadata.version'), 21);
});

test('internal topics are marked internal', (t) => {
  const image = replayAll([{ type: 'Topic', name: '__consumer_offsets', topicId: ID_A }]);
  t.true(image.topics.get('__consumer_offsets')!.internal);
});

test('records that break an invariant throw and apply nothing', (t) => {
  const base = replayAll([{ type: 'Topic', name: 'a', topicId: ID_A }]);
  const bad: [string, MetadataRecord][] = [
    ['duplicate name', { type: 'Topic', name: 'a', topicId: ID_B }],
    ['duplicate id', { type: 'Topic', name: 'b', topicId: ID_A }],
    ['unknown topic id', partition(ID_C, 0, [1])],
    ['gap in partition ids', partition(ID_A, 1, [1])],
    ['unknown partition', { type: 'PartitionChange', topicId: ID_A, partitionId: 0, isr: [] }],
    [
      'unknown topic config',
      { type: 'Config', resourceType: 'topic', resourceName: 'zz', name: 'k', value: 'v' },
    ],
    ['remove unknown', { type: 'RemoveTopic', topicId: ID_C }],
    ['fence unknown broker', { type: 'FenceBroker', id: 9, epoch: 0 }],
    ['unknown type', { type: 'Nope' } as unknown as MetadataRecord],
  ];
  for (const [why, record] of bad) {
    t.throws(
      () => replayBatch(base, [{ type: 'Topic', name: 'ok', topicId: ID_B }, record], 1),
      {
        instanceOf: MetadataReplayError,
      },
      why,
    );
  }
  t.deepEqual([...base.topics.keys()], ['a']);
  t.throws(() => replayBatch(base, [broker(1)], 0), { instanceOf: MetadataReplayError });
});
