// A pure Raft node (Ongaro & Ousterhout; pre-vote, check-quorum, single-voter membership changes and
// leadership transfer from Ongaro's thesis). It never does I/O and never reads a clock: time comes
// in through tick(nowMs), messages through step(), client requests through propose(), and every
// call returns Effects for the driver to carry out.
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
import type { Random } from '../common/random.js';
import { RaftLog } from './log.js';
import { Progress } from './progress.js';
import type {
  AppendRequest,
  AppendResponse,
  ClusterConfig,
  ConfigChange,
  Effects,
  Entry,
  EntryKind,
  HeartbeatRequest,
  Message,
  NodeId,
  PersistentState,
  ProposalRejected,
  RejectReason,
  Snapshot,
  SnapshotRequest,
  VoteRequest,
  VoteResponse,
} from './types.js';
import { emptyEffects } from './types.js';

export type Role = 'follower' | 'pre-candidate' | 'candidate' | 'leader';

export interface RaftOptions {
  readonly id: NodeId;
  /** Base election timeout; each wait is drawn from [electionTimeoutMs, 2 * electionTimeoutMs). */
  readonly electionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  /** Most entries in one AppendRequest. */
  readonly maxEntriesPerAppend: number;
  /** Most unacknowledged AppendRequests per follower while replicating (pipelining). */
  readonly maxInflightAppends: number;
  readonly preVote: boolean;
  readonly checkQuorum: boolean;
  readonly random: Random;
  /** Deliberately broken rules, only so the simulator can prove its checker catches them. */
  readonly unsafe?: { readonly voteTwiceInTerm?: boolean; readonly commitOldTermByCount?: boolean };
}

export const defaultRaftTiming = {
  electionTimeoutMs: 1000,
  heartbeatIntervalMs: 100,
  maxEntriesPerAppend: 64,
  maxInflightAppends: 8,
  preVote: true,
  checkQuorum: true,
} as const;

const EMPTY = Buffer.alloc(0);

export class RaftNode {
  readonly id: NodeId;
  private term: number;
  private votedFor: NodeId | null;
  private emittedTerm: number;
  private emittedVote: NodeId | null;
  private currentRole: Role = 'follower';
  private leaderId: NodeId | null = null;
  private readonly log: RaftLog;
  private commit: number;
  private applied: number;
  private config: ClusterConfig;
  /** Index of the entry that set `config`, or the snapshot index when it came from the snapshot. */
  private configIndex: number;
  private now: number;
  private electionDeadline = 0;
  private lastLeaderContact = Number.NEGATIVE_INFINITY;
  private votes = new Map<NodeId, boolean>();
  private readonly progress = new Map<NodeId, Progress>();
  private heartbeatDeadline = 0;
  private checkQuorumDeadline = 0;
  private transferee: NodeId | null = null;
  private transferDeadline = 0;
  /** Index of the no-op a leader appends on election; config changes wait until it commits. */
  private leaderFirstIndex = 0;
  private fx: Effects = emptyEffects();

  constructor(
    private readonly options: RaftOptions,
    persisted: PersistentState,
    nowMs: number,
  ) {
    this.id = options.id;
    this.term = persisted.hardState.term;
    this.votedFor = persisted.hardState.votedFor;
    this.emittedTerm = this.term;
    this.emittedVote = this.votedFor;
    this.log = new RaftLog(persisted.snapshot, persisted.entries);
    this.commit = persisted.snapshot.index;
    this.applied = persisted.snapshot.index;
    this.config = persisted.snapshot.config;
    this.configIndex = persisted.snapshot.index;
    this.reloadConfig();
    this.now = nowMs;
    this.resetElectionDeadline();
  }

  // ---- read-only status, for drivers, tests and the simulator ----

  get role(): Role {
    return this.currentRole;
  }
  get currentTerm(): number {
    return this.term;
  }
  get leader(): NodeId | null {
    return this.leaderId;
  }
  get commitIndex(): number {
    return this.commit;
  }
  /** The last index handed out in Effects.committed (or restored from a snapshot). */
  get appliedIndex(): number {
    return this.applied;
  }
  get lastIndex(): number {
    return this.log.lastIndex;
  }
  get snapshotIndex(): number {
    return this.log.snapshotIndex;
  }
  get voters(): readonly NodeId[] {
    return this.config.voters;
  }
  termAt(index: number): number | undefined {
    return this.log.term(index);
  }
  entryAt(index: number): Entry | undefined {
    return this.log.entry(index);
  }
  /** The follower's matchIndex as this leader knows it (undefined when not leader or not a peer). */
  matchIndexOf(peer: NodeId): number | undefined {
    return this.progress.get(peer)?.match;
  }

  // ---- inputs ----

  tick(nowMs: number): Effects {
    if (nowMs > this.now) this.now = nowMs;
    if (this.currentRole === 'leader') {
      if (this.now >= this.heartbeatDeadline) {
        this.heartbeatDeadline = this.now + this.options.heartbeatIntervalMs;
        this.broadcastHeartbeat();
      }
      if (this.now >= this.checkQuorumDeadline) {
        this.checkQuorumDeadline = this.now + this.options.electionTimeoutMs;
        if (this.options.checkQuorum && !this.quorumActive()) this.becomeFollower(this.term, null);
      }
      if (this.transferee !== null && this.now >= this.transferDeadline) this.transferee = null;
    } else if (this.now >= this.electionDeadline) {
      this.campaign(false);
    }
    return this.finish();
  }

  step(m: Message): Effects {
    if (m.to !== this.id) return this.finish();
    if (m.term > this.term) {
      if (m.type === 'vote-request') {
        if (!m.transfer && this.options.checkQuorum && this.inLease()) return this.finish();
        if (!m.preVote) this.becomeFollower(m.term, null);
      } else if (!(m.type === 'vote-response' && m.preVote && m.granted)) {
        const fromLeader =
          m.type === 'append-request' ||
          m.type === 'heartbeat-request' ||
          m.type === 'snapshot-request' ||
          m.type === 'timeout-now';
        this.becomeFollower(m.term, fromLeader ? m.from : null);
      }
    } else if (m.term < this.term) {
      this.answerStale(m);
      return this.finish();
    }
    switch (m.type) {
      case 'vote-request':
        this.onVoteRequest(m);
        break;
      case 'vote-response':
        this.onVoteResponse(m);
        break;
      case 'append-request':
        this.onAppendRequest(m);
        break;
      case 'append-response':
        this.onAppendResponse(m);
        break;
      case 'heartbeat-request':
        this.onHeartbeatRequest(m);
        break;
      case 'heartbeat-response':
        this.onHeartbeatResponse(m.from);
        break;
      case 'snapshot-request':
        this.onSnapshotRequest(m);
        break;
      case 'timeout-now':
        if (this.currentRole !== 'leader' && this.isVoter(this.id)) this.campaign(true);
        break;
    }
    return this.finish();
  }

  propose(data: Buffer): Effects | ProposalRejected {
    const refused = this.refuseUnlessLeader();
    if (refused !== null) return refused;
    this.appendLocal('data', data, null);
    this.replicateAll();
    this.maybeCommit();
    return this.finish();
  }

  /** Add or remove one voter. Takes effect when appended; refused while another change is pending. */
  proposeConfigChange(change: ConfigChange): Effects | ProposalRejected {
    const refused = this.refuseUnlessLeader();
    if (refused !== null) return refused;
    if (this.configIndex > this.commit || this.commit < this.leaderFirstIndex) {
      return this.rejected('config-change-pending');
    }
    const voters = this.config.voters.filter((v) => v !== change.id);
    if (change.type === 'add-voter') voters.push(change.id);
    voters.sort((a, b) => a - b);
    if (voters.length === this.config.voters.length || voters.length === 0)
      return this.rejected('config-unchanged');
    this.appendLocal('config', EMPTY, { voters });
    this.replicateAll();
    this.maybeCommit();
    return this.finish();
  }

  /** Hand leadership to `target`: catch it up, then send TimeoutNow. Proposals wait meanwhile. */
  transferLeadership(target: NodeId): Effects | ProposalRejected {
    const refused = this.refuseUnlessLeader();
    if (refused !== null) return refused;
    const pr = this.progress.get(target);
    if (pr === undefined) return this.rejected('not-a-voter');
    this.transferee = target;
    this.transferDeadline = this.now + this.options.electionTimeoutMs;
    if (pr.match === this.log.lastIndex)
      this.send({ type: 'timeout-now', from: this.id, to: target, term: this.term });
    else this.replicateTo(target, pr);
    return this.finish();
  }

  /** The state machine has applied up to `index` and saved `data`: compact the log up to there. */
  compact(index: number, data: Buffer): Effects {
    if (index <= this.log.snapshotIndex || index > this.applied) return this.finish();
    const snapshot: Snapshot = { index, term: this.log.term(index)!, config: this.configAt(index), data };
    this.log.installSnapshot(snapshot, true);
    this.fx.logOps.push({ op: 'snapshot', snapshot, keepEntriesAfter: true });
    return this.finish();
  }

  // ---- elections ----

  private campaign(transfer: boolean): void {
    this.resetElectionDeadline();
    if (!this.isVoter(this.id)) return;
    if (this.options.preVote && !transfer) this.becomePreCandidate();
    else this.becomeCandidate(transfer);
  }

  private becomePreCandidate(): void {
    this.currentRole = 'pre-candidate';
    this.leaderId = null;
    this.votes = new Map([[this.id, true]]);
    if (this.poll() === 'won') {
      this.becomeCandidate(false);
      return;
    }
    this.requestVotes(true, this.term + 1, false);
  }

  private becomeCandidate(transfer: boolean): void {
    this.term += 1;
    this.votedFor = this.id;
    this.currentRole = 'candidate';
    this.leaderId = null;
    this.votes = new Map([[this.id, true]]);
    this.resetElectionDeadline();
    if (this.poll() === 'won') {
      this.becomeLeader();
      return;
    }
    this.requestVotes(false, this.term, transfer);
  }

  private requestVotes(preVote: boolean, term: number, transfer: boolean): void {
    for (const voter of this.config.voters) {
      if (voter === this.id) continue;
      this.send({
        type: 'vote-request',
        from: this.id,
        to: voter,
        term,
        preVote,
        lastLogIndex: this.log.lastIndex,
        lastLogTerm: this.log.lastTerm,
        transfer,
      });
    }
  }

  private poll(): 'won' | 'lost' | 'pending' {
    let granted = 0;
    let refused = 0;
    for (const voter of this.config.voters) {
      const vote = this.votes.get(voter);
      if (vote === true) granted++;
      else if (vote === false) refused++;
    }
    const quorum = this.quorum();
    if (granted >= quorum) return 'won';
    if (refused >= quorum) return 'lost';
    return 'pending';
  }

  private onVoteRequest(m: VoteRequest): void {
    const lastTerm = this.log.lastTerm;
    const logOk =
      m.lastLogTerm > lastTerm || (m.lastLogTerm === lastTerm && m.lastLogIndex >= this.log.lastIndex);
    if (m.preVote) {
      const granted = m.term > this.term && logOk;
      this.send({
        type: 'vote-response',
        from: this.id,
        to: m.from,
        term: granted ? m.term : this.term,
        preVote: true,
        granted,
      });
      return;
    }
    const canVote =
      this.votedFor === null ||
      this.votedFor === m.from ||
      (this.options.unsafe?.voteTwiceInTerm === true && this.currentRole !== 'leader');
    const granted = canVote && logOk;
    if (granted) {
      this.votedFor = m.from;
      this.resetElectionDeadline();
    }
    this.send({ type: 'vote-response', from: this.id, to: m.from, term: this.term, preVote: false, granted });
  }

  private onVoteResponse(m: VoteResponse): void {
    if (m.preVote) {
      if (this.currentRole !== 'pre-candidate') return;
      if (m.granted && m.term !== this.term + 1) return;
      this.votes.set(m.from, m.granted);
      const result = this.poll();
      if (result === 'won') this.becomeCandidate(false);
      else if (result === 'lost') this.becomeFollower(this.term, null);
      return;
    }
    if (this.currentRole !== 'candidate' || m.term !== this.term) return;
    this.votes.set(m.from, m.granted);
    const result = this.poll();
    if (result === 'won') this.becomeLeader();
    else if (result === 'lost') this.becomeFollower(this.term, null);
  }

  private becomeFollower(term: number, leader: NodeId | null): void {
    if (term > this.term) {
      this.term = term;
      this.votedFor = null;
    }
    this.currentRole = 'follower';
    this.leaderId = leader;
    this.progress.clear();
    this.transferee = null;
    this.resetElectionDeadline();
  }

  private becomeLeader(): void {
    this.currentRole = 'leader';
    this.leaderId = this.id;
    this.transferee = null;
    this.progress.clear();
    for (const voter of this.config.voters) {
      if (voter !== this.id) this.progress.set(voter, new Progress(this.log.lastIndex + 1));
    }
    this.heartbeatDeadline = this.now + this.options.heartbeatIntervalMs;
    this.checkQuorumDeadline = this.now + this.options.electionTimeoutMs;
    this.appendLocal('noop', EMPTY, null);
    this.leaderFirstIndex = this.log.lastIndex;
    this.replicateAll();
    this.maybeCommit();
  }

  /** A leader, or a follower that heard from one within an election timeout, ignores vote requests. */
  private inLease(): boolean {
    if (this.currentRole === 'leader') return true;
    return this.leaderId !== null && this.now - this.lastLeaderContact < this.options.electionTimeoutMs;
  }

  /** Tell a node with an old term about the new one, so a deposed leader or candidate catches up. */
  private answerStale(m: Message): void {
    const base = { from: this.id, to: m.from, term: this.term };
    if (m.type === 'vote-request') {
      this.send({ ...base, type: 'vote-response', preVote: m.preVote, granted: false });
    } else if (m.type === 'heartbeat-request') {
      this.send({ ...base, type: 'heartbeat-response' });
    } else if (m.type === 'append-request' || m.type === 'snapshot-request') {
      this.send({
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

  // ---- follower side of replication ----

  private heardFromLeader(leader: NodeId): void {
    if (this.currentRole !== 'follower') this.becomeFollower(this.term, leader);
    this.leaderId = leader;
    this.lastLeaderContact = this.now;
    this.resetElectionDeadline();
  }

  private onAppendRequest(m: AppendRequest): void {
    this.heardFromLeader(m.from);
    let prev = m.prevLogIndex;
    let prevTerm = m.prevLogTerm;
    let entries = m.entries;
    const snapIndex = this.log.snapshotIndex;
    if (prev < snapIndex) {
      // Everything up to the snapshot is committed and identical on the leader: skip it.
      const skip = snapIndex - prev;
      if (skip >= entries.length) {
        this.respondAppend(m.from, true, Math.max(snapIndex, this.commit), 0, 0, 0);
        return;
      }
      prevTerm = entries[skip - 1]!.term;
      prev = snapIndex;
      entries = entries.slice(skip);
    }
    if (prev > this.log.lastIndex) {
      this.respondAppend(m.from, false, 0, m.prevLogIndex, this.log.lastIndex + 1, 0);
      return;
    }
    const localTerm = this.log.term(prev)!;
    if (localTerm !== prevTerm) {
      let first = prev;
      while (first - 1 > snapIndex && this.log.term(first - 1) === localTerm) first--;
      this.respondAppend(m.from, false, 0, m.prevLogIndex, first, localTerm);
      return;
    }
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const existing = this.log.term(entry.index);
      if (existing === entry.term) continue;
      if (existing !== undefined) {
        if (entry.index <= this.commit)
          throw new Error(`raft ${this.id}: conflict at committed ${entry.index}`);
        this.log.truncateFrom(entry.index);
        this.fx.logOps.push({ op: 'truncate', fromIndex: entry.index });
        if (this.configIndex >= entry.index) this.reloadConfig();
      }
      for (let j = i; j < entries.length; j++) this.appendEntry(entries[j]!);
      break;
    }
    const newLast = prev + entries.length;
    const commit = Math.min(m.commitIndex, newLast);
    if (commit > this.commit) this.commit = commit;
    this.respondAppend(m.from, true, newLast, 0, 0, 0);
  }

  private respondAppend(
    to: NodeId,
    success: boolean,
    matchIndex: number,
    rejectedIndex: number,
    conflictIndex: number,
    conflictTerm: number,
  ): void {
    this.send({
      type: 'append-response',
      from: this.id,
      to,
      term: this.term,
      success,
      matchIndex,
      rejectedIndex,
      conflictIndex,
      conflictTerm,
    });
  }

  private onHeartbeatRequest(m: HeartbeatRequest): void {
    this.heardFromLeader(m.from);
    const commit = Math.min(m.commitIndex, this.log.lastIndex);
    if (commit > this.commit) this.commit = commit;
    this.send({ type: 'heartbeat-response', from: this.id, to: m.from, term: this.term });
  }

  private onSnapshotRequest(m: SnapshotRequest): void {
    this.heardFromLeader(m.from);
    const snap = m.snapshot;
    if (snap.index <= this.commit) {
      this.respondAppend(m.from, true, this.commit, 0, 0, 0);
      return;
    }
    const keep = this.log.term(snap.index) === snap.term;
    this.log.installSnapshot(snap, keep);
    this.fx.logOps.push({ op: 'snapshot', snapshot: snap, keepEntriesAfter: keep });
    this.fx.restoreSnapshot = snap;
    this.commit = snap.index;
    this.applied = snap.index;
    this.fx.committed.length = 0;
    this.reloadConfig();
    this.respondAppend(m.from, true, snap.index, 0, 0, 0);
  }

  // ---- leader side of replication ----

  private onAppendResponse(m: AppendResponse): void {
    if (this.currentRole !== 'leader') return;
    const pr = this.progress.get(m.from);
    if (pr === undefined) return;
    pr.active = true;
    if (m.success) {
      pr.acknowledge(m.matchIndex);
      if (pr.state === 'probe' || (pr.state === 'snapshot' && pr.match >= pr.pendingSnapshotIndex)) {
        pr.becomeReplicate();
      }
      this.maybeCommit();
      if (this.currentRole !== 'leader') return;
      if (this.transferee === m.from && pr.match === this.log.lastIndex) {
        this.send({ type: 'timeout-now', from: this.id, to: m.from, term: this.term });
      }
      this.replicateTo(m.from, pr);
      return;
    }
    if (pr.state === 'snapshot') return;
    if (pr.state === 'probe' && m.rejectedIndex !== pr.next - 1) return;
    if (m.rejectedIndex <= pr.match) return;
    let next = m.conflictIndex;
    if (m.conflictTerm > 0) {
      for (let i = Math.min(m.rejectedIndex, this.log.lastIndex); i > this.log.snapshotIndex; i--) {
        const t = this.log.term(i)!;
        if (t === m.conflictTerm) {
          next = i + 1;
          break;
        }
        if (t < m.conflictTerm) break;
      }
    }
    pr.becomeProbe(Math.max(1, Math.min(next, m.rejectedIndex)));
    this.replicateTo(m.from, pr);
  }

  private onHeartbeatResponse(from: NodeId): void {
    if (this.currentRole !== 'leader') return;
    const pr = this.progress.get(from);
    if (pr === undefined) return;
    pr.active = true;
    if (pr.state !== 'snapshot') this.replicateTo(from, pr);
    else if (this.now - pr.snapshotSentAtMs >= this.options.electionTimeoutMs) this.sendSnapshot(from, pr);
  }

  private replicateAll(): void {
    for (const [peer, pr] of this.progress) this.replicateTo(peer, pr);
  }

  /** Send what the follower's flow-control state allows: one probe, or fill the pipeline. */
  private replicateTo(peer: NodeId, pr: Progress): void {
    if (pr.state === 'snapshot') return;
    if (pr.state === 'probe') {
      if (!pr.probeSent) this.sendAppend(peer, pr);
      return;
    }
    while (pr.state === 'replicate' && pr.inflight.length < this.options.maxInflightAppends) {
      if (pr.next > this.log.lastIndex) break;
      this.sendAppend(peer, pr);
    }
  }

  private sendAppend(peer: NodeId, pr: Progress): void {
    const prev = pr.next - 1;
    const prevTerm = this.log.term(prev);
    if (prevTerm === undefined) {
      this.sendSnapshot(peer, pr);
      return;
    }
    const last = Math.min(this.log.lastIndex, prev + this.options.maxEntriesPerAppend);
    const entries = last > prev ? this.log.slice(prev + 1, last) : [];
    this.send({
      type: 'append-request',
      from: this.id,
      to: peer,
      term: this.term,
      prevLogIndex: prev,
      prevLogTerm: prevTerm,
      entries,
      commitIndex: this.commit,
    });
    if (pr.state === 'replicate') {
      pr.next = last + 1;
      pr.inflight.push(last);
    } else {
      pr.probeSent = true;
    }
  }

  private sendSnapshot(peer: NodeId, pr: Progress): void {
    pr.state = 'snapshot';
    pr.inflight.length = 0;
    pr.pendingSnapshotIndex = this.log.snapshotIndex;
    pr.snapshotSentAtMs = this.now;
    this.send({
      type: 'snapshot-request',
      from: this.id,
      to: peer,
      term: this.term,
      snapshot: this.log.snapshot,
    });
  }

  private broadcastHeartbeat(): void {
    for (const [peer, pr] of this.progress) {
      if (pr.state === 'replicate' && pr.inflight.length > 0 && !pr.ackedSinceHeartbeat)
        pr.becomeProbe(pr.match + 1);
      if (pr.state === 'probe') pr.probeSent = false;
      pr.ackedSinceHeartbeat = false;
      this.send({
        type: 'heartbeat-request',
        from: this.id,
        to: peer,
        term: this.term,
        commitIndex: Math.min(this.commit, pr.match),
      });
    }
  }

  private quorumActive(): boolean {
    let active = this.isVoter(this.id) ? 1 : 0;
    for (const voter of this.config.voters) {
      const pr = this.progress.get(voter);
      if (pr === undefined) continue;
      if (pr.active) active++;
      pr.active = false;
    }
    return active >= this.quorum();
  }

  /** Commit the highest index a quorum of voters has, if it is from this term (Raft §5.4.2). */
  private maybeCommit(): void {
    const matches: number[] = [];
    for (const voter of this.config.voters) {
      if (voter === this.id) matches.push(this.log.lastIndex);
      else matches.push(this.progress.get(voter)?.match ?? 0);
    }
    matches.sort((a, b) => b - a);
    const candidate = matches[this.quorum() - 1] ?? 0;
    if (candidate <= this.commit) return;
    if (this.log.term(candidate) !== this.term && this.options.unsafe?.commitOldTermByCount !== true) return;
    this.commit = candidate;
    if (!this.isVoter(this.id) && this.commit >= this.configIndex) {
      // Removed from the cluster and the removal is committed: tell the others, then step down.
      this.broadcastHeartbeat();
      this.becomeFollower(this.term, null);
    }
  }

  // ---- log and configuration ----

  private appendLocal(kind: EntryKind, data: Buffer, config: ClusterConfig | null): void {
    this.appendEntry({ index: this.log.lastIndex + 1, term: this.term, kind, data, config });
  }

  private appendEntry(entry: Entry): void {
    this.log.append(entry);
    const ops = this.fx.logOps;
    const last = ops[ops.length - 1];
    if (last !== undefined && last.op === 'append') (last.entries as Entry[]).push(entry);
    else ops.push({ op: 'append', entries: [entry] });
    if (entry.config !== null) this.setConfig(entry.config, entry.index);
  }

  private reloadConfig(): void {
    const index = this.lastConfigIndexAtOrBefore(this.log.lastIndex);
    this.setConfig(
      index === null ? this.log.snapshot.config : this.log.entry(index)!.config!,
      index ?? this.log.snapshotIndex,
    );
  }

  private configAt(index: number): ClusterConfig {
    const at = this.lastConfigIndexAtOrBefore(index);
    return at === null ? this.log.snapshot.config : this.log.entry(at)!.config!;
  }

  private lastConfigIndexAtOrBefore(index: number): number | null {
    for (let i = index; i > this.log.snapshotIndex; i--) {
      if (this.log.entry(i)!.kind === 'config') return i;
    }
    return null;
  }

  private setConfig(config: ClusterConfig, index: number): void {
    this.config = config;
    this.configIndex = index;
    if (this.currentRole !== 'leader') return;
    for (const peer of [...this.progress.keys()]) {
      if (!config.voters.includes(peer)) this.progress.delete(peer);
    }
    for (const voter of config.voters) {
      if (voter !== this.id && !this.progress.has(voter)) {
        this.progress.set(voter, new Progress(this.log.lastIndex + 1));
      }
    }
    if (this.transferee !== null && !this.progress.has(this.transferee)) this.transferee = null;
  }

  private isVoter(id: NodeId): boolean {
    return this.config.voters.includes(id);
  }

  private quorum(): number {
    return Math.floor(this.config.voters.length / 2) + 1;
  }

  // ---- plumbing ----

  private refuseUnlessLeader(): ProposalRejected | null {
    if (this.currentRole !== 'leader') return this.rejected('not-leader');
    if (this.transferee !== null) return this.rejected('transfer-in-progress');
    return null;
  }

  private rejected(reason: RejectReason): ProposalRejected {
    return { rejected: reason, leaderId: this.leaderId };
  }

  private resetElectionDeadline(): void {
    const base = this.options.electionTimeoutMs;
    this.electionDeadline = this.now + base + this.options.random.int(base);
  }

  private send(m: Message): void {
    this.fx.messages.push(m);
  }

  /** Close the current Effects: hard state if it changed, newly committed entries; start afresh. */
  private finish(): Effects {
    const fx = this.fx;
    if (this.term !== this.emittedTerm || this.votedFor !== this.emittedVote) {
      fx.hardState = { term: this.term, votedFor: this.votedFor };
      this.emittedTerm = this.term;
      this.emittedVote = this.votedFor;
    }
    while (this.applied < this.commit) {
      this.applied++;
      fx.committed.push(this.log.entry(this.applied)!);
    }
    this.fx = emptyEffects();
    return fx;
  }
}
