// Tests for forwarding metadata changes to the quorum leader: real MetadataControllers (each with
// its own directory) over the in-memory quorum of test-support.ts. A change made on a follower runs
// on the leader and is in the follower's image when the call returns; leader changes are followed.
import test, { type ExecutionContext } from 'ava';
import { ManualClock, SystemClock } from '../common/clock.js';
import { SeededRandom } from '../common/random.js';
import { MetadataController } from '../metadata/controller.js';
import { NotLeaderError } from '../metadata/quorum.js';
import { tempDir } from '../metadata/test-support.js';
import { ForwardingController, liveControllerId } from './controller-forwarding.js';
import { LeaderCallError, LeaderRpc } from './leader-rpc.js';
import { FakeQuorum } from './test-support.js';

const CLUSTER_ID = 'MkU3OEVBNTcwNTJENDM2Qg';

interface Node {
  controller: MetadataController;
  forwarding: ForwardingController;
  rpc: LeaderRpc;
}

async function cluster(
  t: ExecutionContext,
  ids: number[],
  changeTimeoutMs = 5000,
): Promise<[FakeQuorum, Node[]]> {
  const quorum = new FakeQuorum();
  quorum.elect(ids[0]!);
  const nodes: Node[] = [];
  for (const id of ids) {
    const controller = await MetadataController.open({
      dataDir: await tempDir(t),
      nodeId: id,
      clusterId: CLUSTER_ID,
      clock: new ManualClock(),
      random: new SeededRandom(id),
      log: quorum.node(id),
      bootstrap: false,
    });
    t.teardown(() => controller.close());
    const rpc = new LeaderRpc(quorum.node(id), { clock: new SystemClock(), retryBackoffMs: 10 });
    nodes.push({
      controller,
      rpc,
      forwarding: new ForwardingController(controller, rpc, { changeTimeoutMs }),
    });
  }
  await nodes[0]!.controller.bootstrap();
  for (const [i, n] of nodes.entries()) {
    await n.forwarding.registerBroker({ nodeId: ids[i]!, host: '127.0.0.1', port: 9090 + i });
  }
  return [quorum, nodes];
}

test('a topic created through a follower is made by the leader and is in the follower image on return', async (t) => {
  const [, [leader, follower]] = await cluster(t, [1, 2, 3]);
  const result = await follower!.forwarding.createTopic({
    name: 'orders',
    numPartitions: 6,
    replicationFactor: 1,
  });
  t.is(result.errorCode, 0);
  const local = follower!.controller.image().topics.get('orders');
  t.truthy(local, 'visible on the follower at once');
  t.is(result.topic, local, 'the result is the local image topic');
  const onLeader = leader!.controller.image().topics.get('orders')!;
  t.true(onLeader.topicId.equals(local!.topicId));
  t.deepEqual([...new Set(onLeader.partitions.map((p) => p.leader))].sort(), [1, 2, 3], 'leaders spread');
  const again = await follower!.forwarding.createTopic({
    name: 'orders',
    numPartitions: 1,
    replicationFactor: 1,
  });
  t.is(again.errorCode, 36, 'TOPIC_ALREADY_EXISTS comes back as data');
});

test('every change method works on a follower', async (t) => {
  const [, nodes] = await cluster(t, [1, 2]);
  const follower = nodes[1]!.forwarding;
  const preview = await follower.createTopic({
    name: 'p',
    numPartitions: 2,
    replicationFactor: 1,
    configs: { 'retention.ms': '1000' },
    validateOnly: true,
  });
  t.is(preview.errorCode, 0);
  t.is(preview.topic?.partitions.length, 2, 'a validateOnly preview crosses the wire');
  t.is(preview.topic?.configs.get('retention.ms'), '1000');
  t.false(follower.image().topics.has('p'));
  t.is((await follower.createTopic({ name: 'p', numPartitions: 1, replicationFactor: 1 })).errorCode, 0);
  t.deepEqual(await follower.createPartitions('p', 3), { errorCode: 0, errorMessage: null });
  t.is(follower.image().topics.get('p')!.partitions.length, 3);
  t.is(
    (await follower.alterConfigs({ type: 'topic', name: 'p' }, { 'cleanup.policy': 'compact' })).errorCode,
    0,
  );
  t.is(follower.image().topics.get('p')!.configs.get('cleanup.policy'), 'compact');
  const block1 = await follower.allocateProducerIds(2);
  const block2 = await nodes[0]!.forwarding.allocateProducerIds(1);
  t.is(block1.size, 1000);
  t.not(block1.firstProducerId, block2.firstProducerId, 'blocks never overlap');
  t.deepEqual(await follower.deleteTopic('p'), { errorCode: 0, errorMessage: null });
  t.false(follower.image().topics.has('p'));
  t.is((await follower.deleteTopic('p')).errorCode, 3, 'UNKNOWN_TOPIC_OR_PARTITION');
});

test("an error thrown on the leader reaches the follower's caller", async (t) => {
  const [, nodes] = await cluster(t, [1, 2]);
  await t.throwsAsync(nodes[1]!.forwarding.registerBroker({ nodeId: -5, host: 'h', port: 1 }), {
    instanceOf: LeaderCallError,
    message: /invalid node id -5/,
  });
});

test('a change waits through an election and follows the new leader', async (t) => {
  const [quorum, nodes] = await cluster(t, [1, 2, 3]);
  quorum.elect(null);
  const pending = nodes[0]!.forwarding.createTopic({
    name: 'during-election',
    numPartitions: 1,
    replicationFactor: 1,
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  quorum.setConnected(1, false);
  quorum.elect(3);
  quorum.setConnected(1, true);
  t.is((await pending).errorCode, 0);
  t.truthy(nodes[0]!.controller.image().topics.get('during-election'));
  t.truthy(nodes[2]!.controller.image().topics.get('during-election'), 'made by node 3');
});

test('without a reachable leader a change fails with NotLeaderError once its deadline passes', async (t) => {
  const [quorum, nodes] = await cluster(t, [1, 2], 200);
  quorum.setConnected(1, false);
  await t.throwsAsync(
    nodes[1]!.forwarding.createTopic({ name: 'x', numPartitions: 1, replicationFactor: 1 }),
    {
      instanceOf: NotLeaderError,
      message: /not reachable/,
    },
  );
  quorum.elect(null);
  await t.throwsAsync(nodes[1]!.forwarding.deleteTopic('x'), { instanceOf: NotLeaderError });
});

test('the controller id names a live broker of the same image, the quorum leader first', (t) => {
  const image = (brokers: Array<[number, boolean]>) =>
    ({
      brokers: new Map(brokers.map(([id, fenced]) => [id, { fenced }])),
    }) as unknown as Parameters<typeof liveControllerId>[0];
  const all = image([
    [1, false],
    [2, false],
    [3, false],
  ]);
  t.is(liveControllerId(all, [3, 1]), 3, 'registered leader');
  t.is(liveControllerId(image([[1, false]]), [3, 1]), 1, 'leader not registered yet: this node');
  t.is(liveControllerId(image([[2, false]]), [null, 1]), 2, 'neither: any live broker');
  t.is(
    liveControllerId(
      image([
        [1, false],
        [3, true],
      ]),
      [3, 1],
    ),
    1,
    'a fenced leader is skipped',
  );
  t.is(liveControllerId(image([]), [3, 1]), -1, 'no live broker');
});
