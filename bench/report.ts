// Turns benchmark runs into Markdown: one table per workload (throughput, latency percentiles,
// broker CPU seconds per GB, peak RSS) followed by the GOssip/Kafka and GOssip/raw ratios, which are
// the figures that mean something on a shared machine where absolute numbers drift between runs.
import type { LifecycleResult, StartupTimes } from './lifecycle.js';
import type { LatencyHistogram, LatencySummary } from './loadgen/histogram.js';
import type { PerfToolsResult } from './perf-tools.js';
import type { FetchRun, ProduceRun } from './workloads.js';

export const mb = 1e6;

export function ratio(a: number, b: number): string {
  if (!(b > 0) || !Number.isFinite(a)) return 'n/a';
  return `${(a / b).toFixed(2)}x`;
}

function f(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

function lat(l: LatencySummary): string {
  return `${f(l.p50Ms, 2)} / ${f(l.p99Ms, 2)} / ${f(l.p999Ms, 2)} / ${f(l.maxMs, 2)}`;
}

export function mbPerSec(run: ProduceRun): number {
  return run.produce.payloadBytes / mb / run.produce.seconds;
}

export function cpuPerGb(cpuSeconds: number, bytes: number): number {
  return bytes > 0 ? cpuSeconds / (bytes / 1e9) : Number.NaN;
}

export function produceTable(runs: readonly ProduceRun[]): string {
  const lines = [
    '| target | MB/s (payload) | records/s | produce latency p50 / p99 / p99.9 / max (ms) | end-to-end p50 / p99 / p99.9 / max (ms) | broker CPU s/GB | peak RSS MiB | errors |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of runs) {
    lines.push(
      `| ${r.target} | ${f(mbPerSec(r))} | ${f(r.produce.records / r.produce.seconds, 0)} | ${lat(r.produce.latency)} | ${r.consume ? lat(r.consume.endToEnd) : '-'} | ${f(cpuPerGb(r.cpuSeconds, r.produce.payloadBytes), 2)} | ${f(r.peakRssMiB, 0)} | ${r.produce.errors + (r.consume?.errors ?? 0)}${r.produce.dropped > 0 ? ` (+${r.produce.dropped} not sent)` : ''} |`,
    );
  }
  return lines.join('\n');
}

/** Ratio lines of GOssip against each other run (throughput, latencies, CPU/GB, RSS). */
export function produceRatios(runs: readonly ProduceRun[], extra: Record<string, number> = {}): string {
  const g = runs.find((r) => r.target === 'gossip');
  if (!g) return '';
  const out: string[] = [];
  for (const other of runs) {
    if (other === g) continue;
    const name = other.target === 'kafka' ? 'Kafka' : 'raw TCP';
    const parts = [
      `throughput ${ratio(mbPerSec(g), mbPerSec(other))}`,
      `p50 ${ratio(g.produce.latency.p50Ms, other.produce.latency.p50Ms)}`,
      `p99 ${ratio(g.produce.latency.p99Ms, other.produce.latency.p99Ms)}`,
      `p99.9 ${ratio(g.produce.latency.p999Ms, other.produce.latency.p999Ms)}`,
    ];
    if (g.consume && other.consume) {
      parts.push(
        `end-to-end p50 ${ratio(g.consume.endToEnd.p50Ms, other.consume.endToEnd.p50Ms)}`,
        `end-to-end p99 ${ratio(g.consume.endToEnd.p99Ms, other.consume.endToEnd.p99Ms)}`,
      );
    }
    if (other.target === 'kafka') {
      parts.push(
        `CPU s/GB ${ratio(cpuPerGb(g.cpuSeconds, g.produce.payloadBytes), cpuPerGb(other.cpuSeconds, other.produce.payloadBytes))}`,
        `peak RSS ${ratio(g.peakRssMiB, other.peakRssMiB)}`,
      );
    }
    out.push(`- GOssip/${name}: ${parts.join(', ')}`);
  }
  for (const [name, value] of Object.entries(extra))
    out.push(`- GOssip/${name}: throughput ${ratio(mbPerSec(g), value)}`);
  return out.join('\n');
}

/** How the open-loop latency runs (4, 5) are laid out on the CPUs. */
export function latencyLayout(pinned: boolean): string {
  const where = pinned
    ? 'pinned with `taskset`: GOssip, Kafka, the raw TCP sink and the bench process on CPU 0, the probe alone on CPU 1 (other work on the shared machine is not pinned)'
    : 'not pinned (taskset unavailable): all processes share both CPUs';
  return `Open loop through a separate probe process (\`bench/latency-probe-cli.ts\`): requests are scheduled by the clock (timer, then setImmediate polling for the last 1.5 ms), pre-stamped frames are written as they fall due (up to 5 in flight per connection, later ones queue) and latency counts from the scheduled time, so a late answer or a late send shows as latency, never as a lower rate. Each half starts with an uncounted warm-up at the same rate on the same connections and topic (0.5 s; 5 s with --long), and dirty pages of the earlier sections are written out (\`sync\`) before 4 and before 5, so their writeback does not land in these runs. Layout: ${where}. The raw TCP row is the probe's own floor at this rate in the same layout.`;
}

/** The probe's own lateness, and the time from each write to its answer, per target. */
export function probeLateness(runs: readonly ProduceRun[]): string {
  const show = (h: LatencyHistogram): string => {
    const s = h.summary();
    return `${f(s.p99Ms, 2)} / ${f(s.p999Ms, 2)} / ${f(s.maxMs, 2)}`;
  };
  const late = runs.filter((r) => r.sendLag).map((r) => `${r.target} ${show(r.sendLag!)}`);
  const service = runs.filter((r) => r.service).map((r) => `${r.target} ${show(r.service!)}`);
  if (late.length === 0) return '';
  return [
    `- probe lateness (scheduled time to when the probe's loop got to the request, p99 / p99.9 / max ms; already inside the latencies above): ${late.join(', ')}`,
    `- write call to answer (leaves out the probe's lateness and requests queued behind the in-flight cap, so it understates a target that falls behind; p99 / p99.9 / max ms): ${service.join(', ')}`,
  ].join('\n');
}

export function fetchTable(runs: readonly FetchRun[], fileReadMBs: number): string {
  const lines = ['| target | MB/s (batch bytes) | records/s | broker CPU s/GB |', '|---|---|---|---|'];
  for (const r of runs) {
    lines.push(
      `| ${r.target} | ${f(r.consume.batchBytes / mb / r.consume.seconds)} | ${f(r.consume.records / r.consume.seconds, 0)} | ${f(cpuPerGb(r.cpuSeconds, r.consume.batchBytes), 2)} |`,
    );
  }
  lines.push(`| raw file read (page cache) | ${f(fileReadMBs)} | - | - |`);
  const g = runs.find((r) => r.target === 'gossip');
  const k = runs.find((r) => r.target === 'kafka');
  if (g && k) {
    const gm = g.consume.batchBytes / g.consume.seconds;
    const km = k.consume.batchBytes / k.consume.seconds;
    lines.push(
      '',
      `- GOssip/Kafka: fetch throughput ${ratio(gm, km)}, CPU s/GB ${ratio(cpuPerGb(g.cpuSeconds, g.consume.batchBytes), cpuPerGb(k.cpuSeconds, k.consume.batchBytes))}`,
      `- GOssip/raw file read: ${ratio(gm / mb, fileReadMBs)}`,
    );
  }
  return lines.join('\n');
}

function startup(t: StartupTimes): string {
  return `${f(t.readyMs, 0)} / ${f(t.metadataMs, 0)} / ${f(t.produceMs, 0)}`;
}

/** Start-up, recovery and many-partition figures of each broker, with GOssip/Kafka ratios. */
export function lifecycleTable(runs: readonly LifecycleResult[]): string {
  const lines = [
    '| target | fresh start ms | create topic ms | first Produce to every partition ms | produce across all MB/s | p50 / p99 / p99.9 / max (ms) | log at restart MB | cold restart: ready / Metadata / first Produce (ms) | after kill -9 under load: ready / Metadata / first Produce (ms) | RSS after recovery MiB |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of runs) {
    const mbs = r.produce.payloadBytes / mb / r.produce.seconds;
    lines.push(
      `| ${r.target} | ${f(r.freshReadyMs, 0)} | ${f(r.createMs, 0)} | ${f(r.firstAppendMs, 0)} | ${f(mbs)} | ${lat(r.produce.latency)} | ${f(r.logBytes / mb, 0)} | ${startup(r.cold)} | ${startup(r.recovery)} | ${f(r.idleRssMiB, 0)} |`,
    );
  }
  const g = runs.find((r) => r.target === 'gossip');
  const k = runs.find((r) => r.target === 'kafka');
  if (g && k) {
    const gm = g.produce.payloadBytes / g.produce.seconds;
    const km = k.produce.payloadBytes / k.produce.seconds;
    lines.push(
      '',
      `- GOssip/Kafka: create ${ratio(g.createMs, k.createMs)}, first Produce to every partition ${ratio(g.firstAppendMs, k.firstAppendMs)}, produce throughput ${ratio(gm, km)}, p99 ${ratio(g.produce.latency.p99Ms, k.produce.latency.p99Ms)}, cold start to ready ${ratio(g.cold.readyMs, k.cold.readyMs)}, to first Produce ${ratio(g.cold.produceMs, k.cold.produceMs)}, recovery to first Produce ${ratio(g.recovery.produceMs, k.recovery.produceMs)}, RSS ${ratio(g.idleRssMiB, k.idleRssMiB)}`,
    );
  }
  return lines.join('\n');
}

export interface TargetCheck {
  target: string;
  measured: string;
  /** null: shown for scale, not a target. */
  met: boolean | null;
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  return [
    '| target (issue 7) | measured in this run | met |',
    '|---|---|---|',
    ...checks.map(
      (c) => `| ${c.target} | ${c.measured} | ${c.met === null ? '-' : c.met ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
}

/** One broker's runs of Kafka's perf tools (kafka-producer-perf-test, kafka-consumer-perf-test). */
export interface PerfToolsRuns {
  target: 'gossip' | 'kafka';
  runs: PerfToolsResult[];
  /** Bytes of record values each run produced and consumed (records × record size). */
  bytesPerRun: number;
}

const mib = 1024 * 1024;

function meanOf(runs: readonly PerfToolsResult[], read: (r: PerfToolsResult) => number): number {
  return runs.length === 0 ? Number.NaN : runs.reduce((sum, r) => sum + read(r), 0) / runs.length;
}

/**
 * GOssip, Kafka and GOssip/Kafka for the figures of Kafka's own perf tools (means over each
 * broker's runs): producer MiB/s and p99, consumer MiB/s, broker CPU seconds per GiB moved
 * (produce plus consume, the tools' JVM start-up included) and the broker's peak RSS.
 */
export function perfToolsTable(gossip: PerfToolsRuns, kafka: PerfToolsRuns): string {
  const rows: { label: string; read: (r: PerfToolsResult, bytes: number) => number; digits: number }[] = [
    { label: 'producer MiB/s', read: (r) => r.producer.mbPerSec, digits: 1 },
    { label: 'producer p50 ms', read: (r) => r.producer.p50Ms, digits: 1 },
    { label: 'producer p99 ms', read: (r) => r.producer.p99Ms, digits: 1 },
    { label: 'producer p99.9 ms', read: (r) => r.producer.p999Ms, digits: 1 },
    {
      label: 'Produce round trip avg ms (client metric)',
      read: (r) => r.producer.requestLatencyAvgMs,
      digits: 1,
    },
    {
      label: 'consumer MiB/s (fetching, after the group join)',
      read: (r) => r.consumer.fetchMbPerSec,
      digits: 1,
    },
    { label: 'consumer MiB/s (whole run, group join included)', read: (r) => r.consumer.mbPerSec, digits: 1 },
    { label: 'consumer group join ms', read: (r) => r.consumer.rebalanceMs, digits: 0 },
    {
      label: 'broker CPU s per GiB (produce + consume)',
      read: (r, bytes) =>
        ((r.broker?.producerCpuSeconds ?? Number.NaN) + (r.broker?.consumerCpuSeconds ?? Number.NaN)) /
        (bytes / (1024 * mib)),
      digits: 2,
    },
    { label: 'broker peak RSS MiB', read: (r) => r.broker?.peakRssMiB ?? Number.NaN, digits: 0 },
    { label: 'failed sends', read: (r) => r.producerErrors, digits: 0 },
  ];
  const lines = ['| figure | GOssip | Kafka | GOssip/Kafka |', '|---|---|---|---|'];
  for (const row of rows) {
    const g = meanOf(gossip.runs, (r) => row.read(r, gossip.bytesPerRun));
    const k = meanOf(kafka.runs, (r) => row.read(r, kafka.bytesPerRun));
    lines.push(`| ${row.label} | ${f(g, row.digits)} | ${f(k, row.digits)} | ${ratio(g, k)} |`);
  }
  return lines.join('\n');
}
