// Broker configuration with Kafka's property names where Kafka has them. Sources, lowest first:
// built-in defaults, a --config properties file, GOSSIP_* environment variables (GOSSIP_NUM_PARTITIONS
// sets num.partitions), then command-line flags. Unknown keys are kept, so topic defaults pass through.
import { readFileSync } from 'node:fs';
import type { QuorumVoter } from '../metadata/quorum.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { parseProperties } from './properties.js';

export interface BrokerConfig {
  nodeId: number;
  host: string;
  port: number;
  /** Host written into Metadata responses (advertised.listeners); defaults to host. */
  advertisedHost: string;
  /** Port written into Metadata responses; 0 means the bound port. */
  advertisedPort: number;
  httpPort: number;
  dataDir: string;
  autoCreateTopicsEnable: boolean;
  numPartitions: number;
  defaultReplicationFactor: number;
  limits: Limits;
  /**
   * controller.quorum.voters (`id@host:port,...`): the Raft voters of the metadata quorum, this
   * node among them. Empty when unset: a single node with a local metadata log.
   */
  controllerQuorumVoters: QuorumVoter[];
  /** broker.session.timeout.ms: a broker not heard from for this long is fenced (cluster only). */
  brokerSessionTimeoutMs: number;
  /** broker.heartbeat.interval.ms: how often a broker heartbeats to the quorum leader. */
  brokerHeartbeatIntervalMs: number;
  /** Every property as given, Kafka names, for settings other modules read. */
  properties: ReadonlyMap<string, string>;
}

export const DEFAULT_PROPERTIES: Readonly<Record<string, string>> = {
  'node.id': '1',
  host: '127.0.0.1',
  port: '9092',
  'http.port': '8081',
  'log.dirs': './data',
  'auto.create.topics.enable': 'true',
  'num.partitions': '1',
  'default.replication.factor': '1',
  'socket.request.max.bytes': String(DEFAULT_LIMITS.frameBytesMax),
  'max.connections': String(DEFAULT_LIMITS.connectionsMax),
  'broker.session.timeout.ms': '9000',
  'broker.heartbeat.interval.ms': '2000',
};

/** Short flag/env names that map to Kafka property names. */
const ALIASES: Readonly<Record<string, string>> = {
  'data.dir': 'log.dirs',
  'log.dir': 'log.dirs',
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface ConfigSources {
  file?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** Properties from command-line flags (already in property form, e.g. 'http.port'). */
  overrides?: Record<string, string | undefined>;
}

function canonical(key: string): string {
  return ALIASES[key] ?? key;
}

export function envProperties(env: NodeJS.ProcessEnv): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('GOSSIP_') || value === undefined) continue;
    const key = name.slice('GOSSIP_'.length).toLowerCase().replace(/_/g, '.');
    out.set(canonical(key), value);
  }
  return out;
}

export function loadConfig(sources: ConfigSources = {}): BrokerConfig {
  const props = new Map<string, string>(Object.entries(DEFAULT_PROPERTIES));
  if (sources.file) {
    for (const [k, v] of parseProperties(readFileSync(sources.file, 'utf8'))) props.set(canonical(k), v);
  }
  for (const [k, v] of envProperties(sources.env ?? {})) props.set(k, v);
  for (const [k, v] of Object.entries(sources.overrides ?? {}))
    if (v !== undefined) props.set(canonical(k), v);
  return fromProperties(props);
}

function int(props: Map<string, string>, key: string, min: number, max: number): number {
  const raw = props.get(key) ?? DEFAULT_PROPERTIES[key] ?? '';
  return parseIntStrict(raw.trim(), key, min, max);
}

/** Parses like Java's Integer.parseInt on a trimmed value: optional sign, decimal digits only. */
function parseIntStrict(text: string, key: string, min: number, max: number): number {
  const n = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(`${key} must be an integer in [${min}, ${max}], got '${text}'`);
  }
  return n;
}

function bool(props: Map<string, string>, key: string): boolean {
  const raw = (props.get(key) ?? DEFAULT_PROPERTIES[key] ?? '').trim().toLowerCase();
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(`${key} must be true or false, got '${raw}'`);
}

/** Parses `advertised.listeners` (NAME://host:port, first listener) if set. */
function advertised(props: Map<string, string>): { host?: string; port?: number } {
  const raw = props.get('advertised.listeners')?.trim();
  if (!raw) return {};
  const first = raw.split(',')[0]!.trim();
  const m = /^(?:[A-Za-z0-9_]+:\/\/)?(\[[^\]]*\]|[^:/]*):([^:]+)$/.exec(first);
  if (!m) throw new ConfigError(`advertised.listeners must look like PLAINTEXT://host:port, got '${raw}'`);
  const host = m[1]!.startsWith('[') ? m[1]!.slice(1, -1) : m[1]!;
  return { host, port: parseIntStrict(m[2]!, 'advertised.listeners port', 1, 65535) };
}

/** One `id@host:port` entry of controller.quorum.voters; host may be a bracketed IPv6 address. */
const VOTER = /^(\d+)@(\[[^\]]+\]|[^\s@:[\]]+):(\d+)$/;

/** Parses controller.quorum.voters; this node must be one of the voters, each id listed once. */
export function parseQuorumVoters(text: string, nodeId: number): QuorumVoter[] {
  const key = 'controller.quorum.voters';
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const voters: QuorumVoter[] = [];
  for (const entry of trimmed.split(',').map((e) => e.trim())) {
    const m = VOTER.exec(entry);
    if (!m) throw new ConfigError(`${key} entries must look like id@host:port, got '${entry}'`);
    const id = parseIntStrict(m[1]!, `${key} node id`, 0, 2 ** 31 - 1);
    const host = m[2]!.startsWith('[') ? m[2]!.slice(1, -1) : m[2]!;
    const port = parseIntStrict(m[3]!, `${key} port of node ${id}`, 1, 65535);
    if (voters.some((v) => v.id === id)) throw new ConfigError(`${key} lists node ${id} more than once`);
    voters.push({ id, host, port });
  }
  if (!voters.some((v) => v.id === nodeId)) {
    throw new ConfigError(
      `node.id ${nodeId} is not one of the controller.quorum.voters (${voters.map((v) => v.id).join(', ')}); ` +
        'every node of a GOssip cluster is a voter',
    );
  }
  return voters;
}

export function fromProperties(props: Map<string, string>): BrokerConfig {
  const host = props.get('host') ?? '127.0.0.1';
  const adv = advertised(props);
  const logDirs = (props.get('log.dirs') ?? './data').split(',')[0]!.trim();
  const nodeId = int(props, 'node.id', 0, 2 ** 31 - 1);
  const brokerSessionTimeoutMs = int(props, 'broker.session.timeout.ms', 1, 2 ** 31 - 1);
  const brokerHeartbeatIntervalMs = int(props, 'broker.heartbeat.interval.ms', 1, 2 ** 31 - 1);
  if (brokerHeartbeatIntervalMs >= brokerSessionTimeoutMs) {
    throw new ConfigError(
      `broker.heartbeat.interval.ms (${brokerHeartbeatIntervalMs}) must be below broker.session.timeout.ms (${brokerSessionTimeoutMs})`,
    );
  }
  return {
    nodeId,
    host,
    port: int(props, 'port', 0, 65535),
    advertisedHost: adv.host ?? host,
    advertisedPort: adv.port ?? 0,
    httpPort: int(props, 'http.port', 0, 65535),
    dataDir: logDirs,
    autoCreateTopicsEnable: bool(props, 'auto.create.topics.enable'),
    numPartitions: int(props, 'num.partitions', 1, DEFAULT_LIMITS.partitionsPerTopicMax),
    defaultReplicationFactor: int(props, 'default.replication.factor', 1, 32767),
    limits: {
      ...DEFAULT_LIMITS,
      frameBytesMax: int(props, 'socket.request.max.bytes', 1024, 2 ** 31 - 1),
      connectionsMax: int(props, 'max.connections', 1, 2 ** 31 - 1),
    },
    controllerQuorumVoters: parseQuorumVoters(props.get('controller.quorum.voters') ?? '', nodeId),
    brokerSessionTimeoutMs,
    brokerHeartbeatIntervalMs,
    properties: props,
  };
}
