// Unit tests of the producer state rules (Kafka's ProducerAppendInfo): epoch fencing, sequence
// continuity with int32 wraparound, the 5-batch duplicate window, unknown producers, epoch bumps,
// transactional bookkeeping, replay without checks, expiry and snapshot encoding.
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { encodeRecordBatch } from '../../wire/record-batch/index.js';
import {
  decrementSequence,
  incrementSequence,
  inSequence,
  type PendingProducerUpdate,
  type ProducerCheck,
  ProducerStateManager,
} from './producer-state.js';
import { decodeSnapshot, encodeSnapshot } from './producer-state-snapshot.js';

const MAX = 0x7fffffff;

function pbatch(
  producerId: bigint,
  epoch: number,
  baseSequence: number,
  count: number,
  baseOffset: number,
  opts: { timestamp?: number; transactional?: boolean } = {},
): Buffer {
  return encodeRecordBatch({
    baseOffset,
    producerId,
    producerEpoch: epoch,
    baseSequence,
    isTransactional: opts.transactional ?? false,
    records: Array.from({ length: count }, (_, i) => ({
      key: null,
      value: Buffer.from(`v${i}`),
      timestamp: opts.timestamp ?? 1000,
    })),
  });
}

/** A manager plus a helper that checks and commits appends at increasing offsets. */
function harness() {
  const m = new ProducerStateManager('t-0');
  let next = 0;
  const append = (pid: bigint, epoch: number, seq: number, count = 1, opts = {}): ProducerCheck => {
    const buf = pbatch(pid, epoch, seq, count, next, opts);
    const check = m.checkAppend(buf, buf.length);
    if (check.kind === 'ok') {
      if (check.pending) m.commit(check.pending);
      next += count;
    }
    return check;
  };
  return { m, append, offset: () => next };
}

const ok = (c: ProducerCheck) => c.kind === 'ok';
const code = (c: ProducerCheck) => (c.kind === 'error' ? c.errorCode : 0);

test('sequence arithmetic wraps at int32 max', (t) => {
  t.is(incrementSequence(MAX, 1), 0);
  t.is(incrementSequence(MAX - 1, 3), 1);
  t.is(incrementSequence(5, 3), 8);
  t.is(decrementSequence(1, 3), MAX - 1);
  t.is(decrementSequence(8, 3), 5);
  t.true(inSequence(MAX, 0));
  t.true(inSequence(-1, 0));
  t.false(inSequence(MAX, 1));
  t.false(inSequence(3, 5));
});

test('a new producer is accepted at sequence 0 and continues in order', (t) => {
  const { m, append } = harness();
  t.true(ok(append(7n, 0, 0, 3)));
  t.true(ok(append(7n, 0, 3, 2)));
  const e = m.entry(7n)!;
  t.is(e.epoch, 0);
  t.is(e.lastSeq, 4);
  t.is(e.lastDataOffset, 4);
});

test('a gap in sequence numbers is OUT_OF_ORDER_SEQUENCE_NUMBER and changes nothing', (t) => {
  const { m, append } = harness();
  append(7n, 0, 0, 2);
  t.is(code(append(7n, 0, 3, 1)), ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  t.is(code(append(7n, 0, 1, 1)), ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, 'overlapping, not a duplicate');
  t.is(m.entry(7n)!.lastSeq, 1);
  t.true(ok(append(7n, 0, 2, 1)));
});

test('an unknown producer is accepted at any sequence, as Kafka 3.9 does', (t) => {
  const { m, append } = harness();
  t.true(ok(append(9n, 3, 42, 2)));
  t.is(m.entry(9n)!.lastSeq, 43);
  t.is(code(append(9n, 3, 50, 1)), ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, 'known now: gaps refused');
});

test('an older epoch is fenced with INVALID_PRODUCER_EPOCH', (t) => {
  const { append } = harness();
  append(7n, 2, 0, 1);
  t.is(code(append(7n, 1, 1, 1)), ErrorCode.INVALID_PRODUCER_EPOCH);
  t.is(code(append(7n, 1, 0, 1)), ErrorCode.INVALID_PRODUCER_EPOCH);
});

test('a newer epoch must start at sequence 0 and then resets the window', (t) => {
  const { m, append } = harness();
  append(7n, 0, 0, 5);
  t.is(code(append(7n, 1, 5, 1)), ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  t.true(ok(append(7n, 1, 0, 2)));
  const e = m.entry(7n)!;
  t.is(e.epoch, 1);
  t.is(e.batches.length, 1, 'the old epoch batches are forgotten');
  t.is(code(append(7n, 0, 5, 1)), ErrorCode.INVALID_PRODUCER_EPOCH, 'the old epoch is fenced now');
});

test('duplicates of the last 5 batches return the original offsets; older ones do not', (t) => {
  const { append, offset } = harness();
  const firstOffsets: number[] = [];
  for (let i = 0; i < 6; i++) {
    firstOffsets.push(offset());
    t.true(ok(append(7n, 0, i * 2, 2)));
  }
  // batches 1..5 are in the window, batch 0 fell out
  for (let i = 1; i < 6; i++) {
    const c = append(7n, 0, i * 2, 2);
    t.is(c.kind, 'duplicate', `batch ${i}`);
    if (c.kind === 'duplicate') {
      t.is(c.firstOffset, firstOffsets[i]!);
      t.is(c.lastOffset, firstOffsets[i]! + 1);
    }
  }
  t.is(code(append(7n, 0, 0, 2)), ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  t.is(offset(), 12, 'no duplicate took an offset');
});

test('a retried batch with another epoch is not a duplicate', (t) => {
  const { append } = harness();
  append(7n, 0, 0, 1);
  append(7n, 1, 0, 1);
  t.is(append(7n, 1, 0, 1).kind, 'duplicate');
  t.is(code(append(7n, 0, 0, 1)), ErrorCode.INVALID_PRODUCER_EPOCH);
});

test('sequences wrap from int32 max to 0, and duplicates across the wrap are found', (t) => {
  const { m, append } = harness();
  t.true(ok(append(7n, 0, MAX - 2, 2))); // MAX-2, MAX-1
  t.true(ok(append(7n, 0, MAX, 3))); // MAX, 0, 1
  t.is(m.entry(7n)!.lastSeq, 1);
  t.true(ok(append(7n, 0, 2, 1)));
  const dup = append(7n, 0, MAX, 3);
  t.is(dup.kind, 'duplicate');
  if (dup.kind === 'duplicate') t.is(dup.firstOffset, 2);
  t.is(code(append(7n, 0, 0, 1)), ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
});

test('several batches of one producer in one append are checked against each other', (t) => {
  const m = new ProducerStateManager('t-0');
  const first = pbatch(7n, 0, 0, 1, 0);
  m.commit((m.checkAppend(first, first.length) as { pending: PendingProducerUpdate }).pending);
  const good = Buffer.concat([pbatch(7n, 0, 1, 2, 1), pbatch(7n, 0, 3, 1, 3)]);
  const check = m.checkAppend(good, good.length);
  t.is(check.kind, 'ok');
  t.is(m.entry(7n)!.lastSeq, 0, 'checking does not mutate');
  if (check.kind === 'ok' && check.pending) m.commit(check.pending);
  t.is(m.entry(7n)!.lastSeq, 3);
  const bad = Buffer.concat([pbatch(7n, 0, 4, 1, 4), pbatch(7n, 0, 6, 1, 5)]);
  t.is(code(m.checkAppend(bad, bad.length)), ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  t.is(m.entry(7n)!.lastSeq, 3, 'a refused append changes nothing');
});

test('batches without a producer id are ignored', (t) => {
  const m = new ProducerStateManager('t-0');
  const plain = encodeRecordBatch({ records: [{ key: null, value: Buffer.from('x'), timestamp: 1 }] });
  const check = m.checkAppend(plain, plain.length);
  t.deepEqual(check, { kind: 'ok', pending: null });
  t.is(m.producerCount, 0);
});

test('transactional batches open a transaction; a plain batch then is INVALID_TXN_STATE', (t) => {
  const { m, append } = harness();
  t.true(ok(append(7n, 0, 0, 2, { transactional: true })));
  t.is(m.entry(7n)!.currentTxnFirstOffset, 0);
  t.true(ok(append(7n, 0, 2, 1, { transactional: true })));
  t.is(m.entry(7n)!.currentTxnFirstOffset, 0);
  t.is(code(append(7n, 0, 3, 1)), ErrorCode.INVALID_TXN_STATE);
});

test('replay accepts gaps and older epochs without checks', (t) => {
  const m = new ProducerStateManager('t-0');
  m.replayBatch(pbatch(7n, 2, 10, 1, 0), 0);
  m.replayBatch(pbatch(7n, 2, 20, 2, 1), 0);
  t.is(m.entry(7n)!.lastSeq, 21);
  m.replayBatch(pbatch(7n, 1, 0, 1, 3), 0);
  t.is(m.entry(7n)!.epoch, 1);
});

test('idle producers expire; a producer inside a transaction does not', (t) => {
  const { m, append } = harness();
  append(1n, 0, 0, 1, { timestamp: 1000 });
  append(2n, 0, 0, 1, { timestamp: 5000 });
  append(3n, 0, 0, 1, { timestamp: 1000, transactional: true });
  t.is(m.removeExpired(10_999, 10_000), 0);
  t.is(m.removeExpired(11_000, 10_000), 1);
  t.is(m.entry(1n), undefined);
  t.truthy(m.entry(2n));
  t.truthy(m.entry(3n));
  // After expiry the producer is unknown again: any sequence is accepted.
  t.true(ok(append(1n, 0, 77, 1)));
});

test('a snapshot round-trips every field and refuses corruption', (t) => {
  const { m, append } = harness();
  for (let i = 0; i < 7; i++) append(5n, 1, i, 1, { timestamp: 2000 + i });
  append(9_007_199_254_740_993n, 0, 0, 3, { transactional: true });
  const bytes = encodeSnapshot(m.entries());
  const decoded = decodeSnapshot(bytes);
  if (typeof decoded === 'string') return t.fail(decoded);
  const copy = new ProducerStateManager('t-0');
  copy.load(decoded);
  t.deepEqual([...copy.entries()], [...m.entries()]);
  t.is(copy.entry(5n)!.batches.length, 5);
  const bad = Buffer.from(bytes);
  bad[bad.length - 1]! ^= 1;
  t.is(decodeSnapshot(bad), 'snapshot CRC mismatch');
  t.is(decodeSnapshot(bytes.subarray(0, 5)), 'snapshot shorter than its header');
});
