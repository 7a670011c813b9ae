// Compressed data against kafkajs's own codec: gzip batches and gzip legacy wrappers both ways
// (kafkajs ships gzip only), and snappy/lz4/zstd batches through kafkajs's batch framing with our
// codecs plugged into its CompressionCodecs hook (kafkajs's documented extension point).
import { createRequire } from 'node:module';
import test from 'ava';
import { compress, decompress } from './compression.js';
import { downConvertBatches, upConvertMessageSet } from './convert.js';
import { decodeMessageSet, encodeMessageSet } from './legacy.js';
import { decodeRecordBatch, encodeRecordBatch } from './records.js';

const require = createRequire(import.meta.url);
const { CompressionCodecs, CompressionTypes } = require('kafkajs');
const Long = require('kafkajs/src/utils/long');
const Decoder = require('kafkajs/src/protocol/decoder');
const { RecordBatch: KafkaRecordBatch } = require('kafkajs/src/protocol/recordBatch/v0');
const KafkaRecord = require('kafkajs/src/protocol/recordBatch/record/v0');
const decodeKafkaRecordBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder');
const KafkaMessageSet = require('kafkajs/src/protocol/messageSet');
const decodeKafkaMessageSet = require('kafkajs/src/protocol/messageSet/decoder');

for (const codec of [2, 3, 4]) {
  CompressionCodecs[codec] = () => ({
    compress: async (encoder: { buffer: Buffer }) => compress(codec, encoder.buffer),
    decompress: async (buffer: Buffer) => decompress(codec, buffer),
  });
}

async function kafkajsBatch(compression: number): Promise<Buffer> {
  const encoder = await KafkaRecordBatch({
    compression,
    firstOffset: Long.fromInt(0),
    firstTimestamp: 1700000000000,
    maxTimestamp: 1700000000002,
    lastOffsetDelta: 1,
    records: [
      KafkaRecord({
        offsetDelta: 0,
        timestampDelta: 0,
        key: Buffer.from('k'),
        value: Buffer.from('v'.repeat(500)),
      }),
      KafkaRecord({ offsetDelta: 1, timestampDelta: 2, key: null, value: Buffer.from('w') }),
    ],
  });
  return encoder.buffer;
}

test('kafkajs-compressed batches decode (gzip natively, others through the codec hook)', async (t) => {
  t.is(CompressionTypes.GZIP, 1);
  for (const codec of [1, 2, 3, 4]) {
    const buf = await kafkajsBatch(codec);
    const result = decodeRecordBatch(buf);
    if (!result.ok) return t.fail(`codec ${codec}: ${result.error.message}`);
    t.is(result.batch.compression, codec);
    t.deepEqual(
      result.batch.records.map((r) => [
        r.offsetDelta,
        r.timestamp,
        r.key?.toString() ?? null,
        r.value?.length,
      ]),
      [
        [0, 1700000000000n, 'k', 500],
        [1, 1700000000002n, null, 1],
      ],
    );
  }
});

test('kafkajs decodes compressed batches we encode', async (t) => {
  for (const codec of [1, 2, 3, 4]) {
    const buf = encodeRecordBatch({
      baseOffset: 20,
      compression: codec,
      records: [
        { key: Buffer.from('a'), value: Buffer.from('1'), timestamp: 5000 },
        { key: null, value: Buffer.from('2'.repeat(300)), timestamp: 5001 },
      ],
    });
    const batch = await decodeKafkaRecordBatch(new Decoder(buf));
    t.deepEqual(
      batch.records.map((r: { offset: string; key: Buffer | null; value: Buffer }) => [
        r.offset,
        r.key?.toString() ?? null,
        r.value.length,
      ]),
      [
        ['20', 'a', 1],
        ['21', null, 300],
      ],
      `codec ${codec}`,
    );
  }
});

test('gzip legacy wrappers interoperate with kafkajs (produce v2 layout and fetch decode)', async (t) => {
  // kafkajs's produce v0-2 path: inner set with offsets 0..n-1, one gzip wrapper.
  const inner: Buffer = KafkaMessageSet({
    messageVersion: 1,
    compression: 1,
    entries: [
      { key: Buffer.from('x'), value: Buffer.from('one'), timestamp: 111 },
      { key: null, value: Buffer.from('two'), timestamp: 112 },
    ],
  }).buffer;
  const wrapper: Buffer = KafkaMessageSet({
    messageVersion: 1,
    compression: 1,
    entries: [{ compression: 1, timestamp: 112, value: compress(1, inner) }],
  }).buffer;
  const up = upConvertMessageSet(wrapper);
  t.is(up.compression, 1);
  const result = decodeRecordBatch(up.batches);
  if (!result.ok) return t.fail(result.error.message);
  t.deepEqual(
    result.batch.records.map((r) => [r.offsetDelta, r.timestamp, r.value?.toString()]),
    [
      [0, 111n, 'one'],
      [1, 112n, 'two'],
    ],
  );
  // Our down-converted gzip wrapper, read by kafkajs's fetch v0-3 decoder.
  for (const magic of [0, 1] as const) {
    const stored = encodeRecordBatch({
      baseOffset: 300,
      compression: 1,
      records: [
        { key: null, value: Buffer.from('p'), timestamp: 7 },
        { key: Buffer.from('q'), value: Buffer.from('r'), timestamp: 8 },
      ],
    });
    const down = downConvertBatches(stored, magic).bytes;
    const sized = Buffer.concat([Buffer.alloc(4), down]);
    sized.writeInt32BE(down.length, 0);
    const messages = await decodeKafkaMessageSet(new Decoder(sized));
    t.deepEqual(
      messages.map((m: { offset: string; value: Buffer }) => [m.offset, m.value.toString()]),
      [
        ['300', 'p'],
        ['301', 'r'],
      ],
      `magic ${magic}`,
    );
  }
  // And a magic 1 gzip wrapper from encodeMessageSet decodes the same way in both codecs.
  const ours = encodeMessageSet({
    magic: 1,
    baseOffset: 9,
    compression: 1,
    messages: [{ key: null, value: Buffer.from('z'), timestamp: 1 }],
  });
  const mine = decodeMessageSet(ours);
  t.true(mine.ok && mine.messages[0]!.offset === 9n);
});
