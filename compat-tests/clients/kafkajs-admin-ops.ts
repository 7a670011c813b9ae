// Topic administration through the kafkajs 2.2.4 admin client: createTopics with configs,
// describeConfigs, alterConfigs (AlterConfigs replaces the topic's whole dynamic set, so every
// config is sent again), createPartitions, 10 records to partition 0, deleteTopicRecords (before
// offset 4), fetchTopicOffsets, deleteTopics and listTopics. Returns what each step saw.
import { createRequire } from 'node:module';
import { Kafka, logLevel } from 'kafkajs';

const require = createRequire(import.meta.url);
const { ConfigResourceTypes } = require('kafkajs') as typeof import('kafkajs');

const watched = ['retention.ms', 'max.message.bytes', 'cleanup.policy'];

export interface KafkajsAdminOpsResult {
  created: boolean;
  partitionsAfterCreate: number;
  configsAfterCreate: Record<string, string | null>;
  configsAfterAlter: Record<string, string | null>;
  partitionsAfterCreatePartitions: number;
  offsetsAfterDeleteRecords: { partition: number; low: string; high: string } | undefined;
  listedAfterDelete: boolean;
}

export async function kafkajsAdminOps(bootstrap: string, topic: string): Promise<KafkajsAdminOpsResult> {
  const kafka = new Kafka({
    clientId: 'gossip-compat-kafkajs-admin',
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 100, maxRetryTime: 1_000, retries: 5 },
  });
  const admin = kafka.admin();
  const producer = kafka.producer({ idempotent: false, allowAutoTopicCreation: false });
  await admin.connect();
  try {
    const partitionCount = async () =>
      (await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]?.partitions.length ?? 0;
    const describe = async (): Promise<Record<string, string | null>> => {
      const described = await admin.describeConfigs({
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: watched }],
        includeSynonyms: false,
      });
      const entries = described.resources[0]?.configEntries ?? [];
      return Object.fromEntries(
        watched.map((name) => [name, entries.find((e) => e.configName === name)?.configValue ?? null]),
      );
    };

    const created = await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: 2,
          replicationFactor: 1,
          configEntries: [
            { name: 'retention.ms', value: '86400000' },
            { name: 'max.message.bytes', value: '500000' },
          ],
        },
      ],
    });
    const partitionsAfterCreate = await partitionCount();
    const configsAfterCreate = await describe();
    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: topic,
          configEntries: [
            { name: 'retention.ms', value: '3600000' },
            { name: 'max.message.bytes', value: '500000' },
          ],
        },
      ],
    });
    const configsAfterAlter = await describe();
    await admin.createPartitions({ topicPartitions: [{ topic, count: 4 }] });
    const partitionsAfterCreatePartitions = await partitionCount();

    await producer.connect();
    const messages = Array.from({ length: 10 }, (_, i) => ({ partition: 0, value: `v${i}` }));
    await producer.send({ topic, acks: -1, messages });
    await admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '4' }] });
    const offsets = await admin.fetchTopicOffsets(topic);
    const p0 = offsets.find((o) => o.partition === 0);

    await admin.deleteTopics({ topics: [topic] });
    const listedAfterDelete = (await admin.listTopics()).includes(topic);
    return {
      created,
      partitionsAfterCreate,
      configsAfterCreate,
      configsAfterAlter,
      partitionsAfterCreatePartitions,
      offsetsAfterDeleteRecords: p0 && { partition: p0.partition, low: p0.low, high: p0.high },
      listedAfterDelete,
    };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}
