// A cluster node's side of broker liveness: it registers its Kafka endpoint with the metadata
// quorum (forwarded to the leader), then heartbeats to the leader every broker.heartbeat.interval.ms.
// When the leader no longer knows its epoch (it was fenced), the node registers again, which
// unfences it and lets the leader give its partitions back.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../common/logger.js';
import type { ForwardingController } from './controller-forwarding.js';
import type { HeartbeatOutcome } from './fencing.js';
import { type FencingDriver, HEARTBEAT_REQUEST, type HeartbeatPayload } from './fencing-driver.js';
import type { LeaderRpc } from './leader-rpc.js';

export interface BrokerLifecycleDeps {
  nodeId: number;
  metadata: ForwardingController;
  rpc: LeaderRpc;
  fencing: FencingDriver;
  logger: Logger;
  heartbeatIntervalMs: number;
}

export interface BrokerEndpoint {
  host: string;
  port: number;
}

export class BrokerLifecycle {
  private endpoint: BrokerEndpoint | null = null;
  private readonly abort = new AbortController();
  private loop: Promise<void> | null = null;

  constructor(private readonly deps: BrokerLifecycleDeps) {}

  /** Registers this node (retrying until a leader accepts it), then heartbeats in the background. */
  async start(endpoint: BrokerEndpoint): Promise<void> {
    this.endpoint = endpoint;
    await this.register();
    this.loop = this.heartbeats();
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.loop;
  }

  private async heartbeats(): Promise<void> {
    const { nodeId, heartbeatIntervalMs } = this.deps;
    while (!this.abort.signal.aborted) {
      try {
        await sleep(heartbeatIntervalMs, undefined, { signal: this.abort.signal });
        const epoch = this.deps.metadata.image().brokers.get(nodeId)?.epoch;
        const payload: HeartbeatPayload = { brokerId: nodeId, epoch: epoch ?? -1 };
        const outcome =
          epoch === undefined
            ? 'register'
            : ((await this.deps.rpc.call(
                HEARTBEAT_REQUEST,
                payload,
                async () => this.deps.fencing.heartbeat(nodeId, payload.epoch),
                heartbeatIntervalMs,
              )) as HeartbeatOutcome);
        if (outcome === 'register') {
          this.deps.logger.info({ epoch }, 'the quorum leader asks this broker to register again');
          await this.register();
        }
      } catch (err) {
        if (this.abort.signal.aborted) return;
        this.deps.logger.debug({ err }, 'broker heartbeat failed; retrying');
      }
    }
  }

  /** Registers until it succeeds or the node stops. */
  private async register(): Promise<void> {
    const endpoint = this.endpoint!;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deps.metadata.registerBroker({ nodeId: this.deps.nodeId, ...endpoint });
        const epoch = this.deps.metadata.image().brokers.get(this.deps.nodeId)?.epoch;
        this.deps.logger.info({ ...endpoint, epoch }, 'broker registered with the metadata quorum');
        return;
      } catch (err) {
        if (this.abort.signal.aborted) throw new Error('broker stopped before it could register');
        this.deps.logger.warn({ err, attempt }, 'broker registration failed; retrying');
        await sleep(Math.min(1000, this.deps.heartbeatIntervalMs), undefined, {
          signal: this.abort.signal,
        }).catch(() => undefined);
      }
    }
  }
}
