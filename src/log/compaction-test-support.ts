// Helpers for the compaction tests: keyed batches built with the real encoder, a reader that walks
// a log the way a consumer does and keeps keys, values and batch headers, and segment file listing.
import { readdir } from 'node:fs/promises';
import {
  BatchIterator,
  decodeRecordBatch,
  encodeRecordBatch,
  type RecordBatchInput,
} from '../../wire/record-batch/index.js';
import type { PartitionLog } from './partition-log.js';

/** [key, value] pairs; a null value is a tombstone, a null key a keyless record. */
export type Entry = readonly [string | null, string | null];

export function keyedBatch(
  entries: readonly Entry[],
  o: Omit<RecordBatchInput, 'records'> & { timestamp?: number } = {},
): Buffer {
  const { timestamp, ...fields } = o;
  return encodeRecordBatch({
    ...fields,
    records: entries.map(([k, v], i) => ({
      key: k === null ? null : Buffer.from(k),
      value: v === null ? null : Buffer.from(v),
      timestamp: (timestamp ?? 1000) + i,
    })),
  });
}

export interface StoredKeyed {
  offset: number;
  key: string | null;
  value: string | null;
  batchBase: number;
  batchLast: number;
  compression: number;
  hasDeleteHorizon: boolean;
  baseTimestamp: number;
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
}

/** Every record from `from` up to the high watermark, decoded batch by batch (CRC checked). */
export async function readKeyed(log: PartitionLog, from = 0, maxBytes = 2048): Promise<StoredKeyed[]> {
  const out: StoredKeyed[] = [];
  let next = BigInt(from);
  for (;;) {
    const result = await log.read(next, maxBytes, { minOneBatch: true });
    if (result.errorCode !== 0) throw new Error(`read at ${next} answered ${result.errorCode}`);
    if (result.data.records.length === 0) return out;
    for (const chunk of result.data.records) {
      const it = new BatchIterator(chunk);
      while (it.next()) {
        const decoded = decodeRecordBatch(chunk.subarray(it.offset, it.offset + it.size));
        if (!decoded.ok) throw new Error(decoded.error.message);
        const b = decoded.batch;
        const base = Number(b.baseOffset);
        for (const r of b.records) {
          const offset = base + r.offsetDelta;
          if (offset < Number(next)) continue;
          out.push({
            offset,
            key: r.key?.toString() ?? null,
            value: r.value?.toString() ?? null,
            batchBase: base,
            batchLast: base + b.lastOffsetDelta,
            compression: b.compression,
            hasDeleteHorizon: b.hasDeleteHorizon,
            baseTimestamp: Number(b.baseTimestamp),
            producerId: b.producerId,
            producerEpoch: b.producerEpoch,
            baseSequence: b.baseSequence,
          });
        }
        next = b.baseOffset + BigInt(b.lastOffsetDelta) + 1n;
      }
      if (it.truncatedBytes !== 0 || it.error) throw new Error('read returned a partial batch');
    }
  }
}

/** Base offsets of the `.log` files in `dir`, ascending; the last is the active segment. */
export async function segmentBases(dir: string): Promise<number[]> {
  return (await readdir(dir))
    .filter((n) => /^\d{20}\.log$/.test(n))
    .map((n) => Number(n.slice(0, 20)))
    .sort((a, b) => a - b);
}

/** Latest value per key among `records` with offset < `below`. */
export function latestByKey(records: readonly StoredKeyed[], below: number): Map<string | null, StoredKeyed> {
  const latest = new Map<string | null, StoredKeyed>();
  for (const r of records) if (r.offset < below) latest.set(r.key, r);
  return latest;
}
