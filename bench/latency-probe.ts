// Open-loop produce latency measured from a process of its own: the probe (latency-probe-cli.ts) is
// spawned once, optionally pinned with taskset to a core the targets are kept off, and runs one
// measurement per command; its latencies (from each request's scheduled send time, so a late answer
// or a late send counts) come back as JSON and land in the usual histogram.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { BatchShape } from './loadgen/frames.js';
import { LatencyHistogram } from './loadgen/histogram.js';

export interface ProbeCommand {
  host: string;
  port: number;
  topic: string;
  partitions: number;
  connections: number;
  inFlightMax: number;
  shape: BatchShape;
  acks: number;
  /** Requests per second, spread evenly over the connections in turn. */
  rate: number;
  durationMs: number;
  /** Sent first at the same rate on the same connections and not counted (ms; default 0). */
  warmupMs?: number;
  target: 'broker' | 'raw';
  /** Poll (setImmediate) instead of sleeping when the next send is this close (ms); default 1.5. */
  spinMs?: number;
}

export interface ProbeResult {
  scheduled: number;
  answered: number;
  /** Scheduled requests still unanswered when the run gave up draining. */
  unanswered: number;
  /** Partition error codes other than 0 in the answers. */
  errors: number;
  seconds: number;
  /** Each answered request, scheduled send time to answer, in microseconds. */
  latencyUs: number[];
  /** Each request, scheduled send time to when the probe's loop reached it (its own lateness), µs. */
  sendLagUs: number[];
  /** Each answered request, write call to answer (no probe lateness, no in-flight queueing), µs. */
  serviceUs: number[];
}

/** Whether `taskset` (util-linux) can pin processes here, and the CPUs this process may use. */
export function pinningAvailable(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Pins every thread of `pid` to `cpus` (e.g. '0' or '0,1'); false if taskset is unavailable. */
export function pinProcess(pid: number, cpus: string): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Microseconds in which some runnable task waited for a CPU (Linux PSI, /proc/pressure/cpu), or
 * null where the kernel does not report it. The difference over a run, divided by its length, is
 * the share of that run in which the machine had more work than CPUs.
 */
export function cpuPressureUs(): number | null {
  try {
    const m = /^some .*total=(\d+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export function histogramOfUs(values: readonly number[]): LatencyHistogram {
  const h = new LatencyHistogram();
  for (const us of values) h.recordMs(us / 1000);
  return h;
}

export class LatencyProbe {
  private readonly waiting: ((line: string) => void)[] = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly lines: Interface,
    readonly pid: number,
  ) {
    lines.on('line', (line) => this.waiting.shift()?.(line));
  }

  /** Spawns the probe; with `cpu`, under `taskset -c cpu` (when taskset exists). */
  static async start(cpu?: string): Promise<LatencyProbe> {
    const script = join(import.meta.dirname, 'latency-probe-cli.ts');
    const node = [process.execPath, '--import', 'tsx', script];
    const [command, ...args] =
      cpu !== undefined && pinningAvailable() ? ['taskset', '-c', cpu, ...node] : node;
    const child = spawn(command!, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! });
    const probe = new LatencyProbe(child, lines, child.pid!);
    await new Promise<void>((resolve, reject) => {
      probe.waiting.push(() => resolve());
      child.once('exit', (code) => reject(new Error(`latency probe exited with ${code}`)));
    });
    return probe;
  }

  run(command: ProbeCommand): Promise<ProbeResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push((line) => {
        const answer = JSON.parse(line) as { ok?: ProbeResult; error?: string };
        if (answer.ok) resolve(answer.ok);
        else reject(new Error(`latency probe: ${answer.error ?? line}`));
      });
      this.child.stdin!.write(`${JSON.stringify(command)}\n`);
    });
  }

  /** Ends the probe process (again: no-op). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin!.end();
    this.lines.close();
    await exited;
  }
}

/**
 * Stand-alone: `npx tsx bench/latency-probe.ts [--rates 961,4805] [--ms 4000] [--kafka] [--no-pin]`
 * starts GOssip (dist/), the raw TCP sink and optionally Kafka, pins them to CPU 0 and the probe to
 * CPU 1, and prints open-loop latency per rate (two halves per target, in opposite orders).
 */
async function standalone(argv: readonly string[]): Promise<void> {
  const { startGossipTarget, startKafkaTarget, startRawTcpTarget } = await import('./targets.js');
  const value = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
  };
  const rates = value('--rates', '961').split(',').map(Number);
  const durationMs = Number(value('--ms', '4000'));
  const pin = !argv.includes('--no-pin') && pinningAvailable();
  const targets = [await startGossipTarget()];
  if (argv.includes('--kafka')) targets.push(await startKafkaTarget());
  targets.push(await startRawTcpTarget());
  if (pin) for (const pid of [process.pid, ...targets.map((t) => t.pid)]) pinProcess(pid, '0');
  const probe = await LatencyProbe.start(pin ? '1' : undefined);
  const show = (values: readonly number[]): string => {
    const s = histogramOfUs(values).summary();
    return [s.p50Ms, s.p99Ms, s.p999Ms, s.maxMs].map((v) => v.toFixed(2)).join(' / ');
  };
  process.stdout.write(`layout: ${pin ? 'targets on CPU 0, probe on CPU 1' : 'not pinned'}\n`);
  try {
    for (const rate of rates) {
      const got = new Map<string, ProbeResult[]>();
      const pressureBefore = cpuPressureUs();
      const startedMs = performance.now();
      for (const order of [targets, [...targets].reverse()]) {
        for (const t of order) {
          const topic = `probe-${rate}-${got.get(t.name)?.length ?? 0}`;
          await t.createTopic(topic, 16);
          const r = await probe.run({
            host: t.host,
            port: t.port,
            topic,
            partitions: 16,
            connections: 4,
            inFlightMax: 5,
            shape: { recordBytes: 1024, recordsPerBatch: 16 },
            acks: 1,
            rate,
            durationMs: durationMs / 2,
            target: t.isBroker ? 'broker' : 'raw',
          });
          got.set(t.name, [...(got.get(t.name) ?? []), r]);
          await t.deleteTopics([topic]);
        }
      }
      const pressureAfter = cpuPressureUs();
      const pressure =
        pressureBefore === null || pressureAfter === null
          ? 'n/a'
          : `${((pressureAfter - pressureBefore) / 10 / (performance.now() - startedMs)).toFixed(0)}%`;
      process.stdout.write(`\n${rate} requests/s, CPU pressure ${pressure}; p50 / p99 / p99.9 / max ms\n`);
      for (const [name, runs] of got) {
        const all = (pick: (r: ProbeResult) => number[]): number[] => runs.flatMap(pick);
        const errors = runs.reduce((n, r) => n + r.errors + r.unanswered, 0);
        process.stdout.write(
          `${name.padEnd(8)} latency ${show(all((r) => r.latencyUs))} | probe lateness ${show(all((r) => r.sendLagUs))} | write to answer ${show(all((r) => r.serviceUs))}${errors > 0 ? ` | ${errors} errors/unanswered` : ''}\n`,
        );
      }
    }
  } finally {
    await probe.stop();
    for (const t of targets) await t.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await standalone(process.argv.slice(2));
}
