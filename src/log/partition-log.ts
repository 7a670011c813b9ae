// The log of one partition: an ordered list of segments, the newest one active. append() assigns
// offsets synchronously (writing baseOffset into each batch header) and queues the bytes; a single
// writer drains the queue, so appends that arrive while a write or fsync is in flight share the
// next writev(2) and the next fdatasync (group commit). The high watermark moves only after the
// bytes are in the file; reads find the segment by binary search and return whole stored batches.
// Batches with a producer id are checked against the producer state (idempotence) in the same
// synchronous step that assigns offsets, so pipelined batches of one producer see each other.
// Transactions: the LSO is min(first unstable offset, HW); transaction markers are appended like
// batches, and an abort's transaction index entry is stored before its marker's bytes are written.
import { join } from 'node:path';
import {
  ControlRecordType,
  encodeEndTxnMarkerBatch,
  readInt64Number,
  setMaxTimestamp,
  TimestampType,
} from '../../wire/record-batch/index.js';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import {
  CLEAN_SHUTDOWN_MARKER,
  LogStartCheckpoint,
  readLogStartOffset,
  writeCleanShutdownMarker,
} from './checkpoint.js';
import { type CleanerState, readCleanerState, writeCleanerState } from './cleaner-checkpoint.js';
import {
  type CompactionOptions,
  type CompactionStats,
  type CompactionTarget,
  compactLog,
} from './compaction.js';
import { finishSwap, SWAP_SUFFIX } from './compaction-swap.js';
import { KafkaStorageError } from './errors.js';
import {
  applyImportedProducerState,
  checkImportedBatches,
  MAX_RELATIVE_OFFSET as IMPORT_RELATIVE_OFFSET_MAX,
  type ImportCheck,
  stampLeaderEpoch,
} from './import-append.js';
import type { LogConfig } from './log-config.js';
import { type LogFs, NodeLogFs } from './log-fs.js';
import {
  DEFAULT_PRODUCER_ID_EXPIRATION_MS,
  hasProducerId,
  type PendingProducerUpdate,
  type ProducerStateManager,
} from './producer-state.js';
import { encodeSnapshot, writeSnapshot } from './producer-state-snapshot.js';
import { type BufferAlloc, LogSegment, segmentFileName } from './segment.js';
import { loadProducerState, loadSegments } from './segment-loader.js';
import type { AbortedTxn } from './txn-index.js';

export interface AppendInfo {
  firstOffset: bigint;
  lastOffset: bigint;
  /** -1n for CreateTime topics. */
  logAppendTimeMs: bigint;
  logStartOffset: bigint;
  recordCount: number;
  /** 0, or the Kafka error code that refused the append (producer state checks); nothing was appended. */
  errorCode: number;
  errorMessage: string | null;
  /** A retried producer batch already in the log: the offsets are the original ones. */
  duplicate: boolean;
}

export interface FetchData {
  /** Whole stored batches in offset order; each Buffer holds one or more batches back to back. */
  records: Buffer[];
  bytes: number;
  highWatermark: bigint;
  logStartOffset: bigint;
  lastStableOffset: bigint;
  /** read_committed reads: aborted transactions overlapping the returned range (else null). */
  abortedTransactions: { producerId: bigint; firstOffset: bigint }[] | null;
}

/** A transaction marker for appendMarker (written by the transaction coordinator). */
export interface TxnMarker {
  producerId: bigint;
  producerEpoch: number;
  coordinatorEpoch: number;
  commit: boolean;
  /** Stamped into the batch header (the leader epoch). Default -1. */
  partitionLeaderEpoch?: number;
}

/** One producer of DescribeProducers. */
export interface ActiveProducer {
  producerId: bigint;
  producerEpoch: number;
  lastSequence: number;
  lastTimestamp: bigint;
  coordinatorEpoch: number;
  currentTxnStartOffset: bigint;
}

export type ReadResult =
  | { errorCode: 0; data: FetchData }
  | { errorCode: 1 /* OFFSET_OUT_OF_RANGE */; highWatermark: bigint; logStartOffset: bigint };

export interface PartitionLogOptions {
  dir: string;
  topic: string;
  partition: number;
  config: LogConfig;
  clock: Clock;
  logger: Logger;
  /** File operations; defaults to the real file system. */
  fs?: LogFs;
  /** producer.id.expiration.ms: idle producers are forgotten at snapshot time. Default 86400000. */
  producerIdExpirationMs?: number;
}

const OPEN = 0;
const CLOSED = 1;
const FAILED = 2;
const BATCH_OVERHEAD = 61;
const TWO_POW_32 = 4294967296;
const MAX_RELATIVE_OFFSET = 0x7fffffff;
const TIME_SCAN_WINDOW_BYTES = 64 * 1024;

class PendingAppend {
  resolve!: (info: AppendInfo) => void;
  reject!: (err: Error) => void;

  constructor(
    readonly buf: Buffer,
    readonly firstOffset: number,
    readonly lastOffset: number,
    readonly recordCount: number,
    readonly logAppendTimeMs: number,
  ) {}
}

interface FlushWaiter {
  resolve: () => void;
  reject: (err: Error) => void;
}

export class PartitionLog {
  readonly dir: string;
  readonly topic: string;
  readonly partition: number;
  private config: LogConfig;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly fs: LogFs;
  private readonly segments: LogSegment[];
  private readonly checkpoint: LogStartCheckpoint;
  /** Next offset to hand out (includes appends still being written). */
  private nextOffset: number;
  /** Offset after the last batch whose write completed. */
  private hw: number;
  private logStart: number;
  private state = OPEN;
  private shutDown = false;
  private failure: KafkaStorageError | null = null;
  private queue: PendingAppend[] = [];
  private flushWaiters: FlushWaiter[] = [];
  private draining = false;
  private drained: Promise<void> = Promise.resolve();
  private rollRequested = false;
  private unflushedMessages = 0;
  private lastFlushMs: number;
  private readonly listeners = new Set<() => void>();
  private readonly background = new Set<Promise<void>>();
  private readonly iov: Buffer[] = [];
  /** Serializes changes to the segment list other than appends and rolls (retention, compaction swaps). */
  private segmentLock: Promise<void> = Promise.resolve();
  private compaction: Promise<CompactionStats | null> | null = null;
  private cleanerState: CleanerState | null = null;
  private readonly producers: ProducerStateManager;
  private readonly producerIdExpirationMs: number;
  /** Snapshot writes, one after another. */
  private snapshotWrites: Promise<void> = Promise.resolve();
  /** Aborted transactions whose marker (by offset) is queued but not yet written. */
  private readonly pendingAborts = new Map<number, AbortedTxn>();
  /** Set when opened after a clean close: tells whether anything changed on disk since. */
  private markerGuard: CleanMarkerGuard | null = null;

  private constructor(
    o: PartitionLogOptions,
    fs: LogFs,
    segments: LogSegment[],
    logStart: number,
    producers: ProducerStateManager,
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
  }

  /** Opens (creating if needed) the partition directory, recovering it after an unclean shutdown. */
  static async open(o: PartitionLogOptions): Promise<PartitionLog> {
    const baseFs = o.fs ?? new NodeLogFs();
    const startedMs = o.clock.monotonicMs();
    await baseFs.mkdir(o.dir);
    const clean = await baseFs.exists(join(o.dir, CLEAN_SHUTDOWN_MARKER));
    // After a clean close the marker stays until the first change (a start with no writes syncs
    // nothing); the guard removes it durably before any byte of this directory changes.
    const guard = clean ? new CleanMarkerGuard(baseFs, o.dir) : null;
    const fs: LogFs = guard ?? baseFs;
    const segments = await loadSegments({
      fs,
      dir: o.dir,
      config: o.config,
      clean,
      logger: o.logger,
      nowMs: o.clock.nowMs(),
    });
    const checkpointed = await readLogStartOffset(fs, o.dir);
    if (segments.length === 0) {
      segments.push(
        await LogSegment.create(fs, o.dir, checkpointed ?? 0, o.config.segmentIndexBytes, o.clock.nowMs()),
      );
      await fs.fsyncDir(o.dir);
    }
    const logEnd = segments[segments.length - 1]!.nextOffset;
    const logStart = Math.min(Math.max(checkpointed ?? 0, segments[0]!.baseOffset), logEnd);
    const producerIdExpirationMs = o.producerIdExpirationMs ?? DEFAULT_PRODUCER_ID_EXPIRATION_MS;
    const producers = await loadProducerState({
      fs,
      dir: o.dir,
      segments,
      logEndOffset: logEnd,
      topicPartition: `${o.topic}-${o.partition}`,
      logger: o.logger,
      nowMs: o.clock.nowMs(),
      producerIdExpirationMs,
    });
    const log = new PartitionLog(o, fs, segments, logStart, producers);
    log.markerGuard = guard;
    o.logger.info(
      {
        topic: o.topic,
        partition: o.partition,
        logStartOffset: logStart,
        logEndOffset: logEnd,
        segments: segments.length,
        producers: producers.producerCount,
        cleanShutdown: clean,
        loadMs: Math.round(o.clock.monotonicMs() - startedMs),
      },
      'partition log loaded',
    );
    return log;
  }

  get logStartOffset(): bigint {
    return BigInt(this.logStart);
  }

  /** The next offset to be assigned, counting appends whose write is still in flight. */
  get logEndOffset(): bigint {
    return BigInt(this.nextOffset);
  }

  /** Offset after the last batch in the file (single node: every written batch is committed). */
  get highWatermark(): bigint {
    return BigInt(this.hw);
  }

  /**
   * The last stable offset: the first offset of the oldest transaction still open (or completed with
   * its marker not yet below the HW), at least the log start offset; the HW when none is lower.
   */
  get lastStableOffset(): bigint {
    return BigInt(this.lso());
  }

  private lso(): number {
    const first = this.producers.firstUnstableOffset();
    if (first < 0) return this.hw;
    return Math.min(Math.max(first, this.logStart), this.hw);
  }

  /** The producers of this partition as DescribeProducers reports them. */
  activeProducers(): ActiveProducer[] {
    const out: ActiveProducer[] = [];
    for (const e of this.producers.entries()) {
      out.push({
        producerId: e.producerId,
        producerEpoch: e.epoch,
        lastSequence: e.lastSeq,
        lastTimestamp: BigInt(e.lastTimestamp),
        coordinatorEpoch: e.coordinatorEpoch,
        currentTxnStartOffset: BigInt(e.currentTxnFirstOffset),
      });
    }
    return out;
  }

  /**
   * Appends a COMMIT or ABORT marker for `producerId` (Kafka's appendAsLeader with origin
   * COORDINATOR): producer-state checks first (an older producer epoch is INVALID_PRODUCER_EPOCH, an
   * older coordinator epoch TRANSACTION_COORDINATOR_FENCED, as errorCode with nothing appended); a
   * marker with no open transaction is still written. Resolves once the marker is in the file.
   */
  appendMarker(marker: TxnMarker): Promise<AppendInfo> {
    if (this.state !== OPEN) return Promise.reject(this.unavailable());
    const now = this.clock.nowMs();
    const offset = this.nextOffset;
    const buf = encodeEndTxnMarkerBatch({
      type: marker.commit ? ControlRecordType.COMMIT : ControlRecordType.ABORT,
      producerId: marker.producerId,
      producerEpoch: marker.producerEpoch,
      coordinatorEpoch: marker.coordinatorEpoch,
      timestamp: now,
      baseOffset: offset,
      partitionLeaderEpoch: marker.partitionLeaderEpoch ?? -1,
    });
    const check = this.producers.appendMarker(
      marker.producerId,
      marker.producerEpoch,
      marker.coordinatorEpoch,
      marker.commit,
      offset,
      now,
    );
    if (check.kind === 'error') return Promise.resolve(this.refused(check.errorCode, check.message));
    const c = check.completed;
    if (c?.isAborted) {
      this.pendingAborts.set(offset, {
        producerId: c.producerId,
        firstOffset: c.firstOffset,
        lastOffset: c.lastOffset,
        lastStableOffset: check.lastStableOffset,
      });
    }
    const logAppendTime = this.config.messageTimestampType === 'LogAppendTime' ? now : -1;
    if (logAppendTime >= 0) setMaxTimestamp(buf, 0, TimestampType.LOG_APPEND_TIME, logAppendTime);
    const pending = new PendingAppend(buf, offset, offset, 1, logAppendTime);
    this.nextOffset = offset + 1;
    return this.enqueue(pending);
  }

  /**
   * Appends record batches copied from another cluster at their own offsets (gossip-migrate; see
   * import-append.ts): gaps stay gaps, the log end becomes the last batch's last offset + 1, and
   * producer state and transaction index follow the batches; `partitionLeaderEpoch` (when >= 0)
   * replaces the source's. Resolves once written and fsynced; a refusal appends nothing.
   */
  async appendImported(batches: Buffer, partitionLeaderEpoch = -1): Promise<ImportCheck> {
    if (this.state !== OPEN) throw this.unavailable();
    const check = checkImportedBatches(batches, this.nextOffset);
    if (!check.ok) return check;
    if (partitionLeaderEpoch >= 0) stampLeaderEpoch(batches, partitionLeaderEpoch);
    const active = this.active;
    if (
      this.nextOffset === active.baseOffset &&
      check.firstBatchLastOffset - active.baseOffset > IMPORT_RELATIVE_OFFSET_MAX
    ) {
      return {
        ok: false,
        message: `offset ${check.firstOffset} is too far past the empty log end ${this.nextOffset}: move the log end first`,
      };
    }
    for (const a of applyImportedProducerState(batches, this.producers))
      this.pendingAborts.set(a.lastOffset, a);
    const segmentsBefore = this.segments.length;
    this.nextOffset = check.lastOffset + 1;
    await this.enqueue(new PendingAppend(batches, check.firstOffset, check.lastOffset, check.records, -1));
    await this.flush();
    if (this.segments.length !== segmentsBefore) await this.fs.fsyncDir(this.dir);
    return check;
  }

  /**
   * Moves a log holding no batches to start and end at `offset` (Kafka's truncateFullyAndStartAt),
   * for an import whose source starts past 0. False when the log holds batches.
   */
  resetEmptyTo(offset: bigint): Promise<boolean> {
    if (this.state !== OPEN) return Promise.reject(this.unavailable());
    const target = Number(offset);
    const isEmpty = () => this.state === OPEN && this.nextOffset === this.hw && this.sizeInBytes === 0;
    return this.withSegmentLock(async () => {
      await this.flush();
      if (!isEmpty()) return false;
      const fresh =
        this.segments.find((s) => s.baseOffset === target) ??
        (await LogSegment.create(
          this.fs,
          this.dir,
          target,
          this.config.segmentIndexBytes,
          this.clock.nowMs(),
        ));
      if (!isEmpty()) {
        if (!this.segments.includes(fresh)) await this.removeSegmentFiles(fresh);
        return false;
      }
      const old = this.segments.filter((s) => s !== fresh);
      this.segments.splice(0, this.segments.length, fresh);
      this.nextOffset = target;
      this.hw = target;
      this.logStart = target;
      this.producers.load([]);
      this.pendingAborts.clear();
      await this.checkpoint.write(target);
      for (const segment of old) await this.removeSegmentFiles(segment);
      await this.fs.fsyncDir(this.dir);
      await this.takeSnapshot();
      return true;
    });
  }

  private async removeSegmentFiles(segment: LogSegment): Promise<void> {
    await segment.close();
    for (const path of [segment.logPath, segment.indexPath, segment.timeIndexPath, segment.txnIndexPath]) {
      await this.fs.unlink(path);
    }
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  /** Bytes of written batches across all segments. */
  get sizeInBytes(): number {
    let total = 0;
    for (const s of this.segments) total += s.size;
    return total;
  }

  get isFailed(): boolean {
    return this.state === FAILED;
  }

  append(
    batches: Buffer,
    opts?: { logAppendTimeMs?: number; origin?: 'client' | 'coordinator' },
  ): Promise<AppendInfo> {
    if (this.state !== OPEN) return Promise.reject(this.unavailable());
    const logAppendTime =
      this.config.messageTimestampType === 'LogAppendTime'
        ? (opts?.logAppendTimeMs ?? this.clock.nowMs())
        : -1;
    const end = batches.length;
    if (end === 0) return Promise.reject(new RangeError('append needs at least one record batch'));
    let pos = 0;
    let offset = this.nextOffset;
    let records = 0;
    let producerBatches = false;
    while (pos < end) {
      const size = end - pos >= BATCH_OVERHEAD ? batches.readInt32BE(pos + 8) + 12 : 0;
      const delta = size >= BATCH_OVERHEAD ? batches.readInt32BE(pos + 23) : -1;
      if (size < BATCH_OVERHEAD || size > end - pos || delta < 0) {
        return Promise.reject(new RangeError(`malformed record batch at byte ${pos} of an append`));
      }
      batches.writeUInt32BE(Math.floor(offset / TWO_POW_32), pos);
      batches.writeUInt32BE(offset >>> 0, pos + 4);
      if (logAppendTime >= 0) setMaxTimestamp(batches, pos, TimestampType.LOG_APPEND_TIME, logAppendTime);
      records += batches.readInt32BE(pos + 57);
      if (hasProducerId(batches, pos)) producerBatches = true;
      offset += delta + 1;
      pos += size;
    }
    let producerUpdate: PendingProducerUpdate | null = null;
    if (producerBatches) {
      const check = this.producers.checkAppend(batches, end, opts?.origin === 'coordinator');
      if (check.kind === 'error') return Promise.resolve(this.refused(check.errorCode, check.message));
      if (check.kind === 'duplicate') return this.duplicateOf(check, logAppendTime >= 0);
      producerUpdate = check.pending;
    }
    const pending = new PendingAppend(batches, this.nextOffset, offset - 1, records, logAppendTime);
    this.nextOffset = offset;
    if (producerUpdate) this.producers.commit(producerUpdate);
    return this.enqueue(pending);
  }

  private enqueue(pending: PendingAppend): Promise<AppendInfo> {
    const promise = new Promise<AppendInfo>((resolve, reject) => {
      pending.resolve = resolve;
      pending.reject = reject;
    });
    this.queue.push(pending);
    this.schedule();
    return promise;
  }

  /** The producer state of this partition (idempotence), read-only for callers. */
  get producerState(): ProducerStateManager {
    return this.producers;
  }

  private refused(errorCode: number, message: string): AppendInfo {
    return {
      firstOffset: -1n,
      lastOffset: -1n,
      logAppendTimeMs: -1n,
      logStartOffset: BigInt(this.logStart),
      recordCount: 0,
      errorCode,
      errorMessage: message,
      duplicate: false,
    };
  }

  /**
   * The answer to a retried batch: its original offsets, once the original is written (it may
   * still be in flight when the retry arrives).
   */
  private async duplicateOf(
    d: { firstOffset: number; lastOffset: number; timestamp: number },
    logAppendTime: boolean,
  ): Promise<AppendInfo> {
    if (d.lastOffset >= this.hw) await this.flush();
    return {
      firstOffset: BigInt(d.firstOffset),
      lastOffset: BigInt(d.lastOffset),
      logAppendTimeMs: logAppendTime ? BigInt(d.timestamp) : -1n,
      logStartOffset: BigInt(this.logStart),
      recordCount: 0,
      errorCode: 0,
      errorMessage: null,
      duplicate: true,
    };
  }

  async read(
    fetchOffset: bigint,
    maxBytes: number,
    opts?: {
      minOneBatch?: boolean;
      maxOffset?: bigint;
      readCommitted?: boolean;
      /** Supplies the buffers log bytes are read into (default Buffer.allocUnsafe). */
      alloc?: BufferAlloc;
    },
  ): Promise<ReadResult> {
    if (this.state !== OPEN) throw this.unavailable();
    const hw = this.hw;
    const offset = Number(fetchOffset);
    if (offset < this.logStart || offset > hw) {
      return { errorCode: 1, highWatermark: BigInt(hw), logStartOffset: BigInt(this.logStart) };
    }
    const readCommitted = opts?.readCommitted ?? false;
    // read_committed: only batches below the LSO (it is always at a batch boundary).
    const upper = readCommitted ? this.lso() : hw;
    const maxOffset = opts?.maxOffset === undefined ? upper : Math.min(Number(opts.maxOffset), upper);
    const records: Buffer[] = [];
    let bytes = 0;
    let minOneBatch = opts?.minOneBatch ?? false;
    let segment: LogSegment | undefined =
      offset < maxOffset ? this.segments[this.floorSegment(offset)] : undefined;
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
      const next = this.segmentFrom(end);
      if (!next || next === segment) break;
      segment = next;
      target = Math.max(end, next.baseOffset);
      if (target >= maxOffset) break;
    }
    const now = this.hw;
    return {
      errorCode: 0,
      data: {
        records,
        bytes,
        highWatermark: BigInt(now),
        logStartOffset: BigInt(this.logStart),
        lastStableOffset: BigInt(this.lso()),
        abortedTransactions: readCommitted ? this.abortedIn(offset, records) : null,
      },
    };
  }

  /** Aborted transactions overlapping a read from `fetchOffset` that returned `records`. */
  private abortedIn(
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
    return this.collectAbortedTransactions(fetchOffset, upper).map((t) => ({
      producerId: t.producerId,
      firstOffset: BigInt(t.firstOffset),
    }));
  }

  /**
   * Aborted transactions with data in [startOffset, upperBoundOffset), from the transaction indexes
   * of the segment holding startOffset and later ones (Kafka's collectAbortedTransactions).
   */
  collectAbortedTransactions(startOffset: number, upperBoundOffset: number): AbortedTxn[] {
    const out: AbortedTxn[] = [];
    for (let i = this.floorSegment(startOffset); i < this.segments.length; i++) {
      if (this.segments[i]!.txnIndex.collect(startOffset, upperBoundOffset, out)) break;
    }
    return out;
  }

  async offsetForTimestamp(
    timestampMs: bigint,
  ): Promise<{ batchBaseOffset: bigint; batchMaxTimestamp: bigint } | null> {
    if (this.state !== OPEN) throw this.unavailable();
    const target = Number(timestampMs);
    const hw = this.hw;
    let segment = this.segments[0];
    while (segment) {
      if (segment.maxTimestamp >= target && segment.nextOffset > this.logStart) {
        segment.retain();
        try {
          const found = await this.searchByTime(segment, target, hw);
          if (found) return found;
        } finally {
          segment.release();
        }
      }
      const next = this.segmentFrom(segment.nextOffset);
      if (next === segment) break;
      segment = next;
    }
    return null;
  }

  maxTimestamp(): { timestamp: bigint; offset: bigint } {
    let timestamp = -1;
    let offset = -1;
    for (const segment of this.segments) {
      if (segment.maxTimestamp > timestamp && segment.nextOffset > this.logStart) {
        timestamp = segment.maxTimestamp;
        offset = segment.offsetOfMaxTimestamp;
      }
    }
    return { timestamp: BigInt(timestamp), offset: BigInt(offset) };
  }

  async deleteRecordsBefore(offset: bigint): Promise<bigint> {
    if (this.state !== OPEN) throw this.unavailable();
    const target = Math.min(Number(offset), this.hw);
    if (target > this.logStart) this.logStart = target;
    await this.withSegmentLock(async () => {
      const segments = this.segments;
      let count = 0;
      while (count < segments.length - 1 && segments[count + 1]!.baseOffset <= this.logStart) count++;
      await this.deleteOldest(count, 'log start offset');
    });
    await this.checkpoint.write(this.logStart);
    return BigInt(this.logStart);
  }

  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  updateConfig(config: LogConfig): void {
    this.config = config;
  }

  applyRetention(nowMs: number): Promise<number> {
    return this.withSegmentLock(() => this.retentionPass(nowMs));
  }

  /**
   * One compaction pass (cleanup.policy=compact; with `delete` too, retention runs first). Resolves
   * what the pass did, or null when the log was not due for cleaning or closed meanwhile. One pass
   * at a time per log; appends and reads carry on while it runs.
   */
  compact(nowMs: number, options?: CompactionOptions): Promise<CompactionStats | null> {
    if (this.state !== OPEN) return Promise.resolve(null);
    if (this.compaction) return this.compaction;
    const run = this.runCompaction(nowMs, options ?? {}).finally(() => {
      this.compaction = null;
    });
    this.compaction = run;
    return run;
  }

  private async runCompaction(nowMs: number, options: CompactionOptions): Promise<CompactionStats | null> {
    if (!this.config.cleanupCompact || this.state !== OPEN) return null;
    if (this.config.cleanupDelete) await this.applyRetention(nowMs);
    this.cleanerState ??= (await readCleanerState(this.fs, this.dir)) ?? {
      firstDirtyOffset: 0,
      deleteHorizonMs: -1,
    };
    const target: CompactionTarget = {
      dir: this.dir,
      fs: this.fs,
      logger: this.logger,
      config: () => this.config,
      isOpen: () => this.state === OPEN,
      logStartOffset: () => this.logStart,
      highWatermark: () => this.hw,
      // Like Kafka's cleaner, nothing at or above the LSO: an open transaction may still abort.
      closedSegments: () => {
        const lso = this.lso();
        const closed = this.segments.slice(0, -1);
        let n = 0;
        while (n < closed.length && closed[n]!.nextOffset <= lso) n++;
        return closed.slice(0, n);
      },
      settleBackground: async () => {
        await Promise.allSettled([...this.background]);
      },
      swap: (group, cleaned, cleanedPath) => this.swapCleaned(group, cleaned, cleanedPath),
      saveCleanerState: async (state) => {
        await writeCleanerState(this.fs, this.dir, state);
        this.cleanerState = state;
      },
      producerLastOffsets: () => this.producers.lastDataOffsets(),
      abortedData: () => this.abortedDataLookup(),
    };
    return compactLog(target, this.cleanerState, nowMs, options);
  }

  /**
   * Replaces the contiguous closed segments `group` with `cleaned` (written to `cleanedPath` and
   * fsynced). Renaming it to `.log.swap` commits the swap: a crash after that is finished at the
   * next open. False when the log closed or the group is no longer in place.
   */
  private swapCleaned(group: LogSegment[], cleaned: LogSegment, cleanedPath: string): Promise<boolean> {
    return this.withSegmentLock(async () => {
      if (this.state !== OPEN) return false;
      const at = this.segments.indexOf(group[0]!);
      if (at < 0 || at + group.length >= this.segments.length) return false;
      for (let k = 1; k < group.length; k++) if (this.segments[at + k] !== group[k]) return false;
      const swapPath = join(this.dir, segmentFileName(cleaned.baseOffset, SWAP_SUFFIX));
      await this.fs.rename(cleanedPath, swapPath);
      this.segments.splice(at, group.length, cleaned);
      try {
        await this.fs.fsyncDir(this.dir);
        await finishSwap(this.fs, this.dir, group, cleaned, swapPath);
      } catch (err) {
        this.fail(err, [], []);
      }
      return true;
    });
  }

  private withSegmentLock<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.segmentLock.then(fn);
    this.segmentLock = run.then(
      () => {},
      () => {},
    );
    return run;
  }

  private async retentionPass(nowMs: number): Promise<number> {
    if (this.state !== OPEN) return 0;
    const segments = this.segments;
    const deletable = segments.length - 1;
    const cfg = this.config;
    let count = 0;
    let reason = 'log start offset';
    while (count < deletable && segments[count + 1]!.baseOffset <= this.logStart) count++;
    if (cfg.cleanupDelete && cfg.retentionMs >= 0) {
      let n = 0;
      while (n < deletable && nowMs - segments[n]!.retentionTimestampMs > cfg.retentionMs) n++;
      if (n > count) {
        count = n;
        reason = `retention.ms ${cfg.retentionMs}`;
      }
    }
    if (cfg.cleanupDelete && cfg.retentionBytes >= 0) {
      let excess = this.sizeInBytes - cfg.retentionBytes;
      let n = 0;
      while (n < deletable && excess - segments[n]!.size >= 0) excess -= segments[n++]!.size;
      if (n > count) {
        count = n;
        reason = `retention.bytes ${cfg.retentionBytes}`;
      }
    }
    if (count === 0) return 0;
    await this.deleteOldest(count, reason);
    await this.checkpoint.write(this.logStart);
    return count;
  }

  /** Background duties: an fsync when flush.ms has passed, a roll when segment.ms has. */
  maybeFlushOrRoll(): void {
    if (this.state !== OPEN) return;
    const active = this.segments[this.segments.length - 1]!;
    if (
      active.size > 0 &&
      active.firstAppendMs >= 0 &&
      this.clock.nowMs() - active.firstAppendMs >= this.config.segmentMs
    ) {
      this.rollRequested = true;
      this.schedule();
    }
    if (this.unflushedMessages > 0 && this.clock.monotonicMs() - this.lastFlushMs >= this.config.flushMs) {
      this.flush().catch(() => {});
    }
  }

  /** Resolves when everything appended so far is written and fsynced. */
  flush(): Promise<void> {
    if (this.state === FAILED) return Promise.reject(this.unavailable());
    if (this.state === CLOSED) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.flushWaiters.push({ resolve, reject });
      this.schedule();
    });
  }

  /** Flushes, persists the active segment's indexes, closes files and marks a clean shutdown. */
  async close(): Promise<void> {
    await this.shutdown(true);
  }

  /** Closes and removes the partition directory. */
  async delete(): Promise<void> {
    await this.shutdown(false);
    await this.fs.rmdir(this.dir);
  }

  /** Stops the log and closes its files without writing anything more (the directory is going away). */
  async closeForDelete(): Promise<void> {
    await this.shutdown(false);
  }

  // ---- writer ----

  private schedule(): void {
    if (this.draining) return;
    this.draining = true;
    // Starting after the I/O callbacks of this event-loop turn (setImmediate) lets the appends of
    // every connection read in this turn join one group: fewer, larger writev calls.
    this.drained = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain());
  }

  private async drain(): Promise<void> {
    let group: PendingAppend[] = [];
    let waiters: FlushWaiter[] = [];
    try {
      while (
        this.state !== FAILED &&
        (this.queue.length > 0 || this.flushWaiters.length > 0 || this.rollRequested)
      ) {
        group = this.queue;
        this.queue = [];
        if (group.length > 0) {
          this.unflushedMessages += await this.writeGroup(group);
          this.notify();
        }
        if (this.rollRequested) {
          this.rollRequested = false;
          if (this.active.size > 0) await this.roll(this.hw);
        }
        waiters = this.flushWaiters;
        this.flushWaiters = [];
        if (waiters.length > 0 || this.flushDue()) await this.fsyncDirty();
        const logStartOffset = BigInt(this.logStart);
        for (const p of group) {
          p.resolve({
            firstOffset: BigInt(p.firstOffset),
            lastOffset: BigInt(p.lastOffset),
            logAppendTimeMs: BigInt(p.logAppendTimeMs),
            logStartOffset,
            recordCount: p.recordCount,
            errorCode: 0,
            errorMessage: null,
            duplicate: false,
          });
        }
        for (const w of waiters) w.resolve();
        group = [];
        waiters = [];
      }
    } catch (err) {
      this.fail(err, group, waiters);
    } finally {
      this.draining = false;
    }
  }

  private get active(): LogSegment {
    return this.segments[this.segments.length - 1]!;
  }

  private flushDue(): boolean {
    if (this.unflushedMessages === 0) return false;
    return (
      this.unflushedMessages >= this.config.flushMessages ||
      this.clock.monotonicMs() - this.lastFlushMs >= this.config.flushMs
    );
  }

  private async fsyncDirty(): Promise<void> {
    for (const segment of this.segments) await segment.flush();
    this.unflushedMessages = 0;
    this.lastFlushMs = this.clock.monotonicMs();
  }

  /** Writes a group of appends: one writev per segment touched. Returns the offsets written. */
  private async writeGroup(group: PendingAppend[]): Promise<number> {
    const now = this.clock.nowMs();
    const iov = this.iov;
    iov.length = 0;
    let segment = this.active;
    let chunkBytes = 0;
    let chunkBatches = 0;
    let offsets = 0;
    for (let g = 0; g < group.length; g++) {
      const p = group[g]!;
      const buf = p.buf;
      offsets += p.lastOffset - p.firstOffset + 1;
      let pos = 0;
      let sliceStart = 0;
      while (pos < buf.length) {
        const size = buf.readInt32BE(pos + 8) + 12;
        if (this.shouldRoll(segment, chunkBytes, chunkBatches, size, buf, pos, now)) {
          if (pos > sliceStart) iov.push(buf.subarray(sliceStart, pos));
          await this.writeChunk(segment, chunkBytes, now);
          segment = await this.roll(readInt64Number(buf, pos));
          chunkBytes = 0;
          chunkBatches = 0;
          sliceStart = pos;
        }
        chunkBytes += size;
        chunkBatches++;
        pos += size;
      }
      iov.push(sliceStart === 0 ? buf : buf.subarray(sliceStart));
    }
    if (chunkBytes > 0) await this.writeChunk(segment, chunkBytes, now);
    iov.length = 0;
    return offsets;
  }

  private shouldRoll(
    segment: LogSegment,
    chunkBytes: number,
    chunkBatches: number,
    size: number,
    buf: Buffer,
    pos: number,
    now: number,
  ): boolean {
    const bytes = segment.size + chunkBytes;
    if (bytes === 0) return false;
    const cfg = this.config;
    if (bytes + size > cfg.segmentBytes) return true;
    const firstAppendMs = segment.firstAppendMs >= 0 ? segment.firstAppendMs : now;
    if (now - firstAppendMs >= cfg.segmentMs) return true;
    const lastOffset = readInt64Number(buf, pos) + buf.readInt32BE(pos + 23);
    if (lastOffset - segment.baseOffset > MAX_RELATIVE_OFFSET) return true;
    const pendingEntries = segment.offsetIndex.entries + chunkBatches;
    return pendingEntries >= segment.offsetIndex.maxEntries || pendingEntries >= segment.timeIndex.maxEntries;
  }

  /** Writes this.iov at the end of `segment`, then indexes the batches and moves the HW. */
  private async writeChunk(segment: LogSegment, bytes: number, now: number): Promise<void> {
    const iov = this.iov;
    const start = segment.size;
    if (this.pendingAborts.size > 0) await this.storeAborts(segment, iov);
    let written = await this.fs.writev(segment.descriptor, iov, start);
    while (written < bytes) {
      if (written <= 0) throw new Error(`write of ${bytes} bytes to ${segment.logPath} made no progress`);
      const rest = Buffer.concat(iov).subarray(written);
      const n = await this.fs.writev(segment.descriptor, [rest], start + written);
      if (n <= 0) throw new Error(`write of ${bytes} bytes to ${segment.logPath} made no progress`);
      written += n;
    }
    const interval = this.config.indexIntervalBytes;
    let position = start;
    for (let i = 0; i < iov.length; i++) {
      const b = iov[i]!;
      let p = 0;
      while (p < b.length) {
        const size = b.readInt32BE(p + 8) + 12;
        const base = readInt64Number(b, p);
        segment.onBatchWritten(
          position + p,
          base,
          base + b.readInt32BE(p + 23),
          readInt64Number(b, p + 35),
          size,
          interval,
        );
        p += size;
      }
      position += b.length;
    }
    iov.length = 0;
    segment.dirty = true;
    segment.lastModifiedMs = now;
    if (segment.firstAppendMs < 0) segment.firstAppendMs = now;
    this.hw = segment.nextOffset;
    this.producers.onHighWatermark(this.hw);
  }

  /** producerId -> aborted ranges, from every segment's transaction index (compaction drops that data). */
  private abortedDataLookup(): (producerId: bigint, offset: number) => boolean {
    const ranges = new Map<bigint, AbortedTxn[]>();
    for (const segment of this.segments) {
      for (const e of segment.txnIndex.entries) {
        const list = ranges.get(e.producerId);
        if (list) list.push(e);
        else ranges.set(e.producerId, [e]);
      }
    }
    return (producerId, offset) =>
      ranges.get(producerId)?.some((e) => e.firstOffset <= offset && offset < e.lastOffset) ?? false;
  }

  /** Stores the transaction index entries of the abort markers in `iov` before they are written. */
  private async storeAborts(segment: LogSegment, iov: readonly Buffer[]): Promise<void> {
    const found: AbortedTxn[] = [];
    for (const b of iov) {
      let p = 0;
      while (p < b.length) {
        const entry = this.pendingAborts.get(readInt64Number(b, p));
        if (entry) {
          found.push(entry);
          this.pendingAborts.delete(entry.lastOffset);
        }
        p += b.readInt32BE(p + 8) + 12;
      }
    }
    if (found.length > 0) await segment.addAborted(found);
  }

  private async roll(baseOffset: number): Promise<LogSegment> {
    const old = this.active;
    old.finalizeTimeIndex();
    const segment = await LogSegment.create(
      this.fs,
      this.dir,
      baseOffset,
      this.config.segmentIndexBytes,
      this.clock.nowMs(),
    );
    this.segments.push(segment);
    this.track(this.sealSegment(old));
    this.takeSnapshot();
    return segment;
  }

  /**
   * Snapshots the producer state as of the next offset to assign (it covers every append so far,
   * written or not: a snapshot beyond the recovered log end is discarded at open). Idle producers
   * are expired first. The bytes are taken now; the write happens in the background.
   */
  private takeSnapshot(): Promise<void> {
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

  /** A rolled segment no longer changes: fsync it and store its indexes, off the append path. */
  private async sealSegment(segment: LogSegment): Promise<void> {
    await segment.flush();
    await segment.persistIndexes();
    await this.fs.fsyncDir(this.dir);
  }

  private track(task: Promise<void>): void {
    this.background.add(task);
    task
      .catch((err) => this.fail(err, [], []))
      .finally(() => {
        this.background.delete(task);
      });
  }

  private notify(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (err) {
        this.logger.error({ err, topic: this.topic, partition: this.partition }, 'append listener threw');
      }
    }
  }

  private unavailable(): KafkaStorageError {
    return this.failure ?? new KafkaStorageError(`log ${this.topic}-${this.partition} is closed`);
  }

  private fail(err: unknown, group: PendingAppend[], waiters: FlushWaiter[]): void {
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

  // ---- segments ----

  /** Index of the segment holding `offset` (the last with baseOffset <= offset), at least 0. */
  private floorSegment(offset: number): number {
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
  private segmentFrom(offset: number): LogSegment | undefined {
    const segments = this.segments;
    let i = this.floorSegment(offset);
    while (i < segments.length - 1 && segments[i]!.nextOffset <= offset) i++;
    return segments[i];
  }

  private async searchByTime(
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
        if (maxTs >= target && last >= this.logStart) {
          return { batchBaseOffset: BigInt(base), batchMaxTimestamp: BigInt(maxTs) };
        }
        p += window.readInt32BE(p + 8) + 12;
      }
      if (p === 0) return null;
      pos += p;
    }
    return null;
  }

  /** Removes the `count` oldest segments (never the active one) and raises the log start offset. */
  private async deleteOldest(count: number, reason: string): Promise<void> {
    count = Math.min(count, this.segments.length - 1);
    if (count <= 0) return;
    const removed = this.segments.splice(0, count);
    this.logStart = Math.max(this.logStart, this.segments[0]!.baseOffset);
    this.logger.info(
      {
        topic: this.topic,
        partition: this.partition,
        segments: removed.length,
        firstBaseOffset: removed[0]!.baseOffset,
        logStartOffset: this.logStart,
        reason,
      },
      'deleting log segments',
    );
    for (const segment of removed) {
      await segment.close();
      await this.fs.unlink(segment.logPath);
      await this.fs.unlink(segment.indexPath);
      await this.fs.unlink(segment.timeIndexPath);
      await this.fs.unlink(segment.txnIndexPath);
    }
  }

  private async shutdown(clean: boolean): Promise<void> {
    if (this.shutDown) return;
    this.shutDown = true;
    if (this.state === OPEN) {
      const flushed = this.flush();
      this.state = CLOSED;
      await flushed.catch(() => {});
    }
    while (this.draining) await this.drained;
    if (this.compaction) await this.compaction.catch(() => {});
    await this.segmentLock;
    await Promise.allSettled([...this.background]);
    await this.checkpoint.settled();
    const healthy = this.state !== FAILED;
    // Opened clean and nothing written since: the files and the marker on disk are still right.
    const unchanged = this.markerGuard?.unchanged === true;
    if (clean && healthy && !unchanged) {
      const active = this.active;
      active.finalizeTimeIndex();
      await active.persistIndexes();
      await this.takeSnapshot().catch(() => {});
    }
    await this.snapshotWrites;
    for (const segment of this.segments) await segment.close().catch(() => {});
    if (clean && healthy && !unchanged) await writeCleanShutdownMarker(this.fs, this.dir);
    this.listeners.clear();
  }
}

/**
 * The file system of a partition opened after a clean close, with its `.clean-shutdown` marker
 * still in place: the first call that changes anything (write, truncate, create, rename, remove)
 * first removes the marker and syncs the directory, so a crash from then on is seen as unclean.
 */
class CleanMarkerGuard implements LogFs {
  private retired: Promise<void> | null = null;

  constructor(
    private readonly inner: LogFs,
    private readonly dir: string,
  ) {}

  /** True while nothing has been changed through this file system. */
  get unchanged(): boolean {
    return this.retired === null;
  }

  private retire(): Promise<void> {
    this.retired ??= this.inner
      .unlink(join(this.dir, CLEAN_SHUTDOWN_MARKER))
      .then(() => this.inner.fsyncDir(this.dir));
    return this.retired;
  }

  async open(path: string, flags: string): Promise<number> {
    // 'r' and 'r+' open an existing file as it is; 'w' and 'a' may create or truncate one.
    if (/[wa]/.test(flags)) await this.retire();
    return this.inner.open(path, flags);
  }
  close(fd: number): Promise<void> {
    return this.inner.close(fd);
  }
  read(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<number> {
    return this.inner.read(fd, buf, offset, length, position);
  }
  writev(fd: number, buffers: readonly Buffer[], position: number): Promise<number> {
    if (this.retired === null) return this.retire().then(() => this.inner.writev(fd, buffers, position));
    return this.inner.writev(fd, buffers, position);
  }
  fdatasync(fd: number): Promise<void> {
    return this.inner.fdatasync(fd);
  }
  async ftruncate(fd: number, length: number): Promise<void> {
    await this.retire();
    return this.inner.ftruncate(fd, length);
  }
  fileSize(fd: number): Promise<number> {
    return this.inner.fileSize(fd);
  }
  readFile(path: string): Promise<Buffer | null> {
    return this.inner.readFile(path);
  }
  async writeFileAtomic(path: string, data: Buffer): Promise<void> {
    await this.retire();
    return this.inner.writeFileAtomic(path, data);
  }
  readdir(path: string): Promise<string[]> {
    return this.inner.readdir(path);
  }
  async mkdir(path: string): Promise<void> {
    await this.retire();
    return this.inner.mkdir(path);
  }
  async rename(from: string, to: string): Promise<void> {
    await this.retire();
    return this.inner.rename(from, to);
  }
  async unlink(path: string): Promise<void> {
    await this.retire();
    return this.inner.unlink(path);
  }
  async rmdir(path: string): Promise<void> {
    await this.retire();
    return this.inner.rmdir(path);
  }
  exists(path: string): Promise<boolean> {
    return this.inner.exists(path);
  }
  fsyncDir(path: string): Promise<void> {
    return this.inner.fsyncDir(path);
  }
}
