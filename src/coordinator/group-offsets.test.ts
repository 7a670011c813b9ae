// Offsets in the classic group coordinator shard: simple-consumer commits and fetch rules,
// OffsetCommit validation, expiration by retention, and OffsetDelete.
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { completeSync, G, threeMemberGroup } from './group-test-support.js';
import { consumerProtocols, Harness } from './test-support.js';

test('simple consumer commits create an Empty group with offsets only; fetch rules', (t) => {
  const h = new Harness();
  const res = h.commit({ groupId: 'simple' }, [
    ['t', 0, 10n],
    ['t', 1, 11n],
    ['u', 0, 5n],
  ]);
  t.true(res.topics.every((tp) => tp.partitions.every((p) => p.errorCode === ErrorCode.NONE)));
  t.true(h.log.every((r) => r.kind === 'offset-commit'));
  t.deepEqual(h.shard.listGroups(), [{ groupId: 'simple', protocolType: '', groupState: 'Empty' }]);
  const some = h.shard.fetchOffsets({
    groupId: 'simple',
    topics: [{ name: 't', partitionIndexes: [1, 2] }],
    requireStable: true,
  });
  t.deepEqual(
    some.topics[0]?.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.errorCode]),
    [
      [1, 11n, ErrorCode.NONE],
      [2, -1n, ErrorCode.NONE],
    ],
  );
  const all = h.shard.fetchOffsets({ groupId: 'simple', topics: null, requireStable: false });
  t.deepEqual(
    all.topics.map((tp) => [tp.name, tp.partitions.length]),
    [
      ['t', 2],
      ['u', 1],
    ],
  );
  t.deepEqual(h.shard.fetchOffsets({ groupId: 'none', topics: null, requireStable: false }).topics, []);
  t.is(
    h.shard.fetchOffsets({
      groupId: 'none',
      topics: [{ name: 't', partitionIndexes: [0] }],
      requireStable: false,
    }).topics[0]?.partitions[0]?.committedOffset,
    -1n,
  );
  t.is(
    h.shard.fetchOffsets({ groupId: '', topics: null, requireStable: false }).errorCode,
    ErrorCode.INVALID_GROUP_ID,
  );
});

test('OffsetCommit validation: metadata size, generations, unknown groups by version, retention_time', (t) => {
  const h = new Harness({ offsetMetadataMaxBytes: 4 });
  const big = h.run(
    h.shard.commitOffsets(
      {
        apiVersion: 2,
        groupId: 's',
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        retentionTimeMs: 60_000n,
        topics: [
          {
            name: 't',
            partitions: [
              {
                partitionIndex: 0,
                committedOffset: 1n,
                committedLeaderEpoch: -1,
                commitTimestamp: -1n,
                committedMetadata: 'abcde',
              },
              {
                partitionIndex: 1,
                committedOffset: 2n,
                committedLeaderEpoch: -1,
                commitTimestamp: -1n,
                committedMetadata: null,
              },
            ],
          },
        ],
      },
      h.nowMs,
    ),
  );
  t.deepEqual(
    big.topics[0]?.partitions.map((p) => p.errorCode),
    [ErrorCode.OFFSET_METADATA_TOO_LARGE, ErrorCode.NONE],
  );
  const rec = h.log.at(-1)!;
  t.true(rec.kind === 'offset-commit' && rec.value?.expireTimestamp === BigInt(h.nowMs + 60_000));
  t.is(
    h.commit({ groupId: 'missing', generationIdOrMemberEpoch: 3, memberId: 'm', apiVersion: 9 }, [
      ['t', 0, 1n],
    ]).topics[0]?.partitions[0]?.errorCode,
    ErrorCode.GROUP_ID_NOT_FOUND,
  );
  t.is(
    h.commit({ groupId: 'missing', generationIdOrMemberEpoch: 3, memberId: 'm', apiVersion: 8 }, [
      ['t', 0, 1n],
    ]).topics[0]?.partitions[0]?.errorCode,
    ErrorCode.ILLEGAL_GENERATION,
  );
  t.is(
    h.commit({ groupId: '' }, [['t', 0, 1n]]).topics[0]?.partitions[0]?.errorCode,
    ErrorCode.INVALID_GROUP_ID,
  );

  const { responses } = threeMemberGroup(h);
  const { leader, gen } = completeSync(h, responses);
  const code = (fields: object) =>
    h.commit({ groupId: G, ...fields }, [['t', 0, 1n]]).topics[0]?.partitions[0]?.errorCode;
  t.is(code({ generationIdOrMemberEpoch: gen, memberId: leader.memberId }), ErrorCode.NONE);
  t.is(code({ generationIdOrMemberEpoch: gen - 1, memberId: leader.memberId }), ErrorCode.ILLEGAL_GENERATION);
  t.is(code({ generationIdOrMemberEpoch: gen, memberId: 'ghost' }), ErrorCode.UNKNOWN_MEMBER_ID);
  t.is(
    code({ generationIdOrMemberEpoch: -1, memberId: '' }),
    ErrorCode.UNKNOWN_MEMBER_ID,
    'v0-style commit to a live group',
  );
});

test('offset expiration: simple groups by commit time, Empty consumer groups from when they became Empty', (t) => {
  const h = new Harness({ offsetsRetentionMinutes: 1, offsetsRetentionCheckIntervalMs: 1000 });
  h.commit({ groupId: 'simple' }, [['t', 0, 1n]]);
  const a = h.join({ groupId: G, apiVersion: 3, sessionTimeoutMs: 120_000 });
  h.advance(3000);
  const ra = h.joins.get(a)!;
  h.sync({ groupId: G, memberId: ra.memberId, generationId: 1, assignments: [] });
  h.commit({ groupId: G, generationIdOrMemberEpoch: 1, memberId: ra.memberId }, [['t', 0, 7n]]);
  h.advance(58_000);
  t.is(h.heartbeat(G, ra.memberId, 1), ErrorCode.NONE);
  h.advance(2000);
  t.deepEqual(
    h.shard.offsetEntries().map((e) => e[0]),
    [G],
    'the simple group offset expired and the group went with it',
  );
  t.is(h.shard.group('simple'), undefined);
  // Stable and subscribed to t: kept however old it is.
  h.advance(5000);
  t.is(h.heartbeat(G, ra.memberId, 1), ErrorCode.NONE);
  t.is(h.shard.offsetEntries().length, 1);
  h.run(
    h.shard.leaveGroup({ groupId: G, members: [{ memberId: ra.memberId, groupInstanceId: null }] }, h.nowMs),
  );
  t.is(h.shard.group(G)?.state, 'Empty');
  h.advance(59_000);
  t.is(h.shard.offsetEntries().length, 1);
  h.advance(1000);
  t.is(h.shard.offsetEntries().length, 0);
  t.is(h.shard.group(G), undefined, 'an Empty group without offsets is deleted');
  const tombstones = h.log.filter((r) => r.value === null);
  t.is(tombstones.length, 4);
});

test('OffsetDelete: subscribed topics are protected; others are deleted; group checks', (t) => {
  const h = new Harness();
  const a = h.join({ groupId: G, apiVersion: 3, protocols: consumerProtocols(['range'], ['t']) });
  h.advance(3000);
  const ra = h.joins.get(a)!;
  h.sync({ groupId: G, memberId: ra.memberId, generationId: 1, assignments: [] });
  h.commit({ groupId: G, generationIdOrMemberEpoch: 1, memberId: ra.memberId }, [
    ['t', 0, 1n],
    ['old', 0, 2n],
  ]);
  const res = h.run(
    h.shard.deleteOffsets(
      {
        groupId: G,
        topics: [
          { name: 't', partitions: [0] },
          { name: 'old', partitions: [0, 1] },
        ],
      },
      h.nowMs,
    ),
  );
  t.is(res.errorCode, ErrorCode.NONE);
  t.deepEqual(res.topics[0]?.partitions, [
    { partitionIndex: 0, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC },
  ]);
  t.deepEqual(
    res.topics[1]?.partitions.map((p) => p.errorCode),
    [ErrorCode.NONE, ErrorCode.NONE],
  );
  t.deepEqual(
    h.shard.offsetEntries().map((e) => e[1]),
    ['t'],
  );
  t.is(
    h.run(h.shard.deleteOffsets({ groupId: 'x', topics: [] }, h.nowMs)).errorCode,
    ErrorCode.GROUP_ID_NOT_FOUND,
  );
  t.is(
    h.run(h.shard.deleteOffsets({ groupId: '', topics: [] }, h.nowMs)).errorCode,
    ErrorCode.INVALID_GROUP_ID,
  );
  // A non-consumer protocol group that is not Empty cannot have offsets deleted.
  const c = h.join({
    groupId: 'connect',
    apiVersion: 3,
    protocolType: 'connect',
    protocols: consumerProtocols(['v1']),
  });
  t.truthy(c);
  t.is(
    h.run(h.shard.deleteOffsets({ groupId: 'connect', topics: [] }, h.nowMs)).errorCode,
    ErrorCode.NON_EMPTY_GROUP,
  );
});
