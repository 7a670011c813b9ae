// Legacy message set tests: hand-built v0/v1 golden bytes with an independent CRC-32, round trips,
// truncation, corruption kinds, compressed wrapper detection and seeded random input.
import { crc32 as nativeCrc32 } from '@node-rs/crc32';
import test from 'ava';
import { RecordBatchError } from './errors.js';
import {
  decodeMessageSet,
  encodeMessageSet,
  type LegacyMessage,
  type LegacyMessageInput,
  readLegacyMessage,
} from './legacy.js';
import { encodeRecordBatch } from './records.js';
import { KNOWN_KINDS, randomBytes, seededRandom } from './test-support.js';

// Hand-built from the message set description; CRC from an independent (native) CRC-32.
function withCrc(hex: string): Buffer {
  const buf = Buffer.from(hex, 'hex');
  buf.writeUInt32BE(nativeCrc32(buf.subarray(16)) >>> 0, 12);
  return buf;
}

const GOLDEN_V0 = () =>
  withCrc(
    [
      '0000000000000000', // offset 0
      '00000011', // message_size 17
      '00000000', // crc
      '00', // magic 0
      '00', // attributes
      'ffffffff', // key: null
      '00000003616263', // value "abc"
    ].join(''),
  );

const GOLDEN_V1 = () =>
  withCrc(
    [
      '0000000000000007', // offset 7
      '00000019', // message_size 25
      '00000000', // crc
      '01', // magic 1
      '08', // attributes: LogAppendTime
      '00000000000003e8', // timestamp 1000
      '000000016b', // key "k"
      '000000026869', // value "hi"
    ].join(''),
  );

function decodeOk(buf: Buffer): LegacyMessage[] {
  const result = decodeMessageSet(buf);
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`);
  return result.messages;
}

test('golden v0 and v1 messages encode byte for byte', (t) => {
  t.deepEqual(
    encodeMessageSet({ magic: 0, messages: [{ key: null, value: Buffer.from('abc') }] }),
    GOLDEN_V0(),
  );
  t.deepEqual(
    encodeMessageSet({
      magic: 1,
      baseOffset: 7n,
      timestampType: 1,
      messages: [{ key: Buffer.from('k'), value: Buffer.from('hi'), timestamp: 1000 }],
    }),
    GOLDEN_V1(),
  );
});

test('golden v0 and v1 messages decode', (t) => {
  const [v0] = decodeOk(GOLDEN_V0());
  t.like(v0, {
    offset: 0n,
    magic: 0,
    attributes: 0,
    compression: 0,
    timestampType: 0,
    timestamp: -1n,
    key: null,
  });
  t.deepEqual(v0!.value, Buffer.from('abc'));
  t.is(v0!.crc, GOLDEN_V0().readUInt32BE(12));
  const [v1] = decodeOk(GOLDEN_V1());
  t.like(v1, { offset: 7n, magic: 1, attributes: 8, compression: 0, timestampType: 1, timestamp: 1000n });
  t.deepEqual(v1!.key, Buffer.from('k'));
  t.deepEqual(v1!.value, Buffer.from('hi'));
});

test('round trip: many messages with null and empty keys and values, explicit offsets', (t) => {
  for (const magic of [0, 1] as const) {
    const messages: LegacyMessageInput[] = [];
    for (let i = 0; i < 500; i++) {
      messages.push({
        offset: i % 7 === 0 ? 1000n + BigInt(i) : undefined,
        key: i % 3 === 0 ? null : Buffer.from(`k${i}`),
        value: i % 5 === 0 ? null : i % 5 === 1 ? Buffer.alloc(0) : Buffer.from(`value-${i}`),
        timestamp: 1700000000000 + i,
      });
    }
    const decoded = decodeOk(encodeMessageSet({ magic, baseOffset: 10, messages }));
    t.is(decoded.length, messages.length);
    decoded.forEach((m, i) => {
      const input = messages[i]!;
      t.is(m.magic, magic);
      t.is(m.offset, input.offset === undefined ? 10n + BigInt(i) : BigInt(input.offset));
      t.deepEqual(m.key, input.key);
      t.deepEqual(m.value, input.value);
      t.is(m.timestamp, magic === 1 ? BigInt(input.timestamp ?? -1) : -1n);
    });
  }
});

test('a trailing partial message is reported as truncated bytes', (t) => {
  const set = encodeMessageSet({
    magic: 1,
    messages: [{ key: null, value: Buffer.from('a'), timestamp: 1 }],
  });
  const blob = Buffer.concat([set, set]);
  for (let cut = set.length; cut < blob.length; cut++) {
    const result = decodeMessageSet(blob.subarray(0, cut));
    t.true(result.ok);
    if (result.ok) {
      t.is(result.messages.length, 1);
      t.is(result.truncatedBytes, cut - set.length);
    }
  }
});

test('corruption is reported with a specific kind', (t) => {
  const kind = (buf: Buffer, options = {}) => {
    const result = decodeMessageSet(buf, options);
    return result.ok ? 'ok' : result.error.kind;
  };
  const flipped = GOLDEN_V1();
  flipped[flipped.length - 1]! ^= 1;
  t.is(kind(flipped), 'CORRUPT_MESSAGE', 'crc mismatch');
  const small = GOLDEN_V1();
  small.writeInt32BE(20, 8);
  t.is(kind(small), 'CORRUPT_MESSAGE', 'v1 message below its overhead');
  const negative = GOLDEN_V0();
  negative.writeInt32BE(-7, 8);
  t.is(kind(negative), 'CORRUPT_MESSAGE', 'negative size');
  // Valid CRC but lengths that disagree with the message size.
  t.is(
    kind(withCrc(GOLDEN_V0().toString('hex').replace('00000003616263', '00000009616263'))),
    'INVALID_RECORD',
  );
  t.is(kind(withCrc(GOLDEN_V0().toString('hex').replace('ffffffff', 'fffffffe'))), 'INVALID_RECORD');
  t.is(kind(withCrc(GOLDEN_V0().toString('hex').replace('ffffffff', '7fffffff'))), 'INVALID_RECORD');
  t.is(
    kind(withCrc(GOLDEN_V0().toString('hex').replace('00000003616263', '00000001616263'))),
    'INVALID_RECORD',
  );
  const v2 = encodeRecordBatch({ records: [{ key: null, value: null, timestamp: 0 }] });
  t.is(kind(Buffer.concat([GOLDEN_V0(), v2])), 'INVALID_RECORD', 'v2 batch in a legacy set');
  t.is(kind(GOLDEN_V0(), { maxBatchBytes: 10 }), 'CORRUPT_MESSAGE');
});

test('compressed wrappers are expanded, or kept on request; a bad compressed value is corrupt', (t) => {
  const wrapper = withCrc(
    GOLDEN_V1()
      .toString('hex')
      .replace(/^(.{34})08/, '$102'),
  );
  // The value is not snappy data, so expanding the wrapper fails.
  const result = decodeMessageSet(wrapper);
  t.false(result.ok);
  if (!result.ok) t.is(result.error.kind, 'CORRUPT_MESSAGE');
  const kept = decodeMessageSet(wrapper, { keepCompressedWrappers: true });
  t.true(kept.ok);
  if (kept.ok) t.is(kept.messages[0]!.compression, 2);
  const zstd = withCrc(
    GOLDEN_V1()
      .toString('hex')
      .replace(/^(.{34})08/, '$104'),
  );
  const bad = decodeMessageSet(zstd, { keepCompressedWrappers: true });
  t.false(bad.ok);
  if (!bad.ok) t.is(bad.error.kind, 'UNSUPPORTED_COMPRESSION_TYPE');
});

test('readLegacyMessage rejects spans that do not match the buffer', (t) => {
  const golden = GOLDEN_V0();
  t.throws(() => readLegacyMessage(golden, 0, golden.length + 1), { instanceOf: RecordBatchError });
  t.throws(() => readLegacyMessage(golden, 0, golden.length - 1), { instanceOf: RecordBatchError });
  t.throws(() => readLegacyMessage(golden, -1, golden.length), { instanceOf: RecordBatchError });
});

test('random bytes never escape as exceptions (seeded)', (t) => {
  const seed = Number(process.env.SEED ?? 4242);
  const next = seededRandom(seed);
  const template = encodeMessageSet({
    magic: 1,
    messages: [
      { key: Buffer.from('key'), value: Buffer.from('value'), timestamp: 1 },
      { key: null, value: Buffer.from('second'), timestamp: 2 },
    ],
  });
  for (let round = 0; round < 3000; round++) {
    let buf: Buffer;
    if (round % 2 === 0) {
      buf = randomBytes(next, next() % 120);
    } else {
      buf = Buffer.from(template);
      buf[next() % buf.length] = next() & 0xff;
      const first = buf.readInt32BE(8) + 12;
      // Recompute the first message's CRC so the key/value parsing runs on garbage.
      if (first >= 26 && first <= buf.length)
        buf.writeUInt32BE(nativeCrc32(buf.subarray(16, first)) >>> 0, 12);
    }
    const result = decodeMessageSet(buf, { keepCompressedWrappers: round % 4 === 1 });
    if (!result.ok) t.true(KNOWN_KINDS.has(result.error.kind), `seed ${seed} round ${round}`);
  }
  t.pass();
});
