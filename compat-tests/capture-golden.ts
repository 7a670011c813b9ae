// Captures golden bytes from real clients for GOssip's codec tests: per client, a fresh reference
// Kafka broker advertises a capture proxy as its listener (so every connection passes through it);
// each distinct exchange goes to fixtures/golden/<client>/ and into fixtures/golden/index.json.
// Run: npx tsx compat-tests/capture-golden.ts
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientMetadata } from './clients/client-metadata.js';
import { kafkaPythonClientId, kafkaPythonMetadata } from './clients/kafka-python.js';
import { kafkajsClientId, kafkajsMetadata } from './clients/kafkajs-metadata.js';
import { kcatClientId, kcatMetadata, kcatVersion } from './clients/kcat.js';
import { type CapturedExchange, startCaptureProxy } from './harness/capture-proxy.js';
import { startReferenceKafka } from './harness/reference-kafka.js';

const goldenDir = fileURLToPath(new URL('./fixtures/golden/', import.meta.url));
const numPartitions = 3;
const brokerDescription = 'Apache Kafka 3.9 (KRaft, one node, compat-tests/harness/reference-kafka.ts)';

/** Names for the API keys these clients send; others are written as `api-<key>`. */
const apiNames: Record<number, string> = {
  0: 'Produce',
  1: 'Fetch',
  2: 'ListOffsets',
  3: 'Metadata',
  10: 'FindCoordinator',
  18: 'ApiVersions',
  19: 'CreateTopics',
  32: 'DescribeConfigs',
  60: 'DescribeCluster',
};

interface ClientRun {
  client: string;
  clientId: string;
  /** How index.json names the client build, given what the driver reported. */
  clientVersion: (metadata: ClientMetadata) => Promise<string>;
  run: (bootstrap: string, topic: string) => Promise<ClientMetadata>;
}

const runs: ClientRun[] = [
  {
    client: 'kcat',
    clientId: kcatClientId,
    clientVersion: async () => {
      const version = await kcatVersion();
      return `kcat ${version.kcat} (librdkafka ${version.librdkafka})`;
    },
    run: (bootstrap, topic) => kcatMetadata({ bootstrap, topic }),
  },
  {
    client: 'kafka-python',
    clientId: kafkaPythonClientId,
    clientVersion: async (metadata) => `kafka-python ${metadata.clientVersion}`,
    run: (bootstrap, topic) => kafkaPythonMetadata({ bootstrap, topic }),
  },
  {
    client: 'kafkajs',
    clientId: kafkajsClientId,
    clientVersion: async (metadata) => `kafkajs ${metadata.clientVersion}`,
    run: (bootstrap, topic) => kafkajsMetadata({ bootstrap, topic }),
  },
];

interface IndexEntry {
  client: string;
  clientVersion: string;
  apiKey: number;
  apiName: string;
  apiVersion: number;
  correlationId: number;
  clientConnection: number;
  request: string;
  response: string | null;
}

/** A frame with its correlation id zeroed, as hex (requests: at byte 8; responses: at byte 4). */
function withoutCorrelationId(frame: Buffer | null, offset: number): string {
  if (frame === null) return 'none';
  const copy = Buffer.from(frame);
  if (copy.length >= offset + 4) copy.writeInt32BE(0, offset);
  return copy.toString('hex');
}

/**
 * The exchanges one client sent, without repeats: an exchange is kept when its request or its
 * response differs from every earlier one (ignoring correlation ids), so repeated polls collapse
 * but a LEADER_NOT_AVAILABLE answer and the later complete answer are both kept.
 */
function distinctExchanges(exchanges: CapturedExchange[], clientId: string): CapturedExchange[] {
  const seen = new Set<string>();
  const kept: CapturedExchange[] = [];
  for (const exchange of exchanges) {
    if (exchange.clientId !== clientId) continue;
    const shape = `${withoutCorrelationId(exchange.request, 8)}/${withoutCorrelationId(exchange.response, 4)}`;
    if (seen.has(shape)) continue;
    seen.add(shape);
    kept.push(exchange);
  }
  return kept;
}

async function captureClient(run: ClientRun): Promise<IndexEntry[]> {
  const proxy = await startCaptureProxy({ upstreamHost: '127.0.0.1', upstreamPort: 0 });
  const kafka = await startReferenceKafka({
    numPartitions,
    extraProps: { 'advertised.listeners': `PLAINTEXT://${proxy.host}:${proxy.port}` },
  }).catch(async (error: unknown) => {
    await proxy.close();
    throw error;
  });
  proxy.setUpstream(kafka.host, kafka.port);
  let metadata: ClientMetadata;
  try {
    metadata = await run.run(`${proxy.host}:${proxy.port}`, `golden-${run.client}`);
  } finally {
    await proxy.close();
    await kafka.stop();
  }
  const clientVersion = await run.clientVersion(metadata);

  const dir = join(goldenDir, run.client);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const entries: IndexEntry[] = [];
  for (const [n, exchange] of distinctExchanges(proxy.exchanges(), run.clientId).entries()) {
    const stem = `${String(n).padStart(3, '0')}-${exchange.apiKey}-v${exchange.apiVersion}`;
    const requestFile = join(dir, `${stem}.req.bin`);
    await writeFile(requestFile, exchange.request);
    let responseFile: string | null = null;
    if (exchange.response) {
      responseFile = join(dir, `${stem}.res.bin`);
      await writeFile(responseFile, exchange.response);
    }
    entries.push({
      client: run.client,
      clientVersion,
      apiKey: exchange.apiKey,
      apiName: apiNames[exchange.apiKey] ?? `api-${exchange.apiKey}`,
      apiVersion: exchange.apiVersion,
      correlationId: exchange.correlationId,
      clientConnection: exchange.clientConnection,
      request: relative(goldenDir, requestFile),
      response: responseFile === null ? null : relative(goldenDir, responseFile),
    });
  }
  const versions = entries.map((e) => `${e.apiName} v${e.apiVersion}`).join(', ');
  console.log(`${clientVersion}: ${entries.length} exchanges (${versions})`);
  if (metadata.apiVersion) console.log(`  inferred broker version ${metadata.apiVersion.join('.')}`);
  return entries;
}

async function main(): Promise<void> {
  const entries: IndexEntry[] = [];
  for (const run of runs) entries.push(...(await captureClient(run)));
  const index = {
    description:
      'Kafka frames captured from real clients; each file is one whole frame including its 4-byte size prefix.',
    broker: brokerDescription,
    numPartitions,
    exchanges: entries,
  };
  await writeFile(join(goldenDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
}

await main();
