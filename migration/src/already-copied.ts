// The "already copied" rule, so a finished copy is recognised without its checkpoint: every
// partition has the source's log start and end offsets, and the batch holding the last offset is
// the same batch on both sides (base offset, last offset, CRC). Only an offset-preserving copy
// gives that; re-produced or foreign data has other offsets or other CRCs.
import { CRC_OFFSET, LAST_OFFSET_DELTA_OFFSET, splitBatches } from '../../wire/record-batch/index.js';
import type { KafkaClient } from './kafka-client.js';

export interface LogBounds {
  start: Map<number, bigint>;
  end: Map<number, bigint>;
}

export async function identicalToSource(
  source: KafkaClient,
  target: KafkaClient,
  topic: string,
  partitions: number[],
  onSource: LogBounds,
  onTarget: LogBounds,
): Promise<boolean> {
  for (const p of partitions) {
    const start = Number(onSource.start.get(p) ?? -1n);
    const end = Number(onSource.end.get(p) ?? -1n);
    if (Number(onTarget.start.get(p) ?? -2n) !== start || Number(onTarget.end.get(p) ?? -2n) !== end)
      return false;
    if (end <= start) continue;
    const a = await lastBatchSignature(source, topic, p, end);
    const b = await lastBatchSignature(target, topic, p, end);
    if (a === null || a !== b) return false;
  }
  return true;
}

/** "base:last:crc" of the batch holding offset `end - 1` (or the last batch fetched from there). */
async function lastBatchSignature(
  client: KafkaClient,
  topic: string,
  partition: number,
  end: number,
): Promise<string | null> {
  const f = await client.fetch(topic, partition, BigInt(end - 1), 1024 * 1024).catch(() => null);
  if (f === null) return null;
  let signature: string | null = null;
  for (const span of splitBatches(f.records).batches) {
    const base = Number(f.records.readBigInt64BE(span.offset));
    const last = base + f.records.readInt32BE(span.offset + LAST_OFFSET_DELTA_OFFSET);
    signature = `${base}:${last}:${f.records.readUInt32BE(span.offset + CRC_OFFSET)}`;
    if (last >= end - 1) break;
  }
  return signature;
}
