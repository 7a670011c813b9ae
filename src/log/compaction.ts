// Log compaction (cleanup.policy=compact), shaped like Kafka's cleaner: map key -> latest offset over
// the dirty closed segments (cleaner checkpoint .. active segment, minus min.compaction.lag.ms), then
// rewrite the closed segments up to there in groups under segment.bytes, keeping a record iff it is
// its key's latest (tombstones until their batch's delete horizon). Chunked, so produce/fetch go on.
// Like Kafka, the last batch of each producer survives (emptied of records if need be), so its
// sequence and epoch are still there when producer state is rebuilt from the log.
import { join } from 'node:path';
import {
  CONTROL_FLAG_MASK,
  type DecodedRecordBatch,
  decodeRecordBatch,
  encodeRecordBatch,
  LOG_OVERHEAD,
  RECORD_BATCH_OVERHEAD,
  type RecordInput,
  readInt64Number,
  TimestampType,
} from '../../wire/record-batch/index.js';
import type { Logger } from '../common/logger.js';
import type { CleanerState } from './cleaner-checkpoint.js';
import { CLEANED_SUFFIX } from './compaction-swap.js';
import type { LogConfig } from './log-config.js';
import type { LogFs } from './log-fs.js';
import { OffsetMap } from './offset-map.js';
import { LogSegment, segmentFileName } from './segment.js';
import { OffsetIndex, TimeIndex } from './sparse-index.js';

/** Keys the offset map takes before the cleaner stops adding segments to a pass. */
export const DEFAULT_OFFSET_MAP_ENTRIES_MAX = 1_000_000;

const CHUNK_BYTES = 1024 * 1024;
const MAGIC_AT = 16;
const ATTRIBUTES_LOW_BYTE_AT = 22;
const LAST_OFFSET_DELTA_AT = 23;
const MAX_TIMESTAMP_AT = 35;
const MAX_RELATIVE_OFFSET = 0x7fffffff;
const PRODUCER_ID_AT = 43;

/** What the cleaner needs from a partition log (implemented by PartitionLog). */
export interface CompactionTarget {
  readonly dir: string;
  readonly fs: LogFs;
  readonly logger: Logger;
  config(): LogConfig;
  isOpen(): boolean;
  logStartOffset(): number;
  highWatermark(): number;
  /** The non-active segments, oldest first (a snapshot). */
  closedSegments(): LogSegment[];
  /** Resolves when rolled segments have their indexes stored. */
  settleBackground(): Promise<void>;
  /** Puts `cleaned` in place of `group`; false when the segment list changed meanwhile. */
  swap(group: LogSegment[], cleaned: LogSegment, cleanedPath: string): Promise<boolean>;
  saveCleanerState(state: CleanerState): Promise<void>;
  /** Last offset of each producer's last batch: those batches are kept, even with no record left. */
  producerLastOffsets?(): ReadonlyMap<bigint, number>;
  /** Whether the transactional data of `producerId` at `offset` belongs to an aborted transaction. */
  abortedData?(): AbortedData;
}

/** Looks up whether a producer's transactional batch was aborted (from the transaction indexes). */
export type AbortedData = (producerId: bigint, offset: number) => boolean;

export interface CompactionStats {
  firstDirtyOffset: number;
  /** The new first dirty offset: every record below it has been compacted. */
  cleanedUpToOffset: number;
  dirtyRatio: number;
  reason: 'dirty ratio' | 'max compaction lag' | 'delete horizon';
  segmentsRead: number;
  segmentsWritten: number;
  bytesRead: number;
  bytesWritten: number;
  recordsRead: number;
  recordsRemoved: number;
  tombstonesRemoved: number;
  /** Earliest delete horizon among the tombstones kept, -1 for none. */
  deleteHorizonMs: number;
}

export interface CompactionOptions {
  offsetMapEntriesMax?: number;
}

export interface CleaningPlan {
  /** Closed segments that may be cleaned (before the first uncleanable one), oldest first. */
  segments: LogSegment[];
  /** Index in `segments` of the first dirty segment. */
  dirtyStart: number;
  cleanBytes: number;
  dirtyBytes: number;
  dirtyRatio: number;
  maxLagExceeded: boolean;
}

/** Thrown inside a pass when the log closed or its segments changed under it. */
class PassAborted extends Error {}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Splits the closed segments into clean / dirty / uncleanable (min.compaction.lag.ms) and computes
 * the dirty ratio = dirty bytes / (clean + dirty bytes), and whether max.compaction.lag.ms has passed
 * for the first dirty segment (judged by its first batch's timestamp).
 */
export async function planCleaning(
  closed: readonly LogSegment[],
  firstDirtyOffset: number,
  nowMs: number,
  cfg: LogConfig,
): Promise<CleaningPlan> {
  let dirtyStart = 0;
  while (dirtyStart < closed.length && closed[dirtyStart]!.nextOffset <= firstDirtyOffset) dirtyStart++;
  let end = closed.length;
  if (cfg.minCompactionLagMs > 0) {
    for (let i = dirtyStart; i < closed.length; i++) {
      if (closed[i]!.retentionTimestampMs > nowMs - cfg.minCompactionLagMs) {
        end = i;
        break;
      }
    }
  }
  let cleanBytes = 0;
  let dirtyBytes = 0;
  for (let i = 0; i < end; i++) {
    if (i < dirtyStart) cleanBytes += closed[i]!.size;
    else dirtyBytes += closed[i]!.size;
  }
  const total = cleanBytes + dirtyBytes;
  let maxLagExceeded = false;
  if (dirtyStart < end && Number.isFinite(cfg.maxCompactionLagMs)) {
    const first = closed[dirtyStart]!;
    let timestamp = first.retentionTimestampMs;
    if (!first.closing && first.size >= RECORD_BATCH_OVERHEAD) {
      first.retain();
      try {
        const header = await first.readAt(0, RECORD_BATCH_OVERHEAD);
        if (header.length === RECORD_BATCH_OVERHEAD) {
          const firstBatchMax = readInt64Number(header, MAX_TIMESTAMP_AT);
          if (firstBatchMax >= 0) timestamp = firstBatchMax;
        }
      } finally {
        first.release();
      }
    }
    maxLagExceeded = nowMs - timestamp > cfg.maxCompactionLagMs;
  }
  return {
    segments: closed.slice(0, end),
    dirtyStart,
    cleanBytes,
    dirtyBytes,
    dirtyRatio: total === 0 ? 0 : dirtyBytes / total,
    maxLagExceeded,
  };
}

/** Consecutive segments grouped so each group's bytes fit segment.bytes and its indexes fit too. */
export function groupSegmentsBySize(segments: readonly LogSegment[], cfg: LogConfig): LogSegment[][] {
  const limits = LogSegment.indexLimits(cfg.segmentIndexBytes);
  const groups: LogSegment[][] = [];
  let i = 0;
  while (i < segments.length) {
    const first = segments[i]!;
    const group = [first];
    let bytes = first.size;
    let offsetEntries = first.offsetIndex.entries;
    let timeEntries = first.timeIndex.entries;
    for (i++; i < segments.length; i++) {
      const s = segments[i]!;
      if (bytes + s.size > cfg.segmentBytes) break;
      if (offsetEntries + s.offsetIndex.entries >= limits.offsetEntries) break;
      if (timeEntries + s.timeIndex.entries >= limits.timeEntries) break;
      if (s.nextOffset - 1 - first.baseOffset > MAX_RELATIVE_OFFSET) break;
      group.push(s);
      bytes += s.size;
      offsetEntries += s.offsetIndex.entries;
      timeEntries += s.timeIndex.entries;
    }
    groups.push(group);
  }
  return groups;
}

/**
 * Calls `visit` with every whole batch of a closed segment, read in windows of CHUNK_BYTES, and
 * `afterChunk` after each window. Holds a reference on the segment while reading.
 */
async function scanSegment(
  segment: LogSegment,
  visit: (batch: Buffer) => void,
  afterChunk?: () => Promise<void>,
): Promise<number> {
  if (segment.closing) throw new PassAborted('a segment was deleted during compaction');
  segment.retain();
  try {
    const end = segment.size;
    let pos = 0;
    while (end - pos >= RECORD_BATCH_OVERHEAD) {
      const chunk = await segment.readAt(pos, Math.min(CHUNK_BYTES, end - pos));
      let p = 0;
      while (chunk.length - p >= RECORD_BATCH_OVERHEAD) {
        const size = chunk.readInt32BE(p + 8) + LOG_OVERHEAD;
        if (size < RECORD_BATCH_OVERHEAD) throw new Error(`bad batch size ${size} in ${segment.logPath}`);
        if (p + size > chunk.length) break;
        visit(chunk.subarray(p, p + size));
        p += size;
      }
      if (p === 0) {
        // One batch larger than the window: read it whole.
        const size = chunk.readInt32BE(8) + LOG_OVERHEAD;
        const whole = await segment.readAt(pos, size);
        if (size < RECORD_BATCH_OVERHEAD || whole.length < size) {
          throw new Error(`torn batch at byte ${pos} of ${segment.logPath}`);
        }
        visit(whole);
        p = size;
      }
      pos += p;
      if (afterChunk) await afterChunk();
      await yieldToEventLoop();
    }
    return pos;
  } finally {
    segment.release();
  }
}

function isPlainDataBatch(batch: Buffer): boolean {
  return batch.readInt8(MAGIC_AT) === 2 && (batch[ATTRIBUTES_LOW_BYTE_AT]! & CONTROL_FLAG_MASK) === 0;
}

/**
 * Records every keyed record of `segment` in the map (control batches carry no user keys; aborted
 * transactional data never shadows a committed record, as in Kafka's cleaner).
 */
function mapSegment(segment: LogSegment, map: OffsetMap, aborted?: AbortedData): Promise<number> {
  return scanSegment(segment, (batch) => {
    if (!isPlainDataBatch(batch)) return;
    if (aborted && isAbortedBatch(batch, aborted)) return;
    const decoded = decodeRecordBatch(batch);
    if (!decoded.ok) {
      throw new Error(
        `cannot read the batch at offset ${readInt64Number(batch, 0)}: ${decoded.error.message}`,
      );
    }
    const base = readInt64Number(batch, 0);
    for (const r of decoded.batch.records) if (r.key !== null) map.put(r.key, base + r.offsetDelta);
  });
}

const TRANSACTIONAL_FLAG_MASK = 0x10;

function isAbortedBatch(batch: Buffer, aborted: AbortedData): boolean {
  if ((batch[ATTRIBUTES_LOW_BYTE_AT]! & TRANSACTIONAL_FLAG_MASK) === 0) return false;
  return aborted(batch.readBigInt64BE(PRODUCER_ID_AT), readInt64Number(batch, 0));
}

export interface FilterStats {
  recordsRead: number;
  recordsRemoved: number;
  tombstonesRemoved: number;
  deleteHorizonMs: number;
}

/**
 * The cleaned form of one stored batch: the same Buffer when nothing changes, a rewritten batch
 * (same base offset, last offset delta, producer fields and codec) when records go or a delete
 * horizon is stamped, or null when no record survives. Control batches are kept as they are.
 */
export function filterBatch(
  batch: Buffer,
  map: OffsetMap,
  nowMs: number,
  deleteRetentionMs: number,
  stats: FilterStats,
  producerLastOffsets?: ReadonlyMap<bigint, number>,
  aborted?: AbortedData,
): Buffer | null {
  if (!isPlainDataBatch(batch)) return batch;
  // Aborted transactional data goes whole (a producer's last batch stays, emptied).
  const dropAll = aborted !== undefined && isAbortedBatch(batch, aborted);
  const decoded = decodeRecordBatch(batch);
  if (!decoded.ok) {
    throw new Error(
      `cannot clean the batch at offset ${readInt64Number(batch, 0)}: ${decoded.error.message}`,
    );
  }
  const b = decoded.batch;
  const base = readInt64Number(batch, 0);
  const horizon = b.hasDeleteHorizon ? Number(b.baseTimestamp) : -1;
  const horizonPassed = horizon >= 0 && nowMs >= horizon;
  const kept: RecordInput[] = [];
  let tombstones = 0;
  for (const r of b.records) {
    stats.recordsRead++;
    if (r.key === null || dropAll) continue;
    if (base + r.offsetDelta < map.get(r.key)) continue;
    if (r.value === null) {
      if (horizonPassed) {
        stats.tombstonesRemoved++;
        continue;
      }
      tombstones++;
    }
    kept.push({
      key: r.key,
      value: r.value,
      headers: r.headers,
      timestamp: r.timestamp,
      offsetDelta: r.offsetDelta,
    });
  }
  stats.recordsRemoved += b.records.length - kept.length;
  if (kept.length === 0) {
    const last = b.producerId >= 0n ? producerLastOffsets?.get(b.producerId) : undefined;
    return last === base + b.lastOffsetDelta ? emptyBatchLike(b, base) : null;
  }
  const stamped = nowMs + deleteRetentionMs;
  const stampHorizon = tombstones > 0 && horizon < 0 && Number.isSafeInteger(stamped);
  const newHorizon = stampHorizon ? stamped : horizon;
  if (tombstones > 0 && newHorizon >= 0) {
    if (stats.deleteHorizonMs < 0 || newHorizon < stats.deleteHorizonMs) stats.deleteHorizonMs = newHorizon;
  }
  if (kept.length === b.records.length && !stampHorizon) return batch;
  const logAppendTime = b.timestampType === TimestampType.LOG_APPEND_TIME;
  return encodeRecordBatch({
    baseOffset: b.baseOffset,
    partitionLeaderEpoch: b.partitionLeaderEpoch,
    producerId: b.producerId,
    producerEpoch: b.producerEpoch,
    baseSequence: b.baseSequence,
    compression: b.compression,
    timestampType: b.timestampType,
    isTransactional: b.isTransactional,
    hasDeleteHorizon: newHorizon >= 0,
    ...(newHorizon >= 0 ? { baseTimestamp: newHorizon } : {}),
    ...(logAppendTime ? { maxTimestamp: b.maxTimestamp } : {}),
    lastOffsetDelta: b.lastOffsetDelta,
    records: kept,
  });
}

/** A batch with no records that keeps `b`'s offsets, producer fields and max timestamp. */
function emptyBatchLike(b: DecodedRecordBatch, base: number): Buffer {
  return encodeRecordBatch({
    baseOffset: base,
    partitionLeaderEpoch: b.partitionLeaderEpoch,
    producerId: b.producerId,
    producerEpoch: b.producerEpoch,
    baseSequence: b.baseSequence,
    timestampType: b.timestampType,
    isTransactional: b.isTransactional,
    baseTimestamp: b.maxTimestamp,
    maxTimestamp: b.maxTimestamp,
    lastOffsetDelta: b.lastOffsetDelta,
    records: [],
  });
}

/** Appends batches to the end of a segment being built, one writev per flush, indexing each. */
class CleanedSegmentWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  bytesWritten = 0;

  constructor(
    private readonly fs: LogFs,
    private readonly segment: LogSegment,
    private readonly indexIntervalBytes: number,
  ) {}

  add(batch: Buffer): void {
    this.pending.push(batch);
    this.pendingBytes += batch.length;
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const buffers = this.pending;
    const total = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    const segment = this.segment;
    const start = segment.size;
    let written = await this.fs.writev(segment.descriptor, buffers, start);
    while (written < total) {
      if (written <= 0) throw new Error(`write to ${segment.logPath} made no progress`);
      const n = await this.fs.writev(
        segment.descriptor,
        [Buffer.concat(buffers).subarray(written)],
        start + written,
      );
      if (n <= 0) throw new Error(`write to ${segment.logPath} made no progress`);
      written += n;
    }
    let position = start;
    for (const b of buffers) {
      const base = readInt64Number(b, 0);
      segment.onBatchWritten(
        position,
        base,
        base + b.readInt32BE(LAST_OFFSET_DELTA_AT),
        readInt64Number(b, MAX_TIMESTAMP_AT),
        b.length,
        this.indexIntervalBytes,
      );
      position += b.length;
    }
    this.bytesWritten += total;
  }
}

/**
 * Cleans one group of segments into `<base>.log.cleaned` and swaps it in. A lone segment that
 * comes out unchanged is left alone. Returns the bytes written, or -1 when nothing was swapped.
 */
async function cleanGroup(
  target: CompactionTarget,
  group: LogSegment[],
  map: OffsetMap,
  nowMs: number,
  stats: CompactionStats,
): Promise<number> {
  const cfg = target.config();
  const fs = target.fs;
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const path = join(target.dir, segmentFileName(first.baseOffset, CLEANED_SUFFIX));
  await fs.unlink(path);
  const fd = await fs.open(path, 'w+');
  const limits = LogSegment.indexLimits(cfg.segmentIndexBytes);
  const cleaned = new LogSegment(
    fs,
    target.dir,
    first.baseOffset,
    fd,
    new OffsetIndex(limits.offsetEntries),
    new TimeIndex(limits.timeEntries),
    last.lastModifiedMs,
  );
  // The cleaned segment keeps the aborted-transaction entries of the segments it replaces.
  for (const segment of group) for (const e of segment.txnIndex.entries) cleaned.txnIndex.append(e);
  const writer = new CleanedSegmentWriter(fs, cleaned, cfg.indexIntervalBytes);
  let changed = group.length > 1;
  let swapped = false;
  const producerLastOffsets = target.producerLastOffsets?.();
  const aborted = target.abortedData?.();
  try {
    for (const segment of group) {
      stats.bytesRead += await scanSegment(
        segment,
        (batch) => {
          const out = filterBatch(
            batch,
            map,
            nowMs,
            cfg.deleteRetentionMs,
            stats,
            producerLastOffsets,
            aborted,
          );
          if (out !== batch) changed = true;
          if (out) writer.add(out);
        },
        () => writer.flush(),
      );
      if (!target.isOpen()) throw new PassAborted('the log closed during compaction');
    }
    await writer.flush();
    if (!changed) return -1;
    cleaned.nextOffset = last.nextOffset;
    cleaned.lastModifiedMs = last.lastModifiedMs;
    cleaned.finalizeTimeIndex();
    await fs.fdatasync(fd);
    swapped = await target.swap(group, cleaned, path);
    if (!swapped) throw new PassAborted('the segments changed during compaction');
    return writer.bytesWritten;
  } finally {
    if (!swapped) {
      await cleaned.close();
      await fs.unlink(path);
    }
  }
}

/**
 * One compaction pass over `target`, or null when it is not due (dirty ratio below
 * min.cleanable.dirty.ratio, no max.compaction.lag.ms breach, no tombstone past its horizon) or
 * when the log closed or changed under it.
 */
export async function compactLog(
  target: CompactionTarget,
  state: CleanerState,
  nowMs: number,
  options: CompactionOptions = {},
): Promise<CompactionStats | null> {
  const cfg = target.config();
  if (!cfg.cleanupCompact || !target.isOpen()) return null;
  await target.settleBackground();
  const closed = target.closedSegments();
  if (closed.length === 0) return null;
  const logStart = target.logStartOffset();
  let firstDirty = Math.max(state.firstDirtyOffset, logStart);
  if (firstDirty > target.highWatermark()) firstDirty = logStart;
  const plan = await planCleaning(closed, firstDirty, nowMs, cfg);
  const hasDirty = plan.dirtyBytes > 0;
  let reason: CompactionStats['reason'];
  if (hasDirty && plan.dirtyRatio >= cfg.minCleanableDirtyRatio) reason = 'dirty ratio';
  else if (hasDirty && plan.maxLagExceeded) reason = 'max compaction lag';
  else if (state.deleteHorizonMs >= 0 && state.deleteHorizonMs <= nowMs) reason = 'delete horizon';
  else return null;

  const stats: CompactionStats = {
    firstDirtyOffset: firstDirty,
    cleanedUpToOffset: firstDirty,
    dirtyRatio: plan.dirtyRatio,
    reason,
    segmentsRead: 0,
    segmentsWritten: 0,
    bytesRead: 0,
    bytesWritten: 0,
    recordsRead: 0,
    recordsRemoved: 0,
    tombstonesRemoved: 0,
    deleteHorizonMs: -1,
  };
  try {
    const map = new OffsetMap(options.offsetMapEntriesMax ?? DEFAULT_OFFSET_MAP_ENTRIES_MAX);
    const aborted = target.abortedData?.();
    let mappedEnd = plan.dirtyStart;
    while (mappedEnd < plan.segments.length && (mappedEnd === plan.dirtyStart || !map.isFull)) {
      await mapSegment(plan.segments[mappedEnd]!, map, aborted);
      mappedEnd++;
      if (!target.isOpen()) throw new PassAborted('the log closed during compaction');
    }
    const toClean = plan.segments.slice(0, mappedEnd);
    if (toClean.length === 0) return null;
    const cleanedUpTo = toClean[toClean.length - 1]!.nextOffset;
    for (const group of groupSegmentsBySize(toClean, cfg)) {
      stats.segmentsRead += group.length;
      const written = await cleanGroup(target, group, map, nowMs, stats);
      if (written >= 0) {
        stats.segmentsWritten++;
        stats.bytesWritten += written;
      }
    }
    stats.cleanedUpToOffset = cleanedUpTo;
    await target.saveCleanerState({ firstDirtyOffset: cleanedUpTo, deleteHorizonMs: stats.deleteHorizonMs });
  } catch (err) {
    if (err instanceof PassAborted || !target.isOpen()) return null;
    throw err;
  }
  target.logger.info(
    {
      dir: target.dir,
      reason,
      dirtyRatio: Number(plan.dirtyRatio.toFixed(3)),
      firstDirtyOffset: stats.firstDirtyOffset,
      cleanedUpToOffset: stats.cleanedUpToOffset,
      segmentsRead: stats.segmentsRead,
      segmentsWritten: stats.segmentsWritten,
      bytesRead: stats.bytesRead,
      bytesWritten: stats.bytesWritten,
      recordsRemoved: stats.recordsRemoved,
      tombstonesRemoved: stats.tombstonesRemoved,
    },
    'compacted log',
  );
  return stats;
}
