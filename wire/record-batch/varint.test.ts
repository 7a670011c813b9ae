// Varint/varlong tests: protobuf golden bytes, round trips over both ranges, and overlong or
// truncated input that must throw RecordBatchError without moving the cursor.
import test from 'ava';
import { RecordBatchError } from './errors.js';
import {
  type Cursor,
  readVarint,
  readVarlong,
  readVarlongNumber,
  sizeOfVarint,
  sizeOfVarlong,
  sizeOfVarlongNumber,
  writeVarint,
  writeVarlong,
  writeVarlongNumber,
} from './varint.js';

function encodeVarint(value: number): Buffer {
  const buf = Buffer.alloc(sizeOfVarint(value));
  const end = writeVarint(buf, 0, value);
  if (end !== buf.length) throw new Error('size mismatch');
  return buf;
}

function encodeVarlong(value: bigint): Buffer {
  const buf = Buffer.alloc(sizeOfVarlong(value));
  const end = writeVarlong(buf, 0, value);
  if (end !== buf.length) throw new Error('size mismatch');
  return buf;
}

test('varint golden bytes follow protobuf zigzag', (t) => {
  t.deepEqual(encodeVarint(0), Buffer.from([0x00]));
  t.deepEqual(encodeVarint(-1), Buffer.from([0x01]));
  t.deepEqual(encodeVarint(1), Buffer.from([0x02]));
  t.deepEqual(encodeVarint(-64), Buffer.from([0x7f]));
  t.deepEqual(encodeVarint(64), Buffer.from([0x80, 0x01]));
  t.deepEqual(encodeVarint(300), Buffer.from([0xd8, 0x04]));
  t.deepEqual(encodeVarint(2147483647), Buffer.from([0xfe, 0xff, 0xff, 0xff, 0x0f]));
  t.deepEqual(encodeVarint(-2147483648), Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]));
});

test('varint round trips across the int32 range', (t) => {
  const values = [
    0,
    1,
    -1,
    63,
    -64,
    64,
    -65,
    8191,
    8192,
    -8193,
    1 << 20,
    -(1 << 27),
    2147483647,
    -2147483648,
  ];
  for (let v = -70000; v < 70000; v += 97) values.push(v);
  const cursor: Cursor = { offset: 0 };
  for (const v of values) {
    const buf = encodeVarint(v);
    cursor.offset = 0;
    t.is(readVarint(buf, cursor), v);
    t.is(cursor.offset, buf.length);
  }
});

test('varint reads at an offset and respects an end limit', (t) => {
  const buf = Buffer.from([0xaa, 0xd8, 0x04, 0x02]);
  const cursor = { offset: 1 };
  t.is(readVarint(buf, cursor), 300);
  t.is(readVarint(buf, cursor), 1);
  t.is(cursor.offset, 4);
  const err = t.throws(() => readVarint(buf, { offset: 1 }, 2), { instanceOf: RecordBatchError });
  t.is(err?.kind, 'INVALID_RECORD');
});

test('varint rejects overlong and truncated input without moving the cursor', (t) => {
  const cases = [
    Buffer.from([]),
    Buffer.from([0x80]),
    Buffer.from([0xff, 0xff, 0xff, 0xff]),
    Buffer.from([0xff, 0xff, 0xff, 0xff, 0x10]), // bits beyond 32
    Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), // six bytes
  ];
  for (const buf of cases) {
    const cursor = { offset: 0 };
    t.throws(() => readVarint(buf, cursor), { instanceOf: RecordBatchError });
    t.is(cursor.offset, 0);
  }
  t.throws(() => readVarint(Buffer.from([1]), { offset: -1 }), { instanceOf: RecordBatchError });
  t.throws(() => readVarint(Buffer.from([1]), { offset: 5 }), { instanceOf: RecordBatchError });
});

test('writeVarint refuses non-int32 values', (t) => {
  t.throws(() => writeVarint(Buffer.alloc(5), 0, 2 ** 31), { instanceOf: RecordBatchError });
  t.throws(() => writeVarint(Buffer.alloc(5), 0, 1.5), { instanceOf: RecordBatchError });
});

test('varlong golden bytes at the int64 extremes', (t) => {
  t.deepEqual(encodeVarlong(0n), Buffer.from([0x00]));
  t.deepEqual(encodeVarlong(-1n), Buffer.from([0x01]));
  t.deepEqual(
    encodeVarlong((1n << 63n) - 1n),
    Buffer.from([0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
  );
  t.deepEqual(
    encodeVarlong(-(1n << 63n)),
    Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
  );
});

test('varlong round trips through the bigint and number paths', (t) => {
  const values: bigint[] = [0n, 1n, -1n, 1700000000000n, -1700000000000n, (1n << 63n) - 1n, -(1n << 63n)];
  for (let shift = 0n; shift < 63n; shift++) {
    values.push(1n << shift, -(1n << shift), (1n << shift) - 1n, -(1n << shift) + 1n);
  }
  const cursor = { offset: 0 };
  for (const v of values) {
    const buf = encodeVarlong(v);
    cursor.offset = 0;
    t.is(readVarlong(buf, cursor), v, `bigint ${v}`);
    t.is(cursor.offset, buf.length);
    const safe = v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER);
    cursor.offset = 0;
    if (safe) {
      t.is(readVarlongNumber(buf, cursor), Number(v), `number ${v}`);
      const viaNumber = Buffer.alloc(sizeOfVarlongNumber(Number(v)));
      t.is(writeVarlongNumber(viaNumber, 0, Number(v)), viaNumber.length);
      t.deepEqual(viaNumber, buf);
    } else {
      t.throws(() => readVarlongNumber(buf, cursor), { instanceOf: RecordBatchError });
    }
  }
});

test('varlong rejects overlong, truncated and out-of-range input', (t) => {
  const tooLong = Buffer.alloc(11, 0xff);
  tooLong[10] = 0x01;
  t.throws(() => readVarlong(tooLong, { offset: 0 }), { instanceOf: RecordBatchError });
  const tenthByteTooBig = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]);
  t.throws(() => readVarlong(tenthByteTooBig, { offset: 0 }), { instanceOf: RecordBatchError });
  t.throws(() => readVarlong(Buffer.from([0x80, 0x80]), { offset: 0 }), { instanceOf: RecordBatchError });
  t.throws(() => readVarlong(Buffer.alloc(9, 0xff), { offset: 0 }), { instanceOf: RecordBatchError });
  t.throws(() => writeVarlong(Buffer.alloc(10), 0, 1n << 63n), { instanceOf: RecordBatchError });
  t.throws(() => writeVarlongNumber(Buffer.alloc(10), 0, 2 ** 60), { instanceOf: RecordBatchError });
  t.throws(() => sizeOfVarlongNumber(0.5), { instanceOf: RecordBatchError });
});
