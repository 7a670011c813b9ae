// The classic group coordinator of one __consumer_offsets partition (a shard), as a pure state
// machine: requests and tick(nowMs) go in, records and responses come out; no timers, no I/O.
// Persistent state (group metadata, committed offsets) changes only in replay(record): every record
// an operation produces is replayed before it is returned, and loading a partition is replaying its
// records then onLoaded(). The rebalance protocol itself (parked JoinGroup/SyncGroup requests,
// sessions, join/sync timers) is transient, as in Kafka 3.9's GroupMetadataManager, which it follows.
// This class holds the state and replay; each protocol area is a module of functions over it.

import type { Random } from '../common/random.js';
import { type GroupCoordinatorConfig, groupCoordinatorConfig } from './config.js';
import * as admin from './group-admin.js';
import { Effects, type GroupShardContext } from './group-context.js';
import * as liveness from './group-heartbeat.js';
import * as membership from './group-join.js';
import * as offsets from './group-offsets.js';
import * as rebalance from './group-rebalance.js';
import { ClassicGroup } from './group-state.js';
import { OffsetStore, PendingTxnOffsets } from './offsets.js';
import type { CoordinatorRecord, GroupMetadataValue, OffsetCommitValue } from './records.js';
import type {
  DeleteGroupResult,
  DescribedGroup,
  HeartbeatRequest,
  HeartbeatResponse,
  JoinGroupRequest,
  LeaveGroupRequest,
  LeaveGroupResponse,
  ListedGroup,
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetDeleteRequest,
  OffsetDeleteResponse,
  OffsetFetchRequest,
  OffsetFetchResponse,
  ShardResult,
  SyncGroupRequest,
} from './types.js';

export type { TxnOffsetCommitInput } from './group-offsets.js';

export interface GroupCoordinatorShardOptions {
  config?: Partial<GroupCoordinatorConfig>;
  /** Source of the random part of new member ids. */
  random: Random;
}

export class GroupCoordinatorShard {
  readonly config: GroupCoordinatorConfig;
  private readonly groups = new Map<string, ClassicGroup>();
  private readonly offsets = new OffsetStore();
  /** TxnOffsetCommit offsets waiting for their producer's marker. */
  private readonly pendingTxnOffsets = new PendingTxnOffsets();
  /** The last replayed metadata value of each group: exactly what a reload would start from. */
  private readonly groupImage = new Map<string, GroupMetadataValue>();
  private nextCleanupMs: number | null = null;
  /** What the operation modules see; emit() replays before it keeps a record. */
  private readonly ctx: GroupShardContext;

  constructor(options: GroupCoordinatorShardOptions) {
    this.config = groupCoordinatorConfig(options.config);
    this.ctx = {
      config: this.config,
      random: options.random,
      groups: this.groups,
      offsets: this.offsets,
      pendingTxnOffsets: this.pendingTxnOffsets,
      emit: (fx, record) => {
        this.replay(record);
        fx.records.push(record);
      },
    };
  }

  // ---------------------------------------------------------------- persistent state

  /** Applies one record of the partition: the only way persistent state changes. */
  replay(record: CoordinatorRecord): void {
    if (record.kind === 'offset-commit') {
      if (record.value === null) {
        this.offsets.delete(record.group, record.topic, record.partition);
        return;
      }
      // Offsets without group metadata belong to a "simple" group: Empty, no protocol type.
      if (!this.groups.has(record.group)) this.groups.set(record.group, new ClassicGroup(record.group, null));
      this.offsets.put(record.group, record.topic, record.partition, record.value);
      return;
    }
    if (record.value === null) {
      this.groups.delete(record.group);
      this.groupImage.delete(record.group);
      return;
    }
    this.groupImage.set(record.group, record.value);
    let group = this.groups.get(record.group);
    if (!group) {
      group = new ClassicGroup(record.group, null);
      this.groups.set(record.group, group);
    }
    group.applyMetadata(record.value);
  }

  /** Applies an OffsetCommit record of a transactional batch of `producerId`: pending until its marker. */
  replayTransactional(record: CoordinatorRecord, producerId: bigint): void {
    offsets.replayTransactional(this.ctx, record, producerId);
  }

  /** Applies a transaction marker of `producerId` (read while loading, or just written): COMMIT materializes. */
  replayEndTxnMarker(producerId: bigint, commit: boolean): void {
    for (const [group, topic, partition, value] of this.pendingTxnOffsets.take(producerId)) {
      if (commit) this.replay({ kind: 'offset-commit', group, topic, partition, value });
    }
  }

  /**
   * Call once after replaying a loaded partition: starts the sessions of the members read from the
   * log, and rebalances groups that are over group.max.size.
   */
  onLoaded(nowMs: number): ShardResult<undefined> {
    const fx = new Effects();
    this.nextCleanupMs ??= nowMs + this.config.offsetsRetentionCheckIntervalMs;
    for (const group of this.groups.values()) {
      liveness.scheduleLoadedMembers(group, nowMs);
      if (group.members.size > this.config.groupMaxSize && group.canRebalance()) {
        rebalance.prepareRebalance(this.ctx, fx, group, nowMs);
      }
    }
    return fx.result(undefined);
  }

  // ---------------------------------------------------------------- time

  /** Fires every timer due at nowMs: sessions, join/sync phases, offset expiration. */
  tick(nowMs: number): ShardResult<undefined> {
    const fx = new Effects();
    liveness.fireDueTimers(this.ctx, fx, nowMs);
    this.nextCleanupMs ??= nowMs + this.config.offsetsRetentionCheckIntervalMs;
    if (nowMs >= this.nextCleanupMs) {
      offsets.collectExpired(this.ctx, fx, nowMs);
      this.nextCleanupMs = nowMs + this.config.offsetsRetentionCheckIntervalMs;
    }
    return fx.result(undefined);
  }

  /** The earliest time tick() has work to do, or null when nothing is scheduled. */
  nextDeadlineMs(): number | null {
    return liveness.nextTimerDeadlineMs(this.groups.values(), this.nextCleanupMs);
  }

  /** Expires offsets (offsets.retention.minutes) and deletes Empty groups left without offsets. */
  cleanupGroupMetadata(nowMs: number): ShardResult<undefined> {
    const fx = new Effects();
    offsets.collectExpired(this.ctx, fx, nowMs);
    return fx.result(undefined);
  }

  // ---------------------------------------------------------------- membership

  /** The response arrives as a 'join' completion, now or from a later call. */
  joinGroup(req: JoinGroupRequest, nowMs: number): ShardResult<undefined> {
    return membership.joinGroup(this.ctx, req, nowMs);
  }

  /** The response arrives as a 'sync' completion, now or when the leader's assignment is stored. */
  syncGroup(req: SyncGroupRequest, nowMs: number): ShardResult<undefined> {
    return rebalance.syncGroup(this.ctx, req, nowMs);
  }

  heartbeat(req: HeartbeatRequest, nowMs: number): ShardResult<HeartbeatResponse> {
    return liveness.heartbeat(this.ctx, req, nowMs);
  }

  /** v0-2: pass the single member id as `members[0]` and surface its error as the top-level one. */
  leaveGroup(req: LeaveGroupRequest, nowMs: number): ShardResult<LeaveGroupResponse> {
    return liveness.leaveGroup(this.ctx, req, nowMs);
  }

  // ---------------------------------------------------------------- offsets

  commitOffsets(req: OffsetCommitRequest, nowMs: number): ShardResult<OffsetCommitResponse> {
    return offsets.commitOffsets(this.ctx, req, nowMs);
  }

  /**
   * TxnOffsetCommit: the records are OffsetCommit records that the caller appends as one
   * transactional batch of `transaction.producerId`; they are replayed as pending and take effect
   * with the COMMIT marker. See group-offsets.ts for the validation rules.
   */
  txnCommitOffsets(
    req: offsets.TxnOffsetCommitInput,
    nowMs: number,
  ): ShardResult<OffsetCommitResponse> & { transaction: { producerId: bigint; producerEpoch: number } } {
    return offsets.txnCommitOffsets(this.ctx, req, nowMs);
  }

  /** Pending transactional offsets as [producerId, group, topic, partition, value] (for tests). */
  pendingTxnOffsetEntries(): Array<[bigint, string, string, number, OffsetCommitValue]> {
    return this.pendingTxnOffsets.entries();
  }

  /** Read-only. With require_stable, partitions with a pending transactional offset get UNSTABLE_OFFSET_COMMIT. */
  fetchOffsets(req: OffsetFetchRequest): OffsetFetchResponse {
    return offsets.fetchOffsets(this.ctx, req);
  }

  deleteOffsets(req: OffsetDeleteRequest, _nowMs: number): ShardResult<OffsetDeleteResponse> {
    return offsets.deleteOffsets(this.ctx, req);
  }

  // ---------------------------------------------------------------- admin

  describeGroups(groupIds: readonly string[]): DescribedGroup[] {
    return admin.describeGroups(this.ctx, groupIds);
  }

  /** statesFilter (v4) matches case-insensitively; empty means all groups. */
  listGroups(statesFilter: readonly string[] = []): ListedGroup[] {
    return admin.listGroups(this.ctx, statesFilter);
  }

  deleteGroups(groupIds: readonly string[], _nowMs: number): ShardResult<DeleteGroupResult[]> {
    return admin.deleteGroups(this.ctx, groupIds);
  }

  // ---------------------------------------------------------------- inspection

  groupIds(): string[] {
    return [...this.groups.keys()];
  }

  /** The live group (read it, do not change it), or undefined. */
  group(groupId: string): ClassicGroup | undefined {
    return this.groups.get(groupId);
  }

  /** The group's metadata as last persisted (replayed), or undefined. */
  persistedGroupMetadata(groupId: string): GroupMetadataValue | undefined {
    return this.groupImage.get(groupId);
  }

  offsetEntries(): Array<[string, string, number, OffsetCommitValue]> {
    return this.offsets.entries();
  }
}
