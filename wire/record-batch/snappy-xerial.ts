// Snappy as Kafka uses it (codec 2): the xerial (snappy-java) stream framing, i.e. the magic
// `\x82SNAPPY\0`, big-endian int32 version and compatible version (both 1), then blocks of
// [big-endian int32 length][raw snappy block]. Some clients send plain unframed snappy, which is
// accepted on decode. Each raw block's declared length is checked against the budget first.

import { compressSync, uncompressSync } from 'snappy';
import { RecordBatchError, tooLarge } from './errors.js';

export const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
export const XERIAL_VERSION = 1;
export const XERIAL_COMPATIBLE_VERSION = 1;
export const XERIAL_HEADER_SIZE = 16;
/** Uncompressed bytes per block, snappy-java's default. */
export const XERIAL_BLOCK_SIZE = 32 * 1024;

function corrupt(message: string): RecordBatchError {
  return new RecordBatchError('CORRUPT_MESSAGE', `snappy: ${message}`);
}

function hasXerialMagic(data: Buffer, pos: number): boolean {
  return data.length - pos >= XERIAL_HEADER_SIZE && data.compare(XERIAL_MAGIC, 0, 8, pos, pos + 8) === 0;
}

/** Compresses into xerial framing, one raw snappy block per 32 KiB of input. */
export function encodeXerialSnappy(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  const header = Buffer.alloc(XERIAL_HEADER_SIZE);
  XERIAL_MAGIC.copy(header, 0);
  header.writeInt32BE(XERIAL_VERSION, 8);
  header.writeInt32BE(XERIAL_COMPATIBLE_VERSION, 12);
  parts.push(header);
  for (let at = 0; at < data.length; at += XERIAL_BLOCK_SIZE) {
    const block = compressSync(data.subarray(at, Math.min(data.length, at + XERIAL_BLOCK_SIZE)));
    const length = Buffer.allocUnsafe(4);
    length.writeInt32BE(block.length, 0);
    parts.push(length, block);
  }
  return Buffer.concat(parts);
}

/** The uncompressed length a raw snappy block declares (its leading varint). */
function declaredLength(block: Buffer): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    if (i >= block.length) break;
    const b = block[i]!;
    value += (b & 0x7f) * 2 ** (7 * i);
    if ((b & 0x80) === 0) return value;
  }
  throw corrupt('invalid uncompressed length');
}

/** Inflates one raw snappy block whose output must fit in `budget` bytes. */
function inflateRaw(block: Buffer, budget: number, maxBytes: number): Buffer {
  const length = declaredLength(block);
  if (length > budget) throw tooLarge('snappy', maxBytes);
  let out: Buffer;
  try {
    out = uncompressSync(block, { asBuffer: true }) as Buffer;
  } catch (error) {
    throw corrupt(`invalid block (${(error as Error).message})`);
  }
  if (out.length !== length) throw corrupt(`block declares ${length} bytes but holds ${out.length}`);
  return out;
}

/** Decodes xerial-framed or plain raw snappy; output is limited to maxBytes. */
export function decodeSnappy(data: Buffer, maxBytes: number): Buffer {
  if (!hasXerialMagic(data, 0)) {
    if (data.length === 0) throw corrupt('no data');
    return inflateRaw(data, maxBytes, maxBytes);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let pos = XERIAL_HEADER_SIZE;
  while (pos < data.length) {
    // snappy-java concatenates streams by repeating the header; skip it where a block would start.
    if (hasXerialMagic(data, pos)) {
      pos += XERIAL_HEADER_SIZE;
      continue;
    }
    if (data.length - pos < 4) throw corrupt('stream ends inside a block length');
    const length = data.readInt32BE(pos);
    pos += 4;
    if (length < 0 || length > data.length - pos) throw corrupt(`invalid block length ${length}`);
    if (length === 0) continue;
    const out = inflateRaw(data.subarray(pos, pos + length), maxBytes - total, maxBytes);
    pos += length;
    total += out.length;
    chunks.push(out);
  }
  return Buffer.concat(chunks, total);
}
