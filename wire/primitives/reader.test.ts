// Tests for the bounds-checked Reader: every primitive against hand-written big-endian bytes, varint
// edges, classic (int16/int32 -1) versus compact (varint 0) nulls, and hostile lengths, which must
// throw DecodeError before anything is allocated or any element is read.
import test from 'ava';
import { readArray, readNullableArray } from './arrays.js';
import { DecodeError } from './errors.js';
import { Reader } from './reader.js';

const bytes = (...b: number[]): Buffer => Buffer.from(b);
const reader = (...b: number[]): Reader => new Reader(Buffer.from(b));

test('fixed-width integers are big-endian and signed where Kafka says so', (t) => {
  t.is(reader(0xff).int8(), -1);
  t.is(reader(0x7f).int8(), 127);
  t.is(reader(0x80, 0x00).int16(), -32768);
  t.is(reader(0x12, 0x34).int16(), 0x1234);
  t.is(reader(0xff, 0xff).uint16(), 65535);
  t.is(reader(0xff, 0xff, 0xff, 0xfe).int32(), -2);
  t.is(reader(0x80, 0, 0, 0).int32(), -2147483648);
  t.is(reader(0xff, 0xff, 0xff, 0xff).uint32(), 4294967295);
  t.is(reader(0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff).int64(), 9223372036854775807n);
  t.is(reader(0x80, 0, 0, 0, 0, 0, 0, 0).int64(), -9223372036854775808n);
  t.is(reader(0x3f, 0xf0, 0, 0, 0, 0, 0, 0).float64(), 1);
});

test('bool is any non-zero byte', (t) => {
  t.false(reader(0).bool());
  t.true(reader(1).bool());
  t.true(reader(0xff).bool());
});

test('uuid reads 16 raw bytes as url-safe base64', (t) => {
  const raw = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) raw[i] = i * 17;
  const r = new Reader(raw);
  t.is(r.uuid(), raw.toString('base64url'));
  t.is(r.remaining, 0);
  t.is(reader(...new Array(16).fill(0)).uuid(), 'AAAAAAAAAAAAAAAAAAAAAA');
});

test('unsigned varints decode at every length edge', (t) => {
  const cases: [number[], number][] = [
    [[0x00], 0],
    [[0x01], 1],
    [[0x7f], 127],
    [[0x80, 0x01], 128],
    [[0xff, 0x7f], 16383],
    [[0x80, 0x80, 0x01], 16384],
    [[0xff, 0xff, 0x7f], 2 ** 21 - 1],
    [[0x80, 0x80, 0x80, 0x01], 2 ** 21],
    [[0xff, 0xff, 0xff, 0x7f], 2 ** 28 - 1],
    [[0x80, 0x80, 0x80, 0x80, 0x01], 2 ** 28],
    [[0xff, 0xff, 0xff, 0xff, 0x07], 2 ** 31 - 1],
    [[0x80, 0x80, 0x80, 0x80, 0x08], 2 ** 31],
    [[0xff, 0xff, 0xff, 0xff, 0x0f], 2 ** 32 - 1],
  ];
  for (const [input, value] of cases) {
    const r = reader(...input);
    t.is(r.uvarint(), value, `bytes ${input.join(',')}`);
    t.is(r.remaining, 0);
  }
});

test('a varint longer than 5 bytes or cut short throws DecodeError', (t) => {
  t.throws(() => reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x01).uvarint(), { instanceOf: DecodeError });
  t.throws(() => reader(0x80).uvarint(), { instanceOf: DecodeError });
  t.throws(() => reader(0xff, 0xff, 0xff).uvarint(), { instanceOf: DecodeError });
  t.throws(() => reader().uvarint(), { instanceOf: DecodeError });
});

test('classic strings: int16 length, -1 is null, other negatives are errors', (t) => {
  t.is(reader(0, 3, 0x61, 0x62, 0x63).string(false), 'abc');
  t.is(reader(0, 0).string(false), '');
  t.is(reader(0xff, 0xff).nullableString(false), null);
  t.throws(() => reader(0xff, 0xff).string(false), { instanceOf: DecodeError });
  t.throws(() => reader(0xff, 0xfe).nullableString(false), { instanceOf: DecodeError });
  const utf8 = Buffer.from('héllo ✓', 'utf8');
  const r = new Reader(Buffer.concat([bytes(0, utf8.length), utf8]));
  t.is(r.string(false), 'héllo ✓');
  t.is(r.remaining, 0);
});

test('compact strings: varint length+1, 0 is null', (t) => {
  t.is(reader(4, 0x61, 0x62, 0x63).string(true), 'abc');
  t.is(reader(1).string(true), '');
  t.is(reader(0).nullableString(true), null);
  t.throws(() => reader(0).string(true), { instanceOf: DecodeError });
});

test('classic and compact bytes, with their nulls, are views into the frame', (t) => {
  const buf = bytes(0, 0, 0, 2, 9, 8, 3, 7, 6, 0xff, 0xff, 0xff, 0xff, 0);
  const r = new Reader(buf);
  const a = r.bytes(false);
  t.deepEqual(a, bytes(9, 8));
  t.is(a.buffer, buf.buffer);
  t.deepEqual(r.bytes(true), bytes(7, 6));
  t.is(r.nullableBytes(false), null);
  t.is(r.nullableBytes(true), null);
  t.is(r.remaining, 0);
  t.throws(() => reader(0xff, 0xff, 0xff, 0xff).bytes(false), { instanceOf: DecodeError });
  t.throws(() => reader(0).bytes(true), { instanceOf: DecodeError });
  t.throws(() => reader(0xff, 0xff, 0xff, 0xfe).nullableBytes(false), { instanceOf: DecodeError });
});

test('array lengths: classic -1 and compact 0 are null; counts must fit in the bytes left', (t) => {
  t.is(reader(0xff, 0xff, 0xff, 0xff).arrayLength(false), -1);
  t.is(reader(0).arrayLength(true), -1);
  t.is(reader(0, 0, 0, 2, 1, 1).arrayLength(false), 2);
  t.is(reader(3, 1, 1).arrayLength(true), 2);
  t.throws(() => reader(0xff, 0xff, 0xff, 0xfe).arrayLength(false), { instanceOf: DecodeError });
  t.throws(() => reader(0, 0, 0, 3, 1, 1).arrayLength(false), { instanceOf: DecodeError });
});

test('readArray and readNullableArray apply the null rules', (t) => {
  const int8 = (r: Reader) => r.int8();
  t.deepEqual(readArray(reader(0, 0, 0, 2, 5, 6), false, int8), [5, 6]);
  t.deepEqual(readArray(reader(3, 5, 6), true, int8), [5, 6]);
  t.is(readNullableArray(reader(0xff, 0xff, 0xff, 0xff), false, int8), null);
  t.is(readNullableArray(reader(0), true, int8), null);
  t.throws(() => readArray(reader(0), true, int8), { instanceOf: DecodeError });
});

test('hostile lengths throw DecodeError without allocating or reading elements', (t) => {
  let elementsRead = 0;
  const elem = (r: Reader) => {
    elementsRead++;
    return r.int8();
  };
  const before = process.memoryUsage().arrayBuffers;
  // int32 max array count with 4 bytes left.
  t.throws(() => readArray(reader(0x7f, 0xff, 0xff, 0xff, 1, 2, 3, 4), false, elem), {
    instanceOf: DecodeError,
  });
  // compact array count 2^32-2 (varint 2^32-1).
  t.throws(() => readArray(reader(0xff, 0xff, 0xff, 0xff, 0x0f, 1), true, elem), { instanceOf: DecodeError });
  t.is(elementsRead, 0);
  // int32 max bytes length, compact 2^32-2 bytes, int16 max string, compact 2^32-2 string.
  t.throws(() => reader(0x7f, 0xff, 0xff, 0xff, 1).bytes(false), { instanceOf: DecodeError });
  t.throws(() => reader(0xff, 0xff, 0xff, 0xff, 0x0f, 1).bytes(true), { instanceOf: DecodeError });
  t.throws(() => reader(0x7f, 0xff, 0x61).string(false), { instanceOf: DecodeError });
  t.throws(() => reader(0xff, 0xff, 0xff, 0xff, 0x0f, 0x61).string(true), { instanceOf: DecodeError });
  // 2^32-1 tagged fields, and a tagged field claiming 2^32-1 bytes.
  t.throws(() => reader(0xff, 0xff, 0xff, 0xff, 0x0f).taggedFields(), { instanceOf: DecodeError });
  t.throws(() => reader(1, 0, 0xff, 0xff, 0xff, 0xff, 0x0f, 1).taggedFields(), { instanceOf: DecodeError });
  const grown = process.memoryUsage().arrayBuffers - before;
  t.true(grown < 64 * 1024 * 1024, `array buffers grew by ${grown} bytes`);
});

test('every fixed-width read past the end throws DecodeError', (t) => {
  const r = reader(1, 2, 3);
  t.throws(() => r.int32(), { instanceOf: DecodeError });
  t.is(r.pos, 0, 'a failed read does not move the position');
  t.throws(() => reader().int8(), { instanceOf: DecodeError });
  t.throws(() => reader().bool(), { instanceOf: DecodeError });
  t.throws(() => reader(1).int16(), { instanceOf: DecodeError });
  t.throws(() => reader(1).uint16(), { instanceOf: DecodeError });
  t.throws(() => reader(1, 2, 3).uint32(), { instanceOf: DecodeError });
  t.throws(() => reader(1, 2, 3, 4, 5, 6, 7).int64(), { instanceOf: DecodeError });
  t.throws(() => reader(1, 2, 3, 4, 5, 6, 7).float64(), { instanceOf: DecodeError });
  t.throws(() => reader(...new Array(15).fill(0)).uuid(), { instanceOf: DecodeError });
});

test('a reader with an end before the buffer end never reads past it', (t) => {
  const buf = bytes(0, 0, 0, 1, 0xaa, 0xbb, 0xcc, 0xdd);
  const r = new Reader(buf, 0, 5);
  t.is(r.int32(), 1);
  t.is(r.remaining, 1);
  t.throws(() => r.int16(), { instanceOf: DecodeError });
  const mid = new Reader(buf, 4, 6);
  t.is(mid.uint16(), 0xaabb);
  t.is(mid.remaining, 0);
  // A length that fits the buffer but not the reader's window.
  t.throws(() => new Reader(bytes(0, 3, 0x61, 0x62, 0x63), 0, 4).string(false), { instanceOf: DecodeError });
});

test('tagged fields come back raw, in wire order', (t) => {
  const r = reader(2, 0, 1, 0x2a, 5, 2, 0x61, 0x62, 0x99);
  const fields = r.taggedFields();
  t.deepEqual(fields, [
    { tag: 0, data: bytes(0x2a) },
    { tag: 5, data: bytes(0x61, 0x62) },
  ]);
  t.is(r.remaining, 1);
  t.deepEqual(reader(0).taggedFields(), []);
  t.deepEqual(Reader.over(bytes(0)).taggedFields(), []);
});
