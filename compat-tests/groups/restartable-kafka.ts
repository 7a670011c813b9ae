// A reference Kafka 3.9 (KRaft, one node) that can be stopped and started again on the same data
// dir and ports, for the groups tests that check committed offsets survive a broker restart (the
// shared harness's broker removes its dir on stop). Storage is formatted once; each start runs
// kafka.Kafka with the same server.properties and waits for "Kafka Server started" and a connect.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, tempDir } from '../harness/env.js';
import { fastStartJvmFlags, javaClasspath, javaCommand } from '../harness/java-client.js';

const host = '127.0.0.1';

export interface RestartableKafka {
  bootstrap: string;
  port: number;
  /** Stops the broker (SIGTERM, clean shutdown) and keeps its data. */
  stop(): Promise<void>;
  /** Starts it again on the same data and ports. */
  start(): Promise<void>;
  /** Stops it and removes the data dir. */
  destroy(): Promise<void>;
}

export async function startRestartableKafka(props: Record<string, string>): Promise<RestartableKafka> {
  const classpath = await javaClasspath();
  const dir = tempDir('kafka-restart');
  const port = await freePort(host);
  let controllerPort = await freePort(host);
  while (controllerPort === port) controllerPort = await freePort(host);
  const propsFile = join(dir, 'server.properties');
  const log4jFile = join(dir, 'log4j.properties');
  const all: Record<string, string> = {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': `1@${host}:${controllerPort}`,
    listeners: `PLAINTEXT://${host}:${port},CONTROLLER://${host}:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://${host}:${port}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs': join(dir, 'logs'),
    'offsets.topic.replication.factor': '1',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'group.initial.rebalance.delay.ms': '0',
    ...props,
  };
  await writeFile(
    propsFile,
    `${Object.entries(all)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')}\n`,
  );
  await writeFile(
    log4jFile,
    'log4j.rootLogger=INFO, stdout\nlog4j.appender.stdout=org.apache.log4j.ConsoleAppender\nlog4j.appender.stdout.layout=org.apache.log4j.PatternLayout\nlog4j.appender.stdout.layout.ConversionPattern=%p %m (%c)%n\n',
  );
  const jvm = ['-Xmx512m', ...fastStartJvmFlags, `-Dlog4j.configuration=file:${log4jFile}`, '-cp', classpath];
  const clusterId = randomBytes(16).toString('base64url').replace(/^-/, 'A');
  await promisify(execFile)(
    javaCommand(),
    [...jvm, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', propsFile],
    {
      timeout: 60_000,
    },
  );

  let child: ChildProcess | undefined;
  let exited: Promise<unknown> = Promise.resolve();
  const killOnExit = (): void => {
    child?.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  const broker: RestartableKafka = {
    bootstrap: `${host}:${port}`,
    port,
    async start() {
      const proc = spawn(javaCommand(), [...jvm, 'kafka.Kafka', propsFile], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      exited = new Promise((resolve) => proc.once('exit', resolve));
      let output = '';
      const started = new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer): void => {
          output = (output + chunk.toString('utf8')).slice(-20_000);
          if (output.includes('Kafka Server started')) resolve();
        };
        proc.stdout?.on('data', onData);
        proc.stderr?.on('data', onData);
        void exited.then(() => reject(new Error(`Kafka exited during start-up:\n${output}`)));
        setTimeout(() => reject(new Error(`Kafka did not start in 60 s:\n${output}`)), 60_000).unref();
      });
      await started;
      while (!(await canConnect(port))) await new Promise((r) => setTimeout(r, 50));
    },
    async stop() {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child?.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
    },
    async destroy() {
      await broker.stop();
      process.removeListener('exit', killOnExit);
      await rm(dir, { recursive: true, force: true });
    },
  };
  await broker.start();
  return broker;
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
