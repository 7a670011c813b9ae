// The metadata log replicated by a Raft quorum (a QuorumLog, see metadata/quorum.ts). Each
// append() is one Raft data entry holding the batch as `u8 version | JSON array of records`;
// offsets number records from 0 over data entries in log order (noop and config entries hold no
// records), so every node derives the same offsets from the same log. The whole Raft log stays on
// disk and in memory: there is no log compaction yet, so read() decodes batches straight from the
// log entries. A restart serves at once the batches up to the commit index saved by the driver
// (they were committed then, so they stay committed); later ones follow once a leader confirms them.
import type { Clock } from '../common/clock.js';
import type { Random } from '../common/random.js';
import { type MetadataLogger, silentLogger } from '../metadata/logger.js';
import type { CommitListener, CommittedBatch } from '../metadata/metadata-log.js';
import type { QuorumLog, QuorumRequestHandler, QuorumVoter } from '../metadata/quorum.js';
import {
  QUORUM_LISTENER_NAME,
  type QuorumStatus,
  type QuorumStatusSource,
} from '../metadata/quorum-status.js';
import type { MetadataRecord } from '../metadata/records.js';
import { RaftDriver, type RaftTiming } from './driver.js';
import { RaftStorage } from './storage.js';
import { RaftTransport } from './transport.js';
import type { Entry } from './types.js';

const BATCH_FORMAT_VERSION = 1;

export interface RaftMetadataLogOptions {
  nodeId: number;
  /** Every voter, this node included; this node's entry gives the port it listens on. */
  voters: readonly QuorumVoter[];
  /** Directory for the Raft state (hard state, entries); created if missing. */
  dir: string;
  clock: Clock;
  random: Random;
  logger?: MetadataLogger;
  /** Address to bind; defaults to this node's voter host. */
  listenHost?: string;
  timing?: Partial<RaftTiming>;
}

interface BatchIndex {
  raftIndex: number;
  baseOffset: number;
  count: number;
}

export class RaftMetadataLog implements QuorumLog, QuorumStatusSource {
  private readonly batches: BatchIndex[] = [];
  private nextOffset = 0;
  /** Raft index of the last committed entry seen by onCommitted (any kind). */
  private appliedRaftIndex = 0;
  private voters: readonly QuorumVoter[] = [];
  private clock!: Clock;
  private readonly listeners = new Set<CommitListener>();
  private driver!: RaftDriver;
  private closed = false;

  private constructor(
    readonly nodeId: number,
    private readonly storage: RaftStorage,
    private readonly transport: RaftTransport,
    private readonly logger: MetadataLogger,
  ) {}

  static async open(options: RaftMetadataLogOptions): Promise<RaftMetadataLog> {
    const self = options.voters.find((v) => v.id === options.nodeId);
    if (self === undefined) throw new Error(`node ${options.nodeId} is not among the quorum voters`);
    if (new Set(options.voters.map((v) => v.id)).size !== options.voters.length) {
      throw new Error('quorum voter ids must be unique');
    }
    const logger = options.logger ?? silentLogger;
    const { storage, state, commitIndex } = await RaftStorage.open({
      dir: options.dir,
      bootstrapVoters: options.voters.map((v) => v.id),
      logger,
    });
    let transport: RaftTransport;
    try {
      transport = await RaftTransport.listen({
        nodeId: options.nodeId,
        listenHost: options.listenHost ?? self.host,
        listenPort: self.port,
        peers: options.voters,
        clock: options.clock,
        random: options.random,
        logger,
      });
    } catch (error) {
      await storage.close();
      throw error;
    }
    const log = new RaftMetadataLog(options.nodeId, storage, transport, logger);
    log.voters = options.voters;
    log.clock = options.clock;
    for (const entry of state.entries) if (entry.index <= commitIndex) log.onCommitted(entry);
    log.driver = new RaftDriver({
      nodeId: options.nodeId,
      storage,
      state,
      commitIndex,
      messenger: transport,
      clock: options.clock,
      random: options.random,
      logger,
      ...(options.timing === undefined ? {} : { timing: options.timing }),
      onCommitted: (entry) => log.onCommitted(entry),
    });
    return log;
  }

  /** The port the quorum transport listens on. */
  get port(): number {
    return this.transport.port;
  }

  append(records: readonly MetadataRecord[]): Promise<number> {
    if (this.closed) return Promise.reject(new Error('metadata quorum log is closed'));
    if (records.length === 0) return Promise.reject(new RangeError('cannot append an empty batch'));
    const data = encodeBatch(records);
    return this.driver.propose(data).then((raftIndex) => {
      const batch = this.batches[this.batchAtRaftIndex(raftIndex)];
      if (batch === undefined || batch.raftIndex !== raftIndex) {
        throw new Error(`metadata batch at raft index ${raftIndex} was committed but not indexed`);
      }
      return batch.baseOffset + batch.count - 1;
    });
  }

  async read(fromOffset: number): Promise<CommittedBatch[]> {
    const out: CommittedBatch[] = [];
    for (let i = this.batchHoldingOffset(fromOffset); i < this.batches.length; i++) {
      const batch = this.batches[i]!;
      const entry = this.driver.entryAt(batch.raftIndex);
      const records = entry === undefined ? null : decodeBatch(entry.data);
      if (records === null) throw new Error(`metadata batch at raft index ${batch.raftIndex} is unreadable`);
      const skip = Math.max(0, fromOffset - batch.baseOffset);
      out.push({ baseOffset: batch.baseOffset + skip, records: skip === 0 ? records : records.slice(skip) });
    }
    return out;
  }

  subscribe(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  committedOffset(): number {
    return this.nextOffset - 1;
  }

  leaderId(): number | null {
    return this.driver.leaderId();
  }

  onLeaderChange(listener: (leaderId: number | null) => void): () => void {
    return this.driver.onLeaderChange(listener);
  }

  leaderReady(): Promise<void> {
    return this.driver.leaderReady();
  }

  request(to: number, body: Buffer, timeoutMs: number): Promise<Buffer> {
    return this.transport.request(to, body, timeoutMs);
  }

  handleRequests(handler: QuorumRequestHandler): void {
    this.transport.handleRequests(handler);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
    await this.transport.close();
    await this.storage.close();
    this.listeners.clear();
  }

  /**
   * This node's view: on the leader, every voter's log end (its Raft match index turned into a
   * metadata offset) and response times; elsewhere only its own log end. Config and noop entries
   * hold no records, so they move no offset.
   */
  async quorumStatus(): Promise<QuorumStatus> {
    const nowMs = this.clock.nowMs();
    const leaderId = this.driver.leaderId();
    const isLeader = leaderId === this.nodeId;
    const voters = this.driver.voters.map((id) => {
      if (id === this.nodeId) {
        const end = this.offsetEndAt(this.driver.lastIndex);
        return {
          replicaId: id,
          logEndOffset: end,
          lastFetchTimestamp: isLeader ? nowMs : -1,
          lastCaughtUpTimestamp: isLeader ? nowMs : -1,
        };
      }
      const follower = this.driver.followerStatus(id);
      if (follower === undefined)
        return { replicaId: id, logEndOffset: -1, lastFetchTimestamp: -1, lastCaughtUpTimestamp: -1 };
      return {
        replicaId: id,
        logEndOffset: this.offsetEndAt(follower.matchIndex),
        lastFetchTimestamp: follower.fetchMs,
        lastCaughtUpTimestamp: follower.caughtUpMs,
      };
    });
    return {
      leaderId: leaderId ?? -1,
      leaderEpoch: this.driver.term,
      highWatermark: this.nextOffset,
      voters,
      observers: [],
      nodes: this.voters.map((v) => ({
        nodeId: v.id,
        listeners: [{ name: QUORUM_LISTENER_NAME, host: v.host, port: v.port }],
      })),
    };
  }

  /** The metadata offset just past the records held by Raft entries up to `raftIndex`. */
  private offsetEndAt(raftIndex: number): number {
    const position = lowerBound(this.batches, (b) => b.raftIndex <= raftIndex);
    const last = position > 0 ? this.batches[position - 1] : undefined;
    let end = last === undefined ? 0 : last.baseOffset + last.count;
    // Entries past what is committed here are not indexed yet: count their records directly.
    for (let i = this.appliedRaftIndex + 1; i <= raftIndex; i++) {
      const entry = this.driver.entryAt(i);
      if (entry?.kind === 'data') end += decodeBatch(entry.data)?.length ?? 0;
    }
    return end;
  }

  private onCommitted(entry: Entry): void {
    this.appliedRaftIndex = Math.max(this.appliedRaftIndex, entry.index);
    if (entry.kind !== 'data') return;
    const records = decodeBatch(entry.data);
    if (records === null) {
      // Every node holds the same bytes, so every node skips this entry alike.
      this.logger.error(`metadata quorum log: entry ${entry.index} holds no readable batch; skipped`);
      return;
    }
    const batch: CommittedBatch = { baseOffset: this.nextOffset, records };
    this.batches.push({ raftIndex: entry.index, baseOffset: this.nextOffset, count: records.length });
    this.nextOffset += records.length;
    for (const listener of this.listeners) {
      try {
        listener(batch);
      } catch (error) {
        this.logger.error(`metadata commit listener failed at offset ${batch.baseOffset}: ${String(error)}`);
      }
    }
  }

  /** Position of the first batch whose raftIndex >= raftIndex. */
  private batchAtRaftIndex(raftIndex: number): number {
    return lowerBound(this.batches, (b) => b.raftIndex < raftIndex);
  }

  /** Position of the first batch whose last offset >= offset. */
  private batchHoldingOffset(offset: number): number {
    return lowerBound(this.batches, (b) => b.baseOffset + b.count - 1 < offset);
  }
}

function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(items[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function encodeBatch(records: readonly MetadataRecord[]): Buffer {
  const json = Buffer.from(JSON.stringify(records), 'utf8');
  const out = Buffer.allocUnsafe(1 + json.length);
  out.writeUInt8(BATCH_FORMAT_VERSION, 0);
  json.copy(out, 1);
  return out;
}

/** The records of an entry, or null when it does not hold a well-formed non-empty batch. */
export function decodeBatch(data: Buffer): MetadataRecord[] | null {
  if (data.length < 1 || data.readUInt8(0) !== BATCH_FORMAT_VERSION) return null;
  let records: unknown;
  try {
    records = JSON.parse(data.toString('utf8', 1));
  } catch {
    return null;
  }
  if (!Array.isArray(records) || records.length === 0) return null;
  for (const r of records) {
    if (typeof r !== 'object' || r === null || typeof (r as { type?: unknown }).type !== 'string')
      return null;
  }
  return records as MetadataRecord[];
}
