// Liveness in the classic group coordinator shard: session timeouts, members that do not rejoin or
// never sync within the rebalance timeout, and LeaveGroup in its batch (v3+) and single-member forms,
// driven with an injected clock.
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { completeSync, G, threeMemberGroup } from './group-test-support.js';
import { Harness } from './test-support.js';

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
