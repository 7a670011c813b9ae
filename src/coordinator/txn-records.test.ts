// The __transaction_state codec against bytes laid out by hand from Kafka 3.9's
// TransactionLogKey.json (v0) and TransactionLogValue.json (v0 classic, v1 flexible with tags),
// plus round trips, tombstones and malformed input.
import test from 'ava';
import { DecodeError } from '../../wire/primitives/index.js';
import { decodeTxnLogRecord, encodeTxnLogRecord, type TxnLogValue } from './txn-records.js';

const i16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const i32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const i64 = (n: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(n);
  return b;
};
const str = (s: string) => Buffer.concat([i16(Buffer.byteLength(s)), Buffer.from(s)]);

const value: TxnLogValue = {
  producerId: 1000n,
  previousProducerId: -1n,
  nextProducerId: -1n,
  producerEpoch: 3,
  transactionTimeoutMs: 60000,
  state: 'Ongoing',
  partitions: [
    { topic: 'a', partitionIds: [0, 2] },
    { topic: 'bc', partitionIds: [1] },
  ],
  lastUpdateTimestampMs: 1_700_000_000_123n,
  startTimestampMs: 1_700_000_000_000n,
  clientTransactionVersion: 0,
};

test('key v0 and value v0 match the schema layout byte for byte', (t) => {
  const { key, value: bytes } = encodeTxnLogRecord({ transactionalId: 'tx-1', value });
  t.deepEqual(key, Buffer.concat([i16(0), str('tx-1')]));
  const expected = Buffer.concat([
    i16(0), // value version
    i64(1000n), // ProducerId
    i16(3), // ProducerEpoch
    i32(60000), // TransactionTimeoutMs
    Buffer.from([1]), // TransactionStatus = Ongoing
    i32(2), // TransactionPartitions count
    str('a'),
    i32(2),
    i32(0),
    i32(2),
    str('bc'),
    i32(1),
    i32(1),
    i64(1_700_000_000_123n), // TransactionLastUpdateTimestampMs
    i64(1_700_000_000_000n), // TransactionStartTimestampMs
  ]);
  t.deepEqual(bytes, expected);
  t.deepEqual(decodeTxnLogRecord(key, bytes), { transactionalId: 'tx-1', value });
});

test('Empty writes null partitions; tombstones decode to a null value', (t) => {
  const empty: TxnLogValue = { ...value, state: 'Empty', partitions: null, startTimestampMs: -1n };
  const { key, value: bytes } = encodeTxnLogRecord({ transactionalId: 'x', value: empty });
  t.is(bytes!.readInt32BE(2 + 8 + 2 + 4 + 1), -1);
  t.deepEqual(decodeTxnLogRecord(key, bytes), { transactionalId: 'x', value: empty });
  t.deepEqual(decodeTxnLogRecord(key, null), { transactionalId: 'x', value: null });
  t.is(encodeTxnLogRecord({ transactionalId: 'x', value: null }).value, null);
});

test('value v1 (flexible, tagged previous/next producer id and client version) is read', (t) => {
  const bytes = Buffer.concat([
    i16(1),
    i64(7n),
    i16(0),
    i32(1000),
    Buffer.from([4]), // CompleteCommit
    Buffer.from([2]), // compact array of 1
    Buffer.from([2]), // compact string length 1+1
    Buffer.from('t'),
    Buffer.from([2]), // compact int32 array of 1
    i32(5),
    Buffer.from([0]), // partition entry tags
    i64(10n),
    i64(9n),
    Buffer.from([3]), // 3 tagged fields
    Buffer.from([0, 8]),
    i64(6n),
    Buffer.from([1, 8]),
    i64(8n),
    Buffer.from([2, 2]),
    i16(2),
  ]);
  const decoded = decodeTxnLogRecord(Buffer.concat([i16(0), str('f')]), bytes);
  t.deepEqual(decoded.value, {
    producerId: 7n,
    previousProducerId: 6n,
    nextProducerId: 8n,
    producerEpoch: 0,
    transactionTimeoutMs: 1000,
    state: 'CompleteCommit',
    partitions: [{ topic: 't', partitionIds: [5] }],
    lastUpdateTimestampMs: 10n,
    startTimestampMs: 9n,
    clientTransactionVersion: 2,
  });
  // Our own v1 encoding reads back the same.
  const again = encodeTxnLogRecord({ transactionalId: 'f', value: decoded.value }, 1);
  t.deepEqual(again.value, bytes);
});

test('malformed records are DecodeErrors', (t) => {
  const key = Buffer.concat([i16(0), str('x')]);
  const { value: bytes } = encodeTxnLogRecord({ transactionalId: 'x', value });
  t.throws(() => decodeTxnLogRecord(Buffer.concat([i16(1), str('x')]), bytes), { instanceOf: DecodeError });
  t.throws(() => decodeTxnLogRecord(key, bytes!.subarray(0, 20)), { instanceOf: DecodeError });
  const badStatus = Buffer.from(bytes!);
  badStatus.writeInt8(9, 2 + 8 + 2 + 4);
  t.throws(() => decodeTxnLogRecord(key, badStatus), { instanceOf: DecodeError });
  t.throws(() => decodeTxnLogRecord(key, Buffer.concat([i16(2), bytes!.subarray(2)])), {
    instanceOf: DecodeError,
  });
});
