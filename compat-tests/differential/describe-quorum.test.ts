// Differential test of DescribeQuorum: the same requests go to the reference Apache Kafka 3.9
// (KRaft combined mode, one node, which answers from its Raft client) and to a single GOssip node,
// at versions 0-2, and the decoded answers are compared after normalize(). What must differ
// between two one-node quorums is reduced to its shape: node ids to "the leader", epochs to
// "positive", offsets (each counts its own metadata log) to "HW >= 0 and every LEO == HW",
// timestamps to "-1" / "set", and endpoints to their listener names.
import test, { type ExecutionContext } from 'ava';
import {
  DescribeQuorumApi,
  type DescribeQuorumRequest,
  type DescribeQuorumResponse,
} from '../../wire/generated/api/055-describe-quorum.js';
import type { Init } from '../../wire/primitives/index.js';
import { missing, skippedFor } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import {
  type ReferenceKafka,
  referenceKafkaAvailable,
  startReferenceKafka,
} from '../harness/reference-kafka.js';
import { normalize } from './normalize.js';

const METADATA = '__cluster_metadata';
let kafka: ReferenceKafka | undefined;
let gossip: GossipBroker | undefined;
let k: KafkaWireClient;
let g: KafkaWireClient;
let skip: string | undefined;

test.before(async () => {
  skip = missing('java and mvn (for the reference Kafka broker)', referenceKafkaAvailable());
  if (skip) return;
  [kafka, gossip] = await Promise.all([startReferenceKafka(), startGossip()]);
  k = await KafkaWireClient.connect(kafka.host, kafka.port);
  g = await KafkaWireClient.connect(gossip.host, gossip.port);
});

test.after.always(async () => {
  k?.close();
  g?.close();
  await Promise.all([kafka?.stop(), gossip?.stop()]);
});

const skipped = (t: ExecutionContext): boolean => skippedFor(t, skip);

/** The answer with everything two different one-node quorums may differ in reduced to its shape. */
function shape(response: DescribeQuorumResponse, leaderId: number): unknown {
  const sameNode = (id: number) => (id === leaderId ? 'leader' : id);
  const time = (ms: bigint) => (ms === -1n ? '-1' : ms > 0n ? 'set' : String(ms));
  return normalize({
    ...response,
    topics: response.topics.map((t) => ({
      ...t,
      partitions: t.partitions.map((p) => ({
        ...p,
        leaderId: sameNode(p.leaderId),
        leaderEpoch: p.leaderEpoch > 0 ? 'positive' : p.leaderEpoch,
        highWatermark: p.highWatermark >= 0n ? 'offset' : String(p.highWatermark),
        currentVoters: p.currentVoters.map((v) => ({
          ...v,
          replicaId: sameNode(v.replicaId),
          logEndOffset: v.logEndOffset === p.highWatermark ? 'HW' : String(v.logEndOffset),
          lastFetchTimestamp: time(v.lastFetchTimestamp),
          lastCaughtUpTimestamp: time(v.lastCaughtUpTimestamp),
        })),
      })),
    })),
    nodes: response.nodes.map((n) => ({ ...n, nodeId: sameNode(n.nodeId) })),
  });
}

async function both(
  v: number,
  body: Init<DescribeQuorumRequest>,
): Promise<{ kafka: DescribeQuorumResponse; gossip: DescribeQuorumResponse }> {
  const [kr, gr] = await Promise.all([
    k.send(DescribeQuorumApi, v, body),
    g.send(DescribeQuorumApi, v, body),
  ]);
  return { kafka: kr, gossip: gr };
}

const metadataPartition = { topics: [{ topicName: METADATA, partitions: [{ partitionIndex: 0 }] }] };

for (const v of [0, 1, 2]) {
  test.serial(`DescribeQuorum v${v} describes a one-node quorum as Kafka does`, async (t) => {
    if (skipped(t)) return;
    const r = await both(v, metadataPartition);
    t.deepEqual(shape(r.gossip, gossip!.nodeId), shape(r.kafka, 1));
    const p = r.gossip.topics[0]?.partitions[0];
    t.is(p?.leaderId, gossip!.nodeId);
    t.true((p?.highWatermark ?? -1n) > 0n, 'the metadata log holds the bootstrap and registration records');
  });

  const wrong: Array<[string, Init<DescribeQuorumRequest>]> = [
    ['another topic', { topics: [{ topicName: 'orders', partitions: [{ partitionIndex: 0 }] }] }],
    ['partition 1', { topics: [{ topicName: METADATA, partitions: [{ partitionIndex: 1 }] }] }],
    [
      'two partitions',
      { topics: [{ topicName: METADATA, partitions: [{ partitionIndex: 0 }, { partitionIndex: 1 }] }] },
    ],
    ['no topics', { topics: [] }],
    [
      'two topics',
      { topics: [metadataPartition.topics[0]!, { topicName: 'x', partitions: [{ partitionIndex: 0 }] }] },
    ],
  ];
  for (const [label, body] of wrong) {
    test.serial(`DescribeQuorum v${v} with ${label} fails as in Kafka`, async (t) => {
      if (skipped(t)) return;
      const r = await both(v, body);
      t.deepEqual(normalize(r.gossip), normalize(r.kafka));
    });
  }
}
