// Compressed legacy wrappers (magic 0/1): inner offsets, wrapper offset, timestamps, lz4 checksum form.
import test from 'ava';
import { compress, decompress } from './compression.js';
import { crc32Ieee } from './crc32-ieee.js';
import { decodeMessageSet, encodeMessageSet, readLegacyEntries } from './legacy.js';
import { lz4HeaderChecksum } from './lz4-frame.js';

const MESSAGES = [
  { key: Buffer.from('a'), value: Buffer.from('one'), timestamp: 10 },
  { key: null, value: Buffer.from('two'), timestamp: 30 },
  { key: Buffer.from('c'), value: null, timestamp: 20 },
];

test('magic 1 wrappers hold relative inner offsets and the last absolute offset', (t) => {
  for (const codec of [1, 2, 3]) {
    const set = encodeMessageSet({ magic: 1, baseOffset: 500, compression: codec, messages: MESSAGES });
    t.is(set.readBigInt64BE(0), 502n, 'wrapper offset = last inner offset');
    t.is(set[17]! & 0x07, codec);
    t.is(set.readBigInt64BE(18), 30n, 'wrapper timestamp = max inner timestamp');
    const entries = readLegacyEntries(set);
    if (!entries.ok) return t.fail(entries.error.message);
    const raw = decompress(codec, entries.entries[0]!.message.value!);
    t.is(raw.readBigInt64BE(0), 0n, 'first inner offset is relative');
    const decoded = decodeMessageSet(set);
    if (!decoded.ok) return t.fail(decoded.error.message);
    t.deepEqual(
      decoded.messages.map((m) => [m.offset, m.timestamp, m.compression, m.key, m.value]),
      [
        [500n, 10n, 0, Buffer.from('a'), Buffer.from('one')],
        [501n, 30n, 0, null, Buffer.from('two')],
        [502n, 20n, 0, Buffer.from('c'), null],
      ],
    );
  }
});

test('magic 0 wrappers hold absolute inner offsets and lz4 uses the broken header checksum', (t) => {
  for (const codec of [1, 2, 3]) {
    const set = encodeMessageSet({ magic: 0, baseOffset: 7, compression: codec, messages: MESSAGES });
    t.is(set.readBigInt64BE(0), 9n);
    const entries = readLegacyEntries(set);
    if (!entries.ok) return t.fail(entries.error.message);
    const value = entries.entries[0]!.message.value!;
    if (codec === 3) t.is(value[6], lz4HeaderChecksum(value, 0, 6));
    t.is(decompress(codec, value).readBigInt64BE(0), 7n, 'first inner offset is absolute');
    const decoded = decodeMessageSet(set);
    if (!decoded.ok) return t.fail(decoded.error.message);
    t.deepEqual(
      decoded.messages.map((m) => [m.offset, m.timestamp, m.magic]),
      [
        [7n, -1n, 0],
        [8n, -1n, 0],
        [9n, -1n, 0],
      ],
    );
  }
});

test('a LogAppendTime wrapper gives its timestamp to every inner message', (t) => {
  const set = encodeMessageSet({
    magic: 1,
    timestampType: 1,
    compression: 1,
    wrapperTimestamp: 99,
    messages: MESSAGES,
  });
  const decoded = decodeMessageSet(set);
  if (!decoded.ok) return t.fail(decoded.error.message);
  t.deepEqual(
    decoded.messages.map((m) => [m.timestamp, m.timestampType]),
    [
      [99n, 1],
      [99n, 1],
      [99n, 1],
    ],
  );
});

test('wrappers mixed with plain messages decode in order; keepCompressedWrappers keeps them', (t) => {
  const plain = encodeMessageSet({ magic: 1, baseOffset: 0, messages: [MESSAGES[0]!] });
  const wrapped = encodeMessageSet({ magic: 1, baseOffset: 1, compression: 2, messages: MESSAGES });
  const set = Buffer.concat([plain, wrapped]);
  const decoded = decodeMessageSet(set);
  if (!decoded.ok) return t.fail(decoded.error.message);
  t.deepEqual(
    decoded.messages.map((m) => m.offset),
    [0n, 1n, 2n, 3n],
  );
  const kept = decodeMessageSet(set, { keepCompressedWrappers: true });
  if (!kept.ok) return t.fail(kept.error.message);
  t.deepEqual(
    kept.messages.map((m) => [m.offset, m.compression]),
    [
      [0n, 0],
      [3n, 2],
    ],
  );
});

/** A magic `magic` wrapper (offset 0) around arbitrary inner bytes, compressed with `codec`. */
function wrapperAround(inner: Buffer, codec: number, magic: 0 | 1): Buffer {
  const set = encodeMessageSet({ magic, messages: [{ key: null, value: compress(codec, inner) }] });
  set[17] = codec;
  set.writeUInt32BE(crc32Ieee(set, 16, set.length), 12);
  return set;
}

test('bad wrappers: null value, nested compression, magic mismatch, empty, bombs, zstd', (t) => {
  const kind = (buf: Buffer, maxDecompressedBytes?: number) => {
    const result = decodeMessageSet(buf, maxDecompressedBytes === undefined ? {} : { maxDecompressedBytes });
    return result.ok ? 'ok' : result.error.kind;
  };
  const nullValue = encodeMessageSet({ magic: 1, messages: [{ key: null, value: null }] });
  nullValue[17] = 1;
  nullValue.writeUInt32BE(crc32Ieee(nullValue, 16, nullValue.length), 12);
  t.is(kind(nullValue), 'INVALID_RECORD');
  const innerWrapper = encodeMessageSet({ magic: 1, compression: 1, messages: MESSAGES });
  t.is(kind(wrapperAround(innerWrapper, 1, 1)), 'INVALID_RECORD');
  t.is(kind(wrapperAround(encodeMessageSet({ magic: 0, messages: MESSAGES }), 2, 1)), 'INVALID_RECORD');
  t.is(kind(wrapperAround(Buffer.alloc(0), 1, 1)), 'INVALID_RECORD');
  const partial = encodeMessageSet({ magic: 1, messages: MESSAGES });
  t.is(kind(wrapperAround(partial.subarray(0, partial.length - 3), 1, 1)), 'CORRUPT_MESSAGE');
  const corruptInner = Buffer.from(partial);
  corruptInner[corruptInner.length - 1] = corruptInner[corruptInner.length - 1]! ^ 1;
  t.is(kind(wrapperAround(corruptInner, 3, 1)), 'CORRUPT_MESSAGE', 'inner CRC is checked');
  const big = encodeMessageSet({
    magic: 1,
    compression: 1,
    messages: [{ key: null, value: Buffer.alloc(1 << 20) }],
  });
  t.is(kind(big, 1000), 'CORRUPT_MESSAGE');
  t.is(kind(big), 'ok');
  t.throws(() => encodeMessageSet({ magic: 1, compression: 4, messages: MESSAGES }), {
    message: /cannot be used with magic 1/,
  });
});
