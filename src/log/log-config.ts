// The effective configuration of one partition log: a topic override wins, then the broker's
// `log.*` property, then Kafka's default. One table maps each topic config to its broker
// synonym and default, so the log, DescribeConfigs and validation all read the same facts.

export interface TopicConfigDefault {
  /** Topic-level name (e.g. retention.ms). */
  name: string;
  /** Broker-level synonyms, most specific first (e.g. log.retention.ms, log.retention.minutes, ...). */
  brokerNames: readonly string[];
  /** Multipliers to milliseconds/bytes for each synonym (hours -> ms), same order as brokerNames. */
  brokerScale?: readonly number[];
  /** Kafka 3.9's default, as Kafka prints it in DescribeConfigs. */
  defaultValue: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const LONG_MAX = '9223372036854775807';

export const TOPIC_CONFIG_DEFAULTS: readonly TopicConfigDefault[] = [
  { name: 'cleanup.policy', brokerNames: ['log.cleanup.policy'], defaultValue: 'delete' },
  { name: 'compression.type', brokerNames: ['compression.type'], defaultValue: 'producer' },
  { name: 'compression.gzip.level', brokerNames: ['compression.gzip.level'], defaultValue: '-1' },
  { name: 'compression.lz4.level', brokerNames: ['compression.lz4.level'], defaultValue: '9' },
  { name: 'compression.zstd.level', brokerNames: ['compression.zstd.level'], defaultValue: '3' },
  // Broker-side schema validation (Confluent Server's names; see replication/schema-validation.ts).
  { name: 'confluent.key.schema.validation', brokerNames: [], defaultValue: 'false' },
  { name: 'confluent.value.schema.validation', brokerNames: [], defaultValue: 'false' },
  { name: 'gossip.schema.validation.payload', brokerNames: [], defaultValue: 'false' },
  // gossip-migrate's import mode: Produce is refused, the HTTP import API appends (src/http/import-plugin.ts).
  { name: 'gossip.import.mode', brokerNames: [], defaultValue: 'false' },
  {
    name: 'delete.retention.ms',
    brokerNames: ['log.cleaner.delete.retention.ms'],
    defaultValue: String(DAY_MS),
  },
  { name: 'file.delete.delay.ms', brokerNames: ['log.segment.delete.delay.ms'], defaultValue: '60000' },
  { name: 'flush.messages', brokerNames: ['log.flush.interval.messages'], defaultValue: LONG_MAX },
  { name: 'flush.ms', brokerNames: ['log.flush.interval.ms'], defaultValue: LONG_MAX },
  { name: 'index.interval.bytes', brokerNames: ['log.index.interval.bytes'], defaultValue: '4096' },
  {
    name: 'max.compaction.lag.ms',
    brokerNames: ['log.cleaner.max.compaction.lag.ms'],
    defaultValue: LONG_MAX,
  },
  { name: 'max.message.bytes', brokerNames: ['message.max.bytes'], defaultValue: '1048588' },
  { name: 'message.timestamp.type', brokerNames: ['log.message.timestamp.type'], defaultValue: 'CreateTime' },
  {
    name: 'message.timestamp.before.max.ms',
    brokerNames: ['log.message.timestamp.before.max.ms'],
    defaultValue: LONG_MAX,
  },
  {
    name: 'message.timestamp.after.max.ms',
    brokerNames: ['log.message.timestamp.after.max.ms'],
    defaultValue: LONG_MAX,
  },
  {
    name: 'min.cleanable.dirty.ratio',
    brokerNames: ['log.cleaner.min.cleanable.ratio'],
    defaultValue: '0.5',
  },
  { name: 'min.compaction.lag.ms', brokerNames: ['log.cleaner.min.compaction.lag.ms'], defaultValue: '0' },
  { name: 'min.insync.replicas', brokerNames: ['min.insync.replicas'], defaultValue: '1' },
  { name: 'preallocate', brokerNames: ['log.preallocate'], defaultValue: 'false' },
  { name: 'retention.bytes', brokerNames: ['log.retention.bytes'], defaultValue: '-1' },
  {
    name: 'retention.ms',
    brokerNames: ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours'],
    brokerScale: [1, 60_000, 3_600_000],
    defaultValue: String(7 * DAY_MS),
  },
  { name: 'segment.bytes', brokerNames: ['log.segment.bytes'], defaultValue: String(1024 * 1024 * 1024) },
  {
    name: 'segment.index.bytes',
    brokerNames: ['log.index.size.max.bytes'],
    defaultValue: String(10 * 1024 * 1024),
  },
  {
    name: 'segment.jitter.ms',
    brokerNames: ['log.roll.jitter.ms', 'log.roll.jitter.hours'],
    brokerScale: [1, 3_600_000],
    defaultValue: '0',
  },
  {
    name: 'segment.ms',
    brokerNames: ['log.roll.ms', 'log.roll.hours'],
    brokerScale: [1, 3_600_000],
    defaultValue: String(7 * DAY_MS),
  },
  {
    name: 'unclean.leader.election.enable',
    brokerNames: ['unclean.leader.election.enable'],
    defaultValue: 'false',
  },
];

const BY_NAME = new Map(TOPIC_CONFIG_DEFAULTS.map((d) => [d.name, d]));

export type ConfigSource = 'topic' | 'broker' | 'default';

/** The effective value of a topic config and where it came from. */
export function effectiveTopicConfig(
  name: string,
  topicOverrides: ReadonlyMap<string, string>,
  brokerProps: ReadonlyMap<string, string>,
): { value: string; source: ConfigSource; brokerName?: string } | undefined {
  const def = BY_NAME.get(name);
  const override = topicOverrides.get(name);
  if (override !== undefined) return { value: override, source: 'topic' };
  if (!def) return undefined;
  for (let i = 0; i < def.brokerNames.length; i++) {
    const brokerName = def.brokerNames[i]!;
    const raw = brokerProps.get(brokerName);
    if (raw === undefined) continue;
    const scale = def.brokerScale?.[i] ?? 1;
    const value = scale === 1 ? raw.trim() : String(BigInt(raw.trim()) * BigInt(scale));
    return { value, source: 'broker', brokerName };
  }
  return { value: def.defaultValue, source: 'default' };
}

export interface LogConfig {
  segmentBytes: number;
  segmentMs: number;
  segmentIndexBytes: number;
  indexIntervalBytes: number;
  /** Messages between fsyncs; Infinity = leave flushing to the OS (Kafka's default). */
  flushMessages: number;
  /** Milliseconds between fsyncs; Infinity = never by time. */
  flushMs: number;
  /** -1 = unlimited. */
  retentionMs: number;
  /** -1 = unlimited. */
  retentionBytes: number;
  cleanupDelete: boolean;
  cleanupCompact: boolean;
  deleteRetentionMs: number;
  minCleanableDirtyRatio: number;
  minCompactionLagMs: number;
  maxCompactionLagMs: number;
  maxMessageBytes: number;
  messageTimestampType: 'CreateTime' | 'LogAppendTime';
  messageTimestampBeforeMaxMs: number;
  messageTimestampAfterMaxMs: number;
  fileDeleteDelayMs: number;
  compressionType: string;
  /** Record keys must carry a schema id registered under `<topic>-key`. */
  keySchemaValidation: boolean;
  /** Record values must carry a schema id registered under `<topic>-value`. */
  valueSchemaValidation: boolean;
  /** With key/value validation on, the payload must also decode with that schema. */
  schemaPayloadValidation: boolean;
  /** gossip.import.mode: Produce is refused; batches arrive through the import API at their own offsets. */
  importMode: boolean;
}

/** Long.MAX_VALUE and other out-of-range longs become Infinity; JS numbers hold every real setting. */
function long(value: string): number {
  const n = Number(value);
  return n >= 2 ** 53 ? Number.POSITIVE_INFINITY : n;
}

const isTrue = (value: string) => value.trim().toLowerCase() === 'true';

export function logConfigFrom(
  topicOverrides: ReadonlyMap<string, string>,
  brokerProps: ReadonlyMap<string, string>,
): LogConfig {
  const get = (name: string) => effectiveTopicConfig(name, topicOverrides, brokerProps)!.value;
  const policy = get('cleanup.policy')
    .split(',')
    .map((s) => s.trim());
  return {
    segmentBytes: Number(get('segment.bytes')),
    segmentMs: long(get('segment.ms')),
    segmentIndexBytes: Number(get('segment.index.bytes')),
    indexIntervalBytes: Number(get('index.interval.bytes')),
    flushMessages: long(get('flush.messages')),
    flushMs: long(get('flush.ms')),
    retentionMs: long(get('retention.ms')),
    retentionBytes: long(get('retention.bytes')),
    cleanupDelete: policy.includes('delete'),
    cleanupCompact: policy.includes('compact'),
    deleteRetentionMs: long(get('delete.retention.ms')),
    minCleanableDirtyRatio: Number(get('min.cleanable.dirty.ratio')),
    minCompactionLagMs: long(get('min.compaction.lag.ms')),
    maxCompactionLagMs: long(get('max.compaction.lag.ms')),
    maxMessageBytes: Number(get('max.message.bytes')),
    messageTimestampType: get('message.timestamp.type') === 'LogAppendTime' ? 'LogAppendTime' : 'CreateTime',
    messageTimestampBeforeMaxMs: long(get('message.timestamp.before.max.ms')),
    messageTimestampAfterMaxMs: long(get('message.timestamp.after.max.ms')),
    fileDeleteDelayMs: long(get('file.delete.delay.ms')),
    compressionType: get('compression.type'),
    keySchemaValidation: isTrue(get('confluent.key.schema.validation')),
    valueSchemaValidation: isTrue(get('confluent.value.schema.validation')),
    schemaPayloadValidation: isTrue(get('gossip.schema.validation.payload')),
    importMode: isTrue(get('gossip.import.mode')),
  };
}
