// Kafka's own kafka-producer-perf-test and kafka-consumer-perf-test against GOssip and the reference
// Apache Kafka 3.9, side by side in one run: both brokers stay up, the tools run against GOssip,
// Kafka, then Kafka, GOssip (so load from elsewhere falls on both alike), and each figure is the
// mean of a broker's two runs, printed with the ratio GOssip/Kafka. Writes bench/PERF-TOOLS.md.
// Usage: tsx bench/perf-tools-cli.ts [--records N] [--record-size B] [--partitions P] [--acks A]
//        [--rounds R] [--out FILE]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { javaClasspath } from '../compat-tests/harness/java-client.js';
import { type PerfToolsResult, runKafkaPerfTools } from './perf-tools.js';
import { rssMiB } from './proc-stats.js';
import { startGossipTarget, startKafkaTarget, type Target } from './targets.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const numberOption = (name: string, fallback: number): number => {
  const value = Number(option(name) ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} needs a positive integer`);
  return value;
};
const records = numberOption('--records', 300_000);
const recordSize = numberOption('--record-size', 1024);
const partitions = numberOption('--partitions', 16);
/** Rounds of (GOssip, Kafka) in alternating order; each broker runs the tools once per round. */
const rounds = numberOption('--rounds', 2);
const acks = option('--acks') ?? '1';
const outFile = option('--out') ?? join(import.meta.dirname, 'PERF-TOOLS.md');
const warmupRecords = Math.min(records, 50_000);

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

function machine(loadAtStart: string): string[] {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const javaOut = execFileSync('sh', ['-c', 'java -version 2>&1'], { encoding: 'utf8' });
  const javaVersion = /version "([^"]+)"/.exec(javaOut)?.[1] ?? 'unknown';
  const memMiB = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1024;
  return [
    `- nproc: ${cpus().length}, CPU: ${model}, memory: ${memMiB.toFixed(0)} MiB`,
    `- node ${process.version}, java ${javaVersion}`,
    `- load average (1, 5, 15 min) at start: ${loadAtStart}; at end: ${loadAverage()}`,
  ];
}

/** One figure of the table: how to read it from a run, and whether higher is better. */
interface Row {
  label: string;
  read(run: PerfToolsResult): number;
  higherIsBetter: boolean;
  digits: number;
}

const gib = 1024 ** 3;
const bytesMoved = records * recordSize;
const rows: Row[] = [
  { label: 'producer records/s', read: (r) => r.producer.recordsPerSec, higherIsBetter: true, digits: 0 },
  { label: 'producer MiB/s', read: (r) => r.producer.mbPerSec, higherIsBetter: true, digits: 1 },
  {
    label: 'producer avg latency ms',
    read: (r) => r.producer.avgLatencyMs,
    higherIsBetter: false,
    digits: 1,
  },
  { label: 'producer p50 ms', read: (r) => r.producer.p50Ms, higherIsBetter: false, digits: 1 },
  { label: 'producer p95 ms', read: (r) => r.producer.p95Ms, higherIsBetter: false, digits: 1 },
  { label: 'producer p99 ms', read: (r) => r.producer.p99Ms, higherIsBetter: false, digits: 1 },
  { label: 'producer p99.9 ms', read: (r) => r.producer.p999Ms, higherIsBetter: false, digits: 1 },
  { label: 'producer max ms', read: (r) => r.producer.maxLatencyMs, higherIsBetter: false, digits: 1 },
  {
    label: 'Produce round trip avg ms (client metric)',
    read: (r) => r.producer.requestLatencyAvgMs,
    higherIsBetter: false,
    digits: 1,
  },
  {
    label: 'Produce round trip max ms (client metric)',
    read: (r) => r.producer.requestLatencyMaxMs,
    higherIsBetter: false,
    digits: 1,
  },
  { label: 'consumer fetch MiB/s', read: (r) => r.consumer.fetchMbPerSec, higherIsBetter: true, digits: 1 },
  {
    label: 'consumer fetch records/s',
    read: (r) => r.consumer.fetchRecordsPerSec,
    higherIsBetter: true,
    digits: 0,
  },
  {
    label: 'consumer MiB/s incl. group join',
    read: (r) => r.consumer.mbPerSec,
    higherIsBetter: true,
    digits: 1,
  },
  {
    label: 'Fetch round trip avg ms (client metric)',
    read: (r) => r.consumer.fetchLatencyAvgMs,
    higherIsBetter: false,
    digits: 1,
  },
  { label: 'consumer group join ms', read: (r) => r.consumer.rebalanceMs, higherIsBetter: false, digits: 0 },
  { label: 'consumer fetch ms', read: (r) => r.consumer.fetchMs, higherIsBetter: false, digits: 0 },
  {
    label: 'broker CPU s while producing',
    read: (r) => r.broker?.producerCpuSeconds ?? Number.NaN,
    higherIsBetter: false,
    digits: 2,
  },
  {
    label: 'broker CPU s while consuming',
    read: (r) => r.broker?.consumerCpuSeconds ?? Number.NaN,
    higherIsBetter: false,
    digits: 2,
  },
  {
    label: 'broker CPU s per GiB (produce + consume)',
    read: (r) =>
      ((r.broker?.producerCpuSeconds ?? Number.NaN) + (r.broker?.consumerCpuSeconds ?? Number.NaN)) /
      (bytesMoved / gib),
    higherIsBetter: false,
    digits: 2,
  },
  {
    label: 'broker peak RSS MiB',
    read: (r) => r.broker?.peakRssMiB ?? Number.NaN,
    higherIsBetter: false,
    digits: 0,
  },
];

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function fmt(n: number, digits: number): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

function ratioText(g: number, k: number): string {
  return k > 0 && Number.isFinite(g) ? `${(g / k).toFixed(2)}x` : 'n/a';
}

function summaryTable(runs: Record<'gossip' | 'kafka', PerfToolsResult[]>, idleRss: Record<string, number>) {
  const lines = ['| figure | GOssip | Kafka | GOssip/Kafka | better |', '|---|---|---|---|---|'];
  for (const row of rows) {
    const g = mean(runs.gossip.map(row.read));
    const k = mean(runs.kafka.map(row.read));
    const better = row.higherIsBetter ? 'higher' : 'lower';
    lines.push(
      `| ${row.label} | ${fmt(g, row.digits)} | ${fmt(k, row.digits)} | ${ratioText(g, k)} | ${better} |`,
    );
  }
  const gi = idleRss.gossip ?? Number.NaN;
  const ki = idleRss.kafka ?? Number.NaN;
  lines.push(
    `| broker idle RSS MiB (before the runs) | ${fmt(gi, 0)} | ${fmt(ki, 0)} | ${ratioText(gi, ki)} | lower |`,
  );
  return lines.join('\n');
}

function runsTable(order: readonly { broker: string; run: PerfToolsResult }[]): string {
  const lines = [
    '| # | broker | producer MiB/s | p50 / p99 / p99.9 / max ms | Produce round trip avg ms | consumer fetch MiB/s | Fetch round trip avg ms | group join ms | broker CPU s prod / cons | peak RSS MiB | failed sends |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  order.forEach(({ broker, run }, i) => {
    const p = run.producer;
    lines.push(
      `| ${i + 1} | ${broker} | ${fmt(p.mbPerSec, 1)} | ${p.p50Ms} / ${p.p99Ms} / ${p.p999Ms} / ${p.maxLatencyMs} | ${fmt(p.requestLatencyAvgMs, 1)} | ${fmt(run.consumer.fetchMbPerSec, 1)} | ${fmt(run.consumer.fetchLatencyAvgMs, 1)} | ${run.consumer.rebalanceMs} | ${fmt(run.broker?.producerCpuSeconds ?? Number.NaN, 2)} / ${fmt(run.broker?.consumerCpuSeconds ?? Number.NaN, 2)} | ${fmt(run.broker?.peakRssMiB ?? Number.NaN, 0)} | ${run.producerErrors} |`,
    );
  });
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadAverage();
  const classpath = await javaClasspath();
  log('starting GOssip and Kafka');
  // The reference Kafka harness sets group.initial.rebalance.delay.ms=0; GOssip gets the same.
  const gossip = await startGossipTarget({ GOSSIP_GROUP_INITIAL_REBALANCE_DELAY_MS: '0' });
  let kafka: Target | undefined;
  try {
    kafka = await startKafkaTarget();
    const brokers = { gossip, kafka };
    const idleRss = { gossip: rssMiB(gossip.pid), kafka: rssMiB(kafka.pid) };
    const runOn = async (target: Target, topic: string, count: number): Promise<PerfToolsResult> => {
      const result = await runKafkaPerfTools({
        bootstrap: `${target.host}:${target.port}`,
        topic,
        partitions,
        records: count,
        recordSize,
        acks,
        classpath,
        brokerPid: target.pid,
      });
      await target.deleteTopics([topic]);
      return result;
    };

    log(`warm-up: ${warmupRecords} records on each broker`);
    for (const target of [gossip, kafka]) await runOn(target, 'perf-tools-warmup', warmupRecords);

    const runs: Record<'gossip' | 'kafka', PerfToolsResult[]> = { gossip: [], kafka: [] };
    const order: { broker: string; run: PerfToolsResult }[] = [];
    for (let round = 0; round < rounds; round++) {
      const names: ('gossip' | 'kafka')[] = round % 2 === 0 ? ['gossip', 'kafka'] : ['kafka', 'gossip'];
      for (const name of names) {
        const run = await runOn(brokers[name], `perf-tools-${round}`, records);
        runs[name].push(run);
        order.push({ broker: name, run });
        log(
          `  ${name}: produce ${run.producer.mbPerSec.toFixed(1)} MiB/s p99 ${run.producer.p99Ms} ms, consume (fetch) ${run.consumer.fetchMbPerSec.toFixed(1)} MiB/s, group join ${run.consumer.rebalanceMs} ms${run.producerErrors > 0 ? `, ${run.producerErrors} failed sends` : ''}`,
        );
      }
    }

    const summary = summaryTable(runs, idleRss);
    const seconds = (performance.now() - started) / 1000;
    const command = `npx tsx bench/perf-tools-cli.ts ${args.join(' ')}`.trim();
    const report = [
      "# Kafka's perf tools against GOssip and Kafka",
      '',
      `Command: \`${command}\` (${seconds.toFixed(0)} s)`,
      '',
      ...machine(loadAtStart),
      '',
      `kafka-producer-perf-test (org.apache.kafka.tools.ProducerPerformance, kafka-tools 3.9.1): ${records} records of ${recordSize} B into 1 topic × ${partitions} partitions, \`--throughput -1\`, acks=${acks}, linger.ms=5, batch.size=65536; then kafka-consumer-perf-test (org.apache.kafka.tools.ConsumerPerformance) reads them back in one consumer group. Both brokers run side by side for the whole run (GOssip from dist/; Kafka 3.9 in KRaft mode, -Xms1g -Xmx1g, G1), both with group.initial.rebalance.delay.ms=0; each tool is a separate JVM (-Xms512m -Xmx512m). After a ${warmupRecords}-record warm-up on each broker, the tools ran ${rounds} times per broker in the order ${order.map((o) => o.broker).join(', ')}; figures are the mean of a broker's runs. MiB as the tools count it (1024 × 1024 B). Broker CPU seconds include each tool's JVM start-up; RSS is VmRSS from /proc. With \`--throughput -1\` the producer keeps its 32 MiB buffer full, so its latencies are mostly time queued in the client: they follow the broker's throughput rather than its service time (the load generator's open-loop runs in RESULTS.md measure that); the round-trip rows are the clients' own request-latency-avg / fetch-latency-avg metrics (\`--print-metrics\`), the time from sending a request to its response. The tools and both brokers share the machine's cores.`,
      '',
      summary,
      '',
      '## Each run',
      '',
      runsTable(order),
      '',
    ].join('\n');
    writeFileSync(outFile, report);
    log('');
    log(summary);
    log(`\nwrote ${outFile} (${seconds.toFixed(0)} s)`);
  } finally {
    await kafka?.stop();
    await gossip.stop();
  }
}

await main();
