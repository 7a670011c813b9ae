// The log of one partition: an ordered list of segments, the newest one active. append() assigns
// offsets synchronously (writing baseOffset into each batch header) and queues the bytes; a single
// writer drains the queue, so appends that arrive while a write or fsync is in flight share the
// next writev(2) and the next fdatasync (group commit). The high watermark moves only after the
// bytes are in the file; reads find the segment by binary search and return whole stored batches.
// Batches with a producer id are checked against the producer state (idempotence) in the same
// synchronous step that assigns offsets, so pipelined batches of one producer see each other.
// Transactions: the LSO is min(first unstable offset, HW); transaction markers are appended like
// batches, and an abort's transaction index entry is stored before its marker's bytes are written.
//
// This class is the public face; the state lives in a PartitionCore (partition-core.ts) that the
// modules doing the work share: partition-append.ts, partition-writer.ts (group commit),
// partition-read.ts, partition-retention.ts, partition-compaction.ts, partition-import.ts and
// partition-open.ts (open, recovery, shutdown; clean-marker-guard.ts).
import type { CompactionOptions, CompactionStats } from './compaction.js';
import type { ImportCheck } from './import-append.js';
import type { LogConfig } from './log-config.js';
import { appendBatches, appendMarker } from './partition-append.js';
import { compact } from './partition-compaction.js';
import { FAILED, type PartitionCore } from './partition-core.js';
import { appendImported, resetEmptyTo } from './partition-import.js';
import { openPartition, shutdown } from './partition-open.js';
import {
  collectAbortedTransactions,
  maxTimestamp,
  offsetForTimestamp,
  readBatches,
} from './partition-read.js';
import { applyRetention, deleteRecordsBefore } from './partition-retention.js';
import type {
  ActiveProducer,
  AppendInfo,
  PartitionLogOptions,
  ReadResult,
  TxnMarker,
} from './partition-types.js';
import { flush, maybeFlushOrRoll } from './partition-writer.js';
import type { ProducerStateManager } from './producer-state.js';
import type { BufferAlloc } from './segment.js';
import type { AbortedTxn } from './txn-index.js';

export type {
  ActiveProducer,
  AppendInfo,
  FetchData,
  PartitionLogOptions,
  ReadResult,
  TxnMarker,
} from './partition-types.js';

export class PartitionLog {
  readonly dir: string;
  readonly topic: string;
  readonly partition: number;
  private readonly core: PartitionCore;

  private constructor(core: PartitionCore) {
    this.dir = core.dir;
    this.topic = core.topic;
    this.partition = core.partition;
    this.core = core;
  }

  /** Opens (creating if needed) the partition directory, recovering it after an unclean shutdown. */
  static async open(o: PartitionLogOptions): Promise<PartitionLog> {
    return new PartitionLog(await openPartition(o));
  }

  get logStartOffset(): bigint {
    return BigInt(this.core.logStart);
  }

  /** The next offset to be assigned, counting appends whose write is still in flight. */
  get logEndOffset(): bigint {
    return BigInt(this.core.nextOffset);
  }

  /** Offset after the last batch in the file (single node: every written batch is committed). */
  get highWatermark(): bigint {
    return BigInt(this.core.hw);
  }

  /**
   * The last stable offset: the first offset of the oldest transaction still open (or completed with
   * its marker not yet below the HW), at least the log start offset; the HW when none is lower.
   */
  get lastStableOffset(): bigint {
    return BigInt(this.core.lso());
  }

  /** The producers of this partition as DescribeProducers reports them. */
  activeProducers(): ActiveProducer[] {
    const out: ActiveProducer[] = [];
    for (const e of this.core.producers.entries()) {
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
    return appendMarker(this.core, marker);
  }

  /**
   * Appends record batches copied from another cluster at their own offsets (gossip-migrate; see
   * import-append.ts): gaps stay gaps, the log end becomes the last batch's last offset + 1, and
   * producer state and transaction index follow the batches; `partitionLeaderEpoch` (when >= 0)
   * replaces the source's. Resolves once written and fsynced; a refusal appends nothing.
   */
  appendImported(batches: Buffer, partitionLeaderEpoch = -1): Promise<ImportCheck> {
    return appendImported(this.core, batches, partitionLeaderEpoch);
  }

  /**
   * Moves a log holding no batches to start and end at `offset` (Kafka's truncateFullyAndStartAt),
   * for an import whose source starts past 0. False when the log holds batches.
   */
  resetEmptyTo(offset: bigint): Promise<boolean> {
    return resetEmptyTo(this.core, offset);
  }

  get segmentCount(): number {
    return this.core.segments.length;
  }

  /** Bytes of written batches across all segments. */
  get sizeInBytes(): number {
    return this.core.sizeInBytes;
  }

  get isFailed(): boolean {
    return this.core.state === FAILED;
  }

  append(
    batches: Buffer,
    opts?: { logAppendTimeMs?: number; origin?: 'client' | 'coordinator' },
  ): Promise<AppendInfo> {
    return appendBatches(this.core, batches, opts);
  }

  /** The producer state of this partition (idempotence), read-only for callers. */
  get producerState(): ProducerStateManager {
    return this.core.producers;
  }

  read(
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
    return readBatches(this.core, fetchOffset, maxBytes, opts);
  }

  /**
   * Aborted transactions with data in [startOffset, upperBoundOffset), from the transaction indexes
   * of the segment holding startOffset and later ones (Kafka's collectAbortedTransactions).
   */
  collectAbortedTransactions(startOffset: number, upperBoundOffset: number): AbortedTxn[] {
    return collectAbortedTransactions(this.core, startOffset, upperBoundOffset);
  }

  offsetForTimestamp(
    timestampMs: bigint,
  ): Promise<{ batchBaseOffset: bigint; batchMaxTimestamp: bigint } | null> {
    return offsetForTimestamp(this.core, timestampMs);
  }

  maxTimestamp(): { timestamp: bigint; offset: bigint } {
    return maxTimestamp(this.core);
  }

  deleteRecordsBefore(offset: bigint): Promise<bigint> {
    return deleteRecordsBefore(this.core, offset);
  }

  onAppend(listener: () => void): () => void {
    const listeners = this.core.listeners;
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  updateConfig(config: LogConfig): void {
    this.core.config = config;
  }

  applyRetention(nowMs: number): Promise<number> {
    return applyRetention(this.core, nowMs);
  }

  /**
   * One compaction pass (cleanup.policy=compact; with `delete` too, retention runs first). Resolves
   * what the pass did, or null when the log was not due for cleaning or closed meanwhile. One pass
   * at a time per log; appends and reads carry on while it runs.
   */
  compact(nowMs: number, options?: CompactionOptions): Promise<CompactionStats | null> {
    return compact(this.core, nowMs, options);
  }

  /** Background duties: an fsync when flush.ms has passed, a roll when segment.ms has. */
  maybeFlushOrRoll(): void {
    maybeFlushOrRoll(this.core);
  }

  /** Resolves when everything appended so far is written and fsynced. */
  flush(): Promise<void> {
    return flush(this.core);
  }

  /** Flushes, persists the active segment's indexes, closes files and marks a clean shutdown. */
  async close(): Promise<void> {
    await shutdown(this.core, true);
  }

  /** Closes and removes the partition directory. */
  async delete(): Promise<void> {
    await shutdown(this.core, false);
    await this.core.fs.rmdir(this.dir);
  }

  /** Stops the log and closes its files without writing anything more (the directory is going away). */
  async closeForDelete(): Promise<void> {
    await shutdown(this.core, false);
  }
}
