// RecordBatch v2 header: field offsets, a zero-copy view whose getters read straight from the
// Buffer, attribute helpers, and the few in-place edits the broker makes (baseOffset and
// partitionLeaderEpoch sit outside the CRC; maxTimestamp/timestampType need the CRC recomputed).
// CRC-32C covers attributes..end of batch and is computed natively over the whole batch.

import { crc32c } from '@node-rs/crc32';
import { RecordBatchError } from './errors.js';

export const BASE_OFFSET_OFFSET = 0;
export const BATCH_LENGTH_OFFSET = 8;
export const PARTITION_LEADER_EPOCH_OFFSET = 12;
export const MAGIC_OFFSET = 16;
export const CRC_OFFSET = 17;
export const ATTRIBUTES_OFFSET = 21;
export const LAST_OFFSET_DELTA_OFFSET = 23;
export const BASE_TIMESTAMP_OFFSET = 27;
export const MAX_TIMESTAMP_OFFSET = 35;
export const PRODUCER_ID_OFFSET = 43;
export const PRODUCER_EPOCH_OFFSET = 51;
export const BASE_SEQUENCE_OFFSET = 53;
export const RECORDS_COUNT_OFFSET = 57;
export const RECORDS_OFFSET = 61;

/** baseOffset + batchLength: the bytes not counted by batchLength. */
export const LOG_OVERHEAD = 12;
/** Size of a v2 batch with no records. */
export const RECORD_BATCH_OVERHEAD = RECORDS_OFFSET;
/** Smallest legal batchLength for magic 2. */
export const MIN_BATCH_LENGTH = RECORD_BATCH_OVERHEAD - LOG_OVERHEAD;
export const CURRENT_MAGIC = 2;

export const COMPRESSION_CODEC_MASK = 0x07;
export const TIMESTAMP_TYPE_MASK = 0x08;
export const TRANSACTIONAL_FLAG_MASK = 0x10;
export const CONTROL_FLAG_MASK = 0x20;
export const DELETE_HORIZON_FLAG_MASK = 0x40;

export const CompressionCodec = { NONE: 0, GZIP: 1, SNAPPY: 2, LZ4: 3, ZSTD: 4 } as const;
export type CompressionCodec = (typeof CompressionCodec)[keyof typeof CompressionCodec];

export const TimestampType = { CREATE_TIME: 0, LOG_APPEND_TIME: 1 } as const;
export type TimestampType = (typeof TimestampType)[keyof typeof TimestampType];

/** Kafka's RecordBatch.NO_TIMESTAMP, NO_PRODUCER_ID, NO_PRODUCER_EPOCH, NO_SEQUENCE. */
export const NO_TIMESTAMP = -1n;
export const NO_PRODUCER_ID = -1n;
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;
export const NO_PARTITION_LEADER_EPOCH = -1;

/** Raw codec bits (0-7); values above 4 are invalid and reported by validateBatch. */
export function compressionOf(attributes: number): number {
  return attributes & COMPRESSION_CODEC_MASK;
}
export function timestampTypeOf(attributes: number): TimestampType {
  return (attributes & TIMESTAMP_TYPE_MASK) === 0 ? 0 : 1;
}
export function isTransactionalAttr(attributes: number): boolean {
  return (attributes & TRANSACTIONAL_FLAG_MASK) !== 0;
}
export function isControlAttr(attributes: number): boolean {
  return (attributes & CONTROL_FLAG_MASK) !== 0;
}
export function hasDeleteHorizonAttr(attributes: number): boolean {
  return (attributes & DELETE_HORIZON_FLAG_MASK) !== 0;
}

export interface AttributeFields {
  compression?: number;
  timestampType?: TimestampType;
  isTransactional?: boolean;
  isControl?: boolean;
  hasDeleteHorizon?: boolean;
}

export function makeAttributes(fields: AttributeFields): number {
  let attributes = (fields.compression ?? 0) & COMPRESSION_CODEC_MASK;
  if (fields.timestampType === 1) attributes |= TIMESTAMP_TYPE_MASK;
  if (fields.isTransactional) attributes |= TRANSACTIONAL_FLAG_MASK;
  if (fields.isControl) attributes |= CONTROL_FLAG_MASK;
  if (fields.hasDeleteHorizon) attributes |= DELETE_HORIZON_FLAG_MASK;
  return attributes;
}

/** Reads an int64 as a number; exact while the value is a safe integer (offsets, timestamps). */
export function readInt64Number(buf: Buffer, offset: number): number {
  return buf.readInt32BE(offset) * 4294967296 + buf.readUInt32BE(offset + 4);
}

function checkHeaderFits(buf: Buffer, offset: number): void {
  if (!Number.isInteger(offset) || offset < 0 || buf.length - offset < RECORD_BATCH_OVERHEAD) {
    throw new RecordBatchError(
      'CORRUPT_MESSAGE',
      `record batch header needs ${RECORD_BATCH_OVERHEAD} bytes at offset ${offset}, buffer has ${buf.length}`,
    );
  }
}

/**
 * View over the header of one v2 batch at `offset`. Construction checks the 61 header bytes exist;
 * it does not check magic, sizes or CRC (see validateBatch). Reuse one view with `reset`.
 */
export class RecordBatchHeader {
  buf: Buffer;
  offset: number;

  constructor(buf: Buffer, offset = 0) {
    checkHeaderFits(buf, offset);
    this.buf = buf;
    this.offset = offset;
  }

  reset(buf: Buffer, offset = 0): this {
    checkHeaderFits(buf, offset);
    this.buf = buf;
    this.offset = offset;
    return this;
  }

  get baseOffset(): bigint {
    return this.buf.readBigInt64BE(this.offset + BASE_OFFSET_OFFSET);
  }
  get baseOffsetNumber(): number {
    return readInt64Number(this.buf, this.offset + BASE_OFFSET_OFFSET);
  }
  get batchLength(): number {
    return this.buf.readInt32BE(this.offset + BATCH_LENGTH_OFFSET);
  }
  /** Whole batch size on the wire (batchLength + 12). */
  get sizeInBytes(): number {
    return this.buf.readInt32BE(this.offset + BATCH_LENGTH_OFFSET) + LOG_OVERHEAD;
  }
  get partitionLeaderEpoch(): number {
    return this.buf.readInt32BE(this.offset + PARTITION_LEADER_EPOCH_OFFSET);
  }
  get magic(): number {
    return this.buf.readInt8(this.offset + MAGIC_OFFSET);
  }
  get crc(): number {
    return this.buf.readUInt32BE(this.offset + CRC_OFFSET);
  }
  get attributes(): number {
    return this.buf.readInt16BE(this.offset + ATTRIBUTES_OFFSET);
  }
  get compression(): number {
    return this.buf[this.offset + ATTRIBUTES_OFFSET + 1]! & COMPRESSION_CODEC_MASK;
  }
  get timestampType(): TimestampType {
    return timestampTypeOf(this.buf[this.offset + ATTRIBUTES_OFFSET + 1]!);
  }
  get isTransactional(): boolean {
    return isTransactionalAttr(this.buf[this.offset + ATTRIBUTES_OFFSET + 1]!);
  }
  get isControl(): boolean {
    return isControlAttr(this.buf[this.offset + ATTRIBUTES_OFFSET + 1]!);
  }
  get hasDeleteHorizon(): boolean {
    return hasDeleteHorizonAttr(this.buf[this.offset + ATTRIBUTES_OFFSET + 1]!);
  }
  get lastOffsetDelta(): number {
    return this.buf.readInt32BE(this.offset + LAST_OFFSET_DELTA_OFFSET);
  }
  get lastOffset(): bigint {
    return this.baseOffset + BigInt(this.lastOffsetDelta);
  }
  get lastOffsetNumber(): number {
    return this.baseOffsetNumber + this.lastOffsetDelta;
  }
  get baseTimestamp(): bigint {
    return this.buf.readBigInt64BE(this.offset + BASE_TIMESTAMP_OFFSET);
  }
  get baseTimestampNumber(): number {
    return readInt64Number(this.buf, this.offset + BASE_TIMESTAMP_OFFSET);
  }
  get maxTimestamp(): bigint {
    return this.buf.readBigInt64BE(this.offset + MAX_TIMESTAMP_OFFSET);
  }
  get maxTimestampNumber(): number {
    return readInt64Number(this.buf, this.offset + MAX_TIMESTAMP_OFFSET);
  }
  get producerId(): bigint {
    return this.buf.readBigInt64BE(this.offset + PRODUCER_ID_OFFSET);
  }
  get producerIdNumber(): number {
    return readInt64Number(this.buf, this.offset + PRODUCER_ID_OFFSET);
  }
  get hasProducerId(): boolean {
    return this.buf.readInt32BE(this.offset + PRODUCER_ID_OFFSET) >= 0;
  }
  get producerEpoch(): number {
    return this.buf.readInt16BE(this.offset + PRODUCER_EPOCH_OFFSET);
  }
  get baseSequence(): number {
    return this.buf.readInt32BE(this.offset + BASE_SEQUENCE_OFFSET);
  }
  /** Sequence of the last record; wraps past int32 max like Kafka, -1 when there is none. */
  get lastSequence(): number {
    const base = this.baseSequence;
    if (base === NO_SEQUENCE) return NO_SEQUENCE;
    return (base + this.lastOffsetDelta) % 2147483648;
  }
  get recordsCount(): number {
    return this.buf.readInt32BE(this.offset + RECORDS_COUNT_OFFSET);
  }
}

/** CRC-32C of attributes..end of the batch at `offset`; the caller has checked batchLength fits. */
export function computeCrc(buf: Buffer, offset: number): number {
  const end = offset + buf.readInt32BE(offset + BATCH_LENGTH_OFFSET) + LOG_OVERHEAD;
  return crc32c(buf.subarray(offset + ATTRIBUTES_OFFSET, end)) >>> 0;
}

/** True when the header fits, batchLength fits the buffer and the stored CRC matches. Never throws. */
export function verifyCrc(buf: Buffer, offset = 0): boolean {
  if (!Number.isInteger(offset) || offset < 0 || buf.length - offset < RECORD_BATCH_OVERHEAD) return false;
  const batchLength = buf.readInt32BE(offset + BATCH_LENGTH_OFFSET);
  if (batchLength < MIN_BATCH_LENGTH || batchLength > buf.length - offset - LOG_OVERHEAD) return false;
  return computeCrc(buf, offset) === buf.readUInt32BE(offset + CRC_OFFSET);
}

function checkWholeBatch(buf: Buffer, offset: number): void {
  checkHeaderFits(buf, offset);
  const batchLength = buf.readInt32BE(offset + BATCH_LENGTH_OFFSET);
  if (batchLength < MIN_BATCH_LENGTH || batchLength > buf.length - offset - LOG_OVERHEAD) {
    throw new RecordBatchError('CORRUPT_MESSAGE', `batchLength ${batchLength} does not fit the buffer`);
  }
}

/** Recomputes and stores the CRC of the batch at `offset`. */
export function recomputeCrc(buf: Buffer, offset = 0): void {
  checkWholeBatch(buf, offset);
  buf.writeUInt32BE(computeCrc(buf, offset), offset + CRC_OFFSET);
}

/** Assigns the batch's base offset (outside the CRC: no recompute). */
export function setBaseOffset(buf: Buffer, offset: number, baseOffset: bigint | number): void {
  checkHeaderFits(buf, offset);
  buf.writeBigInt64BE(typeof baseOffset === 'bigint' ? baseOffset : BigInt(baseOffset), offset);
}

/** Stamps the partition leader epoch (outside the CRC: no recompute). */
export function setPartitionLeaderEpoch(buf: Buffer, offset: number, epoch: number): void {
  checkHeaderFits(buf, offset);
  buf.writeInt32BE(epoch, offset + PARTITION_LEADER_EPOCH_OFFSET);
}

/**
 * Sets maxTimestamp and the timestamp type (e.g. LogAppendTime) and recomputes the CRC, skipping the
 * work when both already hold those values.
 */
export function setMaxTimestamp(
  buf: Buffer,
  offset: number,
  timestampType: TimestampType,
  maxTimestamp: bigint | number,
): void {
  checkWholeBatch(buf, offset);
  const ts = typeof maxTimestamp === 'bigint' ? maxTimestamp : BigInt(maxTimestamp);
  const attrAt = offset + ATTRIBUTES_OFFSET + 1;
  const current = buf[attrAt]!;
  const wanted = timestampType === 1 ? current | TIMESTAMP_TYPE_MASK : current & ~TIMESTAMP_TYPE_MASK;
  if (current === wanted && buf.readBigInt64BE(offset + MAX_TIMESTAMP_OFFSET) === ts) return;
  buf[attrAt] = wanted;
  buf.writeBigInt64BE(ts, offset + MAX_TIMESTAMP_OFFSET);
  buf.writeUInt32BE(computeCrc(buf, offset), offset + CRC_OFFSET);
}
