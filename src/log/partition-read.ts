// The read side of a partition log: fetches find the segment by binary search and return whole
// stored batches up to the HW (or the LSO for read_committed, with the aborted transactions from
// the transaction indexes); ListOffsets looks up offsets by timestamp through the time indexes.
// A segment being read is retained so a compaction swap or retention cannot close it underneath.
import { readInt64Number } from '../../wire/record-batch/index.js';
import { BATCH_OVERHEAD, OPEN, type PartitionCore } from './partition-core.js';
import type { ReadResult } from './partition-types.js';
import type { BufferAlloc, LogSegment } from './segment.js';
import type { AbortedTxn } from './txn-index.js';

const TIME_SCAN_WINDOW_BYTES = 64 * 1024;

export interface ReadOptions {
  minOneBatch?: boolean;
  maxOffset?: bigint;
  readCommitted?: boolean;
  /** Supplies the buffers log bytes are read into (default Buffer.allocUnsafe). */
  alloc?: BufferAlloc;
}

export async function readBatches(
  core: PartitionCore,
  fetchOffset: bigint,
  maxBytes: number,
  opts?: ReadOptions,
): Promise<ReadResult> {
  if (core.state !== OPEN) throw core.unavailable();
  const hw = core.hw;
  const offset = Number(fetchOffset);
  if (offset < core.logStart || offset > hw) {
    return { errorCode: 1, highWatermark: BigInt(hw), logStartOffset: BigInt(core.logStart) };
  }
  const readCommitted = opts?.readCommitted ?? false;
  // read_committed: only batches below the LSO (it is always at a batch boundary).
  const upper = readCommitted ? core.lso() : hw;
  const maxOffset = opts?.maxOffset === undefined ? upper : Math.min(Number(opts.maxOffset), upper);
  const records: Buffer[] = [];
  let bytes = 0;
  let minOneBatch = opts?.minOneBatch ?? false;
  let segment: LogSegment | undefined =
    offset < maxOffset ? core.segments[core.floorSegment(offset)] : undefined;
  let target = offset;
  while (segment) {
    segment.retain();
    let slice: Awaited<ReturnType<LogSegment['readBatches']>>;
    try {
      slice = await segment.readBatches(target, maxBytes - bytes, maxOffset, minOneBatch, opts?.alloc);
    } finally {
      segment.release();
    }
    if (slice) {
      if (slice.buf.length > 0) {
        records.push(slice.buf);
        bytes += slice.buf.length;
        minOneBatch = false;
      }
      if (!slice.atEnd || bytes >= maxBytes) break;
    }
    const end = Math.max(target, segment.nextOffset);
    const next = core.segmentFrom(end);
    if (!next || next === segment) break;
    segment = next;
    target = Math.max(end, next.baseOffset);
    if (target >= maxOffset) break;
  }
  const now = core.hw;
  return {
    errorCode: 0,
    data: {
      records,
      bytes,
      highWatermark: BigInt(now),
      logStartOffset: BigInt(core.logStart),
      lastStableOffset: BigInt(core.lso()),
      abortedTransactions: readCommitted ? abortedIn(core, offset, records) : null,
    },
  };
}

/** Aborted transactions overlapping a read from `fetchOffset` that returned `records`. */
function abortedIn(
  core: PartitionCore,
  fetchOffset: number,
  records: readonly Buffer[],
): { producerId: bigint; firstOffset: bigint }[] {
  const last = records[records.length - 1];
  if (last === undefined) return [];
  let p = 0;
  let upper = fetchOffset;
  while (last.length - p >= BATCH_OVERHEAD) {
    upper = readInt64Number(last, p) + last.readInt32BE(p + 23) + 1;
    p += last.readInt32BE(p + 8) + 12;
  }
  return collectAbortedTransactions(core, fetchOffset, upper).map((t) => ({
    producerId: t.producerId,
    firstOffset: BigInt(t.firstOffset),
  }));
}

/**
 * Aborted transactions with data in [startOffset, upperBoundOffset), from the transaction indexes
 * of the segment holding startOffset and later ones (Kafka's collectAbortedTransactions).
 */
export function collectAbortedTransactions(
  core: PartitionCore,
  startOffset: number,
  upperBoundOffset: number,
): AbortedTxn[] {
  const out: AbortedTxn[] = [];
  for (let i = core.floorSegment(startOffset); i < core.segments.length; i++) {
    if (core.segments[i]!.txnIndex.collect(startOffset, upperBoundOffset, out)) break;
  }
  return out;
}

export async function offsetForTimestamp(
  core: PartitionCore,
  timestampMs: bigint,
): Promise<{ batchBaseOffset: bigint; batchMaxTimestamp: bigint } | null> {
  if (core.state !== OPEN) throw core.unavailable();
  const target = Number(timestampMs);
  const hw = core.hw;
  let segment = core.segments[0];
  while (segment) {
    if (segment.maxTimestamp >= target && segment.nextOffset > core.logStart) {
      segment.retain();
      try {
        const found = await searchByTime(core, segment, target, hw);
        if (found) return found;
      } finally {
        segment.release();
      }
    }
    const next = core.segmentFrom(segment.nextOffset);
    if (next === segment) break;
    segment = next;
  }
  return null;
}

export function maxTimestamp(core: PartitionCore): { timestamp: bigint; offset: bigint } {
  let timestamp = -1;
  let offset = -1;
  for (const segment of core.segments) {
    if (segment.maxTimestamp > timestamp && segment.nextOffset > core.logStart) {
      timestamp = segment.maxTimestamp;
      offset = segment.offsetOfMaxTimestamp;
    }
  }
  return { timestamp: BigInt(timestamp), offset: BigInt(offset) };
}

async function searchByTime(
  core: PartitionCore,
  segment: LogSegment,
  target: number,
  hw: number,
): Promise<{ batchBaseOffset: bigint; batchMaxTimestamp: bigint } | null> {
  const rel = segment.timeIndex.floorRelativeOffset(target);
  let pos = rel < 0 ? 0 : segment.offsetIndex.floorPosition(rel);
  const end = segment.size;
  while (end - pos >= BATCH_OVERHEAD) {
    const window = await segment.readAt(pos, Math.min(end - pos, TIME_SCAN_WINDOW_BYTES));
    let p = 0;
    while (window.length - p >= BATCH_OVERHEAD) {
      const base = readInt64Number(window, p);
      if (base >= hw) return null;
      const maxTs = readInt64Number(window, p + 35);
      const last = base + window.readInt32BE(p + 23);
      if (maxTs >= target && last >= core.logStart) {
        return { batchBaseOffset: BigInt(base), batchMaxTimestamp: BigInt(maxTs) };
      }
      p += window.readInt32BE(p + 8) + 12;
    }
    if (p === 0) return null;
    pos += p;
  }
  return null;
}
