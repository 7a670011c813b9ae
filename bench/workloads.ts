// The benchmark workloads and how each is run against one target: a produce run (max throughput or
// open-loop rate, optionally with a consumer measuring end-to-end latency) with the target's CPU
// seconds and peak RSS taken from /proc around it, an open-loop run through the separate latency
// probe process, and a fetch-only run reading a full log back.
import { histogramOfUs, type LatencyProbe } from './latency-probe.js';
import { type ConsumeResult, startConsumer } from './loadgen/consumer.js';
import type { BatchShape } from './loadgen/frames.js';
import { LatencyHistogram } from './loadgen/histogram.js';
import { runKafkajsProducer } from './loadgen/kafkajs-producer.js';
import { type ProduceResult, runProducer } from './loadgen/producer.js';
import { cpuSeconds, sampleRss } from './proc-stats.js';
import type { Target } from './targets.js';

export const partitions = 16;
export const connections = 4;
export const inFlightMax = 5;
export const partitionMaxBytes = 1 << 20;

export interface ProduceWorkload {
  shape: BatchShape;
  acks: number;
  rate: 'max' | number;
  durationMs: number;
  /** Run a consumer alongside (brokers only) for end-to-end latency. */
  consume: boolean;
  /** Who produces: the raw load generator (default) or kafkajs (max rate only, brokers only). */
  client?: 'loadgen' | 'kafkajs';
}

export interface ProduceRun {
  target: Target['name'];
  produce: ProduceResult;
  consume: ConsumeResult | null;
  cpuSeconds: number;
  peakRssMiB: number;
  /** Open-loop runs through the latency probe: how late the probe's own writes were. */
  sendLag?: LatencyHistogram;
  /** Open-loop runs through the latency probe: write call to answer (no lateness, no queueing). */
  service?: LatencyHistogram;
}

/** One produce run; the consumer (if any) starts at `startOffsets` so it sees only this run's data. */
export async function produceRun(
  target: Target,
  topic: string,
  workload: ProduceWorkload,
  startOffsets?: readonly bigint[],
): Promise<ProduceRun> {
  await target.createTopic(topic, partitions);
  const consumer =
    workload.consume && target.isBroker
      ? await startConsumer({
          host: target.host,
          port: target.port,
          topic,
          partitions,
          maxWaitMs: 100,
          partitionMaxBytes,
          ...(startOffsets ? { startOffsets } : {}),
        })
      : null;
  const cpuBefore = cpuSeconds(target.pid);
  const rss = sampleRss(target.pid);
  const produce =
    workload.client === 'kafkajs'
      ? await runKafkajsProducer({
          host: target.host,
          port: target.port,
          topic,
          partitions,
          shape: workload.shape,
          acks: workload.acks,
          inFlightMax,
          durationMs: workload.durationMs,
        })
      : await runProducer({
          host: target.host,
          port: target.port,
          topic,
          partitions,
          shape: workload.shape,
          acks: workload.acks,
          connections,
          inFlightMax,
          durationMs: workload.durationMs,
          rate: workload.rate,
          target: target.isBroker ? 'broker' : 'raw',
        });
  const consume = consumer ? await consumer.stop() : null;
  const peakRssMiB = rss.stop();
  return {
    target: target.name,
    produce,
    consume,
    cpuSeconds: cpuSeconds(target.pid) - cpuBefore,
    peakRssMiB,
  };
}

/**
 * One open-loop produce run at `rate` requests/s through the latency probe process (no consumer):
 * the same connections, partitions and batches as `produceRun`, latency from the scheduled send time.
 */
export async function probeRun(
  probe: LatencyProbe,
  target: Target,
  topic: string,
  workload: { shape: BatchShape; acks: number; rate: number; durationMs: number; warmupMs?: number },
): Promise<ProduceRun> {
  await target.createTopic(topic, partitions);
  const cpuBefore = cpuSeconds(target.pid);
  const rss = sampleRss(target.pid);
  const r = await probe.run({
    host: target.host,
    port: target.port,
    topic,
    partitions,
    connections,
    inFlightMax,
    shape: workload.shape,
    acks: workload.acks,
    rate: workload.rate,
    durationMs: workload.durationMs,
    ...(workload.warmupMs === undefined ? {} : { warmupMs: workload.warmupMs }),
    target: target.isBroker ? 'broker' : 'raw',
  });
  const peakRssMiB = rss.stop();
  const histogram = histogramOfUs(r.latencyUs);
  const batchesPerRequest = partitions / connections;
  const batches = r.answered * batchesPerRequest;
  const payloadBytes = batches * workload.shape.recordBytes * workload.shape.recordsPerBatch;
  const produce: ProduceResult = {
    requests: r.answered,
    batches,
    records: batches * workload.shape.recordsPerBatch,
    payloadBytes,
    wireBytes: payloadBytes,
    seconds: r.seconds,
    errors: r.errors,
    errorCodes: {},
    dropped: r.unanswered,
    latency: histogram.summary(),
    histogram,
    endOffsets: [],
  };
  return {
    target: target.name,
    produce,
    consume: null,
    cpuSeconds: cpuSeconds(target.pid) - cpuBefore,
    peakRssMiB,
    sendLag: histogramOfUs(r.sendLagUs),
    service: histogramOfUs(r.serviceUs),
  };
}

export interface FetchRun {
  target: Target['name'];
  consume: ConsumeResult;
  cpuSeconds: number;
}

/** Reads `topic` from offset 0 up to `until` as fast as the broker serves it. */
export async function fetchRun(target: Target, topic: string, until: readonly bigint[]): Promise<FetchRun> {
  const cpuBefore = cpuSeconds(target.pid);
  const consumer = await startConsumer({
    host: target.host,
    port: target.port,
    topic,
    partitions,
    until,
    maxWaitMs: 500,
    partitionMaxBytes,
  });
  const consume = await consumer.done;
  return { target: target.name, consume, cpuSeconds: cpuSeconds(target.pid) - cpuBefore };
}

/** Two halves of one measurement (run in opposite target order) as one: sums, merged histograms. */
export function combineRuns(a: ProduceRun, b: ProduceRun): ProduceRun {
  const histogram = new LatencyHistogram();
  histogram.merge(a.produce.histogram);
  histogram.merge(b.produce.histogram);
  const errorCodes: Record<number, number> = { ...a.produce.errorCodes };
  for (const [code, n] of Object.entries(b.produce.errorCodes))
    errorCodes[Number(code)] = (errorCodes[Number(code)] ?? 0) + n;
  const produce: ProduceResult = {
    requests: a.produce.requests + b.produce.requests,
    batches: a.produce.batches + b.produce.batches,
    records: a.produce.records + b.produce.records,
    payloadBytes: a.produce.payloadBytes + b.produce.payloadBytes,
    wireBytes: a.produce.wireBytes + b.produce.wireBytes,
    seconds: a.produce.seconds + b.produce.seconds,
    errors: a.produce.errors + b.produce.errors,
    errorCodes,
    dropped: a.produce.dropped + b.produce.dropped,
    latency: histogram.summary(),
    histogram,
    endOffsets: b.produce.endOffsets,
  };
  let consume: ConsumeResult | null = null;
  if (a.consume && b.consume) {
    const e2e = new LatencyHistogram();
    e2e.merge(a.consume.histogram);
    e2e.merge(b.consume.histogram);
    consume = {
      batches: a.consume.batches + b.consume.batches,
      records: a.consume.records + b.consume.records,
      batchBytes: a.consume.batchBytes + b.consume.batchBytes,
      seconds: a.consume.seconds + b.consume.seconds,
      errors: a.consume.errors + b.consume.errors,
      endToEnd: e2e.summary(),
      histogram: e2e,
    };
  }
  const both = (x?: LatencyHistogram, y?: LatencyHistogram): LatencyHistogram | undefined => {
    if (!x || !y) return undefined;
    const h = new LatencyHistogram();
    h.merge(x);
    h.merge(y);
    return h;
  };
  const sendLag = both(a.sendLag, b.sendLag);
  const service = both(a.service, b.service);
  return {
    target: a.target,
    produce,
    consume,
    cpuSeconds: a.cpuSeconds + b.cpuSeconds,
    peakRssMiB: Math.max(a.peakRssMiB, b.peakRssMiB),
    ...(sendLag ? { sendLag } : {}),
    ...(service ? { service } : {}),
  };
}
