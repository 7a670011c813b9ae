// Bounds-checked reader over one frame. Every length read from the wire is compared with the bytes
// left before anything is allocated, so a hostile length can never make the broker allocate more
// than the frame already holds. Strings and bytes are views (subarray) into the frame.
import { DecodeError } from './errors.js';
import { uuidFromBytes } from './uuid.js';

export interface TaggedField {
  tag: number;
  data: Buffer;
}

export class Reader {
  pos: number;
  readonly end: number;

  constructor(
    readonly buf: Buffer,
    start = 0,
    end = buf.length,
  ) {
    this.pos = start;
    this.end = end;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  private need(n: number): number {
    if (n > this.end - this.pos) {
      throw new DecodeError(`need ${n} bytes at offset ${this.pos}, only ${this.end - this.pos} left`);
    }
    const at = this.pos;
    this.pos += n;
    return at;
  }

  int8(): number {
    return this.buf.readInt8(this.need(1));
  }
  bool(): boolean {
    return this.buf[this.need(1)] !== 0;
  }
  int16(): number {
    return this.buf.readInt16BE(this.need(2));
  }
  uint16(): number {
    return this.buf.readUInt16BE(this.need(2));
  }
  int32(): number {
    return this.buf.readInt32BE(this.need(4));
  }
  uint32(): number {
    return this.buf.readUInt32BE(this.need(4));
  }
  int64(): bigint {
    return this.buf.readBigInt64BE(this.need(8));
  }
  float64(): number {
    return this.buf.readDoubleBE(this.need(8));
  }
  uuid(): string {
    const at = this.need(16);
    return uuidFromBytes(this.buf.subarray(at, at + 16));
  }

  /** Unsigned LEB128 varint of at most 5 bytes (32 bits), as used by compact types and tags. */
  uvarint(): number {
    let value = 0;
    let shift = 0;
    for (let i = 0; i < 5; i++) {
      const byte = this.buf[this.need(1)]!;
      value |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value >>> 0;
      shift += 7;
    }
    throw new DecodeError(`unsigned varint longer than 5 bytes at offset ${this.pos - 5}`);
  }

  /** Length of a classic (int16) or compact (varint) string; -1 means null. */
  private stringLength(compact: boolean): number {
    if (compact) return this.uvarint() - 1;
    return this.int16();
  }

  string(compact: boolean): string {
    const s = this.nullableString(compact);
    if (s === null) throw new DecodeError(`null string where the version does not allow null at ${this.pos}`);
    return s;
  }

  nullableString(compact: boolean): string | null {
    const len = this.stringLength(compact);
    if (len < 0) {
      if (len === -1) return null;
      throw new DecodeError(`negative string length ${len}`);
    }
    const at = this.need(len);
    return this.buf.toString('utf8', at, at + len);
  }

  private bytesLength(compact: boolean): number {
    if (compact) return this.uvarint() - 1;
    return this.int32();
  }

  bytes(compact: boolean): Buffer {
    const b = this.nullableBytes(compact);
    if (b === null) throw new DecodeError(`null bytes where the version does not allow null at ${this.pos}`);
    return b;
  }

  nullableBytes(compact: boolean): Buffer | null {
    const len = this.bytesLength(compact);
    if (len < 0) {
      if (len === -1) return null;
      throw new DecodeError(`negative bytes length ${len}`);
    }
    const at = this.need(len);
    return this.buf.subarray(at, at + len);
  }

  /**
   * Array element count; -1 means null. A count larger than the bytes left is rejected before
   * anything is allocated (every element takes at least one byte on the wire).
   */
  arrayLength(compact: boolean): number {
    const n = compact ? this.uvarint() - 1 : this.int32();
    if (n < -1) throw new DecodeError(`negative array length ${n}`);
    if (n > this.end - this.pos) {
      throw new DecodeError(`array of ${n} elements cannot fit in ${this.end - this.pos} bytes left`);
    }
    return n;
  }

  /** Reads a tagged-field section; returns the raw fields so generated code can pick known tags. */
  taggedFields(): TaggedField[] {
    const count = this.uvarint();
    if (count > this.end - this.pos) throw new DecodeError(`${count} tagged fields cannot fit`);
    const fields: TaggedField[] = [];
    for (let i = 0; i < count; i++) {
      const tag = this.uvarint();
      const size = this.uvarint();
      const at = this.need(size);
      fields.push({ tag, data: this.buf.subarray(at, at + size) });
    }
    return fields;
  }

  /** Sub-reader over the bytes of one tagged field. */
  static over(buf: Buffer): Reader {
    return new Reader(buf, 0, buf.length);
  }
}
