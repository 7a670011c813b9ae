// Behaviour of the classic group coordinator shard with an injected clock: rebalances, sessions,
// static membership, protocol selection, every error path, offsets, admin APIs, and that replaying
// the produced records rebuilds the same persistent state.
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { consumerProtocols, Harness, persistentView, replayed, restingGroupView } from './test-support.js';

const G = 'group-a';

/** Three members join (v5, MEMBER_ID_REQUIRED first) and the initial rebalance completes. */
function threeMemberGroup(h: Harness) {
  const joins = [h.joinNew({ groupId: G }), h.joinNew({ groupId: G }), h.joinNew({ groupId: G })];
  h.advance(3000); // initial delay, extended once because members were added
  h.advance(3000);
  const responses = joins.map((id) => h.joins.get(id)!);
  return { joins, responses };
}

function completeSync(h: Harness, responses: ReturnType<typeof threeMemberGroup>['responses']) {
  const gen = responses[0]!.generationId;
  const leader = responses.find((r) => r.memberId === r.leader)!;
  const followers = responses.filter((r) => r !== leader);
  const followerSyncs = followers.map((f) => h.sync({ groupId: G, memberId: f.memberId, generationId: gen }));
  const leaderSync = h.sync({
    groupId: G,
    memberId: leader.memberId,
    generationId: gen,
    assignments: responses.map((r, i) => ({ memberId: r.memberId, assignment: Buffer.from([i]) })),
  });
  return { leader, followers, followerSyncs, leaderSync, gen };
}

test('MEMBER_ID_REQUIRED only for v4+ dynamic members with an empty member id', (t) => {
  const h = new Harness();
  const v4 = h.join({ groupId: G, apiVersion: 4 });
  t.is(h.joins.get(v4)?.errorCode, ErrorCode.MEMBER_ID_REQUIRED);
  t.regex(h.joins.get(v4)!.memberId, /^client-[0-9a-f-]{36}$/);
  const v3 = h.join({ groupId: G, apiVersion: 3 });
  t.is(h.joins.get(v3), undefined, 'v3 is parked in the initial rebalance, never asked for a member id');
  const staticJoin = h.join({ groupId: G, apiVersion: 5, groupInstanceId: 'inst-1' });
  t.is(h.joins.get(staticJoin), undefined);
  t.is(h.shard.group(G)?.state, 'PreparingRebalance');
  // The pending member id expires after its session if it never comes back.
  h.advance(3000);
  h.advance(3000);
  h.advance(4001);
  t.false(h.shard.group(G)!.pendingJoinMembers.size > 0);
});

test('full rebalance of 3 members: join, sync, heartbeat', (t) => {
  const h = new Harness();
  const { responses } = threeMemberGroup(h);
  const group = h.shard.group(G)!;
  t.is(group.state, 'CompletingRebalance');
  t.true(responses.every((r) => r.errorCode === ErrorCode.NONE && r.generationId === 1));
  t.true(responses.every((r) => r.protocolName === 'range' && r.protocolType === 'consumer'));
  const leader = responses.filter((r) => r.members.length === 3);
  t.is(leader.length, 1, 'only the leader gets the member list');
  t.is(leader[0]!.memberId, leader[0]!.leader);

  const { followerSyncs, leaderSync, followers, gen } = completeSync(h, responses);
  t.is(group.state, 'Stable');
  t.is(h.syncs.get(leaderSync)?.errorCode, ErrorCode.NONE);
  for (const id of followerSyncs) t.is(h.syncs.get(id)?.errorCode, ErrorCode.NONE);
  const assigned = [leaderSync, ...followerSyncs].map((id) => h.syncs.get(id)!.assignment[0]).sort();
  t.deepEqual(assigned, [0, 1, 2]);
  const last = h.log.at(-1)!;
  t.is(last.kind, 'group-metadata');
  if (last.kind === 'group-metadata') t.is(last.value?.members.length, 3);

  h.advance(5000);
  t.is(h.heartbeat(G, followers[0]!.memberId, gen), ErrorCode.NONE);
  t.is(h.heartbeat(G, followers[0]!.memberId, gen + 1), ErrorCode.ILLEGAL_GENERATION);
  t.is(h.heartbeat(G, 'nobody', gen), ErrorCode.UNKNOWN_MEMBER_ID);
  t.is(h.heartbeat('no-group', 'x', 1), ErrorCode.UNKNOWN_MEMBER_ID);
  t.is(h.heartbeat('', 'x', 1), ErrorCode.INVALID_GROUP_ID);
  // A follower syncing again in Stable gets its assignment back.
  const again = h.sync({ groupId: G, memberId: followers[0]!.memberId, generationId: gen });
  t.is(h.syncs.get(again)?.errorCode, ErrorCode.NONE);
});

test('member crash: session timeout removes it and the rest rebalance to a new generation', (t) => {
  const h = new Harness();
  const { responses } = threeMemberGroup(h);
  const { leader, followers, gen } = completeSync(h, responses);
  const alive = [leader, followers[0]!];
  for (let i = 0; i < 2; i++) {
    h.advance(4000);
    for (const m of alive) t.is(h.heartbeat(G, m.memberId, gen), ErrorCode.NONE);
  }
  h.advance(2001); // the silent follower's 10 s session is over
  const group = h.shard.group(G)!;
  t.is(group.state, 'PreparingRebalance');
  t.false(group.members.has(followers[1]!.memberId));
  t.is(h.heartbeat(G, leader.memberId, gen), ErrorCode.REBALANCE_IN_PROGRESS);
  const rejoins = alive.map((m) => h.join({ groupId: G, memberId: m.memberId }));
  t.is(group.state, 'CompletingRebalance', 'not an initial rebalance: completes once all rejoined');
  for (const id of rejoins) t.is(h.joins.get(id)?.generationId, gen + 1);
});

test('a member that does not rejoin within the rebalance timeout is removed', (t) => {
  const h = new Harness();
  const { responses } = threeMemberGroup(h);
  const { leader, followers, gen } = completeSync(h, responses);
  // The leader rejoins, forcing a rebalance; only one follower follows.
  const l = h.join({ groupId: G, memberId: leader.memberId });
  const f = h.join({ groupId: G, memberId: followers[0]!.memberId });
  t.is(h.shard.group(G)?.state, 'PreparingRebalance');
  h.advance(5000);
  t.is(h.heartbeat(G, followers[1]!.memberId, gen), ErrorCode.REBALANCE_IN_PROGRESS);
  h.advance(25_001); // rebalance timeout 30 s
  t.is(h.shard.group(G)?.state, 'CompletingRebalance');
  t.is(h.shard.group(G)?.members.size, 2);
  t.is(h.joins.get(l)?.members.length, 2);
  t.is(h.joins.get(f)?.generationId, gen + 1);
});

test('LeaveGroup v3+ batch with per-member errors, then v0-2 style single member', (t) => {
  const h = new Harness();
  const { responses } = threeMemberGroup(h);
  const { leader, followers } = completeSync(h, responses);
  const res = h.run(
    h.shard.leaveGroup(
      {
        groupId: G,
        members: [
          { memberId: followers[0]!.memberId, groupInstanceId: null },
          { memberId: 'ghost', groupInstanceId: null },
          { memberId: '', groupInstanceId: 'not-there' },
        ],
      },
      h.nowMs,
    ),
  );
  t.deepEqual(
    res.members.map((m) => m.errorCode),
    [ErrorCode.NONE, ErrorCode.UNKNOWN_MEMBER_ID, ErrorCode.UNKNOWN_MEMBER_ID],
  );
  t.is(h.shard.group(G)?.state, 'PreparingRebalance');
  const single = h.run(
    h.shard.leaveGroup(
      { groupId: G, members: [{ memberId: followers[1]!.memberId, groupInstanceId: null }] },
      h.nowMs,
    ),
  );
  t.is(single.members[0]?.errorCode, ErrorCode.NONE);
  const last = h.run(
    h.shard.leaveGroup(
      { groupId: G, members: [{ memberId: leader.memberId, groupInstanceId: null }] },
      h.nowMs,
    ),
  );
  t.is(last.errorCode, ErrorCode.NONE);
  // Everyone left: the join phase completes into an Empty generation, which is persisted.
  t.is(h.shard.group(G)?.state, 'Empty');
  const rec = h.log.at(-1)!;
  t.true(
    rec.kind === 'group-metadata' && rec.value?.members.length === 0 && rec.value.protocolType === 'consumer',
  );
  t.is(
    h.run(h.shard.leaveGroup({ groupId: 'nope', members: [] }, h.nowMs)).errorCode,
    ErrorCode.UNKNOWN_MEMBER_ID,
  );
});

test('static member restart: new member id, old one fenced, no rebalance', (t) => {
  const h = new Harness();
  const a = h.join({ groupId: G, groupInstanceId: 'a' });
  const b = h.join({ groupId: G, groupInstanceId: 'b' });
  h.advance(3000);
  h.advance(3000);
  const ra = h.joins.get(a)!;
  const rb = h.joins.get(b)!;
  t.is(ra.errorCode, ErrorCode.NONE);
  t.regex(ra.memberId, /^a-/);
  const leader = ra.memberId === ra.leader ? ra : rb;
  const other = leader === ra ? rb : ra;
  h.sync({ groupId: G, memberId: other.memberId, generationId: 1 });
  h.sync({
    groupId: G,
    memberId: leader.memberId,
    generationId: 1,
    assignments: [
      { memberId: ra.memberId, assignment: Buffer.from('A') },
      { memberId: rb.memberId, assignment: Buffer.from('B') },
    ],
  });
  t.is(h.shard.group(G)?.state, 'Stable');
  const recordsBefore = h.log.length;

  // "b" restarts and joins with its instance id but no member id.
  const rejoin = h.join({ groupId: G, groupInstanceId: 'b', apiVersion: 5 });
  const r = h.joins.get(rejoin)!;
  t.is(r.errorCode, ErrorCode.NONE);
  t.not(r.memberId, rb.memberId);
  t.is(r.generationId, 1);
  t.is(h.shard.group(G)?.state, 'Stable', 'no rebalance');
  t.is(h.log.length, recordsBefore + 1, 'the new member id is persisted');
  t.is(h.heartbeat(G, rb.memberId, 1, 'b'), ErrorCode.FENCED_INSTANCE_ID);
  t.is(h.heartbeat(G, r.memberId, 1, 'b'), ErrorCode.NONE);
  const s = h.sync({ groupId: G, memberId: r.memberId, generationId: 1, groupInstanceId: 'b' });
  t.deepEqual(h.syncs.get(s)?.assignment, Buffer.from('B'));
  t.is(h.heartbeat(G, r.memberId, 1, 'zzz'), ErrorCode.UNKNOWN_MEMBER_ID);
  // Admin removal by instance id.
  const leave = h.run(
    h.shard.leaveGroup({ groupId: G, members: [{ memberId: '', groupInstanceId: 'b' }] }, h.nowMs),
  );
  t.is(leave.members[0]?.errorCode, ErrorCode.NONE);
  t.is(h.shard.group(G)?.state, 'PreparingRebalance');
});

test('static members survive a missed rejoin; a static leader rejoining at v9 is told to skip assignment', (t) => {
  const h = new Harness();
  const a = h.join({ groupId: G, groupInstanceId: 'a', apiVersion: 9 });
  h.advance(3000);
  h.advance(3000);
  const ra = h.joins.get(a)!;
  h.sync({
    groupId: G,
    memberId: ra.memberId,
    generationId: 1,
    assignments: [{ memberId: ra.memberId, assignment: Buffer.from('x') }],
  });
  const re = h.join({ groupId: G, groupInstanceId: 'a', apiVersion: 9 });
  const r = h.joins.get(re)!;
  t.true(r.skipAssignment);
  t.is(r.leader, r.memberId);
  t.is(r.members.length, 1);
});

test('protocol selection: the protocol all members support with the most votes', (t) => {
  const h = new Harness();
  const ids = [
    h.join({ groupId: G, apiVersion: 3, protocols: consumerProtocols(['range', 'roundrobin']) }),
    h.join({ groupId: G, apiVersion: 3, protocols: consumerProtocols(['roundrobin', 'range', 'sticky']) }),
    h.join({ groupId: G, apiVersion: 3, protocols: consumerProtocols(['sticky', 'roundrobin', 'range']) }),
  ];
  // range: 1 vote, roundrobin: 1, sticky is not supported by all; the third votes roundrobin.
  h.advance(3000);
  h.advance(3000);
  for (const id of ids) t.is(h.joins.get(id)?.protocolName, 'roundrobin');

  const bad = h.join({ groupId: G, apiVersion: 3, protocols: consumerProtocols(['cooperative-sticky']) });
  t.is(h.joins.get(bad)?.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  const badType = h.join({ groupId: G, apiVersion: 3, protocolType: 'connect' });
  t.is(h.joins.get(badType)?.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  const empty = h.join({ groupId: 'other', apiVersion: 3, protocols: [] });
  t.is(h.joins.get(empty)?.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
});

test('JoinGroup errors: session timeout bounds, unknown member, group id, max size', (t) => {
  const h = new Harness({ groupMaxSize: 2 });
  t.is(
    h.joins.get(h.join({ groupId: G, sessionTimeoutMs: 5999 }))?.errorCode,
    ErrorCode.INVALID_SESSION_TIMEOUT,
  );
  t.is(
    h.joins.get(h.join({ groupId: G, sessionTimeoutMs: 1_800_001 }))?.errorCode,
    ErrorCode.INVALID_SESSION_TIMEOUT,
  );
  t.is(h.joins.get(h.join({ groupId: '' }))?.errorCode, ErrorCode.INVALID_GROUP_ID);
  t.is(h.joins.get(h.join({ groupId: G, memberId: 'made-up' }))?.errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  t.is(h.shard.group(G), undefined, 'a known member id never creates a group');
  h.join({ groupId: G, apiVersion: 3 });
  h.join({ groupId: G, apiVersion: 3 });
  const third = h.join({ groupId: G, apiVersion: 3 });
  t.is(h.joins.get(third)?.errorCode, ErrorCode.GROUP_MAX_SIZE_REACHED);
  t.is(h.joins.get(third)?.memberId, '');
});

test('SyncGroup errors and the CompletingRebalance rules', (t) => {
  const h = new Harness();
  t.is(
    h.syncs.get(h.sync({ groupId: G, memberId: 'm', generationId: 1 }))?.errorCode,
    ErrorCode.UNKNOWN_MEMBER_ID,
  );
  const { responses } = threeMemberGroup(h);
  const gen = responses[0]!.generationId;
  const m = responses[0]!.memberId;
  t.is(
    h.syncs.get(h.sync({ groupId: G, memberId: m, generationId: gen + 1 }))?.errorCode,
    ErrorCode.ILLEGAL_GENERATION,
  );
  t.is(
    h.syncs.get(h.sync({ groupId: G, memberId: m, generationId: gen, protocolType: 'connect' }))?.errorCode,
    ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
  );
  t.is(
    h.syncs.get(h.sync({ groupId: G, memberId: m, generationId: gen, protocolName: 'roundrobin' }))
      ?.errorCode,
    ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
  );
  const follower = responses.find((r) => r.memberId !== r.leader)!;
  const parked = h.sync({
    groupId: G,
    memberId: follower.memberId,
    generationId: gen,
    protocolName: 'range',
  });
  t.is(h.syncs.get(parked), undefined, 'followers wait for the leader');
  // A commit during CompletingRebalance is refused.
  const c = h.commit({ groupId: G, generationIdOrMemberEpoch: gen, memberId: follower.memberId }, [
    ['t', 0, 1n],
  ]);
  t.is(c.topics[0]?.partitions[0]?.errorCode, ErrorCode.REBALANCE_IN_PROGRESS);
  // A new member joining now sends everyone back to rebalance.
  h.join({ groupId: G, apiVersion: 3 });
  t.is(h.syncs.get(parked)?.errorCode, ErrorCode.REBALANCE_IN_PROGRESS);
  t.is(h.shard.group(G)?.state, 'PreparingRebalance');
  t.is(
    h.syncs.get(h.sync({ groupId: G, memberId: m, generationId: gen }))?.errorCode,
    ErrorCode.REBALANCE_IN_PROGRESS,
  );
});

test('members that never send SyncGroup are removed after the rebalance timeout', (t) => {
  const h = new Harness();
  const { responses } = threeMemberGroup(h);
  const leader = responses.find((r) => r.memberId === r.leader)!;
  const gen = leader.generationId;
  h.sync({ groupId: G, memberId: leader.memberId, generationId: gen, assignments: [] });
  t.is(h.shard.group(G)?.state, 'Stable');
  h.advance(9000);
  t.is(h.heartbeat(G, leader.memberId, gen), ErrorCode.NONE);
  for (const r of responses) if (r !== leader) t.is(h.heartbeat(G, r.memberId, gen), ErrorCode.NONE);
  h.advance(9000);
  t.is(h.heartbeat(G, leader.memberId, gen), ErrorCode.NONE);
  for (const r of responses) if (r !== leader) h.heartbeat(G, r.memberId, gen);
  h.advance(9000);
  h.heartbeat(G, leader.memberId, gen);
  h.advance(3001); // 30 s after the join responses
  t.is(h.shard.group(G)?.members.size, 1);
  t.is(h.shard.group(G)?.state, 'PreparingRebalance');
});

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

test('DescribeGroups, ListGroups and DeleteGroups', (t) => {
  const h = new Harness();
  const { responses } = threeMemberGroup(h);
  let d = h.shard.describeGroups([G, 'unknown'])[0]!;
  t.is(d.groupState, 'CompletingRebalance');
  t.is(d.protocolData, '');
  t.true(d.members.every((m) => m.memberMetadata.length === 0));
  completeSync(h, responses);
  d = h.shard.describeGroups([G])[0]!;
  t.is(d.groupState, 'Stable');
  t.is(d.protocolType, 'consumer');
  t.is(d.protocolData, 'range');
  t.is(d.members.length, 3);
  t.true(d.members.every((m) => m.memberMetadata.length > 0 && m.memberAssignment.length === 1));
  t.deepEqual(h.shard.describeGroups(['unknown'])[0], {
    errorCode: ErrorCode.NONE,
    groupId: 'unknown',
    groupState: 'Dead',
    protocolType: '',
    protocolData: '',
    members: [],
  });
  t.is(h.shard.describeGroups([''])[0]?.errorCode, ErrorCode.INVALID_GROUP_ID);

  h.commit({ groupId: 'simple' }, [['t', 0, 1n]]);
  t.deepEqual(
    h.shard.listGroups().map((g) => [g.groupId, g.groupState]),
    [
      [G, 'Stable'],
      ['simple', 'Empty'],
    ],
  );
  t.deepEqual(
    h.shard.listGroups(['EMPTY']).map((g) => g.groupId),
    ['simple'],
  );
  t.deepEqual(
    h.shard.listGroups(['stable', 'preparingrebalance']).map((g) => g.groupId),
    [G],
  );

  const del = h.run(h.shard.deleteGroups([G, 'simple', 'simple', 'nope', ''], h.nowMs));
  t.deepEqual(
    del.map((r) => r.errorCode),
    [
      ErrorCode.NON_EMPTY_GROUP,
      ErrorCode.NONE,
      ErrorCode.GROUP_ID_NOT_FOUND,
      ErrorCode.GROUP_ID_NOT_FOUND,
      ErrorCode.INVALID_GROUP_ID,
    ],
  );
  t.is(h.shard.group('simple'), undefined);
  t.deepEqual(
    h.shard.offsetEntries().map((e) => e[0]),
    [],
  );
  t.is(h.shard.describeGroups(['simple'])[0]?.groupState, 'Dead');
});

test('replay of the produced records rebuilds the same persistent state; loaded members keep working', (t) => {
  const h = new Harness();
  const { responses } = threeMemberGroup(h);
  const { leader, followers, gen } = completeSync(h, responses);
  h.commit({ groupId: G, generationIdOrMemberEpoch: gen, memberId: leader.memberId }, [
    ['t', 0, 100n],
    ['t', 1, 200n],
  ]);
  h.commit({ groupId: 'simple', retentionTimeMs: 1000n }, [['x', 3, 9n]]);
  h.run(
    h.shard.leaveGroup(
      { groupId: G, members: [{ memberId: followers[1]!.memberId, groupInstanceId: null }] },
      h.nowMs,
    ),
  );
  const rejoin = [leader, followers[0]!].map((m) => h.join({ groupId: G, memberId: m.memberId }));
  const gen2 = h.joins.get(rejoin[0]!)!.generationId;
  h.sync({ groupId: G, memberId: followers[0]!.memberId, generationId: gen2 });
  h.sync({ groupId: G, memberId: leader.memberId, generationId: gen2, assignments: [] });
  h.commit({ groupId: 'gone' }, [['t', 0, 1n]]);
  h.run(h.shard.deleteGroups(['gone'], h.nowMs));

  const loaded = replayed(h.log);
  t.deepEqual(persistentView(loaded), persistentView(h.shard));
  for (const id of h.shard.groupIds())
    t.deepEqual(restingGroupView(loaded, id), restingGroupView(h.shard, id));
  t.is(loaded.group(G)?.state, 'Stable');
  t.is(loaded.group(G)?.generationId, gen2);

  // After load, members heartbeat as before; one that stays silent expires.
  h.nowMs += 1;
  h.run(loaded.onLoaded(h.nowMs));
  t.is(
    loaded.heartbeat(
      { groupId: G, memberId: leader.memberId, generationId: gen2, groupInstanceId: null },
      h.nowMs + 5000,
    ).response.errorCode,
    ErrorCode.NONE,
  );
  const after = loaded.tick(h.nowMs + 10_001);
  t.is(after.records.length, 0);
  t.is(loaded.group(G)?.state, 'PreparingRebalance');
  t.false(loaded.group(G)?.members.has(followers[0]!.memberId));
});
