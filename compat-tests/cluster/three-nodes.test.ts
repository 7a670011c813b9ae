// Three GOssip processes on loopback, one metadata quorum, real clients (kafkajs, kcat, raw wire):
// topics made through any node appear everywhere with leaders on all nodes, clients are routed to
// leaders and non-leaders refuse, FindCoordinator agrees everywhere; then the quorum leader is
// killed: re-election, fencing to LEADER_NOT_AVAILABLE, and a restart that catches up and leads again.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { Kafka, logLevel } from 'kafkajs';
import { coordinatorPartitionFor } from '../../src/coordinator/coordinator-key.js';
import { ListOffsetsApi, type ListOffsetsResponse } from '../../wire/generated/api/002-list-offsets.js';
import {
  FindCoordinatorApi,
  type FindCoordinatorResponse,
} from '../../wire/generated/api/010-find-coordinator.js';
import {
  type CreatableTopicResult,
  CreateTopicsApi,
  type CreateTopicsResponse,
} from '../../wire/generated/api/019-create-topics.js';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { kcatConsume } from '../clients/kcat-produce.js';
import { runProgram } from '../clients/run-program.js';
import { hasCommand, missing } from '../harness/env.js';
import type { GossipBroker } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import { fetchOnce, produce, valuesBatch } from '../harness/wire-data.js';
import { eventually, metadataOf, startCluster } from './cluster-harness.js';

const SESSION_TIMEOUT_MS = 3000;
const PROPS = {
  'broker.session.timeout.ms': String(SESSION_TIMEOUT_MS),
  'broker.heartbeat.interval.ms': '500',
  'num.partitions': '1',
};

function kafka(broker: GossipBroker): Kafka {
  return new Kafka({
    brokers: [broker.bootstrap],
    clientId: 'gossip-cluster-test',
    logLevel: logLevel.NOTHING,
  });
}

/** Partition index -> leader id, as `broker` reports topic `name`. */
async function leadersOf(broker: GossipBroker, name: string): Promise<number[]> {
  const res = await metadataOf(broker, [name]);
  const topic = res.topics.find((t) => t.name === name);
  if (topic === undefined || topic.errorCode !== 0) throw new Error(`${name}: ${topic?.errorCode}`);
  return topic.partitions.sort((a, b) => a.partitionIndex - b.partitionIndex).map((p) => p.leaderId);
}

async function findGroupCoordinator(broker: GossipBroker, group: string): Promise<FindCoordinatorResponse> {
  const client = await KafkaWireClient.connect(broker.host, broker.port);
  try {
    return (await client.send(FindCoordinatorApi, 3, { key: group, keyType: 0 })) as FindCoordinatorResponse;
  } finally {
    client.close();
  }
}

async function createTopicRaw(
  broker: GossipBroker,
  name: string,
  partitions: number,
): Promise<CreatableTopicResult> {
  const client = await KafkaWireClient.connect(broker.host, broker.port);
  try {
    const res = (await client.send(CreateTopicsApi, 5, {
      topics: [{ name, numPartitions: partitions, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 30_000,
      validateOnly: false,
    })) as CreateTopicsResponse;
    return res.topics[0]!;
  } finally {
    client.close();
  }
}

const skip = missing('kcat', hasCommand('kcat'));

(skip ? test.skip : test)(
  'three nodes: one metadata quorum, clients routed to leaders, a killed node fenced and back',
  async (t) => {
    t.timeout(120_000);
    const cluster = await startCluster(3, PROPS);
    const work = await mkdtemp(join(tmpdir(), 'gossip-cluster-work-'));
    t.teardown(async () => {
      await cluster.stop();
      await rm(work, { recursive: true, force: true });
    });
    const [n1, n2, n3] = [cluster.broker(1), cluster.broker(2), cluster.broker(3)];
    t.is(new Set([n1.clusterId, n2.clusterId, n3.clusterId]).size, 1, 'one cluster id');

    // kafkajs creates a topic through node 1.
    const admin = kafka(n1).admin();
    await admin.connect();
    t.true(
      await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 6 }], waitForLeaders: true }),
    );
    await admin.disconnect();
    const leaders = await leadersOf(n1, 'orders');
    for (const b of [n2, n3]) {
      t.deepEqual(
        await eventually('same leaders', 5000, async () => {
          const seen = await leadersOf(b, 'orders');
          return seen.join() === leaders.join() ? seen : undefined;
        }),
        leaders,
        `node ${b.nodeId} reports the same partitions`,
      );
    }
    t.deepEqual([...new Set(leaders)].sort(), [1, 2, 3], 'leaders spread over all three nodes');
    const brokers = (await metadataOf(n3)).brokers.map((b) => b.nodeId).sort();
    t.deepEqual(brokers, [1, 2, 3]);

    // kafkajs produces to every partition through node 2 (it routes each to its leader).
    const producer = kafka(n2).producer();
    await producer.connect();
    await producer.send({
      topic: 'orders',
      acks: -1,
      messages: leaders.map((_, p) => ({ partition: p, value: `kafkajs-${p}` })),
    });
    await producer.disconnect();

    // kcat produces through node 1 to a partition node 1 does not lead.
    const foreign = leaders.findIndex((leader) => leader !== 1);
    const file = join(work, 'message.txt');
    await writeFile(file, 'kcat-via-node-1');
    await runProgram(
      'kcat',
      ['-P', '-b', n1.bootstrap, '-t', 'orders', '-p', String(foreign), '-X', 'acks=all', file],
      30_000,
    );

    // Everything reads back through node 3.
    const read = await kcatConsume({ bootstrap: n3.bootstrap, topic: 'orders', timeoutMs: 30_000 });
    const values = read.map((r) => `${r.partition}:${r.value?.toString()}`).sort();
    const expected = leaders.map((_, p) => `${p}:kafkajs-${p}`);
    expected.push(`${foreign}:kcat-via-node-1`);
    t.deepEqual(values, expected.sort());

    // FindCoordinator answers alike on every node: the leader of the group's __consumer_offsets partition.
    const coordinators = await eventually('a group coordinator', 10_000, async () => {
      const found = await Promise.all([n1, n2, n3].map((b) => findGroupCoordinator(b, 'cluster-group')));
      return found.every((c) => c.errorCode === 0) ? found.map((c) => c.nodeId) : undefined;
    });
    const offsetsLeaders = await leadersOf(n1, '__consumer_offsets');
    const coordinator = offsetsLeaders[coordinatorPartitionFor('cluster-group', offsetsLeaders.length)];
    t.deepEqual(coordinators, [coordinator, coordinator, coordinator]);
    // A consumer group through a node that does not coordinate the group.
    const entry = [n1, n2, n3].find((b) => b.nodeId !== coordinator)!;
    const consumer = kafka(entry).consumer({ groupId: 'cluster-group' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'orders', fromBeginning: true });
    const consumed = new Set<string>();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`consumed only ${[...consumed].join()}`)), 30_000);
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          consumed.add(`${partition}:${message.value?.toString()}`);
          if (consumed.size === expected.length) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    await consumer.disconnect();
    t.deepEqual([...consumed].sort(), expected);

    // Raw Produce, Fetch and ListOffsets to a node that does not lead the partition.
    const nonLeader = [n1, n2, n3].find((b) => b.nodeId !== leaders[0])!;
    const client = await KafkaWireClient.connect(nonLeader.host, nonLeader.port);
    const refused = await produce(client, 'orders', 0, valuesBatch(['misrouted'], 1)).catch(
      (e: Error) => e.message,
    );
    t.regex(String(refused), new RegExp(`error ${ErrorCode.NOT_LEADER_OR_FOLLOWER}$`));
    t.is((await fetchOnce(client, 'orders', 0, 0n)).errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER, 'Fetch');
    const listed = (await client.send(ListOffsetsApi, 7, {
      replicaId: -1,
      isolationLevel: 0,
      topics: [
        { name: 'orders', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -1n }] },
      ],
    })) as ListOffsetsResponse;
    t.is(listed.topics[0]?.partitions[0]?.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER, 'ListOffsets');
    client.close();

    // Kill the metadata quorum leader (Metadata's controller id).
    const killed = (await metadataOf(n1)).controllerId;
    t.true([1, 2, 3].includes(killed), `the quorum leader is node ${killed}`);
    await cluster.kill(killed);
    const survivors = [n1, n2, n3].filter((b) => b.nodeId !== killed);
    const newLeader = await eventually('a new quorum leader', 10_000, async () => {
      const ids = await Promise.all(survivors.map(async (b) => (await metadataOf(b)).controllerId));
      return ids.every((id) => id === ids[0] && id !== killed) ? ids[0] : undefined;
    });
    t.not(newLeader, killed);
    for (const b of survivors) t.truthy((await metadataOf(b, ['orders'])).topics[0]?.partitions.length === 6);

    // kafkajs sends CreateTopics to the controller (the new quorum leader); a raw CreateTopics to
    // the other survivor is forwarded by it to the leader.
    const survivorAdmin = kafka(survivors[1]!).admin();
    await survivorAdmin.connect();
    t.true(await survivorAdmin.createTopics({ topics: [{ topic: 'after-failover', numPartitions: 2 }] }));
    await survivorAdmin.disconnect();
    const follower = survivors.find((b) => b.nodeId !== newLeader)!;
    const forwarded = await createTopicRaw(follower, 'forwarded', 3);
    t.is(forwarded.errorCode, 0, `created through follower ${follower.nodeId}`);
    t.is(forwarded.numPartitions, 3);
    t.deepEqual((await leadersOf(follower, 'forwarded')).length, 3, 'in the follower Metadata on return');

    const killedPartitions = leaders.flatMap((leader, p) => (leader === killed ? [p] : []));
    t.true(killedPartitions.length > 0);
    await eventually('the killed node fenced', SESSION_TIMEOUT_MS + 10_000, async () => {
      const res = await metadataOf(survivors[0]!, ['orders']);
      const parts = res.topics[0]!.partitions;
      const offline = killedPartitions.every(
        (p) => parts[p]!.leaderId === -1 && parts[p]!.errorCode === ErrorCode.LEADER_NOT_AVAILABLE,
      );
      return offline && !res.brokers.some((b) => b.nodeId === killed) ? true : undefined;
    });
    t.pass('the killed node is fenced and its partitions are LEADER_NOT_AVAILABLE');

    // Restart it on its data dir: it catches up and leads its partitions again.
    const back = await cluster.restart(killed);
    t.is(
      (await metadataOf(back, ['after-failover'])).topics[0]?.errorCode,
      0,
      'sees the topic made while down',
    );
    for (const b of [...survivors, back]) {
      await eventually(`leaders restored on node ${b.nodeId}`, 10_000, async () =>
        (await leadersOf(b, 'orders')).join() === leaders.join() ? true : undefined,
      );
    }
    const again = await kcatConsume({
      bootstrap: survivors[0]!.bootstrap,
      topic: 'orders',
      partition: killedPartitions[0]!,
      timeoutMs: 30_000,
    });
    t.true(
      again.some((r) => r.value?.toString() === `kafkajs-${killedPartitions[0]}`),
      'the restarted node still has its data',
    );
  },
);
