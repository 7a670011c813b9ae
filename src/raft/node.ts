// A pure Raft node (Ongaro & Ousterhout; pre-vote, check-quorum, single-voter membership changes and
// leadership transfer from Ongaro's thesis). It never does I/O and never reads a clock: time comes
// in through tick(nowMs), messages through step(), client requests through propose(), and every
// call returns Effects for the driver to carry out. This file is the public face: it routes each
// input to node-election, node-replication (leader), node-follower, node-membership and node-log,
// which share one NodeState (node-state.ts).
//
// DURABILITY CONTRACT (what a driver must do with each Effects, in this order):
//   1. Persist `hardState` (if non-null) and apply `logOps` to the durable log, in order, and make
//      both durable (fsync). Effects must be persisted in the order they were returned.
//   2. Only then send `messages` (any order; they may be lost, duplicated, delayed).
//   3. Then load `restoreSnapshot` (if non-null) into the state machine and apply `committed` in
//      order. Committed entries never change; applying may lag as long as order is kept.
// A driver may batch several Effects under one fsync (group commit) as long as no message leaves
// before the writes of its own and all earlier Effects are durable. Unsynced writes may be lost in
// a crash: the node is then rebuilt with `new RaftNode(options, persisted, nowMs)` from what was
// durable, and the state machine restarts from the persisted snapshot (commitIndex restarts at
// snapshot.index; committed entries after it are emitted again as the leader re-confirms them).
// Call compact(index, stateMachineSnapshot) at any applied index to truncate the log.
import { campaign, inLease, onVoteRequest, onVoteResponse, quorumActive } from './node-election.js';
import { answerStale, onAppendRequest, onHeartbeatRequest, onSnapshotRequest } from './node-follower.js';
import { appendLocal, compactLog, reloadConfig } from './node-log.js';
import { proposeConfigChange, transferLeadership } from './node-membership.js';
import {
  broadcastHeartbeat,
  maybeCommit,
  onAppendResponse,
  onHeartbeatResponse,
  replicateAll,
} from './node-replication.js';
import { NodeState, type RaftOptions, type Role } from './node-state.js';
import type {
  ConfigChange,
  Effects,
  Entry,
  Message,
  NodeId,
  PersistentState,
  ProposalRejected,
} from './types.js';

export { defaultRaftTiming, type RaftOptions, type Role } from './node-state.js';

export class RaftNode {
  readonly id: NodeId;
  private readonly s: NodeState;

  constructor(options: RaftOptions, persisted: PersistentState, nowMs: number) {
    this.id = options.id;
    this.s = new NodeState(options, persisted, nowMs);
    reloadConfig(this.s);
    this.s.resetElectionDeadline();
  }

  // ---- read-only status, for drivers, tests and the simulator ----

  get role(): Role {
    return this.s.role;
  }
  get currentTerm(): number {
    return this.s.term;
  }
  get leader(): NodeId | null {
    return this.s.leaderId;
  }
  get commitIndex(): number {
    return this.s.commit;
  }
  /** The last index handed out in Effects.committed (or restored from a snapshot). */
  get appliedIndex(): number {
    return this.s.applied;
  }
  get lastIndex(): number {
    return this.s.log.lastIndex;
  }
  get snapshotIndex(): number {
    return this.s.log.snapshotIndex;
  }
  get voters(): readonly NodeId[] {
    return this.s.config.voters;
  }
  termAt(index: number): number | undefined {
    return this.s.log.term(index);
  }
  entryAt(index: number): Entry | undefined {
    return this.s.log.entry(index);
  }
  /** The follower's matchIndex as this leader knows it (undefined when not leader or not a peer). */
  matchIndexOf(peer: NodeId): number | undefined {
    return this.s.progress.get(peer)?.match;
  }

  // ---- inputs ----

  tick(nowMs: number): Effects {
    const s = this.s;
    if (nowMs > s.now) s.now = nowMs;
    if (s.role === 'leader') {
      if (s.now >= s.heartbeatDeadline) {
        s.heartbeatDeadline = s.now + s.options.heartbeatIntervalMs;
        broadcastHeartbeat(s);
      }
      if (s.now >= s.checkQuorumDeadline) {
        s.checkQuorumDeadline = s.now + s.options.electionTimeoutMs;
        if (s.options.checkQuorum && !quorumActive(s)) s.becomeFollower(s.term, null);
      }
      if (s.transferee !== null && s.now >= s.transferDeadline) s.transferee = null;
    } else if (s.now >= s.electionDeadline) {
      campaign(s, false);
    }
    return s.finish();
  }

  step(m: Message): Effects {
    const s = this.s;
    if (m.to !== s.id) return s.finish();
    if (m.term > s.term) {
      if (m.type === 'vote-request') {
        if (!m.transfer && s.options.checkQuorum && inLease(s)) return s.finish();
        if (!m.preVote) s.becomeFollower(m.term, null);
      } else if (!(m.type === 'vote-response' && m.preVote && m.granted)) {
        const fromLeader =
          m.type === 'append-request' ||
          m.type === 'heartbeat-request' ||
          m.type === 'snapshot-request' ||
          m.type === 'timeout-now';
        s.becomeFollower(m.term, fromLeader ? m.from : null);
      }
    } else if (m.term < s.term) {
      answerStale(s, m);
      return s.finish();
    }
    switch (m.type) {
      case 'vote-request':
        onVoteRequest(s, m);
        break;
      case 'vote-response':
        onVoteResponse(s, m);
        break;
      case 'append-request':
        onAppendRequest(s, m);
        break;
      case 'append-response':
        onAppendResponse(s, m);
        break;
      case 'heartbeat-request':
        onHeartbeatRequest(s, m);
        break;
      case 'heartbeat-response':
        onHeartbeatResponse(s, m.from);
        break;
      case 'snapshot-request':
        onSnapshotRequest(s, m);
        break;
      case 'timeout-now':
        if (s.role !== 'leader' && s.isVoter(s.id)) campaign(s, true);
        break;
    }
    return s.finish();
  }

  propose(data: Buffer): Effects | ProposalRejected {
    const refused = this.s.refuseUnlessLeader();
    if (refused !== null) return refused;
    appendLocal(this.s, 'data', data, null);
    replicateAll(this.s);
    maybeCommit(this.s);
    return this.s.finish();
  }

  /** Add or remove one voter. Takes effect when appended; refused while another change is pending. */
  proposeConfigChange(change: ConfigChange): Effects | ProposalRejected {
    return proposeConfigChange(this.s, change) ?? this.s.finish();
  }

  /** Hand leadership to `target`: catch it up, then send TimeoutNow. Proposals wait meanwhile. */
  transferLeadership(target: NodeId): Effects | ProposalRejected {
    return transferLeadership(this.s, target) ?? this.s.finish();
  }

  /** The state machine has applied up to `index` and saved `data`: compact the log up to there. */
  compact(index: number, data: Buffer): Effects {
    compactLog(this.s, index, data);
    return this.s.finish();
  }
}
