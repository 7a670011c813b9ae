// Settings of the classic group coordinator, under Kafka's broker config names, with Kafka 3.9's
// defaults. A shard takes a partial config; anything missing falls back to these defaults.

export interface GroupCoordinatorConfig {
  /** group.min.session.timeout.ms */
  groupMinSessionTimeoutMs: number;
  /** group.max.session.timeout.ms */
  groupMaxSessionTimeoutMs: number;
  /** group.initial.rebalance.delay.ms */
  groupInitialRebalanceDelayMs: number;
  /** group.max.size (Kafka's default is Integer.MAX_VALUE, i.e. unbounded) */
  groupMaxSize: number;
  /** offsets.retention.minutes */
  offsetsRetentionMinutes: number;
  /** offsets.retention.check.interval.ms */
  offsetsRetentionCheckIntervalMs: number;
  /** offset.metadata.max.bytes */
  offsetMetadataMaxBytes: number;
  /** How long a new member's first JoinGroup may wait before it is dropped (Kafka: 5 minutes). */
  newMemberJoinTimeoutMs: number;
}

export const DEFAULT_GROUP_COORDINATOR_CONFIG: Readonly<GroupCoordinatorConfig> = Object.freeze({
  groupMinSessionTimeoutMs: 6000,
  groupMaxSessionTimeoutMs: 1_800_000,
  groupInitialRebalanceDelayMs: 3000,
  groupMaxSize: Number.POSITIVE_INFINITY,
  offsetsRetentionMinutes: 10080,
  offsetsRetentionCheckIntervalMs: 600_000,
  offsetMetadataMaxBytes: 4096,
  newMemberJoinTimeoutMs: 300_000,
});

export function groupCoordinatorConfig(
  partial: Partial<GroupCoordinatorConfig> = {},
): GroupCoordinatorConfig {
  return { ...DEFAULT_GROUP_COORDINATOR_CONFIG, ...partial };
}
