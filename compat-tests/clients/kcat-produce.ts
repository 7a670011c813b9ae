// Produces and consumes records with kcat (librdkafka 2.0.2). Producing: one `kcat -P -p N -l file`
// per partition, records delimited by 0x01 and keys by 0x02 (the generator keeps both out of keys
// and values); kcat cannot set per-record headers or timestamps and never sends an empty message,
// so kcatProjection says what it really sends. Consuming: `kcat -C -e` with a length-prefixed -f format,
// parsed as bytes, so binary keys and values and null-vs-empty survive exactly.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ConsumedRecord,
  type Header,
  kcatKeyDelimiter,
  kcatMessageDelimiter,
  type TestRecord,
} from '../data-path/records.js';
import { ProgramError } from './run-program.js';

/** The headers every kcat-produced record carries (`-H`): a plain, an empty and a null value. */
export const kcatFixedHeaders: Header[] = [
  ['via', Buffer.from('kcat')],
  ['empty', Buffer.alloc(0)],
  ['nullv', null],
];

/** What kcat sends for `record`: null value as empty; a null key with an empty value gets an empty key. */
export function kcatProjection(record: TestRecord): TestRecord {
  const value = record.value ?? Buffer.alloc(0);
  const key = record.key === null && value.length === 0 ? Buffer.alloc(0) : record.key;
  return { ...record, key, value, headers: kcatFixedHeaders };
}

export const kcatCodecs = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

interface BinaryResult {
  stdout: Buffer;
  stderr: string;
}

/** Runs a program and keeps stdout as bytes; rejects with stderr attached on failure or timeout. */
export function runBinary(file: string, args: string[], timeoutMs: number): Promise<BinaryResult> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 512 * 1024 * 1024, encoding: 'buffer' },
      (error, stdout, stderr) => {
        const errText = stderr.toString('utf8');
        if (error) {
          const tail = errText.trim().split('\n').slice(-20).join('\n');
          reject(
            new ProgramError(`${file} ${args.join(' ')} failed: ${error.message}\n${tail}`, '', errText),
          );
          return;
        }
        resolve({ stdout, stderr: errText });
      },
    );
  });
}

export interface KcatProduceOptions {
  bootstrap: string;
  topic: string;
  /** Records as generated; kcatProjection applies. */
  records: readonly TestRecord[];
  codec: (typeof kcatCodecs)[number];
  /** A directory for the per-partition input files. */
  workDir: string;
  timeoutMs?: number;
}

function inputFile(records: readonly TestRecord[]): Buffer {
  const parts: Buffer[] = [];
  const keyDelimiter = Buffer.from([kcatKeyDelimiter]);
  const messageDelimiter = Buffer.from([kcatMessageDelimiter]);
  for (const record of records) {
    const sent = kcatProjection(record);
    if (sent.key !== null) parts.push(sent.key, keyDelimiter);
    parts.push(sent.value ?? Buffer.alloc(0), messageDelimiter);
  }
  return Buffer.concat(parts);
}

function hex(byte: number): string {
  return `\\x${byte.toString(16).padStart(2, '0')}`;
}

/** Produces `records` (acks=all) with one kcat per partition they name. */
export async function kcatProduce(options: KcatProduceOptions): Promise<void> {
  const partitions = [...new Set(options.records.map((r) => r.partition))].sort((a, b) => a - b);
  for (const partition of partitions) {
    const file = join(options.workDir, `kcat-${options.topic}-${partition}.bin`);
    await writeFile(file, inputFile(options.records.filter((r) => r.partition === partition)));
    const args = ['-P', '-b', options.bootstrap, '-t', options.topic, '-p', String(partition)];
    args.push('-D', hex(kcatMessageDelimiter), '-K', hex(kcatKeyDelimiter), '-l', file);
    for (const [name, value] of kcatFixedHeaders) args.push('-H', value === null ? name : `${name}=${value}`);
    args.push(
      '-X',
      'acks=all',
      '-X',
      `compression.codec=${options.codec}`,
      '-X',
      'client.id=gossip-compat-kcat',
    );
    args.push('-X', 'linger.ms=5', '-m', '15');
    await runBinary('kcat', args, options.timeoutMs ?? 120_000);
  }
}

export interface KcatConsumeOptions {
  bootstrap: string;
  topic: string;
  /** One partition (`-p`); without it, all partitions. */
  partition?: number;
  /** `-o`: 'beginning', an absolute offset, or `s@<timestamp ms>`. */
  offset?: string;
  timeoutMs?: number;
}

const kcatFormat = '%p %o %T %K %S %h\\n%k%s\\n';

function parseHeaders(text: string): Header[] {
  if (text === '') return [];
  return text.split(',').map((pair): Header => {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    return [name, value === 'NULL' ? null : Buffer.from(value, 'utf8')];
  });
}

/** Parses kcatFormat output: a text line "p o ts keyLen valueLen headers", then key+value bytes, then \n. */
export function parseKcatOutput(out: Buffer): ConsumedRecord[] {
  const records: ConsumedRecord[] = [];
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) throw new Error(`kcat output ends inside a record line at byte ${at}`);
    const line = out.toString('utf8', at, eol);
    const match = /^(\d+) (\d+) (-?\d+) (-?\d+) (-?\d+) ?(.*)$/.exec(line);
    if (!match) throw new Error(`unexpected kcat record line: ${line.slice(0, 200)}`);
    const keyLength = Number(match[4]);
    const valueLength = Number(match[5]);
    at = eol + 1;
    const key = keyLength < 0 ? null : Buffer.from(out.subarray(at, at + keyLength));
    at += Math.max(0, keyLength);
    const value = valueLength < 0 ? null : Buffer.from(out.subarray(at, at + valueLength));
    at += Math.max(0, valueLength);
    if (out[at] !== 0x0a) throw new Error(`kcat record at byte ${at} does not end with a newline`);
    at += 1;
    records.push({
      partition: Number(match[1]),
      offset: Number(match[2]),
      timestamp: Number(match[3]),
      key,
      value,
      headers: parseHeaders(match[6] ?? ''),
    });
  }
  return records;
}

/** Consumes to the end (`-e`) of one or all partitions without a group and parses every record. */
export async function kcatConsume(options: KcatConsumeOptions): Promise<ConsumedRecord[]> {
  const args = ['-C', '-b', options.bootstrap, '-t', options.topic, '-e', '-q', '-m', '15'];
  if (options.partition !== undefined) args.push('-p', String(options.partition));
  args.push('-o', options.offset ?? 'beginning', '-f', kcatFormat, '-X', 'client.id=gossip-compat-kcat');
  const { stdout } = await runBinary('kcat', args, options.timeoutMs ?? 120_000);
  return parseKcatOutput(stdout);
}
