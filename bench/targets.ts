// The systems under test, behind one shape: GOssip (the compiled broker via the compat-tests
// harness), the reference Apache Kafka broker (full JIT, 1 GiB heap) and the raw TCP sink process.
// Each exposes its address and pid (for /proc figures), creates topics over the wire, and stops.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { startGossip } from '../compat-tests/harness/gossip-broker.js';
import { KafkaWireClient } from '../compat-tests/harness/kafka-wire-client.js';
import { startReferenceKafka } from '../compat-tests/harness/reference-kafka.js';
import { ListOffsetsApi } from '../wire/generated/api/002-list-offsets.js';
import { MetadataApi } from '../wire/generated/api/003-metadata.js';
import { CreateTopicsApi } from '../wire/generated/api/019-create-topics.js';
import { DeleteTopicsApi } from '../wire/generated/api/020-delete-topics.js';
import { findPid } from './proc-stats.js';

export interface Target {
  name: 'gossip' | 'kafka' | 'raw-tcp';
  host: string;
  port: number;
  pid: number;
  /** True for brokers (Produce responses decoded, topics exist). */
  isBroker: boolean;
  createTopic(topic: string, partitions: number): Promise<void>;
  /** Deletes topics whose data is no longer needed, so a run does not fill the disk. */
  deleteTopics(topics: readonly string[]): Promise<void>;
  stop(): Promise<void>;
}

const topicErrorAlreadyExists = 36;

/** Creates `topic` and waits (up to `waitMs`) until every partition has a leader and serves reads. */
export async function createTopicOverWire(
  host: string,
  port: number,
  topic: string,
  partitions: number,
  waitMs = 10_000,
): Promise<void> {
  const client = await KafkaWireClient.connect(host, port, { clientId: 'gossip-bench' });
  try {
    const created = await client.send(CreateTopicsApi, 4, {
      topics: [
        { name: topic, numPartitions: partitions, replicationFactor: 1, assignments: [], configs: [] },
      ],
      timeoutMs: Math.max(30_000, waitMs),
      validateOnly: false,
    });
    const code = created.topics[0]?.errorCode ?? -1;
    if (code !== 0 && code !== topicErrorAlreadyExists)
      throw new Error(`CreateTopics ${topic}: error ${code}`);
    const deadline = performance.now() + waitMs;
    while (performance.now() < deadline) {
      const md = await client.send(MetadataApi, 4, {
        topics: [{ name: topic }],
        allowAutoTopicCreation: false,
      });
      const t = md.topics[0];
      const led =
        t?.errorCode === 0 &&
        t.partitions.length === partitions &&
        t.partitions.every((p) => p.errorCode === 0 && p.leaderId >= 0);
      // Kafka lists a leader before the partition is ready on it (Produce then gets
      // NOT_LEADER_OR_FOLLOWER), so also wait until every partition answers ListOffsets.
      if (led && (await everyPartitionServes(client, topic, partitions))) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`topic ${topic} has no leaders after ${waitMs / 1000} s`);
  } finally {
    client.close();
  }
}

async function deleteTopicsOverWire(host: string, port: number, topics: readonly string[]): Promise<void> {
  const client = await KafkaWireClient.connect(host, port, { clientId: 'gossip-bench' });
  try {
    await client.send(DeleteTopicsApi, 3, { topicNames: [...topics], timeoutMs: 30_000 });
  } finally {
    client.close();
  }
}

async function everyPartitionServes(
  client: KafkaWireClient,
  topic: string,
  partitions: number,
): Promise<boolean> {
  const indexes = Array.from({ length: partitions }, (_, i) => i);
  const answer = await client.send(ListOffsetsApi, 1, {
    replicaId: -1,
    topics: [
      { name: topic, partitions: indexes.map((partitionIndex) => ({ partitionIndex, timestamp: -1n })) },
    ],
  });
  const served = answer.topics[0]?.partitions ?? [];
  return served.length === partitions && served.every((p) => p.errorCode === 0);
}

export async function startGossipTarget(env: Record<string, string> = {}): Promise<Target> {
  const broker = await startGossip({ env, startTimeoutMs: 60_000 });
  return {
    name: 'gossip',
    host: broker.host,
    port: broker.port,
    pid: broker.process.pid!,
    isBroker: true,
    createTopic: (topic, partitions) => createTopicOverWire(broker.host, broker.port, topic, partitions),
    deleteTopics: (topics) => deleteTopicsOverWire(broker.host, broker.port, topics),
    stop: async () => {
      await broker.stop();
    },
  };
}

export async function startKafkaTarget(): Promise<Target> {
  const kafka = await startReferenceKafka({
    jvmFlags: ['-Xms1g', '-Xmx1g', '-XX:+UseG1GC'],
    numPartitions: 16,
    // Deleted topics leave the disk at once instead of after Kafka's 60 s default delay.
    extraProps: { 'file.delete.delay.ms': '1000', 'log.segment.delete.delay.ms': '1000' },
    startTimeoutMs: 120_000,
  });
  const pid = findPid(['kafka.Kafka', join(kafka.dataDir, 'server.properties')]);
  if (pid === undefined) throw new Error('cannot find the Kafka JVM pid');
  return {
    name: 'kafka',
    host: kafka.host,
    port: kafka.port,
    pid,
    isBroker: true,
    createTopic: (topic, partitions) => createTopicOverWire(kafka.host, kafka.port, topic, partitions),
    deleteTopics: (topics) => deleteTopicsOverWire(kafka.host, kafka.port, topics),
    stop: () => kafka.stop(),
  };
}

export async function startRawTcpTarget(): Promise<Target> {
  const script = join(import.meta.dirname, 'baselines', 'tcp-sink.ts');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /tcp-sink port=(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`tcp-sink exited with ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name: 'raw-tcp',
    host: '127.0.0.1',
    port,
    pid: child.pid!,
    isBroker: false,
    createTopic: async () => {},
    deleteTopics: async () => {},
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
