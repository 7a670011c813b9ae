// A deterministic simulation of a Raft cluster: every node is a pure RaftNode driven by one seeded
// event loop, over a network that delays, drops, duplicates, reorders and partitions messages, with
// crashes that lose writes not yet fsynced, restarts, clock drift, client proposals, compaction,
// membership changes and leadership transfers. SafetyChecker runs on every step; a failure throws
// SimulationViolation naming the seed and step, and the same seed replays the same run exactly.
import { SeededRandom } from '../common/random.js';
import { SafetyChecker, SafetyViolation } from './checker.js';
import { EventQueue } from './event-queue.js';
import { RaftNode, type RaftOptions } from './node.js';
import type { Effects, Entry, HardState, Message, NodeId, Snapshot } from './types.js';
import { bootstrapState, isRejected } from './types.js';

export interface SimulationOptions {
  readonly seed: number;
  /** Initial voters (3 or 5 in the tests). */
  readonly voters: number;
  /** Extra nodes that start outside the config; membership changes may add them. */
  readonly spares?: number;
  readonly steps: number;
  /** Crashes, partitions, drops, duplicates and clock drift (default true). */
  readonly faults?: boolean;
  readonly membershipChanges?: boolean;
  /** After the steps: heal everything and require a leader and a committed proposal. */
  readonly liveness?: boolean;
  readonly unsafe?: RaftOptions['unsafe'];
  /** Entries per AppendRequest (default 16); 1 makes every entry travel alone. */
  readonly maxEntriesPerAppend?: number;
  /** Called with one line per event, for replaying a failing seed by eye. */
  readonly trace?: (line: string) => void;
}

export interface SimulationResult {
  readonly seed: number;
  readonly steps: number;
  readonly simulatedMs: number;
  readonly committed: number;
  readonly maxTerm: number;
  /** Simulated time from the end of the faults to a committed proposal on every voter. */
  readonly recoveryMs: number | null;
  /** How often the interesting paths ran, so tests can show the faults were exercised. */
  readonly stats: SimulationStats;
}

export interface SimulationStats {
  elections: number;
  snapshotsInstalled: number;
  truncations: number;
  configChangesApplied: number;
  transfers: number;
  crashes: number;
}

export class SimulationViolation extends Error {
  constructor(
    readonly seed: number,
    readonly step: number,
    readonly rule: string,
    detail: string,
    options: SimulationOptions,
  ) {
    super(`raft simulation seed=${seed} step=${step}: ${detail} (replay: ${replayCommand(options)})`);
  }
}

/** The sim-cli command line that reruns exactly these options. */
export function replayCommand(o: SimulationOptions): string {
  const flags = [`SEED=${o.seed} npx tsx src/raft/sim-cli.ts --voters ${o.voters} --steps ${o.steps}`];
  if (o.spares !== undefined) flags.push(`--spares ${o.spares}`);
  if (!o.membershipChanges) flags.push('--no-membership');
  if (!o.liveness) flags.push('--no-liveness');
  if (o.faults === false) flags.push('--no-faults');
  if (o.maxEntriesPerAppend !== undefined) flags.push(`--batch ${o.maxEntriesPerAppend}`);
  if (o.unsafe?.voteTwiceInTerm) flags.push('--unsafe-vote-twice');
  if (o.unsafe?.commitOldTermByCount) flags.push('--unsafe-commit-old-term');
  return flags.join(' ');
}

const TIMING = { electionTimeoutMs: 200, heartbeatIntervalMs: 50, tickMs: 20 } as const;
const LIVENESS_DEADLINE_MS = 30_000;

interface Disk {
  hardState: HardState;
  snapshot: Snapshot;
  entries: Entry[];
}

interface Host {
  readonly id: NodeId;
  node: RaftNode | null;
  readonly disk: Disk;
  pending: Effects[];
  flushScheduled: boolean;
  clockRate: number;
  clockOffset: number;
  group: number;
  applied: number;
  hash: number;
  leaderTerm: number;
  commitSeen: number;
}

type SimEvent =
  | { time: number; seq: number; kind: 'deliver'; node: NodeId; msg: Message }
  | { time: number; seq: number; kind: 'tick' | 'flush' | 'restart' | 'chaos'; node: NodeId; msg: null };

export class Simulation {
  private readonly rng: SeededRandom;
  private readonly queue = new EventQueue<SimEvent>();
  private readonly hosts: Host[] = [];
  private readonly checker = new SafetyChecker();
  private readonly faults: boolean;
  private now = 0;
  private step = 0;
  private nextValue = 1;
  private dropRate = 0;
  private duplicateRate = 0;
  private maxDelayMs = 10;
  private chaos = true;
  private maxTerm = 0;
  private readonly markers = new Map<number, Set<NodeId>>();
  private readonly stats: SimulationStats = {
    elections: 0,
    snapshotsInstalled: 0,
    truncations: 0,
    configChangesApplied: 0,
    transfers: 0,
    crashes: 0,
  };

  constructor(private readonly options: SimulationOptions) {
    this.rng = new SeededRandom(options.seed);
    this.faults = options.faults ?? true;
    const voters: NodeId[] = [];
    for (let id = 1; id <= options.voters; id++) voters.push(id);
    const total = options.voters + (options.spares ?? (options.membershipChanges ? 1 : 0));
    for (let id = 1; id <= total; id++) {
      const boot = bootstrapState(voters);
      const host: Host = {
        id,
        node: null,
        disk: { hardState: boot.hardState, snapshot: boot.snapshot, entries: [] },
        pending: [],
        flushScheduled: false,
        clockRate: this.faults ? 0.9 + this.rng.float() * 0.2 : 1,
        clockOffset: this.rng.int(100_000),
        group: 0,
        applied: 0,
        hash: 0,
        leaderTerm: -1,
        commitSeen: 0,
      };
      this.hosts.push(host);
      this.start(host);
      this.queue.push({ time: this.rng.int(TIMING.tickMs), kind: 'tick', node: id, msg: null });
    }
    this.queue.push({ time: 1, kind: 'chaos', node: 0, msg: null });
  }

  run(): SimulationResult {
    try {
      while (this.step < this.options.steps) this.runOne();
      let recoveryMs: number | null = null;
      if (this.options.liveness) recoveryMs = this.calm();
      return {
        seed: this.options.seed,
        steps: this.step,
        simulatedMs: Math.round(this.now),
        committed: this.checker.committedCount,
        maxTerm: this.maxTerm,
        recoveryMs,
        stats: this.stats,
      };
    } catch (error) {
      if (error instanceof SafetyViolation) {
        throw new SimulationViolation(this.options.seed, this.step, error.rule, error.message, this.options);
      }
      // A node's own assertion (or a simulator bug) fails the run the same way, with its seed.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      throw new SimulationViolation(this.options.seed, this.step, 'exception', detail, this.options);
    }
  }

  private runOne(): void {
    const event = this.queue.pop();
    if (event === undefined) throw new Error('simulation ran out of events');
    this.step++;
    this.now = event.time;
    if (this.options.trace !== undefined) this.options.trace(this.describe(event));
    const host = this.hosts[event.node - 1];
    switch (event.kind) {
      case 'deliver': {
        const to = this.hosts[event.msg.to - 1];
        const from = this.hosts[event.msg.from - 1]!;
        if (to?.node == null || to.group !== from.group) return;
        this.afterStep(to, to.node.step(event.msg));
        return;
      }
      case 'tick':
        this.queue.push({
          time: this.now + TIMING.tickMs / host!.clockRate,
          kind: 'tick',
          node: host!.id,
          msg: null,
        });
        if (host!.node !== null) this.afterStep(host!, host!.node.tick(this.localTime(host!)));
        return;
      case 'flush':
        this.flush(host!);
        return;
      case 'restart':
        if (host!.node === null) this.start(host!);
        return;
      case 'chaos':
        if (this.chaos) {
          this.queue.push({ time: this.now + 1 + this.rng.int(30), kind: 'chaos', node: 0, msg: null });
          this.doChaos();
        }
        return;
    }
  }

  private describe(event: SimEvent): string {
    const head = `#${this.step} t=${event.time.toFixed(1)}`;
    const roles = this.hosts
      .map((h) =>
        h.node === null
          ? `${h.id}:down`
          : `${h.id}:${h.node.role[0]}${h.node.currentTerm}/${h.node.commitIndex}`,
      )
      .join(' ');
    if (event.kind !== 'deliver') return `${head} ${event.kind} ${event.node || ''} [${roles}]`;
    const m = event.msg;
    return `${head} ${m.type} ${m.from}->${m.to} term=${m.term} [${roles}]`;
  }

  // ---- hosts: the simulated driver, honouring node.ts's durability contract ----

  private localTime(host: Host): number {
    return host.clockOffset + this.now * host.clockRate;
  }

  private start(host: Host): void {
    const disk = host.disk;
    const node = new RaftNode(
      {
        id: host.id,
        electionTimeoutMs: TIMING.electionTimeoutMs,
        heartbeatIntervalMs: TIMING.heartbeatIntervalMs,
        maxEntriesPerAppend: this.options.maxEntriesPerAppend ?? 16,
        maxInflightAppends: 4,
        preVote: true,
        checkQuorum: true,
        random: new SeededRandom(this.rng.nextUint32()),
        ...(this.options.unsafe === undefined ? {} : { unsafe: this.options.unsafe }),
      },
      { hardState: disk.hardState, snapshot: disk.snapshot, entries: disk.entries.slice() },
      this.localTime(host),
    );
    host.node = node;
    host.pending = [];
    host.applied = disk.snapshot.index;
    host.hash = snapshotHash(disk.snapshot);
    if (disk.snapshot.index > 0) this.checker.restored(host.id, disk.snapshot, host.hash);
    host.leaderTerm = -1;
    host.commitSeen = disk.snapshot.index;
  }

  private crash(host: Host): void {
    this.stats.crashes++;
    host.node = null;
    host.pending = [];
    host.flushScheduled = false;
    this.queue.push({ time: this.now + 20 + this.rng.int(800), kind: 'restart', node: host.id, msg: null });
  }

  private afterStep(host: Host, fx: Effects): void {
    const node = host.node!;
    if (node.currentTerm > this.maxTerm) this.maxTerm = node.currentTerm;
    for (let i = host.commitSeen + 1; i <= node.commitIndex; i++) {
      this.checker.commitObserved(host.id, i, node.entryAt(i), node.currentTerm);
    }
    if (node.commitIndex > host.commitSeen) host.commitSeen = node.commitIndex;
    if (node.role === 'leader' && host.leaderTerm !== node.currentTerm) {
      host.leaderTerm = node.currentTerm;
      if (this.checker.leaderSeen(host.id, node.currentTerm)) {
        this.stats.elections++;
        this.checker.checkLeaderLog(host.id, node.currentTerm, node.snapshotIndex, (i) => node.entryAt(i));
      }
    }
    const persists = fx.hardState !== null || fx.logOps.length > 0;
    if (!persists && host.pending.length === 0) {
      this.carryOut(host, fx);
      return;
    }
    host.pending.push(fx);
    if (!host.flushScheduled) {
      host.flushScheduled = true;
      this.queue.push({ time: this.now + 0.1 + this.rng.int(4), kind: 'flush', node: host.id, msg: null });
    }
  }

  /** The fsync completed: everything pending is durable; now send and apply, in order. */
  private flush(host: Host): void {
    if (host.node === null) return;
    host.flushScheduled = false;
    const pending = host.pending;
    host.pending = [];
    for (const fx of pending) this.carryOut(host, fx);
  }

  private carryOut(host: Host, fx: Effects): void {
    this.persist(host, fx);
    for (const m of fx.messages) {
      if (m.type === 'timeout-now') this.stats.transfers++;
      this.send(m);
    }
    if (fx.restoreSnapshot !== null) {
      const snap = fx.restoreSnapshot;
      host.hash = snapshotHash(snap);
      this.stats.snapshotsInstalled++;
      this.checker.restored(host.id, snap, host.hash);
      host.applied = snap.index;
    }
    for (const entry of fx.committed) {
      if (entry.index !== host.applied + 1) {
        throw new SafetyViolation(
          'state machine safety',
          `node ${host.id} applied ${entry.index} after ${host.applied}`,
        );
      }
      host.hash = this.checker.applied(host.id, entry, host.hash);
      host.applied = entry.index;
      if (entry.kind === 'config' && host.id === 1) this.stats.configChangesApplied++;
      if (entry.kind === 'data') this.markers.get(entryValue(entry))?.add(host.id);
    }
  }

  private persist(host: Host, fx: Effects): void {
    const disk = host.disk;
    if (fx.hardState !== null) {
      if (fx.hardState.term < disk.hardState.term) {
        throw new SafetyViolation(
          'durability',
          `node ${host.id} persisted term ${fx.hardState.term} after ${disk.hardState.term}`,
        );
      }
      disk.hardState = fx.hardState;
    }
    for (const op of fx.logOps) {
      if (op.op === 'append') {
        for (const entry of op.entries) {
          const last = disk.entries[disk.entries.length - 1];
          const lastIndex = last === undefined ? disk.snapshot.index : last.index;
          if (entry.index !== lastIndex + 1) {
            throw new SafetyViolation(
              'log matching',
              `node ${host.id} appended ${entry.index} after ${lastIndex}`,
            );
          }
          this.checker.persisted(host.id, entry, last === undefined ? disk.snapshot.term : last.term);
          disk.entries.push(entry);
        }
      } else if (op.op === 'truncate') {
        this.stats.truncations++;
        const removed = disk.entries.splice(Math.max(0, op.fromIndex - disk.snapshot.index - 1));
        for (const entry of removed) this.checker.removed(host.id, entry, disk.hardState.term);
      } else {
        const cut = op.snapshot.index - disk.snapshot.index;
        if (op.keepEntriesAfter) {
          disk.entries = disk.entries.slice(cut);
        } else {
          for (const entry of disk.entries.slice(Math.max(0, cut)))
            this.checker.removed(host.id, entry, disk.hardState.term);
          disk.entries = [];
        }
        disk.snapshot = op.snapshot;
      }
    }
  }

  private send(m: Message): void {
    if (this.faults) {
      if (this.hosts[m.from - 1]!.group !== this.hosts[m.to - 1]?.group) return;
      if (this.dropRate > 0 && this.rng.float() < this.dropRate) return;
    }
    this.queue.push({
      time: this.now + 0.5 + this.rng.int(this.maxDelayMs),
      kind: 'deliver',
      node: m.to,
      msg: m,
    });
    if (this.faults && this.duplicateRate > 0 && this.rng.float() < this.duplicateRate) {
      this.queue.push({
        time: this.now + 0.5 + this.rng.int(this.maxDelayMs * 2),
        kind: 'deliver',
        node: m.to,
        msg: m,
      });
    }
  }

  // ---- the environment: clients and faults ----

  private pickLive(): Host | null {
    const host = this.hosts[this.rng.int(this.hosts.length)]!;
    return host.node === null ? null : host;
  }

  private pickLeader(): Host | null {
    const leaders = this.hosts.filter((h) => h.node?.role === 'leader');
    return leaders.length === 0 ? null : leaders[this.rng.int(leaders.length)]!;
  }

  private propose(host: Host, value: number): boolean {
    const data = Buffer.alloc(4);
    data.writeUInt32LE(value, 0);
    const result = host.node!.propose(data);
    if (isRejected(result)) return false;
    this.afterStep(host, result);
    return true;
  }

  private doChaos(): void {
    const r = this.rng.int(100);
    if (r < 45) {
      const host = this.rng.int(5) === 0 ? this.pickLive() : this.pickLeader();
      if (host !== null) this.propose(host, this.nextValue++);
      return;
    }
    if (r < 55) {
      const host = this.pickLive();
      if (host !== null && host.applied > host.node!.snapshotIndex + 3) {
        const data = Buffer.alloc(4);
        data.writeUInt32LE(host.hash, 0);
        this.afterStep(host, host.node!.compact(host.applied, data));
      }
      return;
    }
    if (r < 62 && this.options.membershipChanges) {
      const leader = this.pickLeader();
      if (leader === null) return;
      const voters = leader.node!.voters;
      const outside = this.hosts.filter((h) => !voters.includes(h.id));
      const add = outside.length > 0 && (voters.length <= 2 || this.rng.int(2) === 0);
      const id = add ? outside[this.rng.int(outside.length)]!.id : voters[this.rng.int(voters.length)]!;
      const result = leader.node!.proposeConfigChange({ type: add ? 'add-voter' : 'remove-voter', id });
      if (!isRejected(result)) this.afterStep(leader, result);
      return;
    }
    if (r < 67) {
      const leader = this.pickLeader();
      if (leader === null) return;
      const voters = leader.node!.voters.filter((v) => v !== leader.id);
      if (voters.length === 0) return;
      const result = leader.node!.transferLeadership(voters[this.rng.int(voters.length)]!);
      if (!isRejected(result)) this.afterStep(leader, result);
      return;
    }
    if (!this.faults) return;
    if (r < 74) {
      for (const host of this.hosts) host.group = this.rng.int(this.rng.int(2) === 0 ? 2 : 3);
    } else if (r < 82) {
      for (const host of this.hosts) host.group = 0;
    } else if (r < 87) {
      const host = this.pickLive();
      if (host !== null) this.crash(host);
    } else if (r < 91) {
      const rates = [0, 0, 0.02, 0.1, 0.3] as const;
      this.dropRate = rates[this.rng.int(rates.length)]!;
      this.duplicateRate = rates[this.rng.int(rates.length)]!;
      this.maxDelayMs = [2, 10, 30, 120][this.rng.int(4)]!;
    }
  }

  /** Heal the world, then require a leader that commits a fresh proposal on all its voters. */
  private calm(): number {
    this.chaos = false;
    const start = this.now;
    for (const host of this.hosts) {
      host.group = 0;
      if (host.node === null) this.start(host);
    }
    this.dropRate = 0;
    this.duplicateRate = 0;
    this.maxDelayMs = 10;
    let nextAttempt = this.now;
    for (;;) {
      if (this.now - start > LIVENESS_DEADLINE_MS) {
        const roles = this.hosts.map((h) => `${h.id}:${h.node?.role}@${h.node?.currentTerm}`).join(' ');
        throw new SafetyViolation(
          'liveness',
          `no committed proposal ${LIVENESS_DEADLINE_MS} ms after healing (${roles})`,
        );
      }
      const leader = this.pickLeader();
      if (leader !== null) {
        for (const [, appliedBy] of this.markers) {
          if (leader.node!.voters.every((v) => appliedBy.has(v))) return Math.round(this.now - start);
        }
        if (this.now >= nextAttempt) {
          const value = this.nextValue++;
          if (this.propose(leader, value)) {
            this.markers.set(value, new Set());
            nextAttempt = this.now + 1000;
          }
        }
      }
      this.runOne();
    }
  }
}

function entryValue(entry: Entry): number {
  return entry.data.readUInt32LE(0);
}

function snapshotHash(snapshot: Snapshot): number {
  return snapshot.data.length >= 4 ? snapshot.data.readUInt32LE(0) : 0;
}

/** Run one seed; throws SimulationViolation on any broken invariant. */
export function simulate(options: SimulationOptions): SimulationResult {
  return new Simulation(options).run();
}
