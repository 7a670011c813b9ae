// Batch scanning and validation tests: splitting blobs (partial tails, malformed sizes and magic),
// each validateBatch error kind, and seeded random input that must never throw.
import test from 'ava';
import { recomputeCrc } from './batch-header.js';
import { BatchIterator, splitBatches, validateBatch } from './batch-scan.js';
import { encodeMessageSet } from './legacy.js';
import { encodeRecordBatch } from './records.js';
import { KNOWN_KINDS, randomBytes, seededRandom } from './test-support.js';

function batch(baseOffset: bigint, values: string[]): Buffer {
  return encodeRecordBatch({
    baseOffset,
    records: values.map((v, i) => ({ key: null, value: Buffer.from(v), timestamp: 100 + i })),
  });
}

test('splitBatches lists complete batches, legacy entries included', (t) => {
  const a = batch(0n, ['a', 'bb']);
  const b = batch(2n, ['ccc']);
  const legacy = encodeMessageSet({
    magic: 1,
    messages: [{ key: null, value: Buffer.from('old'), timestamp: 5 }],
  });
  const blob = Buffer.concat([a, legacy, b]);
  const split = splitBatches(blob);
  t.is(split.error, null);
  t.is(split.truncatedBytes, 0);
  t.deepEqual(split.batches, [
    { offset: 0, size: a.length, magic: 2 },
    { offset: a.length, size: legacy.length, magic: 1 },
    { offset: a.length + legacy.length, size: b.length, magic: 2 },
  ]);
  t.deepEqual(splitBatches(Buffer.alloc(0)), { batches: [], truncatedBytes: 0, error: null });
});

test('a trailing partial batch is reported, not an error, at every cut point', (t) => {
  const a = batch(0n, ['a']);
  const b = batch(1n, ['b', 'c']);
  const blob = Buffer.concat([a, b]);
  for (let cut = a.length; cut < blob.length; cut++) {
    const split = splitBatches(blob.subarray(0, cut));
    t.is(split.error, null, `cut ${cut}`);
    t.is(split.batches.length, 1);
    t.is(split.truncatedBytes, cut - a.length);
  }
});

test('malformed sizes and magic are CORRUPT_MESSAGE and keep the batches before them', (t) => {
  const a = batch(0n, ['a']);
  const cases: Array<[string, (buf: Buffer) => void]> = [
    ['negative length', (buf) => buf.writeInt32BE(-1, 8)],
    ['length below legacy minimum', (buf) => buf.writeInt32BE(13, 8)],
    ['v2 length below its minimum', (buf) => buf.writeInt32BE(40, 8)],
    ['magic 3', (buf) => buf.writeInt8(3, 16)],
    ['magic -1', (buf) => buf.writeInt8(-1, 16)],
  ];
  for (const [name, corrupt] of cases) {
    const bad = batch(1n, ['b']);
    corrupt(bad);
    const split = splitBatches(Buffer.concat([a, bad]));
    t.is(split.error?.kind, 'CORRUPT_MESSAGE', name);
    t.is(split.batches.length, 1, name);
  }
  const big = batch(0n, ['x'.repeat(1000)]);
  t.is(splitBatches(big, { maxBatchBytes: 500 }).error?.kind, 'CORRUPT_MESSAGE');
  t.is(splitBatches(big, { maxBatchBytes: big.length }).batches.length, 1);
  const hugeDeclared = batch(0n, ['a']);
  hugeDeclared.writeInt32BE(0x7fffffff, 8);
  const split = splitBatches(hugeDeclared);
  t.is(split.error, null);
  t.is(split.truncatedBytes, hugeDeclared.length);
});

test('BatchIterator walks a sub-range without allocating spans', (t) => {
  const a = batch(0n, ['a']);
  const b = batch(1n, ['b']);
  const blob = Buffer.concat([Buffer.alloc(5), a, b, Buffer.alloc(3)]);
  const it = new BatchIterator(blob, {}, 5, 5 + a.length + b.length);
  const seen: number[] = [];
  while (it.next()) seen.push(it.offset);
  t.deepEqual(seen, [5, 5 + a.length]);
  t.is(it.error, null);
  t.is(it.truncatedBytes, 0);
  t.false(it.next());
});

test('validateBatch accepts good batches and names what is wrong with bad ones', (t) => {
  const good = batch(0n, ['a', 'b']);
  t.is(validateBatch(good), null);
  t.is(validateBatch(good, 0, { fromClient: true }), null);

  const kind = (edit: (buf: Buffer) => void, fix = true, options = {}) => {
    const buf = Buffer.from(good);
    edit(buf);
    if (fix) recomputeCrc(buf);
    return validateBatch(buf, 0, options)?.kind ?? 'ok';
  };
  t.is(
    kind((b) => (b[b.length - 1]! ^= 1), false),
    'CORRUPT_MESSAGE',
    'bad crc',
  );
  t.is(
    kind((b) => b.writeInt32BE(10, 8), false),
    'CORRUPT_MESSAGE',
    'small batchLength',
  );
  t.is(
    kind((b) => b.writeInt32BE(good.length, 8), false),
    'CORRUPT_MESSAGE',
    'batchLength past the end',
  );
  t.is(
    kind((b) => b.writeInt8(3, 16), false),
    'CORRUPT_MESSAGE',
    'magic 3',
  );
  t.is(
    kind((b) => b.writeInt8(1, 16), false),
    'UNSUPPORTED_FOR_MESSAGE_FORMAT',
    'legacy magic',
  );
  t.is(
    kind((b) => b.writeInt16BE(5, 21)),
    'UNSUPPORTED_COMPRESSION_TYPE',
    'codec 5',
  );
  t.is(
    kind((b) => b.writeInt32BE(-1, 57)),
    'INVALID_RECORD',
    'negative count',
  );
  t.is(
    kind((b) => b.writeInt32BE(1000, 57)),
    'INVALID_RECORD',
    'count too large for the bytes',
  );
  const client = { fromClient: true };
  t.is(
    kind((b) => b.writeInt32BE(5, 23), true, client),
    'INVALID_RECORD',
    'lastOffsetDelta != count - 1',
  );
  t.is(
    kind((b) => b.writeInt32BE(-1, 23), true, client),
    'INVALID_RECORD',
    'negative lastOffsetDelta',
  );
  t.is(
    kind((b) => b.writeInt32BE(0, 57), true, client),
    'INVALID_RECORD',
    'zero count from a client',
  );
  t.is(
    kind((b) => b.writeInt16BE(0x20, 21), true, client),
    'INVALID_RECORD',
    'control batch from a client',
  );
  t.is(
    kind((b) => b.writeBigInt64BE(7n, 43), true, client),
    'INVALID_RECORD',
    'producer id without sequence',
  );
  t.is(
    kind((b) => b.writeInt16BE(0x20, 21)),
    'ok',
    'control batch from the log',
  );

  t.is(validateBatch(good.subarray(0, 10))?.kind, 'CORRUPT_MESSAGE');
  t.is(validateBatch(good.subarray(0, 40))?.kind, 'CORRUPT_MESSAGE');
  t.is(validateBatch(good, -1)?.kind, 'CORRUPT_MESSAGE');
  t.is(validateBatch(good, 0.5)?.kind, 'CORRUPT_MESSAGE');
  t.is(validateBatch(Buffer.concat([good, good]), good.length), null);
});

test('random blobs: splitBatches and validateBatch never throw (seeded)', (t) => {
  const seed = Number(process.env.SEED ?? 777);
  const next = seededRandom(seed);
  for (let round = 0; round < 3000; round++) {
    const buf = randomBytes(next, next() % 150);
    if (buf.length > 16 && round % 2 === 0) {
      buf[16] = next() % 3;
      buf.writeInt32BE(next() % 120, 8);
    }
    const split = splitBatches(buf, { maxBatchBytes: 1 << 20 });
    if (split.error) t.true(KNOWN_KINDS.has(split.error.kind));
    const problem = validateBatch(buf);
    if (problem) t.true(KNOWN_KINDS.has(problem.kind), `seed ${seed} round ${round}`);
  }
  t.pass();
});
