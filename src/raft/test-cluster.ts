// A small synchronous harness for node unit tests: RaftNodes wired by an in-memory message queue
// with partitions, a shared manual clock and per-node records of what was applied. No faults
// beyond what a test asks for, so each test reads like the scenario it describes.
import { SeededRandom } from '../common/random.js';
import { RaftNode, type RaftOptions } from './node.js';
import type { Effects, Message, NodeId, Snapshot } from './types.js';
import { bootstrapState, isRejected } from './types.js';

export const ELECTION_MS = 100;

export class TestCluster {
  readonly nodes = new Map<NodeId, RaftNode>();
  /** Data payloads applied per node, as strings. */
  readonly applied = new Map<NodeId, string[]>();
  readonly restored = new Map<NodeId, Snapshot[]>();
  readonly sent: Message[] = [];
  private queue: Message[] = [];
  private readonly isolated = new Set<NodeId>();
  now = 0;

  constructor(ids: NodeId[], voters: NodeId[], overrides: Partial<RaftOptions> = {}) {
    for (const id of ids) {
      const options: RaftOptions = {
        id,
        electionTimeoutMs: ELECTION_MS,
        heartbeatIntervalMs: 20,
        maxEntriesPerAppend: 4,
        maxInflightAppends: 2,
        preVote: true,
        checkQuorum: true,
        random: new SeededRandom(id * 7919),
        ...overrides,
      };
      this.nodes.set(id, new RaftNode(options, bootstrapState(voters), this.now));
      this.applied.set(id, []);
      this.restored.set(id, []);
    }
  }

  node(id: NodeId): RaftNode {
    return this.nodes.get(id)!;
  }

  isolate(id: NodeId): void {
    this.isolated.add(id);
  }

  heal(): void {
    this.isolated.clear();
  }

  handle(id: NodeId, fx: Effects): void {
    for (const m of fx.messages) {
      this.sent.push(m);
      this.queue.push(m);
    }
    if (fx.restoreSnapshot !== null) {
      this.restored.get(id)!.push(fx.restoreSnapshot);
      this.applied.set(id, fx.restoreSnapshot.data.toString().split(',').filter(Boolean));
    }
    for (const e of fx.committed) if (e.kind === 'data') this.applied.get(id)!.push(e.data.toString());
  }

  deliverAll(): void {
    for (let guard = 0; this.queue.length > 0 && guard < 100_000; guard++) {
      const m = this.queue.shift()!;
      if (this.isolated.has(m.from) || this.isolated.has(m.to)) continue;
      this.handle(m.to, this.node(m.to).step(m));
    }
  }

  /** Move the clock forward in 10 ms ticks, delivering every message after each tick. */
  advance(ms: number): void {
    for (let t = 0; t < ms; t += 10) {
      this.now += 10;
      for (const [id, node] of this.nodes) this.handle(id, node.tick(this.now));
      this.deliverAll();
    }
  }

  leaders(): NodeId[] {
    return [...this.nodes].filter(([, n]) => n.role === 'leader').map(([id]) => id);
  }

  /** Run until exactly one leader exists; returns it. */
  electLeader(maxMs = 3000): NodeId {
    for (let t = 0; t < maxMs; t += 10) {
      this.advance(10);
      const leaders = this.leaders().filter((id) => !this.isolated.has(id));
      if (leaders.length === 1) return leaders[0]!;
    }
    throw new Error('no leader elected');
  }

  propose(id: NodeId, value: string): boolean {
    const result = this.node(id).propose(Buffer.from(value));
    if (isRejected(result)) return false;
    this.handle(id, result);
    this.deliverAll();
    return true;
  }
}
