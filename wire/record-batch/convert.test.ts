import test from 'ava';
import { RecordBatchHeader, recomputeCrc } from './batch-header.js';
import { splitBatches } from './batch-scan.js';
import { encodeEndTxnMarkerBatch } from './control-records.js';
import { downConvertBatches, upConvertMessageSet, validateProduceBatches } from './convert.js';
import { RecordBatchError } from './errors.js';
import { decodeMessageSet, encodeMessageSet } from './legacy.js';
import { decodeRecordBatch, encodeRecordBatch, type RecordInput } from './records.js';

const RECORDS: RecordInput[] = [
  { key: Buffer.from('k0'), value: Buffer.from('v0'), timestamp: 1000, headers: [{ key: 'h', value: null }] },
  { key: null, value: Buffer.from('v1'), timestamp: 1003 },
  { key: Buffer.from('k2'), value: null, timestamp: 999 },
];

function decodeAll(buf: Buffer) {
  const out: Array<[bigint, bigint, string | null, string | null]> = [];
  for (const span of splitBatches(buf).batches) {
    const result = decodeRecordBatch(buf, span.offset);
    if (!result.ok) throw new Error(result.error.message);
    for (const r of result.batch.records) {
      out.push([
        result.batch.baseOffset + BigInt(r.offsetDelta),
        r.timestamp,
        r.key?.toString() ?? null,
        r.value?.toString() ?? null,
      ]);
    }
  }
  return out;
}

test('v2 -> magic 1 -> v2 keeps keys, values, timestamps, offsets and codec', (t) => {
  for (const codec of [0, 1, 2, 3]) {
    const stored = encodeRecordBatch({ baseOffset: 40, compression: codec, records: RECORDS });
    const down = downConvertBatches(stored, 1);
    t.is(down.recordCount, 3);
    const legacy = decodeMessageSet(down.bytes);
    if (!legacy.ok) return t.fail(legacy.error.message);
    t.deepEqual(
      legacy.messages.map((m) => [m.offset, m.timestamp, m.magic]),
      [
        [40n, 1000n, 1],
        [41n, 1003n, 1],
        [42n, 999n, 1],
      ],
    );
    if (codec !== 0) {
      t.is(down.bytes.readBigInt64BE(0), 42n, 'one wrapper at the last offset');
      t.is(down.bytes[17]! & 7, codec);
    }
    const up = upConvertMessageSet(down.bytes);
    t.is(up.recordCount, 3);
    t.is(up.compression, codec);
    const header = new RecordBatchHeader(up.batches);
    t.is(header.baseOffset, 0n);
    t.is(header.compression, codec);
    // Offsets are relative after up-conversion; shift by the stored base to compare.
    t.deepEqual(
      decodeAll(up.batches).map(([o, ...rest]) => [o + 40n, ...rest]),
      [
        [40n, 1000n, 'k0', 'v0'],
        [41n, 1003n, null, 'v1'],
        [42n, 999n, 'k2', null],
      ],
    );
  }
});

test('down-conversion to magic 0 drops timestamps and keeps absolute inner offsets', (t) => {
  const stored = Buffer.concat([
    encodeRecordBatch({ baseOffset: 10, records: RECORDS.slice(0, 1) }),
    encodeRecordBatch({ baseOffset: 11, compression: 3, records: RECORDS.slice(1) }),
  ]);
  const down = downConvertBatches(stored, 0);
  t.is(down.batchCount, 2);
  const legacy = decodeMessageSet(down.bytes);
  if (!legacy.ok) return t.fail(legacy.error.message);
  t.deepEqual(
    legacy.messages.map((m) => [m.offset, m.timestamp, m.magic]),
    [
      [10n, -1n, 0],
      [11n, -1n, 0],
      [12n, -1n, 0],
    ],
  );
  const up = upConvertMessageSet(down.bytes);
  t.deepEqual(
    decodeAll(up.batches).map((r) => r[1]),
    [-1n, -1n, -1n],
  );
});

test('control batches and a partial trailing batch are dropped; LogAppendTime survives', (t) => {
  const data = encodeRecordBatch({
    baseOffset: 0,
    timestampType: 1,
    maxTimestamp: 5555,
    records: RECORDS.slice(0, 2),
  });
  const marker = encodeEndTxnMarkerBatch({
    type: 1,
    producerId: 1,
    producerEpoch: 0,
    coordinatorEpoch: 0,
    timestamp: 1,
    baseOffset: 2,
  });
  const tail = encodeRecordBatch({ baseOffset: 3, records: RECORDS });
  const down = downConvertBatches(Buffer.concat([data, marker, tail.subarray(0, 30)]), 1);
  t.is(down.truncatedBytes, 30);
  const legacy = decodeMessageSet(down.bytes);
  if (!legacy.ok) return t.fail(legacy.error.message);
  t.deepEqual(
    legacy.messages.map((m) => [m.offset, m.timestamp, m.timestampType]),
    [
      [0n, 5555n, 1],
      [1n, 5555n, 1],
    ],
  );
});

test('zstd cannot be down-converted', (t) => {
  const zstd = encodeRecordBatch({ baseOffset: 5, compression: 4, records: RECORDS });
  const err = t.throws(() => downConvertBatches(zstd, 1), { instanceOf: RecordBatchError });
  t.is(err?.kind, 'UNSUPPORTED_COMPRESSION_TYPE');
  const before = encodeRecordBatch({ baseOffset: 0, records: RECORDS.slice(0, 1) });
  const partial = downConvertBatches(Buffer.concat([before, zstd]), 0);
  t.true(partial.stoppedAtZstd);
  t.is(partial.recordCount, 1);
});

test('up-conversion: magic 0 gets NO_TIMESTAMP, LogAppendTime uses now, v2 passes through', (t) => {
  const v0 = encodeMessageSet({ magic: 0, messages: [{ key: null, value: Buffer.from('x') }] });
  const up = upConvertMessageSet(v0);
  t.is(new RecordBatchHeader(up.batches).maxTimestamp, -1n);
  const appended = upConvertMessageSet(v0, { now: 777, timestampType: 1 });
  t.is(new RecordBatchHeader(appended.batches).timestampType, 1);
  t.deepEqual(decodeAll(appended.batches)[0]!.slice(0, 2), [0n, 777n]);
  const v2 = encodeRecordBatch({ records: RECORDS });
  t.is(upConvertMessageSet(v2).batches, v2);
  t.is(upConvertMessageSet(Buffer.alloc(0)).recordCount, 0);
  // Mixed plain and compressed messages: one batch carrying the wrapper's codec, offsets 0..n-1.
  const mixed = Buffer.concat([
    encodeMessageSet({
      magic: 1,
      baseOffset: 9,
      messages: [{ key: null, value: Buffer.from('a'), timestamp: 1 }],
    }),
    encodeMessageSet({
      magic: 1,
      compression: 2,
      messages: [{ key: null, value: Buffer.from('b'), timestamp: 2 }],
    }),
  ]);
  const converted = upConvertMessageSet(mixed);
  t.is(converted.compression, 2);
  t.is(splitBatches(converted.batches).batches.length, 1);
  t.deepEqual(
    decodeAll(converted.batches).map((r) => [r[0], r[1], r[3]]),
    [
      [0n, 1n, 'a'],
      [1n, 2n, 'b'],
    ],
  );
});

test('up-conversion rejects corrupt inner messages', (t) => {
  const set = encodeMessageSet({
    magic: 1,
    compression: 0,
    messages: [{ key: null, value: Buffer.from('abc') }],
  });
  set[set.length - 1] = set[set.length - 1]! ^ 1;
  const err = t.throws(() => upConvertMessageSet(set), { instanceOf: RecordBatchError });
  t.is(err?.kind, 'CORRUPT_MESSAGE');
});

test('validateProduceBatches applies Kafka produce rules and error codes', (t) => {
  const ok = encodeRecordBatch({ records: RECORDS });
  const check = (buf: Buffer, apiVersion = 9, maxMessageBytes = 1 << 20) =>
    validateProduceBatches(buf, { apiVersion, maxMessageBytes });
  t.like(check(ok), {
    errorCode: 0,
    errorMessage: null,
    batchCount: 1,
    recordCount: 3,
    validBytes: ok.length,
  });
  t.like(check(Buffer.alloc(0)), { errorCode: 87 });
  t.like(check(Buffer.concat([ok, ok])), { errorCode: 87, batchCount: 2 });
  t.like(check(encodeMessageSet({ magic: 1, messages: [{ key: null, value: null }] })), { errorCode: 87 });
  const zstd = encodeRecordBatch({ compression: 4, records: RECORDS });
  t.like(check(zstd, 6), { errorCode: 76 });
  t.like(check(zstd, 7), { errorCode: 0 });
  t.like(check(ok, 9, ok.length - 1), { errorCode: 10 });
  const badCrc = Buffer.from(ok);
  badCrc[badCrc.length - 1] = badCrc[badCrc.length - 1]! ^ 1;
  t.like(check(badCrc), { errorCode: 2 });
  const moved = Buffer.from(ok);
  moved.writeBigInt64BE(5n, 0);
  t.like(check(moved), { errorCode: 87 });
  const control = encodeEndTxnMarkerBatch({
    type: 0,
    producerId: 1,
    producerEpoch: 0,
    coordinatorEpoch: 0,
    timestamp: 0,
  });
  t.like(check(control), { errorCode: 87 });
  const badCodec = Buffer.from(ok);
  badCodec[22] = (badCodec[22]! & ~7) | 6;
  recomputeCrc(badCodec);
  t.like(check(badCodec), { errorCode: 76 });
  t.like(check(Buffer.concat([ok, Buffer.alloc(13, 0)])), { errorCode: 2 });
  t.like(check(Buffer.concat([ok, ok.subarray(0, 20)])), { errorCode: 0, validBytes: ok.length });
  // Before v3 (after up-conversion) several batches are allowed.
  t.like(check(Buffer.concat([ok, ok]), 2), { errorCode: 0, batchCount: 2, recordCount: 6 });
});
