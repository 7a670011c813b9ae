// A reference Kafka broker that can be stopped, killed (kill -9) and started again on the same log
// directory, for the start-up and recovery figures (the compat-tests harness removes its data on
// stop). It formats a KRaft storage dir once, then each start() spawns kafka.Kafka and resolves at
// its "Kafka Server started" line, which is Kafka's equivalent of GOssip's ready line.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../compat-tests/harness/env.js';
import { fastStartJvmFlags, javaClasspath, javaCommand } from '../compat-tests/harness/java-client.js';

const host = '127.0.0.1';
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
  const port = await freePort(host);
  let controllerPort = await freePort(host);
  while (controllerPort === port) controllerPort = await freePort(host);
  const props = {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': `1@${host}:${controllerPort}`,
    listeners: `PLAINTEXT://${host}:${port},CONTROLLER://${host}:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://${host}:${port}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs': join(dataDir, 'logs'),
    'num.partitions': '16',
    'offsets.topic.replication.factor': '1',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'group.initial.rebalance.delay.ms': '0',
    'file.delete.delay.ms': '1000',
    'log.segment.delete.delay.ms': '1000',
  };
  const propsFile = join(dataDir, 'server.properties');
  const log4jFile = join(dataDir, 'log4j.properties');
  writeFileSync(
    propsFile,
    `${Object.entries(props)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')}\n`,
  );
  writeFileSync(
    log4jFile,
    'log4j.rootLogger=INFO, stdout\nlog4j.appender.stdout=org.apache.log4j.ConsoleAppender\nlog4j.appender.stdout.layout=org.apache.log4j.PatternLayout\nlog4j.appender.stdout.layout.ConversionPattern=%p %m (%c)%n\n',
  );
  const log4jFlag = `-Dlog4j.configuration=file:${log4jFile}`;
  let clusterId = randomBytes(16).toString('base64url');
  while (clusterId.startsWith('-')) clusterId = randomBytes(16).toString('base64url');
  await promisify(execFile)(
    javaCommand(),
    [
      '-Xmx256m',
      ...fastStartJvmFlags,
      log4jFlag,
      '-cp',
      classpath,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      propsFile,
    ],
    { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
  );

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
    host,
    port,
    dataDir,
    pid: () => child?.pid ?? -1,
    logs: () => output,
    async start(timeoutMs = 180_000) {
      const c = spawn(
        javaCommand(),
        [...jvmFlags, '-XX:+ExitOnOutOfMemoryError', log4jFlag, '-cp', classpath, 'kafka.Kafka', propsFile],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
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
