// Leader election: an optional pre-vote round (would a quorum vote for me at term + 1?) before a real
// campaign, granting votes only to up-to-date logs, becoming leader on a quorum, and the leader lease
// and check-quorum rules that keep a partitioned or removed node from disrupting a working leader.
import { appendLocal, EMPTY_DATA } from './node-log.js';
import { maybeCommit, replicateAll } from './node-replication.js';
import type { NodeState } from './node-state.js';
import { Progress } from './progress.js';
import type { VoteRequest, VoteResponse } from './types.js';

/** Start an election (a pre-vote first unless configured off or asked to by TimeoutNow). */
export function campaign(s: NodeState, transfer: boolean): void {
  s.resetElectionDeadline();
  if (!s.isVoter(s.id)) return;
  if (s.options.preVote && !transfer) becomePreCandidate(s);
  else becomeCandidate(s, transfer);
}

export function onVoteRequest(s: NodeState, m: VoteRequest): void {
  const lastTerm = s.log.lastTerm;
  const logOk = m.lastLogTerm > lastTerm || (m.lastLogTerm === lastTerm && m.lastLogIndex >= s.log.lastIndex);
  if (m.preVote) {
    const granted = m.term > s.term && logOk;
    s.send({
      type: 'vote-response',
      from: s.id,
      to: m.from,
      term: granted ? m.term : s.term,
      preVote: true,
      granted,
    });
    return;
  }
  const canVote =
    s.votedFor === null ||
    s.votedFor === m.from ||
    (s.options.unsafe?.voteTwiceInTerm === true && s.role !== 'leader');
  const granted = canVote && logOk;
  if (granted) {
    s.votedFor = m.from;
    s.resetElectionDeadline();
  }
  s.send({ type: 'vote-response', from: s.id, to: m.from, term: s.term, preVote: false, granted });
}

export function onVoteResponse(s: NodeState, m: VoteResponse): void {
  if (m.preVote) {
    if (s.role !== 'pre-candidate') return;
    if (m.granted && m.term !== s.term + 1) return;
    s.votes.set(m.from, m.granted);
    const result = poll(s);
    if (result === 'won') becomeCandidate(s, false);
    else if (result === 'lost') s.becomeFollower(s.term, null);
    return;
  }
  if (s.role !== 'candidate' || m.term !== s.term) return;
  s.votes.set(m.from, m.granted);
  const result = poll(s);
  if (result === 'won') becomeLeader(s);
  else if (result === 'lost') s.becomeFollower(s.term, null);
}

/** A leader, or a follower that heard from one within an election timeout, ignores vote requests. */
export function inLease(s: NodeState): boolean {
  if (s.role === 'leader') return true;
  return s.leaderId !== null && s.now - s.lastLeaderContact < s.options.electionTimeoutMs;
}

/** Check-quorum: did a quorum of voters answer since the last check? Clears the marks for the next. */
export function quorumActive(s: NodeState): boolean {
  let active = s.isVoter(s.id) ? 1 : 0;
  for (const voter of s.config.voters) {
    const pr = s.progress.get(voter);
    if (pr === undefined) continue;
    if (pr.active) active++;
    pr.active = false;
  }
  return active >= s.quorum();
}

function becomePreCandidate(s: NodeState): void {
  s.role = 'pre-candidate';
  s.leaderId = null;
  s.votes = new Map([[s.id, true]]);
  if (poll(s) === 'won') {
    becomeCandidate(s, false);
    return;
  }
  requestVotes(s, true, s.term + 1, false);
}

function becomeCandidate(s: NodeState, transfer: boolean): void {
  s.term += 1;
  s.votedFor = s.id;
  s.role = 'candidate';
  s.leaderId = null;
  s.votes = new Map([[s.id, true]]);
  s.resetElectionDeadline();
  if (poll(s) === 'won') {
    becomeLeader(s);
    return;
  }
  requestVotes(s, false, s.term, transfer);
}

/** Take over: track every voter, and append a no-op so entries from earlier terms can commit. */
function becomeLeader(s: NodeState): void {
  s.role = 'leader';
  s.leaderId = s.id;
  s.transferee = null;
  s.progress.clear();
  for (const voter of s.config.voters) {
    if (voter !== s.id) s.progress.set(voter, new Progress(s.log.lastIndex + 1));
  }
  s.heartbeatDeadline = s.now + s.options.heartbeatIntervalMs;
  s.checkQuorumDeadline = s.now + s.options.electionTimeoutMs;
  appendLocal(s, 'noop', EMPTY_DATA, null);
  s.leaderFirstIndex = s.log.lastIndex;
  replicateAll(s);
  maybeCommit(s);
}

function requestVotes(s: NodeState, preVote: boolean, term: number, transfer: boolean): void {
  for (const voter of s.config.voters) {
    if (voter === s.id) continue;
    s.send({
      type: 'vote-request',
      from: s.id,
      to: voter,
      term,
      preVote,
      lastLogIndex: s.log.lastIndex,
      lastLogTerm: s.log.lastTerm,
      transfer,
    });
  }
}

function poll(s: NodeState): 'won' | 'lost' | 'pending' {
  let granted = 0;
  let refused = 0;
  for (const voter of s.config.voters) {
    const vote = s.votes.get(voter);
    if (vote === true) granted++;
    else if (vote === false) refused++;
  }
  const quorum = s.quorum();
  if (granted >= quorum) return 'won';
  if (refused >= quorum) return 'lost';
  return 'pending';
}
