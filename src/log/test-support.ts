// Helpers for the log store's tests: temp directories, a config with small segments, batches built
// with the real encoder, a logger that keeps its lines, and a real file system that counts fsyncs
// and can be told to fail writes, plus the runner that SIGKILLs the kill-test fixtures mid-write.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionContext } from 'ava';
import { pino } from 'pino';
import { BatchIterator, decodeRecordBatch, encodeRecordBatch } from '../../wire/record-batch/index.js';
import { ManualClock } from '../common/clock.js';
import { type Logger, silentLogger } from '../common/logger.js';
import { type LogConfig, logConfigFrom } from './log-config.js';
import { NodeLogFs } from './log-fs.js';
import { PartitionLog } from './partition-log.js';

export async function tempDir(t: ExecutionContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gossip-log-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export function testConfig(overrides: Partial<LogConfig> = {}): LogConfig {
  return { ...logConfigFrom(new Map(), new Map()), ...overrides };
}

/** One uncompressed batch of string values; timestamps default to 1000 + index. */
export function batch(values: readonly string[], timestamp?: number): Buffer {
  return encodeRecordBatch({
    records: values.map((v, i) => ({ key: null, value: Buffer.from(v), timestamp: timestamp ?? 1000 + i })),
  });
}

/** One batch of an idempotent producer (values as records, timestamps 1000 + index). */
export function producerBatch(
  producerId: bigint,
  epoch: number,
  baseSequence: number,
  values: readonly string[],
): Buffer {
  return encodeRecordBatch({
    producerId,
    producerEpoch: epoch,
    baseSequence,
    records: values.map((v, i) => ({ key: null, value: Buffer.from(v), timestamp: 1000 + i })),
  });
}

/** A batch whose value has `bytes` bytes (padding after the label). */
export function sizedBatch(label: string, bytes: number, timestamp = 1000): Buffer {
  const value = Buffer.alloc(Math.max(bytes, label.length), 0x2e);
  value.write(label);
  return encodeRecordBatch({ records: [{ key: null, value, timestamp }] });
}

export interface CollectedLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export function collectingLogger(): { logger: Logger; lines: CollectedLine[] } {
  const lines: CollectedLine[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (s: string) => lines.push(JSON.parse(s) as CollectedLine) },
  );
  return { logger, lines };
}

export function openLog(
  dir: string,
  config: LogConfig = testConfig(),
  o: { clock?: ManualClock; logger?: Logger; fs?: NodeLogFs } = {},
): Promise<PartitionLog> {
  return PartitionLog.open({
    dir,
    topic: 't',
    partition: 0,
    config,
    clock: o.clock ?? new ManualClock(1_000_000),
    logger: o.logger ?? silentLogger(),
    ...(o.fs ? { fs: o.fs } : {}),
  });
}

export interface StoredRecord {
  offset: bigint;
  value: string;
}

/** Every record from `from` to the high watermark, fetched the way a consumer would. */
export async function readAll(
  log: PartitionLog,
  from = log.logStartOffset,
  maxBytes = 4096,
): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  let next = from;
  for (;;) {
    const result = await log.read(next, maxBytes, { minOneBatch: true });
    if (result.errorCode !== 0) throw new Error(`read at ${next} answered ${result.errorCode}`);
    if (result.data.records.length === 0) return out;
    for (const chunk of result.data.records) {
      const it = new BatchIterator(chunk);
      while (it.next()) {
        const decoded = decodeRecordBatch(chunk.subarray(it.offset, it.offset + it.size));
        if (!decoded.ok) throw new Error(decoded.error.message);
        for (const r of decoded.batch.records) {
          const offset = decoded.batch.baseOffset + BigInt(r.offsetDelta);
          if (offset >= next) out.push({ offset, value: r.value?.toString() ?? '' });
        }
        next = decoded.batch.baseOffset + BigInt(decoded.batch.lastOffsetDelta) + 1n;
      }
      if (it.truncatedBytes !== 0 || it.error) throw new Error('read returned a partial batch');
    }
  }
}

/** The real file system, counting fdatasyncs and writes, failing writes on request. */
export class CountingFs extends NodeLogFs {
  fsyncs = 0;
  writes = 0;
  failWrites = false;

  override async writev(fd: number, buffers: readonly Buffer[], position: number): Promise<number> {
    this.writes++;
    if (this.failWrites) throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    return super.writev(fd, buffers, position);
  }

  override async fdatasync(fd: number): Promise<void> {
    this.fsyncs++;
    await super.fdatasync(fd);
  }
}

/**
 * Runs a child fixture under tsx (stdout piped, stderr inherited) and feeds it each complete stdout
 * line; once `onLine` returns true it SIGKILLs the child `killDelayMs` later, so the kill lands in the
 * middle of writes. Resolves when the child died of that SIGKILL, rejects if it exited on its own.
 */
export function runFixtureAndKill(
  fixture: string,
  args: readonly string[],
  onLine: (line: string) => boolean,
  killDelayMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      let enough = false;
      for (const line of lines) enough = onLine(line) || enough;
      if (!killed && enough) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), killDelayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited on its own (${signal ?? code})`));
      else resolve();
    });
  });
}

/** Records an `ack <label> <offset>` line from a kill fixture into `acked`; other lines are ignored. */
export function recordAck(line: string, acked: Map<number, bigint>): void {
  const m = /^ack (\d+) (\d+)$/.exec(line);
  if (m) acked.set(Number(m[1]), BigInt(m[2]!));
}
