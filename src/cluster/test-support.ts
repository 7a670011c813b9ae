// An in-memory metadata quorum for unit tests of the cluster layer: one shared log, a leader the
// test elects by hand, and nodes that can be cut off (no commits delivered, requests to and from
// them fail) and reconnected (they catch up). Deterministic: a commit reaches every connected node
// synchronously, before the leader's append resolves. It models the QuorumLog contract only, not Raft.
import type { CommitListener, CommittedBatch } from '../metadata/metadata-log.js';
import { NotLeaderError, type QuorumLog, type QuorumRequestHandler } from '../metadata/quorum.js';
import type { MetadataRecord } from '../metadata/records.js';

export class FakeQuorum {
  readonly batches: CommittedBatch[] = [];
  private readonly nodes = new Map<number, FakeQuorumLog>();
  private leader: number | null = null;
  private nextOffset = 0;

  /** The quorum log of node `id` (created on first use). */
  node(id: number): FakeQuorumLog {
    let node = this.nodes.get(id);
    if (node === undefined) {
      node = new FakeQuorumLog(id, this);
      this.nodes.set(id, node);
    }
    return node;
  }

  /** A fresh log for node `id` (a restarted process), which catches up from the start. */
  restart(id: number): FakeQuorumLog {
    const node = new FakeQuorumLog(id, this);
    this.nodes.set(id, node);
    return node;
  }

  leaderId(): number | null {
    return this.leader;
  }

  /** Makes `id` the leader (null: an election is under way) and tells every connected node. */
  elect(id: number | null): void {
    this.leader = id;
    for (const node of this.nodes.values()) if (node.connected) node.leaderChanged(id);
  }

  /** Cuts a node off (it keeps its view of the leader) or reconnects it (it catches up). */
  setConnected(id: number, connected: boolean): void {
    const node = this.node(id);
    node.connected = connected;
    if (connected) {
      node.deliverUpTo(this.batches);
      node.leaderChanged(this.leader);
    }
  }

  commit(records: readonly MetadataRecord[]): number {
    const batch: CommittedBatch = { baseOffset: this.nextOffset, records: records.slice() };
    this.nextOffset += records.length;
    this.batches.push(batch);
    for (const node of this.nodes.values()) if (node.connected) node.deliverUpTo(this.batches);
    return this.nextOffset - 1;
  }
}

export class FakeQuorumLog implements QuorumLog {
  connected = true;
  private delivered = 0;
  private known: number | null = null;
  private handler: QuorumRequestHandler | null = null;
  private readonly listeners = new Set<CommitListener>();
  private readonly leaderListeners = new Set<(leaderId: number | null) => void>();
  private closed = false;

  constructor(
    readonly nodeId: number,
    private readonly quorum: FakeQuorum,
  ) {
    this.known = quorum.leaderId();
    this.deliverUpTo(quorum.batches);
  }

  append(records: readonly MetadataRecord[]): Promise<number> {
    if (this.closed) return Promise.reject(new Error('closed'));
    if (!this.isLeader()) return Promise.reject(new NotLeaderError(this.known));
    return Promise.resolve(this.quorum.commit(records));
  }

  async read(fromOffset: number): Promise<CommittedBatch[]> {
    return this.quorum.batches
      .slice(0, this.delivered)
      .filter((b) => b.baseOffset + b.records.length > fromOffset)
      .map((b) =>
        b.baseOffset >= fromOffset
          ? b
          : { baseOffset: fromOffset, records: b.records.slice(fromOffset - b.baseOffset) },
      );
  }

  subscribe(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  committedOffset(): number {
    const last = this.quorum.batches[this.delivered - 1];
    return last === undefined ? -1 : last.baseOffset + last.records.length - 1;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.connected = false;
    this.listeners.clear();
  }

  leaderId(): number | null {
    return this.known;
  }

  onLeaderChange(listener: (leaderId: number | null) => void): () => void {
    this.leaderListeners.add(listener);
    return () => {
      this.leaderListeners.delete(listener);
    };
  }

  leaderReady(): Promise<void> {
    return this.isLeader() ? Promise.resolve() : Promise.reject(new NotLeaderError(this.known));
  }

  async request(to: number, body: Buffer, _timeoutMs: number): Promise<Buffer> {
    const target = this.quorum.node(to);
    if (!this.connected || !target.connected || target.handler === null) {
      throw new Error(`node ${to} is not reachable from node ${this.nodeId}`);
    }
    return target.handler(this.nodeId, Buffer.from(body));
  }

  handleRequests(handler: QuorumRequestHandler): void {
    this.handler = handler;
  }

  leaderChanged(leaderId: number | null): void {
    if (this.known === leaderId) return;
    this.known = leaderId;
    for (const listener of this.leaderListeners) listener(leaderId);
  }

  deliverUpTo(batches: readonly CommittedBatch[]): void {
    if (this.closed) return;
    while (this.delivered < batches.length) {
      const batch = batches[this.delivered++]!;
      for (const listener of this.listeners) listener(batch);
    }
  }

  private isLeader(): boolean {
    return !this.closed && this.connected && this.quorum.leaderId() === this.nodeId;
  }
}
