// Record-by-record comparison of what a consumer read with what was produced: per partition, the
// records must arrive in produce order at consecutive offsets from the expected first offset, with
// equal key, value (null and empty kept apart), headers (order, null values) and, when the producer
// set it, timestamp. Returns readable differences (the first few) instead of dumping 100,000 records.
import type { ConsumedRecord, Header, TestRecord } from './records.js';

export interface CompareOptions {
  partitions: number;
  /** First offset expected per partition (default 0 everywhere). */
  startOffsets?: readonly number[];
  /** Compare timestamps (only when the producer set CreateTime from the record set). */
  timestamps: boolean;
  /** Stop after this many differences (default 5). */
  differencesMax?: number;
}

function show(bytes: Buffer | null): string {
  if (bytes === null) return 'null';
  const hex = bytes.subarray(0, 24).toString('hex');
  return `${bytes.length}B:${hex}${bytes.length > 24 ? '…' : ''}`;
}

function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  if (a === null || b === null) return a === b;
  return a.equals(b);
}

function sameHeaders(a: readonly Header[], b: readonly Header[]): boolean {
  if (a.length !== b.length) return false;
  return a.every(([name, v], i) => name === b[i]?.[0] && sameBytes(v, b[i]?.[1] ?? null));
}

function showHeaders(headers: readonly Header[]): string {
  return `[${headers.map(([n, v]) => `${n}=${show(v)}`).join(', ')}]`;
}

function recordDifference(
  expected: TestRecord,
  actual: ConsumedRecord,
  expectedOffset: number,
  timestamps: boolean,
): string | undefined {
  const where = `p${expected.partition}@${expectedOffset}`;
  if (actual.offset !== expectedOffset) return `${where}: got offset ${actual.offset}`;
  if (!sameBytes(expected.key, actual.key)) {
    return `${where}: key ${show(actual.key)}, expected ${show(expected.key)}`;
  }
  if (!sameBytes(expected.value, actual.value)) {
    return `${where}: value ${show(actual.value)}, expected ${show(expected.value)}`;
  }
  if (!sameHeaders(expected.headers, actual.headers)) {
    return `${where}: headers ${showHeaders(actual.headers)}, expected ${showHeaders(expected.headers)}`;
  }
  if (timestamps && actual.timestamp !== expected.timestamp) {
    return `${where}: timestamp ${actual.timestamp}, expected ${expected.timestamp}`;
  }
  return undefined;
}

/** An empty list when `consumed` is exactly `expected` (in partition/offset order). */
export function compareRecords(
  expected: readonly TestRecord[],
  consumed: readonly ConsumedRecord[],
  options: CompareOptions,
): string[] {
  const differencesMax = options.differencesMax ?? 5;
  const differences: string[] = [];
  for (let p = 0; p < options.partitions; p++) {
    const want = expected.filter((r) => r.partition === p);
    const got = consumed.filter((r) => r.partition === p).sort((a, b) => a.offset - b.offset);
    if (got.length !== want.length) {
      differences.push(`partition ${p}: ${got.length} records consumed, ${want.length} expected`);
    }
    const start = options.startOffsets?.[p] ?? 0;
    const n = Math.min(got.length, want.length);
    for (let i = 0; i < n && differences.length < differencesMax; i++) {
      const difference = recordDifference(want[i]!, got[i]!, start + i, options.timestamps);
      if (difference !== undefined) differences.push(difference);
    }
    if (differences.length >= differencesMax) break;
  }
  const stray = consumed.filter((r) => r.partition < 0 || r.partition >= options.partitions).length;
  if (stray > 0) differences.push(`${stray} records from unexpected partitions`);
  return differences;
}
