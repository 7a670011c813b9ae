// Runs the GOssip benchmarks side by side with their baselines in one process layout and writes
// bench/RESULTS.md: GOssip and the reference Kafka broker (full JIT) run at the same time, each
// workload runs against GOssip, Kafka and the raw TCP sink in turn, file append/read baselines use
// the same batch bytes, and every figure is reported as a ratio measured in this run.
// Usage: tsx bench/run.ts [--long] [--out FILE] [--no-profile] [--partitions N] [--log-gb N]
//        [--lifecycle-only]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileAppend, fileReadBack } from './baselines/file-append.js';
import { cpuPressureUs, LatencyProbe, pinningAvailable, pinProcess } from './latency-probe.js';
import { type LifecycleResult, lifecycle, restartableGossip, restartableKafka } from './lifecycle.js';
import { makeBatch } from './loadgen/frames.js';
import { producerPerformanceClass, runKafkaPerfTools } from './perf-tools.js';
import { rssMiB } from './proc-stats.js';
import {
  fetchTable,
  latencyLayout,
  lifecycleTable,
  mb,
  mbPerSec,
  type PerfToolsRuns,
  perfToolsTable,
  probeLateness,
  produceRatios,
  produceTable,
  ratio,
  type TargetCheck,
  targetsTable,
} from './report.js';
import { machine, previousChanges, profileGossip } from './run-support.js';
import { startGossipTarget, startKafkaTarget, startRawTcpTarget, type Target } from './targets.js';
import {
  combineRuns,
  connections,
  type FetchRun,
  fetchRun,
  inFlightMax,
  type ProduceRun,
  type ProduceWorkload,
  partitions,
  probeRun,
  produceRun,
} from './workloads.js';

const args = process.argv.slice(2);
const long = args.includes('--long');
const outIndex = args.indexOf('--out');
const outFile = outIndex >= 0 ? args[outIndex + 1]! : join(import.meta.dirname, 'RESULTS.md');
const profile = !args.includes('--no-profile');
/** Only the start-up / recovery / many-partition section (11), e.g. with other --partitions. */
const lifecycleOnly = args.includes('--lifecycle-only');
const numberArg = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
/** Partitions of the many-partition, cold-start and recovery runs. */
const manyPartitions = numberArg('--partitions', long ? 10_000 : 1_000);
/** Log written before the cold restart, beyond the many-partition topic itself. */
const fillBytes = numberArg('--log-gb', long ? 10 : 0) * 1e9;
const kafkaJvmFlags = ['-Xms1g', '-Xmx1g', '-XX:+UseG1GC'];
const root = join(import.meta.dirname, '..');

const warmupMs = long ? 15_000 : 2_000;
/** Max-throughput and fixed-rate runs that targets rest on. */
const measureMs = long ? 20_000 : 4_000;
/** acks=all, end-to-end and kafkajs runs (shorter in the short run, which must stay under 3 min). */
const secondaryMs = long ? 20_000 : 2_000;
const manyMs = long ? 10_000 : 2_000;
/** Uncounted warm-up before each half of an open-loop latency run (4, 5). */
const probeWarmupMs = long ? 5_000 : 500;
/** Uncounted kafkajs run against each broker before section 8 (the client's JIT warm-up). */
const kafkajsWarmupMs = long ? 5_000 : 700;
const profileMs = long ? 15_000 : 1_000;
const fileMs = long ? 3_000 : 500;
/** Records of 1 KiB per run of Kafka's perf tools; rounds of (GOssip, Kafka), alternating order. */
const perfToolRecords = long ? 1_000_000 : 100_000;
const perfToolRounds = long ? 2 : 1;
const kib1 = { recordBytes: 1024, recordsPerBatch: 16 };
const b100 = { recordBytes: 100, recordsPerBatch: 160 };

const diskFreeMinBytes = 15e9;

/** Stops the run before a workload could fill the disk that other work on this machine shares. */
function checkDiskSpace(): void {
  const stats = statfsSync(tmpdir());
  const free = stats.bavail * stats.bsize;
  if (free < diskFreeMinBytes) {
    throw new Error(
      `only ${(free / 1e9).toFixed(1)} GB free under ${tmpdir()}; need ${diskFreeMinBytes / 1e9} GB`,
    );
  }
}

const runStartedMs = performance.now();

/** A progress line, prefixed with the seconds since the run started (to see where time goes). */
function log(line: string): void {
  const seconds = ((performance.now() - runStartedMs) / 1000).toFixed(0).padStart(3);
  process.stdout.write(`[${seconds} s] ${line}\n`);
}

/**
 * Runs a workload on each target in two halves, in the order A B C then C B A, so that load from
 * elsewhere on the machine falls on every target alike; the halves are combined into one figure.
 */
async function eachTarget(
  targets: readonly Target[],
  topic: string,
  workload: ProduceWorkload,
  keepTopics = false,
  probe?: LatencyProbe,
): Promise<ProduceRun[]> {
  checkDiskSpace();
  const half = { ...workload, durationMs: workload.durationMs / 2 };
  const rate = workload.rate;
  // Open-loop runs start with OpenMessaging's uncounted warm-up (same rate, topic and connections),
  // so a latency figure is the steady state, not the first requests to new partitions.
  const one = (target: Target, startOffsets?: readonly bigint[]): Promise<ProduceRun> =>
    probe && rate !== 'max'
      ? probeRun(probe, target, `${topic}-${target.name}`, { ...half, rate, warmupMs: probeWarmupMs })
      : produceRun(target, `${topic}-${target.name}`, half, startOffsets);
  const first = new Map<Target, ProduceRun>();
  for (const target of targets) first.set(target, await one(target));
  const runs = new Map<Target, ProduceRun>();
  for (const target of [...targets].reverse()) {
    const before = first.get(target)!;
    const after = await one(target, before.produce.endOffsets);
    runs.set(target, combineRuns(before, after));
  }
  const ordered = targets.map((t) => runs.get(t)!);
  if (!keepTopics) for (const target of targets) await target.deleteTopics([`${topic}-${target.name}`]);
  for (const run of ordered) {
    const codes =
      Object.keys(run.produce.errorCodes).length > 0
        ? `, error codes ${JSON.stringify(run.produce.errorCodes)}`
        : '';
    log(
      `  ${run.target}: ${mbPerSec(run).toFixed(1)} MB/s, p99 ${run.produce.latency.p99Ms.toFixed(2)} ms${run.consume ? `, e2e p99 ${run.consume.endToEnd.p99Ms.toFixed(2)} ms` : ''}${codes}`,
    );
  }
  return ordered;
}

/** The workloads against GOssip, Kafka and the raw TCP sink running side by side (sections 1-10). */
async function sideBySide(sections: string[], check: Check): Promise<void> {
  log('starting brokers');
  // As the reference Kafka harness: no initial rebalance delay (the perf tools' consumer joins a group).
  // The latency probe of 4 and 5 (its own process, on CPU 1 when taskset exists) starts meanwhile.
  const pinned = pinningAvailable();
  const probeStarting = LatencyProbe.start(pinned ? '1' : undefined);
  const gossip = await startGossipTarget({ GOSSIP_GROUP_INITIAL_REBALANCE_DELAY_MS: '0' });
  const kafka = await startKafkaTarget();
  const raw = await startRawTcpTarget();
  const brokers = [gossip, kafka];
  const all = [gossip, kafka, raw];
  const idleRss = { gossip: rssMiB(gossip.pid), kafka: rssMiB(kafka.pid) };
  const peakRss = { gossip: idleRss.gossip, kafka: idleRss.kafka };
  const notePeak = (runs: ProduceRun[]): void => {
    for (const r of runs)
      if (r.target === 'gossip' || r.target === 'kafka')
        peakRss[r.target] = Math.max(peakRss[r.target], r.peakRssMiB);
  };
  try {
    log('warm-up');
    for (const b of brokers)
      await produceRun(b, 'warmup', {
        shape: kib1,
        acks: 1,
        rate: 'max',
        durationMs: warmupMs,
        consume: true,
      });
    for (const b of brokers) await b.deleteTopics(['warmup']);

    const fileDir = mkdtempSync(join(tmpdir(), 'gossip-bench-file-'));
    const batch1k = makeBatch(kib1);
    const append = fileAppend(fileDir, batch1k, fileMs, false);
    const appendSync = fileAppend(fileDir, batch1k, fileMs, true);
    const payloadShare = (kib1.recordBytes * kib1.recordsPerBatch) / batch1k.length;
    const appendMBs = (append.bytes * payloadShare) / mb / append.seconds;
    const appendSyncMBs = (appendSync.bytes * payloadShare) / mb / appendSync.seconds;
    const readBack = fileReadBack(fileDir);
    const fileReadMBs = readBack.bytes / mb / readBack.seconds;
    log(
      `raw file append: ${appendMBs.toFixed(0)} MB/s, with fdatasync per batch ${appendSyncMBs.toFixed(0)} MB/s (${(appendSync.ops / appendSync.seconds).toFixed(0)} syncs/s); read back ${fileReadMBs.toFixed(0)} MB/s`,
    );

    log('1 KiB records, max throughput, acks=1');
    const max1k = await eachTarget(
      all,
      'max-1k',
      {
        shape: kib1,
        acks: 1,
        rate: 'max',
        durationMs: measureMs,
        consume: false,
      },
      true,
    );
    notePeak(max1k);
    sections.push(
      '## 1. Produce, 1 KiB records, 16 partitions, acks=1, max throughput',
      `16 records per batch (16 KiB batches); ${connections} connections × ${inFlightMax} requests in flight; each request carries one batch for each of its connection's ${partitions / connections} partitions (as a producer with linger sends). Latency is from send to response.`,
      '',
      produceTable(max1k),
      '',
      produceRatios(max1k, {
        'raw file append (no fsync)': appendMBs,
        'raw file append (fdatasync per batch)': appendSyncMBs,
      }),
    );

    log('fetch-only from the full log');
    const fetches: FetchRun[] = [];
    for (const b of brokers) {
      const produced = max1k.find((r) => r.target === b.name)!;
      const f = await fetchRun(b, `max-1k-${b.name}`, produced.produce.endOffsets);
      log(`  ${b.name}: ${(f.consume.batchBytes / mb / f.consume.seconds).toFixed(1)} MB/s`);
      fetches.push(f);
      await b.deleteTopics([`max-1k-${b.name}`]);
    }
    sections.push(
      '## 2. Fetch-only from a full log (the topic written in 1), one consumer connection, 1 MiB per partition',
      '',
      fetchTable(fetches, fileReadMBs),
    );
    const fetchMBs = (name: string): number => {
      const f = fetches.find((r) => r.target === name);
      return f ? f.consume.batchBytes / mb / f.consume.seconds : Number.NaN;
    };
    const fetchVsKafka = fetchMBs('gossip') / fetchMBs('kafka');
    const fetchVsFile = fetchMBs('gossip') / fileReadMBs;

    log('1 KiB records, max throughput, acks=all');
    const all1k = await eachTarget(brokers, 'all-1k', {
      shape: kib1,
      acks: -1,
      rate: 'max',
      durationMs: secondaryMs,
      consume: false,
    });
    notePeak(all1k);
    sections.push(
      '## 3. Produce, 1 KiB records, acks=all (one replica), max throughput',
      '',
      produceTable(all1k),
      '',
      produceRatios(all1k),
    );

    const gossipMax = max1k.find((r) => r.target === 'gossip')!;
    const maxRequestsPerSec = gossipMax.produce.requests / gossipMax.produce.seconds;
    const requestMB = (partitions * kib1.recordBytes * kib1.recordsPerBatch) / connections / mb;
    const half = Math.max(20, Math.round(0.5 * maxRequestsPerSec));
    // Open-loop latency (4, 5) from the probe process: targets on CPU 0, the probe alone on CPU 1.
    const pinAll = (cpus: string): void => {
      for (const pid of [process.pid, ...all.map((t) => t.pid)]) pinProcess(pid, cpus);
    };
    if (pinned) pinAll('0');
    // Earlier sections' dirty pages are written out now, not in the middle of the latency runs.
    execFileSync('sync');
    const probe = await probeStarting;
    // The probe's own code warms up against the sink before anything is measured.
    await probeRun(probe, raw, 'probe-warmup', { shape: kib1, acks: 1, rate: half, durationMs: 500 });
    const pressureAt = { us: cpuPressureUs(), ms: performance.now() };
    const pressure = (): string => {
      const now = cpuPressureUs();
      if (now === null || pressureAt.us === null) return 'n/a';
      const share = (now - pressureAt.us) / 1000 / (performance.now() - pressureAt.ms);
      pressureAt.us = now;
      pressureAt.ms = performance.now();
      return `${(share * 100).toFixed(0)}%`;
    };
    // What each broker carries in this layout (one core) with 5 requests in flight per connection:
    // offered twice GOssip's two-core maximum, the probe's answered rate is that closed-loop rate.
    const capacity = new Map<string, number>();
    for (const b of brokers) {
      const topic = `capacity-${b.name}`;
      const r = await probeRun(probe, b, topic, {
        shape: kib1,
        acks: 1,
        rate: Math.round(2 * maxRequestsPerSec),
        durationMs: 600,
        warmupMs: 300,
      });
      capacity.set(b.name, r.produce.requests / r.produce.seconds);
      await b.deleteTopics([topic]);
    }
    const capacityNote = brokers
      .map((b) => {
        const c = capacity.get(b.name)!;
        return `${b.name} ${c.toFixed(0)} requests/s (${(c * requestMB).toFixed(0)} MB/s; the rate below is ${((100 * half) / c).toFixed(0)}% of it)`;
      })
      .join(', ');
    log(`  closed-loop rate in the latency layout: ${capacityNote}`);
    log(
      `1 KiB records, open loop at ${half} requests/s = ${(half * requestMB).toFixed(1)} MB/s (50% of GOssip's max)`,
    );
    const fixed = await eachTarget(
      all,
      'rate50-1k',
      { shape: kib1, acks: 1, rate: half, durationMs: measureMs, consume: false },
      // Deleted after 5: deleting a topic of this size (Kafka 1 s later) costs CPU in the middle of 5.
      true,
      probe,
    );
    notePeak(fixed);
    const pressure50 = pressure();
    sections.push(
      `## 4. Produce latency at a fixed rate: ${half} requests/s = ${(half * requestMB).toFixed(1)} MB/s (50% of GOssip's max in 1), acks=1`,
      latencyLayout(pinned),
      `Machine CPU pressure during these runs (Linux PSI: share of the time some task waited for a CPU; other work on this shared machine included): ${pressure50}.`,
      `Closed-loop rate in this layout (each broker has one core here, two in 1; measured just before by offering twice GOssip's maximum from 1, so the probe keeps 5 requests in flight per connection): ${capacityNote}. This bounds what a broker carries with that much in flight; near or above 100%, the figures below are mostly queueing, and on this shared machine they swing widely between runs for both brokers.`,
      '',
      produceTable(fixed),
      '',
      produceRatios(fixed),
      probeLateness(fixed),
    );

    execFileSync('sync');
    const tenth = Math.max(10, Math.round(0.1 * maxRequestsPerSec));
    log(`1 KiB records, open loop at ${tenth} requests/s (10% of GOssip's max)`);
    let low: ProduceRun[];
    try {
      low = await eachTarget(
        all,
        'rate10-1k',
        { shape: kib1, acks: 1, rate: tenth, durationMs: measureMs, consume: false },
        false,
        probe,
      );
      for (const t of brokers) await t.deleteTopics([`rate50-1k-${t.name}`]);
    } finally {
      await probe.stop();
      if (pinned) pinAll('0,1');
    }
    notePeak(low);
    const pressure10 = pressure();
    sections.push(
      `## 5. Produce latency at a fixed rate: ${tenth} requests/s = ${(tenth * requestMB).toFixed(1)} MB/s (10% of GOssip's max in 1), acks=1`,
      `Open loop through the probe process, in the same layout as 4; the raw TCP row is again the probe’s own floor at this rate. Machine CPU pressure during these runs (as in 4): ${pressure10}.`,
      '',
      produceTable(low),
      '',
      produceRatios(low),
      probeLateness(low),
    );

    const quarter = Math.max(10, Math.round(0.25 * maxRequestsPerSec));
    log(`1 KiB records, open loop at ${quarter} requests/s (25% of GOssip's max), with a consumer`);
    const e2e = await eachTarget(brokers, 'rate25-1k', {
      shape: kib1,
      acks: 1,
      rate: quarter,
      durationMs: secondaryMs,
      consume: true,
    });
    notePeak(e2e);
    sections.push(
      `## 6. End-to-end latency with a consumer: ${quarter} requests/s = ${(quarter * requestMB).toFixed(1)} MB/s (25% of GOssip's max in 1), acks=1`,
      'The in-process open-loop producer (timer-scheduled, latency from the scheduled time; not the probe of 4 and 5), plus one consumer fetching all 16 partitions (long-poll 100 ms) in the load generator process. End-to-end = fetch time − the batch timestamp stamped at send (millisecond timestamps, so ±1 ms). With a consumer, produce and fetch share the two cores, so the rate is halved again.',
      '',
      produceTable(e2e),
      '',
      produceRatios(e2e),
    );

    log('100 B records, max throughput, acks=1');
    const max100 = await eachTarget(brokers, 'max-100b', {
      shape: b100,
      acks: 1,
      rate: 'max',
      durationMs: measureMs,
      consume: false,
    });
    notePeak(max100);
    sections.push(
      '## 7. Produce, 100 B records, acks=1, max throughput',
      '160 records per batch (about 16 KiB batches), same request layout as 1.',
      '',
      produceTable(max100),
      '',
      produceRatios(max100),
    );

    log('1 KiB records through kafkajs, max throughput, acks=1');
    const kafkajsWorkload = {
      shape: kib1,
      acks: 1,
      rate: 'max',
      durationMs: secondaryMs,
      consume: false,
      client: 'kafkajs',
    } as const;
    // kafkajs's own code is compiled by V8 as it runs: warm it up against every broker first, so
    // the first measured half (GOssip's) does not pay for a cold client.
    for (const b of brokers) {
      await produceRun(b, `kafkajs-warmup-${b.name}`, { ...kafkajsWorkload, durationMs: kafkajsWarmupMs });
      await b.deleteTopics([`kafkajs-warmup-${b.name}`]);
    }
    const viaKafkajs = await eachTarget(brokers, 'kafkajs-1k', kafkajsWorkload);
    notePeak(viaKafkajs);
    sections.push(
      '## 8. Produce through kafkajs, 1 KiB records, 16 partitions, acks=1, max throughput',
      `kafkajs (what Node users see) in the load generator process: each send() carries 16 records of 1 KiB for each of the 16 partitions (one Produce request of 256 KiB), ${inFlightMax} sends outstanding on kafkajs's one connection. kafkajs encodes every record on the client, so the client's CPU (on the same two cores) is part of the figure for both brokers. Before the measured halves, kafkajs runs uncounted against each broker (${kafkajsWarmupMs / 1000} s each) so its code is compiled before the first half.`,
      '',
      produceTable(viaKafkajs),
      '',
      produceRatios(viaKafkajs),
    );

    log(`Kafka's perf tools, ${perfToolRecords} records of 1 KiB`);
    const perf = await perfTools(gossip, kafka);
    sections.push(
      "## 8b. Kafka's own perf tools: kafka-producer-perf-test and kafka-consumer-perf-test",
      `${producerPerformanceClass} (kafka-tools 3.9) sends ${perfToolRecords} records of 1 KiB into a new topic of 16 partitions (\`--throughput -1\`, acks=1, linger.ms=5, batch.size=65536), then ConsumerPerformance reads them back in one consumer group; each tool is its own JVM (-Xms512m -Xmx512m) and runs against the same broker processes as above (GOssip with group.initial.rebalance.delay.ms=0, as the reference Kafka). ${perfToolRounds} round(s) per broker (order ${perf.order.join(', ')}); figures are means. MiB = 1024 × 1024 B, as the tools count. With \`--throughput -1\` the producer's latencies are mostly time queued in the client (they follow throughput); the round trip is the client's request-latency-avg. Broker CPU includes each tool's JVM start-up. \`npx tsx bench/perf-tools-cli.ts\` runs the same alone with more figures.`,
      '',
      perfToolsTable(perf.gossip, perf.kafka),
    );

    const by = (runs: readonly ProduceRun[], name: string): ProduceRun =>
      runs.find((r) => r.target === name)!;
    const tp = (runs: readonly ProduceRun[], a: string, b: string): number =>
      mbPerSec(by(runs, a)) / mbPerSec(by(runs, b));
    const x = (v: number): string => `${v.toFixed(2)}x`;
    const p1k = tp(max1k, 'gossip', 'kafka');
    check('produce throughput ≥ 1.0x Kafka (1 KiB, acks=1)', p1k, x(p1k), p1k >= 1);
    const p100 = tp(max100, 'gossip', 'kafka');
    check('produce throughput ≥ 1.0x Kafka (100 B, acks=1)', p100, x(p100), p100 >= 1);
    const pAll = tp(all1k, 'gossip', 'kafka');
    check('produce throughput ≥ 1.0x Kafka (1 KiB, acks=all)', pAll, x(pAll), pAll >= 1);
    check('fetch throughput ≥ 1.0x Kafka', fetchVsKafka, x(fetchVsKafka), fetchVsKafka >= 1);
    const pJs = tp(viaKafkajs, 'gossip', 'kafka');
    check('produce through kafkajs ≥ 1.0x Kafka', pJs, x(pJs), pJs >= 1);
    for (const [runs, what] of [
      [fixed, '50%'],
      [low, '10%'],
    ] as const) {
      const r = by(runs, 'gossip').produce.latency.p99Ms / by(runs, 'kafka').produce.latency.p99Ms;
      check(`produce p99 no worse than Kafka (open loop at ${what} of max)`, r, x(r), r <= 1);
    }
    const perfMean = (r: PerfToolsRuns, read: (run: PerfToolsRuns['runs'][number]) => number): number =>
      r.runs.reduce((sum, run) => sum + read(run), 0) / r.runs.length;
    const perfProduce =
      perfMean(perf.gossip, (r) => r.producer.mbPerSec) / perfMean(perf.kafka, (r) => r.producer.mbPerSec);
    check('kafka-producer-perf-test MiB/s ≥ 1.0x Kafka', perfProduce, x(perfProduce), perfProduce >= 1);
    const perfConsume =
      perfMean(perf.gossip, (r) => r.consumer.fetchMbPerSec) /
      perfMean(perf.kafka, (r) => r.consumer.fetchMbPerSec);
    check('kafka-consumer-perf-test fetch MiB/s ≥ 1.0x Kafka', perfConsume, x(perfConsume), perfConsume >= 1);
    const rssRatio = peakRss.gossip / peakRss.kafka;
    check('peak RSS ≤ 0.25x Kafka', rssRatio, x(rssRatio), rssRatio <= 0.25);
    const vsTcp = tp(max1k, 'gossip', 'raw-tcp');
    check('produce ≥ 0.60x raw loopback TCP (1 KiB)', vsTcp, x(vsTcp), vsTcp >= 0.6);
    // Loopback TCP moves bytes the same in both directions: the raw sink's rate in 1 is what one
    // Node process can push to another here, the ceiling for a fetch that must also read the log.
    const fetchVsTcp = fetchMBs('gossip') / mbPerSec(by(max1k, 'raw-tcp'));
    check(
      'fetch ≥ 0.70x raw loopback TCP (the raw sink rate in 1)',
      fetchVsTcp,
      x(fetchVsTcp),
      fetchVsTcp >= 0.7,
    );
    check(
      'fetch against raw sequential file read from the page cache (no target; for scale)',
      fetchVsFile,
      x(fetchVsFile),
      null,
    );
    const g100 = by(max100, 'gossip').produce;
    const rps = g100.records / g100.seconds;
    check('100 B records: ≥ 2,000,000 records/s', rps, `${(rps / 1e6).toFixed(2)} M records/s`, rps >= 2e6);
    const lowLat = by(low, 'gossip').produce.latency;
    check(
      'produce p99 < 1 ms at 10% of max, acks=1',
      lowLat.p99Ms,
      `${lowLat.p99Ms.toFixed(2)} ms`,
      lowLat.p99Ms < 1,
    );
    check(
      'produce p99.9 < 5 ms at 10% of max, acks=1',
      lowLat.p999Ms,
      `${lowLat.p999Ms.toFixed(2)} ms`,
      lowLat.p999Ms < 5,
    );
    const floor = by(low, 'raw-tcp').produce.latency;
    check(
      'for scale: the probe against the raw TCP sink at 10% of max (same layout), p99 / p99.9; machine CPU pressure',
      floor.p99Ms,
      `${floor.p99Ms.toFixed(2)} / ${floor.p999Ms.toFixed(2)} ms; ${pressure10}`,
      null,
    );
    check(
      'idle RSS < 150 MB',
      idleRss.gossip,
      `${idleRss.gossip.toFixed(0)} MiB`,
      idleRss.gossip * 1.048576 < 150,
    );

    const idleAfter = { gossip: rssMiB(gossip.pid), kafka: rssMiB(kafka.pid) };
    sections.push(
      '## 9. Broker memory (VmRSS from /proc/PID/status)',
      '',
      '| broker | idle after start MiB | peak under load MiB | after the run MiB |',
      '|---|---|---|---|',
      `| gossip | ${idleRss.gossip.toFixed(0)} | ${peakRss.gossip.toFixed(0)} | ${idleAfter.gossip.toFixed(0)} |`,
      `| kafka (-Xms1g -Xmx1g) | ${idleRss.kafka.toFixed(0)} | ${peakRss.kafka.toFixed(0)} | ${idleAfter.kafka.toFixed(0)} |`,
      '',
      `- GOssip/Kafka: idle ${ratio(idleRss.gossip, idleRss.kafka)}, peak ${ratio(peakRss.gossip, peakRss.kafka)}`,
      '',
      '## 10. Raw file baselines (same 16 KiB batch bytes)',
      '',
      `- append without fsync: ${appendMBs.toFixed(0)} MB/s of payload; with fdatasync per batch: ${appendSyncMBs.toFixed(0)} MB/s (${(appendSync.ops / appendSync.seconds).toFixed(0)} syncs/s)`,
      `- sequential read back (page cache): ${fileReadMBs.toFixed(0)} MB/s`,
    );
  } finally {
    await (await probeStarting).stop();
    await raw.stop();
    await kafka.stop();
    await gossip.stop();
  }
}

type Check = (target: string, value: number, measured: string, met: boolean | null) => void;

/** Kafka's perf tools against both brokers, rounds in alternating order; each topic deleted after. */
async function perfTools(
  gossip: Target,
  kafka: Target,
): Promise<{ gossip: PerfToolsRuns; kafka: PerfToolsRuns; order: string[] }> {
  const recordSize = 1024;
  const result = {
    gossip: { target: 'gossip', runs: [], bytesPerRun: perfToolRecords * recordSize } as PerfToolsRuns,
    kafka: { target: 'kafka', runs: [], bytesPerRun: perfToolRecords * recordSize } as PerfToolsRuns,
    order: [] as string[],
  };
  for (let round = 0; round < perfToolRounds; round++) {
    for (const target of round % 2 === 0 ? [gossip, kafka] : [kafka, gossip]) {
      checkDiskSpace();
      const topic = `perf-tools-${round}`;
      const run = await runKafkaPerfTools({
        bootstrap: `${target.host}:${target.port}`,
        topic,
        partitions,
        records: perfToolRecords,
        recordSize,
        acks: '1',
        brokerPid: target.pid,
      });
      await target.deleteTopics([topic]);
      const name = target.name === 'gossip' ? 'gossip' : 'kafka';
      result[name].runs.push(run);
      result.order.push(name);
      log(
        `  ${name}: produce ${run.producer.mbPerSec.toFixed(1)} MiB/s p99 ${run.producer.p99Ms} ms, consume ${run.consumer.fetchMbPerSec.toFixed(1)} MiB/s${run.producerErrors > 0 ? `, ${run.producerErrors} failed sends` : ''}`,
      );
    }
  }
  return result;
}

async function main(): Promise<void> {
  const started = performance.now();
  const sections: string[] = [];
  const checks: TargetCheck[] = [];
  const check: Check = (target, value, measured, met) => {
    checks.push({ target, measured: Number.isFinite(value) ? measured : 'n/a', met });
  };
  log(`GOssip bench (${long ? 'long' : 'short'})`);
  if (!lifecycleOnly) await sideBySide(sections, check);

  checkDiskSpace();
  log(`start-up, recovery and ${manyPartitions} partitions`);
  const lifeOptions = {
    partitions: manyPartitions,
    produceMs: manyMs,
    fillBytes,
    connections,
    inFlightMax: 1,
  };
  const life: LifecycleResult[] = [];
  life.push(await lifecycle(restartableGossip(), lifeOptions, log));
  life.push(await lifecycle(await restartableKafka(kafkaJvmFlags), lifeOptions, log));
  sections.push(
    `## 11. Start-up, recovery and ${manyPartitions} partitions`,
    `Each broker alone (the brokers above are stopped), on its own log directory: a fresh start; one topic of ${manyPartitions} partitions created (until every partition has a leader and answers ListOffsets); one Produce per connection carrying a batch for each of its partitions (the first append to every partition, timed, not part of the throughput); ${manyMs / 1000} s of max-throughput produce across all of them (1 KiB records, ${manyPartitions >= 5000 ? 1 : 4} per batch, one batch per partition per request, ${connections} connections × 1 request in flight)${fillBytes > 0 ? `; ${(fillBytes / 1e9).toFixed(0)} GB more log written into a 16-partition topic` : ''}; a clean stop and a cold restart; then produce load again and kill -9 after 0.7 s, and a restart (recovery). Each start is timed from spawn to the ready line (GOssip's \`GOssip ready\`, Kafka's \`Kafka Server started\`), to a Metadata answer listing all ${manyPartitions} partitions with a leader, and to the first acknowledged Produce (acks=1). Kafka runs with the same JVM flags as above.`,
    '',
    lifecycleTable(life),
  );
  const [gLife, kLife] = [life[0]!, life[1]!];
  const startRatio = kLife.cold.produceMs / gLife.cold.produceMs;
  check(
    'start-up ≥ 5x faster than Kafka (cold restart to first Produce)',
    startRatio,
    `${startRatio.toFixed(1)}x faster`,
    startRatio >= 5,
  );
  check(
    `cold start < 1 s with ${manyPartitions} partitions (spawn to first acknowledged Produce; ready line in brackets)`,
    gLife.cold.produceMs,
    `${gLife.cold.produceMs.toFixed(0)} ms (${gLife.cold.readyMs.toFixed(0)} ms)`,
    gLife.cold.produceMs < 1000,
  );
  sections.push('## 12. Targets', '', targetsTable(checks));

  if (profile) {
    log('profiling GOssip (separate instance, not part of the figures above)');
    sections.push(
      '## 13. GOssip hotspots',
      '',
      await profileGossip({
        durationMs: profileMs,
        root,
        shapes: [
          ['prof-1k', kib1],
          ['prof-100b', b100],
        ],
      }),
    );
  }

  const seconds = (performance.now() - started) / 1000;
  const text = [
    '# GOssip benchmark results',
    '',
    `Command: \`npx tsx bench/run.ts${args.length > 0 ? ` ${args.join(' ')}` : ''}\` (${long ? 'long' : 'short'} version, ${seconds.toFixed(0)} s wall time; ${measureMs / 1000} s per measured run (${secondaryMs / 1000} s for acks=all, end-to-end and kafkajs), as two halves in the order GOssip, Kafka, raw TCP then raw TCP, Kafka, GOssip, after ${warmupMs / 1000} s of warm-up per broker).`,
    '',
    'Machine:',
    machine(),
    '',
    'Layout: the broker under test, the reference Kafka 3.9 broker (KRaft, one node, full JIT, `-Xms1g -Xmx1g -XX:+UseG1GC`, log.flush defaults) and the raw TCP sink are separate processes on loopback, all alive for the whole run; the load generator (producer and consumer) is this Node process, except in the open-loop latency runs of 4 and 5, which use a separate probe process pinned to its own CPU (see 4). Both brokers keep their log in the page cache (no fsync per write). Each workload uses a fresh 16-partition topic per target and runs in two halves, GOssip, Kafka, raw TCP and then raw TCP, Kafka, GOssip, combined into one figure per target. Absolute figures drift between runs on this shared machine: compare the ratios. Latency ratios below 1 and throughput ratios above 1 favour GOssip.',
    '',
    ...sections.map((line) => (line.startsWith('## ') ? `\n${line}\n` : line)),
    '',
  ].join('\n');
  writeFileSync(outFile, (text + previousChanges(outFile)).replace(/\n{3,}/g, '\n\n'));
  log(`wrote ${outFile} in ${seconds.toFixed(0)} s`);
}

await main();
