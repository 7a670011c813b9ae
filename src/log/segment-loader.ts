// Opening a partition directory: finish or roll back an interrupted compaction swap, find the
// segments, load their indexes and decide what to trust. After a clean shutdown the indexes are
// checked cheaply and only a bad one is rebuilt; after an unclean one the active segment is
// re-validated batch by batch (size, magic, offsets, CRC-32C) and a torn or corrupt tail is truncated.
// Producer state then comes from the newest snapshot not beyond the recovered log end, plus a replay
// of the batch headers after it (no record decoding but for markers). Transaction indexes are loaded
// and cut at the log end; one missing or malformed is rebuilt by replaying from before its segment.
import { join } from 'node:path';
import { LOG_OVERHEAD, readInt64Number, verifyCrc } from '../../wire/record-batch/index.js';
import type { Logger } from '../common/logger.js';
import { recoverCleanerFiles } from './compaction-swap.js';
import type { LogConfig } from './log-config.js';
import type { LogFs } from './log-fs.js';
import { isExpired, ProducerStateManager } from './producer-state.js';
import {
  decodeSnapshot,
  deleteSnapshotsAfter,
  encodeSnapshot,
  snapshotFileName,
  writeSnapshot,
} from './producer-state-snapshot.js';
import { HEADER_PREFIX_BYTES, LogSegment, parseSegmentFileName, segmentFileName } from './segment.js';
import { OFFSET_INDEX_ENTRY_BYTES, OffsetIndex, TIME_INDEX_ENTRY_BYTES, TimeIndex } from './sparse-index.js';
import { TXN_INDEX_ENTRY_BYTES, TxnIndex } from './txn-index.js';

const SCAN_CHUNK_BYTES = 4 * 1024 * 1024;
const MAGIC_AT = 16;
const MAX_TIMESTAMP_AT = 35;

export interface LoadOptions {
  fs: LogFs;
  dir: string;
  config: LogConfig;
  clean: boolean;
  logger: Logger;
  nowMs: number;
}

/** Opens every segment of `dir` in offset order; the last one is the active segment. */
export async function loadSegments(o: LoadOptions): Promise<LogSegment[]> {
  let names = await o.fs.readdir(o.dir);
  if (await recoverCleanerFiles(o.fs, o.dir, names, o.logger)) names = await o.fs.readdir(o.dir);
  const bases: number[] = [];
  for (const name of names) {
    if (name.endsWith('.tmp') || name.endsWith('.deleted')) {
      await o.fs.unlink(join(o.dir, name));
      continue;
    }
    const base = parseSegmentFileName(name);
    if (base >= 0) bases.push(base);
  }
  bases.sort((a, b) => a - b);
  const segments: LogSegment[] = [];
  for (let i = 0; i < bases.length; i++) {
    const isActive = i === bases.length - 1;
    segments.push(await loadSegment(o, bases[i]!, isActive, bases[i + 1]));
  }
  return segments;
}

async function loadSegment(
  o: LoadOptions,
  base: number,
  isActive: boolean,
  nextBase: number | undefined,
): Promise<LogSegment> {
  const fd = await o.fs.open(join(o.dir, segmentFileName(base, '.log')), 'r+');
  const fileSize = await o.fs.fileSize(fd);
  const limits = LogSegment.indexLimits(o.config.segmentIndexBytes);
  const indexBytes = await o.fs.readFile(join(o.dir, segmentFileName(base, '.index')));
  const timeBytes = await o.fs.readFile(join(o.dir, segmentFileName(base, '.timeindex')));
  const segment = new LogSegment(
    o.fs,
    o.dir,
    base,
    fd,
    new OffsetIndex(limits.offsetEntries, indexBytes ?? undefined),
    new TimeIndex(limits.timeEntries, timeBytes ?? undefined),
    o.nowMs,
  );
  segment.size = fileSize;
  // Loaded first: rebuilding the other indexes stores this one too.
  const txnBytes = await loadTxnIndex(o, segment, isActive);
  let reason: string | null = isActive && !o.clean ? 'unclean shutdown' : null;
  if (!reason) reason = await indexProblem(segment, indexBytes, timeBytes, fileSize);
  if (!reason && isActive) reason = await walkTail(segment, fileSize, o.config.indexIntervalBytes);
  if (!reason && !isActive) adoptIndexStatistics(segment, nextBase ?? base);
  if (reason) {
    if (reason !== 'unclean shutdown') {
      o.logger.warn({ segment: segment.logPath, reason }, 'rebuilding the indexes of a log segment');
    }
    await recoverSegment(o, segment, fileSize);
    if (!isActive) {
      segment.finalizeTimeIndex();
      await segment.persistIndexes();
    }
  }
  if (isActive && segment.size > 0) segment.firstAppendMs = o.nowMs;
  // Entries for markers past the recovered end went with their batches.
  if (segment.txnIndex.truncateTo(segment.nextOffset) > 0 || txnBytes % TXN_INDEX_ENTRY_BYTES !== 0) {
    await segment.persistTxnIndex();
  }
  return segment;
}

/**
 * Loads the segment's transaction index; returns the file's length. A malformed file, or a missing
 * one for a sealed non-empty segment, marks the index for rebuilding.
 */
async function loadTxnIndex(o: LoadOptions, segment: LogSegment, isActive: boolean): Promise<number> {
  const bytes = await o.fs.readFile(segment.txnIndexPath);
  if (bytes === null) {
    segment.txnIndexStale = !isActive && segment.size > 0;
    return 0;
  }
  const { index, problem } = TxnIndex.decode(bytes);
  segment.txnIndex = index;
  if (problem) {
    o.logger.warn({ segment: segment.logPath, reason: problem }, 'rebuilding a transaction index');
    segment.txnIndex = new TxnIndex();
    segment.txnIndexStale = true;
  }
  return bytes.length;
}

/** Why the stored indexes of `segment` cannot be trusted, or null. */
async function indexProblem(
  segment: LogSegment,
  indexBytes: Buffer | null,
  timeBytes: Buffer | null,
  fileSize: number,
): Promise<string | null> {
  if (indexBytes === null || timeBytes === null) return 'index file missing';
  if (indexBytes.length % OFFSET_INDEX_ENTRY_BYTES !== 0) return 'offset index has a partial entry';
  if (timeBytes.length % TIME_INDEX_ENTRY_BYTES !== 0) return 'time index has a partial entry';
  const offsetProblem = segment.offsetIndex.problem(fileSize);
  if (offsetProblem) return `offset index: ${offsetProblem}`;
  const timeProblem = segment.timeIndex.problem();
  if (timeProblem) return `time index: ${timeProblem}`;
  const oi = segment.offsetIndex;
  if (oi.entries > 0) {
    const pos = oi.positionAt(oi.entries - 1);
    const header = await segment.readAt(pos, HEADER_PREFIX_BYTES);
    if (
      header.length < HEADER_PREFIX_BYTES ||
      readInt64Number(header, 0) !== segment.baseOffset + oi.relativeOffsetAt(oi.entries - 1)
    ) {
      return 'last offset index entry does not point at its batch';
    }
  }
  const ti = segment.timeIndex;
  if (ti.entries > 0) {
    const offset = segment.baseOffset + ti.relativeOffsetAt(ti.entries - 1);
    const found = await segment.locate(offset, 0);
    if (!found || readInt64Number(found.window, found.position - found.windowStart) !== offset) {
      return 'last time index entry does not point at a batch';
    }
  }
  return null;
}

/** A trusted older segment: its statistics come from the indexes, its end from the next base. */
function adoptIndexStatistics(segment: LogSegment, nextBase: number): void {
  const ti = segment.timeIndex;
  if (ti.entries > 0) {
    segment.maxTimestamp = ti.lastTimestamp;
    segment.offsetOfMaxTimestamp = segment.baseOffset + ti.relativeOffsetAt(ti.entries - 1);
  }
  segment.nextOffset = nextBase;
}

/**
 * Active segment after a clean shutdown: walk the batches after the last index entry to learn
 * the log end offset and check the file ends on a batch boundary. Returns a problem or null.
 */
async function walkTail(
  segment: LogSegment,
  fileSize: number,
  indexIntervalBytes: number,
): Promise<string | null> {
  const oi = segment.offsetIndex;
  const ti = segment.timeIndex;
  if (ti.entries > 0) {
    segment.maxTimestamp = ti.lastTimestamp;
    segment.offsetOfMaxTimestamp = segment.baseOffset + ti.relativeOffsetAt(ti.entries - 1);
  }
  let pos = oi.entries > 0 ? oi.positionAt(oi.entries - 1) : 0;
  segment.bytesSinceIndexEntry = 0;
  while (pos < fileSize) {
    const header = await segment.readAt(pos, 61);
    if (header.length < 61) return 'torn batch at the end of the active segment';
    const size = header.readInt32BE(8) + LOG_OVERHEAD;
    if (size < 61 || pos + size > fileSize || header.readInt8(MAGIC_AT) !== 2) {
      return 'the active segment does not end on a batch boundary';
    }
    const base = readInt64Number(header, 0);
    const last = base + header.readInt32BE(23);
    const maxTs = readInt64Number(header, MAX_TIMESTAMP_AT);
    // Re-registering the indexed batch is harmless: it only moves statistics forward.
    segment.size = pos;
    segment.onBatchWritten(pos, base, last, maxTs, size, indexIntervalBytes);
    pos += size;
  }
  segment.size = fileSize;
  return null;
}

/**
 * Validates every batch of `segment` from the start and rebuilds its indexes; truncates the file
 * at the first torn or invalid batch and logs how many bytes went.
 */
export async function recoverSegment(o: LoadOptions, segment: LogSegment, fileSize: number): Promise<void> {
  const limits = LogSegment.indexLimits(o.config.segmentIndexBytes);
  segment.offsetIndex = new OffsetIndex(limits.offsetEntries);
  segment.timeIndex = new TimeIndex(limits.timeEntries);
  segment.size = 0;
  segment.nextOffset = segment.baseOffset;
  segment.maxTimestamp = -1;
  segment.offsetOfMaxTimestamp = -1;
  segment.bytesSinceIndexEntry = 0;
  let pos = 0;
  let p = 0;
  let problem: string | null = null;
  scan: while (pos < fileSize) {
    const chunk = await segment.readAt(pos, Math.min(SCAN_CHUNK_BYTES, fileSize - pos));
    p = 0;
    while (p < chunk.length) {
      if (chunk.length - p < 61) {
        if (pos + p + 61 > fileSize) {
          problem = 'torn batch header';
          break scan;
        }
        break;
      }
      const size = chunk.readInt32BE(p + 8) + LOG_OVERHEAD;
      if (size < 61) {
        problem = `invalid batch size ${size}`;
        break scan;
      }
      if (chunk.readInt8(p + MAGIC_AT) !== 2) {
        problem = `invalid magic ${chunk.readInt8(p + MAGIC_AT)}`;
        break scan;
      }
      if (pos + p + size > fileSize) {
        problem = 'torn batch';
        break scan;
      }
      let batch = chunk;
      let at = p;
      if (p + size > chunk.length) {
        if (p > 0) break;
        batch = await segment.readAt(pos, size);
        at = 0;
      }
      const base = readInt64Number(batch, at);
      const delta = batch.readInt32BE(at + 23);
      if (base < segment.nextOffset || delta < 0) {
        problem = `offsets not increasing at offset ${base}`;
        break scan;
      }
      if (!verifyCrc(batch, at)) {
        problem = `CRC mismatch in the batch at offset ${base}`;
        break scan;
      }
      segment.onBatchWritten(
        pos + p,
        base,
        base + delta,
        readInt64Number(batch, at + MAX_TIMESTAMP_AT),
        size,
        o.config.indexIntervalBytes,
      );
      p += size;
    }
    pos += p;
    p = 0;
  }
  // A problem ends the scan inside a chunk: the batches before it in that chunk are valid.
  pos += p;
  segment.size = pos;
  if (pos < fileSize) {
    const truncatedBytes = fileSize - pos;
    o.logger.warn(
      { truncatedBytes, segment: segment.logPath, reason: problem },
      `truncating ${truncatedBytes} bytes of torn or corrupt data at the end of a log segment`,
    );
    await o.fs.ftruncate(segment.descriptor, pos);
    await o.fs.fdatasync(segment.descriptor);
  }
}

export interface ProducerStateLoadOptions {
  fs: LogFs;
  dir: string;
  /** The recovered segments, oldest first. */
  segments: readonly LogSegment[];
  logEndOffset: number;
  topicPartition: string;
  logger: Logger;
  nowMs: number;
  producerIdExpirationMs: number;
}

const REPLAY_WINDOW_BYTES = 1024 * 1024;

/**
 * Builds the producer state of a recovered log: snapshots past the log end are deleted (their
 * batches were lost), the newest readable one is loaded (expired producers left out) and the
 * batch headers from its offset to the log end are replayed; with no snapshot, from the start.
 * When anything was replayed, a snapshot at the log end saves the work for the next open.
 */
export async function loadProducerState(o: ProducerStateLoadOptions): Promise<ProducerStateManager> {
  const manager = new ProducerStateManager(o.topicPartition);
  const snapshots = await deleteSnapshotsAfter(o.fs, o.dir, o.logEndOffset);
  // A transaction index to rebuild needs a replay from at or before its segment's base.
  let rebuildFrom = Number.POSITIVE_INFINITY;
  for (const s of o.segments) if (s.txnIndexStale) rebuildFrom = Math.min(rebuildFrom, s.baseOffset);
  let from = -1;
  for (let i = snapshots.length - 1; i >= 0 && from < 0; i--) {
    const offset = snapshots[i]!;
    if (offset > rebuildFrom) continue;
    const path = join(o.dir, snapshotFileName(offset));
    const bytes = await o.fs.readFile(path);
    const decoded = bytes === null ? 'snapshot vanished' : decodeSnapshot(bytes);
    if (typeof decoded === 'string') {
      o.logger.warn({ snapshot: path, reason: decoded }, 'ignoring an unreadable producer state snapshot');
      await o.fs.unlink(path);
      continue;
    }
    manager.load(decoded.filter((e) => !isExpired(e, o.nowMs, o.producerIdExpirationMs)));
    from = offset;
  }
  const first = o.segments[0];
  if (from < 0) from = first ? first.baseOffset : o.logEndOffset;
  let replayed = 0;
  for (const segment of o.segments) {
    if (segment.nextOffset <= from || segment.size === 0) continue;
    const before = segment.txnIndex.size;
    replayed += await replaySegment(segment, from, manager);
    if (segment.txnIndexStale || segment.txnIndex.size !== before) {
      segment.txnIndexStale = false;
      await segment.persistTxnIndex();
    }
  }
  if (replayed > 0) {
    manager.removeExpired(o.nowMs, o.producerIdExpirationMs);
    await writeSnapshot(o.fs, o.dir, o.logEndOffset, encodeSnapshot(manager.entries()));
  }
  return manager;
}

/** Feeds the headers of the batches of `segment` at or after offset `from` to the manager. */
async function replaySegment(
  segment: LogSegment,
  from: number,
  manager: ProducerStateManager,
): Promise<number> {
  let pos = 0;
  if (from > segment.baseOffset) {
    const found = await segment.locate(from, 0);
    if (!found) return 0;
    pos = found.position;
  }
  const end = segment.size;
  let batches = 0;
  while (end - pos >= 61) {
    const window = await segment.readAt(pos, Math.min(REPLAY_WINDOW_BYTES, end - pos));
    let p = 0;
    while (window.length - p >= 61) {
      const size = window.readInt32BE(p + 8) + LOG_OVERHEAD;
      if (size < 61)
        throw new Error(`bad batch size ${size} in ${segment.logPath} while loading producer state`);
      if (readInt64Number(window, p) >= from) {
        // A control batch is read whole (its marker says commit or abort).
        const isControl = (window[p + 22]! & 0x20) !== 0;
        const whole = isControl && p + size > window.length ? await segment.readAt(pos + p, size) : null;
        const done = whole ? manager.replayBatch(whole, 0) : manager.replayBatch(window, p);
        if (done?.completed.isAborted) {
          const c = done.completed;
          segment.txnIndex.append({
            producerId: c.producerId,
            firstOffset: c.firstOffset,
            lastOffset: c.lastOffset,
            lastStableOffset: done.lastStableOffset,
          });
        }
        batches++;
      }
      p += size;
    }
    pos += p;
  }
  return batches;
}
