// Growable writer for responses and requests. Small fields go into one reusable buffer; large
// opaque blobs (record batches read from segments) are appended as separate chunks without copying,
// so a fetch response is written to the socket as a list of buffers (writev).
import { EncodeError } from './errors.js';
import type { TaggedField } from './reader.js';
import { uuidToBytes } from './uuid.js';

/** Blobs at least this large are kept as their own chunk instead of being copied. */
const ZERO_COPY_BYTES_MIN = 4096;

export class Writer {
  private buf: Buffer;
  private pos = 0;
  private readonly chunks: Buffer[] = [];
  private chunkedBytes = 0;

  constructor(initialBytes = 256) {
    this.buf = Buffer.allocUnsafe(initialBytes);
  }

  /** Total bytes written so far. */
  get length(): number {
    return this.chunkedBytes + this.pos;
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  int8(v: number): void {
    this.ensure(1);
    this.pos = this.buf.writeInt8(v, this.pos);
  }
  bool(v: boolean): void {
    this.ensure(1);
    this.buf[this.pos++] = v ? 1 : 0;
  }
  int16(v: number): void {
    this.ensure(2);
    this.pos = this.buf.writeInt16BE(v, this.pos);
  }
  uint16(v: number): void {
    this.ensure(2);
    this.pos = this.buf.writeUInt16BE(v, this.pos);
  }
  int32(v: number): void {
    this.ensure(4);
    this.pos = this.buf.writeInt32BE(v, this.pos);
  }
  uint32(v: number): void {
    this.ensure(4);
    this.pos = this.buf.writeUInt32BE(v, this.pos);
  }
  int64(v: bigint): void {
    this.ensure(8);
    this.pos = this.buf.writeBigInt64BE(v, this.pos);
  }
  float64(v: number): void {
    this.ensure(8);
    this.pos = this.buf.writeDoubleBE(v, this.pos);
  }
  uuid(v: string): void {
    this.raw(uuidToBytes(v));
  }

  uvarint(v: number): void {
    if (v < 0 || v > 0xffffffff) throw new EncodeError(`unsigned varint out of range: ${v}`);
    this.ensure(5);
    let value = v >>> 0;
    while (value >= 0x80) {
      this.buf[this.pos++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.buf[this.pos++] = value;
  }

  /** Appends bytes; large buffers become their own chunk (no copy). */
  raw(b: Buffer): void {
    if (b.length >= ZERO_COPY_BYTES_MIN) {
      this.flushCurrent();
      this.chunks.push(b);
      this.chunkedBytes += b.length;
      return;
    }
    this.ensure(b.length);
    this.pos += b.copy(this.buf, this.pos);
  }

  private flushCurrent(): void {
    if (this.pos === 0) return;
    const done = this.buf.subarray(0, this.pos);
    this.chunks.push(done);
    this.chunkedBytes += this.pos;
    this.buf = Buffer.allocUnsafe(Math.max(256, this.buf.length - this.pos));
    this.pos = 0;
  }

  nullableString(v: string | null, compact: boolean): void {
    if (v === null) {
      if (compact) this.uvarint(0);
      else this.int16(-1);
      return;
    }
    const len = Buffer.byteLength(v, 'utf8');
    if (compact) this.uvarint(len + 1);
    else {
      if (len > 0x7fff) throw new EncodeError(`string of ${len} bytes is too long for an int16 length`);
      this.int16(len);
    }
    this.ensure(len);
    this.pos += this.buf.write(v, this.pos, len, 'utf8');
  }

  string(v: string, compact: boolean): void {
    this.nullableString(v, compact);
  }

  nullableBytes(v: Buffer | null, compact: boolean): void {
    if (v === null) {
      if (compact) this.uvarint(0);
      else this.int32(-1);
      return;
    }
    if (compact) this.uvarint(v.length + 1);
    else this.int32(v.length);
    this.raw(v);
  }

  bytes(v: Buffer, compact: boolean): void {
    this.nullableBytes(v, compact);
  }

  /** Array header: element count, or -1 (classic) / 0 (compact) for null. */
  arrayLength(n: number | null, compact: boolean): void {
    if (n === null) {
      if (compact) this.uvarint(0);
      else this.int32(-1);
      return;
    }
    if (compact) this.uvarint(n + 1);
    else this.int32(n);
  }

  /** Writes a tagged-field section; `fields` must be sorted by tag. */
  taggedFields(fields: readonly TaggedField[]): void {
    this.uvarint(fields.length);
    for (const f of fields) {
      this.uvarint(f.tag);
      this.uvarint(f.data.length);
      this.raw(f.data);
    }
  }

  /** The written bytes as a list of buffers (one unless large blobs were appended). */
  chunksOut(): Buffer[] {
    this.flushCurrent();
    return this.chunks;
  }

  /** The written bytes as one buffer (copies only when there is more than one chunk). */
  toBuffer(): Buffer {
    if (this.chunks.length === 0) return this.buf.subarray(0, this.pos);
    const all = this.chunksOut();
    return all.length === 1 ? all[0]! : Buffer.concat(all, this.chunkedBytes);
  }
}
