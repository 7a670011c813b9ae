// The classic group coordinator shard's JoinGroup and SyncGroup: MEMBER_ID_REQUIRED, a full
// rebalance, static membership, protocol selection and every JoinGroup/SyncGroup error path, driven
// with an injected clock.
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { completeSync, G, threeMemberGroup } from './group-test-support.js';
import { consumerProtocols, Harness } from './test-support.js';

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
