// A small Kafka cluster client for gossip-migrate: bootstrap, metadata (leaders), and the handful of
// APIs migration needs, each sent to the right broker (partition leader or group coordinator).
// Fetch hands back the raw record-batch bytes of one partition, with a partial trailing batch
// dropped, so data is copied without ever decoding records.
import type { ApiCodec } from '../../wire/api-codec.js';
import { ProduceApi } from '../../wire/generated/api/000-produce.js';
import { FetchApi } from '../../wire/generated/api/001-fetch.js';
import { ListOffsetsApi } from '../../wire/generated/api/002-list-offsets.js';
import { MetadataApi } from '../../wire/generated/api/003-metadata.js';
import { OffsetCommitApi } from '../../wire/generated/api/008-offset-commit.js';
import { OffsetFetchApi } from '../../wire/generated/api/009-offset-fetch.js';
import { FindCoordinatorApi } from '../../wire/generated/api/010-find-coordinator.js';
import { DescribeGroupsApi } from '../../wire/generated/api/015-describe-groups.js';
import { ListGroupsApi } from '../../wire/generated/api/016-list-groups.js';
import { CreateTopicsApi } from '../../wire/generated/api/019-create-topics.js';
import { DescribeConfigsApi } from '../../wire/generated/api/032-describe-configs.js';
import { CreatePartitionsApi } from '../../wire/generated/api/037-create-partitions.js';
import { IncrementalAlterConfigsApi } from '../../wire/generated/api/044-incremental-alter-configs.js';
import { BatchIterator } from '../../wire/record-batch/index.js';
import { KafkaConnection, type SecurityOptions } from './kafka-connection.js';

type AnyApi = ApiCodec<unknown, unknown>;

export const ErrorCode = {
  NONE: 0,
  OFFSET_OUT_OF_RANGE: 1,
  UNKNOWN_TOPIC_OR_PARTITION: 3,
  LEADER_NOT_AVAILABLE: 5,
  NOT_LEADER_OR_FOLLOWER: 6,
  COORDINATOR_LOAD_IN_PROGRESS: 14,
  COORDINATOR_NOT_AVAILABLE: 15,
  NOT_COORDINATOR: 16,
  TOPIC_ALREADY_EXISTS: 36,
  INVALID_PARTITIONS: 37,
  POLICY_VIOLATION: 44,
  FENCED_LEADER_EPOCH: 74,
  UNKNOWN_LEADER_EPOCH: 75,
} as const;

const retriable = new Set<number>([3, 5, 6, 14, 15, 16, 74, 75]);

export class KafkaError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(`${message} (error code ${code})`);
  }
}

export interface TopicMetadata {
  name: string;
  isInternal: boolean;
  partitions: { partition: number; leader: number }[];
}

export interface ConfigEntry {
  name: string;
  value: string | null;
}

export interface FetchedPartition {
  /** Complete batches only, as the broker sent them. */
  records: Buffer;
  highWatermark: bigint;
  lastStableOffset: bigint;
  logStartOffset: bigint;
  abortedTransactions: { producerId: bigint; firstOffset: bigint }[];
}

export interface CommittedOffset {
  topic: string;
  partition: number;
  offset: bigint;
  leaderEpoch: number;
  metadata: string | null;
}

/** Kafka's config sources: keep 1 (DYNAMIC_TOPIC_CONFIG) only, i.e. the topic's own overrides. */
const DYNAMIC_TOPIC_CONFIG = 1;

export class KafkaClient {
  private readonly bootstrap: { host: string; port: number }[];
  private readonly connections = new Map<string, Promise<KafkaConnection>>();
  private brokers = new Map<number, { host: string; port: number }>();
  private leaders = new Map<string, number>();
  private bootstrapConn: Promise<KafkaConnection> | null = null;

  constructor(
    bootstrap: string,
    private readonly security: SecurityOptions,
    private readonly clientId = 'gossip-migrate',
  ) {
    this.bootstrap = bootstrap.split(',').map((hp) => {
      const s = hp.trim();
      const i = s.lastIndexOf(':');
      if (i < 0) throw new Error(`bootstrap server ${s} has no port`);
      return { host: s.slice(0, i).replace(/^\[|\]$/g, ''), port: Number(s.slice(i + 1)) };
    });
  }

  private connectTo(host: string, port: number): Promise<KafkaConnection> {
    const key = `${host}:${port}`;
    const existing = this.connections.get(key);
    if (existing !== undefined) {
      return existing.then((c) => {
        if (!c.isClosed) return c;
        this.connections.delete(key);
        return this.connectTo(host, port);
      });
    }
    const created = KafkaConnection.open(host, port, this.security, this.clientId);
    this.connections.set(key, created);
    created.catch(() => this.connections.delete(key));
    return created;
  }

  private async any(): Promise<KafkaConnection> {
    if (this.bootstrapConn !== null) {
      const c = await this.bootstrapConn.catch(() => null);
      if (c !== null && !c.isClosed) return c;
    }
    let lastError: unknown;
    const candidates = [...this.brokers.values(), ...this.bootstrap];
    for (const b of candidates) {
      try {
        this.bootstrapConn = this.connectTo(b.host, b.port);
        return await this.bootstrapConn;
      } catch (error) {
        lastError = error;
      }
    }
    throw new Error(`no bootstrap server reachable: ${String(lastError)}`);
  }

  private async node(nodeId: number): Promise<KafkaConnection> {
    const b = this.brokers.get(nodeId);
    if (b === undefined) {
      await this.metadata(null);
      const again = this.brokers.get(nodeId);
      if (again === undefined) throw new Error(`broker ${nodeId} is not in the cluster metadata`);
      return this.connectTo(again.host, again.port);
    }
    return this.connectTo(b.host, b.port);
  }

  /** Topics (all when null) with partition leaders; refreshes the broker and leader maps. */
  async metadata(topics: string[] | null): Promise<TopicMetadata[]> {
    const c = await this.any();
    const v = c.pick(MetadataApi as AnyApi, 12, 1);
    const res = await c.send(MetadataApi, v, {
      topics: topics === null ? null : topics.map((name) => ({ name })),
      allowAutoTopicCreation: false,
    });
    this.brokers = new Map(res.brokers.map((b) => [b.nodeId, { host: b.host, port: b.port }]));
    const out: TopicMetadata[] = [];
    for (const t of res.topics) {
      if (t.name === null || t.errorCode !== 0) continue;
      const partitions = t.partitions
        .map((p) => ({ partition: p.partitionIndex, leader: p.leaderId }))
        .sort((a, b) => a.partition - b.partition);
      for (const p of partitions) this.leaders.set(`${t.name}\u0000${p.partition}`, p.leader);
      out.push({ name: t.name, isInternal: t.isInternal, partitions });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }

  private async leaderOf(topic: string, partition: number): Promise<KafkaConnection> {
    const key = `${topic}\u0000${partition}`;
    let leader = this.leaders.get(key);
    if (leader === undefined || leader < 0) {
      await this.metadata([topic]);
      leader = this.leaders.get(key);
    }
    if (leader === undefined || leader < 0) throw new KafkaError(`no leader for ${topic}-${partition}`, 5);
    return this.node(leader);
  }

  /** Retries `fn` on leadership errors after refreshing metadata (a few times, with a short pause). */
  private async withLeaderRetry<T>(topic: string, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        const retry =
          (error instanceof KafkaError && retriable.has(error.code)) || !(error instanceof KafkaError);
        if (!retry || attempt >= 8) throw error;
        await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
        await this.metadata([topic]).catch(() => undefined);
      }
    }
  }

  async describeTopicConfigs(topics: string[], onlyOverrides: boolean): Promise<Map<string, ConfigEntry[]>> {
    const out = new Map<string, ConfigEntry[]>();
    if (topics.length === 0) return out;
    const c = await this.any();
    const v = c.pick(DescribeConfigsApi as AnyApi, 4, 1);
    const res = await c.send(DescribeConfigsApi, v, {
      resources: topics.map((name) => ({ resourceType: 2, resourceName: name, configurationKeys: null })),
      includeSynonyms: false,
      includeDocumentation: false,
    });
    for (const r of res.results) {
      if (r.errorCode !== 0)
        throw new KafkaError(`DescribeConfigs ${r.resourceName}: ${r.errorMessage ?? ''}`, r.errorCode);
      const configs = r.configs
        .filter((e) => !onlyOverrides || (e.configSource === DYNAMIC_TOPIC_CONFIG && !e.isSensitive))
        .map((e) => ({ name: e.name, value: e.value }))
        .sort((a, b) => a.name.localeCompare(b.name));
      out.set(r.resourceName, configs);
    }
    return out;
  }

  /** Earliest (-2) or latest (-1, the high watermark) offset of each partition. */
  async listOffsets(
    topic: string,
    partitions: number[],
    which: 'earliest' | 'latest',
  ): Promise<Map<number, bigint>> {
    const out = new Map<number, bigint>();
    const byLeader = new Map<number, number[]>();
    await this.metadata([topic]);
    for (const p of partitions) {
      const leader = this.leaders.get(`${topic}\u0000${p}`) ?? -1;
      byLeader.set(leader, [...(byLeader.get(leader) ?? []), p]);
    }
    for (const [leader, ps] of byLeader) {
      await this.withLeaderRetry(topic, async () => {
        const c = leader >= 0 ? await this.node(leader) : await this.leaderOf(topic, ps[0]!);
        const v = c.pick(ListOffsetsApi as AnyApi, 7, 1);
        const res = await c.send(ListOffsetsApi, v, {
          replicaId: -1,
          isolationLevel: 0,
          topics: [
            {
              name: topic,
              partitions: ps.map((p) => ({ partitionIndex: p, timestamp: which === 'earliest' ? -2n : -1n })),
            },
          ],
        });
        for (const t of res.topics) {
          for (const p of t.partitions) {
            if (p.errorCode !== 0)
              throw new KafkaError(`ListOffsets ${topic}-${p.partitionIndex}`, p.errorCode);
            out.set(p.partitionIndex, p.offset);
          }
        }
      });
    }
    return out;
  }

  /**
   * Fetches from one partition at `offset` (READ_UNCOMMITTED unless told) from its leader and returns
   * the complete batches as raw bytes. Batches before `offset` in the first returned batch are kept:
   * the caller decides what to skip.
   */
  async fetch(
    topic: string,
    partition: number,
    offset: bigint,
    maxBytes: number,
    isolationLevel = 0,
    maxWaitMs = 0,
  ): Promise<FetchedPartition> {
    return this.withLeaderRetry(topic, async () => {
      const c = await this.leaderOf(topic, partition);
      const v = c.pick(FetchApi as AnyApi, 12, 4);
      const res = await c.send(FetchApi, v, {
        replicaId: -1,
        maxWaitMs,
        minBytes: 1,
        maxBytes,
        isolationLevel,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [{ topic, partitions: [{ partition, fetchOffset: offset, partitionMaxBytes: maxBytes }] }],
        forgottenTopicsData: [],
        rackId: '',
      });
      if (res.errorCode !== 0) throw new KafkaError(`Fetch ${topic}-${partition}`, res.errorCode);
      const p = res.responses[0]?.partitions[0];
      if (p === undefined)
        throw new KafkaError(`Fetch ${topic}-${partition}: no partition in the response`, 5);
      if (p.errorCode !== 0) throw new KafkaError(`Fetch ${topic}-${partition} at ${offset}`, p.errorCode);
      const raw = p.records ?? Buffer.alloc(0);
      const it = new BatchIterator(raw);
      let end = 0;
      while (it.next()) end = it.offset + it.size;
      if (it.error !== null) throw new Error(`Fetch ${topic}-${partition}: ${it.error.message}`);
      return {
        records: raw.subarray(0, end),
        highWatermark: p.highWatermark,
        lastStableOffset: p.lastStableOffset,
        logStartOffset: p.logStartOffset,
        abortedTransactions: (p.abortedTransactions ?? []).map((a) => ({
          producerId: a.producerId,
          firstOffset: a.firstOffset,
        })),
      };
    });
  }

  /** Produces one batch (acks=all) and returns the base offset it got. */
  async produce(topic: string, partition: number, batch: Buffer): Promise<bigint> {
    return this.withLeaderRetry(topic, async () => {
      const c = await this.leaderOf(topic, partition);
      const v = c.pick(ProduceApi as AnyApi, 9, 3);
      const res = await c.send(ProduceApi, v, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 30_000,
        topicData: [{ name: topic, partitionData: [{ index: partition, records: batch }] }],
      });
      const p = res.responses[0]?.partitionResponses[0];
      if (p === undefined) throw new KafkaError(`Produce ${topic}-${partition}: empty response`, 5);
      if (p.errorCode !== 0)
        throw new KafkaError(`Produce ${topic}-${partition}: ${p.errorMessage ?? ''}`, p.errorCode);
      return p.baseOffset;
    });
  }

  async createTopic(
    name: string,
    partitions: number,
    configs: ConfigEntry[],
  ): Promise<{ errorCode: number; message: string | null }> {
    const c = await this.any();
    const v = c.pick(CreateTopicsApi as AnyApi, 7, 1);
    const res = await c.send(CreateTopicsApi, v, {
      topics: [{ name, numPartitions: partitions, replicationFactor: -1, assignments: [], configs }],
      timeoutMs: 30_000,
      validateOnly: false,
    });
    const r = res.topics[0];
    return { errorCode: r?.errorCode ?? -1, message: r?.errorMessage ?? null };
  }

  /** CreatePartitions: grows `name` to `count` partitions (INVALID_PARTITIONS when it already has them). */
  async createPartitions(
    name: string,
    count: number,
  ): Promise<{ errorCode: number; message: string | null }> {
    const c = await this.any();
    const v = c.pick(CreatePartitionsApi as AnyApi, 3, 0);
    const res = await c.send(CreatePartitionsApi, v, {
      topics: [{ name, count, assignments: null }],
      timeoutMs: 30_000,
      validateOnly: false,
    });
    const r = res.results[0];
    return { errorCode: r?.errorCode ?? -1, message: r?.errorMessage ?? null };
  }

  /** IncrementalAlterConfigs SET (or DELETE when value is null) on one topic. */
  async alterTopicConfig(topic: string, name: string, value: string | null): Promise<void> {
    const c = await this.any();
    const v = c.pick(IncrementalAlterConfigsApi as AnyApi, 1, 0);
    const res = await c.send(IncrementalAlterConfigsApi, v, {
      resources: [
        {
          resourceType: 2,
          resourceName: topic,
          configs: [{ name, configOperation: value === null ? 1 : 0, value }],
        },
      ],
      validateOnly: false,
    });
    const r = res.responses[0];
    if (r === undefined || r.errorCode !== 0) {
      throw new KafkaError(
        `IncrementalAlterConfigs ${topic} ${name}: ${r?.errorMessage ?? ''}`,
        r?.errorCode ?? -1,
      );
    }
  }

  /** Group ids from every broker (ListGroups is per broker). */
  async listGroups(): Promise<{ groupId: string; protocolType: string; state: string }[]> {
    await this.metadata(null);
    const seen = new Map<string, { groupId: string; protocolType: string; state: string }>();
    for (const id of this.brokers.keys()) {
      const c = await this.node(id);
      const v = c.pick(ListGroupsApi as AnyApi, 4, 0);
      const res = await c.send(ListGroupsApi, v, { statesFilter: [] });
      if (res.errorCode !== 0) throw new KafkaError('ListGroups', res.errorCode);
      for (const g of res.groups)
        seen.set(g.groupId, { groupId: g.groupId, protocolType: g.protocolType, state: g.groupState });
    }
    return [...seen.values()].sort((a, b) => a.groupId.localeCompare(b.groupId));
  }

  private async coordinator(groupId: string): Promise<KafkaConnection> {
    for (let attempt = 0; ; attempt++) {
      const c = await this.any();
      const v = c.pick(FindCoordinatorApi as AnyApi, 3, 0);
      const res = await c.send(FindCoordinatorApi, v, { key: groupId, keyType: 0 });
      if (res.errorCode === 0) {
        await this.metadata(null).catch(() => undefined);
        return this.connectTo(res.host, res.port);
      }
      if (!retriable.has(res.errorCode) || attempt >= 10)
        throw new KafkaError(`FindCoordinator ${groupId}`, res.errorCode);
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  async describeGroup(groupId: string): Promise<{ state: string; members: number }> {
    const c = await this.coordinator(groupId);
    const v = c.pick(DescribeGroupsApi as AnyApi, 5, 0);
    const res = await c.send(DescribeGroupsApi, v, { groups: [groupId] });
    const g = res.groups[0];
    if (g === undefined || g.errorCode !== 0)
      throw new KafkaError(`DescribeGroups ${groupId}`, g?.errorCode ?? -1);
    return { state: g.groupState, members: g.members.length };
  }

  /** All committed offsets of a group (OffsetFetch with topics=null). */
  async fetchOffsets(groupId: string): Promise<CommittedOffset[]> {
    for (let attempt = 0; ; attempt++) {
      const c = await this.coordinator(groupId);
      const v = c.pick(OffsetFetchApi as AnyApi, 7, 2);
      const res = await c.send(OffsetFetchApi, v, { groupId, topics: null, requireStable: false });
      if (res.errorCode !== 0) {
        if (retriable.has(res.errorCode) && attempt < 10) {
          await new Promise((r) => setTimeout(r, 300));
          continue;
        }
        throw new KafkaError(`OffsetFetch ${groupId}`, res.errorCode);
      }
      const out: CommittedOffset[] = [];
      for (const t of res.topics) {
        for (const p of t.partitions) {
          if (p.errorCode !== 0 || p.committedOffset < 0n) continue;
          out.push({
            topic: t.name,
            partition: p.partitionIndex,
            offset: p.committedOffset,
            leaderEpoch: p.committedLeaderEpoch,
            metadata: p.metadata,
          });
        }
      }
      return out.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
    }
  }

  /** Commits offsets as a simple (group-less) consumer: generation -1, empty member id. */
  async commitOffsets(groupId: string, offsets: CommittedOffset[]): Promise<void> {
    if (offsets.length === 0) return;
    const byTopic = new Map<string, CommittedOffset[]>();
    for (const o of offsets) byTopic.set(o.topic, [...(byTopic.get(o.topic) ?? []), o]);
    for (let attempt = 0; ; attempt++) {
      const c = await this.coordinator(groupId);
      const v = c.pick(OffsetCommitApi as AnyApi, 8, 2);
      const res = await c.send(OffsetCommitApi, v, {
        groupId,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        retentionTimeMs: -1n,
        topics: [...byTopic].map(([name, list]) => ({
          name,
          partitions: list.map((o) => ({
            partitionIndex: o.partition,
            committedOffset: o.offset,
            committedLeaderEpoch: -1,
            commitTimestamp: -1n,
            committedMetadata: o.metadata ?? '',
          })),
        })),
      });
      const bad = res.topics.flatMap((t) =>
        t.partitions.filter((p) => p.errorCode !== 0).map((p) => ({ t: t.name, p })),
      );
      if (bad.length === 0) return;
      const code = bad[0]!.p.errorCode;
      if (retriable.has(code) && attempt < 10) {
        await new Promise((r) => setTimeout(r, 300));
        continue;
      }
      throw new KafkaError(`OffsetCommit ${groupId} ${bad[0]!.t}-${bad[0]!.p.partitionIndex}`, code);
    }
  }

  async close(): Promise<void> {
    for (const c of this.connections.values()) {
      const conn = await c.catch(() => null);
      conn?.close();
    }
    this.connections.clear();
  }
}
