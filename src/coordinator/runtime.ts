// The group coordinator runtime: runs one GroupCoordinatorShard for each __consumer_offsets
// partition this node leads, and routes every group request to the shard owning the group
// (abs(hashCode(groupId)) % partitions). A partition becoming led here is loaded by replaying its
// log (requests meanwhile get COORDINATOR_LOAD_IN_PROGRESS); one led elsewhere answers
// NOT_COORDINATOR. It also answers FindCoordinator, creating the internal topics on first need as
// Kafka does. State changes go through ShardRunner, which appends each operation's records before
// any answer leaves; a failed append discards the shard and reloads it from the log.
import { ErrorCode } from '../../wire/generated/error-codes.js';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import type { Random } from '../common/random.js';
import type { MetadataImage } from '../metadata/image.js';
import type { LogService } from '../replication/log-view.js';
import { coordinatorPartitionFor } from './coordinator-key.js';
import { GroupCoordinatorShard, type TxnOffsetCommitInput } from './group-coordinator.js';
import { closeAllRunners, followLeadership, type PartitionState } from './led-partitions.js';
import { forgetFailedRunner, loadPartition } from './partition-loading.js';
import {
  type CoordinatorRuntimeConfig,
  coordinatorRuntimeConfig,
  GROUP_METADATA_TOPIC,
  type InternalTopicSpec,
} from './runtime-config.js';
import { replayPartitionLog } from './shard-loader.js';
import { type CoordinatorError, coordinatorError, isCoordinatorError, ShardRunner } from './shard-runner.js';
import type {
  DeleteGroupResult,
  DescribedGroup,
  HeartbeatRequest,
  HeartbeatResponse,
  JoinGroupRequest,
  JoinGroupResponse,
  LeaveGroupRequest,
  LeaveGroupResponse,
  ListedGroup,
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetDeleteRequest,
  OffsetDeleteResponse,
  OffsetFetchRequest,
  OffsetFetchResponse,
  SyncGroupRequest,
  SyncGroupResponse,
} from './types.js';

export { type CoordinatorError, isCoordinatorError } from './shard-runner.js';

/** FindCoordinator key types. */
export const COORDINATOR_KEY_GROUP = 0;
export const COORDINATOR_KEY_TRANSACTION = 1;

export interface CoordinatorLocation {
  errorCode: number;
  nodeId: number;
  host: string;
  port: number;
}

export interface CoordinatorRuntimeDeps {
  nodeId: number;
  clock: Clock;
  random: Random;
  logger: Logger;
  /** Broker properties (group.*, offsets.*, transaction.state.log.*). */
  properties: ReadonlyMap<string, string>;
  metadata: {
    image(): MetadataImage;
    createTopic(request: {
      name: string;
      numPartitions: number;
      replicationFactor: number;
      configs: Record<string, string>;
    }): Promise<{ errorCode: number; errorMessage: string | null }>;
  };
  /** The partition logs on this node. */
  logs: LogService;
  /** Resolves once logs for committed metadata changes exist. */
  logsSettled(): Promise<void>;
}

const NO_NODE = { nodeId: -1, host: '', port: -1 };

export class GroupCoordinatorRuntime {
  private readonly config: CoordinatorRuntimeConfig;
  private readonly partitions = new Map<number, PartitionState<ShardRunner>>();
  private readonly creating = new Set<string>();
  private requestIds = 0;
  private closed = false;

  constructor(private readonly deps: CoordinatorRuntimeDeps) {
    this.config = coordinatorRuntimeConfig(deps.properties);
  }

  // ---------------------------------------------------------------- leadership

  /** Loads the partitions this node now leads and drops the ones it no longer leads. */
  onImage(image: MetadataImage): void {
    if (this.closed) return;
    followLeadership(this.partitions, image.topics.get(GROUP_METADATA_TOPIC), this.deps.nodeId, (p) =>
      this.load(p),
    );
  }

  /** Stops every shard; waiting JoinGroup/SyncGroup callers get COORDINATOR_NOT_AVAILABLE. */
  async close(): Promise<void> {
    this.closed = true;
    await closeAllRunners(this.partitions);
  }

  private load(partition: number): void {
    loadPartition(this.partitions, partition, this.deps, {
      topic: GROUP_METADATA_TOPIC,
      replay: async (log, label) => {
        const shard = new GroupCoordinatorShard({ config: this.config.shard, random: this.deps.random });
        return { shard, stats: await replayPartitionLog(log, shard, label) };
      },
      createRunner: ({ shard }, log, leaderEpoch) =>
        new ShardRunner(
          {
            partition,
            shard,
            log,
            leaderEpoch,
            clock: this.deps.clock,
            logger: this.deps.logger,
            onFailed: (failed) => this.reload(failed),
          },
          () => ++this.requestIds,
        ),
      started: (runner, { stats }) => {
        void runner.run((s, nowMs) => s.onLoaded(nowMs));
        this.deps.logger.debug(
          { partition, ...stats, endOffset: String(stats.endOffset) },
          'group shard loaded',
        );
      },
      failureMessage: 'loading a group coordinator partition failed',
    });
  }

  private reload(failed: ShardRunner): void {
    if (!forgetFailedRunner(this.partitions, failed)) return;
    if (!this.closed && this.leads(failed.partition)) this.load(failed.partition);
  }

  private leads(partition: number): boolean {
    const topic = this.deps.metadata.image().topics.get(GROUP_METADATA_TOPIC);
    return topic?.partitions[partition]?.leader === this.deps.nodeId;
  }

  // ---------------------------------------------------------------- FindCoordinator

  /** Where the coordinator for `key` is; COORDINATOR_NOT_AVAILABLE (creating the topic) until known. */
  findCoordinator(keyType: number, key: string): CoordinatorLocation {
    const spec =
      keyType === COORDINATOR_KEY_GROUP
        ? this.config.offsetsTopic
        : keyType === COORDINATOR_KEY_TRANSACTION
          ? this.config.transactionTopic
          : null;
    if (spec === null) return { errorCode: ErrorCode.INVALID_REQUEST, ...NO_NODE };
    const image = this.deps.metadata.image();
    const topic = image.topics.get(spec.name);
    if (!topic) {
      this.createInternalTopic(spec, image);
      return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, ...NO_NODE };
    }
    const leader = topic.partitions[coordinatorPartitionFor(key, topic.partitions.length)]?.leader ?? -1;
    const broker = image.brokers.get(leader);
    if (!broker || broker.fenced) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, ...NO_NODE };
    return { errorCode: ErrorCode.NONE, nodeId: broker.nodeId, host: broker.host, port: broker.port };
  }

  private createInternalTopic(spec: InternalTopicSpec, image: MetadataImage): void {
    if (this.creating.has(spec.name) || this.closed) return;
    const live = [...image.brokers.values()].filter((b) => !b.fenced).length;
    if (live === 0) return;
    const replicationFactor = Math.min(spec.replicationFactor, live);
    const configs = { ...spec.configs };
    const minIsr = configs['min.insync.replicas'];
    if (minIsr !== undefined)
      configs['min.insync.replicas'] = String(Math.min(Number(minIsr), replicationFactor));
    this.creating.add(spec.name);
    this.deps.metadata
      .createTopic({ name: spec.name, numPartitions: spec.numPartitions, replicationFactor, configs })
      .then(
        (result) => {
          if (result.errorCode !== ErrorCode.NONE && result.errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS) {
            this.deps.logger.error({ topic: spec.name, ...result }, 'creating an internal topic failed');
          }
        },
        (err: unknown) =>
          this.deps.logger.error({ err, topic: spec.name }, 'creating an internal topic failed'),
      )
      .finally(() => this.creating.delete(spec.name));
  }

  // ---------------------------------------------------------------- routing

  /** The runner of the group's partition, or why there is none. */
  private route(groupId: string): ShardRunner | CoordinatorError {
    if (this.closed) return coordinatorError(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    const topic = this.deps.metadata.image().topics.get(GROUP_METADATA_TOPIC);
    if (!topic || topic.partitions.length === 0) return coordinatorError(ErrorCode.NOT_COORDINATOR);
    const partition = coordinatorPartitionFor(groupId, topic.partitions.length);
    const state = this.partitions.get(partition);
    if (state?.kind === 'active' && state.runner.serving) return state.runner;
    if (state !== undefined) return coordinatorError(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    if (topic.partitions[partition]?.leader !== this.deps.nodeId) {
      return coordinatorError(ErrorCode.NOT_COORDINATOR);
    }
    this.load(partition);
    return coordinatorError(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
  }

  /** Coordinator status of a group without running anything (NONE when its shard serves). */
  coordinatorStatus(groupId: string): number {
    const r = this.route(groupId);
    return isCoordinatorError(r) ? r.coordinatorError : ErrorCode.NONE;
  }

  // ---------------------------------------------------------------- group membership

  async joinGroup(req: Omit<JoinGroupRequest, 'requestId'>): Promise<JoinGroupResponse | CoordinatorError> {
    const r = this.route(req.groupId);
    return isCoordinatorError(r) ? r : r.joinGroup(req);
  }

  async syncGroup(req: Omit<SyncGroupRequest, 'requestId'>): Promise<SyncGroupResponse | CoordinatorError> {
    const r = this.route(req.groupId);
    return isCoordinatorError(r) ? r : r.syncGroup(req);
  }

  async heartbeat(req: HeartbeatRequest): Promise<HeartbeatResponse | CoordinatorError> {
    const r = this.route(req.groupId);
    return isCoordinatorError(r) ? r : r.run((s, nowMs) => s.heartbeat(req, nowMs));
  }

  async leaveGroup(req: LeaveGroupRequest): Promise<LeaveGroupResponse | CoordinatorError> {
    const r = this.route(req.groupId);
    return isCoordinatorError(r) ? r : r.run((s, nowMs) => s.leaveGroup(req, nowMs));
  }

  // ---------------------------------------------------------------- offsets

  async commitOffsets(req: OffsetCommitRequest): Promise<OffsetCommitResponse | CoordinatorError> {
    const r = this.route(req.groupId);
    return isCoordinatorError(r) ? r : r.run((s, nowMs) => s.commitOffsets(req, nowMs));
  }

  async txnCommitOffsets(req: TxnOffsetCommitInput): Promise<OffsetCommitResponse | CoordinatorError> {
    const r = this.route(req.groupId);
    return isCoordinatorError(r) ? r : r.run((s, nowMs) => s.txnCommitOffsets(req, nowMs));
  }

  /** A transaction marker was written to a __consumer_offsets partition (ReplicaManager.onTxnMarker). */
  onTxnMarker(topic: string, partition: number, producerId: bigint, commit: boolean): void {
    if (topic !== GROUP_METADATA_TOPIC) return;
    const state = this.partitions.get(partition);
    if (state?.kind !== 'active') return;
    void state.runner.run((s) => {
      s.replayEndTxnMarker(producerId, commit);
      return { records: [], completions: [], response: undefined };
    });
  }

  async fetchOffsets(req: OffsetFetchRequest): Promise<OffsetFetchResponse | CoordinatorError> {
    const r = this.route(req.groupId);
    return isCoordinatorError(r) ? r : r.read((s) => s.fetchOffsets(req));
  }

  async deleteOffsets(req: OffsetDeleteRequest): Promise<OffsetDeleteResponse | CoordinatorError> {
    const r = this.route(req.groupId);
    return isCoordinatorError(r) ? r : r.run((s, nowMs) => s.deleteOffsets(req, nowMs));
  }

  // ---------------------------------------------------------------- admin

  /** One entry per group id, in order; a group whose coordinator is not here gets that error. */
  async describeGroups(groupIds: readonly string[]): Promise<Array<DescribedGroup | CoordinatorError>> {
    return Promise.all(
      groupIds.map(async (groupId) => {
        const r = this.route(groupId);
        if (isCoordinatorError(r)) return r;
        const described = await r.read((s) => s.describeGroups([groupId]));
        return isCoordinatorError(described) ? described : described[0]!;
      }),
    );
  }

  /** Groups of every shard on this node; COORDINATOR_LOAD_IN_PROGRESS while any partition loads. */
  async listGroups(statesFilter: readonly string[]): Promise<{ errorCode: number; groups: ListedGroup[] }> {
    if (this.closed) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, groups: [] };
    let errorCode: number = ErrorCode.NONE;
    const groups: ListedGroup[] = [];
    const states = [...this.partitions.values()];
    for (const state of states) {
      if (state.kind === 'loading') {
        errorCode = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
        continue;
      }
      const listed = await state.runner.read((s) => s.listGroups(statesFilter));
      if (isCoordinatorError(listed)) errorCode = listed.coordinatorError;
      else groups.push(...listed);
    }
    return { errorCode, groups };
  }

  /** One result per group id, in order. */
  async deleteGroups(groupIds: readonly string[]): Promise<DeleteGroupResult[]> {
    const byRunner = new Map<ShardRunner, string[]>();
    const results = new Map<string, DeleteGroupResult>();
    for (const groupId of new Set(groupIds)) {
      const r = this.route(groupId);
      if (isCoordinatorError(r)) results.set(groupId, { groupId, errorCode: r.coordinatorError });
      else byRunner.set(r, [...(byRunner.get(r) ?? []), groupId]);
    }
    await Promise.all(
      [...byRunner].map(async ([runner, ids]) => {
        const deleted = await runner.run((s, nowMs) => s.deleteGroups(ids, nowMs));
        for (const [i, groupId] of ids.entries()) {
          results.set(
            groupId,
            isCoordinatorError(deleted)
              ? { groupId, errorCode: deleted.coordinatorError }
              : (deleted[i] ?? { groupId, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR }),
          );
        }
      }),
    );
    return groupIds.map((groupId) => results.get(groupId)!);
  }
}
