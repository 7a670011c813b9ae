import { gzipSync } from 'node:zlib';
import test from 'ava';
import { compressSync as snappyRaw } from 'snappy';
import { compress, DEFAULT_DECOMPRESSED_BYTES_MAX, decompress } from './compression.js';
import { RecordBatchError } from './errors.js';
import { lz4HeaderChecksum } from './lz4-frame.js';
import { KNOWN_KINDS, randomBytes, seededRandom } from './test-support.js';
import { xxhash32 } from './xxhash32.js';

const CODECS = [0, 1, 2, 3, 4] as const;

function payloads(): Buffer[] {
  const next = seededRandom(7);
  const text = Buffer.from('GOssip speaks Kafka. '.repeat(60000)).subarray(0, 1024 * 1024);
  return [Buffer.alloc(0), Buffer.from('x'), randomBytes(next, 5000), text, randomBytes(next, 1024 * 1024)];
}

test('every codec round-trips empty, small and 1 MiB payloads', (t) => {
  for (const codec of CODECS) {
    for (const data of payloads()) {
      const packed = compress(codec, data);
      t.deepEqual(decompress(codec, packed), data, `codec ${codec}, ${data.length} bytes`);
    }
  }
  t.is(DEFAULT_DECOMPRESSED_BYTES_MAX, 256 * 1024 * 1024);
});

test('levels apply to gzip and zstd', (t) => {
  const data = Buffer.from('abcabcabc'.repeat(1000));
  for (const codec of [1, 4] as const) {
    t.deepEqual(decompress(codec, compress(codec, data, 1)), data);
    t.deepEqual(decompress(codec, compress(codec, data, 9)), data);
  }
});

test('snappy output is xerial framed with big-endian header fields and 32 KiB blocks', (t) => {
  const data = Buffer.alloc(70000, 0x61);
  const packed = compress(2, data);
  t.is(packed.subarray(0, 8).toString('hex'), '82534e4150505900');
  t.is(packed.readInt32BE(8), 1);
  t.is(packed.readInt32BE(12), 1);
  let pos = 16;
  let blocks = 0;
  while (pos < packed.length) {
    const length = packed.readInt32BE(pos);
    t.true(length > 0 && length < 32 * 1024);
    pos += 4 + length;
    blocks++;
  }
  t.is(pos, packed.length);
  t.is(blocks, 3); // 32768 + 32768 + 4464
  t.is(compress(2, Buffer.alloc(0)).length, 16);
});

test('unframed snappy and concatenated xerial streams are accepted', (t) => {
  const data = Buffer.from('hello snappy hello snappy');
  t.deepEqual(decompress(2, snappyRaw(data)), data);
  const twice = Buffer.concat([compress(2, data), compress(2, data)]);
  t.deepEqual(decompress(2, twice), Buffer.concat([data, data]));
});

test('lz4 frames carry the correct header checksum unless the broken one is asked for', (t) => {
  const data = Buffer.from('lz4 lz4 lz4 lz4 lz4 lz4');
  const good = compress(3, data);
  t.is(good.readUInt32LE(0), 0x184d2204);
  t.is(good[6], lz4HeaderChecksum(good, 4, 6));
  const broken = compress(3, data, undefined, { lz4BrokenHeaderChecksum: true });
  t.is(broken[6], lz4HeaderChecksum(broken, 0, 6));
  t.not(broken[6], good[6]);
  t.deepEqual(decompress(3, broken), data);
  const wrong = Buffer.from(good);
  wrong[6] = wrong[6]! ^ 0x5a;
  const err = t.throws(() => decompress(3, wrong), { instanceOf: RecordBatchError });
  t.is(err?.kind, 'CORRUPT_MESSAGE');
});

/** Builds an LZ4 frame by hand from the frame format spec. */
function lz4Frame(flg: number, bd: number, blocks: Buffer[], trailer: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.from([0x04, 0x22, 0x4d, 0x18, flg, bd, 0]);
  head[6] = lz4HeaderChecksum(head, 4, 6);
  return Buffer.concat([head, ...blocks, Buffer.alloc(4), trailer]);
}

function u32le(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0, 0);
  return b;
}

test('lz4 frames with uncompressed blocks, block and content checksums decode', (t) => {
  const data = Buffer.from('raw block content');
  // Version 01, independent blocks, block checksum, content checksum; 64 KiB blocks.
  const frame = lz4Frame(
    0x74,
    0x40,
    [u32le(0x80000000 | data.length), data, u32le(xxhash32(data))],
    u32le(xxhash32(data)),
  );
  t.deepEqual(decompress(3, frame), data);
  const badBlock = Buffer.from(frame);
  badBlock[badBlock.length - 12] = badBlock[badBlock.length - 12]! ^ 1; // inside the block checksum
  t.is(t.throws(() => decompress(3, badBlock), { instanceOf: RecordBatchError })?.kind, 'CORRUPT_MESSAGE');
  const badContent = Buffer.from(frame);
  badContent[badContent.length - 1] = badContent[badContent.length - 1]! ^ 1;
  t.is(t.throws(() => decompress(3, badContent), { instanceOf: RecordBatchError })?.kind, 'CORRUPT_MESSAGE');
});

test('lz4 frames with a literal-only compressed block and dependent blocks decode', (t) => {
  const data = Buffer.from('eighteen bytes !!!');
  const block = Buffer.concat([Buffer.from([0xf0, data.length - 15]), data]);
  t.deepEqual(decompress(3, lz4Frame(0x60, 0x40, [u32le(block.length), block])), data);
  // Second block copies 18 bytes from the first block's output (offset 18): dependent mode (FLG 0x40).
  const copy = Buffer.from([0x0e, 18, 0x00]); // 0 literals, match length 4 + 14 = 18, offset 18
  const frame = lz4Frame(0x40, 0x40, [
    u32le(block.length),
    block,
    u32le(copy.length + 6),
    copy,
    Buffer.from([0x50, 1, 2, 3, 4, 5]),
  ]);
  t.deepEqual(decompress(3, frame), Buffer.concat([data, data, Buffer.from([1, 2, 3, 4, 5])]));
});

test('decompression bombs are rejected by every codec', (t) => {
  const big = Buffer.alloc(4 * 1024 * 1024);
  for (const codec of CODECS) {
    const packed = compress(codec, big);
    const err = t.throws(() => decompress(codec, packed, { maxBytes: 1024 * 1024 }), {
      instanceOf: RecordBatchError,
    });
    t.is(err?.kind, 'CORRUPT_MESSAGE', `codec ${codec}`);
    t.regex(err?.message ?? '', /exceeds the limit/);
    t.is(decompress(codec, packed, { maxBytes: big.length }).length, big.length);
  }
  // A raw snappy block that claims 4 GiB is refused from its header alone.
  const claim = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]);
  t.is(t.throws(() => decompress(2, claim), { instanceOf: RecordBatchError })?.kind, 'CORRUPT_MESSAGE');
  // An lz4 frame declaring a content size above the limit is refused before inflating.
  const head = Buffer.alloc(15);
  head.writeUInt32LE(0x184d2204, 0);
  head[4] = 0x68;
  head[5] = 0x40;
  head.writeBigUInt64LE(1n << 40n, 6);
  head[14] = lz4HeaderChecksum(head, 4, 14);
  t.regex(t.throws(() => decompress(3, head))?.message ?? '', /exceeds the limit/);
});

test('unknown codecs are UNSUPPORTED_COMPRESSION_TYPE', (t) => {
  for (const codec of [5, 6, 7, -1]) {
    t.is(
      t.throws(() => compress(codec, Buffer.from('a')), { instanceOf: RecordBatchError })?.kind,
      'UNSUPPORTED_COMPRESSION_TYPE',
    );
    t.is(
      t.throws(() => decompress(codec, Buffer.from('a')), { instanceOf: RecordBatchError })?.kind,
      'UNSUPPORTED_COMPRESSION_TYPE',
    );
  }
});

test('hostile input only ever fails with RecordBatchError (seeded)', (t) => {
  const seed = Number(process.env.SEED ?? 99);
  const next = seededRandom(seed);
  const templates = CODECS.map((codec) => compress(codec, Buffer.from('template data '.repeat(40))));
  templates.push(gzipSync(Buffer.from('second member')), snappyRaw(Buffer.from('raw raw raw raw')));
  for (let round = 0; round < 2000; round++) {
    const codec = 1 + (round % 4);
    let input: Buffer;
    if (round % 3 === 0) {
      input = randomBytes(next, next() % 80);
    } else {
      const template = templates[next() % templates.length]!;
      input = Buffer.from(template.subarray(0, Math.max(1, next() % (template.length + 1))));
      for (let flips = next() % 4; flips >= 0; flips--) input[next() % input.length] = next() & 0xff;
    }
    try {
      decompress(codec, input, { maxBytes: 1 << 20 });
    } catch (error) {
      if (!(error instanceof RecordBatchError) || !KNOWN_KINDS.has(error.kind)) {
        t.fail(`seed ${seed} round ${round} codec ${codec}: ${String(error)}`);
      }
    }
  }
  t.pass();
});
