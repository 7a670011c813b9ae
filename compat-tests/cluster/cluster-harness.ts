// Starts a GOssip cluster of real processes on loopback: each node is `gossip start` (via
// startGossip) with its own data dir, --node-id and the shared controller.quorum.voters, whose
// ports come from freePort() since voters must be known up front. Nodes can be killed (kill -9) and
// restarted on the same data dir; metadata() asks one node over the wire (raw Metadata v12).
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { MetadataApi, type MetadataResponse } from '../../wire/generated/api/003-metadata.js';
import { freePort, tempDir } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';

export interface ClusterNode {
  nodeId: number;
  dataDir: string;
  /** The running process; null while the node is down. */
  broker: GossipBroker | null;
}

export interface Cluster {
  nodes: ClusterNode[];
  voters: string;
  node(id: number): ClusterNode;
  /** The running broker of node `id` (throws when it is down). */
  broker(id: number): GossipBroker;
  kill(id: number): Promise<void>;
  restart(id: number): Promise<GossipBroker>;
  /** Stops every node and removes the data dirs. */
  stop(): Promise<void>;
}

export async function startCluster(size: number, props: Record<string, string> = {}): Promise<Cluster> {
  const ids = Array.from({ length: size }, (_, i) => i + 1);
  const ports: number[] = [];
  for (const _ of ids) ports.push(await freePort());
  const voters = ids.map((id, i) => `${id}@127.0.0.1:${ports[i]}`).join(',');
  const nodes: ClusterNode[] = ids.map((nodeId) => ({
    nodeId,
    dataDir: tempDir(`cluster-n${nodeId}`),
    broker: null,
  }));
  const start = (node: ClusterNode) =>
    startGossip({
      dataDir: node.dataDir,
      props: { ...props, 'node.id': String(node.nodeId), 'controller.quorum.voters': voters },
      startTimeoutMs: 30_000,
    });
  const node = (id: number): ClusterNode => {
    const found = nodes.find((n) => n.nodeId === id);
    if (found === undefined) throw new Error(`no node ${id}`);
    return found;
  };
  const cluster: Cluster = {
    nodes,
    voters,
    node,
    broker(id) {
      const broker = node(id).broker;
      if (broker === null) throw new Error(`node ${id} is down`);
      return broker;
    },
    async kill(id) {
      await cluster.broker(id).kill();
      node(id).broker = null;
    },
    async restart(id) {
      const n = node(id);
      if (n.broker !== null) throw new Error(`node ${id} is running`);
      n.broker = await start(n);
      return n.broker;
    },
    async stop() {
      await Promise.all(nodes.map((n) => n.broker?.stop()));
      await Promise.all(nodes.map((n) => rm(n.dataDir, { recursive: true, force: true })));
    },
  };
  // A node is ready once the quorum has formed and it registered, so all start together.
  const started = await Promise.allSettled(nodes.map((n) => start(n)));
  started.forEach((result, i) => {
    if (result.status === 'fulfilled') nodes[i]!.broker = result.value;
  });
  const failed = started.find((r) => r.status === 'rejected');
  if (failed !== undefined) {
    await cluster.stop();
    throw (failed as PromiseRejectedResult).reason;
  }
  // Each node is ready once it registered itself; the cluster is formed once every node has seen
  // every registration (tests then place partitions on all nodes).
  const all = ids.join();
  for (const n of nodes) {
    await eventually(`node ${n.nodeId} sees all brokers`, 15_000, async () => {
      const seen = (await metadataOf(n.broker!)).brokers.map((b) => b.nodeId).sort((a, b) => a - b);
      return seen.join() === all ? true : undefined;
    });
  }
  return cluster;
}

/** One Metadata v12 request to `broker` (all topics when `topics` is omitted). */
export async function metadataOf(broker: GossipBroker, topics?: string[]): Promise<MetadataResponse> {
  const client = await KafkaWireClient.connect(broker.host, broker.port);
  try {
    const request = {
      topics: topics === undefined ? null : topics.map((name) => ({ name })),
      allowAutoTopicCreation: false,
    };
    return (await client.send(MetadataApi, 12, request)) as MetadataResponse;
  } finally {
    client.close();
  }
}

/** Polls `check` every 100 ms until it returns a value (not undefined) or `timeoutMs` passes. */
export async function eventually<T>(
  what: string,
  timeoutMs: number,
  check: () => Promise<T | undefined>,
): Promise<T> {
  let lastError: unknown;
  for (let waited = 0; waited <= timeoutMs; waited += 100) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(100);
  }
  throw new Error(
    `${what}: not within ${timeoutMs} ms${lastError ? ` (last error: ${String(lastError)})` : ''}`,
  );
}
