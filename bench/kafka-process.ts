// A reference Kafka broker that can be stopped, killed (kill -9) and started again on the same log
// directory, for the start-up and recovery figures (the compat-tests harness removes its data on
// stop). It formats a KRaft storage dir once with the harness's config and format helpers, then each
// start() spawns kafka.Kafka and resolves at its "Kafka Server started" line, which is Kafka's
// equivalent of GOssip's ready line.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { javaClasspath } from '../compat-tests/harness/java-client.js';
import {
  formatKafkaStorage,
  freeKafkaPorts,
  kraftProperties,
  randomClusterId,
  spawnKafka,
  writeKafkaConfig,
} from '../compat-tests/harness/reference-kafka.js';

const startedLine = 'Kafka Server started';

export interface KafkaProcess {
  host: string;
  port: number;
  dataDir: string;
  /** The broker's last output lines. */
  logs(): string;
  /** The running JVM's pid (after start()). */
  pid(): number;
  /** Spawns the broker; resolves at its started line. */
  start(timeoutMs?: number): Promise<void>;
  /** SIGTERM and wait (a clean shutdown writes Kafka's clean-shutdown marker). */
  stop(): Promise<void>;
  /** SIGKILL and wait. */
  kill(): Promise<void>;
  /** Kills it if running (its data is not needed any more) and removes the data dir. */
  destroy(): Promise<void>;
}

export async function formatKafka(jvmFlags: readonly string[]): Promise<KafkaProcess> {
  const classpath = await javaClasspath();
  const dataDir = mkdtempSync(join(tmpdir(), 'gossip-bench-kafka-'));
  const { port, controllerPort } = await freeKafkaPorts();
  const props = kraftProperties(dataDir, port, controllerPort, {
    'num.partitions': '16',
    'file.delete.delay.ms': '1000',
    'log.segment.delete.delay.ms': '1000',
  });
  const config = await writeKafkaConfig(dataDir, props);
  await formatKafkaStorage(classpath, randomClusterId(), config);

  let child: ChildProcess | null = null;
  let output = '';
  let exited: Promise<void> = Promise.resolve();
  const killOnExit = (): void => {
    child?.kill('SIGKILL');
  };
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    const c = child;
    if (c === null) return;
    if (c.exitCode === null && c.signalCode === null) c.kill(signal);
    const timer = setTimeout(() => c.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
    process.removeListener('exit', killOnExit);
    child = null;
  };
  return {
    host: '127.0.0.1',
    port,
    dataDir,
    pid: () => child?.pid ?? -1,
    logs: () => output,
    async start(timeoutMs = 180_000) {
      const c = spawnKafka(classpath, jvmFlags, config);
      child = c;
      process.once('exit', killOnExit);
      exited = new Promise((resolve) => c.once('exit', () => resolve()));
      let tail = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Kafka did not start:\n${tail}`)), timeoutMs);
        const onData = (d: Buffer): void => {
          tail = (tail + d.toString()).slice(-20_000);
          if (tail.includes(startedLine)) {
            clearTimeout(timer);
            resolve();
          }
        };
        c.stdout!.on('data', onData);
        c.stderr!.on('data', onData);
        exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`Kafka exited during start-up:\n${tail}`));
        });
      });
      // Keep draining its output (the last lines kept) so the JVM never blocks on a full pipe.
      c.stdout!.removeAllListeners('data');
      c.stderr!.removeAllListeners('data');
      const keep = (d: Buffer): void => {
        tail = (tail + d.toString()).slice(-20_000);
        output = tail;
      };
      c.stdout!.on('data', keep);
      c.stderr!.on('data', keep);
    },
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    async destroy() {
      await end('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
