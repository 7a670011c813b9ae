// Runs broker fencing (fencing.ts) on whichever node leads the metadata quorum: on becoming leader
// it waits for leaderReady(), writes the bootstrap records if missing, and then every tick appends
// the records BrokerFencing asks for (fence silent brokers, move partition leaders). It answers
// the heartbeats other nodes send to the leader; on losing leadership it stops and forgets.
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import type { MetadataController } from '../metadata/controller.js';
import type { MetadataRecord } from '../metadata/records.js';
import { BrokerFencing, type HeartbeatOutcome } from './fencing.js';
import type { LeaderRpc } from './leader-rpc.js';

export const HEARTBEAT_REQUEST = 'heartbeat';

export interface HeartbeatPayload {
  brokerId: number;
  epoch: number;
}

export interface FencingDriverDeps {
  controller: MetadataController;
  rpc: LeaderRpc;
  clock: Clock;
  logger: Logger;
  sessionTimeoutMs: number;
}

export class FencingDriver {
  private readonly fencing: BrokerFencing;
  private readonly tickIntervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private generation = 0;
  private ticking = false;
  private closed = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: FencingDriverDeps) {
    this.fencing = new BrokerFencing(deps.sessionTimeoutMs);
    this.tickIntervalMs = Math.max(50, Math.min(500, Math.floor(deps.sessionTimeoutMs / 4)));
    deps.rpc.handle(HEARTBEAT_REQUEST, async (_from, payload) => {
      const { brokerId, epoch } = payload as HeartbeatPayload;
      return this.heartbeat(brokerId, epoch);
    });
    this.unsubscribe = deps.rpc.quorum.onLeaderChange((leaderId) => this.onLeaderChange(leaderId));
    this.onLeaderChange(deps.rpc.quorum.leaderId());
  }

  /** A heartbeat that reached the leader (from another node, or this one). */
  heartbeat(brokerId: number, epoch: number): HeartbeatOutcome {
    return this.fencing.heartbeat(
      this.deps.controller.image(),
      brokerId,
      epoch,
      this.deps.clock.monotonicMs(),
    );
  }

  close(): void {
    this.closed = true;
    this.unsubscribe();
    this.stopTicking();
  }

  private onLeaderChange(leaderId: number | null): void {
    const generation = ++this.generation;
    this.stopTicking();
    this.fencing.resigned();
    if (this.closed || leaderId !== this.deps.rpc.quorum.nodeId) return;
    void this.lead(generation);
  }

  private async lead(generation: number): Promise<void> {
    try {
      if (!(await this.deps.rpc.isReadyLeader()) || generation !== this.generation) return;
      await this.deps.controller.bootstrap();
      if (generation !== this.generation || this.closed) return;
      this.deps.logger.info('leading the metadata quorum: tracking broker heartbeats');
      this.fencing.becameLeader();
      this.timer = setInterval(() => this.tick(), this.tickIntervalMs);
    } catch (err) {
      this.deps.logger.warn({ err }, 'could not take up metadata quorum leadership duties');
    }
  }

  private tick(): void {
    if (this.ticking) return;
    this.ticking = true;
    this.deps.controller
      .appendRecords((image) => {
        const records = this.fencing.tick(image, this.deps.clock.monotonicMs());
        if (records.length > 0) this.report(records);
        return records;
      })
      .catch((err: unknown) => this.deps.logger.warn({ err }, 'appending broker fencing records failed'))
      .finally(() => {
        this.ticking = false;
      });
  }

  private report(records: MetadataRecord[]): void {
    const fenced = records.flatMap((r) => (r.type === 'FenceBroker' ? [r.id] : []));
    const changes = records.filter((r) => r.type === 'PartitionChange');
    const offline = changes.filter((r) => r.type === 'PartitionChange' && r.leader === -1).length;
    if (fenced.length > 0) {
      this.deps.logger.warn({ brokers: fenced }, 'fencing brokers that missed broker.session.timeout.ms');
    }
    this.deps.logger.info(
      { leaderless: offline, restored: changes.length - offline },
      'changing partition leadership after broker liveness changed',
    );
  }

  private stopTicking(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
