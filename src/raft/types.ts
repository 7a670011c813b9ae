// The vocabulary shared by the Raft node, its driver and the simulator: log entries, snapshots,
// messages and the Effects a node returns. Plain data only (no classes), so a driver can encode
// them for the network and disk however it likes and the simulator can pass them by reference.

export type NodeId = number;

/** The voters of the cluster; a config takes effect on a node as soon as it is in its log. */
export interface ClusterConfig {
  readonly voters: readonly NodeId[];
}

export type EntryKind = 'data' | 'config' | 'noop';

export interface Entry {
  readonly index: number;
  readonly term: number;
  readonly kind: EntryKind;
  /** Application bytes for 'data' entries; empty for the others. */
  readonly data: Buffer;
  /** The new voter set for 'config' entries; null for the others. */
  readonly config: ClusterConfig | null;
}

/** The state machine as of `index`, plus what Raft needs to continue the log after it. */
export interface Snapshot {
  readonly index: number;
  readonly term: number;
  readonly config: ClusterConfig;
  readonly data: Buffer;
}

/** Must be durable before any message of the same Effects (or later) is sent. */
export interface HardState {
  readonly term: number;
  readonly votedFor: NodeId | null;
}

/** Everything a node needs after a restart: what the driver persisted from its Effects. */
export interface PersistentState {
  readonly hardState: HardState;
  readonly snapshot: Snapshot;
  /** Entries after snapshot.index, contiguous. */
  readonly entries: readonly Entry[];
}

export type LogOp =
  /** Append entries at the end of the log (their indexes follow the current last index). */
  | { readonly op: 'append'; readonly entries: readonly Entry[] }
  /** Drop every entry with index >= fromIndex. */
  | { readonly op: 'truncate'; readonly fromIndex: number }
  /**
   * Persist the snapshot, replacing the previous one, and drop entries with index <= snapshot.index;
   * when keepEntriesAfter is false, drop every entry.
   */
  | { readonly op: 'snapshot'; readonly snapshot: Snapshot; readonly keepEntriesAfter: boolean };

export interface Effects {
  /** Persist (fsync) when non-null, before sending messages. */
  hardState: HardState | null;
  /** Apply to the durable log in order, fsync, before sending messages. */
  logOps: LogOp[];
  /** Send after the persistence above; the network may lose, delay or reorder them. */
  messages: Message[];
  /** Load into the state machine (after persisting), before applying `committed`. */
  restoreSnapshot: Snapshot | null;
  /** Committed entries to apply to the state machine, in index order, after persisting. */
  committed: Entry[];
}

interface Envelope {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly term: number;
}

export interface VoteRequest extends Envelope {
  readonly type: 'vote-request';
  /** A pre-vote asks "would you vote for me at `term`?" without anyone changing their term. */
  readonly preVote: boolean;
  readonly lastLogIndex: number;
  readonly lastLogTerm: number;
  /** Set for elections started by TimeoutNow: voters skip the leader-lease check. */
  readonly transfer: boolean;
}

export interface VoteResponse extends Envelope {
  readonly type: 'vote-response';
  readonly preVote: boolean;
  readonly granted: boolean;
}

export interface AppendRequest extends Envelope {
  readonly type: 'append-request';
  readonly prevLogIndex: number;
  readonly prevLogTerm: number;
  readonly entries: readonly Entry[];
  readonly commitIndex: number;
}

export interface AppendResponse extends Envelope {
  readonly type: 'append-response';
  readonly success: boolean;
  /** On success: the follower's log matches the leader's up to here. */
  readonly matchIndex: number;
  /** On failure: the prevLogIndex that did not match. */
  readonly rejectedIndex: number;
  /** On failure: where the leader should retry (first index of conflictTerm, or lastIndex + 1). */
  readonly conflictIndex: number;
  /** On failure: the follower's term at rejectedIndex, or 0 when its log is shorter. */
  readonly conflictTerm: number;
}

export interface HeartbeatRequest extends Envelope {
  readonly type: 'heartbeat-request';
  /** min(leader commit, follower match): always safe for the follower to adopt. */
  readonly commitIndex: number;
}

export interface HeartbeatResponse extends Envelope {
  readonly type: 'heartbeat-response';
}

export interface SnapshotRequest extends Envelope {
  readonly type: 'snapshot-request';
  readonly snapshot: Snapshot;
}

export interface TimeoutNow extends Envelope {
  readonly type: 'timeout-now';
}

export type Message =
  | VoteRequest
  | VoteResponse
  | AppendRequest
  | AppendResponse
  | HeartbeatRequest
  | HeartbeatResponse
  | SnapshotRequest
  | TimeoutNow;

export type RejectReason =
  | 'not-leader'
  | 'transfer-in-progress'
  | 'config-change-pending'
  | 'config-unchanged'
  | 'not-a-voter';

/** Returned instead of Effects when a leader-only request cannot be served here. */
export interface ProposalRejected {
  readonly rejected: RejectReason;
  /** The leader this node knows of, to redirect the client; null when unknown. */
  readonly leaderId: NodeId | null;
}

export type ConfigChange = { readonly type: 'add-voter' | 'remove-voter'; readonly id: NodeId };

export function emptyEffects(): Effects {
  return { hardState: null, logOps: [], messages: [], restoreSnapshot: null, committed: [] };
}

export function isRejected(result: Effects | ProposalRejected): result is ProposalRejected {
  return (result as ProposalRejected).rejected !== undefined;
}

/** The state a brand-new member starts from: term 0 and an empty log under a bootstrap config. */
export function bootstrapState(voters: readonly NodeId[]): PersistentState {
  return {
    hardState: { term: 0, votedFor: null },
    snapshot: {
      index: 0,
      term: 0,
      config: { voters: [...voters].sort((a, b) => a - b) },
      data: Buffer.alloc(0),
    },
    entries: [],
  };
}
