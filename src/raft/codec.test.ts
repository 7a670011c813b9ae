import test from 'ava';
import { SeededRandom } from '../common/random.js';
import {
  decodeEntry,
  decodeHardState,
  decodeMessage,
  decodeSnapshot,
  encodeEntry,
  encodeHardState,
  encodeMessage,
  encodeSnapshot,
  RaftCodecError,
} from './codec.js';
import type { Entry, Message, Snapshot } from './types.js';

const data: Entry = { index: 7, term: 3, kind: 'data', data: Buffer.from('hello'), config: null };
const noop: Entry = { index: 8, term: 3, kind: 'noop', data: Buffer.alloc(0), config: null };
const config: Entry = {
  index: 9,
  term: 4,
  kind: 'config',
  data: Buffer.alloc(0),
  config: { voters: [1, 2, 5] },
};
const snapshot: Snapshot = {
  index: 2 ** 40,
  term: 2 ** 33 + 5,
  config: { voters: [0, 2147483647] },
  data: Buffer.from([0, 1, 2, 255]),
};

const messages: Message[] = [
  {
    type: 'vote-request',
    from: 1,
    to: 2,
    term: 5,
    preVote: true,
    lastLogIndex: 10,
    lastLogTerm: 4,
    transfer: false,
  },
  {
    type: 'vote-request',
    from: 3,
    to: 2,
    term: 6,
    preVote: false,
    lastLogIndex: 0,
    lastLogTerm: 0,
    transfer: true,
  },
  { type: 'vote-response', from: 2, to: 1, term: 5, preVote: true, granted: true },
  { type: 'vote-response', from: 2, to: 1, term: 5, preVote: false, granted: false },
  {
    type: 'append-request',
    from: 1,
    to: 3,
    term: 4,
    prevLogIndex: 6,
    prevLogTerm: 3,
    entries: [data, noop, config],
    commitIndex: 6,
  },
  {
    type: 'append-request',
    from: 1,
    to: 3,
    term: 4,
    prevLogIndex: 0,
    prevLogTerm: 0,
    entries: [],
    commitIndex: 0,
  },
  {
    type: 'append-response',
    from: 3,
    to: 1,
    term: 4,
    success: false,
    matchIndex: 0,
    rejectedIndex: 6,
    conflictIndex: 3,
    conflictTerm: 2,
  },
  { type: 'heartbeat-request', from: 1, to: 2, term: 9, commitIndex: Number.MAX_SAFE_INTEGER },
  { type: 'heartbeat-response', from: 2, to: 1, term: 9 },
  { type: 'snapshot-request', from: 1, to: 2, term: 9, snapshot },
  { type: 'timeout-now', from: 1, to: 2, term: 9 },
];

test('every message type round-trips', (t) => {
  const types = new Set<string>();
  for (const m of messages) {
    types.add(m.type);
    t.deepEqual(decodeMessage(encodeMessage(m)), m, m.type);
  }
  t.is(types.size, 8);
});

test('entries, snapshots and hard state round-trip', (t) => {
  for (const e of [data, noop, config]) t.deepEqual(decodeEntry(encodeEntry(e)), e);
  t.deepEqual(decodeSnapshot(encodeSnapshot(snapshot)), snapshot);
  for (const hs of [
    { term: 0, votedFor: null },
    { term: 12, votedFor: 3 },
  ]) {
    t.deepEqual(decodeHardState(encodeHardState(hs)), hs);
  }
});

test('decoded data does not share memory with the input', (t) => {
  const bytes = encodeEntry(data);
  const decoded = decodeEntry(bytes);
  bytes.fill(0);
  t.is(decoded.data.toString(), 'hello');
});

test('encoding refuses values the format cannot carry', (t) => {
  t.throws(() => encodeEntry({ ...data, index: -1 }), { instanceOf: RangeError });
  t.throws(() => encodeEntry({ ...data, term: 2 ** 60 }), { instanceOf: RangeError });
  t.throws(() => encodeMessage({ type: 'timeout-now', from: -2, to: 1, term: 1 }), {
    instanceOf: RangeError,
  });
});

test('every truncation of every message is an error, never a crash', (t) => {
  for (const m of messages) {
    const bytes = encodeMessage(m);
    for (let cut = 0; cut < bytes.length; cut++) {
      t.throws(() => decodeMessage(bytes.subarray(0, cut)), { instanceOf: RaftCodecError });
    }
    t.throws(() => decodeMessage(Buffer.concat([bytes, Buffer.from([0])])), { instanceOf: RaftCodecError });
  }
});

test('hostile fields are rejected', (t) => {
  const err = { instanceOf: RaftCodecError };
  t.throws(() => decodeMessage(Buffer.from([99])), err);
  // A vote-request whose boolean is 2.
  const vote = encodeMessage(messages[0]!);
  vote[17] = 2;
  t.throws(() => decodeMessage(vote), err);
  // An entry count claiming far more entries than bytes left.
  const append = Buffer.from(encodeMessage(messages[5]!));
  append.writeUInt32BE(0xffffffff, append.length - 4);
  t.throws(() => decodeMessage(append), err);
  // Entries that are not contiguous after prevLogIndex.
  const gap = encodeMessage({
    ...(messages[4] as Extract<Message, { type: 'append-request' }>),
    prevLogIndex: 2,
  });
  t.throws(() => decodeMessage(gap), err);
  // A u64 above 2^53.
  const big = Buffer.from(encodeMessage(messages[10]!));
  big.writeUInt32BE(0xffffffff, 9);
  t.throws(() => decodeMessage(big), err);
  // A node id above int32.
  const id = Buffer.from(encodeMessage(messages[10]!));
  id.writeUInt32BE(0x80000000, 1);
  t.throws(() => decodeMessage(id), err);
  // A data entry that carries a config, and an unknown entry kind.
  const withConfig = Buffer.from(encodeEntry(config));
  withConfig[16] = 0;
  t.throws(() => decodeEntry(withConfig), err);
  const badKind = Buffer.from(encodeEntry(data));
  badKind[16] = 7;
  t.throws(() => decodeEntry(badKind), err);
  // A data length longer than the buffer.
  const longData = Buffer.from(encodeEntry(data));
  longData.writeUInt32BE(1 << 30, 17);
  t.throws(() => decodeEntry(longData), err);
});

test('random bytes and random mutations never throw anything but RaftCodecError', (t) => {
  const random = new SeededRandom(42);
  let decoded = 0;
  for (let i = 0; i < 20_000; i++) {
    const base = encodeMessage(messages[random.int(messages.length)]!);
    const bytes =
      i % 2 === 0
        ? random.bytes(random.int(64))
        : Buffer.from(base).fill(random.int(256), random.int(base.length));
    try {
      decodeMessage(bytes);
      decoded++;
    } catch (error) {
      if (!(error instanceof RaftCodecError)) t.fail(`unexpected ${String(error)}`);
    }
  }
  t.true(decoded >= 0);
});
