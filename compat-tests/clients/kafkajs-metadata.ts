// Metadata driver for kafkajs 2.2.4: admin describeCluster/listTopics/fetchTopicMetadata, with the
// named topic auto-created first through a consumer's subscribe(). kafkajs builds its admin with
// allowAutoTopicCreation=false (Metadata v4+ flag), so the admin alone never creates a topic; a
// consumer's cluster allows it. Retries are short so a broken broker fails the driver quickly.
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel, type PartitionMetadata } from 'kafkajs';
import { type ClientMetadata, type DriverOptions, defaultDriverTimeoutMs } from './client-metadata.js';

const require = createRequire(import.meta.url);

/** The installed kafkajs version, read from its package.json. */
export function kafkajsVersion(): string {
  return (require('kafkajs/package.json') as { version: string }).version;
}

/** The clientId this driver's admin and consumer send. */
export const kafkajsClientId = 'gossip-compat-kafkajs';
const pauseMs = 200;

function partitionsReady(partitions: PartitionMetadata[]): boolean {
  return partitions.length > 0 && partitions.every((p) => p.partitionErrorCode === 0 && p.leader >= 0);
}

/** Retries `attempt` on errors kafkajs marks retriable (LEADER_NOT_AVAILABLE right after creation). */
async function retrying<T>(what: string, timeoutMs: number, attempt: () => Promise<T>): Promise<T> {
  for (let waitedMs = 0; ; waitedMs += pauseMs) {
    try {
      return await attempt();
    } catch (error) {
      const retriable = (error as { retriable?: boolean }).retriable === true;
      if (!retriable || waitedMs >= timeoutMs) throw new Error(`kafkajs ${what} failed`, { cause: error });
    }
    await sleep(pauseMs);
  }
}

/** The common metadata shape through kafkajs. */
export async function kafkajsMetadata(options: DriverOptions): Promise<ClientMetadata> {
  const timeoutMs = options.timeoutMs ?? defaultDriverTimeoutMs;
  const kafka = new Kafka({
    clientId: kafkajsClientId,
    brokers: [options.bootstrap],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    retry: { initialRetryTime: 100, maxRetryTime: 1_000, retries: 3 },
  });
  const admin = kafka.admin();
  const consumer = kafka.consumer({ groupId: 'gossip-compat-kafkajs-metadata' });
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();

    await consumer.connect();
    await retrying('subscribe (auto-create)', timeoutMs, () =>
      consumer.subscribe({ topics: [options.topic] }),
    );

    let partitions: PartitionMetadata[] = [];
    for (let waitedMs = 0; ; waitedMs += pauseMs) {
      const metadata = await retrying('fetchTopicMetadata', timeoutMs, () =>
        admin.fetchTopicMetadata({ topics: [options.topic] }),
      );
      partitions = metadata.topics.find((t) => t.name === options.topic)?.partitions ?? [];
      if (partitionsReady(partitions)) break;
      if (waitedMs >= timeoutMs) throw new Error(`kafkajs: topic ${options.topic} has no leaders yet`);
      await sleep(pauseMs);
    }
    const topics = await admin.listTopics();

    return {
      client: 'kafkajs',
      clientVersion: kafkajsVersion(),
      brokers: cluster.brokers.map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port, rack: null })),
      clusterId: cluster.clusterId,
      controllerId: cluster.controller,
      topics: [...topics].sort(),
      autoCreated: {
        name: options.topic,
        partitions: partitions.map((p) => p.partitionId).sort((a, b) => a - b),
      },
      apiVersion: null,
    };
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}
