// One segment of a partition log: `<baseOffset>.log` holding whole batches back to back, plus its
// offset and time indexes kept in memory (written to `.index`/`.timeindex` at roll and close), and
// its transaction index (`.txnindex`, aborted transactions), rewritten whenever an abort is added.
// `size` counts only bytes whose write completed, so readers never see a batch being written.
// Reads hold a reference so a segment deleted by retention closes its descriptor only when idle.
import { join } from 'node:path';
import { readInt64Number } from '../../wire/record-batch/index.js';
import type { LogFs } from './log-fs.js';
import { OFFSET_INDEX_ENTRY_BYTES, OffsetIndex, TIME_INDEX_ENTRY_BYTES, TimeIndex } from './sparse-index.js';
import { type AbortedTxn, TXN_INDEX_SUFFIX, TxnIndex } from './txn-index.js';

/** Header bytes needed to learn a batch's base offset, size and last offset delta. */
export const HEADER_PREFIX_BYTES = 27;
const BATCH_LENGTH_AT = 8;
const LAST_OFFSET_DELTA_AT = 23;
const LOCATE_WINDOW_MIN_BYTES = 16 * 1024;
const READ_WINDOW_MAX_BYTES = 8 * 1024 * 1024;

export function segmentFileName(baseOffset: number, suffix: string): string {
  return `${String(baseOffset).padStart(20, '0')}${suffix}`;
}

/** Base offset of a `<20 digits>.log` name, or -1 for any other name. */
export function parseSegmentFileName(name: string): number {
  if (!/^\d{20}\.log$/.test(name)) return -1;
  return Number(name.slice(0, 20));
}

export interface SegmentSlice {
  /** Whole batches, possibly empty. */
  buf: Buffer;
  /** True when the slice ends at the end of the segment's written bytes. */
  atEnd: boolean;
}

export class LogSegment {
  readonly logPath: string;
  readonly indexPath: string;
  readonly timeIndexPath: string;
  readonly txnIndexPath: string;
  /** Aborted transactions whose marker is in this segment. */
  txnIndex = new TxnIndex();
  /** Set at load when the transaction index must be rebuilt from a producer-state replay. */
  txnIndexStale = false;
  /** Bytes of complete batches in the file. */
  size = 0;
  /** Offset after the last written batch (baseOffset while empty). */
  nextOffset: number;
  maxTimestamp = -1;
  /** Base offset of the first batch that reached maxTimestamp. */
  offsetOfMaxTimestamp = -1;
  /** Wall-clock time of the first append (segment.ms rolls), -1 while empty. */
  firstAppendMs = -1;
  lastModifiedMs: number;
  /** Bytes written since the last offset index entry. */
  bytesSinceIndexEntry = 0;
  /** Writes not yet fsynced. */
  dirty = false;
  private refs = 0;
  private closeRequested = false;
  private closed = false;

  constructor(
    private readonly fs: LogFs,
    dir: string,
    readonly baseOffset: number,
    private readonly fd: number,
    public offsetIndex: OffsetIndex,
    public timeIndex: TimeIndex,
    nowMs: number,
  ) {
    this.logPath = join(dir, segmentFileName(baseOffset, '.log'));
    this.indexPath = join(dir, segmentFileName(baseOffset, '.index'));
    this.timeIndexPath = join(dir, segmentFileName(baseOffset, '.timeindex'));
    this.txnIndexPath = join(dir, segmentFileName(baseOffset, TXN_INDEX_SUFFIX));
    this.nextOffset = baseOffset;
    this.lastModifiedMs = nowMs;
  }

  static indexLimits(segmentIndexBytes: number): { offsetEntries: number; timeEntries: number } {
    return {
      offsetEntries: Math.max(1, Math.floor(segmentIndexBytes / OFFSET_INDEX_ENTRY_BYTES)),
      timeEntries: Math.max(1, Math.floor(segmentIndexBytes / TIME_INDEX_ENTRY_BYTES)),
    };
  }

  static async create(
    fs: LogFs,
    dir: string,
    baseOffset: number,
    segmentIndexBytes: number,
    nowMs: number,
  ): Promise<LogSegment> {
    const fd = await fs.open(join(dir, segmentFileName(baseOffset, '.log')), 'w+');
    const limits = LogSegment.indexLimits(segmentIndexBytes);
    return new LogSegment(
      fs,
      dir,
      baseOffset,
      fd,
      new OffsetIndex(limits.offsetEntries),
      new TimeIndex(limits.timeEntries),
      nowMs,
    );
  }

  get descriptor(): number {
    return this.fd;
  }

  /** Updates indexes and statistics for a batch whose bytes are now in the file at `position`. */
  onBatchWritten(
    position: number,
    baseOffset: number,
    lastOffset: number,
    maxTimestamp: number,
    size: number,
    indexIntervalBytes: number,
  ): void {
    if (maxTimestamp > this.maxTimestamp) {
      this.maxTimestamp = maxTimestamp;
      this.offsetOfMaxTimestamp = baseOffset;
    }
    if (this.bytesSinceIndexEntry > indexIntervalBytes && !this.offsetIndex.isFull) {
      this.offsetIndex.append(baseOffset - this.baseOffset, position);
      if (this.maxTimestamp >= 0) {
        this.timeIndex.maybeAppend(this.maxTimestamp, this.offsetOfMaxTimestamp - this.baseOffset);
      }
      this.bytesSinceIndexEntry = 0;
    }
    this.bytesSinceIndexEntry += size;
    this.nextOffset = lastOffset + 1;
    if (position + size > this.size) this.size = position + size;
  }

  /** Makes the time index end with the segment's largest timestamp (at roll and close). */
  finalizeTimeIndex(): void {
    if (this.maxTimestamp >= 0) {
      this.timeIndex.maybeAppend(this.maxTimestamp, this.offsetOfMaxTimestamp - this.baseOffset);
    }
  }

  /** The largest timestamp for retention: the records' own, else the last write time. */
  get retentionTimestampMs(): number {
    return this.maxTimestamp >= 0 ? this.maxTimestamp : this.lastModifiedMs;
  }

  /** True once close() was called (deleted or replaced): no new reader may start on it. */
  get closing(): boolean {
    return this.closeRequested;
  }

  retain(): void {
    this.refs++;
  }

  release(): void {
    this.refs--;
    if (this.refs === 0 && this.closeRequested) void this.closeNow().catch(() => {});
  }

  /** Closes the descriptor now, or after the last reader releases it. */
  async close(): Promise<void> {
    this.closeRequested = true;
    if (this.refs === 0) await this.closeNow();
  }

  private async closeNow(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.fs.close(this.fd);
  }

  async flush(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    await this.fs.fdatasync(this.fd);
  }

  async persistIndexes(): Promise<void> {
    await this.fs.writeFileAtomic(this.indexPath, Buffer.from(this.offsetIndex.bytes()));
    await this.fs.writeFileAtomic(this.timeIndexPath, Buffer.from(this.timeIndex.bytes()));
    await this.persistTxnIndex();
  }

  async persistTxnIndex(): Promise<void> {
    await this.fs.writeFileAtomic(this.txnIndexPath, this.txnIndex.bytes());
  }

  /**
   * Records aborted transactions whose markers are about to be written to this segment; the file is
   * stored first, so after a crash it may name markers past the log end (dropped at load), never miss one.
   */
  async addAborted(entries: readonly AbortedTxn[]): Promise<void> {
    let added = false;
    for (const e of entries) added = this.txnIndex.append(e) || added;
    if (added) await this.persistTxnIndex();
  }

  /**
   * Reads up to `length` bytes at `position`; the result is shorter at the end of the file. `alloc`
   * supplies the buffer (a Fetch passes its connection's reusable read buffers).
   */
  async readAt(position: number, length: number, alloc: BufferAlloc = Buffer.allocUnsafe): Promise<Buffer> {
    const buf = alloc(length);
    let done = 0;
    while (done < length) {
      const n = await this.fs.read(this.fd, buf, done, length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    return done === length ? buf : buf.subarray(0, done);
  }

  /**
   * Finds the batch holding `offset`: index floor lookup, then a walk over batch headers read in
   * windows. Returns its position and the window it was found in, or null when no written batch
   * of this segment reaches `offset`.
   */
  async locate(
    offset: number,
    windowBytes: number,
    alloc?: BufferAlloc,
  ): Promise<{ position: number; window: Buffer; windowStart: number } | null> {
    const indexed = this.offsetIndex.floorPosition(offset - this.baseOffset);
    const found = await this.walkTo(offset, indexed, windowBytes, alloc);
    if (found !== undefined || indexed === 0) return found ?? null;
    // The index pointed somewhere that is not a batch boundary: scan from the start instead.
    return (await this.walkTo(offset, 0, windowBytes, alloc)) ?? null;
  }

  /** undefined = the walk met bytes that are not a batch header (bad start position). */
  private async walkTo(
    offset: number,
    start: number,
    windowBytes: number,
    alloc?: BufferAlloc,
  ): Promise<{ position: number; window: Buffer; windowStart: number } | null | undefined> {
    let pos = start;
    let first = true;
    const end = this.size;
    while (end - pos >= HEADER_PREFIX_BYTES) {
      const want = Math.min(end - pos, Math.max(LOCATE_WINDOW_MIN_BYTES, windowBytes));
      const window = await this.readAt(pos, Math.min(want, READ_WINDOW_MAX_BYTES), alloc);
      let p = 0;
      while (window.length - p >= HEADER_PREFIX_BYTES) {
        const size = window.readInt32BE(p + BATCH_LENGTH_AT) + 12;
        const base = readInt64Number(window, p);
        if (size < 61 || base < this.baseOffset || (first && base > offset && pos + p > 0)) return undefined;
        first = false;
        if (base + window.readInt32BE(p + LAST_OFFSET_DELTA_AT) >= offset) {
          return { position: pos + p, window, windowStart: pos };
        }
        p += size;
      }
      if (p === 0 && window.length < HEADER_PREFIX_BYTES) return null;
      pos += p;
    }
    return null;
  }

  /**
   * Whole batches starting with the batch holding `offset` (or the first batch when `offset` is
   * at or below the base offset), at most `maxBytes` unless `minOneBatch` lets one larger batch
   * through, and only batches whose last offset is below `maxOffset`. Null when no written batch
   * reaches `offset`.
   */
  async readBatches(
    offset: number,
    maxBytes: number,
    maxOffset: number,
    minOneBatch: boolean,
    alloc?: BufferAlloc,
  ): Promise<SegmentSlice | null> {
    let pos = 0;
    let window: Buffer | null = null;
    let windowStart = 0;
    if (offset > this.baseOffset) {
      const found = await this.locate(offset, maxBytes, alloc);
      if (!found) return null;
      pos = found.position;
      window = found.window;
      windowStart = found.windowStart;
    }
    const available = this.size - pos;
    if (available <= 0) return available === 0 ? { buf: EMPTY, atEnd: true } : null;
    const want = Math.min(available, Math.max(maxBytes, minOneBatch ? 61 : 0));
    if (want <= 0) return { buf: EMPTY, atEnd: false };
    let buf: Buffer;
    if (window && pos - windowStart + want <= window.length) {
      buf = window.subarray(pos - windowStart, pos - windowStart + want);
    } else {
      buf = await this.readAt(pos, want, alloc);
    }
    let p = 0;
    let stopped = false;
    while (buf.length - p >= HEADER_PREFIX_BYTES) {
      const size = buf.readInt32BE(p + BATCH_LENGTH_AT) + 12;
      const last = readInt64Number(buf, p) + buf.readInt32BE(p + LAST_OFFSET_DELTA_AT);
      if (last >= maxOffset) {
        stopped = true;
        break;
      }
      if (p + size > buf.length) {
        if (p === 0 && minOneBatch && size <= available) {
          buf = await this.readAt(pos, size);
          p = size;
        }
        break;
      }
      p += size;
    }
    const slice = p === buf.length ? buf : buf.subarray(0, p);
    return { buf: slice, atEnd: !stopped && pos + p === this.size };
  }
}

const EMPTY = Buffer.alloc(0);

/** Supplies a buffer of exactly `length` bytes to read into. */
export type BufferAlloc = (length: number) => Buffer;
