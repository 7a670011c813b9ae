// Walking and checking a records blob without decoding records. BatchIterator steps over the
// batches (v2 batches and legacy v0/v1 entries share offset/length/magic positions) and reports a
// trailing partial batch, which Kafka allows at the end of fetch data. validateBatch runs the
// header, size and CRC checks a broker does on produce and returns a RecordProblem instead of throwing.

import {
  ATTRIBUTES_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BATCH_LENGTH_OFFSET,
  CONTROL_FLAG_MASK,
  CRC_OFFSET,
  computeCrc,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MIN_BATCH_LENGTH,
  PRODUCER_ID_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RECORDS_COUNT_OFFSET,
} from './batch-header.js';
import { problem, type RecordProblem } from './errors.js';

/** Bytes needed to read the magic byte of any batch or legacy message. */
export const HEADER_SIZE_UP_TO_MAGIC = MAGIC_OFFSET + 1;
/** Smallest legal size field (batchLength / message_size) per magic. */
export const LEGACY_MIN_MESSAGE_SIZE_V0 = 14;
export const LEGACY_MIN_MESSAGE_SIZE_V1 = 22;
/** Smallest possible v2 record: length, attributes, timestampDelta, offsetDelta, key, value, headers. */
export const MIN_RECORD_SIZE = 7;

export interface BatchSpan {
  offset: number;
  size: number;
  magic: number;
}

export interface SplitOptions {
  /** Batches larger than this (whole size, bytes) are CORRUPT_MESSAGE, as in Kafka's reader. */
  maxBatchBytes?: number;
}

function minSizeField(magic: number): number {
  if (magic === 2) return MIN_BATCH_LENGTH;
  return magic === 1 ? LEGACY_MIN_MESSAGE_SIZE_V1 : LEGACY_MIN_MESSAGE_SIZE_V0;
}

/**
 * Allocation-free cursor over the batches of buf[start, end). After `next()` returns true,
 * `offset`, `size` and `magic` describe the current batch. When it returns false, `error` is set
 * for a malformed batch, and `truncatedBytes` counts the bytes of an incomplete trailing batch.
 */
export class BatchIterator {
  offset = 0;
  size = 0;
  magic = 0;
  truncatedBytes = 0;
  error: RecordProblem | null = null;
  private pos: number;
  private done = false;
  private readonly buf: Buffer;
  private readonly end: number;
  private readonly maxBatchBytes: number;

  constructor(buf: Buffer, options: SplitOptions = {}, start = 0, end: number = buf.length) {
    this.buf = buf;
    this.end = Math.max(0, Math.min(end, buf.length));
    this.pos = Math.max(0, Math.min(start, this.end));
    this.maxBatchBytes = options.maxBatchBytes ?? Number.POSITIVE_INFINITY;
  }

  next(): boolean {
    if (this.done) return false;
    const buf = this.buf;
    const pos = this.pos;
    const remaining = this.end - pos;
    if (remaining < LOG_OVERHEAD) return this.finish(remaining);
    const sizeField = buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
    if (sizeField < LEGACY_MIN_MESSAGE_SIZE_V0) {
      return this.fail(`batch at byte ${pos} has size ${sizeField}, below the minimum`);
    }
    const size = sizeField + LOG_OVERHEAD;
    if (size > this.maxBatchBytes) {
      return this.fail(`batch at byte ${pos} has size ${size}, larger than the limit ${this.maxBatchBytes}`);
    }
    if (remaining < HEADER_SIZE_UP_TO_MAGIC) return this.finish(remaining);
    const magic = buf.readInt8(pos + MAGIC_OFFSET);
    if (magic < 0 || magic > 2) return this.fail(`batch at byte ${pos} has invalid magic ${magic}`);
    if (sizeField < minSizeField(magic)) {
      return this.fail(`batch at byte ${pos} with magic ${magic} has size ${sizeField}, below the minimum`);
    }
    if (size > remaining) return this.finish(remaining);
    this.offset = pos;
    this.size = size;
    this.magic = magic;
    this.pos = pos + size;
    return true;
  }

  private finish(truncatedBytes: number): false {
    this.truncatedBytes = truncatedBytes;
    this.done = true;
    return false;
  }

  private fail(message: string): false {
    this.error = problem('CORRUPT_MESSAGE', message);
    this.done = true;
    return false;
  }
}

export interface BatchSplit {
  batches: BatchSpan[];
  /** Bytes of an incomplete trailing batch (0 when the blob ends on a batch boundary). */
  truncatedBytes: number;
  /** Set when a batch is malformed; `batches` then holds the good ones before it. */
  error: RecordProblem | null;
}

/** Lists the complete batches of a records blob. */
export function splitBatches(buf: Buffer, options: SplitOptions = {}): BatchSplit {
  const it = new BatchIterator(buf, options);
  const batches: BatchSpan[] = [];
  while (it.next()) batches.push({ offset: it.offset, size: it.size, magic: it.magic });
  return { batches, truncatedBytes: it.truncatedBytes, error: it.error };
}

export interface ValidateOptions {
  /**
   * Apply the checks Kafka makes on batches written by clients: a positive record count equal to
   * lastOffsetDelta + 1, no control batches, and a sequence when a producer id is set.
   */
  fromClient?: boolean;
}

/** Checks the v2 batch at `offset`: sizes, magic, CRC, codec, record count. Null when valid. */
export function validateBatch(buf: Buffer, offset = 0, options: ValidateOptions = {}): RecordProblem | null {
  if (!Number.isInteger(offset) || offset < 0 || offset > buf.length) {
    return problem('CORRUPT_MESSAGE', `batch offset ${offset} is outside the buffer`);
  }
  const available = buf.length - offset;
  if (available < HEADER_SIZE_UP_TO_MAGIC) {
    return problem('CORRUPT_MESSAGE', `batch has ${available} bytes, too few to hold a header`);
  }
  const magic = buf.readInt8(offset + MAGIC_OFFSET);
  if (magic === 0 || magic === 1) {
    return problem(
      'UNSUPPORTED_FOR_MESSAGE_FORMAT',
      `magic ${magic} is a legacy message set, not a v2 batch`,
    );
  }
  if (magic !== 2) return problem('CORRUPT_MESSAGE', `invalid magic ${magic}`);
  if (available < RECORD_BATCH_OVERHEAD) {
    return problem(
      'CORRUPT_MESSAGE',
      `batch has ${available} bytes, fewer than the ${RECORD_BATCH_OVERHEAD}-byte header`,
    );
  }
  const batchLength = buf.readInt32BE(offset + BATCH_LENGTH_OFFSET);
  if (batchLength < MIN_BATCH_LENGTH) {
    return problem('CORRUPT_MESSAGE', `batchLength ${batchLength} is below the minimum ${MIN_BATCH_LENGTH}`);
  }
  if (batchLength > available - LOG_OVERHEAD) {
    return problem(
      'CORRUPT_MESSAGE',
      `batchLength ${batchLength} exceeds the ${available - LOG_OVERHEAD} bytes present`,
    );
  }
  const storedCrc = buf.readUInt32BE(offset + CRC_OFFSET);
  const computedCrc = computeCrc(buf, offset);
  if (storedCrc !== computedCrc) {
    return problem(
      'CORRUPT_MESSAGE',
      `record batch is corrupt (stored crc = ${storedCrc}, computed crc = ${computedCrc})`,
    );
  }
  const attributes = buf.readInt16BE(offset + ATTRIBUTES_OFFSET);
  const codec = attributes & 0x07;
  if (codec > 4) return problem('UNSUPPORTED_COMPRESSION_TYPE', `unknown compression codec ${codec}`);
  const count = buf.readInt32BE(offset + RECORDS_COUNT_OFFSET);
  if (count < 0) return problem('INVALID_RECORD', `invalid record count ${count}`);
  const recordsBytes = batchLength + LOG_OVERHEAD - RECORD_BATCH_OVERHEAD;
  if (codec === 0 && count > recordsBytes / MIN_RECORD_SIZE) {
    return problem('INVALID_RECORD', `record count ${count} cannot fit in ${recordsBytes} bytes of records`);
  }
  if (options.fromClient) return validateClientFields(buf, offset, attributes, count);
  return null;
}

function validateClientFields(
  buf: Buffer,
  offset: number,
  attributes: number,
  count: number,
): RecordProblem | null {
  const lastOffsetDelta = buf.readInt32BE(offset + LAST_OFFSET_DELTA_OFFSET);
  if (lastOffsetDelta < 0)
    return problem(
      'INVALID_RECORD',
      `batch has an invalid offset range (lastOffsetDelta ${lastOffsetDelta})`,
    );
  if (count <= 0) return problem('INVALID_RECORD', `invalid reported count for record batch: ${count}`);
  if (count !== lastOffsetDelta + 1) {
    return problem(
      'INVALID_RECORD',
      `inconsistent lastOffsetDelta ${lastOffsetDelta} and count of records ${count}`,
    );
  }
  if ((attributes & CONTROL_FLAG_MASK) !== 0) {
    return problem('INVALID_RECORD', 'clients are not allowed to write control records');
  }
  const hasProducerId = buf.readInt32BE(offset + PRODUCER_ID_OFFSET) >= 0;
  const baseSequence = buf.readInt32BE(offset + BASE_SEQUENCE_OFFSET);
  if (hasProducerId && baseSequence < 0) {
    return problem('INVALID_RECORD', `invalid sequence number ${baseSequence} in a batch with a producer id`);
  }
  return null;
}
