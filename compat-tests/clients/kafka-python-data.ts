// Runs python_produce_consume.py (kafka-python 2.0.2 from Debian) for the data-path tests. Its
// send() asserts that header values are bytes and that a record has a key or a value, so
// kafkaPythonProjection says what it can send: null header values become empty, and a record with
// neither key nor value gets an empty value. The projected set is what the script is given.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ConsumedRecord,
  parseConsumedJsonl,
  type TestRecord,
  writeRecordsJsonl,
} from '../data-path/records.js';
import { systemPython } from './kafka-python.js';
import { parseLastJsonLine, runProgram } from './run-program.js';

const script = fileURLToPath(new URL('./python_produce_consume.py', import.meta.url));

export function kafkaPythonProjection(record: TestRecord): TestRecord {
  return {
    ...record,
    value: record.key === null && record.value === null ? Buffer.alloc(0) : record.value,
    headers: record.headers.map(([name, value]) => [name, value ?? Buffer.alloc(0)]),
  };
}

async function run(args: string[], timeoutMs: number): Promise<string> {
  const { stdout } = await runProgram(systemPython, ['-B', script, ...args], timeoutMs);
  return stdout;
}

/** Codecs kafka-python can use on this machine (snappy/lz4/zstd need python3-snappy/-lz4/-zstandard). */
export function kafkaPythonCodecs(): string[] {
  const out = execFileSync(systemPython, ['-B', script, 'codecs'], { encoding: 'utf8', timeout: 20_000 });
  return parseLastJsonLine<{ codecs: string[] }>(out, 'python codecs').codecs;
}

export interface KafkaPythonProduceOptions {
  bootstrap: string;
  topic: string;
  /** Records as generated; kafkaPythonProjection applies. */
  records: readonly TestRecord[];
  codec: string;
  workDir: string;
  timeoutMs?: number;
}

/** Produces the projected records with acks=all, each to its partition with its timestamp. */
export async function kafkaPythonProduce(options: KafkaPythonProduceOptions): Promise<void> {
  const input = join(options.workDir, `python-${options.topic}.jsonl`);
  await writeRecordsJsonl(input, options.records.map(kafkaPythonProjection));
  const args = ['produce', '--bootstrap', options.bootstrap, '--topic', options.topic];
  args.push('--input', input, '--codec', options.codec);
  const out = await run(args, options.timeoutMs ?? 180_000);
  const { sent } = parseLastJsonLine<{ sent: number }>(out, 'python produce');
  if (sent !== options.records.length)
    throw new Error(`kafka-python sent ${sent} of ${options.records.length}`);
}

export interface KafkaPythonConsumeOptions {
  bootstrap: string;
  topic: string;
  partition?: number;
  /** Start at this offset (in every consumed partition) instead of the beginning. */
  offset?: number;
  /** Start at offsets_for_times(timestamp) instead. */
  timestamp?: number;
  timeoutMs?: number;
}

/** Assigns the partitions (no group) and reads them to their end offsets. */
export async function kafkaPythonConsume(options: KafkaPythonConsumeOptions): Promise<ConsumedRecord[]> {
  const args = ['consume', '--bootstrap', options.bootstrap, '--topic', options.topic];
  if (options.partition !== undefined) args.push('--partition', String(options.partition));
  if (options.offset !== undefined) args.push('--offset', String(options.offset));
  if (options.timestamp !== undefined) args.push('--timestamp', String(options.timestamp));
  return parseConsumedJsonl(await run(args, options.timeoutMs ?? 180_000));
}

/** offsets_for_times per partition: the first offset with timestamp >= `timestamp`, or null. */
export async function kafkaPythonOffsetsForTimes(
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
  return parseLastJsonLine(await run(args, 60_000), 'python offsets-for-times');
}
