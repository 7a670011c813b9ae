// Encoding and decoding of v2 records and whole record batches, for the places that need record
// contents (coordinators, compaction, format conversion, tests); produce and fetch keep batches
// opaque. Encoding sizes every record first, then writes one Buffer (compressing the records
// section when a codec is set) and one CRC-32C. Decoding validates the batch first, inflates a
// compressed records section within a byte limit, and returns a RecordProblem instead of throwing.

import {
  ATTRIBUTES_OFFSET,
  type AttributeFields,
  BASE_OFFSET_OFFSET,
  BASE_SEQUENCE_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_LENGTH_OFFSET,
  CRC_OFFSET,
  CURRENT_MAGIC,
  computeCrc,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  makeAttributes,
  NO_PARTITION_LEADER_EPOCH,
  PARTITION_LEADER_EPOCH_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  PRODUCER_ID_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RECORDS_COUNT_OFFSET,
  RecordBatchHeader,
  type TimestampType,
} from './batch-header.js';
import { validateBatch } from './batch-scan.js';
import { compress, DEFAULT_DECOMPRESSED_BYTES_MAX, decompress, isCodecId } from './compression.js';
import { asProblem, RecordBatchError, type RecordProblem } from './errors.js';
import {
  type Cursor,
  readVarint,
  readVarlong,
  sizeOfVarint,
  sizeOfVarlong,
  sizeOfVarlongNumber,
  writeVarint,
  writeVarlong,
  writeVarlongNumber,
} from './varint.js';

export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

export interface RecordInput {
  key: Buffer | null;
  value: Buffer | null;
  headers?: readonly RecordHeader[];
  /** Milliseconds; any int64 (bigint) or safe integer (number). */
  timestamp: bigint | number;
  /** Defaults to the record's index in the batch. */
  offsetDelta?: number;
}

export interface RecordBatchInput extends AttributeFields {
  /** gzip (0-9) or zstd level for a compressed batch; the codec's default when unset. */
  compressionLevel?: number;
  baseOffset?: bigint | number;
  partitionLeaderEpoch?: number;
  producerId?: bigint | number;
  producerEpoch?: number;
  baseSequence?: number;
  records: readonly RecordInput[];
  /** Defaults to the first record's timestamp (-1 with no records). */
  baseTimestamp?: bigint | number;
  /** Defaults to the largest record timestamp (-1 with no records). */
  maxTimestamp?: bigint | number;
  /** Defaults to the last record's offsetDelta (0 with no records). */
  lastOffsetDelta?: number;
}

export interface DecodedRecord {
  attributes: number;
  /** Absolute timestamp; for LogAppendTime batches this is the batch maxTimestamp, as in Kafka. */
  timestamp: bigint;
  offsetDelta: number;
  /** key, value and header values are views into the decoded buffer, not copies. */
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
}

export interface DecodedRecordBatch {
  baseOffset: bigint;
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  attributes: number;
  compression: number;
  timestampType: TimestampType;
  isTransactional: boolean;
  isControl: boolean;
  hasDeleteHorizon: boolean;
  lastOffsetDelta: number;
  baseTimestamp: bigint;
  maxTimestamp: bigint;
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
  records: DecodedRecord[];
}

export type DecodeResult =
  | { ok: true; batch: DecodedRecordBatch; size: number }
  | { ok: false; error: RecordProblem };

/** Smallest record body: attributes, timestampDelta, offsetDelta, key len, value len, header count. */
const MIN_RECORD_BODY = 6;

function toBigInt(value: bigint | number, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value))
    throw new RecordBatchError('INVALID_RECORD', `${what} ${value} is not an integer`);
  return BigInt(value);
}

/** Timestamp delta as a number when exact, else as a bigint. */
function timestampDelta(timestamp: bigint | number, base: bigint | number): bigint | number {
  if (typeof timestamp === 'number' && typeof base === 'number') {
    if (!Number.isSafeInteger(timestamp)) {
      throw new RecordBatchError('INVALID_RECORD', `timestamp ${timestamp} is not an integer`);
    }
    const delta = timestamp - base;
    if (Number.isSafeInteger(delta)) return delta;
  }
  return toBigInt(timestamp, 'timestamp') - toBigInt(base, 'timestamp');
}

function bytesSize(bytes: Buffer | null): number {
  return bytes === null ? 1 : sizeOfVarint(bytes.length) + bytes.length;
}

function writeBytes(buf: Buffer, offset: number, bytes: Buffer | null): number {
  if (bytes === null) return writeVarint(buf, offset, -1);
  offset = writeVarint(buf, offset, bytes.length);
  return offset + bytes.copy(buf, offset);
}

/** Size of one record's body (everything after its length varint). */
function recordBodySize(record: RecordInput, index: number, baseTimestamp: bigint | number): number {
  const delta = timestampDelta(record.timestamp, baseTimestamp);
  let size = 1 + (typeof delta === 'number' ? sizeOfVarlongNumber(delta) : sizeOfVarlong(delta));
  size += sizeOfVarint(record.offsetDelta ?? index);
  size += bytesSize(record.key) + bytesSize(record.value);
  const headers = record.headers;
  const headerCount = headers === undefined ? 0 : headers.length;
  size += sizeOfVarint(headerCount);
  for (let h = 0; h < headerCount; h++) {
    const header = headers![h]!;
    const keyBytes = Buffer.byteLength(header.key, 'utf8');
    size += sizeOfVarint(keyBytes) + keyBytes + bytesSize(header.value);
  }
  return size;
}

function writeRecord(
  buf: Buffer,
  offset: number,
  record: RecordInput,
  index: number,
  bodySize: number,
  baseTimestamp: bigint | number,
): number {
  offset = writeVarint(buf, offset, bodySize);
  buf[offset++] = 0; // record attributes: unused
  const delta = timestampDelta(record.timestamp, baseTimestamp);
  offset =
    typeof delta === 'number' ? writeVarlongNumber(buf, offset, delta) : writeVarlong(buf, offset, delta);
  offset = writeVarint(buf, offset, record.offsetDelta ?? index);
  offset = writeBytes(buf, offset, record.key);
  offset = writeBytes(buf, offset, record.value);
  const headers = record.headers;
  const headerCount = headers === undefined ? 0 : headers.length;
  offset = writeVarint(buf, offset, headerCount);
  for (let h = 0; h < headerCount; h++) {
    const header = headers![h]!;
    offset = writeVarint(buf, offset, Buffer.byteLength(header.key, 'utf8'));
    offset += buf.write(header.key, offset, 'utf8');
    offset = writeBytes(buf, offset, header.value);
  }
  return offset;
}

/** Sizes the records section; fills bodySizes[i] with each record's body size. */
export function sizeRecords(
  records: readonly RecordInput[],
  baseTimestamp: bigint | number,
  bodySizes: Int32Array,
): number {
  let total = 0;
  for (let i = 0; i < records.length; i++) {
    const body = recordBodySize(records[i]!, i, baseTimestamp);
    bodySizes[i] = body;
    total += sizeOfVarint(body) + body;
  }
  return total;
}

/** Writes the records section sized by sizeRecords; returns the offset after it. */
export function writeRecords(
  buf: Buffer,
  offset: number,
  records: readonly RecordInput[],
  baseTimestamp: bigint | number,
  bodySizes: Int32Array,
): number {
  for (let i = 0; i < records.length; i++) {
    offset = writeRecord(buf, offset, records[i]!, i, bodySizes[i]!, baseTimestamp);
  }
  return offset;
}

function maxTimestampOf(records: readonly RecordInput[]): bigint {
  if (records.length === 0) return -1n;
  let max = toBigInt(records[0]!.timestamp, 'timestamp');
  for (let i = 1; i < records.length; i++) {
    const ts = toBigInt(records[i]!.timestamp, 'timestamp');
    if (ts > max) max = ts;
  }
  return max;
}

/**
 * Encodes one v2 batch into a new Buffer, CRC included; `compression` (attributes bits 0-2) selects
 * the codec for the records section. Throws RecordBatchError.
 */
export function encodeRecordBatch(input: RecordBatchInput): Buffer {
  const compression = input.compression ?? 0;
  if (!isCodecId(compression)) {
    throw new RecordBatchError('UNSUPPORTED_COMPRESSION_TYPE', `unknown compression codec ${compression}`);
  }
  const records = input.records;
  const count = records.length;
  const baseTimestamp = input.baseTimestamp ?? (count > 0 ? records[0]!.timestamp : -1);
  const bodySizes = new Int32Array(count);
  const recordsSize = sizeRecords(records, baseTimestamp, bodySizes);
  let compressed: Buffer | null = null;
  if (compression !== 0) {
    const plain = Buffer.allocUnsafe(recordsSize);
    const plainEnd = writeRecords(plain, 0, records, baseTimestamp, bodySizes);
    if (plainEnd !== recordsSize)
      throw new Error(`records size mismatch: wrote ${plainEnd} of ${recordsSize}`);
    compressed = compress(compression, plain, input.compressionLevel);
  }
  const size = RECORD_BATCH_OVERHEAD + (compressed === null ? recordsSize : compressed.length);
  const buf = Buffer.allocUnsafe(size);

  buf.writeBigInt64BE(toBigInt(input.baseOffset ?? 0n, 'baseOffset'), BASE_OFFSET_OFFSET);
  buf.writeInt32BE(size - LOG_OVERHEAD, BATCH_LENGTH_OFFSET);
  buf.writeInt32BE(input.partitionLeaderEpoch ?? NO_PARTITION_LEADER_EPOCH, PARTITION_LEADER_EPOCH_OFFSET);
  buf.writeInt8(CURRENT_MAGIC, MAGIC_OFFSET);
  buf.writeInt16BE(makeAttributes(input), ATTRIBUTES_OFFSET);
  const lastOffsetDelta =
    input.lastOffsetDelta ?? (count > 0 ? (records[count - 1]!.offsetDelta ?? count - 1) : 0);
  buf.writeInt32BE(lastOffsetDelta, LAST_OFFSET_DELTA_OFFSET);
  buf.writeBigInt64BE(toBigInt(baseTimestamp, 'baseTimestamp'), BASE_TIMESTAMP_OFFSET);
  const maxTimestamp =
    input.maxTimestamp === undefined ? maxTimestampOf(records) : toBigInt(input.maxTimestamp, 'maxTimestamp');
  buf.writeBigInt64BE(maxTimestamp, MAX_TIMESTAMP_OFFSET);
  buf.writeBigInt64BE(toBigInt(input.producerId ?? -1n, 'producerId'), PRODUCER_ID_OFFSET);
  buf.writeInt16BE(input.producerEpoch ?? -1, PRODUCER_EPOCH_OFFSET);
  buf.writeInt32BE(input.baseSequence ?? -1, BASE_SEQUENCE_OFFSET);
  buf.writeInt32BE(count, RECORDS_COUNT_OFFSET);
  const end =
    compressed === null
      ? writeRecords(buf, RECORD_BATCH_OVERHEAD, records, baseTimestamp, bodySizes)
      : RECORD_BATCH_OVERHEAD + compressed.copy(buf, RECORD_BATCH_OVERHEAD);
  if (end !== size) throw new Error(`record batch size mismatch: wrote ${end} of ${size} bytes`);
  buf.writeUInt32BE(computeCrc(buf, 0), CRC_OFFSET);
  return buf;
}

function readBytes(buf: Buffer, cursor: Cursor, end: number, what: string): Buffer | null {
  const length = readVarint(buf, cursor, end);
  if (length === -1) return null;
  if (length < -1) throw new RecordBatchError('INVALID_RECORD', `invalid ${what} length ${length}`);
  const start = cursor.offset;
  if (length > end - start) {
    throw new RecordBatchError(
      'INVALID_RECORD',
      `${what} length ${length} exceeds the ${end - start} bytes left`,
    );
  }
  cursor.offset = start + length;
  return buf.subarray(start, start + length);
}

function readHeaders(buf: Buffer, cursor: Cursor, end: number): RecordHeader[] {
  const count = readVarint(buf, cursor, end);
  if (count < 0) throw new RecordBatchError('INVALID_RECORD', `invalid number of record headers ${count}`);
  if (count > (end - cursor.offset) / 2) {
    throw new RecordBatchError(
      'INVALID_RECORD',
      `${count} record headers cannot fit in ${end - cursor.offset} bytes`,
    );
  }
  const headers: RecordHeader[] = [];
  for (let i = 0; i < count; i++) {
    const keyLength = readVarint(buf, cursor, end);
    const keyStart = cursor.offset;
    if (keyLength < 0 || keyLength > end - keyStart) {
      throw new RecordBatchError('INVALID_RECORD', `invalid record header key length ${keyLength}`);
    }
    const key = buf.toString('utf8', keyStart, keyStart + keyLength);
    cursor.offset = keyStart + keyLength;
    headers.push({ key, value: readBytes(buf, cursor, end, 'record header value') });
  }
  return headers;
}

/**
 * Decodes `count` records from buf[start, end) (an uncompressed records section). Throws
 * RecordBatchError (INVALID_RECORD) on any inconsistency, including bytes left over at the end.
 */
export function decodeRecords(
  buf: Buffer,
  start: number,
  end: number,
  count: number,
  baseTimestamp: bigint,
  logAppendTime: bigint | null,
): DecodedRecord[] {
  if (count < 0 || count > (end - start) / 7) {
    throw new RecordBatchError('INVALID_RECORD', `record count ${count} cannot fit in ${end - start} bytes`);
  }
  const cursor: Cursor = { offset: start };
  const records: DecodedRecord[] = [];
  for (let i = 0; i < count; i++) {
    const bodySize = readVarint(buf, cursor, end);
    const bodyStart = cursor.offset;
    if (bodySize < MIN_RECORD_BODY || bodySize > end - bodyStart) {
      throw new RecordBatchError(
        'INVALID_RECORD',
        `invalid record size ${bodySize} with ${end - bodyStart} bytes left`,
      );
    }
    const bodyEnd = bodyStart + bodySize;
    const attributes = buf.readInt8(bodyStart);
    cursor.offset = bodyStart + 1;
    const delta = readVarlong(buf, cursor, bodyEnd);
    const timestamp = logAppendTime ?? BigInt.asIntN(64, baseTimestamp + delta);
    const offsetDelta = readVarint(buf, cursor, bodyEnd);
    const key = readBytes(buf, cursor, bodyEnd, 'record key');
    const value = readBytes(buf, cursor, bodyEnd, 'record value');
    const headers = readHeaders(buf, cursor, bodyEnd);
    if (cursor.offset !== bodyEnd) {
      throw new RecordBatchError(
        'INVALID_RECORD',
        `invalid record size: expected ${bodySize} bytes in record payload, read ${cursor.offset - bodyStart}`,
      );
    }
    records.push({ attributes, timestamp, offsetDelta, key, value, headers });
  }
  if (cursor.offset !== end) {
    throw new RecordBatchError(
      'INVALID_RECORD',
      `${end - cursor.offset} bytes remain after the declared ${count} records`,
    );
  }
  return records;
}

export interface DecodeBatchOptions {
  /** Limit on a compressed batch's inflated records section (bytes); default 256 MiB. */
  maxDecompressedBytes?: number;
}

/**
 * Validates and decodes the v2 batch at `offset`, inflating a compressed records section (record
 * key/value views then point into the inflated copy). Never throws for bad input.
 */
export function decodeRecordBatch(buf: Buffer, offset = 0, options: DecodeBatchOptions = {}): DecodeResult {
  const invalid = validateBatch(buf, offset);
  if (invalid !== null) return { ok: false, error: invalid };
  const header = new RecordBatchHeader(buf, offset);
  const compression = header.compression;
  const size = header.sizeInBytes;
  const baseTimestamp = header.baseTimestamp;
  const maxTimestamp = header.maxTimestamp;
  const timestampType = header.timestampType;
  let records: DecodedRecord[];
  try {
    const logAppendTime = timestampType === 1 ? maxTimestamp : null;
    let section = buf;
    let start = offset + RECORD_BATCH_OVERHEAD;
    let end = offset + size;
    if (compression !== 0) {
      section = decompress(compression, buf.subarray(start, end), {
        maxBytes: options.maxDecompressedBytes ?? DEFAULT_DECOMPRESSED_BYTES_MAX,
      });
      start = 0;
      end = section.length;
    }
    records = decodeRecords(section, start, end, header.recordsCount, baseTimestamp, logAppendTime);
  } catch (error) {
    return { ok: false, error: asProblem(error) };
  }
  const batch: DecodedRecordBatch = {
    baseOffset: header.baseOffset,
    batchLength: header.batchLength,
    partitionLeaderEpoch: header.partitionLeaderEpoch,
    magic: header.magic,
    crc: header.crc,
    attributes: header.attributes,
    compression,
    timestampType,
    isTransactional: header.isTransactional,
    isControl: header.isControl,
    hasDeleteHorizon: header.hasDeleteHorizon,
    lastOffsetDelta: header.lastOffsetDelta,
    baseTimestamp,
    maxTimestamp,
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
    records,
  };
  return { ok: true, batch, size };
}
