// Runs the Java data-path programs (gossip.compat.ProduceConsume and AdminOps, kafka-clients 3.9)
// through runJavaMain and parses what they print. The Java client can express every record of the
// generated set (null keys, values and header values, CreateTime), so nothing is projected.
import { join } from 'node:path';
import {
  type ConsumedRecord,
  parseConsumedJsonl,
  type TestRecord,
  writeRecordsJsonl,
} from '../data-path/records.js';
import { fastStartJvmFlags, runJavaMain } from '../harness/java-client.js';

export const javaCodecs = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

async function run(className: string, args: string[], timeoutMs: number): Promise<string> {
  const result = await runJavaMain(className, args, {
    timeoutMs,
    jvmFlags: ['-Xmx512m', ...fastStartJvmFlags],
  });
  if (result.code !== 0) {
    const tail = result.stderr.trim().split('\n').slice(-20).join('\n');
    throw new Error(`${className} ${args.join(' ')} exited with ${result.code}:\n${tail}`);
  }
  return result.stdout;
}

export interface JavaProduceOptions {
  bootstrap: string;
  topic: string;
  records: readonly TestRecord[];
  codec: string;
  workDir: string;
  timeoutMs?: number;
}

/** Produces every record (acks=all, idempotence off) to its partition with its timestamp. */
export async function javaProduce(options: JavaProduceOptions): Promise<void> {
  const input = join(options.workDir, `java-${options.topic}.jsonl`);
  await writeRecordsJsonl(input, options.records);
  const args = ['produce', '--bootstrap', options.bootstrap, '--topic', options.topic];
  args.push('--input', input, '--codec', options.codec);
  const out = await run('gossip.compat.ProduceConsume', args, options.timeoutMs ?? 180_000);
  if (!out.includes(`{"sent":${options.records.length}}`)) throw new Error(`Java producer printed ${out}`);
}

export interface JavaConsumeOptions {
  bootstrap: string;
  topic: string;
  partition?: number;
  offset?: number;
  timestamp?: number;
  timeoutMs?: number;
}

/** A group-less KafkaConsumer (assign + seek) reading to the end offsets. */
export async function javaConsume(options: JavaConsumeOptions): Promise<ConsumedRecord[]> {
  const args = ['consume', '--bootstrap', options.bootstrap, '--topic', options.topic];
  if (options.partition !== undefined) args.push('--partition', String(options.partition));
  if (options.offset !== undefined) args.push('--offset', String(options.offset));
  if (options.timestamp !== undefined) args.push('--timestamp', String(options.timestamp));
  return parseConsumedJsonl(await run('gossip.compat.ProduceConsume', args, options.timeoutMs ?? 180_000));
}

/** KafkaConsumer.offsetsForTimes per partition. */
export async function javaOffsetsForTimes(
  bootstrap: string,
  topic: string,
  timestamp: number,
): Promise<Record<string, { offset: number; timestamp: number } | null>> {
  const args = [
    'offsets-for-times',
    '--bootstrap',
    bootstrap,
    '--topic',
    topic,
    '--timestamp',
    String(timestamp),
  ];
  const out = await run('gossip.compat.ProduceConsume', args, 60_000);
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

export interface JavaAdminOpsResult {
  partitionsAfterCreate: number;
  configsAfterCreate: Record<string, { value: string | null; source: string | null } | boolean>;
  configsAfterAlter: Record<string, { value: string | null; source: string | null } | boolean>;
  partitionsAfterCreatePartitions: number;
  lowWatermark: number;
  earliest: number;
  latest: number;
  listedAfterDelete: boolean;
}

/** gossip.compat.AdminOps: create, describe, alter, add partitions, delete records, delete topic. */
export async function javaAdminOps(bootstrap: string, topic: string): Promise<JavaAdminOpsResult> {
  const out = await run('gossip.compat.AdminOps', ['--bootstrap', bootstrap, '--topic', topic], 90_000);
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as JavaAdminOpsResult;
}
