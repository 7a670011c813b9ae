// Tests for the Writer: exact bytes for every primitive, varint edges and range checks, classic versus
// compact nulls, growth past the initial buffer, large blobs kept as their own chunk (no copy), and
// round trips through the Reader.
import test from 'ava';
import { writeArray } from './arrays.js';
import { EncodeError } from './errors.js';
import { Reader } from './reader.js';
import { Writer } from './writer.js';

const bytes = (...b: number[]): Buffer => Buffer.from(b);

function written(fill: (w: Writer) => void, initialBytes = 256): Buffer {
  const w = new Writer(initialBytes);
  fill(w);
  return Buffer.from(w.toBuffer());
}

test('fixed-width integers are written big-endian', (t) => {
  t.deepEqual(
    written((w) => w.int8(-1)),
    bytes(0xff),
  );
  t.deepEqual(
    written((w) => w.int16(-32768)),
    bytes(0x80, 0),
  );
  t.deepEqual(
    written((w) => w.uint16(65535)),
    bytes(0xff, 0xff),
  );
  t.deepEqual(
    written((w) => w.int32(0x12345678)),
    bytes(0x12, 0x34, 0x56, 0x78),
  );
  t.deepEqual(
    written((w) => w.int32(-2)),
    bytes(0xff, 0xff, 0xff, 0xfe),
  );
  t.deepEqual(
    written((w) => w.uint32(4294967295)),
    bytes(0xff, 0xff, 0xff, 0xff),
  );
  t.deepEqual(
    written((w) => w.int64(-9223372036854775808n)),
    bytes(0x80, 0, 0, 0, 0, 0, 0, 0),
  );
  t.deepEqual(
    written((w) => w.float64(1)),
    bytes(0x3f, 0xf0, 0, 0, 0, 0, 0, 0),
  );
  t.deepEqual(
    written((w) => {
      w.bool(true);
      w.bool(false);
    }),
    bytes(1, 0),
  );
});

test('out-of-range fixed-width values are refused rather than wrapped', (t) => {
  t.throws(() => new Writer().int16(40000));
  t.throws(() => new Writer().int32(2 ** 31));
  t.throws(() => new Writer().uint32(-1));
});

test('uuid writes 16 raw bytes; a malformed uuid is refused', (t) => {
  const raw = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) raw[i] = 255 - i;
  t.deepEqual(
    written((w) => w.uuid(raw.toString('base64url'))),
    raw,
  );
  t.throws(() => new Writer().uuid('short'));
});

test('unsigned varints are written at every length edge', (t) => {
  const cases: [number, number[]][] = [
    [0, [0x00]],
    [127, [0x7f]],
    [128, [0x80, 0x01]],
    [16383, [0xff, 0x7f]],
    [16384, [0x80, 0x80, 0x01]],
    [2 ** 21 - 1, [0xff, 0xff, 0x7f]],
    [2 ** 28 - 1, [0xff, 0xff, 0xff, 0x7f]],
    [2 ** 28, [0x80, 0x80, 0x80, 0x80, 0x01]],
    [2 ** 31, [0x80, 0x80, 0x80, 0x80, 0x08]],
    [2 ** 32 - 1, [0xff, 0xff, 0xff, 0xff, 0x0f]],
  ];
  for (const [value, expected] of cases) {
    const out = written((w) => w.uvarint(value));
    t.deepEqual(out, Buffer.from(expected), `value ${value}`);
    t.is(new Reader(out).uvarint(), value);
  }
});

test('uvarint refuses values outside 0..2^32-1', (t) => {
  t.throws(() => new Writer().uvarint(-1), { instanceOf: EncodeError });
  t.throws(() => new Writer().uvarint(2 ** 32), { instanceOf: EncodeError });
});

test('strings: classic int16 length and -1 null, compact length+1 and 0 null', (t) => {
  t.deepEqual(
    written((w) => w.string('abc', false)),
    bytes(0, 3, 0x61, 0x62, 0x63),
  );
  t.deepEqual(
    written((w) => w.string('abc', true)),
    bytes(4, 0x61, 0x62, 0x63),
  );
  t.deepEqual(
    written((w) => w.string('', false)),
    bytes(0, 0),
  );
  t.deepEqual(
    written((w) => w.string('', true)),
    bytes(1),
  );
  t.deepEqual(
    written((w) => w.nullableString(null, false)),
    bytes(0xff, 0xff),
  );
  t.deepEqual(
    written((w) => w.nullableString(null, true)),
    bytes(0),
  );
});

test('string lengths count UTF-8 bytes, not characters', (t) => {
  const s = 'héllo ✓';
  const utf8 = Buffer.from(s, 'utf8');
  t.deepEqual(
    written((w) => w.string(s, false)),
    Buffer.concat([bytes(0, utf8.length), utf8]),
  );
  t.deepEqual(
    written((w) => w.string(s, true)),
    Buffer.concat([bytes(utf8.length + 1), utf8]),
  );
});

test('a classic string over 32767 bytes is refused; a compact one is fine', (t) => {
  t.throws(() => new Writer().string('x'.repeat(32768), false), { instanceOf: EncodeError });
  t.notThrows(() => new Writer().string('x'.repeat(32767), false));
  const long = 'y'.repeat(100_000);
  t.is(new Reader(written((w) => w.string(long, true))).string(true), long);
});

test('bytes: classic int32 length and -1 null, compact length+1 and 0 null', (t) => {
  t.deepEqual(
    written((w) => w.bytes(bytes(9, 8), false)),
    bytes(0, 0, 0, 2, 9, 8),
  );
  t.deepEqual(
    written((w) => w.bytes(bytes(9, 8), true)),
    bytes(3, 9, 8),
  );
  t.deepEqual(
    written((w) => w.nullableBytes(null, false)),
    bytes(0xff, 0xff, 0xff, 0xff),
  );
  t.deepEqual(
    written((w) => w.nullableBytes(null, true)),
    bytes(0),
  );
});

test('array lengths and writeArray: classic -1 and compact 0 for null, undefined is empty', (t) => {
  const int8 = (w: Writer, v: number) => w.int8(v);
  t.deepEqual(
    written((w) => writeArray(w, false, [1, 2], int8)),
    bytes(0, 0, 0, 2, 1, 2),
  );
  t.deepEqual(
    written((w) => writeArray(w, true, [1, 2], int8)),
    bytes(3, 1, 2),
  );
  t.deepEqual(
    written((w) => writeArray(w, false, null, int8)),
    bytes(0xff, 0xff, 0xff, 0xff),
  );
  t.deepEqual(
    written((w) => writeArray(w, true, null, int8)),
    bytes(0),
  );
  t.deepEqual(
    written((w) => writeArray(w, true, undefined, int8)),
    bytes(1),
  );
  t.deepEqual(
    written((w) => writeArray(w, false, undefined, int8)),
    bytes(0, 0, 0, 0),
  );
});

test('tagged fields: count, then tag, size and data for each', (t) => {
  t.deepEqual(
    written((w) =>
      w.taggedFields([
        { tag: 0, data: bytes(0x2a) },
        { tag: 300, data: bytes(1, 2) },
      ]),
    ),
    bytes(2, 0, 1, 0x2a, 0xac, 0x02, 2, 1, 2),
  );
  t.deepEqual(
    written((w) => w.taggedFields([])),
    bytes(0),
  );
});

test('the buffer grows past its initial size without losing bytes', (t) => {
  const w = new Writer(4);
  for (let i = 0; i < 1000; i++) w.int32(i);
  t.is(w.length, 4000);
  const r = new Reader(Buffer.from(w.toBuffer()));
  for (let i = 0; i < 1000; i++) t.is(r.int32(), i);
});

test('a large blob becomes its own chunk without a copy; small ones are copied in', (t) => {
  const big = Buffer.alloc(5000, 3);
  const small = Buffer.alloc(10, 4);
  const w = new Writer(16);
  w.int32(big.length);
  w.raw(big);
  w.raw(small);
  w.int8(7);
  t.is(w.length, 4 + 5000 + 10 + 1);
  const chunks = w.chunksOut();
  t.is(chunks.length, 3);
  t.is(chunks[1], big, 'the blob itself is a chunk');
  t.deepEqual(chunks[0], bytes(0, 0, 0x13, 0x88));
  t.deepEqual(chunks[2], Buffer.concat([small, bytes(7)]));
});

test('toBuffer joins chunks once and matches what chunksOut holds', (t) => {
  const w = new Writer();
  w.int16(1);
  w.bytes(Buffer.alloc(8192, 0xee), false);
  w.string('tail', true);
  const all = w.toBuffer();
  t.is(all.length, 2 + 4 + 8192 + 5);
  const r = new Reader(all);
  t.is(r.int16(), 1);
  t.deepEqual(r.bytes(false), Buffer.alloc(8192, 0xee));
  t.is(r.string(true), 'tail');
  t.is(r.remaining, 0);
});

test('every primitive round-trips through the Reader', (t) => {
  const uuid = Buffer.alloc(16, 0x5a).toString('base64url');
  const w = new Writer(8);
  w.int8(-128);
  w.bool(true);
  w.int16(32767);
  w.uint16(0);
  w.int32(-2147483648);
  w.uint32(2 ** 31);
  w.int64(123456789012345678n);
  w.float64(-0.5);
  w.uuid(uuid);
  w.uvarint(300);
  w.nullableString(null, false);
  w.nullableString(null, true);
  w.string('classic', false);
  w.string('compact', true);
  w.nullableBytes(null, false);
  w.nullableBytes(null, true);
  w.bytes(bytes(1, 2, 3), false);
  w.bytes(bytes(4, 5), true);
  w.arrayLength(null, false);
  w.arrayLength(null, true);
  w.arrayLength(0, true);
  const r = new Reader(Buffer.from(w.toBuffer()));
  t.is(r.int8(), -128);
  t.true(r.bool());
  t.is(r.int16(), 32767);
  t.is(r.uint16(), 0);
  t.is(r.int32(), -2147483648);
  t.is(r.uint32(), 2 ** 31);
  t.is(r.int64(), 123456789012345678n);
  t.is(r.float64(), -0.5);
  t.is(r.uuid(), uuid);
  t.is(r.uvarint(), 300);
  t.is(r.nullableString(false), null);
  t.is(r.nullableString(true), null);
  t.is(r.string(false), 'classic');
  t.is(r.string(true), 'compact');
  t.is(r.nullableBytes(false), null);
  t.is(r.nullableBytes(true), null);
  t.deepEqual(r.bytes(false), bytes(1, 2, 3));
  t.deepEqual(r.bytes(true), bytes(4, 5));
  t.is(r.arrayLength(false), -1);
  t.is(r.arrayLength(true), -1);
  t.is(r.arrayLength(true), 0);
  t.is(r.remaining, 0);
});
