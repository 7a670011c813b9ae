// Runs Kafka 3.9's own command-line tools as separate JVMs, `java -cp <compat-tests classpath>
// <main class>` (kafka_2.13 + kafka-tools 3.9.1), with optional stdin, and normalizes their output
// (topic ids, ports, node ids) so the same command can be compared between two brokers.
import { spawn } from 'node:child_process';
import { fastStartJvmFlags, javaClasspath, javaCommand } from '../harness/java-client.js';

/** Main classes of the 3.9 tools (some still live in core, some moved to kafka-tools). */
export const kafkaTools = {
  topics: 'org.apache.kafka.tools.TopicCommand',
  configs: 'kafka.admin.ConfigCommand',
  consoleProducer: 'kafka.tools.ConsoleProducer',
  consoleConsumer: 'org.apache.kafka.tools.consumer.ConsoleConsumer',
  getOffsets: 'org.apache.kafka.tools.GetOffsetShell',
} as const;

export interface ToolResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

export async function runKafkaTool(
  className: string,
  args: readonly string[],
  options: { stdin?: string; timeoutMs?: number } = {},
): Promise<ToolResult> {
  const classpath = await javaClasspath();
  const child = spawn(
    javaCommand(),
    ['-Xmx256m', ...fastStartJvmFlags, '-cp', classpath, className, ...args],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin.end(options.stdin ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (exitCode) => resolve(exitCode));
    });
    return {
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
      code,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Replaces what legitimately differs between two brokers: topic ids, the port and the node id. */
export function normalizeToolOutput(text: string, broker: { port: number; nodeId: number }): string {
  const node = String(broker.nodeId);
  return text
    .replace(/TopicId: [A-Za-z0-9_-]{22}/g, 'TopicId: <id>')
    .replaceAll(`:${broker.port}`, ':<port>')
    .replace(/(Leader|Replicas|Isr): (\d+)/g, (whole, label: string, id: string) =>
      id === node ? `${label}: <node>` : whole,
    )
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
