// Runs Kafka's own perf tools (kafka-producer-perf-test = org.apache.kafka.tools.ProducerPerformance,
// kafka-consumer-perf-test = org.apache.kafka.tools.ConsumerPerformance, both in kafka-tools 3.9) as
// separate JVMs against one broker, so GOssip and Kafka are measured by a client neither wrote.
// It creates the topic over the wire, produces N records, consumes them back, and parses the tools'
// own summary lines (MB there is MiB: 1024 × 1024 bytes). With a broker pid it adds /proc figures.
import { spawn } from 'node:child_process';
import { javaClasspath, javaCommand } from '../compat-tests/harness/java-client.js';
import { cpuSeconds, sampleRss } from './proc-stats.js';
import { createTopicOverWire } from './targets.js';

export const producerPerformanceClass = 'org.apache.kafka.tools.ProducerPerformance';
export const consumerPerformanceClass = 'org.apache.kafka.tools.ConsumerPerformance';

/** JVM flags for the tools: full JIT (they measure throughput), a fixed heap. */
export const perfToolJvmFlags: readonly string[] = ['-Xms512m', '-Xmx512m'];

export interface PerfToolsOptions {
  /** host:port of the broker. */
  bootstrap: string;
  /** Topic to create and use (an existing one is reused as it is); the caller deletes it afterwards. */
  topic: string;
  /** Partitions of the new topic (default 16). */
  partitions?: number;
  /** Records the producer sends and the consumer reads back. */
  records: number;
  /** Bytes of each record's value. */
  recordSize: number;
  /** Producer acks: '1', 'all' or '0' (default '1'). */
  acks?: string;
  /** More producer properties; they override linger.ms=5 and batch.size=65536. */
  producerProps?: Record<string, string>;
  /** The consumer gives up after this long without records (default 30 s). */
  consumerTimeoutMs?: number;
  /** The Java classpath holding kafka-tools 3.9 (default: compat-tests' Maven-resolved one). */
  classpath?: string;
  /** JVM flags for each tool (default perfToolJvmFlags). */
  jvmFlags?: readonly string[];
  /** The broker's pid: adds its CPU seconds per phase and peak RSS to the result. */
  brokerPid?: number;
}

export interface ProducerPerf {
  records: number;
  recordsPerSec: number;
  /** MiB/s of record values, as the tool prints it. */
  mbPerSec: number;
  avgLatencyMs: number;
  maxLatencyMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  p999Ms: number;
  /** From the client's metrics (--print-metrics): mean and max Produce round trip to the broker. */
  requestLatencyAvgMs: number;
  requestLatencyMaxMs: number;
  /** Mean time a record waited in the client before its batch was sent. */
  recordQueueTimeAvgMs: number;
  batchSizeAvgBytes: number;
}

export interface ConsumerPerf {
  records: number;
  /** MiB consumed. */
  mb: number;
  /** Over the whole run, group join (rebalance) included. */
  mbPerSec: number;
  recordsPerSec: number;
  rebalanceMs: number;
  /** Time spent fetching after the group join. */
  fetchMs: number;
  fetchMbPerSec: number;
  fetchRecordsPerSec: number;
  /** From the client's metrics (--print-metrics): mean and max Fetch round trip to the broker. */
  fetchLatencyAvgMs: number;
  fetchLatencyMaxMs: number;
  fetchSizeAvgBytes: number;
  fetchRequests: number;
}

export interface BrokerFigures {
  /** Broker CPU seconds while the producer ran (JVM start of the tool included). */
  producerCpuSeconds: number;
  consumerCpuSeconds: number;
  /** Largest broker VmRSS seen during the run (MiB). */
  peakRssMiB: number;
}

export interface PerfToolsResult {
  producer: ProducerPerf;
  /** Sends the producer reported as failed (exception traces on its stderr); 0 in a valid run. */
  producerErrors: number;
  consumer: ConsumerPerf;
  /** Wall-clock seconds of each tool's process, JVM start included. */
  producerWallSeconds: number;
  consumerWallSeconds: number;
  broker?: BrokerFigures;
}

export async function runKafkaPerfTools(options: PerfToolsOptions): Promise<PerfToolsResult> {
  const classpath = options.classpath ?? (await javaClasspath());
  const jvmFlags = options.jvmFlags ?? perfToolJvmFlags;
  const [host, port] = splitBootstrap(options.bootstrap);
  await createTopicOverWire(host, port, options.topic, options.partitions ?? 16);

  const props = {
    'bootstrap.servers': options.bootstrap,
    acks: options.acks ?? '1',
    'linger.ms': '5',
    'batch.size': '65536',
    ...options.producerProps,
  };
  const producerArgs = [
    '--topic',
    options.topic,
    '--num-records',
    String(options.records),
    '--record-size',
    String(options.recordSize),
    '--throughput',
    '-1',
    '--print-metrics',
    '--producer-props',
    ...Object.entries(props).map(([key, value]) => `${key}=${value}`),
  ];
  const consumerTimeoutMs = options.consumerTimeoutMs ?? 30_000;
  const consumerArgs = [
    '--bootstrap-server',
    options.bootstrap,
    '--topic',
    options.topic,
    '--messages',
    String(options.records),
    '--timeout',
    String(consumerTimeoutMs),
    '--group',
    `perf-tools-${options.topic}`,
    '--print-metrics',
  ];

  const pid = options.brokerPid;
  const rss = pid === undefined ? undefined : sampleRss(pid);
  try {
    const cpuStart = pid === undefined ? 0 : cpuSeconds(pid);
    const produced = await runTool(classpath, jvmFlags, producerPerformanceClass, producerArgs, 600_000);
    const cpuMid = pid === undefined ? 0 : cpuSeconds(pid);
    const consumed = await runTool(
      classpath,
      jvmFlags,
      consumerPerformanceClass,
      consumerArgs,
      600_000 + consumerTimeoutMs,
    );
    const cpuEnd = pid === undefined ? 0 : cpuSeconds(pid);
    const producer = parseProducerSummary(produced.stdout);
    const consumer = parseConsumerCsv(consumed.stdout);
    if (producer.records !== options.records)
      throw new Error(`ProducerPerformance sent ${producer.records} of ${options.records} records`);
    if (consumer.records < options.records)
      throw new Error(`ConsumerPerformance read ${consumer.records} of ${options.records} records`);
    const result: PerfToolsResult = {
      producer,
      producerErrors: countExceptions(produced.stderr),
      consumer,
      producerWallSeconds: produced.wallSeconds,
      consumerWallSeconds: consumed.wallSeconds,
    };
    if (rss !== undefined)
      result.broker = {
        producerCpuSeconds: cpuMid - cpuStart,
        consumerCpuSeconds: cpuEnd - cpuMid,
        peakRssMiB: rss.stop(),
      };
    return result;
  } finally {
    rss?.stop();
  }
}

function splitBootstrap(bootstrap: string): [string, number] {
  const colon = bootstrap.lastIndexOf(':');
  const port = Number(bootstrap.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port)) throw new Error(`bootstrap ${bootstrap} is not host:port`);
  return [bootstrap.slice(0, colon), port];
}

interface ToolRun {
  stdout: string;
  stderr: string;
  wallSeconds: number;
}

/** Runs one tool to completion; a non-zero exit or a timeout is an error carrying its output. */
async function runTool(
  classpath: string,
  jvmFlags: readonly string[],
  className: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<ToolRun> {
  const started = performance.now();
  const child = spawn(javaCommand(), [...jvmFlags, '-cp', classpath, className, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (exitCode) => resolve(exitCode));
    });
    const out = Buffer.concat(stdout).toString('utf8');
    const err = Buffer.concat(stderr).toString('utf8');
    if (code !== 0) {
      throw new Error(`${className} exited with ${code}:\n${out.slice(-4000)}\n${err.slice(-4000)}`);
    }
    return { stdout: out, stderr: err, wallSeconds: (performance.now() - started) / 1000 };
  } finally {
    clearTimeout(timer);
  }
}

/** Lines that start an exception trace (a failed send prints one), e.g. `org.apache...TimeoutException: ...`. */
export function countExceptions(stderr: string): number {
  return stderr.split('\n').filter((line) => /^[\w.$]+(Exception|Error)(: |$)/.test(line.trim())).length;
}

/** A number as the tools print it; with no record sent the average latency is `NaN`. */
const num = String.raw`(\d+(?:\.\d+)?|NaN)`;
const producerSummary = new RegExp(
  String.raw`^(\d+) records sent, ${num} records/sec \(${num} MB/sec\), ${num} ms avg latency, ${num} ms max latency, (\d+) ms 50th, (\d+) ms 95th, (\d+) ms 99th, (\d+) ms 99\.9th\.$`,
);

/**
 * Reads ProducerPerformance's final line, the only one with percentiles (the periodic lines every
 * 5 s stop at max latency). Throws when it is missing.
 */
export function parseProducerSummary(stdout: string): ProducerPerf {
  const lines = stdout.split('\n').map((line) => line.trim());
  const metric = clientMetrics(stdout, 'producer-metrics', 'perf-producer-client');
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = producerSummary.exec(lines[i] ?? '');
    if (m)
      return {
        records: Number(m[1]),
        recordsPerSec: Number(m[2]),
        mbPerSec: Number(m[3]),
        avgLatencyMs: Number(m[4]),
        maxLatencyMs: Number(m[5]),
        p50Ms: Number(m[6]),
        p95Ms: Number(m[7]),
        p99Ms: Number(m[8]),
        p999Ms: Number(m[9]),
        requestLatencyAvgMs: metric('request-latency-avg'),
        requestLatencyMaxMs: metric('request-latency-max'),
        recordQueueTimeAvgMs: metric('record-queue-time-avg'),
        batchSizeAvgBytes: metric('batch-size-avg'),
      };
  }
  throw new Error(`no ProducerPerformance summary line in:\n${stdout.slice(-2000)}`);
}

const consumerColumns = {
  mb: 'data.consumed.in.MB',
  mbPerSec: 'MB.sec',
  records: 'data.consumed.in.nMsg',
  recordsPerSec: 'nMsg.sec',
  rebalanceMs: 'rebalance.time.ms',
  fetchMs: 'fetch.time.ms',
  fetchMbPerSec: 'fetch.MB.sec',
  fetchRecordsPerSec: 'fetch.nMsg.sec',
} as const satisfies Partial<Record<keyof ConsumerPerf, string>>;

/**
 * Reads ConsumerPerformance's CSV: a header line starting `start.time, end.time, ...` and the first
 * later line with as many cells (a timeout puts a WARNING line in between), matched by column name.
 */
export function parseConsumerCsv(stdout: string): ConsumerPerf {
  const lines = stdout.split('\n').map((line) => line.trim());
  const headerAt = lines.findIndex((line) => line.startsWith('start.time,'));
  const names = (lines[headerAt] ?? '').split(',').map((cell) => cell.trim());
  const row = lines
    .slice(headerAt + 1)
    .map((line) => line.split(',').map((cell) => cell.trim()))
    .find((cells) => cells.length === names.length);
  if (headerAt < 0 || row === undefined)
    throw new Error(`no ConsumerPerformance CSV in:\n${stdout.slice(-2000)}`);
  const column = (name: string): number => {
    const value = Number(row[names.indexOf(name)]);
    if (!names.includes(name) || !Number.isFinite(value))
      throw new Error(`ConsumerPerformance CSV has no number for ${name}: ${row.join(', ')}`);
    return value;
  };
  const metric = clientMetrics(stdout, 'consumer-fetch-manager-metrics', 'perf-consumer-client');
  return {
    records: column(consumerColumns.records),
    mb: column(consumerColumns.mb),
    mbPerSec: column(consumerColumns.mbPerSec),
    recordsPerSec: column(consumerColumns.recordsPerSec),
    rebalanceMs: column(consumerColumns.rebalanceMs),
    fetchMs: column(consumerColumns.fetchMs),
    fetchMbPerSec: column(consumerColumns.fetchMbPerSec),
    fetchRecordsPerSec: column(consumerColumns.fetchRecordsPerSec),
    fetchLatencyAvgMs: metric('fetch-latency-avg'),
    fetchLatencyMaxMs: metric('fetch-latency-max'),
    fetchSizeAvgBytes: metric('fetch-size-avg'),
    fetchRequests: metric('fetch-total'),
  };
}

const metricLine = /^([\w-]+):([\w-]+):\{([^}]*)\}\s*:\s*(\S+)$/;

/**
 * The client-wide metrics a tool prints with --print-metrics, lines such as
 * `producer-metrics:request-latency-avg:{client-id=perf-producer-client}   : 10.900`, as a lookup
 * by metric name in one group for one client id (not per node or topic); NaN when absent.
 */
export function clientMetrics(stdout: string, group: string, clientId: string): (name: string) => number {
  const values = new Map<string, number>();
  for (const line of stdout.split('\n')) {
    const m = metricLine.exec(line.trim());
    if (m && m[1] === group && m[3] === `client-id=${clientId}`) values.set(m[2] ?? '', Number(m[4]));
  }
  return (name) => values.get(name) ?? Number.NaN;
}
