// Compression codecs by Kafka's codec id (attributes bits 0-2): 0 none, 1 gzip, 2 snappy (xerial
// framing, unframed accepted), 3 lz4 (frame format, Kafka's broken magic-0 header checksum
// accepted), 4 zstd. Decompression is bounded by `maxBytes` and fails with CORRUPT_MESSAGE rather
// than allocating past it; unknown codecs fail with UNSUPPORTED_COMPRESSION_TYPE.

import { createRequire } from 'node:module';
import { gunzipSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { compress as zstdCompress } from 'zstd-napi';
import type * as ZstdBinding from 'zstd-napi/binding.js';
import { RecordBatchError, tooLarge } from './errors.js';
import { decodeLz4Frames, encodeLz4Frame } from './lz4-frame.js';
import { decodeSnappy, encodeXerialSnappy } from './snappy-xerial.js';

// The raw binding gives streaming decompression with a caller-sized output buffer (bomb guard).
const zstdBinding = createRequire(import.meta.url)('zstd-napi/binding.js') as typeof ZstdBinding;

export type CodecId = 0 | 1 | 2 | 3 | 4;

/** Default decompression limit: the largest batch GOssip will inflate unless told otherwise. */
export const DEFAULT_DECOMPRESSED_BYTES_MAX = 256 * 1024 * 1024;

export const CODEC_NAMES: Readonly<Record<CodecId, string>> = {
  0: 'none',
  1: 'gzip',
  2: 'snappy',
  3: 'lz4',
  4: 'zstd',
};

export interface CompressOptions {
  /** lz4 only: write Kafka's pre-KIP-57 header checksum, as magic-0 messages carry it. */
  lz4BrokenHeaderChecksum?: boolean;
}

export interface DecompressOptions {
  /** Output limit in bytes; more is CORRUPT_MESSAGE. Default DEFAULT_DECOMPRESSED_BYTES_MAX. */
  maxBytes?: number;
}

export function isCodecId(codec: number): codec is CodecId {
  return Number.isInteger(codec) && codec >= 0 && codec <= 4;
}

function unsupported(codec: number): RecordBatchError {
  return new RecordBatchError('UNSUPPORTED_COMPRESSION_TYPE', `unknown compression codec ${codec}`);
}

/** Compresses `data` with Kafka codec `codec`; `level` applies to gzip (0-9) and zstd (1-22). */
export function compress(codec: number, data: Buffer, level?: number, options: CompressOptions = {}): Buffer {
  switch (codec) {
    case 0:
      return data;
    case 1:
      return gzipSync(data, { level: level ?? zlibConstants.Z_DEFAULT_COMPRESSION });
    case 2:
      return encodeXerialSnappy(data);
    case 3:
      return encodeLz4Frame(data, { brokenHeaderChecksum: options.lz4BrokenHeaderChecksum === true });
    case 4:
      return zstdCompress(data, level === undefined ? {} : { compressionLevel: level });
    default:
      throw unsupported(codec);
  }
}

function gunzip(data: Buffer, maxBytes: number): Buffer {
  try {
    return gunzipSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('gzip', maxBytes);
    throw new RecordBatchError('CORRUPT_MESSAGE', `gzip: ${(error as Error).message}`);
  }
}

/** Streams zstd frames through output chunks no larger than the remaining budget (+1 to detect excess). */
function unzstd(data: Buffer, maxBytes: number): Buffer {
  if (data.length === 0) throw new RecordBatchError('CORRUPT_MESSAGE', 'zstd: no data');
  const dctx = new zstdBinding.DCtx();
  const chunkMax = zstdBinding.dStreamOutSize();
  const chunks: Buffer[] = [];
  let total = 0;
  let input = data;
  let frameEnded = false;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(chunkMax, maxBytes - total + 1));
    let result: [number, number, number];
    try {
      result = dctx.decompressStream(chunk, input);
    } catch (error) {
      throw new RecordBatchError('CORRUPT_MESSAGE', `zstd: ${(error as Error).message}`);
    }
    const [hint, produced, consumed] = result;
    total += produced;
    if (total > maxBytes) throw tooLarge('zstd', maxBytes);
    if (produced > 0) chunks.push(chunk.subarray(0, produced));
    input = input.subarray(consumed);
    if (produced === 0 && consumed === 0) {
      // Nothing left to flush: complete only if the previous call ended a frame.
      if (input.length === 0 && frameEnded) break;
      throw new RecordBatchError('CORRUPT_MESSAGE', 'zstd: truncated or stalled frame');
    }
    frameEnded = hint === 0;
    if (input.length === 0 && frameEnded && produced < chunk.length) break;
  }
  return Buffer.concat(chunks, total);
}

/**
 * Decompresses `data` written with Kafka codec `codec`. Throws RecordBatchError: CORRUPT_MESSAGE for
 * malformed input or output beyond `maxBytes`, UNSUPPORTED_COMPRESSION_TYPE for an unknown codec.
 */
export function decompress(codec: number, data: Buffer, options: DecompressOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? DEFAULT_DECOMPRESSED_BYTES_MAX;
  switch (codec) {
    case 0:
      if (data.length > maxBytes) throw tooLarge('none', maxBytes);
      return data;
    case 1:
      return gunzip(data, maxBytes);
    case 2:
      return decodeSnappy(data, maxBytes);
    case 3:
      return decodeLz4Frames(data, maxBytes);
    case 4:
      return unzstd(data, maxBytes);
    default:
      throw unsupported(codec);
  }
}
