// Kafka 3.9's own kafka-metadata-quorum tool (org.apache.kafka.tools.MetadataQuorumCommand, run with
// `java -cp`) against a single GOssip node and a 3-node GOssip cluster: `describe --status` must
// name the Raft leader and every voter, `describe --replication` must list each voter with its
// role, and in the cluster every node (leader or not) must give the same answer, since followers
// ask the leader. The leader is read independently with a raw DescribeQuorum request.
import test from 'ava';
import { DescribeQuorumApi } from '../../wire/generated/api/055-describe-quorum.js';
import { runKafkaTool } from '../data-path/kafka-cli.js';
import { missing } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import { javaToolsAvailable } from '../harness/java-client.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import { type Cluster, eventually, startCluster } from './cluster-harness.js';

const TOOL = 'org.apache.kafka.tools.MetadataQuorumCommand';
const skip = missing('java and mvn (for Kafka tools)', javaToolsAvailable());

interface Status {
  leaderId: number;
  voterIds: number[];
  fields: Map<string, string>;
}

interface ReplicationRow {
  nodeId: number;
  logEndOffset: number;
  lag: number;
  status: string;
}

async function tool(broker: GossipBroker, mode: '--status' | '--replication'): Promise<string> {
  const result = await runKafkaTool(TOOL, ['--bootstrap-server', broker.bootstrap, 'describe', mode]);
  if (result.code !== 0)
    throw new Error(`kafka-metadata-quorum ${mode} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

/** `Key:   value` lines; CurrentVoters is a JSON array of {"id": n, ...}. */
function parseStatus(text: string): Status {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^(\w+):\s+(.*)$/.exec(line.trim());
    if (m) fields.set(m[1]!, m[2]!.trim());
  }
  const voters = JSON.parse(fields.get('CurrentVoters') ?? 'null') as Array<{ id: number }>;
  return {
    leaderId: Number(fields.get('LeaderId')),
    voterIds: voters.map((v) => v.id).sort(),
    fields,
  };
}

/** The tab-separated table under the NodeId header. */
function parseReplication(text: string): ReplicationRow[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const header = lines[0]?.split('\t').map((c) => c.trim()) ?? [];
  const col = (name: string) => header.indexOf(name);
  return lines
    .slice(1)
    .map((l) => l.split('\t').map((c) => c.trim()))
    .map((cells) => ({
      nodeId: Number(cells[col('NodeId')]),
      logEndOffset: Number(cells[col('LogEndOffset')]),
      lag: Number(cells[col('Lag')]),
      status: cells[col('Status')] ?? '',
    }))
    .sort((a, b) => a.nodeId - b.nodeId);
}

/** The leader id a node reports in a raw DescribeQuorum v2 (its own view or the leader's). */
async function describedLeader(broker: GossipBroker): Promise<number> {
  const client = await KafkaWireClient.connect(broker.host, broker.port);
  try {
    const response = await client.send(DescribeQuorumApi, 2, {
      topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }],
    });
    const partition = response.topics[0]?.partitions[0];
    if (partition === undefined || partition.errorCode !== 0) throw new Error('DescribeQuorum failed');
    return partition.leaderId;
  } finally {
    client.close();
  }
}

test.serial('kafka-metadata-quorum describes a single GOssip node', async (t) => {
  if (skip) {
    t.log(`skipped: ${skip}`);
    t.pass();
    return;
  }
  const broker = await startGossip();
  t.teardown(() => broker.stop());
  const status = parseStatus(await tool(broker, '--status'));
  t.is(status.leaderId, broker.nodeId);
  t.deepEqual(status.voterIds, [broker.nodeId]);
  t.is(status.fields.get('ClusterId'), broker.clusterId);
  t.is(status.fields.get('LeaderEpoch'), '1');
  t.true(Number(status.fields.get('HighWatermark')) > 0);
  t.is(status.fields.get('CurrentObservers'), '[]');
  const rows = parseReplication(await tool(broker, '--replication'));
  t.deepEqual(
    rows.map((r) => [r.nodeId, r.status, r.lag]),
    [[broker.nodeId, 'Leader', 0]],
  );
  t.is(rows[0]?.logEndOffset, Number(status.fields.get('HighWatermark')));
});

test.serial('kafka-metadata-quorum describes a 3-node GOssip cluster from every node', async (t) => {
  if (skip) {
    t.log(`skipped: ${skip}`);
    t.pass();
    return;
  }
  const cluster: Cluster = await startCluster(3);
  t.teardown(() => cluster.stop());
  const leaderId = await describedLeader(cluster.broker(1));
  t.true([1, 2, 3].includes(leaderId));
  for (const id of [1, 2, 3]) {
    const text = await tool(cluster.broker(id), '--status');
    if (id === 1) t.log(text);
    const status = parseStatus(text);
    t.is(status.leaderId, leaderId, `LeaderId via node ${id}`);
    t.deepEqual(status.voterIds, [1, 2, 3], `voters via node ${id}`);
    t.true(Number(status.fields.get('LeaderEpoch')) >= 1);
    t.is(status.fields.get('CurrentObservers'), '[]');
  }
  // Followers catch up within a heartbeat or two: then every voter is at the leader's log end.
  const follower = cluster.broker(leaderId === 1 ? 2 : 1);
  const rows = await eventually('followers caught up', 20_000, async () => {
    const text = await tool(follower, '--replication');
    const r = parseReplication(text);
    if (r.length === 3 && r.every((row) => row.lag === 0)) t.log(text);
    return r.length === 3 && r.every((row) => row.lag === 0) ? r : undefined;
  });
  t.deepEqual(
    rows.map((r) => [r.nodeId, r.status]),
    [1, 2, 3].map((id) => [id, id === leaderId ? 'Leader' : 'Follower']),
  );
  const ends = new Set(rows.map((r) => r.logEndOffset));
  t.is(ends.size, 1, 'every voter holds the same metadata records');
  t.true([...ends][0]! > 0);
});
