// Scenarios shared by the classic group coordinator shard's tests: a three-member group through its
// initial rebalance, and the SyncGroup round that makes it Stable.
import type { Harness } from './test-support.js';

export const G = 'group-a';

/** Three members join (v5, MEMBER_ID_REQUIRED first) and the initial rebalance completes. */
export function threeMemberGroup(h: Harness) {
  const joins = [h.joinNew({ groupId: G }), h.joinNew({ groupId: G }), h.joinNew({ groupId: G })];
  h.advance(3000); // initial delay, extended once because members were added
  h.advance(3000);
  const responses = joins.map((id) => h.joins.get(id)!);
  return { joins, responses };
}

export function completeSync(h: Harness, responses: ReturnType<typeof threeMemberGroup>['responses']) {
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
