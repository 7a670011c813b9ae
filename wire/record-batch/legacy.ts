// Legacy message sets (magic 0 and 1, before Kafka 0.11): a sequence of
// [offset int64, message_size int32, crc uint32, magic int8, attributes int8, timestamp int64 (v1),
// key bytes, value bytes] with no count prefix, each message carrying a CRC-32 (IEEE) over
// magic..end. Used for old clients and down-conversion; compressed wrappers are detected, not expanded.

import { BATCH_LENGTH_OFFSET, LOG_OVERHEAD, MAGIC_OFFSET, type TimestampType } from './batch-header.js';
import { BatchIterator, LEGACY_MIN_MESSAGE_SIZE_V0, LEGACY_MIN_MESSAGE_SIZE_V1 } from './batch-scan.js';
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
  /** Return compressed wrappers as messages instead of failing with UNSUPPORTED_COMPRESSION_TYPE. */
  keepCompressedWrappers?: boolean;
  maxBatchBytes?: number;
}

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

/** Decodes an uncompressed legacy message set. Never throws for bad input. */
export function decodeMessageSet(buf: Buffer, options: LegacyDecodeOptions = {}): LegacyDecodeResult {
  const it = new BatchIterator(
    buf,
    options.maxBatchBytes === undefined ? {} : { maxBatchBytes: options.maxBatchBytes },
  );
  const messages: LegacyMessage[] = [];
  try {
    while (it.next()) {
      if (it.magic === 2) {
        return {
          ok: false,
          error: problem('INVALID_RECORD', 'v2 record batch inside a legacy message set'),
          messages,
        };
      }
      const message = readLegacyMessage(buf, it.offset, it.size);
      if (message.compression !== 0) {
        if (message.compression > 3) {
          const error = problem(
            'UNSUPPORTED_COMPRESSION_TYPE',
            `codec ${message.compression} is invalid for magic ${message.magic}`,
          );
          return { ok: false, error, messages };
        }
        if (!options.keepCompressedWrappers) {
          const error = problem(
            'UNSUPPORTED_COMPRESSION_TYPE',
            `compressed legacy wrapper (codec ${message.compression}) at offset ${message.offset} is not expanded yet`,
          );
          return { ok: false, error, messages };
        }
      }
      messages.push(message);
    }
  } catch (error) {
    return { ok: false, error: asProblem(error), messages };
  }
  if (it.error !== null) return { ok: false, error: it.error, messages };
  return { ok: true, messages, truncatedBytes: it.truncatedBytes };
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

/** Encodes an uncompressed legacy message set (each message with its own CRC) into one Buffer. */
export function encodeMessageSet(input: LegacyMessageSetInput): Buffer {
  const magic = input.magic;
  const overhead = LOG_OVERHEAD + legacyMessageOverhead(magic);
  const messages = input.messages;
  let total = 0;
  for (const message of messages) total += overhead + bytesLength(message.key) + bytesLength(message.value);
  const buf = Buffer.allocUnsafe(total);
  const baseOffset = BigInt(input.baseOffset ?? 0n);
  const attributes = magic === 1 && input.timestampType === 1 ? LEGACY_TIMESTAMP_TYPE_MASK : 0;
  let pos = 0;
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i]!;
    const start = pos;
    const size = overhead + bytesLength(message.key) + bytesLength(message.value);
    buf.writeBigInt64BE(message.offset === undefined ? baseOffset + BigInt(i) : BigInt(message.offset), pos);
    buf.writeInt32BE(size - LOG_OVERHEAD, pos + BATCH_LENGTH_OFFSET);
    buf.writeInt8(magic, pos + MAGIC_OFFSET);
    buf.writeInt8(attributes, pos + LEGACY_ATTRIBUTES_OFFSET);
    pos += LEGACY_TIMESTAMP_OFFSET;
    if (magic === 1) {
      buf.writeBigInt64BE(BigInt(message.timestamp ?? -1n), pos);
      pos += 8;
    }
    pos = writeLegacyBytes(buf, pos, message.key);
    pos = writeLegacyBytes(buf, pos, message.value);
    buf.writeUInt32BE(crc32Ieee(buf, start + MAGIC_OFFSET, pos), start + LEGACY_CRC_OFFSET);
  }
  return buf;
}
