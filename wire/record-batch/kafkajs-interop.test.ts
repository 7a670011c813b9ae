// Cross-checks against a real client's codec: kafkajs encodes batches and message sets that we
// decode, and decodes batches we encode.
import { createRequire } from 'node:module';
import test from 'ava';
import { RecordBatchHeader, verifyCrc } from './batch-header.js';
import { validateBatch } from './batch-scan.js';
import { decodeMessageSet, encodeMessageSet } from './legacy.js';
import { decodeRecordBatch, encodeRecordBatch } from './records.js';

const require = createRequire(import.meta.url);
const Long = require('kafkajs/src/utils/long');
const Encoder = require('kafkajs/src/protocol/encoder');
const Decoder = require('kafkajs/src/protocol/decoder');
const { RecordBatch: KafkaRecordBatch } = require('kafkajs/src/protocol/recordBatch/v0');
const KafkaRecord = require('kafkajs/src/protocol/recordBatch/record/v0');
const decodeKafkaRecordBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder');
const KafkaMessageSet = require('kafkajs/src/protocol/messageSet');
const decodeKafkaMessageSet = require('kafkajs/src/protocol/messageSet/decoder');

test('a kafkajs-encoded record batch validates and decodes', async (t) => {
  const records = [
    KafkaRecord({
      offsetDelta: 0,
      timestampDelta: 0,
      key: Buffer.from('k1'),
      value: Buffer.from('v1'),
      headers: { a: 'x' },
    }),
    KafkaRecord({ offsetDelta: 1, timestampDelta: 5, key: null, value: Buffer.from('v2') }),
    KafkaRecord({ offsetDelta: 2, timestampDelta: -3, key: Buffer.from('k3'), value: null }),
  ];
  const encoder = await KafkaRecordBatch({
    firstOffset: Long.fromInt(0),
    firstTimestamp: 1700000000000,
    maxTimestamp: 1700000000005,
    partitionLeaderEpoch: 0,
    lastOffsetDelta: 2,
    producerId: Long.fromValue(77),
    producerEpoch: 1,
    firstSequence: 12,
    transactional: true,
    records,
  });
  const buf: Buffer = encoder.buffer;
  t.true(verifyCrc(buf));
  t.is(validateBatch(buf, 0, { fromClient: true }), null);
  const header = new RecordBatchHeader(buf);
  t.is(header.producerId, 77n);
  t.is(header.baseSequence, 12);
  t.true(header.isTransactional);
  const result = decodeRecordBatch(buf);
  if (!result.ok) return t.fail(result.error.message);
  const decoded = result.batch.records;
  t.deepEqual(
    decoded.map((r) => [r.offsetDelta, r.timestamp, r.key?.toString() ?? null, r.value?.toString() ?? null]),
    [
      [0, 1700000000000n, 'k1', 'v1'],
      [1, 1700000000005n, null, 'v2'],
      [2, 1699999999997n, 'k3', null],
    ],
  );
  t.deepEqual(decoded[0]!.headers, [{ key: 'a', value: Buffer.from('x') }]);
});

test('kafkajs decodes a batch we encode', async (t) => {
  const buf = encodeRecordBatch({
    baseOffset: 100n,
    partitionLeaderEpoch: 4,
    producerId: 5n,
    producerEpoch: 0,
    baseSequence: 0,
    records: [
      {
        key: Buffer.from('a'),
        value: Buffer.from('1'),
        headers: [{ key: 'h', value: Buffer.from('v') }],
        timestamp: 2000,
      },
      { key: null, value: Buffer.from('2'), timestamp: 1990 },
    ],
  });
  const batch = await decodeKafkaRecordBatch(new Decoder(buf));
  t.is(batch.firstOffset, '100');
  t.is(batch.partitionLeaderEpoch, 4);
  t.is(batch.producerId, '5');
  t.is(batch.maxTimestamp, '2000');
  t.deepEqual(
    batch.records.map((r: { offset: string; timestamp: string; key: Buffer | null; value: Buffer }) => [
      r.offset,
      r.timestamp,
      r.key?.toString() ?? null,
      r.value.toString(),
    ]),
    [
      ['100', '2000', 'a', '1'],
      ['101', '1990', null, '2'],
    ],
  );
  t.deepEqual(batch.records[0].headers, { h: Buffer.from('v') });
});

test('legacy message sets interoperate with kafkajs in both directions', async (t) => {
  for (const magic of [0, 1] as const) {
    const theirs: Buffer = KafkaMessageSet({
      messageVersion: magic,
      compression: 0,
      entries: [
        { key: Buffer.from('k'), value: Buffer.from('v'), timestamp: 1234 },
        { key: null, value: Buffer.from('w'), timestamp: 1235 },
      ],
    }).buffer;
    const result = decodeMessageSet(theirs);
    if (!result.ok) return t.fail(result.error.message);
    t.deepEqual(
      result.messages.map((m) => [m.offset, m.timestamp, m.key?.toString() ?? null, m.value?.toString()]),
      [
        [-1n, magic === 1 ? 1234n : -1n, 'k', 'v'],
        [-1n, magic === 1 ? 1235n : -1n, null, 'w'],
      ],
    );

    const ours = encodeMessageSet({
      magic,
      baseOffset: 3n,
      messages: [{ key: Buffer.from('x'), value: Buffer.from('y'), timestamp: 99 }],
    });
    const sized = new Encoder().writeInt32(ours.length).writeBuffer(ours).buffer;
    const decoded = await decodeKafkaMessageSet(new Decoder(sized));
    t.is(decoded.length, 1);
    t.is(decoded[0].offset, '3');
    t.is(decoded[0].key.toString(), 'x');
    t.is(decoded[0].value.toString(), 'y');
    if (magic === 1) t.is(decoded[0].timestamp, '99');
  }
});
