// On-disk framing of the local metadata log. One frame per committed batch:
//   u32 bodyLength | u32 crc32c(body) | body = u8 version | i64 baseOffset | u32 count | JSON array
// The JSON array holds the batch's records. Decoding stops at the first frame that is short, fails
// its CRC or breaks the offset sequence; everything from there on is a torn tail to truncate.
import { crc32c } from '@node-rs/crc32';
import type { CommittedBatch } from './metadata-log.js';
import type { MetadataRecord } from './records.js';

export const FRAME_HEADER_BYTES = 8;
const BODY_HEADER_BYTES = 1 + 8 + 4;
const FORMAT_VERSION = 1;
/** A frame claiming more than this is treated as corrupt rather than allocated. */
export const FRAME_BODY_BYTES_MAX = 64 * 1024 * 1024;

export function encodeFrame(batch: CommittedBatch): Buffer {
  const json = Buffer.from(JSON.stringify(batch.records), 'utf8');
  const bodyLength = BODY_HEADER_BYTES + json.length;
  if (bodyLength > FRAME_BODY_BYTES_MAX) {
    throw new RangeError(`metadata batch of ${bodyLength} bytes exceeds ${FRAME_BODY_BYTES_MAX}`);
  }
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + bodyLength);
  frame.writeUInt32BE(bodyLength, 0);
  frame.writeUInt8(FORMAT_VERSION, 8);
  frame.writeBigInt64BE(BigInt(batch.baseOffset), 9);
  frame.writeUInt32BE(batch.records.length, 17);
  json.copy(frame, FRAME_HEADER_BYTES + BODY_HEADER_BYTES);
  frame.writeUInt32BE(crc32c(frame.subarray(FRAME_HEADER_BYTES)), 4);
  return frame;
}

export interface DecodedFrame {
  batch: CommittedBatch;
  position: number;
  length: number;
}

export interface DecodeResult {
  frames: DecodedFrame[];
  /** Bytes from the start that hold whole, valid frames. */
  validBytes: number;
}

/** Decodes frames from `bytes`, expecting the first batch to start at `nextOffset`. */
export function decodeFrames(bytes: Buffer, nextOffset = 0): DecodeResult {
  const frames: DecodedFrame[] = [];
  let position = 0;
  for (;;) {
    const frame = decodeFrameAt(bytes, position, nextOffset);
    if (frame === null) return { frames, validBytes: position };
    frames.push(frame);
    position += frame.length;
    nextOffset += frame.batch.records.length;
  }
}

/** The frame at `position`, or null if there is no whole valid frame there. */
export function decodeFrameAt(
  bytes: Buffer,
  position: number,
  expectedBaseOffset: number,
): DecodedFrame | null {
  const remaining = bytes.length - position;
  if (remaining < FRAME_HEADER_BYTES) return null;
  const bodyLength = bytes.readUInt32BE(position);
  if (bodyLength < BODY_HEADER_BYTES || bodyLength > FRAME_BODY_BYTES_MAX) return null;
  if (bodyLength > remaining - FRAME_HEADER_BYTES) return null;
  const body = bytes.subarray(position + FRAME_HEADER_BYTES, position + FRAME_HEADER_BYTES + bodyLength);
  if (crc32c(body) !== bytes.readUInt32BE(position + 4)) return null;
  if (body.readUInt8(0) !== FORMAT_VERSION) return null;
  const baseOffset = Number(body.readBigInt64BE(1));
  const count = body.readUInt32BE(9);
  if (baseOffset !== expectedBaseOffset || count === 0) return null;
  let records: unknown;
  try {
    records = JSON.parse(body.toString('utf8', BODY_HEADER_BYTES));
  } catch {
    return null;
  }
  if (!Array.isArray(records) || records.length !== count || !records.every(isRecordShaped)) return null;
  return {
    batch: { baseOffset, records: records as MetadataRecord[] },
    position,
    length: FRAME_HEADER_BYTES + bodyLength,
  };
}

function isRecordShaped(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}
