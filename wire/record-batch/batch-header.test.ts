// Batch header tests: a batch hand-built from the v2 format with its CRC-32C from a bitwise
// implementation, getters, attribute helpers and the in-place edits with their CRC rules.
import { crc32c } from '@node-rs/crc32';
import test from 'ava';
import {
  CRC_OFFSET,
  compressionOf,
  computeCrc,
  hasDeleteHorizonAttr,
  isControlAttr,
  isTransactionalAttr,
  makeAttributes,
  RecordBatchHeader,
  readInt64Number,
  recomputeCrc,
  setBaseOffset,
  setMaxTimestamp,
  setPartitionLeaderEpoch,
  timestampTypeOf,
  verifyCrc,
} from './batch-header.js';
import { RecordBatchError } from './errors.js';
import { encodeRecordBatch } from './records.js';
import { bitwiseCrc32c } from './test-support.js';

// Two records written out field by field from the v2 format description.
function goldenBatch(): Buffer {
  const hex = [
    '0000000000000005', // baseOffset 5
    '00000046', // batchLength 70
    '00000007', // partitionLeaderEpoch 7
    '02', // magic
    '00000000', // crc, filled below
    '0000', // attributes
    '00000001', // lastOffsetDelta 1
    '00000000000003e8', // baseTimestamp 1000
    '00000000000003e8', // maxTimestamp 1000
    'ffffffffffffffff', // producerId -1
    'ffff', // producerEpoch -1
    'ffffffff', // baseSequence -1
    '00000002', // records count
    // record 0: length 13, attrs, tsDelta 0, offsetDelta 0, key "k", value "hi", 1 header h=x
    '1a',
    '00',
    '00',
    '00',
    '02',
    '6b',
    '04',
    '6869',
    '02',
    '02',
    '68',
    '02',
    '78',
    // record 1: length 6, attrs, tsDelta -1, offsetDelta 1, null key, null value, 0 headers
    '0c',
    '00',
    '01',
    '02',
    '01',
    '01',
    '00',
  ].join('');
  const buf = Buffer.from(hex, 'hex');
  buf.writeUInt32BE(bitwiseCrc32c(buf.subarray(21)), CRC_OFFSET);
  return buf;
}

test('golden batch: the native CRC-32C agrees with a bitwise implementation', (t) => {
  const golden = goldenBatch();
  t.is(golden.length, 82);
  t.is(bitwiseCrc32c(Buffer.from('123456789')), 0xe3069283);
  t.is(crc32c(golden.subarray(21)) >>> 0, bitwiseCrc32c(golden.subarray(21)));
  t.is(computeCrc(golden, 0), golden.readUInt32BE(CRC_OFFSET));
  t.true(verifyCrc(golden, 0));
});

test('golden batch: encodeRecordBatch produces exactly the hand-built bytes', (t) => {
  const encoded = encodeRecordBatch({
    baseOffset: 5n,
    partitionLeaderEpoch: 7,
    records: [
      {
        key: Buffer.from('k'),
        value: Buffer.from('hi'),
        headers: [{ key: 'h', value: Buffer.from('x') }],
        timestamp: 1000,
      },
      { key: null, value: null, timestamp: 999 },
    ],
  });
  t.deepEqual(encoded, goldenBatch());
});

test('header getters read each field in place', (t) => {
  const golden = goldenBatch();
  const view = new RecordBatchHeader(golden);
  t.is(view.baseOffset, 5n);
  t.is(view.baseOffsetNumber, 5);
  t.is(view.batchLength, 70);
  t.is(view.sizeInBytes, 82);
  t.is(view.partitionLeaderEpoch, 7);
  t.is(view.magic, 2);
  t.is(view.crc, golden.readUInt32BE(CRC_OFFSET));
  t.is(view.attributes, 0);
  t.is(view.compression, 0);
  t.is(view.timestampType, 0);
  t.false(view.isTransactional);
  t.false(view.isControl);
  t.false(view.hasDeleteHorizon);
  t.is(view.lastOffsetDelta, 1);
  t.is(view.lastOffset, 6n);
  t.is(view.lastOffsetNumber, 6);
  t.is(view.baseTimestamp, 1000n);
  t.is(view.baseTimestampNumber, 1000);
  t.is(view.maxTimestamp, 1000n);
  t.is(view.maxTimestampNumber, 1000);
  t.is(view.producerId, -1n);
  t.is(view.producerIdNumber, -1);
  t.false(view.hasProducerId);
  t.is(view.producerEpoch, -1);
  t.is(view.baseSequence, -1);
  t.is(view.lastSequence, -1);
  t.is(view.recordsCount, 2);
});

test('header view works at an offset inside a larger buffer and can be reset', (t) => {
  const golden = goldenBatch();
  const blob = Buffer.concat([Buffer.alloc(3, 0xee), golden, golden]);
  const view = new RecordBatchHeader(blob, 3);
  t.is(view.baseOffset, 5n);
  view.reset(blob, 3 + golden.length);
  t.is(view.recordsCount, 2);
  t.true(verifyCrc(blob, 3));
  t.true(verifyCrc(blob, 3 + golden.length));
  t.false(verifyCrc(blob, 0));
});

test('attribute helpers', (t) => {
  const attrs = makeAttributes({
    compression: 4,
    timestampType: 1,
    isTransactional: true,
    isControl: true,
    hasDeleteHorizon: true,
  });
  t.is(attrs, 0x7c);
  t.is(compressionOf(attrs), 4);
  t.is(timestampTypeOf(attrs), 1);
  t.true(isTransactionalAttr(attrs));
  t.true(isControlAttr(attrs));
  t.true(hasDeleteHorizonAttr(attrs));
  t.is(makeAttributes({}), 0);
  const batch = encodeRecordBatch({
    compression: 0,
    isTransactional: true,
    producerId: 1234567890123n,
    producerEpoch: 3,
    baseSequence: 2147483647,
    records: [
      { key: null, value: Buffer.from('a'), timestamp: 1 },
      { key: null, value: Buffer.from('b'), timestamp: 2 },
    ],
  });
  const view = new RecordBatchHeader(batch);
  t.true(view.isTransactional);
  t.false(view.isControl);
  t.true(view.hasProducerId);
  t.is(view.producerId, 1234567890123n);
  t.is(view.producerIdNumber, 1234567890123);
  t.is(view.producerEpoch, 3);
  t.is(view.lastSequence, 0, 'sequence wraps past int32 max');
});

test('setBaseOffset and setPartitionLeaderEpoch leave the CRC valid', (t) => {
  const batch = goldenBatch();
  const crc = batch.readUInt32BE(CRC_OFFSET);
  setBaseOffset(batch, 0, 123456789012n);
  setPartitionLeaderEpoch(batch, 0, 42);
  const view = new RecordBatchHeader(batch);
  t.is(view.baseOffset, 123456789012n);
  t.is(view.lastOffset, 123456789013n);
  t.is(view.partitionLeaderEpoch, 42);
  t.is(view.crc, crc);
  t.true(verifyCrc(batch));
  setBaseOffset(batch, 0, 77);
  t.is(view.baseOffsetNumber, 77);
});

test('setMaxTimestamp switches to LogAppendTime and recomputes the CRC', (t) => {
  const batch = goldenBatch();
  setMaxTimestamp(batch, 0, 1, 1700000000000n);
  const view = new RecordBatchHeader(batch);
  t.is(view.timestampType, 1);
  t.is(view.maxTimestamp, 1700000000000n);
  t.true(verifyCrc(batch));
  const expected = encodeRecordBatch({
    baseOffset: 5n,
    partitionLeaderEpoch: 7,
    timestampType: 1,
    maxTimestamp: 1700000000000n,
    records: [
      {
        key: Buffer.from('k'),
        value: Buffer.from('hi'),
        headers: [{ key: 'h', value: Buffer.from('x') }],
        timestamp: 1000,
      },
      { key: null, value: null, timestamp: 999 },
    ],
  });
  t.deepEqual(batch, expected);
  setMaxTimestamp(batch, 0, 0, 1000);
  t.deepEqual(batch, goldenBatch());
});

test('recomputeCrc repairs a batch after an edit inside the CRC range', (t) => {
  const batch = goldenBatch();
  batch.writeInt32BE(9, 53); // baseSequence
  t.false(verifyCrc(batch));
  recomputeCrc(batch);
  t.true(verifyCrc(batch));
  t.is(batch.readUInt32BE(CRC_OFFSET), bitwiseCrc32c(batch.subarray(21)));
});

test('view and edits reject buffers too small or with a batchLength that does not fit', (t) => {
  const short = Buffer.alloc(60);
  t.throws(() => new RecordBatchHeader(short), { instanceOf: RecordBatchError });
  t.throws(() => new RecordBatchHeader(goldenBatch(), 30), { instanceOf: RecordBatchError });
  t.throws(() => new RecordBatchHeader(goldenBatch(), -1), { instanceOf: RecordBatchError });
  t.throws(() => setBaseOffset(short, 0, 1n), { instanceOf: RecordBatchError });
  const lying = goldenBatch();
  lying.writeInt32BE(1000, 8);
  t.throws(() => recomputeCrc(lying), { instanceOf: RecordBatchError });
  t.throws(() => setMaxTimestamp(lying, 0, 1, 5n), { instanceOf: RecordBatchError });
  t.false(verifyCrc(lying));
  lying.writeInt32BE(-5, 8);
  t.false(verifyCrc(lying));
  t.false(verifyCrc(short));
  t.false(verifyCrc(goldenBatch(), 1.5));
});

test('readInt64Number is exact for negative and large safe values', (t) => {
  const buf = Buffer.alloc(8);
  for (const v of [
    0n,
    -1n,
    -2n,
    4294967295n,
    4294967296n,
    -4294967297n,
    9007199254740991n,
    -9007199254740991n,
  ]) {
    buf.writeBigInt64BE(v);
    t.is(readInt64Number(buf, 0), Number(v));
  }
});
