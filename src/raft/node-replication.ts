// The leader's side of log replication: what to send each follower given its Progress (one probe, a
// pipeline of appends, or a snapshot when the entries it needs are compacted away), heartbeats, how
// append responses move a follower's position, and advancing the commit index on a quorum.
import type { NodeState } from './node-state.js';
import type { Progress } from './progress.js';
import type { AppendResponse, NodeId } from './types.js';

export function onAppendResponse(s: NodeState, m: AppendResponse): void {
  if (s.role !== 'leader') return;
  const pr = s.progress.get(m.from);
  if (pr === undefined) return;
  pr.active = true;
  if (m.success) {
    pr.acknowledge(m.matchIndex);
    if (pr.state === 'probe' || (pr.state === 'snapshot' && pr.match >= pr.pendingSnapshotIndex)) {
      pr.becomeReplicate();
    }
    maybeCommit(s);
    if (s.role !== 'leader') return;
    if (s.transferee === m.from && pr.match === s.log.lastIndex) {
      s.send({ type: 'timeout-now', from: s.id, to: m.from, term: s.term });
    }
    replicateTo(s, m.from, pr);
    return;
  }
  if (pr.state === 'snapshot') return;
  if (pr.state === 'probe' && m.rejectedIndex !== pr.next - 1) return;
  if (m.rejectedIndex <= pr.match) return;
  let next = m.conflictIndex;
  if (m.conflictTerm > 0) {
    for (let i = Math.min(m.rejectedIndex, s.log.lastIndex); i > s.log.snapshotIndex; i--) {
      const t = s.log.term(i)!;
      if (t === m.conflictTerm) {
        next = i + 1;
        break;
      }
      if (t < m.conflictTerm) break;
    }
  }
  pr.becomeProbe(Math.max(1, Math.min(next, m.rejectedIndex)));
  replicateTo(s, m.from, pr);
}

export function onHeartbeatResponse(s: NodeState, from: NodeId): void {
  if (s.role !== 'leader') return;
  const pr = s.progress.get(from);
  if (pr === undefined) return;
  pr.active = true;
  if (pr.state !== 'snapshot') replicateTo(s, from, pr);
  else if (s.now - pr.snapshotSentAtMs >= s.options.electionTimeoutMs) sendSnapshot(s, from, pr);
}

export function replicateAll(s: NodeState): void {
  for (const [peer, pr] of s.progress) replicateTo(s, peer, pr);
}

/** Send what the follower's flow-control state allows: one probe, or fill the pipeline. */
export function replicateTo(s: NodeState, peer: NodeId, pr: Progress): void {
  if (pr.state === 'snapshot') return;
  if (pr.state === 'probe') {
    if (!pr.probeSent) sendAppend(s, peer, pr);
    return;
  }
  while (pr.state === 'replicate' && pr.inflight.length < s.options.maxInflightAppends) {
    if (pr.next > s.log.lastIndex) break;
    sendAppend(s, peer, pr);
  }
}

function sendAppend(s: NodeState, peer: NodeId, pr: Progress): void {
  const prev = pr.next - 1;
  const prevTerm = s.log.term(prev);
  if (prevTerm === undefined) {
    sendSnapshot(s, peer, pr);
    return;
  }
  const last = Math.min(s.log.lastIndex, prev + s.options.maxEntriesPerAppend);
  const entries = last > prev ? s.log.slice(prev + 1, last) : [];
  s.send({
    type: 'append-request',
    from: s.id,
    to: peer,
    term: s.term,
    prevLogIndex: prev,
    prevLogTerm: prevTerm,
    entries,
    commitIndex: s.commit,
  });
  if (pr.state === 'replicate') {
    pr.next = last + 1;
    pr.inflight.push(last);
  } else {
    pr.probeSent = true;
  }
}

/** The follower needs entries this log has compacted: send the snapshot and wait for it to land. */
function sendSnapshot(s: NodeState, peer: NodeId, pr: Progress): void {
  pr.state = 'snapshot';
  pr.inflight.length = 0;
  pr.pendingSnapshotIndex = s.log.snapshotIndex;
  pr.snapshotSentAtMs = s.now;
  s.send({
    type: 'snapshot-request',
    from: s.id,
    to: peer,
    term: s.term,
    snapshot: s.log.snapshot,
  });
}

/** Heartbeat every follower; a pipeline with nothing acknowledged since the last one drops to probe. */
export function broadcastHeartbeat(s: NodeState): void {
  for (const [peer, pr] of s.progress) {
    if (pr.state === 'replicate' && pr.inflight.length > 0 && !pr.ackedSinceHeartbeat)
      pr.becomeProbe(pr.match + 1);
    if (pr.state === 'probe') pr.probeSent = false;
    pr.ackedSinceHeartbeat = false;
    s.send({
      type: 'heartbeat-request',
      from: s.id,
      to: peer,
      term: s.term,
      commitIndex: Math.min(s.commit, pr.match),
    });
  }
}

/** Commit the highest index a quorum of voters has, if it is from this term (Raft §5.4.2). */
export function maybeCommit(s: NodeState): void {
  const matches: number[] = [];
  for (const voter of s.config.voters) {
    if (voter === s.id) matches.push(s.log.lastIndex);
    else matches.push(s.progress.get(voter)?.match ?? 0);
  }
  matches.sort((a, b) => b - a);
  const candidate = matches[s.quorum() - 1] ?? 0;
  if (candidate <= s.commit) return;
  if (s.log.term(candidate) !== s.term && s.options.unsafe?.commitOldTermByCount !== true) return;
  s.commit = candidate;
  if (!s.isVoter(s.id) && s.commit >= s.configIndex) {
    // Removed from the cluster and the removal is committed: tell the others, then step down.
    broadcastHeartbeat(s);
    s.becomeFollower(s.term, null);
  }
}
