// Tests for the broker fencing state machine: heartbeats and ticks in, metadata records out. Images
// are built by replaying records and every output is replayed too, so the records are valid.
import test from 'ava';
import { emptyImage, type MetadataImage } from '../metadata/image.js';
import type { MetadataRecord } from '../metadata/records.js';
import { replayBatch } from '../metadata/state-machine.js';
import { BrokerFencing } from './fencing.js';

const SESSION_MS = 9000;
const TOPIC_ID = '0123456789abcdef0123456789abcdef';

function apply(image: MetadataImage, records: MetadataRecord[]): MetadataImage {
  return replayBatch(image, records, image.offset + 1);
}

function register(image: MetadataImage, id: number): MetadataImage {
  return apply(image, [
    {
      type: 'RegisterBroker',
      brokerId: id,
      incarnationId: `${id}`.padStart(32, '0'),
      brokerEpoch: image.offset + 1,
      endPoints: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9000 + id, securityProtocol: 0 }],
      rack: null,
      fenced: false,
    },
  ]);
}

/** Brokers 1-3 and topic t: partition p led by broker p+1 (RF 1), partition 3 with replicas [3,1,2]. */
function cluster(): MetadataImage {
  let image = emptyImage('AAAAAAAAAAAAAAAAAAAAAA', 1);
  for (const id of [1, 2, 3]) image = register(image, id);
  const partition = (partitionId: number, replicas: number[]): MetadataRecord => ({
    type: 'Partition',
    partitionId,
    topicId: TOPIC_ID,
    replicas,
    isr: [...replicas],
    removingReplicas: [],
    addingReplicas: [],
    leader: replicas[0]!,
    leaderEpoch: 0,
    partitionEpoch: 0,
  });
  return apply(image, [
    { type: 'Topic', name: 't', topicId: TOPIC_ID },
    partition(0, [1]),
    partition(1, [2]),
    partition(2, [3]),
    partition(3, [3, 1, 2]),
  ]);
}

function leaders(image: MetadataImage): number[] {
  return image.topics.get('t')!.partitions.map((p) => p.leader);
}

test('a broker that stops heartbeating is fenced after the session timeout and its partitions lose their leader', (t) => {
  const fencing = new BrokerFencing(SESSION_MS);
  let image = cluster();
  fencing.becameLeader();
  t.deepEqual(fencing.tick(image, 0), [], 'everyone starts with a full session');
  for (const now of [2000, 4000, 6000, 8000, 9000]) {
    t.is(fencing.heartbeat(image, 1, image.brokers.get(1)!.epoch, now), 'ok');
    t.is(fencing.heartbeat(image, 2, image.brokers.get(2)!.epoch, now), 'ok');
    t.deepEqual(fencing.tick(image, now), [], `nobody is fenced at ${now} ms`);
  }
  const records = fencing.tick(image, 9001);
  t.deepEqual(records, [
    { type: 'FenceBroker', id: 3, epoch: image.brokers.get(3)!.epoch },
    { type: 'PartitionChange', topicId: TOPIC_ID, partitionId: 2, leader: -1 },
    { type: 'PartitionChange', topicId: TOPIC_ID, partitionId: 3, leader: -1, isr: [3] },
  ]);
  image = apply(image, records);
  t.true(image.brokers.get(3)!.fenced);
  t.deepEqual(leaders(image), [1, 2, -1, -1]);
  t.deepEqual(image.topics.get('t')!.partitions[3]!.isr, [3], 'only the old leader holds the data');
  t.deepEqual(image.topics.get('t')!.partitions[0]!.offlineReplicas, []);
  t.deepEqual(image.topics.get('t')!.partitions[2]!.offlineReplicas, [3]);
  fencing.heartbeat(image, 1, image.brokers.get(1)!.epoch, 9500);
  fencing.heartbeat(image, 2, image.brokers.get(2)!.epoch, 9500);
  t.deepEqual(fencing.tick(image, 9500), [], 'nothing more to do');
});

test('a fenced broker is told to register again, and registering gives its partitions back', (t) => {
  const fencing = new BrokerFencing(SESSION_MS);
  let image = cluster();
  fencing.becameLeader();
  fencing.tick(image, 0);
  fencing.heartbeat(image, 1, image.brokers.get(1)!.epoch, 9000);
  fencing.heartbeat(image, 2, image.brokers.get(2)!.epoch, 9000);
  image = apply(image, fencing.tick(image, 9500));
  t.deepEqual(leaders(image), [1, 2, -1, -1]);
  const oldEpoch = image.brokers.get(3)!.epoch;
  t.is(fencing.heartbeat(image, 3, oldEpoch, 9600), 'register', 'fenced');
  t.is(fencing.heartbeat(image, 3, oldEpoch - 1, 9600), 'register', 'old epoch');
  t.is(fencing.heartbeat(image, 7, 0, 9600), 'register', 'unknown broker');
  image = register(image, 3);
  t.false(image.brokers.get(3)!.fenced);
  const records = fencing.tick(image, 9700);
  t.deepEqual(records, [
    { type: 'PartitionChange', topicId: TOPIC_ID, partitionId: 2, leader: 3 },
    { type: 'PartitionChange', topicId: TOPIC_ID, partitionId: 3, leader: 3 },
  ]);
  image = apply(image, records);
  t.deepEqual(leaders(image), [1, 2, 3, 3]);
  t.is(image.topics.get('t')!.partitions[2]!.leaderEpoch, 2, 'each leader change bumps the epoch');
  t.is(fencing.heartbeat(image, 3, image.brokers.get(3)!.epoch, 9800), 'ok');
  t.deepEqual(fencing.tick(image, 9800), []);
});

test('only a leader fences, and a new leader gives every broker a full session timeout', (t) => {
  const fencing = new BrokerFencing(SESSION_MS);
  const image = cluster();
  t.deepEqual(fencing.tick(image, 100_000), [], 'not leading');
  t.is(fencing.heartbeat(image, 1, image.brokers.get(1)!.epoch, 100_000), 'ok', 'answered, not recorded');
  fencing.becameLeader();
  t.deepEqual(fencing.tick(image, 200_000), [], 'heard of nobody since leading, but the session just began');
  t.deepEqual(fencing.tick(image, 200_000 + SESSION_MS), []);
  t.is(fencing.tick(image, 200_001 + SESSION_MS).filter((r) => r.type === 'FenceBroker').length, 3);
  fencing.resigned();
  t.deepEqual(fencing.tick(image, 900_000), [], 'resigned');
  fencing.becameLeader();
  t.deepEqual(fencing.tick(image, 900_000), [], 'a fresh session again');
});

test('a partition whose leader is not registered at all loses its leader; registering restores it', (t) => {
  const fencing = new BrokerFencing(SESSION_MS);
  let image = cluster();
  image = apply(image, [{ type: 'UnregisterBroker', brokerId: 2, brokerEpoch: image.brokers.get(2)!.epoch }]);
  fencing.becameLeader();
  image = apply(image, fencing.tick(image, 0));
  t.deepEqual(leaders(image), [1, -1, 3, 3]);
  image = register(image, 2);
  image = apply(image, fencing.tick(image, 10));
  t.deepEqual(leaders(image), [1, 2, 3, 3]);
});

test('a session timeout must be positive', (t) => {
  t.throws(() => new BrokerFencing(0), { instanceOf: RangeError });
});
