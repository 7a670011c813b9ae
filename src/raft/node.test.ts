// Unit tests for RaftNode: elections, pre-vote, check-quorum, replication with conflicts,
// snapshots, membership changes and leadership transfer, each as a small scripted scenario.
import test from 'ava';
import { SeededRandom } from '../common/random.js';
import { RaftNode } from './node.js';
import { ELECTION_MS, TestCluster } from './test-cluster.js';
import { bootstrapState, isRejected } from './types.js';

test('three nodes elect exactly one leader and every node learns it', (t) => {
  const c = new TestCluster([1, 2, 3], [1, 2, 3]);
  const leader = c.electLeader();
  c.advance(200);
  t.deepEqual(c.leaders(), [leader]);
  for (const node of c.nodes.values()) {
    t.is(node.leader, leader);
    t.is(node.currentTerm, c.node(leader).currentTerm);
  }
  // The leader's no-op from its own term is committed everywhere.
  for (const node of c.nodes.values()) t.is(node.commitIndex, 1);
});

test('a new election persists term and vote before asking for votes', (t) => {
  const node = new RaftNode(
    {
      id: 1,
      electionTimeoutMs: 100,
      heartbeatIntervalMs: 20,
      maxEntriesPerAppend: 4,
      maxInflightAppends: 2,
      preVote: false,
      checkQuorum: true,
      random: new SeededRandom(1),
    },
    bootstrapState([1, 2, 3]),
    0,
  );
  const fx = node.tick(1000);
  t.deepEqual(fx.hardState, { term: 1, votedFor: 1 });
  t.is(fx.messages.length, 2);
  t.true(fx.messages.every((m) => m.type === 'vote-request' && !m.preVote && m.term === 1));
});

test('followers reject proposals and name the leader', (t) => {
  const c = new TestCluster([1, 2, 3], [1, 2, 3]);
  const leader = c.electLeader();
  const follower = [1, 2, 3].find((id) => id !== leader)!;
  const result = c.node(follower).propose(Buffer.from('x'));
  t.true(isRejected(result));
  t.deepEqual(result, { rejected: 'not-leader', leaderId: leader });
});

test('pre-vote: a partitioned node does not inflate its term or disrupt the leader when it rejoins', (t) => {
  const c = new TestCluster([1, 2, 3], [1, 2, 3]);
  const leader = c.electLeader();
  const term = c.node(leader).currentTerm;
  const outsider = [1, 2, 3].find((id) => id !== leader)!;
  c.isolate(outsider);
  c.advance(ELECTION_MS * 20);
  t.is(c.node(outsider).currentTerm, term, 'pre-votes never reached a quorum, so the term stayed');
  t.true(c.propose(leader, 'during-partition'));
  c.heal();
  c.advance(ELECTION_MS * 10);
  t.deepEqual(c.leaders(), [leader]);
  t.is(c.node(leader).currentTerm, term);
  t.deepEqual(c.applied.get(outsider), ['during-partition']);
});

test('without pre-vote the same rejoin deposes the leader (the disruption pre-vote prevents)', (t) => {
  const c = new TestCluster([1, 2, 3], [1, 2, 3], { preVote: false, checkQuorum: false });
  const leader = c.electLeader();
  const term = c.node(leader).currentTerm;
  const outsider = [1, 2, 3].find((id) => id !== leader)!;
  c.isolate(outsider);
  c.advance(ELECTION_MS * 20);
  t.true(c.node(outsider).currentTerm > term + 3);
  c.heal();
  c.advance(ELECTION_MS * 10);
  t.true(c.node(leader).currentTerm > term);
});

test('check-quorum: a leader cut off from a quorum steps down within an election timeout', (t) => {
  const c = new TestCluster([1, 2, 3], [1, 2, 3]);
  const leader = c.electLeader();
  c.isolate(leader);
  c.advance(ELECTION_MS * 2 + 20);
  t.is(c.node(leader).role, 'follower');
  t.true(isRejected(c.node(leader).propose(Buffer.from('lost'))));
  // The other two elect a new leader among themselves.
  const next = c.electLeader();
  t.not(next, leader);
});

test('replication: a deposed leader loses its uncommitted entries and takes the new leader log', (t) => {
  const c = new TestCluster([1, 2, 3], [1, 2, 3]);
  const old = c.electLeader();
  t.true(c.propose(old, 'a'));
  c.advance(50);
  // The old leader is cut off and accepts entries that can never commit.
  c.isolate(old);
  for (const v of ['x1', 'x2', 'x3', 'x4', 'x5', 'x6']) c.node(old).propose(Buffer.from(v));
  const oldLast = c.node(old).lastIndex;
  const next = c.electLeader();
  for (const v of ['b', 'c', 'd']) t.true(c.propose(next, v));
  c.advance(50);
  c.sent.length = 0;
  c.heal();
  c.advance(ELECTION_MS * 5);
  // The conflict hint (term + its first index) skips all six stale entries in one round trip.
  const rejections = c.sent.filter((m) => m.type === 'append-response' && m.from === old && !m.success);
  t.true(rejections.length <= 2, `${rejections.length} rejections`);
  const n = c.node(old);
  t.is(n.role, 'follower');
  t.true(oldLast >= 8);
  t.is(n.lastIndex, c.node(next).lastIndex);
  for (let i = 1; i <= n.lastIndex; i++) t.is(n.termAt(i), c.node(next).termAt(i));
  for (const id of [1, 2, 3]) t.deepEqual(c.applied.get(id), ['a', 'b', 'c', 'd']);
});

test('replication pipelines at most maxInflight batches of at most maxEntries per follower', (t) => {
  const c = new TestCluster([1, 2, 3], [1, 2, 3]);
  const leader = c.electLeader();
  c.advance(50);
  c.sent.length = 0;
  const values = Array.from({ length: 40 }, (_, i) => `v${i}`);
  for (const v of values) {
    const fx = c.node(leader).propose(Buffer.from(v));
    if (!isRejected(fx)) c.handle(leader, fx);
  }
  // Before any acknowledgement, each follower has exactly maxInflightAppends (2) appends out.
  for (const id of [1, 2, 3].filter((id) => id !== leader)) {
    t.is(c.sent.filter((m) => m.type === 'append-request' && m.to === id).length, 2);
  }
  c.deliverAll();
  c.advance(100);
  for (const id of [1, 2, 3]) t.deepEqual(c.applied.get(id), values);
  const appends = c.sent.filter((m) => m.type === 'append-request' && m.entries.length > 0);
  t.true(appends.every((m) => m.type === 'append-request' && m.entries.length <= 4));
});

test('snapshots: a follower behind the log start gets InstallSnapshot, then the rest of the log', (t) => {
  const c = new TestCluster([1, 2, 3], [1, 2, 3]);
  const leader = c.electLeader();
  const behind = [1, 2, 3].find((id) => id !== leader)!;
  c.isolate(behind);
  const values = Array.from({ length: 20 }, (_, i) => `s${i}`);
  for (const v of values) t.true(c.propose(leader, v));
  c.advance(50);
  const node = c.node(leader);
  const applied = c.applied.get(leader)!;
  const fx = node.compact(node.commitIndex, Buffer.from(applied.join(',')));
  t.deepEqual(
    fx.logOps.map((op) => op.op),
    ['snapshot'],
  );
  t.is(node.snapshotIndex, node.commitIndex);
  t.true(c.propose(leader, 'after-snapshot'));
  c.heal();
  c.advance(ELECTION_MS * 3);
  t.is(c.restored.get(behind)!.length, 1);
  t.is(c.restored.get(behind)![0]!.index, node.snapshotIndex);
  t.deepEqual(c.applied.get(behind), [...values, 'after-snapshot']);
  t.is(c.node(behind).lastIndex, node.lastIndex);
});

test('compaction refuses indexes not yet applied or already compacted', (t) => {
  const c = new TestCluster([1, 2, 3], [1, 2, 3]);
  const leader = c.electLeader();
  const node = c.node(leader);
  t.deepEqual(node.compact(node.commitIndex + 5, Buffer.alloc(0)).logOps, []);
  t.deepEqual(node.compact(0, Buffer.alloc(0)).logOps, []);
});

test('membership: add a voter, then remove the leader, which steps down once that commits', (t) => {
  const c = new TestCluster([1, 2, 3, 4], [1, 2, 3]);
  const leader = c.electLeader();
  t.true(c.propose(leader, 'before'));
  const add = c.node(leader).proposeConfigChange({ type: 'add-voter', id: 4 });
  t.false(isRejected(add));
  if (isRejected(add)) return;
  c.handle(leader, add);
  // One change at a time: a second one waits for the first to commit.
  t.deepEqual(c.node(leader).proposeConfigChange({ type: 'remove-voter', id: 2 }), {
    rejected: 'config-change-pending',
    leaderId: leader,
  });
  c.deliverAll();
  c.advance(100);
  for (const node of c.nodes.values()) t.deepEqual(node.voters, [1, 2, 3, 4]);
  t.deepEqual(c.applied.get(4), ['before']);
  const remove = c.node(leader).proposeConfigChange({ type: 'remove-voter', id: leader });
  t.false(isRejected(remove));
  if (isRejected(remove)) return;
  c.handle(leader, remove);
  c.deliverAll();
  c.advance(20);
  t.is(c.node(leader).role, 'follower');
  const next = c.electLeader();
  t.not(next, leader);
  t.true(c.propose(next, 'after'));
  c.advance(100);
  for (const id of [1, 2, 3, 4].filter((id) => id !== leader))
    t.deepEqual(c.applied.get(id), ['before', 'after']);
  // The removed node never campaigns again.
  c.advance(ELECTION_MS * 10);
  t.is(c.node(leader).role, 'follower');
  t.false(c.node(leader).voters.includes(leader));
});

test('leadership transfer: the target catches up, gets TimeoutNow and wins the next term', (t) => {
  const c = new TestCluster([1, 2, 3], [1, 2, 3]);
  const leader = c.electLeader();
  const term = c.node(leader).currentTerm;
  const target = [1, 2, 3].find((id) => id !== leader)!;
  c.isolate(target);
  t.true(c.propose(leader, 'catch-up'));
  c.heal();
  const fx = c.node(leader).transferLeadership(target);
  t.false(isRejected(fx));
  if (isRejected(fx)) return;
  c.handle(leader, fx);
  t.deepEqual(c.node(leader).propose(Buffer.from('blocked')), {
    rejected: 'transfer-in-progress',
    leaderId: leader,
  });
  c.deliverAll();
  c.advance(50);
  t.deepEqual(c.leaders(), [target]);
  t.is(c.node(target).currentTerm, term + 1);
  t.true(c.sent.some((m) => m.type === 'timeout-now' && m.to === target));
  t.true(c.propose(target, 'after'));
  c.advance(50);
  for (const id of [1, 2, 3]) t.deepEqual(c.applied.get(id), ['catch-up', 'after']);
});

test('a node restarted from its persisted state keeps its term, vote and log', (t) => {
  const c = new TestCluster([1, 2, 3], [1, 2, 3]);
  const leader = c.electLeader();
  t.true(c.propose(leader, 'kept'));
  c.advance(50);
  const old = c.node(leader);
  const entries = [];
  for (let i = 1; i <= old.lastIndex; i++) entries.push(old.entryAt(i)!);
  const restarted = new RaftNode(
    {
      id: leader,
      electionTimeoutMs: ELECTION_MS,
      heartbeatIntervalMs: 20,
      maxEntriesPerAppend: 4,
      maxInflightAppends: 2,
      preVote: true,
      checkQuorum: true,
      random: new SeededRandom(5),
    },
    {
      hardState: { term: old.currentTerm, votedFor: leader },
      snapshot: bootstrapState([1, 2, 3]).snapshot,
      entries,
    },
    c.now,
  );
  t.is(restarted.role, 'follower');
  t.is(restarted.currentTerm, old.currentTerm);
  t.is(restarted.lastIndex, old.lastIndex);
  t.is(restarted.commitIndex, 0, 'commit restarts at the snapshot and is re-learned from the leader');
});
