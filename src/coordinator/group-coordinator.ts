// The classic group coordinator of one __consumer_offsets partition (a shard), as a pure state
// machine: requests and tick(nowMs) go in, records and responses come out; no timers, no I/O.
// Persistent state (group metadata, committed offsets) changes only in replay(record): every record
// an operation produces is replayed before it is returned, and loading a partition is replaying its
// records then onLoaded(). The rebalance protocol itself (parked JoinGroup/SyncGroup requests,
// sessions, join/sync timers) is transient, as in Kafka 3.9's GroupMetadataManager, which it follows.

import { ErrorCode } from '../../wire/generated/error-codes.js';
import type { Random } from '../common/random.js';
import { type GroupCoordinatorConfig, groupCoordinatorConfig } from './config.js';
import {
  ClassicGroup,
  ClassicGroupMember,
  CONSUMER_PROTOCOL_TYPE,
  DEADLINE_AFTER_LOAD,
} from './group-state.js';
import { isOffsetExpired, OffsetStore, PendingTxnOffsets } from './offsets.js';
import type { CoordinatorRecord, GroupMetadataValue, OffsetCommitValue } from './records.js';
import type {
  Completion,
  DeleteGroupResult,
  DescribedGroup,
  GroupState,
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
  OffsetFetchPartition,
  OffsetFetchRequest,
  OffsetFetchResponse,
  ShardResult,
  SyncGroupRequest,
  SyncGroupResponse,
} from './types.js';

export interface GroupCoordinatorShardOptions {
  config?: Partial<GroupCoordinatorConfig>;
  /** Source of the random part of new member ids. */
  random: Random;
}

const EMPTY_BUFFER = Buffer.alloc(0);

/** Records and completions gathered while handling one input. */
/** A TxnOffsetCommit as the shard takes it; v0-2 pass memberId '', generationId -1, no instance id. */
export interface TxnOffsetCommitInput {
  groupId: string;
  producerId: bigint;
  producerEpoch: number;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  topics: Array<{
    name: string;
    partitions: Array<{
      partitionIndex: number;
      committedOffset: bigint;
      /** v2+; -1 when unknown. */
      committedLeaderEpoch: number;
      committedMetadata: string | null;
    }>;
  }>;
}

class Effects {
  readonly records: CoordinatorRecord[] = [];
  readonly completions: Completion[] = [];

  result<R>(response: R): ShardResult<R> {
    return { records: this.records, completions: this.completions, response };
  }
}

export class GroupCoordinatorShard {
  readonly config: GroupCoordinatorConfig;
  private readonly random: Random;
  private readonly groups = new Map<string, ClassicGroup>();
  private readonly offsets = new OffsetStore();
  /** TxnOffsetCommit offsets waiting for their producer's marker. */
  private readonly pendingTxnOffsets = new PendingTxnOffsets();
  /** The last replayed metadata value of each group: exactly what a reload would start from. */
  private readonly groupImage = new Map<string, GroupMetadataValue>();
  private nextCleanupMs: number | null = null;

  constructor(options: GroupCoordinatorShardOptions) {
    this.config = groupCoordinatorConfig(options.config);
    this.random = options.random;
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

  /**
   * Call once after replaying a loaded partition: starts the sessions of the members read from the
   * log, and rebalances groups that are over group.max.size.
   */
  onLoaded(nowMs: number): ShardResult<undefined> {
    const fx = new Effects();
    this.nextCleanupMs ??= nowMs + this.config.offsetsRetentionCheckIntervalMs;
    for (const group of this.groups.values()) {
      this.scheduleLoadedMembers(group, nowMs);
      if (group.members.size > this.config.groupMaxSize && group.canRebalance()) {
        this.prepareRebalance(fx, group, nowMs);
      }
    }
    return fx.result(undefined);
  }

  // ---------------------------------------------------------------- time

  /** Fires every timer due at nowMs: sessions, join/sync phases, offset expiration. */
  tick(nowMs: number): ShardResult<undefined> {
    const fx = new Effects();
    const due: Array<{ deadlineMs: number; fire: () => void }> = [];
    for (const group of this.groups.values()) {
      this.scheduleLoadedMembers(group, nowMs);
      for (const [memberId, deadlineMs] of group.pendingJoinMembers) {
        if (deadlineMs > nowMs) continue;
        due.push({
          deadlineMs,
          fire: () => {
            if (
              this.groups.get(group.groupId) !== group ||
              group.pendingJoinMembers.get(memberId) !== deadlineMs
            )
              return;
            group.remove(memberId);
            if (group.is('PreparingRebalance') && group.hasAllMembersJoined())
              this.completeJoin(fx, group, nowMs);
          },
        });
      }
      for (const member of group.members.values()) {
        const deadlineMs = member.heartbeatDeadlineMs;
        if (deadlineMs === null || deadlineMs > nowMs) continue;
        due.push({
          deadlineMs,
          fire: () => {
            if (this.groups.get(group.groupId) !== group || group.members.get(member.memberId) !== member)
              return;
            if (member.heartbeatDeadlineMs !== deadlineMs) return;
            member.heartbeatDeadlineMs = null;
            if (!member.hasSatisfiedHeartbeat()) this.removeMemberAndUpdateGroup(fx, group, member, nowMs);
          },
        });
      }
      const join = group.joinTimer;
      if (join !== null && join.deadlineMs <= nowMs) {
        due.push({
          deadlineMs: join.deadlineMs,
          fire: () => {
            if (this.groups.get(group.groupId) !== group || group.joinTimer !== join) return;
            group.joinTimer = null;
            if (join.initial) this.tryCompleteInitialRebalance(fx, group, join.initial, nowMs);
            else this.completeJoin(fx, group, nowMs);
          },
        });
      }
      const sync = group.syncTimer;
      if (sync !== null && sync.deadlineMs <= nowMs) {
        due.push({
          deadlineMs: sync.deadlineMs,
          fire: () => {
            if (this.groups.get(group.groupId) !== group || group.syncTimer !== sync) return;
            group.syncTimer = null;
            this.expirePendingSync(fx, group, sync.generationId, nowMs);
          },
        });
      }
    }
    due.sort((a, b) => a.deadlineMs - b.deadlineMs);
    for (const timer of due) timer.fire();

    this.nextCleanupMs ??= nowMs + this.config.offsetsRetentionCheckIntervalMs;
    if (nowMs >= this.nextCleanupMs) {
      this.collectExpired(fx, nowMs);
      this.nextCleanupMs = nowMs + this.config.offsetsRetentionCheckIntervalMs;
    }
    return fx.result(undefined);
  }

  /** The earliest time tick() has work to do, or null when nothing is scheduled. */
  nextDeadlineMs(): number | null {
    let next = this.nextCleanupMs;
    const consider = (t: number | null): void => {
      if (t !== null && t !== DEADLINE_AFTER_LOAD && (next === null || t < next)) next = t;
    };
    for (const group of this.groups.values()) {
      for (const t of group.pendingJoinMembers.values()) consider(t);
      for (const m of group.members.values()) consider(m.heartbeatDeadlineMs);
      consider(group.joinTimer?.deadlineMs ?? null);
      consider(group.syncTimer?.deadlineMs ?? null);
    }
    return next;
  }

  /** Expires offsets (offsets.retention.minutes) and deletes Empty groups left without offsets. */
  cleanupGroupMetadata(nowMs: number): ShardResult<undefined> {
    const fx = new Effects();
    this.collectExpired(fx, nowMs);
    return fx.result(undefined);
  }

  // ---------------------------------------------------------------- JoinGroup

  /** The response arrives as a 'join' completion, now or from a later call. */
  joinGroup(req: JoinGroupRequest, nowMs: number): ShardResult<undefined> {
    const fx = new Effects();
    const fail = (errorCode: number, memberId = req.memberId): ShardResult<undefined> => {
      fx.completions.push({
        kind: 'join',
        requestId: req.requestId,
        response: joinError(memberId, errorCode),
      });
      return fx.result(undefined);
    };
    if (req.groupId === '') return fail(ErrorCode.INVALID_GROUP_ID);
    if (
      req.sessionTimeoutMs < this.config.groupMinSessionTimeoutMs ||
      req.sessionTimeoutMs > this.config.groupMaxSessionTimeoutMs
    ) {
      return fail(ErrorCode.INVALID_SESSION_TIMEOUT);
    }
    const isUnknownMember = req.memberId === '';
    let group = this.groups.get(req.groupId);
    if (!group) {
      if (!isUnknownMember) return fail(ErrorCode.UNKNOWN_MEMBER_ID);
      // Kafka commits a new group with an empty metadata record.
      this.emit(fx, {
        kind: 'group-metadata',
        group: req.groupId,
        value: {
          protocolType: '',
          generation: 0,
          protocol: null,
          leader: null,
          currentStateTimestamp: BigInt(nowMs),
          members: [],
        },
      });
      group = this.groups.get(req.groupId)!;
    }
    if (!this.acceptJoiningMember(group, req.memberId)) {
      const existing = group.members.get(req.memberId);
      if (existing) this.dropParkedRequests(fx, existing);
      group.remove(req.memberId);
      return fail(ErrorCode.GROUP_MAX_SIZE_REACHED, '');
    }
    if (isUnknownMember) this.joinNewMember(fx, group, req, nowMs);
    else this.joinExistingMember(fx, group, req, nowMs);
    return fx.result(undefined);
  }

  private acceptJoiningMember(group: ClassicGroup, memberId: string): boolean {
    const max = this.config.groupMaxSize;
    switch (group.state) {
      case 'Empty':
      case 'Dead':
        return true;
      case 'PreparingRebalance':
        return (group.members.get(memberId)?.awaitingJoin ?? null) !== null || group.numAwaitingJoin() < max;
      default:
        return group.members.has(memberId) || group.members.size < max;
    }
  }

  private joinNewMember(fx: Effects, group: ClassicGroup, req: JoinGroupRequest, nowMs: number): void {
    if (!group.supportsProtocols(req.protocolType, req.protocols)) {
      this.completeJoinRequest(fx, req, joinError('', ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
      return;
    }
    const newMemberId = `${req.groupInstanceId ?? req.clientId}-${this.newUuid()}`;
    if (req.groupInstanceId !== null) {
      const existingMemberId = group.staticMemberId(req.groupInstanceId);
      if (existingMemberId !== undefined) {
        this.replaceStaticMember(fx, group, req, existingMemberId, newMemberId, nowMs);
      } else {
        this.addMemberThenRebalanceOrCompleteJoin(fx, group, req, newMemberId, nowMs);
      }
      return;
    }
    if (req.apiVersion >= 4) {
      // The member must come back with this id; it is dropped if it does not within its session.
      group.pendingJoinMembers.set(newMemberId, nowMs + req.sessionTimeoutMs);
      this.completeJoinRequest(fx, req, joinError(newMemberId, ErrorCode.MEMBER_ID_REQUIRED));
      return;
    }
    this.addMemberThenRebalanceOrCompleteJoin(fx, group, req, newMemberId, nowMs);
  }

  private joinExistingMember(fx: Effects, group: ClassicGroup, req: JoinGroupRequest, nowMs: number): void {
    const memberId = req.memberId;
    if (!group.supportsProtocols(req.protocolType, req.protocols)) {
      this.completeJoinRequest(fx, req, joinError(memberId, ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
      return;
    }
    if (group.pendingJoinMembers.has(memberId)) {
      if (req.groupInstanceId !== null) {
        // A pending member id is always dynamic.
        this.completeJoinRequest(fx, req, joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
        return;
      }
      this.addMemberThenRebalanceOrCompleteJoin(fx, group, req, memberId, nowMs);
      return;
    }
    const error = validateMember(group, memberId, req.groupInstanceId);
    if (error !== ErrorCode.NONE) {
      this.completeJoinRequest(fx, req, joinError(memberId, error));
      return;
    }
    const member = group.members.get(memberId)!;
    switch (group.state) {
      case 'PreparingRebalance':
        this.updateMemberThenRebalanceOrCompleteJoin(fx, group, member, req, nowMs);
        return;
      case 'CompletingRebalance':
        if (member.matches(req.protocols)) {
          // Lost the first response: answer again with the current generation.
          this.completeJoinRequest(fx, req, this.joinSuccess(group, memberId, group.isLeader(memberId)));
        } else {
          this.updateMemberThenRebalanceOrCompleteJoin(fx, group, member, req, nowMs);
        }
        return;
      case 'Stable':
        if (group.isLeader(memberId) || !member.matches(req.protocols)) {
          // A rejoining leader forces a rebalance (e.g. topic metadata changed).
          this.updateMemberThenRebalanceOrCompleteJoin(fx, group, member, req, nowMs);
        } else {
          this.completeJoinRequest(fx, req, this.joinSuccess(group, memberId, false));
        }
        return;
      default:
        this.completeJoinRequest(fx, req, joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
    }
  }

  private replaceStaticMember(
    fx: Effects,
    group: ClassicGroup,
    req: JoinGroupRequest,
    oldMemberId: string,
    newMemberId: string,
    nowMs: number,
  ): void {
    const old = group.members.get(oldMemberId)!;
    const previousLeader = group.leaderId ?? '';
    // Fence whoever still waits under the old member id.
    if (old.awaitingJoin !== null) {
      fx.completions.push({
        kind: 'join',
        requestId: old.awaitingJoin,
        response: joinError(oldMemberId, ErrorCode.FENCED_INSTANCE_ID),
      });
      old.awaitingJoin = null;
    }
    if (old.awaitingSync !== null) {
      fx.completions.push({
        kind: 'sync',
        requestId: old.awaitingSync,
        response: syncError(ErrorCode.FENCED_INSTANCE_ID),
      });
      old.awaitingSync = null;
    }
    const member = group.replaceStaticMember(req.groupInstanceId!, oldMemberId, newMemberId);
    member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
    this.updateMember(fx, member, req);

    if (group.is('Stable')) {
      if ((group.protocolName ?? '') === group.selectProtocol()) {
        // Nothing the assignment depends on changed: persist the new member id, no rebalance.
        this.emit(fx, {
          kind: 'group-metadata',
          group: group.groupId,
          value: group.toMetadataValue(group.currentAssignments()),
        });
        let response: JoinGroupResponse;
        if (req.apiVersion >= 9) {
          // The leader keeps its assignment: it is told to skip computing a new one.
          const isLeader = group.isLeader(newMemberId);
          response = { ...this.joinSuccess(group, newMemberId, isLeader), skipAssignment: isLeader };
        } else {
          // Older clients are not told they lead, so they do not reassign: Kafka reports the old leader.
          response = { ...this.joinSuccess(group, newMemberId, false), leader: previousLeader };
        }
        this.completeParkedJoin(fx, member, response);
      } else {
        this.maybePrepareRebalanceOrCompleteJoin(fx, group, nowMs);
      }
      return;
    }
    if (group.is('CompletingRebalance')) {
      // The leader may already be assigning to the old id: rebalance.
      this.prepareRebalance(fx, group, nowMs);
      return;
    }
    this.maybeCompleteJoinPhase(fx, group, nowMs);
  }

  private updateMember(fx: Effects, member: ClassicGroupMember, req: JoinGroupRequest): void {
    member.protocols = req.protocols;
    member.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
    member.sessionTimeoutMs = req.sessionTimeoutMs;
    if (member.awaitingJoin !== null && member.awaitingJoin !== req.requestId) {
      // A newer JoinGroup from the same member supersedes the parked one.
      this.completeParkedJoin(fx, member, joinError(member.memberId, ErrorCode.REBALANCE_IN_PROGRESS));
    }
    member.awaitingJoin = req.requestId;
    member.awaitingJoinVersion = req.apiVersion;
  }

  private updateMemberThenRebalanceOrCompleteJoin(
    fx: Effects,
    group: ClassicGroup,
    member: ClassicGroupMember,
    req: JoinGroupRequest,
    nowMs: number,
  ): void {
    this.updateMember(fx, member, req);
    this.maybePrepareRebalanceOrCompleteJoin(fx, group, nowMs);
  }

  private addMemberThenRebalanceOrCompleteJoin(
    fx: Effects,
    group: ClassicGroup,
    req: JoinGroupRequest,
    memberId: string,
    nowMs: number,
  ): void {
    const member = new ClassicGroupMember(
      memberId,
      req.groupInstanceId,
      req.clientId,
      req.clientHost,
      req.rebalanceTimeoutMs,
      req.sessionTimeoutMs,
      req.protocolType,
      req.protocols,
    );
    member.isNew = true;
    if (group.is('PreparingRebalance') && group.previousState === 'Empty') group.newMemberAdded = true;
    group.add(member);
    member.awaitingJoin = req.requestId;
    member.awaitingJoinVersion = req.apiVersion;
    // A new member cannot heartbeat yet; its parked join expires after this long.
    member.heartbeatDeadlineMs = nowMs + this.config.newMemberJoinTimeoutMs;
    this.maybePrepareRebalanceOrCompleteJoin(fx, group, nowMs);
  }

  private maybePrepareRebalanceOrCompleteJoin(fx: Effects, group: ClassicGroup, nowMs: number): void {
    if (group.canRebalance()) this.prepareRebalance(fx, group, nowMs);
    else this.maybeCompleteJoinPhase(fx, group, nowMs);
  }

  private maybeCompleteJoinPhase(fx: Effects, group: ClassicGroup, nowMs: number): void {
    // The initial rebalance (from Empty) is completed by its delay timer only.
    if (group.is('PreparingRebalance') && group.hasAllMembersJoined() && group.previousState !== 'Empty') {
      this.completeJoin(fx, group, nowMs);
    }
  }

  private prepareRebalance(fx: Effects, group: ClassicGroup, nowMs: number): void {
    if (group.is('CompletingRebalance')) this.resetAndPropagateAssignmentWithError(fx, group, nowMs);
    group.pendingSyncMembers.clear();
    group.syncTimer = null;
    const isInitialRebalance = group.is('Empty');
    if (isInitialRebalance) {
      const delayMs = this.config.groupInitialRebalanceDelayMs;
      const remainingMs = Math.max(group.rebalanceTimeoutMs() - delayMs, 0);
      group.joinTimer = { deadlineMs: nowMs + delayMs, initial: { delayMs, remainingMs } };
    }
    group.transitionTo('PreparingRebalance', nowMs);
    if (isInitialRebalance) return;
    if (group.hasAllMembersJoined()) this.completeJoin(fx, group, nowMs);
    else group.joinTimer = { deadlineMs: nowMs + group.rebalanceTimeoutMs(), initial: null };
  }

  private tryCompleteInitialRebalance(
    fx: Effects,
    group: ClassicGroup,
    initial: { delayMs: number; remainingMs: number },
    nowMs: number,
  ): void {
    if (group.newMemberAdded && initial.remainingMs !== 0) {
      // Members keep arriving: wait a little longer, up to the rebalance timeout.
      group.newMemberAdded = false;
      const delayMs = Math.min(this.config.groupInitialRebalanceDelayMs, initial.remainingMs);
      const remainingMs = Math.max(initial.remainingMs - initial.delayMs, 0);
      group.joinTimer = { deadlineMs: nowMs + delayMs, initial: { delayMs, remainingMs } };
      return;
    }
    this.completeJoin(fx, group, nowMs);
  }

  /** Ends the join phase: drops dynamic members that did not rejoin and starts a generation. */
  private completeJoin(fx: Effects, group: ClassicGroup, nowMs: number): void {
    group.joinTimer = null;
    for (const member of [...group.members.values()]) {
      if (member.awaitingJoin === null && member.groupInstanceId === null) {
        this.dropParkedRequests(fx, member);
        group.remove(member.memberId);
      }
    }
    if (!group.maybeElectNewJoinedLeader() && group.members.size > 0) {
      // Nobody rejoined (only static members left): try again after another rebalance timeout.
      group.joinTimer = { deadlineMs: nowMs + group.rebalanceTimeoutMs(), initial: null };
      return;
    }
    group.initNextGeneration(nowMs);
    if (group.is('Empty')) {
      this.emit(fx, {
        kind: 'group-metadata',
        group: group.groupId,
        value: group.toMetadataValue(new Map()),
      });
      return;
    }
    for (const member of group.members.values()) {
      this.completeParkedJoin(
        fx,
        member,
        this.joinSuccess(group, member.memberId, group.isLeader(member.memberId)),
      );
      member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
      member.isNew = false;
      group.pendingSyncMembers.add(member.memberId);
    }
    group.syncTimer = { deadlineMs: nowMs + group.rebalanceTimeoutMs(), generationId: group.generationId };
  }

  private resetAndPropagateAssignmentWithError(fx: Effects, group: ClassicGroup, nowMs: number): void {
    for (const member of group.members.values()) member.assignment = EMPTY_BUFFER;
    this.propagateAssignment(fx, group, ErrorCode.REBALANCE_IN_PROGRESS, nowMs);
  }

  private propagateAssignment(fx: Effects, group: ClassicGroup, errorCode: number, nowMs: number): void {
    const ok = errorCode === ErrorCode.NONE;
    for (const member of group.members.values()) {
      if (member.awaitingSync === null) continue;
      fx.completions.push({
        kind: 'sync',
        requestId: member.awaitingSync,
        response: {
          errorCode,
          protocolType: ok ? group.protocolType : null,
          protocolName: ok ? group.protocolName : null,
          assignment: member.assignment,
        },
      });
      member.awaitingSync = null;
      member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
    }
  }

  private expirePendingSync(fx: Effects, group: ClassicGroup, generationId: number, nowMs: number): void {
    if (generationId !== group.generationId) return;
    if (!group.is('CompletingRebalance') && !group.is('Stable')) return;
    if (group.pendingSyncMembers.size === 0) return;
    for (const memberId of [...group.pendingSyncMembers]) {
      const member = group.members.get(memberId);
      if (member) this.dropParkedRequests(fx, member);
      group.remove(memberId);
    }
    this.prepareRebalance(fx, group, nowMs);
  }

  private removeMemberAndUpdateGroup(
    fx: Effects,
    group: ClassicGroup,
    member: ClassicGroupMember,
    nowMs: number,
  ) {
    this.dropParkedRequests(fx, member);
    group.remove(member.memberId);
    if (group.is('Stable') || group.is('CompletingRebalance')) {
      this.maybePrepareRebalanceOrCompleteJoin(fx, group, nowMs);
    } else if (group.is('PreparingRebalance') && group.hasAllMembersJoined()) {
      this.completeJoin(fx, group, nowMs);
    }
  }

  // ---------------------------------------------------------------- SyncGroup

  /** The response arrives as a 'sync' completion, now or when the leader's assignment is stored. */
  syncGroup(req: SyncGroupRequest, nowMs: number): ShardResult<undefined> {
    const fx = new Effects();
    const reply = (response: SyncGroupResponse): ShardResult<undefined> => {
      fx.completions.push({ kind: 'sync', requestId: req.requestId, response });
      return fx.result(undefined);
    };
    if (req.groupId === '') return reply(syncError(ErrorCode.INVALID_GROUP_ID));
    const group = this.groups.get(req.groupId);
    if (!group || group.is('Empty')) return reply(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
    const error = validateMember(group, req.memberId, req.groupInstanceId);
    if (error !== ErrorCode.NONE) return reply(syncError(error));
    if (req.generationId !== group.generationId) return reply(syncError(ErrorCode.ILLEGAL_GENERATION));
    if (
      isProtocolInconsistent(req.protocolType, group.protocolType) ||
      isProtocolInconsistent(req.protocolName, group.protocolName)
    ) {
      return reply(syncError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    }
    const member = group.members.get(req.memberId)!;
    if (group.is('PreparingRebalance')) return reply(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
    if (group.is('Stable')) {
      this.removePendingSyncMember(group, req.memberId);
      return reply({
        errorCode: ErrorCode.NONE,
        protocolType: group.protocolType,
        protocolName: group.protocolName,
        assignment: member.assignment,
      });
    }
    // CompletingRebalance: park until the leader's assignment is stored.
    if (member.awaitingSync !== null) {
      fx.completions.push({
        kind: 'sync',
        requestId: member.awaitingSync,
        response: syncError(ErrorCode.REBALANCE_IN_PROGRESS),
      });
    }
    member.awaitingSync = req.requestId;
    this.removePendingSyncMember(group, req.memberId);
    if (group.isLeader(req.memberId)) {
      const assignments = new Map<string, Buffer>();
      for (const a of req.assignments) assignments.set(a.memberId, a.assignment);
      for (const id of group.members.keys()) if (!assignments.has(id)) assignments.set(id, EMPTY_BUFFER);
      // Replaying this record stores the assignment and makes the group Stable.
      this.emit(fx, {
        kind: 'group-metadata',
        group: group.groupId,
        value: group.toMetadataValue(assignments),
      });
      this.propagateAssignment(fx, group, ErrorCode.NONE, nowMs);
    }
    return fx.result(undefined);
  }

  private removePendingSyncMember(group: ClassicGroup, memberId: string): void {
    group.pendingSyncMembers.delete(memberId);
    if (group.pendingSyncMembers.size === 0) group.syncTimer = null;
  }

  // ---------------------------------------------------------------- Heartbeat, LeaveGroup

  heartbeat(req: HeartbeatRequest, nowMs: number): ShardResult<HeartbeatResponse> {
    const fx = new Effects();
    const reply = (errorCode: number) => fx.result({ errorCode });
    if (req.groupId === '') return reply(ErrorCode.INVALID_GROUP_ID);
    const group = this.groups.get(req.groupId);
    if (!group) return reply(ErrorCode.UNKNOWN_MEMBER_ID);
    const error = validateMember(group, req.memberId, req.groupInstanceId);
    if (error !== ErrorCode.NONE) return reply(error);
    if (req.generationId !== group.generationId) return reply(ErrorCode.ILLEGAL_GENERATION);
    const member = group.members.get(req.memberId)!;
    switch (group.state) {
      case 'PreparingRebalance':
        member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
        return reply(ErrorCode.REBALANCE_IN_PROGRESS);
      case 'CompletingRebalance':
      case 'Stable':
        member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
        return reply(ErrorCode.NONE);
      default:
        return reply(ErrorCode.UNKNOWN_MEMBER_ID);
    }
  }

  /** v0-2: pass the single member id as `members[0]` and surface its error as the top-level one. */
  leaveGroup(req: LeaveGroupRequest, nowMs: number): ShardResult<LeaveGroupResponse> {
    const fx = new Effects();
    if (req.groupId === '') return fx.result({ errorCode: ErrorCode.INVALID_GROUP_ID, members: [] });
    const group = this.groups.get(req.groupId);
    if (!group) return fx.result({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID, members: [] });
    const members: LeaveGroupResponse['members'] = [];
    let removedAny = false;
    for (const m of req.members) {
      let errorCode: number = ErrorCode.NONE;
      if (m.memberId === '') {
        // Administrative removal by group.instance.id.
        const id = m.groupInstanceId === null ? undefined : group.staticMemberId(m.groupInstanceId);
        if (id === undefined) errorCode = ErrorCode.UNKNOWN_MEMBER_ID;
        else this.removeLeavingMember(fx, group, id);
      } else if (group.pendingJoinMembers.has(m.memberId)) {
        group.remove(m.memberId);
      } else {
        errorCode = validateMember(group, m.memberId, m.groupInstanceId);
        if (errorCode === ErrorCode.NONE) this.removeLeavingMember(fx, group, m.memberId);
      }
      if (errorCode === ErrorCode.NONE) removedAny = true;
      members.push({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode });
    }
    if (removedAny) {
      if (group.is('Stable') || group.is('CompletingRebalance'))
        this.maybePrepareRebalanceOrCompleteJoin(fx, group, nowMs);
      else if (group.is('PreparingRebalance')) this.maybeCompleteJoinPhase(fx, group, nowMs);
    }
    return fx.result({ errorCode: ErrorCode.NONE, members });
  }

  private removeLeavingMember(fx: Effects, group: ClassicGroup, memberId: string): void {
    const member = group.members.get(memberId);
    if (member) this.dropParkedRequests(fx, member);
    group.remove(memberId);
  }

  // ---------------------------------------------------------------- offsets

  commitOffsets(req: OffsetCommitRequest, nowMs: number): ShardResult<OffsetCommitResponse> {
    const fx = new Effects();
    const group = this.groups.get(req.groupId);
    let error: number = ErrorCode.NONE;
    if (req.groupId === '') error = ErrorCode.INVALID_GROUP_ID;
    else if (!group) {
      // A generation of -1 commits for a simple consumer; the offsets create the group.
      if (req.generationIdOrMemberEpoch >= 0) {
        error = req.apiVersion >= 9 ? ErrorCode.GROUP_ID_NOT_FOUND : ErrorCode.ILLEGAL_GENERATION;
      }
    } else {
      error = validateOffsetCommit(group, req);
    }
    if (error === ErrorCode.NONE && group && (group.is('Stable') || group.is('PreparingRebalance'))) {
      // A commit keeps the session alive, as a heartbeat does.
      const member = group.members.get(req.memberId);
      if (member) member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
    }
    const expireTimestamp = req.retentionTimeMs === -1n ? -1n : BigInt(nowMs) + req.retentionTimeMs;
    const topics: OffsetCommitResponse['topics'] = [];
    for (const topic of req.topics) {
      const partitions: Array<{ partitionIndex: number; errorCode: number }> = [];
      topics.push({ name: topic.name, partitions });
      for (const p of topic.partitions) {
        if (error !== ErrorCode.NONE) {
          partitions.push({ partitionIndex: p.partitionIndex, errorCode: error });
          continue;
        }
        if (p.committedMetadata !== null && p.committedMetadata.length > this.config.offsetMetadataMaxBytes) {
          partitions.push({
            partitionIndex: p.partitionIndex,
            errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE,
          });
          continue;
        }
        partitions.push({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE });
        this.emit(fx, {
          kind: 'offset-commit',
          group: req.groupId,
          topic: topic.name,
          partition: p.partitionIndex,
          value: {
            offset: p.committedOffset,
            leaderEpoch: p.committedLeaderEpoch,
            metadata: p.committedMetadata ?? '',
            commitTimestamp: p.commitTimestamp === -1n ? BigInt(nowMs) : p.commitTimestamp,
            expireTimestamp,
          },
        });
      }
    }
    return fx.result({ topics });
  }

  /**
   * TxnOffsetCommit (Kafka 3.9's doTxnCommitOffsets rules: a Dead group is COORDINATOR_NOT_AVAILABLE,
   * a member id must be known, a generation >= 0 must match; no REBALANCE_IN_PROGRESS). The records
   * are OffsetCommit records that the caller appends as one transactional batch of
   * `transaction.producerId`; they are replayed as pending and take effect with the COMMIT marker.
   */
  txnCommitOffsets(
    req: TxnOffsetCommitInput,
    nowMs: number,
  ): ShardResult<OffsetCommitResponse> & { transaction: { producerId: bigint; producerEpoch: number } } {
    const records: CoordinatorRecord[] = [];
    const group = this.groups.get(req.groupId);
    let error: number = ErrorCode.NONE;
    if (req.groupId === '') error = ErrorCode.INVALID_GROUP_ID;
    else if (group?.is('Dead')) error = ErrorCode.COORDINATOR_NOT_AVAILABLE;
    else if (
      req.groupInstanceId !== null &&
      group &&
      group.staticMemberId(req.groupInstanceId) !== undefined
    ) {
      if (group.staticMemberId(req.groupInstanceId) !== req.memberId) error = ErrorCode.FENCED_INSTANCE_ID;
    }
    if (error === ErrorCode.NONE && req.memberId !== '' && !group?.members.has(req.memberId)) {
      error = ErrorCode.UNKNOWN_MEMBER_ID;
    } else if (
      error === ErrorCode.NONE &&
      req.generationId >= 0 &&
      req.generationId !== (group?.generationId ?? -1)
    ) {
      error = ErrorCode.ILLEGAL_GENERATION;
    }
    const topics: OffsetCommitResponse['topics'] = req.topics.map((topic) => ({
      name: topic.name,
      partitions: topic.partitions.map((p) => {
        if (error !== ErrorCode.NONE) return { partitionIndex: p.partitionIndex, errorCode: error };
        if (p.committedMetadata !== null && p.committedMetadata.length > this.config.offsetMetadataMaxBytes) {
          return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE };
        }
        const record: CoordinatorRecord = {
          kind: 'offset-commit',
          group: req.groupId,
          topic: topic.name,
          partition: p.partitionIndex,
          value: {
            offset: p.committedOffset,
            leaderEpoch: p.committedLeaderEpoch,
            metadata: p.committedMetadata ?? '',
            commitTimestamp: BigInt(nowMs),
            expireTimestamp: -1n,
          },
        };
        this.replayTransactional(record, req.producerId);
        records.push(record);
        return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE };
      }),
    }));
    return {
      records,
      completions: [],
      response: { topics },
      transaction: { producerId: req.producerId, producerEpoch: req.producerEpoch },
    };
  }

  /** Applies an OffsetCommit record of a transactional batch of `producerId`: pending until its marker. */
  replayTransactional(record: CoordinatorRecord, producerId: bigint): void {
    if (record.kind !== 'offset-commit' || record.value === null) return;
    this.pendingTxnOffsets.put(producerId, record.group, record.topic, record.partition, record.value);
  }

  /** Applies a transaction marker of `producerId` (read while loading, or just written): COMMIT materializes. */
  replayEndTxnMarker(producerId: bigint, commit: boolean): void {
    for (const [group, topic, partition, value] of this.pendingTxnOffsets.take(producerId)) {
      if (commit) this.replay({ kind: 'offset-commit', group, topic, partition, value });
    }
  }

  /** Pending transactional offsets as [producerId, group, topic, partition, value] (for tests). */
  pendingTxnOffsetEntries(): Array<[bigint, string, string, number, OffsetCommitValue]> {
    return this.pendingTxnOffsets.entries();
  }

  /** Read-only. With require_stable, partitions with a pending transactional offset get UNSTABLE_OFFSET_COMMIT. */
  fetchOffsets(req: OffsetFetchRequest): OffsetFetchResponse {
    if (req.groupId === '') return { errorCode: ErrorCode.INVALID_GROUP_ID, topics: [] };
    if (req.requireStable) {
      const unstable = this.unstableFetch(req);
      if (unstable !== null) return unstable;
    }
    const known = this.groups.has(req.groupId);
    const stored = known ? this.offsets.groupOffsets(req.groupId) : undefined;
    if (req.topics === null) {
      const topics: OffsetFetchResponse['topics'] = [];
      for (const [name, partitions] of stored ?? []) {
        topics.push({ name, partitions: [...partitions].map(([index, v]) => fetched(index, v)) });
      }
      return { errorCode: ErrorCode.NONE, topics };
    }
    return {
      errorCode: ErrorCode.NONE,
      topics: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((index) => fetched(index, stored?.get(t.name)?.get(index))),
      })),
    };
  }

  private unstableFetch(req: OffsetFetchRequest): OffsetFetchResponse | null {
    const requireStable = { ...req, requireStable: false };
    const stable = this.fetchOffsets(requireStable);
    let any = false;
    for (const t of stable.topics) {
      for (const p of t.partitions) {
        if (!this.pendingTxnOffsets.has(req.groupId, t.name, p.partitionIndex)) continue;
        any = true;
        p.errorCode = ErrorCode.UNSTABLE_OFFSET_COMMIT;
        p.committedOffset = -1n;
        p.committedLeaderEpoch = -1;
        p.metadata = '';
      }
    }
    return any ? stable : null;
  }

  deleteOffsets(req: OffsetDeleteRequest, _nowMs: number): ShardResult<OffsetDeleteResponse> {
    const fx = new Effects();
    const fail = (errorCode: number) => fx.result({ errorCode, topics: [] });
    if (req.groupId === '') return fail(ErrorCode.INVALID_GROUP_ID);
    const group = this.groups.get(req.groupId);
    if (!group) return fail(ErrorCode.GROUP_ID_NOT_FOUND);
    if (!group.is('Empty') && group.protocolType !== CONSUMER_PROTOCOL_TYPE)
      return fail(ErrorCode.NON_EMPTY_GROUP);
    const topics: OffsetDeleteResponse['topics'] = [];
    for (const topic of req.topics) {
      const subscribed = group.isSubscribedToTopic(topic.name);
      topics.push({
        name: topic.name,
        partitions: topic.partitions.map((partitionIndex) => {
          if (subscribed) return { partitionIndex, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC };
          if (this.offsets.get(req.groupId, topic.name, partitionIndex)) {
            this.emit(fx, {
              kind: 'offset-commit',
              group: req.groupId,
              topic: topic.name,
              partition: partitionIndex,
              value: null,
            });
          }
          return { partitionIndex, errorCode: ErrorCode.NONE };
        }),
      });
    }
    return fx.result({ errorCode: ErrorCode.NONE, topics });
  }

  private collectExpired(fx: Effects, nowMs: number): void {
    const retentionMs = this.config.offsetsRetentionMinutes * 60_000;
    for (const group of [...this.groups.values()]) {
      const stored = this.offsets.groupOffsets(group.groupId);
      let allExpired = true;
      if (stored) {
        const base = offsetExpirationBase(group);
        if (base === null) continue;
        const expired: Array<[string, number]> = [];
        for (const [topic, partitions] of stored) {
          if (group.isSubscribedToTopic(topic)) {
            allExpired = false;
            continue;
          }
          for (const [partition, value] of partitions) {
            if (isOffsetExpired(value, base(value), nowMs, retentionMs)) expired.push([topic, partition]);
            else allExpired = false;
          }
        }
        for (const [topic, partition] of expired) {
          this.emit(fx, { kind: 'offset-commit', group: group.groupId, topic, partition, value: null });
        }
      }
      if (allExpired && group.is('Empty')) {
        this.emit(fx, { kind: 'group-metadata', group: group.groupId, value: null });
      }
    }
  }

  // ---------------------------------------------------------------- admin

  describeGroups(groupIds: readonly string[]): DescribedGroup[] {
    return groupIds.map((groupId) => {
      const group = this.groups.get(groupId);
      if (groupId === '' || !group) {
        return {
          errorCode: groupId === '' ? ErrorCode.INVALID_GROUP_ID : ErrorCode.NONE,
          groupId,
          groupState: 'Dead' as GroupState,
          protocolType: '',
          protocolData: '',
          members: [],
        };
      }
      const stable = group.is('Stable');
      return {
        errorCode: ErrorCode.NONE,
        groupId,
        groupState: group.state,
        protocolType: group.protocolType ?? '',
        protocolData: stable ? (group.protocolName ?? '') : '',
        members: [...group.members.values()].map((m) => ({
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          memberMetadata: stable ? m.metadata(group.protocolName) : EMPTY_BUFFER,
          memberAssignment: m.assignment,
        })),
      };
    });
  }

  /** statesFilter (v4) matches case-insensitively; empty means all groups. */
  listGroups(statesFilter: readonly string[] = []): ListedGroup[] {
    const wanted = new Set(statesFilter.map((s) => s.trim().toLowerCase()));
    const out: ListedGroup[] = [];
    for (const group of this.groups.values()) {
      if (wanted.size > 0 && !wanted.has(group.state.toLowerCase())) continue;
      out.push({ groupId: group.groupId, protocolType: group.protocolType ?? '', groupState: group.state });
    }
    return out;
  }

  deleteGroups(groupIds: readonly string[], _nowMs: number): ShardResult<DeleteGroupResult[]> {
    const fx = new Effects();
    const results = groupIds.map((groupId): DeleteGroupResult => {
      if (groupId === '') return { groupId, errorCode: ErrorCode.INVALID_GROUP_ID };
      const group = this.groups.get(groupId);
      if (!group) return { groupId, errorCode: ErrorCode.GROUP_ID_NOT_FOUND };
      if (!group.is('Empty')) return { groupId, errorCode: ErrorCode.NON_EMPTY_GROUP };
      for (const [topic, partitions] of [...(this.offsets.groupOffsets(groupId) ?? [])]) {
        for (const partition of [...partitions.keys()]) {
          this.emit(fx, { kind: 'offset-commit', group: groupId, topic, partition, value: null });
        }
      }
      this.emit(fx, { kind: 'group-metadata', group: groupId, value: null });
      return { groupId, errorCode: ErrorCode.NONE };
    });
    return fx.result(results);
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

  // ---------------------------------------------------------------- helpers

  private emit(fx: Effects, record: CoordinatorRecord): void {
    this.replay(record);
    fx.records.push(record);
  }

  private scheduleLoadedMembers(group: ClassicGroup, nowMs: number): void {
    for (const m of group.members.values()) {
      if (m.heartbeatDeadlineMs === DEADLINE_AFTER_LOAD) m.heartbeatDeadlineMs = nowMs + m.sessionTimeoutMs;
    }
  }

  private completeJoinRequest(fx: Effects, req: JoinGroupRequest, response: JoinGroupResponse): void {
    fx.completions.push({ kind: 'join', requestId: req.requestId, response });
  }

  private completeParkedJoin(fx: Effects, member: ClassicGroupMember, response: JoinGroupResponse): void {
    if (member.awaitingJoin === null) return;
    fx.completions.push({ kind: 'join', requestId: member.awaitingJoin, response });
    member.awaitingJoin = null;
  }

  /** Answers a removed member's parked requests so the caller never waits on them forever. */
  private dropParkedRequests(fx: Effects, member: ClassicGroupMember): void {
    this.completeParkedJoin(fx, member, joinError('', ErrorCode.UNKNOWN_MEMBER_ID));
    if (member.awaitingSync !== null) {
      fx.completions.push({
        kind: 'sync',
        requestId: member.awaitingSync,
        response: syncError(ErrorCode.UNKNOWN_MEMBER_ID),
      });
      member.awaitingSync = null;
    }
  }

  private joinSuccess(group: ClassicGroup, memberId: string, withMembers: boolean): JoinGroupResponse {
    return {
      errorCode: ErrorCode.NONE,
      generationId: group.generationId,
      protocolType: group.protocolType,
      protocolName: group.protocolName,
      leader: group.leaderId ?? '',
      skipAssignment: false,
      memberId,
      members: withMembers ? group.currentMembersForLeader() : [],
    };
  }

  private newUuid(): string {
    const b = this.random.uuidBytes();
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  }
}

function joinError(memberId: string, errorCode: number): JoinGroupResponse {
  return {
    errorCode,
    generationId: -1,
    protocolType: null,
    protocolName: null,
    leader: '',
    skipAssignment: false,
    memberId,
    members: [],
  };
}

function syncError(errorCode: number): SyncGroupResponse {
  return { errorCode, protocolType: null, protocolName: null, assignment: EMPTY_BUFFER };
}

function fetched(partitionIndex: number, value: OffsetCommitValue | undefined): OffsetFetchPartition {
  if (!value) {
    return {
      partitionIndex,
      committedOffset: -1n,
      committedLeaderEpoch: -1,
      metadata: '',
      errorCode: ErrorCode.NONE,
    };
  }
  return {
    partitionIndex,
    committedOffset: value.offset,
    committedLeaderEpoch: value.leaderEpoch,
    metadata: value.metadata,
    errorCode: ErrorCode.NONE,
  };
}

/** UNKNOWN_MEMBER_ID or FENCED_INSTANCE_ID when the member (or its static identity) is not current. */
function validateMember(group: ClassicGroup, memberId: string, groupInstanceId: string | null): number {
  if (groupInstanceId !== null) {
    const current = group.staticMemberId(groupInstanceId);
    if (current === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (current !== memberId) return ErrorCode.FENCED_INSTANCE_ID;
  }
  return group.members.has(memberId) ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID;
}

function validateOffsetCommit(group: ClassicGroup, req: OffsetCommitRequest): number {
  const generation = req.generationIdOrMemberEpoch;
  if (generation < 0 && group.is('Empty')) return ErrorCode.NONE;
  if (generation >= 0 || req.memberId !== '' || req.groupInstanceId !== null) {
    const error = validateMember(group, req.memberId, req.groupInstanceId);
    if (error !== ErrorCode.NONE) return error;
    if (generation !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
  } else if (!group.is('Empty')) {
    // No member id and no generation: only accepted while the group is Empty.
    return ErrorCode.UNKNOWN_MEMBER_ID;
  }
  if (group.is('CompletingRebalance')) return ErrorCode.REBALANCE_IN_PROGRESS;
  return ErrorCode.NONE;
}

function isProtocolInconsistent(requested: string | null, current: string | null): boolean {
  return requested !== null && current !== null && requested !== current;
}

/**
 * Kafka 3.9's ClassicGroup.offsetExpirationCondition: from when retention counts, or null if the
 * group's offsets do not expire now.
 */
function offsetExpirationBase(group: ClassicGroup): ((v: OffsetCommitValue) => number) | null {
  if (group.protocolType === null) return (v) => Number(v.commitTimestamp);
  if (group.is('Empty')) {
    const since = group.currentStateTimestampMs;
    return (v) => since ?? Number(v.commitTimestamp);
  }
  if (
    group.protocolType === CONSUMER_PROTOCOL_TYPE &&
    group.subscribedTopics !== null &&
    group.is('Stable')
  ) {
    return (v) => Number(v.commitTimestamp);
  }
  return null;
}
