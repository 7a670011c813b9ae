// Legacy message sets (magic 0 and 1, before Kafka 0.11): a sequence of
// [offset int64, message_size int32, crc uint32, magic int8, attributes int8, timestamp int64 (v1),
// key bytes, value bytes] with no count prefix, each message carrying a CRC-32 (IEEE) over
// magic..end. A compressed wrapper's value is itself a message set: magic 1 inner offsets are
// relative (the wrapper carries the absolute offset of the last inner message), magic 0 inner
// offsets are absolute. Used for old clients and format conversion.

import { BATCH_LENGTH_OFFSET, LOG_OVERHEAD, MAGIC_OFFSET, type TimestampType } from './batch-header.js';
import { BatchIterator, LEGACY_MIN_MESSAGE_SIZE_V0, LEGACY_MIN_MESSAGE_SIZE_V1 } from './batch-scan.js';
import { compress, DEFAULT_DECOMPRESSED_BYTES_MAX, decompress } from './compression.js';
import { crc32Ieee } from './crc32-ieee.js';
import { asProblem, problem, RecordBatchError, type RecordProblem } from './errors.js';

export const LEGACY_CRC_OFFSET = 12;
export const LEGACY_ATTRIBUTES_OFFSET = 17;
export const LEGACY_TIMESTAMP_OFFSET = 18;
export const LEGACY_COMPRESSION_CODEC_MASK = 0x07;
export const LEGACY_TIMESTAMP_TYPE_MASK = 0x08;

export interface LegacyMessage {
  offset: bigint;
  magic: 0 | 1;
  attributes: number;
  /** 0 for plain messages; 1-3 for a compressed wrapper whose value is an inner message set. */
  compression: number;
  timestampType: TimestampType;
  /** -1 (no timestamp) for magic 0. */
  timestamp: bigint;
  crc: number;
  /** Views into the decoded buffer, not copies. */
  key: Buffer | null;
  value: Buffer | null;
}

export interface LegacyDecodeOptions {
  /** Return compressed wrappers as messages instead of expanding them into their inner messages. */
  keepCompressedWrappers?: boolean;
  maxBatchBytes?: number;
  /** Limit on one wrapper's inflated inner message set (bytes); default 256 MiB. */
  maxDecompressedBytes?: number;
}

/** One top-level message of a set; `inner` holds a compressed wrapper's expanded messages. */
export interface LegacyEntry {
  message: LegacyMessage;
  /** Inner messages with absolute offsets (null for an uncompressed message). */
  inner: LegacyMessage[] | null;
}

export type LegacyEntriesResult =
  | { ok: true; entries: LegacyEntry[]; truncatedBytes: number }
  | { ok: false; error: RecordProblem; entries: LegacyEntry[] };

export type LegacyDecodeResult =
  | { ok: true; messages: LegacyMessage[]; truncatedBytes: number }
  | { ok: false; error: RecordProblem; messages: LegacyMessage[] };

/** Bytes of a message after offset and message_size, excluding key and value. */
export function legacyMessageOverhead(magic: 0 | 1): number {
  return magic === 0 ? LEGACY_MIN_MESSAGE_SIZE_V0 : LEGACY_MIN_MESSAGE_SIZE_V1;
}

function readLegacyBytes(buf: Buffer, pos: number, end: number, what: string): Buffer | null {
  if (end - pos < 4) throw new RecordBatchError('INVALID_RECORD', `no room for the ${what} length`);
  const length = buf.readInt32BE(pos);
  if (length === -1) return null;
  if (length < -1 || length > end - pos - 4) {
    throw new RecordBatchError('INVALID_RECORD', `invalid ${what} length ${length}`);
  }
  return buf.subarray(pos + 4, pos + 4 + length);
}

/**
 * Reads the legacy message occupying buf[pos, pos + size) (size includes offset and message_size,
 * as found by BatchIterator). Checks the CRC and that key and value fill the message exactly.
 */
export function readLegacyMessage(buf: Buffer, pos: number, size: number): LegacyMessage {
  const end = pos + size;
  if (pos < 0 || end > buf.length || size < LOG_OVERHEAD + LEGACY_MIN_MESSAGE_SIZE_V0) {
    throw new RecordBatchError('CORRUPT_MESSAGE', `legacy message of ${size} bytes does not fit the buffer`);
  }
  if (buf.readInt32BE(pos + BATCH_LENGTH_OFFSET) + LOG_OVERHEAD !== size) {
    throw new RecordBatchError('CORRUPT_MESSAGE', 'legacy message size field disagrees with its span');
  }
  const magic = buf.readInt8(pos + MAGIC_OFFSET);
  if (magic !== 0 && magic !== 1) {
    throw new RecordBatchError('INVALID_RECORD', `magic ${magic} message inside a legacy message set`);
  }
  if (size < LOG_OVERHEAD + legacyMessageOverhead(magic)) {
    throw new RecordBatchError('CORRUPT_MESSAGE', `legacy v${magic} message of ${size} bytes is too small`);
  }
  const storedCrc = buf.readUInt32BE(pos + LEGACY_CRC_OFFSET);
  const computedCrc = crc32Ieee(buf, pos + MAGIC_OFFSET, end);
  if (storedCrc !== computedCrc) {
    throw new RecordBatchError(
      'CORRUPT_MESSAGE',
      `message is corrupt (stored crc = ${storedCrc}, computed crc = ${computedCrc})`,
    );
  }
  const attributes = buf[pos + LEGACY_ATTRIBUTES_OFFSET]!;
  let keyAt = pos + LEGACY_TIMESTAMP_OFFSET;
  let timestamp = -1n;
  if (magic === 1) {
    timestamp = buf.readBigInt64BE(keyAt);
    keyAt += 8;
  }
  const key = readLegacyBytes(buf, keyAt, end, 'key');
  const valueAt = keyAt + 4 + (key === null ? 0 : key.length);
  const value = readLegacyBytes(buf, valueAt, end, 'value');
  const valueEnd = valueAt + 4 + (value === null ? 0 : value.length);
  if (valueEnd !== end) {
    throw new RecordBatchError(
      'INVALID_RECORD',
      `${end - valueEnd} bytes follow the value of a legacy message`,
    );
  }
  return {
    offset: buf.readBigInt64BE(pos),
    magic,
    attributes,
    compression: attributes & LEGACY_COMPRESSION_CODEC_MASK,
    timestampType: magic === 1 && (attributes & LEGACY_TIMESTAMP_TYPE_MASK) !== 0 ? 1 : 0,
    timestamp,
    crc: storedCrc,
    key,
    value,
  };
}

function invalid(message: string): RecordBatchError {
  return new RecordBatchError('INVALID_RECORD', message);
}

/**
 * Inflates a compressed wrapper and reads its inner messages, giving each its absolute offset (and,
 * under a LogAppendTime wrapper, the wrapper's timestamp). Throws RecordBatchError.
 */
export function expandLegacyWrapper(
  wrapper: LegacyMessage,
  maxDecompressedBytes: number = DEFAULT_DECOMPRESSED_BYTES_MAX,
): LegacyMessage[] {
  if (wrapper.compression > 3) {
    throw new RecordBatchError(
      'UNSUPPORTED_COMPRESSION_TYPE',
      `codec ${wrapper.compression} is invalid for magic ${wrapper.magic}`,
    );
  }
  if (wrapper.value === null) {
    throw invalid(`found invalid compressed record set with null value (magic = ${wrapper.magic})`);
  }
  const inflated = decompress(wrapper.compression, wrapper.value, { maxBytes: maxDecompressedBytes });
  const it = new BatchIterator(inflated);
  const inner: LegacyMessage[] = [];
  while (it.next()) {
    if (it.magic !== wrapper.magic) {
      throw invalid(`inner message magic ${it.magic} differs from its wrapper's magic ${wrapper.magic}`);
    }
    const message = readLegacyMessage(inflated, it.offset, it.size);
    if (message.compression !== 0) throw invalid('compressed message inside a compressed wrapper');
    inner.push(message);
  }
  if (it.error !== null)
    throw new RecordBatchError(it.error.kind, `inside a compressed wrapper: ${it.error.message}`);
  if (it.truncatedBytes !== 0) {
    throw new RecordBatchError('CORRUPT_MESSAGE', 'compressed wrapper ends inside an inner message');
  }
  if (inner.length === 0) throw invalid('found invalid compressed record set with no inner records');
  if (wrapper.magic === 1) {
    const base = wrapper.offset - inner[inner.length - 1]!.offset;
    const logAppendTime = wrapper.timestampType === 1;
    for (const message of inner) {
      message.offset += base;
      if (logAppendTime) {
        message.timestamp = wrapper.timestamp;
        message.timestampType = 1;
      }
    }
  }
  return inner;
}

/** Reads the top-level messages of a legacy set, expanding compressed wrappers. Never throws for bad input. */
export function readLegacyEntries(buf: Buffer, options: LegacyDecodeOptions = {}): LegacyEntriesResult {
  const it = new BatchIterator(
    buf,
    options.maxBatchBytes === undefined ? {} : { maxBatchBytes: options.maxBatchBytes },
  );
  const entries: LegacyEntry[] = [];
  try {
    while (it.next()) {
      if (it.magic === 2) {
        return {
          ok: false,
          error: problem('INVALID_RECORD', 'v2 record batch inside a legacy message set'),
          entries,
        };
      }
      const message = readLegacyMessage(buf, it.offset, it.size);
      let inner: LegacyMessage[] | null = null;
      if (message.compression !== 0) {
        if (message.compression > 3) {
          const error = problem(
            'UNSUPPORTED_COMPRESSION_TYPE',
            `codec ${message.compression} is invalid for magic ${message.magic}`,
          );
          return { ok: false, error, entries };
        }
        if (!options.keepCompressedWrappers)
          inner = expandLegacyWrapper(message, options.maxDecompressedBytes);
      }
      entries.push({ message, inner });
    }
  } catch (error) {
    return { ok: false, error: asProblem(error), entries };
  }
  if (it.error !== null) return { ok: false, error: it.error, entries };
  return { ok: true, entries, truncatedBytes: it.truncatedBytes };
}

function flatten(entries: readonly LegacyEntry[]): LegacyMessage[] {
  const messages: LegacyMessage[] = [];
  for (const entry of entries) {
    if (entry.inner === null) messages.push(entry.message);
    else for (const message of entry.inner) messages.push(message);
  }
  return messages;
}

/**
 * Decodes a legacy message set; compressed wrappers are replaced by their inner messages (with
 * absolute offsets) unless `keepCompressedWrappers` is set. Never throws for bad input.
 */
export function decodeMessageSet(buf: Buffer, options: LegacyDecodeOptions = {}): LegacyDecodeResult {
  const result = readLegacyEntries(buf, options);
  const messages = flatten(result.entries);
  if (!result.ok) return { ok: false, error: result.error, messages };
  return { ok: true, messages, truncatedBytes: result.truncatedBytes };
}

export interface LegacyMessageInput {
  /** Defaults to baseOffset + index. */
  offset?: bigint | number;
  /** Magic 1 only; defaults to -1 (no timestamp). */
  timestamp?: bigint | number;
  key: Buffer | null;
  value: Buffer | null;
}

export interface LegacyMessageSetInput {
  magic: 0 | 1;
  baseOffset?: bigint | number;
  /** Magic 1 only. */
  timestampType?: TimestampType;
  /**
   * 0 (default) writes plain messages; 1 gzip, 2 snappy, 3 lz4 write one compressed wrapper holding
   * them, at the offset of the last message (magic 1 inner offsets relative to the first message).
   */
  compression?: number;
  /** gzip level for a compressed wrapper. */
  compressionLevel?: number;
  /** Magic 1 wrapper timestamp; defaults to the largest message timestamp (the append time for LogAppendTime). */
  wrapperTimestamp?: bigint | number;
  messages: readonly LegacyMessageInput[];
}

function bytesLength(bytes: Buffer | null): number {
  return bytes === null ? 0 : bytes.length;
}

function writeLegacyBytes(buf: Buffer, pos: number, bytes: Buffer | null): number {
  if (bytes === null) {
    buf.writeInt32BE(-1, pos);
    return pos + 4;
  }
  buf.writeInt32BE(bytes.length, pos);
  return pos + 4 + bytes.copy(buf, pos + 4);
}

interface PlacedMessage {
  offset: bigint;
  timestamp: bigint;
  key: Buffer | null;
  value: Buffer | null;
}

/** Writes messages with the given offsets and one attributes byte, each with its own CRC. */
function writeMessages(magic: 0 | 1, attributes: number, messages: readonly PlacedMessage[]): Buffer {
  const overhead = LOG_OVERHEAD + legacyMessageOverhead(magic);
  let total = 0;
  for (const message of messages) total += overhead + bytesLength(message.key) + bytesLength(message.value);
  const buf = Buffer.allocUnsafe(total);
  let pos = 0;
  for (const message of messages) {
    const start = pos;
    const size = overhead + bytesLength(message.key) + bytesLength(message.value);
    buf.writeBigInt64BE(message.offset, pos);
    buf.writeInt32BE(size - LOG_OVERHEAD, pos + BATCH_LENGTH_OFFSET);
    buf.writeInt8(magic, pos + MAGIC_OFFSET);
    buf.writeInt8(attributes, pos + LEGACY_ATTRIBUTES_OFFSET);
    pos += LEGACY_TIMESTAMP_OFFSET;
    if (magic === 1) {
      buf.writeBigInt64BE(message.timestamp, pos);
      pos += 8;
    }
    pos = writeLegacyBytes(buf, pos, message.key);
    pos = writeLegacyBytes(buf, pos, message.value);
    buf.writeUInt32BE(crc32Ieee(buf, start + MAGIC_OFFSET, pos), start + LEGACY_CRC_OFFSET);
  }
  return buf;
}

/**
 * Encodes a legacy message set (each message with its own CRC) into one Buffer, optionally as one
 * compressed wrapper. Throws RecordBatchError for a codec magic 0/1 cannot carry (zstd, 5-7).
 */
export function encodeMessageSet(input: LegacyMessageSetInput): Buffer {
  const magic = input.magic;
  const baseOffset = BigInt(input.baseOffset ?? 0n);
  const tsAttribute = magic === 1 && input.timestampType === 1 ? LEGACY_TIMESTAMP_TYPE_MASK : 0;
  const placed: PlacedMessage[] = input.messages.map((message, i) => ({
    offset: message.offset === undefined ? baseOffset + BigInt(i) : BigInt(message.offset),
    timestamp: magic === 1 ? BigInt(message.timestamp ?? -1n) : -1n,
    key: message.key,
    value: message.value,
  }));
  const compression = input.compression ?? 0;
  if (compression === 0) return writeMessages(magic, tsAttribute, placed);
  if (!Number.isInteger(compression) || compression < 0 || compression > 3) {
    throw new RecordBatchError(
      'UNSUPPORTED_COMPRESSION_TYPE',
      `codec ${compression} cannot be used with magic ${magic}`,
    );
  }
  if (placed.length === 0) throw invalid('a compressed wrapper needs at least one message');
  const first = placed[0]!.offset;
  const last = placed[placed.length - 1]!.offset;
  let maxTimestamp = -1n;
  for (const message of placed) if (message.timestamp > maxTimestamp) maxTimestamp = message.timestamp;
  const inner = writeMessages(
    magic,
    tsAttribute,
    magic === 1 ? placed.map((message) => ({ ...message, offset: message.offset - first })) : placed,
  );
  const value = compress(compression, inner, input.compressionLevel, {
    lz4BrokenHeaderChecksum: magic === 0,
  });
  const wrapperTimestamp = magic === 1 ? BigInt(input.wrapperTimestamp ?? maxTimestamp) : -1n;
  return writeMessages(magic, tsAttribute | compression, [
    { offset: last, timestamp: wrapperTimestamp, key: null, value },
  ]);
}
