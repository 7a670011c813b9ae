// Everything a Raft node knows, in one object that the node-*.ts files pass to plain functions, plus
// the few helpers they all share: sending, timers, quorum arithmetic, stepping down, and closing one
// call's Effects. Fields are public to those files only: RaftNode keeps its NodeState private.
import type { Random } from '../common/random.js';
import { RaftLog } from './log.js';
import type { Progress } from './progress.js';
import type {
  ClusterConfig,
  Effects,
  Message,
  NodeId,
  PersistentState,
  ProposalRejected,
  RejectReason,
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

export class NodeState {
  readonly id: NodeId;
  term: number;
  votedFor: NodeId | null;
  /** The hard state last handed out in Effects; finish() emits a new one when these differ. */
  emittedTerm: number;
  emittedVote: NodeId | null;
  role: Role = 'follower';
  leaderId: NodeId | null = null;
  readonly log: RaftLog;
  commit: number;
  applied: number;
  config: ClusterConfig;
  /** Index of the entry that set `config`, or the snapshot index when it came from the snapshot. */
  configIndex: number;
  now: number;
  electionDeadline = 0;
  lastLeaderContact = Number.NEGATIVE_INFINITY;
  votes = new Map<NodeId, boolean>();
  /** What the leader knows of each other voter; empty on every other role. */
  readonly progress = new Map<NodeId, Progress>();
  heartbeatDeadline = 0;
  checkQuorumDeadline = 0;
  transferee: NodeId | null = null;
  transferDeadline = 0;
  /** Index of the no-op a leader appends on election; config changes wait until it commits. */
  leaderFirstIndex = 0;
  /** The Effects being gathered by the current call. */
  fx: Effects = emptyEffects();

  /** RaftNode's constructor then loads the config from the log and sets the first election deadline. */
  constructor(
    readonly options: RaftOptions,
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
    this.now = nowMs;
  }

  send(m: Message): void {
    this.fx.messages.push(m);
  }

  resetElectionDeadline(): void {
    const base = this.options.electionTimeoutMs;
    this.electionDeadline = this.now + base + this.options.random.int(base);
  }

  isVoter(id: NodeId): boolean {
    return this.config.voters.includes(id);
  }

  quorum(): number {
    return Math.floor(this.config.voters.length / 2) + 1;
  }

  becomeFollower(term: number, leader: NodeId | null): void {
    if (term > this.term) {
      this.term = term;
      this.votedFor = null;
    }
    this.role = 'follower';
    this.leaderId = leader;
    this.progress.clear();
    this.transferee = null;
    this.resetElectionDeadline();
  }

  refuseUnlessLeader(): ProposalRejected | null {
    if (this.role !== 'leader') return this.rejected('not-leader');
    if (this.transferee !== null) return this.rejected('transfer-in-progress');
    return null;
  }

  rejected(reason: RejectReason): ProposalRejected {
    return { rejected: reason, leaderId: this.leaderId };
  }

  /** Close the current Effects: hard state if it changed, newly committed entries; start afresh. */
  finish(): Effects {
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
