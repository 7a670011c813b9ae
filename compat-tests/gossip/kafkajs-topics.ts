// kafkajs helpers the shared metadata driver does not cover: full partition metadata (leader,
// replicas, ISR) through admin.fetchTopicMetadata, and what kafkajs reports when it asks for a
// topic that does not exist (admin lookup and a consumer's subscribe, which allows auto-creation).
import { type Admin, Kafka, logLevel } from 'kafkajs';

export interface KafkajsPartition {
  partition: number;
  leader: number;
  replicas: number[];
  isr: number[];
  errorCode: number;
}

function client(bootstrap: string): Kafka {
  return new Kafka({
    clientId: 'gossip-compat-kafkajs-topics',
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    retry: { initialRetryTime: 100, maxRetryTime: 500, retries: 2 },
  });
}

async function withAdmin<T>(bootstrap: string, use: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = client(bootstrap).admin();
  await admin.connect();
  try {
    return await use(admin);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Partitions of existing topics as kafkajs admin.fetchTopicMetadata reports them, by topic. */
export function kafkajsTopicPartitions(
  bootstrap: string,
  topics: string[],
): Promise<Record<string, KafkajsPartition[]>> {
  return withAdmin(bootstrap, async (admin) => {
    const metadata = await admin.fetchTopicMetadata({ topics });
    const out: Record<string, KafkajsPartition[]> = {};
    for (const t of metadata.topics) {
      out[t.name] = t.partitions
        .map((p) => ({
          partition: p.partitionId,
          leader: p.leader,
          replicas: p.replicas,
          isr: p.isr,
          errorCode: p.partitionErrorCode,
        }))
        .sort((a, b) => a.partition - b.partition);
    }
    return out;
  });
}

/** Cluster id, broker list and topic names through kafkajs admin. */
export function kafkajsCluster(bootstrap: string): Promise<{
  clusterId: string;
  brokers: { nodeId: number; host: string; port: number }[];
  topics: string[];
}> {
  return withAdmin(bootstrap, async (admin) => {
    const cluster = await admin.describeCluster();
    const topics = [...(await admin.listTopics())].sort();
    return { clusterId: cluster.clusterId, brokers: cluster.brokers, topics };
  });
}

/** The kafkajs error type (e.g. UNKNOWN_TOPIC_OR_PARTITION) found along an error's cause chain. */
function errorType(error: unknown): string {
  let current = error as
    | { type?: string; cause?: unknown; originalError?: unknown; message?: string }
    | undefined;
  const seen: string[] = [];
  while (current !== undefined && current !== null) {
    if (typeof current.type === 'string') return current.type;
    seen.push(String(current.message));
    current = (current.cause ?? current.originalError) as typeof current;
  }
  return `no kafkajs error type: ${seen.join(' <- ')}`;
}

/**
 * Asks for `topic` through admin.fetchTopicMetadata and through a consumer's subscribe; returns the
 * error type each ended with, or null when it succeeded (which it must not for a missing topic).
 */
export async function kafkajsMissingTopic(
  bootstrap: string,
  topic: string,
): Promise<{ fetchTopicMetadata: string | null; subscribe: string | null }> {
  const fetchTopicMetadata = await withAdmin(bootstrap, (admin) =>
    admin.fetchTopicMetadata({ topics: [topic] }).then(
      () => null,
      (error: unknown) => errorType(error),
    ),
  );
  const consumer = client(bootstrap).consumer({ groupId: 'gossip-compat-kafkajs-missing' });
  await consumer.connect();
  try {
    const subscribe = await consumer.subscribe({ topics: [topic] }).then(
      () => null,
      (error: unknown) => errorType(error),
    );
    return { fetchTopicMetadata, subscribe };
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}
