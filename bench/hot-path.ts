// A focused before/after check for hot-path changes: one GOssip broker (dist/, as users run it) and
// the three workloads the profile is about (1 KiB produce, fetch-only from that log, 100 B
// produce), each reported as MB/s, p99 and broker CPU seconds per GB. CPU per GB is the figure to
// compare between builds on a shared machine: throughput moves with other load, CPU per byte less.
// With --profile fetch|produce, the broker runs under the V8 sampling profiler (profile-preload.ts)
// and the self-time hotspots of that one phase are printed at the end.
// --rate N runs only open-loop 1 KiB produce at N requests/s (latency under a fixed load).
// Usage: npm run build && tsx bench/hot-path.ts [--seconds N] [--rounds N] [--profile fetch|produce]
//        [--rate N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topHotspots } from './cpu-profile.js';
import { cpuSeconds } from './proc-stats.js';
import { startGossipTarget } from './targets.js';
import { fetchRun, produceRun } from './workloads.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = arg('--seconds', 5);
const rounds = arg('--rounds', 2);
const rate = arg('--rate', 0);
const profileAt = args.indexOf('--profile');
const profile = profileAt >= 0 ? args[profileAt + 1] : undefined;
const profileDir = profile ? mkdtempSync(join(tmpdir(), 'gossip-hot-prof-')) : '';
const preload = join(import.meta.dirname, 'profile-preload.ts');

const target = await startGossipTarget(
  profile ? { NODE_OPTIONS: `--import tsx --import ${preload}`, GOSSIP_BENCH_PROFILE_DIR: profileDir } : {},
);
/** Restarts the broker's profiler (SIGUSR2) when `phase` is the one being profiled. */
const profilePhase = (phase: string): void => {
  if (profile === phase) process.kill(target.pid, 'SIGUSR2');
};
try {
  await produceRun(target, 'warmup', {
    shape: { recordBytes: 1024, recordsPerBatch: 16 },
    acks: 1,
    rate: 'max',
    durationMs: 3_000,
    consume: false,
  });
  await target.deleteTopics(['warmup']);
  for (let round = 0; round < rounds; round++) {
    for (const [name, shape] of [
      ['1k', { recordBytes: 1024, recordsPerBatch: 16 }],
      ['100b', { recordBytes: 100, recordsPerBatch: 160 }],
    ] as const) {
      if (rate > 0 && name === '100b') continue;
      if (profile === 'fetch' && name === '100b') continue;
      const topic = `hot-${name}-${round}`;
      profilePhase('produce');
      const run = await produceRun(target, topic, {
        shape,
        acks: 1,
        rate: rate > 0 ? rate : 'max',
        durationMs: seconds * 1000,
        consume: false,
      });
      const p = run.produce;
      const mbs = p.payloadBytes / 1e6 / p.seconds;
      process.stdout.write(
        `round ${round} produce ${name}: ${mbs.toFixed(1)} MB/s, p50 ${p.latency.p50Ms.toFixed(2)} p99 ${p.latency.p99Ms.toFixed(2)} p99.9 ${p.latency.p999Ms.toFixed(2)} ms, CPU ${(run.cpuSeconds / (p.payloadBytes / 1e9)).toFixed(2)} s/GB\n`,
      );
      if (name === '1k' && rate === 0) {
        profilePhase('fetch');
        const before = cpuSeconds(target.pid);
        const f = await fetchRun(target, topic, p.endOffsets);
        const fm = f.consume.batchBytes / 1e6 / f.consume.seconds;
        process.stdout.write(
          `round ${round} fetch ${name}: ${fm.toFixed(1)} MB/s, CPU ${((cpuSeconds(target.pid) - before) / (f.consume.batchBytes / 1e9)).toFixed(2)} s/GB\n`,
        );
      }
      await target.deleteTopics([topic]);
    }
  }
} finally {
  await target.stop();
}
if (profile) {
  for (const h of topHotspots(profileDir, join(import.meta.dirname, '..'), 25))
    process.stdout.write(`${h.selfPercent.toFixed(1).padStart(5)}  ${h.name}  ${h.where}\n`);
  rmSync(profileDir, { recursive: true, force: true });
}
