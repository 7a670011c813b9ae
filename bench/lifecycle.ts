// Start-up, recovery and many-partition figures for one broker that can be restarted on its own log
// directory: a fresh start, creating one topic of N partitions, produce across all N, then a clean
// restart (cold start) and a kill -9 under load followed by a restart (recovery). Each start is
// timed from spawn to the ready line, to a Metadata answer listing every partition with a leader,
// and to the first acknowledged Produce.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GossipBroker, startGossip } from '../compat-tests/harness/gossip-broker.js';
import { KafkaWireClient } from '../compat-tests/harness/kafka-wire-client.js';
import { ProduceApi } from '../wire/generated/api/000-produce.js';
import { MetadataApi } from '../wire/generated/api/003-metadata.js';
import { formatKafka, type KafkaProcess } from './kafka-process.js';
import { makeBatch } from './loadgen/frames.js';
import { type ProduceResult, runProducer } from './loadgen/producer.js';
import { cpuSeconds, rssMiB } from './proc-stats.js';
import { createTopicOverWire } from './targets.js';

/** A broker process that keeps its data across stop/kill and start. */
export interface Restartable {
  name: 'gossip' | 'kafka';
  host(): string;
  port(): number;
  pid(): number;
  start(): Promise<void>;
  stop(): Promise<void>;
  kill(): Promise<void>;
  destroy(): Promise<void>;
}

export interface StartupTimes {
  readyMs: number;
  metadataMs: number;
  produceMs: number;
}

export interface LifecycleResult {
  target: 'gossip' | 'kafka';
  partitions: number;
  freshReadyMs: number;
  createMs: number;
  /** One Produce per connection covering all its partitions, the first append to each. */
  firstAppendMs: number;
  produce: ProduceResult;
  produceCpuSeconds: number;
  /** Bytes of log present at the clean restart (many-partition topic plus any fill). */
  logBytes: number;
  cold: StartupTimes;
  recovery: StartupTimes;
  idleRssMiB: number;
}

export interface LifecycleOptions {
  partitions: number;
  produceMs: number;
  /** Extra log written into a 16-partition topic before the clean restart. */
  fillBytes: number;
  connections: number;
  inFlightMax: number;
}

export function restartableGossip(): Restartable {
  const dataDir = mkdtempSync(join(tmpdir(), 'gossip-bench-life-'));
  let broker: GossipBroker | null = null;
  const current = (): GossipBroker => {
    if (broker === null) throw new Error('GOssip is not running');
    return broker;
  };
  return {
    name: 'gossip',
    host: () => current().host,
    port: () => current().port,
    pid: () => current().process.pid!,
    async start() {
      broker = await startGossip({ dataDir, startTimeoutMs: 120_000 });
    },
    async stop() {
      await broker?.stop({ keepData: true });
      broker = null;
    },
    async kill() {
      await broker?.kill();
      broker = null;
    },
    async destroy() {
      await broker?.kill();
      broker = null;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function restartableKafka(jvmFlags: readonly string[]): Promise<Restartable> {
  const kafka: KafkaProcess = await formatKafka(jvmFlags);
  return {
    name: 'kafka',
    host: () => kafka.host,
    port: () => kafka.port,
    pid: () => kafka.pid(),
    start: () => kafka.start(),
    stop: () => kafka.stop(),
    kill: () => kafka.kill(),
    destroy: () => kafka.destroy(),
  };
}

const pollMs = 10;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function connectSoon(host: string, port: number, deadline: number): Promise<KafkaWireClient> {
  for (;;) {
    try {
      return await KafkaWireClient.connect(host, port, { clientId: 'gossip-bench' });
    } catch (err) {
      if (performance.now() > deadline) throw err;
      await sleep(pollMs);
    }
  }
}

/** Starts `b` and times spawn → ready line → full Metadata for `topic` → first acknowledged Produce. */
export async function timeStartup(b: Restartable, topic: string, partitions: number): Promise<StartupTimes> {
  const t0 = performance.now();
  const deadline = t0 + 300_000;
  await b.start();
  const readyMs = performance.now() - t0;
  const client = await connectSoon(b.host(), b.port(), deadline);
  try {
    let metadataMs = -1;
    while (metadataMs < 0) {
      const md = await client.send(MetadataApi, 4, {
        topics: [{ name: topic }],
        allowAutoTopicCreation: false,
      });
      const t = md.topics[0];
      if (
        t?.errorCode === 0 &&
        t.partitions.length === partitions &&
        t.partitions.every((p) => p.errorCode === 0 && p.leaderId >= 0)
      )
        metadataMs = performance.now() - t0;
      else if (performance.now() > deadline) throw new Error(`${b.name}: ${topic} has no leaders`);
      else await sleep(pollMs);
    }
    const records = makeBatch({ recordBytes: 1024, recordsPerBatch: 1 });
    let produceMs = -1;
    while (produceMs < 0) {
      const answer = await client.send(ProduceApi, 7, {
        transactionalId: null,
        acks: 1,
        timeoutMs: 30_000,
        topicData: [{ name: topic, partitionData: [{ index: 0, records }] }],
      });
      if (answer.responses[0]?.partitionResponses[0]?.errorCode === 0) produceMs = performance.now() - t0;
      else if (performance.now() > deadline) throw new Error(`${b.name}: Produce to ${topic} keeps failing`);
      else await sleep(pollMs);
    }
    return { readyMs, metadataMs, produceMs };
  } finally {
    client.close();
  }
}

/**
 * The first append to every partition: one Produce per connection carrying a batch (as in the
 * measured run) for each of its partitions, all connections at once; resolves when all are
 * acknowledged, however long that takes. Kafka does one-time work per partition here (its first
 * offset-index entry), which would otherwise land in the measured run.
 */
async function firstAppendEverywhere(
  b: Restartable,
  topic: string,
  partitions: number,
  connections: number,
): Promise<number> {
  const records = makeBatch(manyShape(partitions));
  const clients = await Promise.all(
    Array.from({ length: connections }, () =>
      KafkaWireClient.connect(b.host(), b.port(), { clientId: 'gossip-bench' }),
    ),
  );
  try {
    const t0 = performance.now();
    await Promise.all(
      clients.map(async (client, c) => {
        const partitionData = [];
        for (let p = c; p < partitions; p += connections) partitionData.push({ index: p, records });
        const answer = await client.send(ProduceApi, 7, {
          transactionalId: null,
          acks: 1,
          timeoutMs: 600_000,
          topicData: [{ name: topic, partitionData }],
        });
        const failed = answer.responses[0]?.partitionResponses.filter((r) => r.errorCode !== 0).length ?? -1;
        if (failed !== 0) throw new Error(`${b.name}: first Produce failed on ${failed} partitions`);
      }),
    );
    return performance.now() - t0;
  } finally {
    for (const client of clients) client.close();
  }
}

/** 1 KiB records, 4 per batch (1 per batch from 5,000 partitions, to keep requests near 1 MB). */
function manyShape(partitions: number): { recordBytes: number; recordsPerBatch: number } {
  return { recordBytes: 1024, recordsPerBatch: partitions >= 5000 ? 1 : 4 };
}

function load(b: Restartable, topic: string, partitions: number, o: LifecycleOptions, durationMs: number) {
  return runProducer({
    host: b.host(),
    port: b.port(),
    topic,
    partitions,
    shape: manyShape(partitions),
    acks: 1,
    connections: o.connections,
    inFlightMax: o.inFlightMax,
    durationMs,
    rate: 'max',
    target: 'broker',
  });
}

/** The whole sequence on one broker; the broker's data is removed at the end. */
export async function lifecycle(
  b: Restartable,
  o: LifecycleOptions,
  log: (line: string) => void,
): Promise<LifecycleResult> {
  const topic = 'many';
  try {
    const t0 = performance.now();
    await b.start();
    const freshReadyMs = performance.now() - t0;
    const c0 = performance.now();
    await createTopicOverWire(b.host(), b.port(), topic, o.partitions, 600_000);
    const createMs = performance.now() - c0;
    log(
      `  ${b.name}: fresh start ${freshReadyMs.toFixed(0)} ms, ${o.partitions} partitions created in ${createMs.toFixed(0)} ms`,
    );
    const firstAppendMs = await firstAppendEverywhere(b, topic, o.partitions, o.connections);
    log(
      `  ${b.name}: first Produce to each of ${o.partitions} partitions took ${firstAppendMs.toFixed(0)} ms`,
    );
    const cpu0 = cpuSeconds(b.pid());
    const produce = await load(b, topic, o.partitions, o, o.produceMs);
    const produceCpuSeconds = cpuSeconds(b.pid()) - cpu0;
    log(
      `  ${b.name}: produce across ${o.partitions} partitions ${(produce.payloadBytes / 1e6 / produce.seconds).toFixed(1)} MB/s`,
    );
    let logBytes = produce.wireBytes;
    if (o.fillBytes > 0) {
      await createTopicOverWire(b.host(), b.port(), 'fill', 16, 60_000);
      let filled = 0;
      while (filled < o.fillBytes) {
        const r = await load(b, 'fill', 16, o, 5_000);
        filled += r.wireBytes;
      }
      logBytes += filled;
      log(`  ${b.name}: filled ${(filled / 1e9).toFixed(1)} GB`);
    }
    const s0 = performance.now();
    await b.stop();
    log(`  ${b.name}: clean stop took ${(performance.now() - s0).toFixed(0)} ms`);
    const cold = await timeStartup(b, topic, o.partitions);
    const running = load(b, topic, o.partitions, o, 1_000).catch(() => null);
    await sleep(700);
    await b.kill();
    await running;
    const recovery = await timeStartup(b, topic, o.partitions);
    const idleRssMiB = rssMiB(b.pid());
    log(
      `  ${b.name}: cold start to produce ${cold.produceMs.toFixed(0)} ms, after kill -9 ${recovery.produceMs.toFixed(0)} ms`,
    );
    return {
      target: b.name,
      partitions: o.partitions,
      freshReadyMs,
      createMs,
      firstAppendMs,
      produce,
      produceCpuSeconds,
      logBytes,
      cold,
      recovery,
      idleRssMiB,
    };
  } finally {
    await b.destroy();
  }
}
