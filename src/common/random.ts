// Randomness as a dependency: code asks a Random instead of calling Math.random(), so a test or a
// simulator run can be replayed from its seed. SystemRandom uses node:crypto; SeededRandom is
// xoshiro128** seeded through splitmix32, so the same seed always yields the same sequence.
import { randomBytes, randomInt } from 'node:crypto';

export interface Random {
  /** An integer in [0, maxExclusive); maxExclusive is at most 2^32. */
  int(maxExclusive: number): number;
  /** A float in [0, 1). */
  float(): number;
  bytes(count: number): Buffer;
  /** 16 random bytes, e.g. a topic id. */
  uuidBytes(): Buffer;
}

export class SystemRandom implements Random {
  int(maxExclusive: number): number {
    checkBound(maxExclusive);
    return maxExclusive === 1 ? 0 : randomInt(maxExclusive);
  }

  float(): number {
    return randomBytes(4).readUInt32LE(0) / 2 ** 32;
  }

  bytes(count: number): Buffer {
    return randomBytes(count);
  }

  uuidBytes(): Buffer {
    return randomBytes(16);
  }
}

export class SeededRandom implements Random {
  private readonly s = new Uint32Array(4);

  constructor(readonly seed: number) {
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const s0 = s[0]!;
    const s1 = s[1]!;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s[2] = s[2]! ^ s0;
    s[3] = s[3]! ^ s1;
    s[1] = s1 ^ s[2]!;
    s[0] = s0 ^ s[3]!;
    s[2] = s[2]! ^ t;
    s[3] = rotl(s[3]!, 11);
    return result;
  }

  int(maxExclusive: number): number {
    checkBound(maxExclusive);
    // Rejection sampling keeps the result unbiased.
    const limit = 2 ** 32 - (2 ** 32 % maxExclusive);
    for (;;) {
      const value = this.nextUint32();
      if (value < limit) return value % maxExclusive;
    }
  }

  float(): number {
    return this.nextUint32() / 2 ** 32;
  }

  bytes(count: number): Buffer {
    const out = Buffer.alloc(count);
    for (let i = 0; i < count; i += 4) {
      const word = this.nextUint32();
      for (let j = 0; j < 4 && i + j < count; j++) out[i + j] = (word >>> (8 * j)) & 0xff;
    }
    return out;
  }

  uuidBytes(): Buffer {
    return this.bytes(16);
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

function checkBound(maxExclusive: number): void {
  if (!Number.isInteger(maxExclusive) || maxExclusive < 1 || maxExclusive > 2 ** 32) {
    throw new RangeError(`random bound must be an integer in [1, 2^32], got ${maxExclusive}`);
  }
}
