// Test harness for the group coordinator shard: a manual clock, a log of the records it produced
// (passed through the real codec), and the join/sync completions by request id.

import { encodeConsumerProtocolSubscription } from '../../wire/generated/data/consumer-protocol-subscription.js';
import { Writer } from '../../wire/primitives/index.js';
import { SeededRandom } from '../common/random.js';
import type { GroupCoordinatorConfig } from './config.js';
import { GroupCoordinatorShard } from './group-coordinator.js';
import { type CoordinatorRecord, decodeCoordinatorRecord, encodeCoordinatorRecord } from './records.js';
import type {
  JoinGroupProtocol,
  JoinGroupRequest,
  JoinGroupResponse,
  OffsetCommitRequest,
  ShardResult,
  SyncGroupRequest,
  SyncGroupResponse,
} from './types.js';

/** Consumer-protocol subscription bytes (version header + v0 body). */
export function subscription(topics: string[]): Buffer {
  const w = new Writer();
  w.int16(0);
  encodeConsumerProtocolSubscription(w, 0, { topics, userData: null });
  return Buffer.from(w.toBuffer());
}

export function consumerProtocols(names: string[], topics: string[] = ['t']): JoinGroupProtocol[] {
  return names.map((name) => ({ name, metadata: subscription(topics) }));
}

export class Harness {
  nowMs = 1_000_000;
  readonly log: CoordinatorRecord[] = [];
  readonly joins = new Map<number, JoinGroupResponse>();
  readonly syncs = new Map<number, SyncGroupResponse>();
  private nextRequestId = 1;
  readonly shard: GroupCoordinatorShard;

  constructor(config: Partial<GroupCoordinatorConfig> = {}, seed = 1) {
    this.shard = new GroupCoordinatorShard({ config, random: new SeededRandom(seed) });
  }

  /** Records go through encode/decode, as they would through the log. */
  run<R>(result: ShardResult<R>): R {
    for (const record of result.records) {
      const { key, value } = encodeCoordinatorRecord(record);
      const decoded = decodeCoordinatorRecord(key, value);
      if (decoded.kind === 'unknown') throw new Error('unexpected unknown record');
      this.log.push(decoded);
    }
    for (const c of result.completions) {
      if (c.kind === 'join') {
        if (this.joins.has(c.requestId)) throw new Error(`join ${c.requestId} completed twice`);
        this.joins.set(c.requestId, c.response);
      } else {
        if (this.syncs.has(c.requestId)) throw new Error(`sync ${c.requestId} completed twice`);
        this.syncs.set(c.requestId, c.response);
      }
    }
    return result.response;
  }

  advance(ms: number): void {
    this.nowMs += ms;
    this.run(this.shard.tick(this.nowMs));
  }

  join(fields: Partial<JoinGroupRequest> & { groupId: string }): number {
    const requestId = this.nextRequestId++;
    this.run(
      this.shard.joinGroup(
        {
          requestId,
          apiVersion: 5,
          sessionTimeoutMs: 10_000,
          rebalanceTimeoutMs: 30_000,
          memberId: '',
          groupInstanceId: null,
          protocolType: 'consumer',
          protocols: consumerProtocols(['range']),
          clientId: 'client',
          clientHost: '/127.0.0.1',
          ...fields,
        },
        this.nowMs,
      ),
    );
    return requestId;
  }

  /** Joins with MEMBER_ID_REQUIRED handled (v4+); returns the request id of the second join. */
  joinNew(fields: Partial<JoinGroupRequest> & { groupId: string }): number {
    const first = this.join(fields);
    const r = this.joins.get(first);
    if (r?.errorCode !== 79) return first;
    return this.join({ ...fields, memberId: r.memberId });
  }

  sync(
    fields: Partial<SyncGroupRequest> & { groupId: string; memberId: string; generationId: number },
  ): number {
    const requestId = this.nextRequestId++;
    this.run(
      this.shard.syncGroup(
        {
          requestId,
          groupInstanceId: null,
          protocolType: null,
          protocolName: null,
          assignments: [],
          ...fields,
        },
        this.nowMs,
      ),
    );
    return requestId;
  }

  heartbeat(groupId: string, memberId: string, generationId: number, groupInstanceId: string | null = null) {
    return this.run(this.shard.heartbeat({ groupId, memberId, generationId, groupInstanceId }, this.nowMs))
      .errorCode;
  }

  commit(
    fields: Partial<OffsetCommitRequest> & { groupId: string },
    offsets: Array<[string, number, bigint]>,
  ) {
    const byTopic = new Map<string, Array<[number, bigint]>>();
    for (const [topic, p, o] of offsets) byTopic.set(topic, [...(byTopic.get(topic) ?? []), [p, o]]);
    return this.run(
      this.shard.commitOffsets(
        {
          apiVersion: 8,
          generationIdOrMemberEpoch: -1,
          memberId: '',
          groupInstanceId: null,
          retentionTimeMs: -1n,
          ...fields,
          topics: [...byTopic].map(([name, ps]) => ({
            name,
            partitions: ps.map(([partitionIndex, committedOffset]) => ({
              partitionIndex,
              committedOffset,
              committedLeaderEpoch: -1,
              commitTimestamp: -1n,
              committedMetadata: '',
            })),
          })),
        },
        this.nowMs,
      ),
    );
  }
}

/** The persistent state of a shard: its groups' persisted metadata and all offsets. */
export function persistentView(shard: GroupCoordinatorShard): unknown {
  const groups = shard
    .groupIds()
    .sort()
    .map((id) => ({ id, value: shard.persistedGroupMetadata(id) ?? null }));
  return { groups, offsets: shard.offsetEntries() };
}

/** A live group at rest (Empty or Stable) as a reload would rebuild it. */
export function restingGroupView(shard: GroupCoordinatorShard, groupId: string): unknown {
  const g = shard.group(groupId);
  if (!g) return null;
  return {
    state: g.state,
    generation: g.generationId,
    protocolType: g.protocolType,
    protocolName: g.protocolName,
    leader: g.leaderId,
    members: [...g.members.values()].map((m) => [
      m.memberId,
      m.groupInstanceId,
      m.assignment,
      m.sessionTimeoutMs,
    ]),
  };
}

/** A new shard rebuilt from a record log, as a coordinator load does. */
export function replayed(log: CoordinatorRecord[], config: Partial<GroupCoordinatorConfig> = {}) {
  const shard = new GroupCoordinatorShard({ config, random: new SeededRandom(99) });
  for (const r of log) shard.replay(r);
  return shard;
}
