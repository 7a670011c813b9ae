// Starts a real Apache Kafka 3.9 broker (KRaft combined mode, one node) from the Maven-resolved
// classpath of compat-tests/java: it writes server.properties into a temp dir, formats storage with
// kafka.tools.StorageTool, runs kafka.Kafka with `java -cp`, and waits for the "Kafka Server started"
// log line plus a TCP connect. It is the oracle for differential tests and the peer in bench/.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, tempDir } from './env.js';
import { fastStartJvmFlags, javaClasspath, javaCommand, javaToolsAvailable } from './java-client.js';

const host = '127.0.0.1';
const startedLine = 'Kafka Server started';
const logTailLines = 300;
const portAttempts = 3;

export interface ReferenceKafkaOptions {
  /** auto.create.topics.enable (default true, as in Kafka). */
  autoCreateTopics?: boolean;
  /** num.partitions for auto-created topics (default 1, as in Kafka). */
  numPartitions?: number;
  /** More broker properties; they override the ones set here. */
  extraProps?: Record<string, string>;
  /** JVM flags for the broker (default: 512 MiB heap, fast start). bench/ may want full JIT. */
  jvmFlags?: readonly string[];
  /** Give up starting after this long (default 60 s). */
  startTimeoutMs?: number;
}

export interface ReferenceKafka {
  host: string;
  port: number;
  bootstrap: string;
  controllerPort: number;
  clusterId: string;
  dataDir: string;
  /** The broker's most recent log lines (for failure messages). */
  logs(): string;
  /** Stops the broker (SIGTERM, then SIGKILL after 15 s) and removes its temp dir. Idempotent. */
  stop(): Promise<void>;
}

/** True when the reference broker can be built and run here (java and mvn on PATH). */
export function referenceKafkaAvailable(): boolean {
  return javaToolsAvailable();
}

/** Starts a one-node KRaft broker on free loopback ports; retries if a port was taken meanwhile. */
export async function startReferenceKafka(options: ReferenceKafkaOptions = {}): Promise<ReferenceKafka> {
  const classpath = await javaClasspath();
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < portAttempts; attempt++) {
    try {
      return await startOnce(classpath, options);
    } catch (error) {
      if (!(error instanceof PortTakenError)) throw error;
      lastError = error;
    }
  }
  throw lastError ?? new Error('reference Kafka did not start');
}

class PortTakenError extends Error {}

async function startOnce(classpath: string, options: ReferenceKafkaOptions): Promise<ReferenceKafka> {
  const dataDir = tempDir('kafka');
  const { port, controllerPort } = await freeKafkaPorts();
  const clusterId = randomClusterId();
  const config = await writeKafkaConfig(dataDir, serverProperties(dataDir, port, controllerPort, options));

  try {
    await formatKafkaStorage(classpath, clusterId, config);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(`kafka.tools.StorageTool format failed: ${String(error)}`);
  }

  const jvmFlags = options.jvmFlags ?? ['-Xmx512m', ...fastStartJvmFlags];
  const child = spawnKafka(classpath, jvmFlags, config);
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const output = new LineTail(logTailLines);
  const started = new Promise<void>((resolve) => {
    output.onLine = (line) => {
      if (line.includes(startedLine)) resolve();
    };
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });

  let stopped: Promise<void> | undefined;
  const broker: ReferenceKafka = {
    host,
    port,
    bootstrap: `${host}:${port}`,
    controllerPort,
    clusterId,
    dataDir,
    logs: () => output.text(),
    stop: () => {
      stopped ??= (async () => {
        await terminate(child, exited);
        process.removeListener('exit', killOnExit);
        await rm(dataDir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };

  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const outcome = await Promise.race([
    started
      .then(() => waitForConnect(port, timeoutMs))
      .then(
        () => 'ready' as const,
        () => 'timeout' as const,
      ),
    exited.then(() => 'exited' as const),
    delay(timeoutMs).then(() => 'timeout' as const),
  ]);
  if (outcome === 'ready') return broker;
  await broker.stop();
  const logs = output.text();
  if (outcome === 'exited' && logs.includes('Address already in use')) {
    throw new PortTakenError(`reference Kafka could not bind port ${port} or ${controllerPort}`);
  }
  const why = outcome === 'exited' ? 'exited during start-up' : `did not start within ${timeoutMs} ms`;
  throw new Error(`reference Kafka ${why}; last log lines:\n${logs}`);
}

function serverProperties(
  dataDir: string,
  port: number,
  controllerPort: number,
  options: ReferenceKafkaOptions,
): Record<string, string> {
  return kraftProperties(dataDir, port, controllerPort, {
    'auto.create.topics.enable': String(options.autoCreateTopics ?? true),
    'num.partitions': String(options.numPartitions ?? 1),
    ...options.extraProps,
  });
}

/** Two distinct free loopback ports: the PLAINTEXT listener and the KRaft controller listener. */
export async function freeKafkaPorts(): Promise<{ port: number; controllerPort: number }> {
  const port = await freePort(host);
  let controllerPort = await freePort(host);
  while (controllerPort === port) controllerPort = await freePort(host);
  return { port, controllerPort };
}

/** One-node KRaft (combined broker and controller) properties on loopback; `overrides` win. */
export function kraftProperties(
  dataDir: string,
  port: number,
  controllerPort: number,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': `1@${host}:${controllerPort}`,
    listeners: `PLAINTEXT://${host}:${port},CONTROLLER://${host}:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://${host}:${port}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs': join(dataDir, 'logs'),
    'offsets.topic.replication.factor': '1',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'group.initial.rebalance.delay.ms': '0',
    ...overrides,
  };
}

/** Where a broker's config files were written, and the JVM flag that points log4j at its file. */
export interface KafkaConfigFiles {
  propsFile: string;
  log4jFlag: string;
}

/** Writes server.properties (from `props`) and a console log4j.properties into `dataDir`. */
export async function writeKafkaConfig(
  dataDir: string,
  props: Record<string, string>,
): Promise<KafkaConfigFiles> {
  const propsFile = join(dataDir, 'server.properties');
  const log4jFile = join(dataDir, 'log4j.properties');
  const text = Object.entries(props)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join('\n');
  await writeFile(propsFile, `${text}\n`);
  await writeFile(log4jFile, log4jProperties);
  return { propsFile, log4jFlag: `-Dlog4j.configuration=file:${log4jFile}` };
}

/** Formats the KRaft storage dirs named in the config with kafka.tools.StorageTool. */
export async function formatKafkaStorage(
  classpath: string,
  clusterId: string,
  { propsFile, log4jFlag }: KafkaConfigFiles,
): Promise<void> {
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
}

/** Spawns kafka.Kafka on a formatted config, stdout and stderr piped. */
export function spawnKafka(
  classpath: string,
  jvmFlags: readonly string[],
  { propsFile, log4jFlag }: KafkaConfigFiles,
): ChildProcess {
  return spawn(
    javaCommand(),
    [...jvmFlags, '-XX:+ExitOnOutOfMemoryError', log4jFlag, '-cp', classpath, 'kafka.Kafka', propsFile],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/** Java .properties values treat backslash as an escape; nothing else here needs quoting. */
function escapeProperty(value: string): string {
  return value.replaceAll('\\', '\\\\');
}

const log4jProperties = `log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
`;

/** A Kafka cluster id: 16 random bytes in URL-safe base64 without padding, not starting with '-'. */
export function randomClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const outcome = await Promise.race([exited.then(() => 'exited' as const), delay(15_000)]);
  if (outcome !== 'exited') {
    child.kill('SIGKILL');
    await exited;
  }
}

async function waitForConnect(port: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await canConnect(port))) {
    if (performance.now() > deadline) throw new Error(`nothing accepts connections on ${host}:${port}`);
    await delay(50);
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Keeps the last `max` lines of a process's output and reports each complete line. */
class LineTail {
  onLine: (line: string) => void = () => {};
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly max: number) {}

  push(chunk: Buffer): void {
    const parts = (this.partial + chunk.toString('utf8')).split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) {
      this.lines.push(line);
      if (this.lines.length > this.max) this.lines.shift();
      this.onLine(line);
    }
  }

  text(): string {
    return [...this.lines, this.partial].join('\n');
  }
}
