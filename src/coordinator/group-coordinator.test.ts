// The classic group coordinator shard as a whole: replaying the records it produced rebuilds the
// same persistent state, and members loaded that way keep working. Each protocol area has its own
// test file (group-join-sync, group-heartbeat, group-offsets, group-admin).
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { completeSync, G, threeMemberGroup } from './group-test-support.js';
import { Harness, persistentView, replayed, restingGroupView } from './test-support.js';

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
