// Tests for a cluster node's metadata side as broker.ts assembles it (forwarding, registration,
// heartbeats, fencing), three nodes in one process over the in-memory quorum with short session
// timeouts. Outcomes are awaited by polling the images; no test asserts how long anything took.
import { setTimeout as sleep } from 'node:timers/promises';
import test, { type ExecutionContext } from 'ava';
import { SystemClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { SeededRandom } from '../common/random.js';
import { loadConfig } from '../config/config.js';
import type { MetadataImage } from '../metadata/image.js';
import { tempDir } from '../metadata/test-support.js';
import { type MetadataNode, openMetadataNode } from './metadata-node.js';
import { FakeQuorum } from './test-support.js';

const VOTERS = '1@127.0.0.1:1,2@127.0.0.1:2,3@127.0.0.1:3';

async function openNode(
  t: ExecutionContext,
  quorum: FakeQuorum,
  id: number,
  dataDir: string,
): Promise<MetadataNode> {
  const config = loadConfig({
    overrides: {
      'node.id': String(id),
      'controller.quorum.voters': VOTERS,
      'log.dirs': dataDir,
      'broker.session.timeout.ms': '1000',
      'broker.heartbeat.interval.ms': '50',
    },
  });
  const node = await openMetadataNode({
    config,
    clock: new SystemClock(),
    random: new SeededRandom(id),
    logger: silentLogger(),
    openQuorumLog: async () => (quorum.node(id).connected ? quorum.node(id) : quorum.restart(id)),
  });
  await node.register({ host: '127.0.0.1', port: 9090 + id });
  t.teardown(() => node.close());
  return node;
}

async function until(
  what: string,
  node: MetadataNode,
  check: (image: MetadataImage) => boolean,
): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check(node.metadata.image())) return;
    await sleep(25);
  }
  throw new Error(`${what} did not happen`);
}

test('nodes register, a silent node is fenced and unfenced when it comes back, leadership moves', async (t) => {
  const quorum = new FakeQuorum();
  quorum.elect(1);
  const dirs = [await tempDir(t), await tempDir(t), await tempDir(t)];
  const nodes = await Promise.all([1, 2, 3].map((id) => openNode(t, quorum, id, dirs[id - 1]!)));
  const [n1, n2, n3] = nodes as [MetadataNode, MetadataNode, MetadataNode];
  for (const n of nodes) t.deepEqual([...n.metadata.image().brokers.keys()].sort(), [1, 2, 3]);
  t.is(n2.metadata.image().controllerId, 1, 'the controller id is the quorum leader');
  t.truthy(n2.metadata.image().features.get('metadata.version'), 'the leader bootstrapped');

  const created = await n3.metadata.createTopic({ name: 't', numPartitions: 3, replicationFactor: 1 });
  t.is(created.errorCode, 0);
  const leaders = n3.metadata
    .image()
    .topics.get('t')!
    .partitions.map((p) => p.leader);
  t.deepEqual([...leaders].sort(), [1, 2, 3]);

  // Node 3 stops (no more heartbeats): the leader fences it and its partition loses its leader.
  await n3.close();
  const p3 = leaders.indexOf(3);
  await until('node 3 fenced', n2, (image) => image.brokers.get(3)!.fenced);
  await until(
    'partition led by 3 offline',
    n2,
    (image) => image.topics.get('t')!.partitions[p3]!.leader === -1,
  );
  t.true(n1.metadata.image().brokers.get(3)!.fenced);
  t.false(n1.metadata.image().brokers.get(2)!.fenced, 'heartbeating nodes stay');

  // Node 3 restarts on its directory: it catches up, registers again and gets its partition back.
  const back = await openNode(t, quorum, 3, dirs[2]!);
  t.false(back.metadata.image().brokers.get(3)!.fenced);
  await until('partition led by 3 again', n2, (image) => image.topics.get('t')!.partitions[p3]!.leader === 3);

  // The quorum leader moves to node 2: changes follow it and nobody is fenced meanwhile.
  quorum.elect(2);
  await until('controller id follows the leader', n1, (image) => image.controllerId === 2);
  t.is((await n1.metadata.createTopic({ name: 'u', numPartitions: 1, replicationFactor: 1 })).errorCode, 0);
  await until('u on node 3', back, (image) => image.topics.has('u'));
  await sleep(1500);
  for (const id of [1, 2, 3])
    t.false(n2.metadata.image().brokers.get(id)!.fenced, `node ${id} stays unfenced`);
});

test('a single node without voters keeps the local metadata log', async (t) => {
  const config = loadConfig({ overrides: { 'log.dirs': await tempDir(t) } });
  const node = await openMetadataNode({
    config,
    clock: new SystemClock(),
    random: new SeededRandom(1),
    logger: silentLogger(),
    openQuorumLog: () => Promise.reject(new Error('no quorum expected')),
  });
  t.teardown(() => node.close());
  await node.register({ host: '127.0.0.1', port: 9092 });
  t.deepEqual([...node.metadata.image().brokers.keys()], [1]);
  t.is(node.metadata.image().controllerId, 1);
});
