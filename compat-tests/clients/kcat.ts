// Drives kcat (librdkafka 2.0.2) as a metadata client: `kcat -L -J` for the whole cluster and
// `kcat -L -t TOPIC -J` for one topic, which auto-creates it when the broker allows. Extra `-X`
// settings (e.g. debug=protocol) pass straight through; their diagnostics come back as stderr.
import { setTimeout as sleep } from 'node:timers/promises';
import { type ClientMetadata, type DriverOptions, defaultDriverTimeoutMs } from './client-metadata.js';
import { parseLastJsonLine, runProgram } from './run-program.js';

/** kcat's `-L -J` output (see kcat's json.c). */
export interface KcatMetadataJson {
  originating_broker: { id: number; name: string };
  query: { topic: string };
  controllerid: number;
  brokers: Array<{ id: number; name: string }>;
  topics: Array<{
    topic: string;
    error?: string;
    partitions: Array<{
      partition: number;
      error?: string;
      leader: number;
      replicas: Array<{ id: number }>;
      isrs: Array<{ id: number }>;
    }>;
  }>;
}

/** The client.id kcat runs with unless `config` names another. */
export const kcatClientId = 'gossip-compat-kcat';

export interface KcatOptions {
  bootstrap: string;
  /** Ask for this topic only (`-t`); without it, all topics. */
  topic?: string;
  /** librdkafka properties passed as `-X key=value`, e.g. `{ debug: 'protocol' }`. */
  config?: Record<string, string>;
  timeoutMs?: number;
}

export interface KcatResult {
  metadata: KcatMetadataJson;
  stderr: string;
}

/** Runs one `kcat -L -J` and returns its parsed JSON plus stderr (debug output lands there). */
export async function kcatListMetadata(options: KcatOptions): Promise<KcatResult> {
  const timeoutMs = options.timeoutMs ?? defaultDriverTimeoutMs;
  const metadataTimeoutSeconds = Math.max(1, Math.floor(timeoutMs / 2000));
  const args = ['-b', options.bootstrap, '-L', '-J', '-m', String(metadataTimeoutSeconds)];
  if (options.topic !== undefined) args.push('-t', options.topic);
  const config = { 'client.id': kcatClientId, ...options.config };
  for (const [key, value] of Object.entries(config)) args.push('-X', `${key}=${value}`);
  const { stdout, stderr } = await runProgram('kcat', args, timeoutMs);
  return { metadata: parseLastJsonLine<KcatMetadataJson>(stdout, 'kcat'), stderr };
}

/** kcat's and librdkafka's versions from `kcat -V`. */
export async function kcatVersion(): Promise<{ kcat: string; librdkafka: string }> {
  const { stdout, stderr } = await runProgram('kcat', ['-V'], 5_000);
  const text = `${stdout}\n${stderr}`;
  const kcat = /Version ([0-9][0-9.]*)/.exec(text)?.[1];
  const librdkafka = /librdkafka ([0-9][0-9.]*)/.exec(text)?.[1];
  if (kcat === undefined || librdkafka === undefined) throw new Error(`unexpected kcat -V output: ${text}`);
  return { kcat, librdkafka };
}

function topicReady(metadata: KcatMetadataJson, topic: string): boolean {
  const entry = metadata.topics.find((t) => t.topic === topic);
  if (entry === undefined || entry.error !== undefined || entry.partitions.length === 0) return false;
  return entry.partitions.every((p) => p.error === undefined && p.leader >= 0);
}

function splitHostPort(name: string): { host: string; port: number } {
  const colon = name.lastIndexOf(':');
  return { host: name.slice(0, colon), port: Number(name.slice(colon + 1)) };
}

/**
 * The common metadata shape through kcat: lists the cluster, then asks for `topic` until every
 * partition has a leader (a freshly auto-created topic first answers LEADER_NOT_AVAILABLE).
 * kcat does not print the cluster id, so clusterId is null.
 */
export async function kcatMetadata(
  options: DriverOptions & { config?: Record<string, string> },
): Promise<ClientMetadata> {
  const timeoutMs = options.timeoutMs ?? defaultDriverTimeoutMs;
  const base = {
    bootstrap: options.bootstrap,
    timeoutMs,
    ...(options.config ? { config: options.config } : {}),
  };
  const cluster = (await kcatListMetadata(base)).metadata;

  const pauseMs = 200;
  let topicMetadata: KcatMetadataJson | undefined;
  for (let waitedMs = 0; ; waitedMs += pauseMs) {
    topicMetadata = (await kcatListMetadata({ ...base, topic: options.topic })).metadata;
    if (topicReady(topicMetadata, options.topic)) break;
    if (waitedMs >= timeoutMs) {
      throw new Error(`kcat: topic ${options.topic} not ready: ${JSON.stringify(topicMetadata.topics)}`);
    }
    await sleep(pauseMs);
  }
  const listed = (await kcatListMetadata(base)).metadata;
  const created = topicMetadata.topics.find((t) => t.topic === options.topic);

  return {
    client: 'kcat',
    clientVersion: (await kcatVersion()).librdkafka,
    brokers: cluster.brokers.map((b) => ({ nodeId: b.id, ...splitHostPort(b.name), rack: null })),
    clusterId: null,
    controllerId: cluster.controllerid,
    topics: listed.topics.map((t) => t.topic).sort(),
    autoCreated: {
      name: options.topic,
      partitions: (created?.partitions ?? []).map((p) => p.partition).sort((a, b) => a - b),
    },
    apiVersion: null,
  };
}
