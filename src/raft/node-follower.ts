// The follower's side of replication: accept a leader's appends (skipping what a snapshot already
// covers, truncating a conflicting suffix, hinting where a mismatch starts), heartbeats and
// snapshots, and answer senders with an old term so a deposed leader or candidate catches up.
import { appendEntry, reloadConfig, truncateFrom, writeSnapshot } from './node-log.js';
import type { NodeState } from './node-state.js';
import type { AppendRequest, HeartbeatRequest, Message, NodeId, SnapshotRequest } from './types.js';

export function onAppendRequest(s: NodeState, m: AppendRequest): void {
  heardFromLeader(s, m.from);
  let prev = m.prevLogIndex;
  let prevTerm = m.prevLogTerm;
  let entries = m.entries;
  const snapIndex = s.log.snapshotIndex;
  if (prev < snapIndex) {
    // Everything up to the snapshot is committed and identical on the leader: skip it.
    const skip = snapIndex - prev;
    if (skip >= entries.length) {
      respondAppend(s, m.from, true, Math.max(snapIndex, s.commit), 0, 0, 0);
      return;
    }
    prevTerm = entries[skip - 1]!.term;
    prev = snapIndex;
    entries = entries.slice(skip);
  }
  if (prev > s.log.lastIndex) {
    respondAppend(s, m.from, false, 0, m.prevLogIndex, s.log.lastIndex + 1, 0);
    return;
  }
  const localTerm = s.log.term(prev)!;
  if (localTerm !== prevTerm) {
    let first = prev;
    while (first - 1 > snapIndex && s.log.term(first - 1) === localTerm) first--;
    respondAppend(s, m.from, false, 0, m.prevLogIndex, first, localTerm);
    return;
  }
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const existing = s.log.term(entry.index);
    if (existing === entry.term) continue;
    if (existing !== undefined) {
      if (entry.index <= s.commit) throw new Error(`raft ${s.id}: conflict at committed ${entry.index}`);
      truncateFrom(s, entry.index);
    }
    for (let j = i; j < entries.length; j++) appendEntry(s, entries[j]!);
    break;
  }
  const newLast = prev + entries.length;
  const commit = Math.min(m.commitIndex, newLast);
  if (commit > s.commit) s.commit = commit;
  respondAppend(s, m.from, true, newLast, 0, 0, 0);
}

export function onHeartbeatRequest(s: NodeState, m: HeartbeatRequest): void {
  heardFromLeader(s, m.from);
  const commit = Math.min(m.commitIndex, s.log.lastIndex);
  if (commit > s.commit) s.commit = commit;
  s.send({ type: 'heartbeat-response', from: s.id, to: m.from, term: s.term });
}

/** Replace the log and the state machine with the leader's snapshot, unless it is already committed. */
export function onSnapshotRequest(s: NodeState, m: SnapshotRequest): void {
  heardFromLeader(s, m.from);
  const snap = m.snapshot;
  if (snap.index <= s.commit) {
    respondAppend(s, m.from, true, s.commit, 0, 0, 0);
    return;
  }
  writeSnapshot(s, snap, s.log.term(snap.index) === snap.term);
  s.fx.restoreSnapshot = snap;
  s.commit = snap.index;
  s.applied = snap.index;
  s.fx.committed.length = 0;
  reloadConfig(s);
  respondAppend(s, m.from, true, snap.index, 0, 0, 0);
}

/** Tell a node with an old term about the new one, so a deposed leader or candidate catches up. */
export function answerStale(s: NodeState, m: Message): void {
  const base = { from: s.id, to: m.from, term: s.term };
  if (m.type === 'vote-request') {
    s.send({ ...base, type: 'vote-response', preVote: m.preVote, granted: false });
  } else if (m.type === 'heartbeat-request') {
    s.send({ ...base, type: 'heartbeat-response' });
  } else if (m.type === 'append-request' || m.type === 'snapshot-request') {
    s.send({
      ...base,
      type: 'append-response',
      success: false,
      matchIndex: 0,
      rejectedIndex: 0,
      conflictIndex: 0,
      conflictTerm: 0,
    });
  }
}

function heardFromLeader(s: NodeState, leader: NodeId): void {
  if (s.role !== 'follower') s.becomeFollower(s.term, leader);
  s.leaderId = leader;
  s.lastLeaderContact = s.now;
  s.resetElectionDeadline();
}

function respondAppend(
  s: NodeState,
  to: NodeId,
  success: boolean,
  matchIndex: number,
  rejectedIndex: number,
  conflictIndex: number,
  conflictTerm: number,
): void {
  s.send({
    type: 'append-response',
    from: s.id,
    to,
    term: s.term,
    success,
    matchIndex,
    rejectedIndex,
    conflictIndex,
    conflictTerm,
  });
}
