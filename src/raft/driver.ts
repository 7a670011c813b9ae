// Runs a pure RaftNode for real: ticks it on a timer, feeds it messages from the transport and
// proposals from the application, and carries out its Effects in the order node.ts demands. Every
// Effects is queued as it is produced; one worker takes everything queued, persists it with a
// single fsync (group commit), then sends the messages, then applies committed entries, resolves
// proposals and reports leadership changes. A storage failure stops the node for good.
import type { Clock } from '../common/clock.js';
import type { Random } from '../common/random.js';
import { type MetadataLogger, silentLogger } from '../metadata/logger.js';
import { NotLeaderError } from '../metadata/quorum.js';
import { defaultRaftTiming, RaftNode, type Role } from './node.js';
import type { RaftStorage } from './storage.js';
import type { Effects, Entry, Message, NodeId, PersistentState, Snapshot } from './types.js';
import { isRejected } from './types.js';

/** Largest data entry accepted by propose(); with maxEntriesPerAppend it bounds a frame. */
export const RAFT_ENTRY_DATA_BYTES_MAX = 4 * 1024 * 1024;
/** How often, at most, the applied index is saved as a commit hint (see RaftStorage). */
export const COMMIT_INDEX_SAVE_INTERVAL_MS = 200;

export interface RaftTiming {
  /** Base election timeout; each wait is drawn at random from [this, 2 * this). */
  electionTimeoutMs: number;
  heartbeatIntervalMs: number;
  /** How often the node's clock is advanced. */
  tickIntervalMs: number;
  maxEntriesPerAppend: number;
  maxInflightAppends: number;
}

/** Suited to loopback and LAN: elections within 0.5-1 s of losing the leader. */
export const defaultDriverTiming: RaftTiming = {
  electionTimeoutMs: 500,
  heartbeatIntervalMs: 100,
  tickIntervalMs: 20,
  maxEntriesPerAppend: 16,
  maxInflightAppends: defaultRaftTiming.maxInflightAppends,
};

/** What the driver needs from a network: RaftTransport, or anything shaped like it. */
export interface RaftMessenger {
  send(message: Message): void;
  onMessage(handler: (message: Message) => void): void;
}

export interface RaftDriverOptions {
  nodeId: NodeId;
  storage: RaftStorage;
  /** What storage loaded; the node restarts from it. */
  state: PersistentState;
  /**
   * The commit index storage loaded: entries up to it are known committed and the application
   * already has them from `state`, so onCommitted starts after it.
   */
  commitIndex?: number;
  messenger: RaftMessenger;
  clock: Clock;
  random: Random;
  logger?: MetadataLogger;
  timing?: Partial<RaftTiming>;
  /** Called for each committed entry after `commitIndex`, in index order, once durable here. */
  onCommitted: (entry: Entry) => void;
  /** Called when the leader installs a snapshot here; without it a snapshot stops the node. */
  onRestoreSnapshot?: (snapshot: Snapshot) => void;
}

/** One Effects with the node's view right after producing it. */
interface Item {
  seq: number;
  fx: Effects;
  leader: NodeId | null;
  role: Role;
  term: number;
  /** Leader whose commit index is in its own term: everything before its term is committed. */
  leaderReady: boolean;
}

interface Proposal {
  seq: number;
  term: number;
  resolve: (index: number) => void;
  reject: (error: Error) => void;
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

export class RaftDriver {
  readonly nodeId: NodeId;
  private readonly node: RaftNode;
  private readonly timing: RaftTiming;
  private readonly logger: MetadataLogger;
  private queue: Item[] = [];
  private nextSeq = 1;
  private draining: Promise<void> | null = null;
  private readonly proposals = new Map<number, Proposal>();
  private readyWaiters: Waiter[] = [];
  private readonly leaderListeners = new Set<(leaderId: NodeId | null) => void>();
  private reportedLeader: NodeId | null = null;
  private reportedRole: Role = 'follower';
  private ready = false;
  private lastQueuedLeader: NodeId | null = null;
  private lastQueuedRole: Role = 'follower';
  private readonly ticker: NodeJS.Timeout;
  private failure: Error | null = null;
  private closed = false;
  /** Highest index applied here (or known committed at start), and the highest saved as a hint. */
  private appliedMax: number;
  private savedCommit: number;
  private readonly startCommit: number;
  private lastCommitSaveMs = Number.NEGATIVE_INFINITY;
  /** As leader: wall-clock ms of each follower's last response, and of its last caught-up one. */
  private readonly followerSeen = new Map<NodeId, { fetchMs: number; caughtUpMs: number }>();

  constructor(private readonly options: RaftDriverOptions) {
    this.nodeId = options.nodeId;
    this.timing = { ...defaultDriverTiming, ...options.timing };
    this.logger = options.logger ?? silentLogger;
    this.appliedMax = options.commitIndex ?? 0;
    this.savedCommit = this.appliedMax;
    this.startCommit = this.appliedMax;
    this.node = new RaftNode(
      {
        id: options.nodeId,
        electionTimeoutMs: this.timing.electionTimeoutMs,
        heartbeatIntervalMs: this.timing.heartbeatIntervalMs,
        maxEntriesPerAppend: this.timing.maxEntriesPerAppend,
        maxInflightAppends: this.timing.maxInflightAppends,
        preVote: true,
        checkQuorum: true,
        random: options.random,
      },
      options.state,
      options.clock.monotonicMs(),
    );
    options.messenger.onMessage((m) => this.onMessage(m));
    this.ticker = setInterval(() => {
      this.run(() => this.node.tick(options.clock.monotonicMs()));
      if (this.commitSaveDue()) this.kick();
    }, this.timing.tickIntervalMs);
  }

  // ---- status ----

  /** The leader as of the last processed Effects (this node included); null during an election. */
  leaderId(): NodeId | null {
    return this.reportedLeader;
  }

  get role(): Role {
    return this.node.role;
  }

  get term(): number {
    return this.node.currentTerm;
  }

  get commitIndex(): number {
    return this.node.commitIndex;
  }

  get lastIndex(): number {
    return this.node.lastIndex;
  }

  get voters(): readonly NodeId[] {
    return this.node.voters;
  }

  /** What this node, as leader, knows of a follower (undefined otherwise); times are -1 when unseen. */
  followerStatus(peer: NodeId): { matchIndex: number; fetchMs: number; caughtUpMs: number } | undefined {
    const matchIndex = this.node.role === 'leader' ? this.node.matchIndexOf(peer) : undefined;
    if (matchIndex === undefined) return undefined;
    const seen = this.followerSeen.get(peer);
    return { matchIndex, fetchMs: seen?.fetchMs ?? -1, caughtUpMs: seen?.caughtUpMs ?? -1 };
  }

  /** Any entry in the log (the whole log is kept: there is no compaction yet). */
  entryAt(index: number): Entry | undefined {
    return this.node.entryAt(index);
  }

  onLeaderChange(listener: (leaderId: NodeId | null) => void): () => void {
    this.leaderListeners.add(listener);
    return () => {
      this.leaderListeners.delete(listener);
    };
  }

  // ---- requests ----

  /**
   * Appends `data` as one entry and resolves with its index once it is committed and applied here.
   * Rejects with NotLeaderError when this node is not the leader, or stops being leader before the
   * entry commits; in the latter case the entry may still commit later under the new leader.
   */
  propose(data: Buffer): Promise<number> {
    const stopped = this.stoppedError();
    if (stopped !== null) return Promise.reject(stopped);
    if (data.length > RAFT_ENTRY_DATA_BYTES_MAX) {
      return Promise.reject(
        new RangeError(`entry of ${data.length} bytes exceeds ${RAFT_ENTRY_DATA_BYTES_MAX} bytes`),
      );
    }
    const result = this.node.propose(data);
    if (isRejected(result)) {
      const leader = result.rejected === 'not-leader' ? result.leaderId : null;
      return Promise.reject(new NotLeaderError(leader === this.nodeId ? null : leader));
    }
    const index = this.node.lastIndex;
    const term = this.node.currentTerm;
    return new Promise<number>((resolve, reject) => {
      this.proposals.set(index, { seq: this.nextSeq, term, resolve, reject });
      this.enqueue(result);
    });
  }

  /** Resolves once this node leads and has applied everything committed before its term. */
  leaderReady(): Promise<void> {
    const stopped = this.stoppedError();
    if (stopped !== null) return Promise.reject(stopped);
    if (this.reportedRole !== 'leader') return Promise.reject(new NotLeaderError(this.reportedLeader));
    if (this.ready) return Promise.resolve();
    return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  /** Stops ticking and receiving, waits for queued Effects to finish; does not close storage. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.ticker);
    while (this.draining !== null) await this.draining;
    if (this.failure === null && this.appliedMax > this.savedCommit) await this.saveCommitIndex(true);
    this.failAll(new Error(`raft node ${this.nodeId} is closed`));
  }

  // ---- plumbing ----

  private stoppedError(): Error | null {
    if (this.closed) return new Error(`raft node ${this.nodeId} is closed`);
    return this.failure;
  }

  private onMessage(m: Message): void {
    this.run(() => this.node.step(m));
    if ((m.type === 'append-response' || m.type === 'heartbeat-response') && this.node.role === 'leader') {
      this.noteFollowerResponse(m.from);
    }
  }

  private noteFollowerResponse(peer: NodeId): void {
    const nowMs = this.options.clock.nowMs();
    const caughtUp = (this.node.matchIndexOf(peer) ?? -1) >= this.node.lastIndex;
    const previous = this.followerSeen.get(peer);
    this.followerSeen.set(peer, {
      fetchMs: nowMs,
      caughtUpMs: caughtUp ? nowMs : (previous?.caughtUpMs ?? -1),
    });
  }

  private run(call: () => Effects): void {
    if (this.closed || this.failure !== null) return;
    let fx: Effects;
    try {
      fx = call();
    } catch (error) {
      this.fail(error);
      return;
    }
    this.enqueue(fx);
  }

  private enqueue(fx: Effects): void {
    const node = this.node;
    const leader = node.leader;
    const role = node.role;
    const empty =
      fx.hardState === null &&
      fx.logOps.length === 0 &&
      fx.messages.length === 0 &&
      fx.restoreSnapshot === null &&
      fx.committed.length === 0;
    if (empty && leader === this.lastQueuedLeader && role === this.lastQueuedRole) return;
    this.lastQueuedLeader = leader;
    this.lastQueuedRole = role;
    this.queue.push({
      seq: this.nextSeq++,
      fx,
      leader,
      role,
      term: node.currentTerm,
      leaderReady: role === 'leader' && node.termAt(node.commitIndex) === node.currentTerm,
    });
    this.kick();
  }

  private kick(): void {
    if (this.draining !== null) return;
    this.draining = this.drain().finally(() => {
      this.draining = null;
    });
  }

  private commitSaveDue(): boolean {
    return (
      this.appliedMax > this.savedCommit &&
      this.options.clock.monotonicMs() - this.lastCommitSaveMs >= COMMIT_INDEX_SAVE_INTERVAL_MS
    );
  }

  private async saveCommitIndex(durable: boolean): Promise<void> {
    const index = this.appliedMax;
    this.lastCommitSaveMs = this.options.clock.monotonicMs();
    try {
      await this.options.storage.saveCommitIndex(index, durable);
      this.savedCommit = index;
    } catch (error) {
      this.logger.warn(`raft node ${this.nodeId}: could not save the commit index: ${String(error)}`);
    }
  }

  private async drain(): Promise<void> {
    while (this.failure === null) {
      if (this.queue.length === 0) {
        if (!this.commitSaveDue() || this.closed) return;
        await this.saveCommitIndex(false);
        continue;
      }
      const batch = this.queue;
      this.queue = [];
      try {
        await this.options.storage.persist(batch.map((item) => item.fx));
      } catch (error) {
        this.fail(error);
        return;
      }
      for (const item of batch) for (const m of item.fx.messages) this.options.messenger.send(m);
      for (const item of batch) this.apply(item);
    }
  }

  private apply(item: Item): void {
    const { fx } = item;
    if (fx.restoreSnapshot !== null) {
      if (this.options.onRestoreSnapshot === undefined) {
        this.fail(new Error(`raft node ${this.nodeId} received a snapshot but cannot restore one`));
        return;
      }
      this.options.onRestoreSnapshot(fx.restoreSnapshot);
      this.appliedMax = Math.max(this.appliedMax, fx.restoreSnapshot.index);
    }
    for (const entry of fx.committed) {
      this.appliedMax = Math.max(this.appliedMax, entry.index);
      if (entry.index > this.startCommit) {
        try {
          this.options.onCommitted(entry);
        } catch (error) {
          this.logger.error(
            `raft node ${this.nodeId}: applying entry ${entry.index} failed: ${String(error)}`,
          );
        }
      }
      const proposal = this.proposals.get(entry.index);
      if (proposal === undefined) continue;
      this.proposals.delete(entry.index);
      if (proposal.term === entry.term) proposal.resolve(entry.index);
      else proposal.reject(new NotLeaderError(item.leader));
    }
    if (item.role !== 'leader' || this.proposals.size > 0) {
      for (const [index, proposal] of this.proposals) {
        if (proposal.seq < item.seq && (item.role !== 'leader' || item.term !== proposal.term)) {
          this.proposals.delete(index);
          proposal.reject(new NotLeaderError(item.leader === this.nodeId ? null : item.leader));
        }
      }
    }
    this.reportedRole = item.role;
    if (item.role !== 'leader') this.followerSeen.clear();
    this.ready = item.leaderReady;
    const waiters = this.readyWaiters;
    if (item.role !== 'leader') {
      this.readyWaiters = [];
      for (const w of waiters) w.reject(new NotLeaderError(item.leader));
    } else if (item.leaderReady) {
      this.readyWaiters = [];
      for (const w of waiters) w.resolve();
    }
    if (item.leader !== this.reportedLeader) {
      this.reportedLeader = item.leader;
      this.logger.info(
        `raft node ${this.nodeId}: leader is now ${item.leader ?? 'unknown'} (term ${item.term})`,
      );
      for (const listener of this.leaderListeners) {
        try {
          listener(item.leader);
        } catch (error) {
          this.logger.error(`raft node ${this.nodeId}: leader listener failed: ${String(error)}`);
        }
      }
    }
  }

  private fail(error: unknown): void {
    if (this.failure !== null) return;
    this.failure = new Error(`raft node ${this.nodeId} stopped: ${String(error)}`, { cause: error });
    this.logger.error(this.failure.message);
    clearInterval(this.ticker);
    this.queue = [];
    this.failAll(this.failure);
    if (this.reportedLeader !== null) {
      this.reportedLeader = null;
      for (const listener of this.leaderListeners) listener(null);
    }
    this.reportedRole = 'follower';
  }

  private failAll(error: Error): void {
    for (const proposal of this.proposals.values()) proposal.reject(error);
    this.proposals.clear();
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const w of waiters) w.reject(error);
  }
}
