// Pieces of bench/run.ts that are not workloads: the machine description and the carried-over
// "## Changes" section of RESULTS.md, and the profile of a separate GOssip broker (section 13).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { topHotspots } from './cpu-profile.js';
import type { BatchShape } from './loadgen/frames.js';
import { runProducer } from './loadgen/producer.js';
import { startGossipTarget } from './targets.js';
import { connections, inFlightMax, partitions } from './workloads.js';

export function machine(): string {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const javaOut = execFileSync('sh', ['-c', 'java -version 2>&1'], { encoding: 'utf8' });
  const javaLine = /version "([^"]+)"/.exec(javaOut)?.[1] ?? 'unknown';
  const memMiB = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1024;
  return [
    `- nproc: ${cpus().length}`,
    `- CPU: ${model}`,
    `- memory: ${memMiB.toFixed(0)} MiB`,
    `- node ${process.version}, java ${javaLine}`,
  ].join('\n');
}

/** The hand-written "## Changes" section of an earlier results file, carried over verbatim. */
export function previousChanges(file: string): string {
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    return '';
  }
  const at = old.indexOf('\n## Changes');
  return at >= 0 ? `\n${old.slice(at).trim()}\n` : '';
}

export async function profileGossip(o: {
  durationMs: number;
  root: string;
  shapes: ReadonlyArray<readonly [string, BatchShape]>;
}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gossip-bench-prof-'));
  const preload = join(import.meta.dirname, 'profile-preload.ts');
  const target = await startGossipTarget({
    NODE_OPTIONS: `--import tsx --import ${preload}`,
    GOSSIP_BENCH_PROFILE_DIR: dir,
  });
  try {
    for (const [topic, shape] of o.shapes) {
      await target.createTopic(topic, partitions);
      await runProducer({
        host: target.host,
        port: target.port,
        topic,
        partitions,
        shape,
        acks: 1,
        connections,
        inFlightMax,
        durationMs: o.durationMs,
        rate: 'max',
        target: 'broker',
      });
    }
  } finally {
    await target.stop();
  }
  const hotspots = topHotspots(dir, o.root, 15);
  rmSync(dir, { recursive: true, force: true });
  return [
    `Self time (share of non-idle samples, V8 sampling profiler via an in-process inspector session, start-up included) of a separate GOssip broker during ${o.durationMs / 1000} s of 1 KiB and ${o.durationMs / 1000} s of 100 B max-throughput produce (acks=1), as in 1 and 7:`,
    '',
    '| self % | function | location |',
    '|---|---|---|',
    ...hotspots.map((h) => `| ${h.selfPercent.toFixed(1)} | ${h.name} | ${h.where} |`),
  ].join('\n');
}
