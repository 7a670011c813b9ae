// Record encode/decode tests: round trips (nulls, headers, negative deltas, int64 timestamps, many
// records) and hostile batches that must yield specific error kinds, never exceptions.
import test from 'ava';
import {
  CRC_OFFSET,
  RECORD_BATCH_OVERHEAD,
  RecordBatchHeader,
  recomputeCrc,
  verifyCrc,
} from './batch-header.js';
import { RecordBatchError } from './errors.js';
import {
  type DecodedRecordBatch,
  decodeRecordBatch,
  encodeRecordBatch,
  type RecordInput,
} from './records.js';
import { KNOWN_KINDS, randomBytes, seededRandom } from './test-support.js';

function decodeOk(buf: Buffer, offset = 0): DecodedRecordBatch {
  const result = decodeRecordBatch(buf, offset);
  if (!result.ok) throw new Error(`decode failed: ${result.error.kind} ${result.error.message}`);
  return result.batch;
}

function sameRecords(
  t: import('ava').ExecutionContext,
  batch: DecodedRecordBatch,
  input: readonly RecordInput[],
) {
  t.is(batch.records.length, input.length);
  input.forEach((expected, i) => {
    const actual = batch.records[i]!;
    t.deepEqual(actual.key, expected.key);
    t.deepEqual(actual.value, expected.value);
    t.deepEqual(actual.headers, expected.headers ?? []);
    t.is(actual.timestamp, BigInt(expected.timestamp));
    t.is(actual.offsetDelta, expected.offsetDelta ?? i);
    t.is(actual.attributes, 0);
  });
}

test('round trip: null keys and values, empty buffers, headers with null values and unicode keys', (t) => {
  const records: RecordInput[] = [
    { key: null, value: null, timestamp: 1700000000000 },
    { key: Buffer.alloc(0), value: Buffer.alloc(0), timestamp: 1700000000001 },
    {
      key: Buffer.from('key'),
      value: Buffer.from('value'),
      headers: [
        { key: 'trace-id', value: Buffer.from('abc') },
        { key: 'nul', value: null },
        { key: 'ключ-🔑', value: Buffer.alloc(0) },
        { key: '', value: Buffer.from([0, 1, 2]) },
      ],
      timestamp: 1700000000002,
    },
  ];
  const buf = encodeRecordBatch({ baseOffset: 42n, partitionLeaderEpoch: 3, records });
  const batch = decodeOk(buf);
  t.is(batch.baseOffset, 42n);
  t.is(batch.partitionLeaderEpoch, 3);
  t.is(batch.magic, 2);
  t.is(batch.lastOffsetDelta, 2);
  t.is(batch.baseTimestamp, 1700000000000n);
  t.is(batch.maxTimestamp, 1700000000002n);
  t.is(batch.producerId, -1n);
  t.is(batch.producerEpoch, -1);
  t.is(batch.baseSequence, -1);
  t.is(batch.batchLength, buf.length - 12);
  sameRecords(t, batch, records);
});

test('round trip: negative timestamp deltas, explicit offset deltas and number/bigint timestamps', (t) => {
  const records: RecordInput[] = [
    { key: null, value: Buffer.from('a'), timestamp: 5000n, offsetDelta: 0 },
    { key: null, value: Buffer.from('b'), timestamp: 1000, offsetDelta: 3 },
    { key: null, value: Buffer.from('c'), timestamp: -250n, offsetDelta: 7 },
  ];
  const batch = decodeOk(encodeRecordBatch({ records }));
  t.is(batch.baseTimestamp, 5000n);
  t.is(batch.maxTimestamp, 5000n);
  t.is(batch.lastOffsetDelta, 7);
  sameRecords(t, batch, records);
});

test('round trip: timestamps at the edges of int64', (t) => {
  const max = (1n << 63n) - 1n;
  const records: RecordInput[] = [
    { key: null, value: Buffer.from('x'), timestamp: 1n << 62n },
    { key: null, value: Buffer.from('y'), timestamp: -(1n << 62n) },
    { key: null, value: Buffer.from('z'), timestamp: (1n << 62n) + 12345n },
  ];
  const batch = decodeOk(encodeRecordBatch({ records }));
  sameRecords(t, batch, records);
  const single = decodeOk(encodeRecordBatch({ records: [{ key: null, value: null, timestamp: max }] }));
  t.is(single.records[0]!.timestamp, max);
  t.is(single.maxTimestamp, max);
  const unsafeNumber = decodeOk(
    encodeRecordBatch({ records: [{ key: null, value: null, timestamp: 2 ** 53 - 1 }] }),
  );
  t.is(unsafeNumber.records[0]!.timestamp, 2n ** 53n - 1n);
});

test('round trip: many records and large values', (t) => {
  const records: RecordInput[] = [];
  for (let i = 0; i < 5000; i++) {
    records.push({
      key: Buffer.from(`key-${i}`),
      value: i % 1000 === 0 ? Buffer.alloc(70000, i & 0xff) : Buffer.from(`value-${i}`),
      headers: i % 3 === 0 ? [{ key: 'i', value: Buffer.from(String(i)) }] : [],
      timestamp: 1700000000000 + (i % 17) - 8,
    });
  }
  const buf = encodeRecordBatch({ baseOffset: 1000000n, records });
  const batch = decodeOk(buf);
  t.is(batch.lastOffsetDelta, 4999);
  t.is(batch.maxTimestamp, 1700000000008n);
  sameRecords(t, batch, records);
});

test('round trip: producer fields, transactional flag, LogAppendTime and an empty batch', (t) => {
  const buf = encodeRecordBatch({
    producerId: 99n,
    producerEpoch: 4,
    baseSequence: 10,
    isTransactional: true,
    timestampType: 1,
    maxTimestamp: 1234567n,
    records: [
      { key: null, value: Buffer.from('a'), timestamp: 10 },
      { key: null, value: Buffer.from('b'), timestamp: 20 },
    ],
  });
  const batch = decodeOk(buf);
  t.is(batch.producerId, 99n);
  t.is(batch.producerEpoch, 4);
  t.is(batch.baseSequence, 10);
  t.true(batch.isTransactional);
  t.false(batch.isControl);
  t.is(batch.timestampType, 1);
  // Kafka reports the batch's log append time for every record of a LogAppendTime batch.
  t.deepEqual(
    batch.records.map((r) => r.timestamp),
    [1234567n, 1234567n],
  );

  const empty = encodeRecordBatch({ records: [], lastOffsetDelta: 4, hasDeleteHorizon: true });
  t.is(empty.length, RECORD_BATCH_OVERHEAD);
  const decoded = decodeOk(empty);
  t.is(decoded.records.length, 0);
  t.is(decoded.lastOffsetDelta, 4);
  t.is(decoded.baseTimestamp, -1n);
  t.true(decoded.hasDeleteHorizon);
});

test('decode works at an offset inside a larger blob', (t) => {
  const a = encodeRecordBatch({ records: [{ key: null, value: Buffer.from('a'), timestamp: 1 }] });
  const b = encodeRecordBatch({
    baseOffset: 1n,
    records: [{ key: null, value: Buffer.from('b'), timestamp: 2 }],
  });
  const blob = Buffer.concat([a, b]);
  const result = decodeRecordBatch(blob, a.length);
  t.true(result.ok);
  if (result.ok) {
    t.is(result.size, b.length);
    t.is(result.batch.baseOffset, 1n);
    t.deepEqual(result.batch.records[0]!.value, Buffer.from('b'));
  }
});

test('a batch flagged compressed whose records are not compressed data is CORRUPT_MESSAGE', (t) => {
  const buf = encodeRecordBatch({ records: [{ key: null, value: Buffer.from('a'), timestamp: 1 }] });
  buf[22] = (buf[22]! & ~0x07) | 1; // gzip
  recomputeCrc(buf);
  const result = decodeRecordBatch(buf);
  t.false(result.ok);
  if (!result.ok) t.is(result.error.kind, 'CORRUPT_MESSAGE');
  const err = t.throws(() => encodeRecordBatch({ compression: 5, records: [] }), {
    instanceOf: RecordBatchError,
  });
  t.is(err?.kind, 'UNSUPPORTED_COMPRESSION_TYPE');
});

test('encode rejects non-integer timestamps with RecordBatchError', (t) => {
  t.throws(() => encodeRecordBatch({ records: [{ key: null, value: null, timestamp: 1.5 }] }), {
    instanceOf: RecordBatchError,
  });
  t.throws(
    () =>
      encodeRecordBatch({
        records: [
          { key: null, value: null, timestamp: 0 },
          { key: null, value: null, timestamp: Number.NaN },
        ],
      }),
    { instanceOf: RecordBatchError },
  );
});

// A batch with a single record whose body bytes we control, CRC recomputed so record parsing runs.
function batchWithRecordBody(body: number[], count = 1): Buffer {
  const base = encodeRecordBatch({ records: [] });
  const recordBytes = Buffer.from(body);
  const buf = Buffer.concat([base, recordBytes]);
  buf.writeInt32BE(buf.length - 12, 8);
  buf.writeInt32BE(count, 57);
  recomputeCrc(buf);
  return buf;
}

function kindOf(buf: Buffer): string {
  const result = decodeRecordBatch(buf);
  return result.ok ? 'ok' : result.error.kind;
}

test('hostile records: bad lengths and overlong varints give INVALID_RECORD', (t) => {
  // well-formed baseline: length 6, attrs, tsDelta 0, offsetDelta 0, null key, null value, 0 headers
  t.is(kindOf(batchWithRecordBody([0x0c, 0, 0, 0, 1, 1, 0])), 'ok');
  const cases: Array<[string, number[]]> = [
    ['negative record length', [0x01, 0, 0, 0, 1, 1, 0]],
    ['record length past the end', [0x7e, 0, 0, 0, 1, 1, 0]],
    ['record length too small', [0x08, 0, 0, 0, 1, 1, 0]],
    ['key length -2', [0x0c, 0, 0, 0, 3, 1, 0]],
    ['huge key length', [0x14, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff, 0x0f, 1, 0]],
    ['value past the record', [0x0c, 0, 0, 0, 1, 0x08, 0]],
    ['negative header count', [0x0c, 0, 0, 0, 1, 1, 1]],
    ['huge header count', [0x14, 0, 0, 0, 1, 1, 0xfe, 0xff, 0xff, 0xff, 0x0f]],
    ['negative header key length', [0x10, 0, 0, 0, 1, 1, 2, 1, 1]],
    ['header value length -3', [0x10, 0, 0, 0, 1, 1, 2, 0, 5]],
    ['overlong offsetDelta varint', [0x14, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 1, 1, 0]],
    [
      'overlong timestampDelta varlong',
      [0x1c, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0, 1, 1, 0],
    ],
    ['record shorter than its length', [0x0e, 0, 0, 0, 1, 1, 0, 0]],
    ['trailing bytes after the records', [0x0c, 0, 0, 0, 1, 1, 0, 0]],
  ];
  for (const [name, body] of cases) t.is(kindOf(batchWithRecordBody(body)), 'INVALID_RECORD', name);
  t.is(
    kindOf(batchWithRecordBody([0x0c, 0, 0, 0, 1, 1, 0], 2)),
    'INVALID_RECORD',
    'count larger than records',
  );
  t.is(
    kindOf(batchWithRecordBody([0x0c, 0, 0, 0, 1, 1, 0], 0)),
    'INVALID_RECORD',
    'count smaller than records',
  );
  t.is(kindOf(batchWithRecordBody([0x0c, 0, 0, 0, 1, 1, 0], 2 ** 31 - 1)), 'INVALID_RECORD', 'huge count');
  t.is(kindOf(batchWithRecordBody([0x0c, 0, 0, 0, 1, 1, 0], -1)), 'INVALID_RECORD', 'negative count');
});

test('hostile batches: every truncation and a bad CRC are CORRUPT_MESSAGE', (t) => {
  const buf = encodeRecordBatch({
    records: [
      { key: Buffer.from('k'), value: Buffer.from('v'), headers: [{ key: 'h', value: null }], timestamp: 9 },
    ],
  });
  for (let length = 0; length < buf.length; length++) {
    const result = decodeRecordBatch(buf.subarray(0, length));
    t.false(result.ok);
    if (!result.ok) t.is(result.error.kind, 'CORRUPT_MESSAGE', `prefix of ${length} bytes`);
  }
  const flipped = Buffer.from(buf);
  flipped[flipped.length - 1]! ^= 0x40;
  t.is(kindOf(flipped), 'CORRUPT_MESSAGE');
  t.false(verifyCrc(flipped));
  const negativeLength = Buffer.from(buf);
  negativeLength.writeInt32BE(-100, 8);
  t.is(kindOf(negativeLength), 'CORRUPT_MESSAGE');
  const hugeLength = Buffer.from(buf);
  hugeLength.writeInt32BE(0x7fffffff, 8);
  t.is(kindOf(hugeLength), 'CORRUPT_MESSAGE');
  t.is(decodeRecordBatch(buf, -1).ok, false);
  t.is(decodeRecordBatch(buf, buf.length + 10).ok, false);
});

test('random bytes never escape as exceptions (seeded)', (t) => {
  const seed = Number(process.env.SEED ?? 20240601);
  const next = seededRandom(seed);
  const template = encodeRecordBatch({
    records: [
      {
        key: Buffer.from('key'),
        value: Buffer.from('value'),
        headers: [{ key: 'h', value: Buffer.from('v') }],
        timestamp: 1,
      },
      { key: null, value: Buffer.from('second'), timestamp: -5 },
    ],
  });
  const kinds = new Map<string, number>();
  for (let round = 0; round < 4000; round++) {
    let buf: Buffer;
    if (round % 2 === 0) {
      buf = randomBytes(next, next() % 200);
      if (buf.length > 16) buf[16] = 2; // mostly reach the v2 paths
    } else {
      // Mutate the records section of a valid batch and fix the CRC so record parsing runs.
      buf = Buffer.from(template);
      const flips = 1 + (next() % 4);
      for (let f = 0; f < flips; f++) {
        const at = RECORD_BATCH_OVERHEAD - 4 + (next() % (buf.length - RECORD_BATCH_OVERHEAD + 4));
        buf[at] = next() & 0xff;
      }
      recomputeCrc(buf);
    }
    const result = decodeRecordBatch(buf);
    const kind = result.ok ? 'ok' : result.error.kind;
    if (!result.ok) t.true(KNOWN_KINDS.has(kind), `seed ${seed} round ${round}`);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  t.true((kinds.get('CORRUPT_MESSAGE') ?? 0) > 0);
  t.true((kinds.get('INVALID_RECORD') ?? 0) > 0);
  t.log(`seed ${seed}: ${JSON.stringify(Object.fromEntries(kinds))}`);
});

test('decoded keys and values are views into the input buffer', (t) => {
  const buf = encodeRecordBatch({
    records: [{ key: Buffer.from('k'), value: Buffer.from('v'), timestamp: 0 }],
  });
  const batch = decodeOk(buf);
  t.is(batch.records[0]!.value!.buffer, buf.buffer);
  t.is(new RecordBatchHeader(buf).crc, buf.readUInt32BE(CRC_OFFSET));
});
