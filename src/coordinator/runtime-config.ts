// The coordinator runtime's settings, read from broker properties under Kafka's names with Kafka
// 3.9's defaults: the classic group shard's config (group.*, offsets.retention.*,
// offset.metadata.max.bytes) and how the internal topics __consumer_offsets and
// __transaction_state are created. A malformed value falls back to the default.
import type { GroupCoordinatorConfig } from './config.js';

export const GROUP_METADATA_TOPIC = '__consumer_offsets';
export const TRANSACTION_STATE_TOPIC = '__transaction_state';

/** How an internal coordinator topic is created the first time it is needed. */
export interface InternalTopicSpec {
  name: string;
  numPartitions: number;
  /** Asked for; clamped to the live broker count at creation. */
  replicationFactor: number;
  configs: Record<string, string>;
}

export interface CoordinatorRuntimeConfig {
  shard: Partial<GroupCoordinatorConfig>;
  offsetsTopic: InternalTopicSpec;
  transactionTopic: InternalTopicSpec;
}

export function coordinatorRuntimeConfig(props: ReadonlyMap<string, string>): CoordinatorRuntimeConfig {
  const int = (key: string, fallback: number, min = 0): number => {
    const raw = props.get(key)?.trim();
    const n = raw !== undefined && /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
    return Number.isSafeInteger(n) && n >= min ? n : fallback;
  };
  const shard: Partial<GroupCoordinatorConfig> = {
    groupMinSessionTimeoutMs: int('group.min.session.timeout.ms', 6000),
    groupMaxSessionTimeoutMs: int('group.max.session.timeout.ms', 1_800_000),
    groupInitialRebalanceDelayMs: int('group.initial.rebalance.delay.ms', 3000),
    offsetsRetentionMinutes: int('offsets.retention.minutes', 10080, 1),
    offsetsRetentionCheckIntervalMs: int('offsets.retention.check.interval.ms', 600_000, 1),
    offsetMetadataMaxBytes: int('offset.metadata.max.bytes', 4096),
  };
  const maxSize = int('group.max.size', 2_147_483_647, 1);
  if (maxSize < 2_147_483_647) shard.groupMaxSize = maxSize;
  const transactionMinIsr = int('transaction.state.log.min.isr', 2, 1);
  return {
    shard,
    offsetsTopic: {
      name: GROUP_METADATA_TOPIC,
      numPartitions: int('offsets.topic.num.partitions', 50, 1),
      replicationFactor: int('offsets.topic.replication.factor', 3, 1),
      configs: {
        'cleanup.policy': 'compact',
        'compression.type': 'producer',
        'segment.bytes': String(int('offsets.topic.segment.bytes', 104_857_600, 1)),
      },
    },
    transactionTopic: {
      name: TRANSACTION_STATE_TOPIC,
      numPartitions: int('transaction.state.log.num.partitions', 50, 1),
      replicationFactor: int('transaction.state.log.replication.factor', 3, 1),
      configs: {
        'cleanup.policy': 'compact',
        'compression.type': 'uncompressed',
        'min.insync.replicas': String(transactionMinIsr),
        'segment.bytes': String(int('transaction.state.log.segment.bytes', 104_857_600, 1)),
        'unclean.leader.election.enable': 'false',
      },
    },
  };
}
