// Broker liveness on the quorum leader, pure: heartbeats and ticks in, metadata records out. A
// broker silent for broker.session.timeout.ms is fenced and its partitions lose their leader (ISR
// narrowed to it, the only holder of the data); once registered again, leaderless partitions get a
// live ISR member back as leader. A new leader gives every broker a full session before fencing.
import type { BrokerInfo, MetadataImage } from '../metadata/image.js';
import { type MetadataRecord, NO_LEADER } from '../metadata/records.js';

export type HeartbeatOutcome =
  /** Recorded. */
  | 'ok'
  /** The broker is unknown, fenced, or heartbeats with an old epoch: it must register again. */
  | 'register';

interface LastSeen {
  epoch: number;
  atMs: number;
}

export class BrokerFencing {
  private readonly lastSeen = new Map<number, LastSeen>();
  private leading = false;

  constructor(private readonly sessionTimeoutMs: number) {
    if (!(sessionTimeoutMs > 0)) throw new RangeError(`invalid session timeout ${sessionTimeoutMs}`);
  }

  /** This node became the quorum leader: forget old observations, every broker starts afresh. */
  becameLeader(): void {
    this.leading = true;
    this.lastSeen.clear();
  }

  /** This node stopped leading: it fences nobody until it leads again. */
  resigned(): void {
    this.leading = false;
    this.lastSeen.clear();
  }

  heartbeat(image: MetadataImage, brokerId: number, epoch: number, nowMs: number): HeartbeatOutcome {
    const broker = image.brokers.get(brokerId);
    if (broker === undefined || broker.epoch !== epoch || broker.fenced) return 'register';
    if (this.leading) this.lastSeen.set(brokerId, { epoch, atMs: nowMs });
    return 'ok';
  }

  /** The records that bring the image in line with who is alive at `nowMs`; [] when nothing to do. */
  tick(image: MetadataImage, nowMs: number): MetadataRecord[] {
    if (!this.leading) return [];
    const records: MetadataRecord[] = [];
    const live = new Set<number>();
    for (const broker of [...image.brokers.values()].sort((a, b) => a.nodeId - b.nodeId)) {
      const seen = this.observe(broker, nowMs);
      if (broker.fenced) continue;
      if (nowMs - seen.atMs > this.sessionTimeoutMs) {
        records.push({ type: 'FenceBroker', id: broker.nodeId, epoch: broker.epoch });
      } else {
        live.add(broker.nodeId);
      }
    }
    for (const topic of image.topics.values()) {
      const topicId = topic.topicId.toString('hex');
      for (const p of topic.partitions) {
        if (p.leader !== NO_LEADER && !live.has(p.leader)) {
          const narrowed = p.isr.length === 1 && p.isr[0] === p.leader;
          records.push({
            type: 'PartitionChange',
            topicId,
            partitionId: p.partition,
            leader: NO_LEADER,
            ...(narrowed ? {} : { isr: [p.leader] }),
          });
        } else if (p.leader === NO_LEADER) {
          const leader = p.isr.find((id) => live.has(id));
          if (leader !== undefined) {
            records.push({ type: 'PartitionChange', topicId, partitionId: p.partition, leader });
          }
        }
      }
    }
    return records;
  }

  /** When the broker was last heard of; a registration (new epoch) or a first sighting counts as now. */
  private observe(broker: BrokerInfo, nowMs: number): LastSeen {
    const seen = this.lastSeen.get(broker.nodeId);
    if (seen !== undefined && seen.epoch === broker.epoch) return seen;
    const fresh = { epoch: broker.epoch, atMs: nowMs };
    this.lastSeen.set(broker.nodeId, fresh);
    return fresh;
  }
}
