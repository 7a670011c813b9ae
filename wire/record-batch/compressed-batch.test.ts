// Compressed v2 batches: round trips for every codec and golden batches built by hand from the
// format specs (gzip stored block, xerial snappy literal, lz4 literal block, zstd raw block).
import test from 'ava';
import { verifyCrc } from './batch-header.js';
import { crc32Ieee } from './crc32-ieee.js';
import { lz4HeaderChecksum } from './lz4-frame.js';
import { decodeRecordBatch, encodeRecordBatch } from './records.js';
import { bitwiseCrc32c } from './test-support.js';

/** Two records: (key null, value "hi", delta 0) and (key "k", value "v", timestampDelta 5, offsetDelta 1). */
const SECTION = Buffer.from('100000000104686900' + '10000a02026b027600', 'hex');

function goldenBatch(codec: number, records: Buffer): Buffer {
  const head = Buffer.from(
    '0000000000000064' + // baseOffset 100
      '00000000' + // batchLength, filled below
      'ffffffff' + // partitionLeaderEpoch
      '02' + // magic
      '00000000' + // crc, filled below
      `000${codec}` + // attributes: codec only
      '00000001' + // lastOffsetDelta
      '00000000000003e8' + // baseTimestamp 1000
      '00000000000003ed' + // maxTimestamp 1005
      'ffffffffffffffff' + // producerId
      'ffff' + // producerEpoch
      'ffffffff' + // baseSequence
      '00000002', // records count
    'hex',
  );
  const batch = Buffer.concat([head, records]);
  batch.writeInt32BE(batch.length - 12, 8);
  batch.writeUInt32BE(bitwiseCrc32c(batch.subarray(21)), 17);
  return batch;
}

function gzipStored(data: Buffer): Buffer {
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32Ieee(data), 0);
  trailer.writeUInt32LE(data.length, 4);
  const block = Buffer.from([
    0x01,
    data.length & 0xff,
    data.length >> 8,
    ~data.length & 0xff,
    (~data.length >> 8) & 0xff,
  ]);
  return Buffer.concat([Buffer.from('1f8b08000000000000ff', 'hex'), block, data, trailer]);
}

function xerialLiteral(data: Buffer): Buffer {
  const raw = Buffer.concat([Buffer.from([data.length, (data.length - 1) << 2]), data]);
  const length = Buffer.alloc(4);
  length.writeInt32BE(raw.length, 0);
  return Buffer.concat([Buffer.from('82534e41505059000000000100000001', 'hex'), length, raw]);
}

function lz4Literal(data: Buffer, broken: boolean): Buffer {
  const head = Buffer.from([0x04, 0x22, 0x4d, 0x18, 0x60, 0x40, 0]);
  head[6] = lz4HeaderChecksum(head, broken ? 0 : 4, 6);
  const block = Buffer.concat([Buffer.from([0xf0, data.length - 15]), data]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(block.length, 0);
  return Buffer.concat([head, size, block, Buffer.alloc(4)]);
}

function zstdRaw(data: Buffer): Buffer {
  const blockHeader = 1 | (data.length << 3); // last block, raw
  return Buffer.concat([
    Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, data.length]),
    Buffer.from([blockHeader & 0xff, (blockHeader >> 8) & 0xff, blockHeader >> 16]),
    data,
  ]);
}

const GOLDEN: Array<[number, Buffer]> = [
  [1, gzipStored(SECTION)],
  [2, xerialLiteral(SECTION)],
  [3, lz4Literal(SECTION, false)],
  [3, lz4Literal(SECTION, true)],
  [4, zstdRaw(SECTION)],
];

test('hand-built compressed golden batches decode to the same records', (t) => {
  const plain = decodeRecordBatch(goldenBatch(0, SECTION));
  if (!plain.ok) return t.fail(plain.error.message);
  for (const [codec, section] of GOLDEN) {
    const batch = goldenBatch(codec, section);
    t.true(verifyCrc(batch));
    const result = decodeRecordBatch(batch);
    if (!result.ok) return t.fail(`codec ${codec}: ${result.error.message}`);
    t.is(result.batch.compression, codec);
    t.is(result.size, batch.length);
    t.deepEqual(result.batch.records, plain.batch.records, `codec ${codec}`);
  }
  t.deepEqual(
    plain.batch.records.map((r) => [
      r.offsetDelta,
      r.timestamp,
      r.key?.toString() ?? null,
      r.value?.toString(),
    ]),
    [
      [0, 1000n, null, 'hi'],
      [1, 1005n, 'k', 'v'],
    ],
  );
});

test('encoding with a codec sets attribute bits 0-2 and compresses exactly the records section', (t) => {
  const records = [
    { key: null, value: Buffer.from('hi'), timestamp: 1000 },
    { key: Buffer.from('k'), value: Buffer.from('v'), timestamp: 1005, offsetDelta: 1 },
  ];
  const plain = encodeRecordBatch({ baseOffset: 100, records });
  for (const codec of [1, 2, 3, 4]) {
    const batch = encodeRecordBatch({ baseOffset: 100, compression: codec, records });
    t.true(verifyCrc(batch));
    t.is(batch[22]! & 0x07, codec);
    // Header fields other than length, CRC and attributes match the uncompressed encoding.
    t.deepEqual(batch.subarray(23, 61), plain.subarray(23, 61));
    const result = decodeRecordBatch(batch);
    if (!result.ok) return t.fail(result.error.message);
    t.deepEqual(
      result.batch.records.map((r) => [r.offsetDelta, r.timestamp, r.key, r.value]),
      [
        [0, 1000n, null, Buffer.from('hi')],
        [1, 1005n, Buffer.from('k'), Buffer.from('v')],
      ],
    );
  }
});

test('every codec round-trips empty and large batches with headers', (t) => {
  const value = Buffer.alloc(64 * 1024, 0x42);
  const records = Array.from({ length: 20 }, (_, i) => ({
    key: Buffer.from(`key-${i}`),
    value,
    headers: [{ key: 'n', value: Buffer.from(String(i)) }],
    timestamp: 1_700_000_000_000 + i,
  }));
  for (const codec of [0, 1, 2, 3, 4]) {
    const empty = decodeRecordBatch(encodeRecordBatch({ compression: codec, records: [] }));
    t.true(empty.ok && empty.batch.records.length === 0, `empty codec ${codec}`);
    const batch = encodeRecordBatch({
      compression: codec,
      compressionLevel: codec === 4 ? 3 : undefined,
      records,
    });
    if (codec !== 0) t.true(batch.length < 64 * 1024);
    const result = decodeRecordBatch(batch);
    if (!result.ok) return t.fail(result.error.message);
    t.is(result.batch.records.length, 20);
    t.deepEqual(result.batch.records[19]!.headers, [{ key: 'n', value: Buffer.from('19') }]);
    t.deepEqual(result.batch.records[7]!.value, value);
  }
});

test('a compressed batch larger than maxDecompressedBytes is CORRUPT_MESSAGE', (t) => {
  const batch = encodeRecordBatch({
    compression: 1,
    records: [{ key: null, value: Buffer.alloc(2 * 1024 * 1024), timestamp: 0 }],
  });
  const result = decodeRecordBatch(batch, 0, { maxDecompressedBytes: 1024 * 1024 });
  t.false(result.ok);
  if (!result.ok) t.is(result.error.kind, 'CORRUPT_MESSAGE');
  t.true(decodeRecordBatch(batch).ok);
});

test('garbage inside a compressed records section is reported, never thrown', (t) => {
  for (const codec of [1, 2, 3, 4]) {
    const batch = goldenBatch(codec, Buffer.from('definitely not compressed data'));
    const result = decodeRecordBatch(batch);
    t.false(result.ok);
    if (!result.ok) t.is(result.error.kind, 'CORRUPT_MESSAGE');
  }
  // Valid compression around invalid records is INVALID_RECORD.
  const result = decodeRecordBatch(
    goldenBatch(4, zstdRaw(Buffer.from('ffffffffffffffffffffffffffff', 'hex'))),
  );
  t.false(result.ok);
  if (!result.ok) t.is(result.error.kind, 'INVALID_RECORD');
});
