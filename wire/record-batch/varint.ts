// Zigzag-encoded signed varints (int32, up to 5 bytes) and varlongs (int64, up to 10 bytes) as used
// inside v2 records (protobuf encoding). Readers advance a caller-owned Cursor so decoding allocates
// nothing; every byte is bounds-checked and overlong or truncated input throws RecordBatchError.
// Varlongs are bigint for the full range, with number fast paths that stay exact up to 2^53.

import { RecordBatchError } from './errors.js';

/** Read position, owned by the caller and advanced by the readers. */
export interface Cursor {
  offset: number;
}

const TWO_POW_52 = 2 ** 52;

function truncated(): RecordBatchError {
  return new RecordBatchError('INVALID_RECORD', 'varint runs past the end of the buffer');
}

function overlong(what: string): RecordBatchError {
  return new RecordBatchError('INVALID_RECORD', `${what} is longer than its maximum encoded length`);
}

/** Reads a zigzag int32 varint at cursor.offset, stopping at `end` (default: buffer length). */
export function readVarint(buf: Buffer, cursor: Cursor, end: number = buf.length): number {
  const limit = Math.min(end, buf.length);
  let pos = cursor.offset;
  let raw = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    if (pos >= limit || pos < 0) throw truncated();
    const b = buf[pos++]!;
    if (shift === 28 && (b & 0xf0) !== 0) throw overlong('varint');
    raw |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) {
      cursor.offset = pos;
      return (raw >>> 1) ^ -(raw & 1);
    }
  }
  throw overlong('varint');
}

/** Reads the unsigned 64-bit zigzag form; returns a number when below 2^49, else a bigint. */
function readZigzag64(buf: Buffer, cursor: Cursor, end: number): number | bigint {
  const limit = Math.min(end, buf.length);
  let pos = cursor.offset;
  let value = 0;
  let scale = 1;
  // The first 7 bytes carry 49 bits: exact in a double.
  for (let i = 0; i < 7; i++) {
    if (pos >= limit || pos < 0) throw truncated();
    const b = buf[pos++]!;
    value += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) {
      cursor.offset = pos;
      return value;
    }
    scale *= 128;
  }
  let big = BigInt(value);
  for (let shift = 49n; shift < 70n; shift += 7n) {
    if (pos >= limit) throw truncated();
    const b = buf[pos++]!;
    if (shift === 63n && b > 1) throw overlong('varlong');
    big |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) {
      cursor.offset = pos;
      return big;
    }
  }
  throw overlong('varlong');
}

/** Reads a zigzag int64 varlong as a bigint (full range). */
export function readVarlong(buf: Buffer, cursor: Cursor, end: number = buf.length): bigint {
  const z = readZigzag64(buf, cursor, end);
  if (typeof z === 'number') return BigInt(z % 2 === 0 ? z / 2 : -(z + 1) / 2);
  return (z >> 1n) ^ -(z & 1n);
}

/** Reads a zigzag int64 varlong as a number; throws if the value is not a safe integer. */
export function readVarlongNumber(buf: Buffer, cursor: Cursor, end: number = buf.length): number {
  const z = readZigzag64(buf, cursor, end);
  if (typeof z === 'number') return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  const v = (z >> 1n) ^ -(z & 1n);
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RecordBatchError('INVALID_RECORD', `varlong ${v} is outside the safe integer range`);
  }
  return Number(v);
}

/** Encoded size of an int32 varint. */
export function sizeOfVarint(value: number): number {
  const z = ((value << 1) ^ (value >> 31)) >>> 0;
  if (z < 0x80) return 1;
  if (z < 0x4000) return 2;
  if (z < 0x200000) return 3;
  if (z < 0x10000000) return 4;
  return 5;
}

/** Writes an int32 varint at `offset`; returns the offset after it. The caller sized the buffer. */
export function writeVarint(buf: Buffer, offset: number, value: number): number {
  if ((value | 0) !== value) throw new RecordBatchError('INVALID_RECORD', `varint ${value} is not an int32`);
  let z = ((value << 1) ^ (value >> 31)) >>> 0;
  while (z >= 0x80) {
    buf[offset++] = (z & 0x7f) | 0x80;
    z >>>= 7;
  }
  buf[offset++] = z;
  return offset;
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

function checkInt64(value: bigint): void {
  if (value < INT64_MIN || value > INT64_MAX) {
    throw new RecordBatchError('INVALID_RECORD', `varlong ${value} is not an int64`);
  }
}

function zigzagBig(value: bigint): bigint {
  return BigInt.asUintN(64, (value << 1n) ^ (value >> 63n));
}

/** Encoded size of an int64 varlong given as a bigint. */
export function sizeOfVarlong(value: bigint): number {
  if (value <= TWO_POW_52 && value >= -TWO_POW_52) return sizeOfVarlongNumber(Number(value));
  checkInt64(value);
  let z = zigzagBig(value);
  let size = 1;
  while (z >= 0x80n) {
    z >>= 7n;
    size++;
  }
  return size;
}

/** Encoded size of an int64 varlong given as a safe-integer number. */
export function sizeOfVarlongNumber(value: number): number {
  if (!Number.isSafeInteger(value)) {
    throw new RecordBatchError('INVALID_RECORD', `varlong ${value} is not a safe integer`);
  }
  if (value > TWO_POW_52 || value < -TWO_POW_52) return sizeOfVarlong(BigInt(value));
  let z = value >= 0 ? value * 2 : -value * 2 - 1;
  let size = 1;
  while (z >= 0x80) {
    z = Math.floor(z / 128);
    size++;
  }
  return size;
}

/** Writes an int64 varlong given as a bigint; returns the offset after it. */
export function writeVarlong(buf: Buffer, offset: number, value: bigint): number {
  if (value <= TWO_POW_52 && value >= -TWO_POW_52) return writeVarlongNumber(buf, offset, Number(value));
  checkInt64(value);
  let z = zigzagBig(value);
  while (z >= 0x80n) {
    buf[offset++] = Number(z & 0x7fn) | 0x80;
    z >>= 7n;
  }
  buf[offset++] = Number(z);
  return offset;
}

/** Writes an int64 varlong given as a safe-integer number; returns the offset after it. */
export function writeVarlongNumber(buf: Buffer, offset: number, value: number): number {
  if (!Number.isSafeInteger(value)) {
    throw new RecordBatchError('INVALID_RECORD', `varlong ${value} is not a safe integer`);
  }
  if (value > TWO_POW_52 || value < -TWO_POW_52) return writeVarlong(buf, offset, BigInt(value));
  let z = value >= 0 ? value * 2 : -value * 2 - 1;
  while (z >= 0x80) {
    buf[offset++] = (z % 128) | 0x80;
    z = Math.floor(z / 128);
  }
  buf[offset++] = z;
  return offset;
}
