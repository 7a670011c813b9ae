// What DescribeConfigs (and CreateTopics v5+) report about a config: the catalog of topic configs
// (Kafka 3.9's 36 with types and defaults) and of the broker properties GOssip knows, and how a
// value is resolved with Kafka's sources: topic override (1), per-broker dynamic (2), cluster-default
// dynamic (3), static broker property (4), Kafka default (5). Synonyms follow Kafka's order.
import { type BrokerConfig, DEFAULT_PROPERTIES } from '../config/config.js';
import { TOPIC_CONFIG_DEFAULTS } from '../log/log-config.js';
import type { MetadataImage } from '../metadata/image.js';

export const ConfigSource = {
  DYNAMIC_TOPIC: 1,
  DYNAMIC_BROKER: 2,
  DYNAMIC_DEFAULT_BROKER: 3,
  STATIC_BROKER: 4,
  DEFAULT: 5,
} as const;

export const ConfigType = {
  BOOLEAN: 1,
  STRING: 2,
  INT: 3,
  SHORT: 4,
  LONG: 5,
  DOUBLE: 6,
  LIST: 7,
  CLASS: 8,
  PASSWORD: 9,
} as const;

export interface Synonym {
  name: string;
  value: string | null;
  source: number;
}

export interface DescribedConfig {
  name: string;
  value: string | null;
  source: number;
  readOnly: boolean;
  isSensitive: boolean;
  type: number;
  /** Kafka's order: the topic override, then broker synonyms by source. */
  synonyms: Synonym[];
}

interface TopicEntry {
  name: string;
  type: number;
  defaultValue: string;
  /** Broker synonyms, most specific first (Kafka names). */
  brokerNames: readonly string[];
  brokerScale: readonly number[];
  /** Not a Kafka config: listed only when the topic sets it, so unset topics describe as in Kafka 3.9. */
  onlyWhenSet?: boolean;
}

/** GOssip's own topic configs (schema validation with Confluent Server's names, import mode), beyond Kafka 3.9's list. */
const ONLY_WHEN_SET = new Set([
  'confluent.key.schema.validation',
  'confluent.value.schema.validation',
  'gossip.schema.validation.payload',
  'gossip.import.mode',
]);

const LONG_MAX = '9223372036854775807';
const { BOOLEAN, STRING, INT, LONG, DOUBLE, LIST } = ConfigType;

const TOPIC_TYPES: Readonly<Record<string, number>> = {
  'cleanup.policy': LIST,
  'compression.type': STRING,
  'compression.gzip.level': INT,
  'compression.lz4.level': INT,
  'compression.zstd.level': INT,
  'confluent.key.schema.validation': BOOLEAN,
  'confluent.value.schema.validation': BOOLEAN,
  'gossip.schema.validation.payload': BOOLEAN,
  'gossip.import.mode': BOOLEAN,
  'delete.retention.ms': LONG,
  'file.delete.delay.ms': LONG,
  'flush.messages': LONG,
  'flush.ms': LONG,
  'index.interval.bytes': INT,
  'max.compaction.lag.ms': LONG,
  'max.message.bytes': INT,
  'message.timestamp.type': STRING,
  'message.timestamp.before.max.ms': LONG,
  'message.timestamp.after.max.ms': LONG,
  'min.cleanable.dirty.ratio': DOUBLE,
  'min.compaction.lag.ms': LONG,
  'min.insync.replicas': INT,
  preallocate: BOOLEAN,
  'retention.bytes': LONG,
  'retention.ms': LONG,
  'segment.bytes': INT,
  'segment.index.bytes': INT,
  'segment.jitter.ms': LONG,
  'segment.ms': LONG,
  'unclean.leader.election.enable': BOOLEAN,
};

/** Topic configs the log does not use but Kafka 3.9 still reports. */
const EXTRA_TOPIC_CONFIGS: readonly TopicEntry[] = [
  extra('follower.replication.throttled.replicas', LIST, ''),
  extra('leader.replication.throttled.replicas', LIST, ''),
  extra('local.retention.bytes', LONG, '-2', 'log.local.retention.bytes'),
  extra('local.retention.ms', LONG, '-2', 'log.local.retention.ms'),
  extra('message.downconversion.enable', BOOLEAN, 'true', 'log.message.downconversion.enable'),
  extra('message.format.version', STRING, '3.0-IV1', 'log.message.format.version'),
  extra('message.timestamp.difference.max.ms', LONG, LONG_MAX, 'log.message.timestamp.difference.max.ms'),
  extra('remote.log.copy.disable', BOOLEAN, 'false'),
  extra('remote.log.delete.on.disable', BOOLEAN, 'false'),
  extra('remote.storage.enable', BOOLEAN, 'false'),
];

function extra(name: string, type: number, defaultValue: string, brokerName?: string): TopicEntry {
  return { name, type, defaultValue, brokerNames: brokerName ? [brokerName] : [], brokerScale: [1] };
}

/** Every topic config Kafka 3.9 reports, sorted by name. */
export const TOPIC_CONFIG_CATALOG: readonly TopicEntry[] = [
  ...TOPIC_CONFIG_DEFAULTS.map((d) => ({
    name: d.name,
    type: TOPIC_TYPES[d.name] ?? STRING,
    defaultValue: d.defaultValue,
    brokerNames: d.brokerNames,
    brokerScale: d.brokerScale ?? d.brokerNames.map(() => 1),
    onlyWhenSet: ONLY_WHEN_SET.has(d.name),
  })),
  ...EXTRA_TOPIC_CONFIGS,
].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const TOPIC_BY_NAME = new Map(TOPIC_CONFIG_CATALOG.map((e) => [e.name, e]));

/** Broker properties without a Kafka default (null); the others default to the topic default. */
const BROKER_DEFAULTS_OTHER: ReadonlyMap<string, string | null> = new Map([
  ['log.retention.ms', null],
  ['log.retention.minutes', null],
  ['log.retention.hours', '168'],
  ['log.roll.ms', null],
  ['log.roll.hours', '168'],
  ['log.roll.jitter.ms', null],
  ['log.roll.jitter.hours', '0'],
  ['log.flush.interval.ms', null],
]);

/** Broker property -> (topic entry, position in its synonym family). */
const FAMILY = new Map<string, { entry: TopicEntry; index: number }>();
for (const entry of TOPIC_CONFIG_CATALOG) {
  entry.brokerNames.forEach((name, index) => {
    FAMILY.set(name, { entry, index });
  });
}

/** Kafka's default for a broker property that is a topic config's synonym (null: none). */
function brokerKafkaDefault(name: string): string | null | undefined {
  if (BROKER_DEFAULTS_OTHER.has(name)) return BROKER_DEFAULTS_OTHER.get(name) ?? null;
  const family = FAMILY.get(name);
  return family === undefined ? undefined : family.entry.defaultValue;
}

const BROKER_TYPES: Readonly<Record<string, number>> = {
  'node.id': INT,
  'broker.id': INT,
  port: INT,
  'http.port': INT,
  'num.partitions': INT,
  'default.replication.factor': INT,
  'auto.create.topics.enable': BOOLEAN,
  'socket.request.max.bytes': INT,
  'max.connections': INT,
  'log.dirs': STRING,
  'log.retention.minutes': INT,
  'log.retention.hours': INT,
  'log.roll.hours': INT,
  'log.roll.jitter.hours': INT,
};

export function isTopicConfig(name: string): boolean {
  return TOPIC_BY_NAME.has(name);
}

export function topicConfigType(name: string): number | undefined {
  return TOPIC_BY_NAME.get(name)?.type;
}

/** Kafka's static default of a topic config (the base APPEND/SUBTRACT start from). */
export function topicConfigDefault(name: string): string | undefined {
  return TOPIC_BY_NAME.get(name)?.defaultValue;
}

/** A broker property that cannot be changed at run time (GOssip reads it once at start-up). */
export function isReadOnlyBrokerConfig(name: string): boolean {
  return name in DEFAULT_PROPERTIES || BROKER_TYPES[name] !== undefined;
}

/** The topic config a broker property is a synonym of, if any. */
export function topicConfigOfBroker(name: string): string | undefined {
  return FAMILY.get(name)?.entry.name;
}

/** The broker property that a topic config's broker-level value is checked as, if any. */
export function topicConfigForBrokerName(name: string): string | undefined {
  const family = FAMILY.get(name);
  return family !== undefined && family.index === 0 && family.entry.brokerScale[0] === 1
    ? family.entry.name
    : undefined;
}

/** The place each broker-level value can come from, most specific first. */
interface BrokerLayers {
  perBroker: ReadonlyMap<string, string>;
  clusterDefault: ReadonlyMap<string, string>;
  staticProps: ReadonlyMap<string, string>;
}

function layers(image: MetadataImage, config: BrokerConfig): BrokerLayers {
  const empty = new Map<string, string>();
  return {
    perBroker: image.brokerConfigs.get(String(config.nodeId)) ?? empty,
    clusterDefault: image.brokerConfigs.get('') ?? empty,
    staticProps: staticProperties(config),
  };
}

/** Properties the operator set (built-in defaults that were not changed are not "static"). */
function staticProperties(config: BrokerConfig): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of config.properties) {
    if (DEFAULT_PROPERTIES[key] !== value) out.set(key, value);
  }
  return out;
}

/** Kafka's synonym list for a family of broker names: by source, then by family order. */
function brokerSynonyms(names: readonly string[], l: BrokerLayers, withClusterOnly = false): Synonym[] {
  const out: Synonym[] = [];
  const levels: [ReadonlyMap<string, string>, number][] = withClusterOnly
    ? [[l.clusterDefault, ConfigSource.DYNAMIC_DEFAULT_BROKER]]
    : [
        [l.perBroker, ConfigSource.DYNAMIC_BROKER],
        [l.clusterDefault, ConfigSource.DYNAMIC_DEFAULT_BROKER],
        [l.staticProps, ConfigSource.STATIC_BROKER],
      ];
  for (const [map, source] of levels) {
    for (const name of names) {
      const value = map.get(name);
      if (value !== undefined) out.push({ name, value, source });
    }
  }
  if (withClusterOnly) return out;
  // Kafka lists a default for the primary name, and for the others only once one of them is set.
  const anySet = out.length > 0;
  names.forEach((name, i) => {
    const def = brokerKafkaDefault(name) ?? DEFAULT_PROPERTIES[name];
    if (def === undefined || def === null) return;
    if (i === 0 || anySet) out.push({ name, value: def, source: ConfigSource.DEFAULT });
  });
  return out;
}

/** Every topic config of a topic as Kafka reports it, sorted by name. */
export function describeTopicConfigs(
  overrides: ReadonlyMap<string, string>,
  image: MetadataImage,
  config: BrokerConfig,
): DescribedConfig[] {
  const l = layers(image, config);
  const listed = TOPIC_CONFIG_CATALOG.filter((e) => e.onlyWhenSet !== true || overrides.has(e.name));
  return listed.map((entry) => {
    const synonyms = brokerSynonyms(entry.brokerNames, l);
    const override = overrides.get(entry.name);
    let value: string;
    let source: number;
    if (override !== undefined) {
      value = override;
      source = ConfigSource.DYNAMIC_TOPIC;
      synonyms.unshift({ name: entry.name, value, source });
    } else {
      const head = synonyms[0];
      source = head?.source ?? ConfigSource.DEFAULT;
      value =
        head !== undefined && head.source !== ConfigSource.DEFAULT ? scaled(entry, head) : entry.defaultValue;
    }
    return {
      name: entry.name,
      value,
      source,
      readOnly: false,
      isSensitive: false,
      type: entry.type,
      synonyms,
    };
  });
}

function scaled(entry: TopicEntry, synonym: Synonym): string {
  const scale = entry.brokerScale[entry.brokerNames.indexOf(synonym.name)] ?? 1;
  const raw = (synonym.value ?? '').trim();
  if (scale === 1 || !/^[+-]?\d+$/.test(raw)) return raw;
  return String(BigInt(raw) * BigInt(scale));
}

/** The broker properties GOssip knows for this node, with Kafka's sources; sorted by name. */
export function describeBrokerConfigs(image: MetadataImage, config: BrokerConfig): DescribedConfig[] {
  const l = layers(image, config);
  const names = new Set<string>([
    ...Object.keys(DEFAULT_PROPERTIES),
    ...config.properties.keys(),
    ...FAMILY.keys(),
    ...l.perBroker.keys(),
    ...l.clusterDefault.keys(),
  ]);
  return [...names].sort().map((name) => brokerEntry(name, l, false));
}

/** The cluster-wide dynamic defaults (resource name ''): only what was set there. */
export function describeClusterDefaultConfigs(image: MetadataImage, config: BrokerConfig): DescribedConfig[] {
  const l = layers(image, config);
  return [...l.clusterDefault.keys()].sort().map((name) => brokerEntry(name, l, true));
}

function brokerEntry(name: string, l: BrokerLayers, clusterOnly: boolean): DescribedConfig {
  const family = FAMILY.get(name);
  const names = family ? family.entry.brokerNames.slice(family.index) : [name];
  const all = brokerSynonyms(names, l, clusterOnly);
  const own = all.filter((s) => s.name === name);
  const head = own[0];
  const type = BROKER_TYPES[name] ?? family?.entry.type ?? STRING;
  return {
    name,
    value: head?.value ?? null,
    source: head?.source ?? ConfigSource.DEFAULT,
    readOnly: isReadOnlyBrokerConfig(name),
    isSensitive: false,
    type,
    synonyms: all,
  };
}
