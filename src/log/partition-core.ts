// The state of one partition log, shared by the modules that act on it (append, writer, read,
// retention, compaction, import, open/shutdown): plain fields set once in the constructor (a stable
// shape), plus the few helpers they all need: segment lookup, the LSO, failure, background tasks,
// the segment-list lock and producer state snapshots. PartitionLog is the public face over it.
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import { LogStartCheckpoint } from './checkpoint.js';
import type { CleanMarkerGuard } from './clean-marker-guard.js';
import type { CleanerState } from './cleaner-checkpoint.js';
import type { CompactionStats } from './compaction.js';
import { KafkaStorageError } from './errors.js';
import type { LogConfig } from './log-config.js';
import type { LogFs } from './log-fs.js';
import type { FlushWaiter, PartitionLogOptions, PendingAppend } from './partition-types.js';
import { DEFAULT_PRODUCER_ID_EXPIRATION_MS, type ProducerStateManager } from './producer-state.js';
import { encodeSnapshot, writeSnapshot } from './producer-state-snapshot.js';
import type { LogSegment } from './segment.js';
import type { AbortedTxn } from './txn-index.js';

export const OPEN = 0;
export const CLOSED = 1;
export const FAILED = 2;
/** Bytes of a record batch header: no batch is shorter. */
export const BATCH_OVERHEAD = 61;

export class PartitionCore {
  readonly dir: string;
  readonly topic: string;
  readonly partition: number;
  config: LogConfig;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly fs: LogFs;
  readonly segments: LogSegment[];
  readonly checkpoint: LogStartCheckpoint;
  /** Next offset to hand out (includes appends still being written). */
  nextOffset: number;
  /** Offset after the last batch whose write completed. */
  hw: number;
  logStart: number;
  state = OPEN;
  shutDown = false;
  failure: KafkaStorageError | null = null;
  queue: PendingAppend[] = [];
  flushWaiters: FlushWaiter[] = [];
  draining = false;
  drained: Promise<void> = Promise.resolve();
  rollRequested = false;
  unflushedMessages = 0;
  lastFlushMs: number;
  readonly listeners = new Set<() => void>();
  readonly background = new Set<Promise<void>>();
  readonly iov: Buffer[] = [];
  /** Serializes changes to the segment list other than appends and rolls (retention, compaction swaps). */
  segmentLock: Promise<void> = Promise.resolve();
  compaction: Promise<CompactionStats | null> | null = null;
  cleanerState: CleanerState | null = null;
  readonly producers: ProducerStateManager;
  readonly producerIdExpirationMs: number;
  /** Snapshot writes, one after another. */
  snapshotWrites: Promise<void> = Promise.resolve();
  /** Aborted transactions whose marker (by offset) is queued but not yet written. */
  readonly pendingAborts = new Map<number, AbortedTxn>();
  /** Set when opened after a clean close: tells whether anything changed on disk since. */
  readonly markerGuard: CleanMarkerGuard | null;

  constructor(
    o: PartitionLogOptions,
    fs: LogFs,
    segments: LogSegment[],
    logStart: number,
    producers: ProducerStateManager,
    markerGuard: CleanMarkerGuard | null,
  ) {
    this.dir = o.dir;
    this.topic = o.topic;
    this.partition = o.partition;
    this.config = o.config;
    this.clock = o.clock;
    this.logger = o.logger;
    this.fs = fs;
    this.segments = segments;
    this.checkpoint = new LogStartCheckpoint(fs, o.dir);
    this.nextOffset = segments[segments.length - 1]!.nextOffset;
    this.hw = this.nextOffset;
    this.logStart = logStart;
    this.lastFlushMs = o.clock.monotonicMs();
    this.producers = producers;
    this.producerIdExpirationMs = o.producerIdExpirationMs ?? DEFAULT_PRODUCER_ID_EXPIRATION_MS;
    this.markerGuard = markerGuard;
  }

  get active(): LogSegment {
    return this.segments[this.segments.length - 1]!;
  }

  /** Bytes of written batches across all segments. */
  get sizeInBytes(): number {
    let total = 0;
    for (const s of this.segments) total += s.size;
    return total;
  }

  lso(): number {
    const first = this.producers.firstUnstableOffset();
    if (first < 0) return this.hw;
    return Math.min(Math.max(first, this.logStart), this.hw);
  }

  /** Index of the segment holding `offset` (the last with baseOffset <= offset), at least 0. */
  floorSegment(offset: number): number {
    const segments = this.segments;
    let lo = 0;
    let hi = segments.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (segments[mid]!.baseOffset <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * The first segment that may hold a batch ending at or after `offset` (the active segment when
   * none does). Scans continue with it, so a segment replaced by compaction mid-scan is resumed by
   * offset in its replacement instead of being skipped.
   */
  segmentFrom(offset: number): LogSegment | undefined {
    const segments = this.segments;
    let i = this.floorSegment(offset);
    while (i < segments.length - 1 && segments[i]!.nextOffset <= offset) i++;
    return segments[i];
  }

  withSegmentLock<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.segmentLock.then(fn);
    this.segmentLock = run.then(
      () => {},
      () => {},
    );
    return run;
  }

  /**
   * Snapshots the producer state as of the next offset to assign (it covers every append so far,
   * written or not: a snapshot beyond the recovered log end is discarded at open). Idle producers
   * are expired first. The bytes are taken now; the write happens in the background.
   */
  takeSnapshot(): Promise<void> {
    this.producers.removeExpired(this.clock.nowMs(), this.producerIdExpirationMs);
    const offset = this.nextOffset;
    const data = encodeSnapshot(this.producers.entries());
    const write = this.snapshotWrites.then(() => writeSnapshot(this.fs, this.dir, offset, data));
    this.snapshotWrites = write.catch((err) => {
      this.logger.warn(
        { err, topic: this.topic, partition: this.partition, offset },
        'writing a producer state snapshot failed',
      );
    });
    return write;
  }

  /** Closes `segment` and removes its four files. */
  async removeSegmentFiles(segment: LogSegment): Promise<void> {
    await segment.close();
    for (const path of [segment.logPath, segment.indexPath, segment.timeIndexPath, segment.txnIndexPath]) {
      await this.fs.unlink(path);
    }
  }

  track(task: Promise<void>): void {
    this.background.add(task);
    task
      .catch((err) => this.fail(err, [], []))
      .finally(() => {
        this.background.delete(task);
      });
  }

  notify(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (err) {
        this.logger.error({ err, topic: this.topic, partition: this.partition }, 'append listener threw');
      }
    }
  }

  unavailable(): KafkaStorageError {
    return this.failure ?? new KafkaStorageError(`log ${this.topic}-${this.partition} is closed`);
  }

  fail(err: unknown, group: PendingAppend[], waiters: FlushWaiter[]): void {
    if (this.state !== FAILED) {
      this.state = FAILED;
      this.failure = new KafkaStorageError(
        `log ${this.topic}-${this.partition} is offline after a storage failure: ${(err as Error).message}`,
        { cause: err },
      );
      this.logger.error(
        { err, topic: this.topic, partition: this.partition },
        'partition log storage failure; the log is offline',
      );
    }
    const failure = this.failure!;
    for (const p of group) p.reject(failure);
    for (const p of this.queue) p.reject(failure);
    for (const w of waiters) w.reject(failure);
    for (const w of this.flushWaiters) w.reject(failure);
    this.queue = [];
    this.flushWaiters = [];
  }
}
