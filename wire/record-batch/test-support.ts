// Helpers shared by this folder's tests only: a seeded PRNG (tests must be reproducible and
// Math.random is banned outside src/common/) and a bitwise CRC-32C written straight from the
// polynomial, used to cross-check the native implementation.

/** xorshift32; returns a function yielding uint32 values. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

export function randomBytes(next: () => number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  for (let i = 0; i < length; i++) buf[i] = next() & 0xff;
  return buf;
}

/** CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), one bit at a time. */
export function bitwiseCrc32c(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export const KNOWN_KINDS = new Set([
  'CORRUPT_MESSAGE',
  'INVALID_RECORD',
  'UNSUPPORTED_COMPRESSION_TYPE',
  'UNSUPPORTED_FOR_MESSAGE_FORMAT',
]);
