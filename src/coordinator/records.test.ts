// Checks the __consumer_offsets record codec against bytes built by hand from Kafka's schemas
// (GroupMetadataKey/Value, OffsetCommitKey/Value), plus round trips, tombstones and bad input.
import test from 'ava';
import {
  type CoordinatorRecord,
  decodeCoordinatorRecord,
  encodeCoordinatorRecord,
  type GroupMetadataValue,
} from './records.js';

const i16 = (v: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(v);
  return b;
};
const i32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(v);
  return b;
};
const i64 = (v: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(v);
  return b;
};
const str = (s: string | null) =>
  s === null ? i16(-1) : Buffer.concat([i16(Buffer.byteLength(s)), Buffer.from(s)]);
const bytes = (b: Buffer) => Buffer.concat([i32(b.length), b]);

test('offset commit v3 value (no expire timestamp) matches the schema byte for byte', (t) => {
  const record: CoordinatorRecord = {
    kind: 'offset-commit',
    group: 'g1',
    topic: 'orders',
    partition: 7,
    value: { offset: 42n, leaderEpoch: 5, metadata: 'meta', commitTimestamp: 1000n, expireTimestamp: -1n },
  };
  const encoded = encodeCoordinatorRecord(record);
  t.deepEqual(encoded.key, Buffer.concat([i16(1), str('g1'), str('orders'), i32(7)]));
  t.deepEqual(encoded.value, Buffer.concat([i16(3), i64(42n), i32(5), str('meta'), i64(1000n)]));
  t.deepEqual(decodeCoordinatorRecord(encoded.key, encoded.value), record);
});

test('offset commit with an expire timestamp is written as value v1', (t) => {
  const record: CoordinatorRecord = {
    kind: 'offset-commit',
    group: 'g',
    topic: 't',
    partition: 0,
    value: { offset: 9n, leaderEpoch: -1, metadata: '', commitTimestamp: 10n, expireTimestamp: 99n },
  };
  const encoded = encodeCoordinatorRecord(record);
  t.deepEqual(encoded.value, Buffer.concat([i16(1), i64(9n), str(''), i64(10n), i64(99n)]));
  t.deepEqual(decodeCoordinatorRecord(encoded.key, encoded.value), record);
});

test('offset tombstone has a null value and decodes back', (t) => {
  const record: CoordinatorRecord = {
    kind: 'offset-commit',
    group: 'g',
    topic: 't',
    partition: 3,
    value: null,
  };
  const encoded = encodeCoordinatorRecord(record);
  t.is(encoded.value, null);
  t.deepEqual(decodeCoordinatorRecord(encoded.key, null), record);
});

test('legacy offset key v0 and value v0 decode', (t) => {
  const key = Buffer.concat([i16(0), str('old'), str('t'), i32(1)]);
  const value = Buffer.concat([i16(0), i64(77n), str('m'), i64(5n)]);
  t.deepEqual(decodeCoordinatorRecord(key, value), {
    kind: 'offset-commit',
    group: 'old',
    topic: 't',
    partition: 1,
    value: { offset: 77n, leaderEpoch: -1, metadata: 'm', commitTimestamp: 5n, expireTimestamp: -1n },
  });
});

const groupValue: GroupMetadataValue = {
  protocolType: 'consumer',
  generation: 4,
  protocol: 'range',
  leader: 'm1',
  currentStateTimestamp: 123456n,
  members: [
    {
      memberId: 'm1',
      groupInstanceId: 'i1',
      clientId: 'c',
      clientHost: '/127.0.0.1',
      rebalanceTimeout: 60000,
      sessionTimeout: 10000,
      subscription: Buffer.from([1, 2]),
      assignment: Buffer.from([3]),
    },
  ],
};

test('group metadata v3 matches the schema byte for byte', (t) => {
  const record: CoordinatorRecord = { kind: 'group-metadata', group: 'grp', value: groupValue };
  const encoded = encodeCoordinatorRecord(record);
  t.deepEqual(encoded.key, Buffer.concat([i16(2), str('grp')]));
  const member = Buffer.concat([
    str('m1'),
    str('i1'),
    str('c'),
    str('/127.0.0.1'),
    i32(60000),
    i32(10000),
    bytes(Buffer.from([1, 2])),
    bytes(Buffer.from([3])),
  ]);
  t.deepEqual(
    encoded.value,
    Buffer.concat([i16(3), str('consumer'), i32(4), str('range'), str('m1'), i64(123456n), i32(1), member]),
  );
  t.deepEqual(decodeCoordinatorRecord(encoded.key, encoded.value), record);
});

test('empty group metadata with null protocol and leader round-trips', (t) => {
  const value: GroupMetadataValue = {
    protocolType: '',
    generation: 0,
    protocol: null,
    leader: null,
    currentStateTimestamp: 5n,
    members: [],
  };
  const encoded = encodeCoordinatorRecord({ kind: 'group-metadata', group: 'g', value });
  t.deepEqual(encoded.value, Buffer.concat([i16(3), str(''), i32(0), str(null), str(null), i64(5n), i32(0)]));
  t.deepEqual(decodeCoordinatorRecord(encoded.key, encoded.value), {
    kind: 'group-metadata',
    group: 'g',
    value,
  });
});

test('group metadata v0 (no timestamp, no rebalance timeout, no instance id) decodes', (t) => {
  const member = Buffer.concat([
    str('m'),
    str('c'),
    str('h'),
    i32(3000),
    bytes(Buffer.alloc(0)),
    bytes(Buffer.alloc(0)),
  ]);
  const value = Buffer.concat([i16(0), str('consumer'), i32(1), str('range'), str('m'), i32(1), member]);
  const decoded = decodeCoordinatorRecord(Buffer.concat([i16(2), str('g')]), value);
  t.is(decoded.kind, 'group-metadata');
  if (decoded.kind !== 'group-metadata') return;
  t.is(decoded.value?.currentStateTimestamp, -1n);
  t.is(decoded.value?.members[0]?.rebalanceTimeout, -1);
  t.is(decoded.value?.members[0]?.groupInstanceId, null);
});

test('group tombstone', (t) => {
  const encoded = encodeCoordinatorRecord({ kind: 'group-metadata', group: 'gone', value: null });
  t.is(encoded.value, null);
  t.deepEqual(decodeCoordinatorRecord(encoded.key, null), {
    kind: 'group-metadata',
    group: 'gone',
    value: null,
  });
});

test('newer key versions are reported as unknown; malformed bytes throw', (t) => {
  t.deepEqual(decodeCoordinatorRecord(Buffer.concat([i16(3), str('g')]), Buffer.alloc(0)), {
    kind: 'unknown',
    keyVersion: 3,
  });
  t.throws(() => decodeCoordinatorRecord(Buffer.from([0, 1, 0, 9, 65]), null));
  t.throws(() => decodeCoordinatorRecord(Buffer.concat([i16(2), str('g')]), Buffer.from([0, 3, 0, 1])));
  t.throws(() => decodeCoordinatorRecord(Buffer.concat([i16(2), str('g')]), Buffer.from([0, 9])));
  t.throws(() => decodeCoordinatorRecord(Buffer.from([0xff, 0xff]), null));
});
