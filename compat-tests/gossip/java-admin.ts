// Runs the Java AdminClient program gossip.compat.AdminMetadata against a broker and parses its
// JSON: cluster id, nodes, topic names and ids, then either the auto-created topic's description or
// (with expectMissing) the exceptions the Java client ended with for a topic that must not exist.
import { runJavaMain } from '../harness/java-client.js';

export interface JavaPartition {
  partition: number;
  leader: number | null;
  replicas: number[];
  isr: number[];
}

export interface JavaAdminOutput {
  clusterId: string;
  controllerId: number | null;
  nodes: { id: number; host: string; port: number; rack: string | null }[];
  /** Topic names listed before the topic was asked for, sorted. */
  topics: string[];
  /** Topic name to topic id (base64url, as Kafka prints Uuids) from listTopics. */
  topicIds: Record<string, string | null>;
  autoCreated?: { name: string; topicId: string | null; internal: boolean; partitions: JavaPartition[] };
  missing?: {
    describeTopics: string | null;
    partitionsFor: string | null;
    partitionsForMessage: string | null;
  };
}

export interface JavaAdminOptions {
  bootstrap: string;
  topic: string;
  /** Expect the topic to be absent and report the failures instead of creating it. */
  expectMissing?: boolean;
  timeoutMs?: number;
}

/** Runs AdminMetadata; throws with its stderr when it exits non-zero. */
export async function javaAdminMetadata(options: JavaAdminOptions): Promise<JavaAdminOutput> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const args = [
    '--bootstrap',
    options.bootstrap,
    '--topic',
    options.topic,
    '--timeout-ms',
    String(timeoutMs),
  ];
  if (options.expectMissing) args.push('--expect-missing', 'true', '--missing-wait-ms', '3000');
  const result = await runJavaMain('gossip.compat.AdminMetadata', args, { timeoutMs: timeoutMs + 45_000 });
  if (result.code !== 0) throw new Error(`AdminMetadata exited with ${result.code}:\n${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] ?? '') as JavaAdminOutput;
}
