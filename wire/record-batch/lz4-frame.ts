// LZ4 frame format as Kafka uses it (codec 3). Encoding takes lz4-napi's frame and, for magic-0
// messages, rewrites the header checksum the way Kafka did before KIP-57 (hashed from the magic
// number instead of from FLG), see KAFKA-3160. Decoding parses frames here, accepts either header
// checksum, checks block/content checksums, and inflates one block at a time with lz4-napi's raw
// block decoder so the output budget is enforced before anything large is allocated.

import { compressFrameSync, uncompressSync } from 'lz4-napi';
import { RecordBatchError, tooLarge } from './errors.js';
import { xxhash32 } from './xxhash32.js';

export const LZ4_FRAME_MAGIC = 0x184d2204;
const SKIPPABLE_MAGIC_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const FLG_VERSION_MASK = 0xc0;
const FLG_VERSION_01 = 0x40;
const FLG_BLOCK_INDEPENDENT = 0x20;
const FLG_BLOCK_CHECKSUM = 0x10;
const FLG_CONTENT_SIZE = 0x08;
const FLG_CONTENT_CHECKSUM = 0x04;
const FLG_RESERVED = 0x02;
const FLG_DICT_ID = 0x01;
const BD_RESERVED = 0x8f;
const BLOCK_UNCOMPRESSED = 0x80000000;
/** Dependent blocks may reach back this far into earlier output. */
const WINDOW_BYTES = 64 * 1024;

function corrupt(message: string): RecordBatchError {
  return new RecordBatchError('CORRUPT_MESSAGE', `lz4: ${message}`);
}

/** Header checksum byte over buf[from, to): the correct form starts at FLG, Kafka's broken one at the magic. */
export function lz4HeaderChecksum(buf: Uint8Array, from: number, to: number): number {
  return (xxhash32(buf, from, to) >>> 8) & 0xff;
}

/** Offset of the header checksum byte of the frame starting at `frame` (FLG already present). */
function headerChecksumAt(buf: Uint8Array, frame: number): number {
  const flg = buf[frame + 4]!;
  return frame + 6 + (flg & FLG_CONTENT_SIZE ? 8 : 0) + (flg & FLG_DICT_ID ? 4 : 0);
}

export interface Lz4EncodeOptions {
  /** Write Kafka's pre-KIP-57 header checksum (magic-0 messages only). */
  brokenHeaderChecksum?: boolean;
}

/** One LZ4 frame: independent blocks, no block or content checksum (as Kafka writes them). */
export function encodeLz4Frame(data: Buffer, options: Lz4EncodeOptions = {}): Buffer {
  const frame = compressFrameSync(data);
  if (options.brokenHeaderChecksum) {
    const at = headerChecksumAt(frame, 0);
    frame[at] = lz4HeaderChecksum(frame, 0, at);
  }
  return frame;
}

function need(data: Buffer, pos: number, bytes: number, what: string): void {
  if (data.length - pos < bytes) throw corrupt(`frame ends inside the ${what}`);
}

/** Inflates one compressed block into at most blockMax bytes, using `dict` for dependent blocks. */
function inflateBlock(block: Buffer, blockMax: number, dict: Buffer | null): Buffer {
  const input = Buffer.allocUnsafe(4 + block.length);
  input.writeUInt32LE(blockMax, 0);
  block.copy(input, 4);
  try {
    return dict === null || dict.length === 0 ? uncompressSync(input) : uncompressSync(input, dict);
  } catch (error) {
    throw corrupt(`invalid compressed block (${(error as Error).message})`);
  }
}

function slideWindow(window: Buffer, out: Buffer): Buffer {
  if (out.length >= WINDOW_BYTES) return Buffer.from(out.subarray(out.length - WINDOW_BYTES));
  const joined = Buffer.concat([window, out]);
  return joined.length > WINDOW_BYTES ? joined.subarray(joined.length - WINDOW_BYTES) : joined;
}

/**
 * Decodes one or more concatenated LZ4 frames (skippable frames are skipped). Throws
 * RecordBatchError(CORRUPT_MESSAGE) on malformed input or when the output would pass maxBytes.
 */
export function decodeLz4Frames(data: Buffer, maxBytes: number): Buffer {
  if (data.length === 0) throw corrupt('no frame');
  const chunks: Buffer[] = [];
  let total = 0;
  let pos = 0;
  while (pos < data.length) {
    need(data, pos, 4, 'magic number');
    const magic = data.readUInt32LE(pos);
    if ((magic & SKIPPABLE_MAGIC_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      need(data, pos, 8, 'skippable frame size');
      const size = data.readUInt32LE(pos + 4);
      need(data, pos + 8, size, 'skippable frame');
      pos += 8 + size;
      continue;
    }
    if (magic !== LZ4_FRAME_MAGIC) throw corrupt(`bad magic number 0x${magic.toString(16)}`);
    const frame = pos;
    need(data, frame, 7, 'frame descriptor');
    const flg = data[frame + 4]!;
    const bd = data[frame + 5]!;
    if ((flg & FLG_VERSION_MASK) !== FLG_VERSION_01)
      throw corrupt(`unsupported frame version in FLG 0x${flg.toString(16)}`);
    if (flg & FLG_RESERVED || bd & BD_RESERVED) throw corrupt('reserved frame descriptor bits are set');
    if (flg & FLG_DICT_ID) throw corrupt('frames with a dictionary id are not supported');
    const sizeCode = (bd >> 4) & 0x07;
    if (sizeCode < 4) throw corrupt(`invalid block maximum size code ${sizeCode}`);
    const blockMax = 1 << (8 + 2 * sizeCode);
    const hcAt = headerChecksumAt(data, frame);
    need(data, hcAt, 1, 'frame descriptor');
    let contentSize = -1;
    if (flg & FLG_CONTENT_SIZE) {
      const declared = data.readBigUInt64LE(frame + 6);
      if (declared > BigInt(maxBytes - total)) throw tooLarge('lz4', maxBytes);
      contentSize = Number(declared);
    }
    const hc = data[hcAt]!;
    if (hc !== lz4HeaderChecksum(data, frame + 4, hcAt) && hc !== lz4HeaderChecksum(data, frame, hcAt)) {
      throw corrupt('frame descriptor checksum mismatch');
    }
    pos = hcAt + 1;
    const frameChunksStart = chunks.length;
    const dependent = (flg & FLG_BLOCK_INDEPENDENT) === 0;
    let window: Buffer = Buffer.alloc(0);
    let frameBytes = 0;
    let blockHashXor = 0;
    for (;;) {
      need(data, pos, 4, 'block size');
      const word = data.readUInt32LE(pos);
      pos += 4;
      if (word === 0) break;
      const size = (word & ~BLOCK_UNCOMPRESSED) >>> 0;
      if (size > blockMax) throw corrupt(`block of ${size} bytes exceeds the maximum ${blockMax}`);
      const trailer = flg & FLG_BLOCK_CHECKSUM ? 4 : 0;
      need(data, pos, size + trailer, 'block');
      const block = data.subarray(pos, pos + size);
      if (trailer !== 0 && xxhash32(block) !== data.readUInt32LE(pos + size)) {
        throw corrupt('block checksum mismatch');
      }
      pos += size + trailer;
      const out =
        (word & BLOCK_UNCOMPRESSED) !== 0 ? block : inflateBlock(block, blockMax, dependent ? window : null);
      total += out.length;
      if (total > maxBytes) throw tooLarge('lz4', maxBytes);
      frameBytes += out.length;
      if (flg & FLG_CONTENT_CHECKSUM) blockHashXor ^= xxhash32(out);
      if (dependent) window = slideWindow(window, out);
      chunks.push(out);
    }
    if (flg & FLG_CONTENT_CHECKSUM) {
      need(data, pos, 4, 'content checksum');
      const expected = data.readUInt32LE(pos);
      pos += 4;
      const content = Buffer.concat(chunks.slice(frameChunksStart), frameBytes);
      // Kafka's own reader XORs per-block hashes; accept that form as well as the standard one.
      if (xxhash32(content) !== expected && blockHashXor >>> 0 !== expected) {
        throw corrupt('content checksum mismatch');
      }
    }
    if (contentSize >= 0 && contentSize !== frameBytes) {
      throw corrupt(`frame declares ${contentSize} bytes of content but holds ${frameBytes}`);
    }
  }
  return Buffer.concat(chunks, total);
}
