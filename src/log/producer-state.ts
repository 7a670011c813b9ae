// Idempotent-producer state of one partition, after Kafka's ProducerStateManager: per producer id the
// epoch, the metadata of its last 5 batches (sequence range and offsets) and transaction markers.
// A client append is checked batch by batch against this state before offsets are committed: an
// older epoch is fenced, sequences must continue (int32 wraparound), a retried batch still in the
// window is answered with its original offsets. Recovery replays stored batch headers unchecked.
// Transactions: a producer's first transactional batch opens its transaction (ongoing, by first
// offset); a marker completes it, and a completed one stays "unreplicated" until the high watermark
// passes its marker. The first unstable offset (the lowest of both) bounds the LSO.
import { ErrorCode } from '../../wire/generated/error-codes.js';
import {
  ControlRecordType,
  decodeRecordBatch,
  isControlAttr,
  isTransactionalAttr,
  LAST_OFFSET_DELTA_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  readControlRecordKey,
  readEndTxnMarkerValue,
  readInt64Number,
} from '../../wire/record-batch/index.js';

/** Batches per producer kept for duplicate detection (the producer's max.in.flight limit). */
export const PRODUCER_BATCHES_RETAINED = 5;
/** producer.id.expiration.ms default. */
export const DEFAULT_PRODUCER_ID_EXPIRATION_MS = 86_400_000;
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;

const INT32_MAX = 0x7fffffff;
const BASE_SEQUENCE_AT = 53;
const ATTRIBUTES_LOW_BYTE_AT = 22;
const BATCH_HEADER_BYTES = 61;

const {
  OUT_OF_ORDER_SEQUENCE_NUMBER,
  INVALID_PRODUCER_EPOCH,
  INVALID_TXN_STATE,
  TRANSACTION_COORDINATOR_FENCED,
} = ErrorCode;

/** A transaction ended by a marker (Kafka's CompletedTxn): data from firstOffset, marker at lastOffset. */
export interface CompletedTxn {
  readonly producerId: bigint;
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly isAborted: boolean;
}

/** A checked transaction marker: the transaction it ends (null when none was open) and the LSO after it. */
export type MarkerCheck =
  | { kind: 'ok'; completed: CompletedTxn | null; lastStableOffset: number }
  | { kind: 'error'; errorCode: number; message: string };

export interface BatchMetadata {
  readonly lastSeq: number;
  readonly lastOffset: number;
  readonly offsetDelta: number;
  /** The batch's max timestamp. */
  readonly timestamp: number;
}

/** seq + n modulo the int32 sequence space (sequences wrap from 2^31-1 to 0). */
export function incrementSequence(seq: number, n: number): number {
  return seq > INT32_MAX - n ? n - (INT32_MAX - seq) - 1 : seq + n;
}

export function decrementSequence(seq: number, n: number): number {
  return seq < n ? INT32_MAX - (n - seq) + 1 : seq - n;
}

export function firstSeqOf(b: BatchMetadata): number {
  return decrementSequence(b.lastSeq, b.offsetDelta);
}

/** Whether `next` directly follows `last` (Kafka's inSequence). */
export function inSequence(last: number, next: number): boolean {
  return next === last + 1 || (next === 0 && last === INT32_MAX);
}

export class ProducerStateEntry {
  constructor(
    readonly producerId: bigint,
    public epoch: number,
    /** Oldest first, at most PRODUCER_BATCHES_RETAINED. */
    public batches: BatchMetadata[],
    public coordinatorEpoch: number,
    /** First offset of the ongoing transaction, or -1. */
    public currentTxnFirstOffset: number,
    public lastTimestamp: number,
  ) {}

  static empty(producerId: bigint): ProducerStateEntry {
    return new ProducerStateEntry(producerId, NO_PRODUCER_EPOCH, [], -1, -1, -1);
  }

  get lastSeq(): number {
    const last = this.batches[this.batches.length - 1];
    return last === undefined ? NO_SEQUENCE : last.lastSeq;
  }

  get firstSeq(): number {
    const first = this.batches[0];
    return first === undefined ? NO_SEQUENCE : firstSeqOf(first);
  }

  /** Last offset of the producer's last data batch, or -1. */
  get lastDataOffset(): number {
    const last = this.batches[this.batches.length - 1];
    return last === undefined ? -1 : last.lastOffset;
  }

  clone(): ProducerStateEntry {
    return new ProducerStateEntry(
      this.producerId,
      this.epoch,
      this.batches.slice(),
      this.coordinatorEpoch,
      this.currentTxnFirstOffset,
      this.lastTimestamp,
    );
  }

  /** A cached batch of the current epoch with exactly this sequence range, or null. */
  findDuplicate(epoch: number, firstSeq: number, lastSeq: number): BatchMetadata | null {
    if (epoch !== this.epoch) return null;
    for (const b of this.batches) if (b.lastSeq === lastSeq && firstSeqOf(b) === firstSeq) return b;
    return null;
  }

  /** A new epoch forgets the cached batches of the old one. */
  updateEpoch(epoch: number): void {
    if (epoch === this.epoch) return;
    this.epoch = epoch;
    this.batches = [];
  }

  addBatch(epoch: number, lastSeq: number, lastOffset: number, offsetDelta: number, timestamp: number): void {
    this.updateEpoch(epoch);
    this.batches.push({ lastSeq, lastOffset, offsetDelta, timestamp });
    if (this.batches.length > PRODUCER_BATCHES_RETAINED) this.batches.shift();
    this.lastTimestamp = timestamp;
  }
}

/** The outcome of checking one client append against the producer state. */
export type ProducerCheck =
  | { kind: 'ok'; pending: PendingProducerUpdate | null }
  | { kind: 'duplicate'; firstOffset: number; lastOffset: number; timestamp: number }
  | { kind: 'error'; errorCode: number; message: string };

/** Entries as they will be once the checked append is committed. */
export class PendingProducerUpdate {
  readonly entries = new Map<bigint, ProducerStateEntry>();
}

/** One batch header's producer fields, read without decoding records. */
interface ProducerBatch {
  producerId: bigint;
  epoch: number;
  firstSeq: number;
  lastSeq: number;
  firstOffset: number;
  lastOffset: number;
  maxTimestamp: number;
  transactional: boolean;
  control: boolean;
}

function readProducerBatch(buf: Buffer, pos: number): ProducerBatch {
  const firstOffset = readInt64Number(buf, pos);
  const delta = buf.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET);
  const firstSeq = buf.readInt32BE(pos + BASE_SEQUENCE_AT);
  const attributes = buf[pos + ATTRIBUTES_LOW_BYTE_AT]!;
  return {
    producerId: buf.readBigInt64BE(pos + PRODUCER_ID_OFFSET),
    epoch: buf.readInt16BE(pos + PRODUCER_EPOCH_OFFSET),
    firstSeq,
    lastSeq: firstSeq < 0 ? NO_SEQUENCE : incrementSequence(firstSeq, delta),
    firstOffset,
    lastOffset: firstOffset + delta,
    maxTimestamp: readInt64Number(buf, pos + MAX_TIMESTAMP_OFFSET),
    transactional: isTransactionalAttr(attributes),
    control: isControlAttr(attributes),
  };
}

/** Whether the batch at `pos` carries a producer id (the int64 is non-negative). */
export function hasProducerId(buf: Buffer, pos: number): boolean {
  return buf.readInt32BE(pos + PRODUCER_ID_OFFSET) >= 0;
}

export class ProducerStateManager {
  private readonly producers = new Map<bigint, ProducerStateEntry>();
  /** producerId -> first offset of its open transaction. */
  private readonly ongoing = new Map<bigint, number>();
  /** Completed transactions whose marker is not yet below the high watermark, in marker order. */
  private unreplicated: CompletedTxn[] = [];

  constructor(private readonly topicPartition: string) {}

  get producerCount(): number {
    return this.producers.size;
  }

  entry(producerId: bigint): ProducerStateEntry | undefined {
    return this.producers.get(producerId);
  }

  entries(): IterableIterator<ProducerStateEntry> {
    return this.producers.values();
  }

  /** Replaces the whole state (a loaded snapshot). */
  load(entries: Iterable<ProducerStateEntry>): void {
    this.producers.clear();
    this.ongoing.clear();
    this.unreplicated = [];
    for (const e of entries) {
      this.producers.set(e.producerId, e);
      if (e.currentTxnFirstOffset >= 0) this.ongoing.set(e.producerId, e.currentTxnFirstOffset);
    }
  }

  /** Lowest first offset of an ongoing or unreplicated transaction, or -1 (Kafka's firstUnstableOffset). */
  firstUnstableOffset(): number {
    let first = -1;
    for (const offset of this.ongoing.values()) if (first < 0 || offset < first) first = offset;
    for (const t of this.unreplicated) if (first < 0 || t.firstOffset < first) first = t.firstOffset;
    return first;
  }

  /** The open transactions: producerId -> first offset. */
  ongoingTransactions(): ReadonlyMap<bigint, number> {
    return this.ongoing;
  }

  /** The high watermark moved: completed transactions whose marker is below it are stable. */
  onHighWatermark(hw: number): void {
    if (this.unreplicated.length === 0) return;
    this.unreplicated = this.unreplicated.filter((t) => t.lastOffset >= hw);
  }

  /**
   * Checks and applies a transaction marker at `offset` written by the coordinator (Kafka's
   * appendEndTxnMarker): an older producer epoch is refused (INVALID_PRODUCER_EPOCH), an older
   * coordinator epoch too (TRANSACTION_COORDINATOR_FENCED). A marker with no open transaction is
   * still accepted and written. The completed transaction waits as unreplicated until the high
   * watermark passes `offset`.
   */
  appendMarker(
    producerId: bigint,
    epoch: number,
    coordinatorEpoch: number,
    commit: boolean,
    offset: number,
    timestamp: number,
  ): MarkerCheck {
    const current = this.producers.get(producerId);
    if (current && epoch < current.epoch) {
      return refuse(
        INVALID_PRODUCER_EPOCH,
        `Epoch of producer ${producerId} at offset ${offset} in ${this.topicPartition} is ${epoch}, ` +
          `which is smaller than the last seen epoch ${current.epoch}`,
      ) as MarkerCheck;
    }
    if (current && current.coordinatorEpoch > coordinatorEpoch) {
      return refuse(
        TRANSACTION_COORDINATOR_FENCED,
        `Invalid coordinator epoch for producer ${producerId} at offset ${offset} in ${this.topicPartition}: ` +
          `${coordinatorEpoch} (zombie), ${current.coordinatorEpoch} (current)`,
      ) as MarkerCheck;
    }
    const entry = current ?? ProducerStateEntry.empty(producerId);
    this.producers.set(producerId, entry);
    const completed = this.applyMarker(entry, epoch, coordinatorEpoch, commit, offset, timestamp);
    const lastStableOffset = completed ? this.lastStableOffsetAfter(completed) : -1;
    if (completed) {
      this.ongoing.delete(producerId);
      this.unreplicated.push(completed);
    }
    return { kind: 'ok', completed, lastStableOffset };
  }

  /** The LSO once `completed` is done (Kafka's lastStableOffset(completedTxn)). */
  lastStableOffsetAfter(completed: CompletedTxn): number {
    let next = -1;
    for (const [id, offset] of this.ongoing) {
      if (id !== completed.producerId && (next < 0 || offset < next)) next = offset;
    }
    return next < 0 ? completed.lastOffset + 1 : next;
  }

  private applyMarker(
    entry: ProducerStateEntry,
    epoch: number,
    coordinatorEpoch: number,
    commit: boolean,
    offset: number,
    timestamp: number,
  ): CompletedTxn | null {
    const completed =
      entry.currentTxnFirstOffset >= 0
        ? {
            producerId: entry.producerId,
            firstOffset: entry.currentTxnFirstOffset,
            lastOffset: offset,
            isAborted: !commit,
          }
        : null;
    entry.updateEpoch(epoch);
    entry.currentTxnFirstOffset = -1;
    entry.coordinatorEpoch = coordinatorEpoch;
    entry.lastTimestamp = timestamp;
    return completed;
  }

  /**
   * Checks the batches `buf[0..end)` of one client append, whose base offsets are already written
   * into their headers. Mutates nothing: a clean result carries the update for commit().
   */
  /** `coordinator`: a coordinator's own write (Kafka's AppendOrigin.COORDINATOR): no sequence checks. */
  checkAppend(buf: Buffer, end: number, coordinator = false): ProducerCheck {
    let pending: PendingProducerUpdate | null = null;
    let pos = 0;
    while (pos < end) {
      const size = buf.readInt32BE(pos + 8) + 12;
      if (hasProducerId(buf, pos)) {
        const b = readProducerBatch(buf, pos);
        const current = this.producers.get(b.producerId);
        // A retry of a batch already in the log: answer with where it went, append nothing.
        const duplicate = coordinator ? null : current?.findDuplicate(b.epoch, b.firstSeq, b.lastSeq);
        if (duplicate) {
          return {
            kind: 'duplicate',
            firstOffset: duplicate.lastOffset - duplicate.offsetDelta,
            lastOffset: duplicate.lastOffset,
            timestamp: duplicate.timestamp,
          };
        }
        pending ??= new PendingProducerUpdate();
        let updated = pending.entries.get(b.producerId);
        if (updated === undefined) {
          updated = current ? current.clone() : ProducerStateEntry.empty(b.producerId);
          pending.entries.set(b.producerId, updated);
        }
        const problem = this.validate(b, updated, current?.epoch ?? NO_PRODUCER_EPOCH, coordinator);
        if (problem) return problem;
        updated.addBatch(b.epoch, b.lastSeq, b.lastOffset, b.lastOffset - b.firstOffset, b.maxTimestamp);
        if (updated.currentTxnFirstOffset < 0 && b.transactional)
          updated.currentTxnFirstOffset = b.firstOffset;
      }
      pos += size;
    }
    return { kind: 'ok', pending };
  }

  /** Applies a checked append's update; call in the same tick as checkAppend. */
  commit(pending: PendingProducerUpdate): void {
    for (const [id, entry] of pending.entries) {
      this.producers.set(id, entry);
      if (entry.currentTxnFirstOffset >= 0 && !this.ongoing.has(id)) {
        this.ongoing.set(id, entry.currentTxnFirstOffset);
      }
    }
  }

  /**
   * Applies one stored batch header (recovery, and later replication): no sequence checks and an
   * older epoch is taken as it comes, as Kafka does for appends that are not from a client. A
   * control batch must be whole in `buf` (its marker record is read); the transaction it completes
   * is returned with the LSO after it, for rebuilding the transaction index.
   */
  replayBatch(buf: Buffer, pos: number): { completed: CompletedTxn; lastStableOffset: number } | null {
    if (buf.length - pos < BATCH_HEADER_BYTES || !hasProducerId(buf, pos)) return null;
    const b = readProducerBatch(buf, pos);
    let entry = this.producers.get(b.producerId);
    if (entry === undefined) {
      entry = ProducerStateEntry.empty(b.producerId);
      this.producers.set(b.producerId, entry);
    }
    if (b.control) {
      // A transaction marker ends the producer's transaction (markers are written by the
      // transaction coordinator, never by clients).
      const marker = readMarker(buf, pos);
      const coordinatorEpoch = marker?.coordinatorEpoch ?? entry.coordinatorEpoch;
      const commit = marker === null ? true : marker.commit;
      const completed = this.applyMarker(
        entry,
        b.epoch,
        coordinatorEpoch,
        commit,
        b.firstOffset,
        b.maxTimestamp,
      );
      if (!completed) return null;
      const lastStableOffset = this.lastStableOffsetAfter(completed);
      this.ongoing.delete(b.producerId);
      return { completed, lastStableOffset };
    }
    entry.addBatch(b.epoch, b.lastSeq, b.lastOffset, b.lastOffset - b.firstOffset, b.maxTimestamp);
    if (entry.currentTxnFirstOffset < 0 && b.transactional) {
      entry.currentTxnFirstOffset = b.firstOffset;
      this.ongoing.set(b.producerId, b.firstOffset);
    }
    return null;
  }

  /**
   * Drops producers idle for at least `expirationMs` (by their last batch timestamp) with no
   * transaction open, as producer.id.expiration.ms does. Returns how many went.
   */
  removeExpired(nowMs: number, expirationMs: number): number {
    let removed = 0;
    for (const [id, e] of this.producers) {
      if (isExpired(e, nowMs, expirationMs)) {
        this.producers.delete(id);
        removed++;
      }
    }
    return removed;
  }

  /** Last offset of each producer's last data batch (compaction keeps those batches). */
  lastDataOffsets(): Map<bigint, number> {
    const out = new Map<bigint, number>();
    for (const e of this.producers.values())
      if (e.lastDataOffset >= 0) out.set(e.producerId, e.lastDataOffset);
    return out;
  }

  private validate(
    b: ProducerBatch,
    updated: ProducerStateEntry,
    committedEpoch: number,
    coordinator = false,
  ): ProducerCheck | null {
    if (b.epoch < updated.epoch) {
      return refuse(
        INVALID_PRODUCER_EPOCH,
        `Epoch of producer ${b.producerId} at offset ${b.firstOffset} in ${this.topicPartition} is ${b.epoch}, ` +
          `which is smaller than the last seen epoch ${updated.epoch}`,
      );
    }
    if (coordinator) {
      // A coordinator's write carries no client sequence.
    } else if (b.epoch !== updated.epoch) {
      // A new epoch starts at sequence 0, unless nothing is known of the producer.
      if (b.firstSeq !== 0 && updated.epoch !== NO_PRODUCER_EPOCH) {
        return refuse(
          OUT_OF_ORDER_SEQUENCE_NUMBER,
          `Invalid sequence number for new epoch of producer ${b.producerId} at offset ${b.firstOffset} in ` +
            `${this.topicPartition}: ${b.epoch} (request epoch), ${b.firstSeq} (seq. number), ` +
            `${updated.epoch} (current producer epoch)`,
        );
      }
    } else if (committedEpoch !== NO_PRODUCER_EPOCH && !inSequence(updated.lastSeq, b.firstSeq)) {
      // With no state (new, expired or removed producer) any sequence is accepted, as in Kafka.
      return refuse(
        OUT_OF_ORDER_SEQUENCE_NUMBER,
        `Out of order sequence number for producer ${b.producerId} at offset ${b.firstOffset} in ` +
          `${this.topicPartition}: ${b.firstSeq} (incoming seq. number), ${updated.lastSeq} (current end sequence number)`,
      );
    }
    if (updated.currentTxnFirstOffset >= 0 && !b.transactional) {
      return refuse(
        INVALID_TXN_STATE,
        `Expected transactional write from producer ${b.producerId} at offset ${b.firstOffset} in ${this.topicPartition}`,
      );
    }
    return null;
  }
}

/** The marker of the control batch at `pos` (whole in `buf`), or null when it is not an end marker. */
function readMarker(buf: Buffer, pos: number): { commit: boolean; coordinatorEpoch: number } | null {
  const size = buf.readInt32BE(pos + 8) + 12;
  if (buf.length - pos < size) return null;
  const decoded = decodeRecordBatch(buf.subarray(pos, pos + size));
  const record = decoded.ok ? decoded.batch.records[0] : undefined;
  if (!record) return null;
  try {
    const key = readControlRecordKey(record.key);
    if (key.type !== ControlRecordType.ABORT && key.type !== ControlRecordType.COMMIT) return null;
    const value = readEndTxnMarkerValue(record.value);
    return { commit: key.type === ControlRecordType.COMMIT, coordinatorEpoch: value.coordinatorEpoch };
  } catch {
    return null;
  }
}

export function isExpired(e: ProducerStateEntry, nowMs: number, expirationMs: number): boolean {
  return e.currentTxnFirstOffset < 0 && nowMs - e.lastTimestamp >= expirationMs;
}

function refuse(errorCode: number, message: string): ProducerCheck {
  return { kind: 'error', errorCode, message };
}
