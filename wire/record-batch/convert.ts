// Message format conversion for old clients, following Kafka's LogValidator and down-conversion:
// Produce v0-2 legacy message sets become one v2 batch (offsets relative from 0, codec kept),
// Fetch v0-3 get stored v2 batches back as magic 0/1 message sets (control batches and headers
// dropped, absolute offsets and codec kept), and Produce v3+ data gets Kafka's batch-level checks.

import { ErrorCode } from '../generated/error-codes.js';
import { RecordBatchHeader, type TimestampType } from './batch-header.js';
import { BatchIterator, validateBatch } from './batch-scan.js';
import { DEFAULT_DECOMPRESSED_BYTES_MAX } from './compression.js';
import { RecordBatchError, type RecordErrorKind, type RecordProblem } from './errors.js';
import {
  encodeMessageSet,
  type LegacyMessage,
  type LegacyMessageInput,
  readLegacyEntries,
} from './legacy.js';
import { decodeRecordBatch, encodeRecordBatch, type RecordInput } from './records.js';

const ZSTD = 4;

function fail(error: RecordProblem): never {
  throw new RecordBatchError(error.kind, error.message);
}

export interface UpConvertOptions {
  /** Append time (ms) stamped on every record when `timestampType` is LogAppendTime. */
  now?: number;
  /** The topic's message.timestamp.type; CreateTime (0) keeps the messages' own timestamps. */
  timestampType?: TimestampType;
  maxDecompressedBytes?: number;
}

export interface UpConvertResult {
  /** One v2 batch (baseOffset 0, offset deltas 0..n-1), or empty when the set holds no messages. */
  batches: Buffer;
  recordCount: number;
  /** Codec of the batch: that of the last compressed wrapper, as Kafka picks it, else 0. */
  compression: number;
}

/**
 * Converts a Produce v0-2 message set (magic 0/1, compressed wrappers expanded, inner CRCs checked)
 * into a single v2 batch as Kafka's LogValidator does. Magic 0 messages get NO_TIMESTAMP (-1). Data
 * that already is v2 batches is returned as is. Throws RecordBatchError.
 */
export function upConvertMessageSet(buf: Buffer, options: UpConvertOptions = {}): UpConvertResult {
  const split = new BatchIterator(buf);
  let v2Batches = 0;
  let v2Records = 0;
  let allV2 = true;
  while (split.next()) {
    if (split.magic !== 2) {
      allV2 = false;
      break;
    }
    v2Batches++;
    v2Records += new RecordBatchHeader(buf, split.offset).recordsCount;
  }
  if (allV2 && split.error === null && v2Batches > 0) {
    return { batches: buf, recordCount: v2Records, compression: new RecordBatchHeader(buf).compression };
  }
  const result = readLegacyEntries(buf, {
    maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULT_DECOMPRESSED_BYTES_MAX,
  });
  if (!result.ok) fail(result.error);
  let compression = 0;
  const messages: LegacyMessage[] = [];
  for (const entry of result.entries) {
    if (entry.inner === null) {
      messages.push(entry.message);
    } else {
      compression = entry.message.compression;
      for (const message of entry.inner) messages.push(message);
    }
  }
  if (messages.length === 0) return { batches: Buffer.alloc(0), recordCount: 0, compression };
  const logAppendTime = options.timestampType === 1;
  if (logAppendTime && options.now === undefined) {
    throw new Error('upConvertMessageSet: LogAppendTime needs `now`');
  }
  const records: RecordInput[] = messages.map((message, i) => ({
    key: message.key,
    value: message.value,
    timestamp: logAppendTime ? options.now! : message.timestamp,
    offsetDelta: i,
  }));
  const batches = encodeRecordBatch({
    compression,
    timestampType: logAppendTime ? 1 : 0,
    records,
  });
  return { batches, recordCount: records.length, compression };
}

export interface DownConvertOptions {
  maxDecompressedBytes?: number;
  /**
   * The fetch offset: records of uncompressed batches below it are dropped, as Kafka does (a
   * compressed batch becomes one wrapper and keeps them all).
   */
  firstOffset?: bigint;
}

export interface DownConvertResult {
  /** The legacy message set. */
  bytes: Buffer;
  /** Messages written (inner messages of wrappers counted one by one). */
  recordCount: number;
  /** Source batches consumed (converted, skipped as control/empty, or copied). */
  batchCount: number;
  /** Bytes of a partial trailing batch that were dropped. */
  truncatedBytes: number;
  /** True when conversion stopped before a zstd batch that followed converted data. */
  stoppedAtZstd: boolean;
}

function legacyInputs(messages: readonly LegacyMessage[]): LegacyMessageInput[] {
  return messages.map((m) => ({ offset: m.offset, timestamp: m.timestamp, key: m.key, value: m.value }));
}

/** Re-encodes one stored legacy entry (buf[offset, offset+size), magic 1) as magic 0. */
function legacyToMagic0(buf: Buffer, offset: number, size: number, maxBytes: number): [Buffer, number] {
  const result = readLegacyEntries(buf.subarray(offset, offset + size), { maxDecompressedBytes: maxBytes });
  if (!result.ok) fail(result.error);
  const entry = result.entries[0]!;
  const messages = entry.inner ?? [entry.message];
  const bytes = encodeMessageSet({
    magic: 0,
    compression: entry.message.compression,
    messages: legacyInputs(messages),
  });
  return [bytes, messages.length];
}

/**
 * Converts stored batches for Fetch v0-3 into a magic `toMagic` message set. A compressed v2 batch
 * becomes one wrapper with the same codec; control batches, empty batches and record headers are
 * dropped; a partial trailing batch is dropped. Legacy entries already at or below `toMagic` are
 * copied. zstd cannot be down-converted: a zstd batch first in `buf` throws RecordBatchError
 * (UNSUPPORTED_COMPRESSION_TYPE); one after converted data ends the conversion there (the client
 * meets it first on its next fetch). Malformed data throws RecordBatchError.
 */
export function downConvertBatches(
  buf: Buffer,
  toMagic: 0 | 1,
  options: DownConvertOptions = {},
): DownConvertResult {
  const maxBytes = options.maxDecompressedBytes ?? DEFAULT_DECOMPRESSED_BYTES_MAX;
  const it = new BatchIterator(buf);
  const parts: Buffer[] = [];
  let recordCount = 0;
  let batchCount = 0;
  let stoppedAtZstd = false;
  while (it.next()) {
    if (it.magic <= toMagic) {
      parts.push(buf.subarray(it.offset, it.offset + it.size));
      batchCount++;
      continue;
    }
    if (it.magic === 1) {
      const [bytes, count] = legacyToMagic0(buf, it.offset, it.size, maxBytes);
      parts.push(bytes);
      recordCount += count;
      batchCount++;
      continue;
    }
    const header = new RecordBatchHeader(buf, it.offset);
    if (header.compression === ZSTD) {
      if (parts.length === 0) {
        throw new RecordBatchError(
          'UNSUPPORTED_COMPRESSION_TYPE',
          `zstd batch at offset ${header.baseOffset} cannot be down-converted to magic ${toMagic}`,
        );
      }
      stoppedAtZstd = true;
      break;
    }
    batchCount++;
    if (header.isControl) continue;
    const decoded = decodeRecordBatch(buf, it.offset, { maxDecompressedBytes: maxBytes });
    if (!decoded.ok) fail(decoded.error);
    const batch = decoded.batch;
    const firstOffset = options.firstOffset ?? -1n;
    const kept =
      batch.compression === 0
        ? batch.records.filter((r) => batch.baseOffset + BigInt(r.offsetDelta) >= firstOffset)
        : batch.records;
    if (kept.length === 0) continue;
    const messages: LegacyMessageInput[] = kept.map((record) => ({
      offset: batch.baseOffset + BigInt(record.offsetDelta),
      timestamp: record.timestamp,
      key: record.key,
      value: record.value,
    }));
    parts.push(
      encodeMessageSet({
        magic: toMagic,
        timestampType: batch.timestampType,
        compression: batch.compression,
        ...(batch.timestampType === 1 ? { wrapperTimestamp: batch.maxTimestamp } : {}),
        messages,
      }),
    );
    recordCount += messages.length;
  }
  if (it.error !== null) fail(it.error);
  return {
    bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts),
    recordCount,
    batchCount,
    truncatedBytes: stoppedAtZstd ? 0 : it.truncatedBytes,
    stoppedAtZstd,
  };
}

export interface ProduceValidationOptions {
  /** Produce request version: v3+ must carry exactly one v2 batch; zstd needs v7+. */
  apiVersion: number;
  /** The topic's max.message.bytes: the largest batch accepted (whole size, bytes). */
  maxMessageBytes: number;
}

export interface ProduceValidation {
  /** 0 when the data may be appended, else Kafka's error code for the partition. */
  errorCode: number;
  errorMessage: string | null;
  batchCount: number;
  recordCount: number;
  /** Bytes covered by complete batches; a partial trailing batch is ignored, as Kafka trims it. */
  validBytes: number;
}

const KIND_CODES: Readonly<Record<RecordErrorKind, number>> = {
  CORRUPT_MESSAGE: ErrorCode.CORRUPT_MESSAGE,
  INVALID_RECORD: ErrorCode.INVALID_RECORD,
  UNSUPPORTED_COMPRESSION_TYPE: ErrorCode.UNSUPPORTED_COMPRESSION_TYPE,
  UNSUPPORTED_FOR_MESSAGE_FORMAT: ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT,
};

/** Kafka error code for a RecordErrorKind. */
export function errorCodeOfKind(kind: RecordErrorKind): number {
  return KIND_CODES[kind];
}

/**
 * Kafka's checks on produce data, in Kafka's order: ProduceRequest.validateRecords for v3+ (at
 * least one batch, first batch magic 2, zstd only from v7, exactly one batch: INVALID_RECORD /
 * UNSUPPORTED_COMPRESSION_TYPE), then per batch as UnifiedLog and LogValidator.validateBatch do
 * (baseOffset 0, size <= maxMessageBytes: MESSAGE_TOO_LARGE, CRC: CORRUPT_MESSAGE, known codec,
 * count/lastOffsetDelta, no control batches, sequence with producer id). Headers only: records of
 * uncompressed batches are not decoded, and compressed batches are not inflated (Kafka inflates them
 * to check each record, but stores them as sent; GOssip leaves per-record checks to features that
 * need them). Never throws.
 */
export function validateProduceBatches(buf: Buffer, options: ProduceValidationOptions): ProduceValidation {
  const version = options.apiVersion;
  const it = new BatchIterator(buf);
  const spans: Array<{ offset: number; size: number; magic: number }> = [];
  while (it.next()) spans.push({ offset: it.offset, size: it.size, magic: it.magic });
  let recordCount = 0;
  let validBytes = 0;
  const result = (errorCode: number, errorMessage: string | null): ProduceValidation => ({
    errorCode,
    errorMessage,
    batchCount: spans.length,
    recordCount,
    validBytes,
  });
  if (it.error !== null) return result(ErrorCode.CORRUPT_MESSAGE, it.error.message);
  const first = spans[0];
  if (version >= 3) {
    if (first === undefined) {
      return result(
        ErrorCode.INVALID_RECORD,
        `Produce requests with version ${version} must have at least one record batch per partition`,
      );
    }
    if (first.magic !== 2) {
      return result(
        ErrorCode.INVALID_RECORD,
        `Produce requests with version ${version} are only allowed to contain record batches with magic version 2`,
      );
    }
  }
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (version < 7 && span.magic === 2 && span.size >= 61) {
      if (new RecordBatchHeader(buf, span.offset).compression === ZSTD) {
        return result(
          ErrorCode.UNSUPPORTED_COMPRESSION_TYPE,
          `Produce requests with version ${version} are not allowed to use ZStandard compression`,
        );
      }
    }
    if (version >= 3) break;
  }
  if (version >= 3 && spans.length > 1) {
    return result(
      ErrorCode.INVALID_RECORD,
      `Produce requests with version ${version} are only allowed to contain exactly one record batch per partition`,
    );
  }
  for (const span of spans) {
    if (span.magic === 2 && buf.readBigInt64BE(span.offset) !== 0n) {
      return result(
        ErrorCode.INVALID_RECORD,
        `The baseOffset of the record batch in the append should be 0, but it is ${buf.readBigInt64BE(span.offset)}`,
      );
    }
    if (span.size > options.maxMessageBytes) {
      return result(
        ErrorCode.MESSAGE_TOO_LARGE,
        `The record batch size in the append is ${span.size} bytes which exceeds the maximum configured value of ${options.maxMessageBytes}.`,
      );
    }
    const invalid = validateBatch(buf, span.offset, { fromClient: true });
    if (invalid !== null) return result(errorCodeOfKind(invalid.kind), invalid.message);
    recordCount += new RecordBatchHeader(buf, span.offset).recordsCount;
    validBytes = span.offset + span.size;
  }
  return result(ErrorCode.NONE, null);
}
