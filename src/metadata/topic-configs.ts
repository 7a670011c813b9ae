// Which topic-level configs exist and what values they accept, so a topic config is checked once,
// when it enters the metadata log, with Kafka's names, types, bounds and error messages (Kafka's
// LogConfig definitions). Only overrides are stored; defaults belong to the broker config.

type ConfigType =
  | { kind: 'int' | 'long'; min?: number; max?: number }
  | { kind: 'double'; min: number; max: number }
  | { kind: 'boolean' }
  | { kind: 'string'; oneOf?: readonly string[] }
  | { kind: 'list'; oneOf?: readonly string[] }
  | { kind: 'level'; min: number; max: number; orEqual: number };

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

const COMPRESSION_TYPES = ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'] as const;

const TOPIC_CONFIGS: ReadonlyMap<string, ConfigType> = new Map<string, ConfigType>([
  ['segment.bytes', { kind: 'int', min: 14 }],
  ['segment.ms', { kind: 'long', min: 1 }],
  ['segment.jitter.ms', { kind: 'long', min: 0 }],
  ['segment.index.bytes', { kind: 'int', min: 4 }],
  ['flush.messages', { kind: 'long', min: 1 }],
  ['flush.ms', { kind: 'long', min: 0 }],
  ['retention.bytes', { kind: 'long' }],
  ['retention.ms', { kind: 'long', min: -1 }],
  ['max.message.bytes', { kind: 'int', min: 0 }],
  ['index.interval.bytes', { kind: 'int', min: 0 }],
  ['delete.retention.ms', { kind: 'long', min: 0 }],
  ['min.compaction.lag.ms', { kind: 'long', min: 0 }],
  ['max.compaction.lag.ms', { kind: 'long', min: 1 }],
  ['file.delete.delay.ms', { kind: 'long', min: 0 }],
  ['min.cleanable.dirty.ratio', { kind: 'double', min: 0, max: 1 }],
  ['cleanup.policy', { kind: 'list', oneOf: ['compact', 'delete'] }],
  ['unclean.leader.election.enable', { kind: 'boolean' }],
  ['min.insync.replicas', { kind: 'int', min: 1 }],
  ['compression.type', { kind: 'string', oneOf: COMPRESSION_TYPES }],
  ['compression.gzip.level', { kind: 'level', min: 1, max: 9, orEqual: -1 }],
  ['compression.lz4.level', { kind: 'int', min: 1, max: 17 }],
  ['compression.zstd.level', { kind: 'int', min: -131072, max: 22 }],
  ['preallocate', { kind: 'boolean' }],
  ['message.format.version', { kind: 'string' }],
  ['message.timestamp.type', { kind: 'string', oneOf: ['CreateTime', 'LogAppendTime'] }],
  ['message.timestamp.difference.max.ms', { kind: 'long', min: 0 }],
  ['message.timestamp.before.max.ms', { kind: 'long', min: 0 }],
  ['message.timestamp.after.max.ms', { kind: 'long', min: 0 }],
  ['leader.replication.throttled.replicas', { kind: 'list' }],
  ['follower.replication.throttled.replicas', { kind: 'list' }],
  ['message.downconversion.enable', { kind: 'boolean' }],
  ['remote.storage.enable', { kind: 'boolean' }],
  ['local.retention.ms', { kind: 'long', min: -2 }],
  ['local.retention.bytes', { kind: 'long', min: -2 }],
  ['remote.log.copy.disable', { kind: 'boolean' }],
  ['remote.log.delete.on.disable', { kind: 'boolean' }],
  ['confluent.key.schema.validation', { kind: 'boolean' }],
  ['confluent.value.schema.validation', { kind: 'boolean' }],
  ['gossip.schema.validation.payload', { kind: 'boolean' }],
  ['gossip.import.mode', { kind: 'boolean' }],
]);

export function isTopicConfigName(name: string): boolean {
  return TOPIC_CONFIGS.has(name);
}

/**
 * Checks a topic's complete set of overrides (existing ones merged with the change). Returns
 * Kafka's INVALID_CONFIG message for the first problem, or null when all are valid.
 */
export function validateTopicConfigs(configs: ReadonlyMap<string, string>): string | null {
  for (const name of configs.keys()) {
    if (!TOPIC_CONFIGS.has(name)) return `Unknown topic config name: ${name}`;
  }
  for (const [name, value] of configs) {
    const problem = checkValue(name, value, TOPIC_CONFIGS.get(name)!);
    if (problem !== null) return problem;
  }
  const minLag = parseInteger(configs.get('min.compaction.lag.ms') ?? '0') ?? 0n;
  const maxLag = parseInteger(configs.get('max.compaction.lag.ms') ?? '') ?? LONG_MAX;
  if (minLag > maxLag) {
    return `conflict topic config setting min.compaction.lag.ms (${minLag}) > max.compaction.lag.ms (${maxLag})`;
  }
  return null;
}

function checkValue(name: string, value: string, type: ConfigType): string | null {
  const trimmed = value.trim();
  const invalid = (shown: string, why: string) => `Invalid value ${shown} for configuration ${name}: ${why}`;
  switch (type.kind) {
    case 'int':
    case 'long': {
      const parsed = parseInteger(trimmed);
      const [low, high] = type.kind === 'int' ? [BigInt(INT_MIN), BigInt(INT_MAX)] : [LONG_MIN, LONG_MAX];
      if (parsed === null || parsed < low || parsed > high) {
        return invalid(value, `Not a number of type ${type.kind.toUpperCase()}`);
      }
      return checkRange(parsed.toString(), Number(parsed), type.min, type.max, invalid);
    }
    case 'double': {
      const parsed = trimmed === '' ? Number.NaN : Number(trimmed);
      if (Number.isNaN(parsed)) return invalid(value, 'Not a number of type DOUBLE');
      return checkRange(String(parsed), parsed, type.min, type.max, invalid);
    }
    case 'level': {
      const parsed = /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
      if (!Number.isSafeInteger(parsed) || parsed < INT_MIN || parsed > INT_MAX) {
        return invalid(value, 'Not a number of type INT');
      }
      if (parsed !== type.orEqual && (parsed < type.min || parsed > type.max)) {
        return invalid(
          String(parsed),
          `Value must be between ${type.min} and ${type.max} or equal to ${type.orEqual}`,
        );
      }
      return null;
    }
    case 'boolean':
      if (/^(true|false)$/i.test(trimmed)) return null;
      return invalid(value, 'Expected value to be either true or false');
    case 'string':
      if (type.oneOf === undefined || type.oneOf.includes(trimmed)) return null;
      return invalid(trimmed, `String must be one of: ${type.oneOf.join(', ')}`);
    case 'list': {
      if (type.oneOf === undefined || trimmed === '') return null;
      for (const item of trimmed.split(/\s*,\s*/)) {
        if (!type.oneOf.includes(item))
          return invalid(item, `String must be one of: ${type.oneOf.join(', ')}`);
      }
      return null;
    }
  }
}

/** Java's Long.parseLong accepts an optional sign and decimal digits; the value is trimmed first. */
function parseInteger(text: string): bigint | null {
  const trimmed = text.trim();
  return /^[+-]?\d+$/.test(trimmed) ? BigInt(trimmed.replace(/^\+/, '')) : null;
}

function checkRange(
  shown: string,
  parsed: number,
  min: number | undefined,
  max: number | undefined,
  invalid: (shown: string, why: string) => string,
): string | null {
  if (min !== undefined && parsed < min) return invalid(shown, `Value must be at least ${min}`);
  if (max !== undefined && parsed > max) return invalid(shown, `Value must be no more than ${max}`);
  return null;
}
