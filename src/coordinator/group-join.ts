// JoinGroup for the classic group coordinator: validation, new and known members, static
// membership (a restarted instance replaces its old member id and fences it), and parking the
// request until the join phase completes. Starting and ending rebalances is in group-rebalance.ts.

import { ErrorCode } from '../../wire/generated/error-codes.js';
import {
  completeJoinRequest,
  completeParkedJoin,
  dropParkedRequests,
  Effects,
  failParkedRequests,
  type GroupShardContext,
  joinError,
  joinSuccess,
  validateMember,
} from './group-context.js';
import {
  maybeCompleteJoinPhase,
  maybePrepareRebalanceOrCompleteJoin,
  prepareRebalance,
} from './group-rebalance.js';
import { type ClassicGroup, ClassicGroupMember } from './group-state.js';
import type { JoinGroupRequest, JoinGroupResponse, ShardResult } from './types.js';

/** The response arrives as a 'join' completion, now or from a later call. */
export function joinGroup(
  ctx: GroupShardContext,
  req: JoinGroupRequest,
  nowMs: number,
): ShardResult<undefined> {
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
    req.sessionTimeoutMs < ctx.config.groupMinSessionTimeoutMs ||
    req.sessionTimeoutMs > ctx.config.groupMaxSessionTimeoutMs
  ) {
    return fail(ErrorCode.INVALID_SESSION_TIMEOUT);
  }
  const isUnknownMember = req.memberId === '';
  let group = ctx.groups.get(req.groupId);
  if (!group) {
    if (!isUnknownMember) return fail(ErrorCode.UNKNOWN_MEMBER_ID);
    // Kafka commits a new group with an empty metadata record.
    ctx.emit(fx, {
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
    group = ctx.groups.get(req.groupId)!;
  }
  if (!acceptJoiningMember(ctx, group, req.memberId)) {
    const existing = group.members.get(req.memberId);
    if (existing) dropParkedRequests(fx, existing);
    group.remove(req.memberId);
    return fail(ErrorCode.GROUP_MAX_SIZE_REACHED, '');
  }
  if (isUnknownMember) joinNewMember(ctx, fx, group, req, nowMs);
  else joinExistingMember(ctx, fx, group, req, nowMs);
  return fx.result(undefined);
}

function acceptJoiningMember(ctx: GroupShardContext, group: ClassicGroup, memberId: string): boolean {
  const max = ctx.config.groupMaxSize;
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

function joinNewMember(
  ctx: GroupShardContext,
  fx: Effects,
  group: ClassicGroup,
  req: JoinGroupRequest,
  nowMs: number,
): void {
  if (!group.supportsProtocols(req.protocolType, req.protocols)) {
    completeJoinRequest(fx, req, joinError('', ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    return;
  }
  const newMemberId = `${req.groupInstanceId ?? req.clientId}-${newUuid(ctx)}`;
  if (req.groupInstanceId !== null) {
    const existingMemberId = group.staticMemberId(req.groupInstanceId);
    if (existingMemberId !== undefined) {
      replaceStaticMember(ctx, fx, group, req, existingMemberId, newMemberId, nowMs);
    } else {
      addMemberThenRebalanceOrCompleteJoin(ctx, fx, group, req, newMemberId, nowMs);
    }
    return;
  }
  if (req.apiVersion >= 4) {
    // The member must come back with this id; it is dropped if it does not within its session.
    group.pendingJoinMembers.set(newMemberId, nowMs + req.sessionTimeoutMs);
    completeJoinRequest(fx, req, joinError(newMemberId, ErrorCode.MEMBER_ID_REQUIRED));
    return;
  }
  addMemberThenRebalanceOrCompleteJoin(ctx, fx, group, req, newMemberId, nowMs);
}

function joinExistingMember(
  ctx: GroupShardContext,
  fx: Effects,
  group: ClassicGroup,
  req: JoinGroupRequest,
  nowMs: number,
): void {
  const memberId = req.memberId;
  if (!group.supportsProtocols(req.protocolType, req.protocols)) {
    completeJoinRequest(fx, req, joinError(memberId, ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    return;
  }
  if (group.pendingJoinMembers.has(memberId)) {
    if (req.groupInstanceId !== null) {
      // A pending member id is always dynamic.
      completeJoinRequest(fx, req, joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
      return;
    }
    addMemberThenRebalanceOrCompleteJoin(ctx, fx, group, req, memberId, nowMs);
    return;
  }
  const error = validateMember(group, memberId, req.groupInstanceId);
  if (error !== ErrorCode.NONE) {
    completeJoinRequest(fx, req, joinError(memberId, error));
    return;
  }
  const member = group.members.get(memberId)!;
  switch (group.state) {
    case 'PreparingRebalance':
      updateMemberThenRebalanceOrCompleteJoin(ctx, fx, group, member, req, nowMs);
      return;
    case 'CompletingRebalance':
      if (member.matches(req.protocols)) {
        // Lost the first response: answer again with the current generation.
        completeJoinRequest(fx, req, joinSuccess(group, memberId, group.isLeader(memberId)));
      } else {
        updateMemberThenRebalanceOrCompleteJoin(ctx, fx, group, member, req, nowMs);
      }
      return;
    case 'Stable':
      if (group.isLeader(memberId) || !member.matches(req.protocols)) {
        // A rejoining leader forces a rebalance (e.g. topic metadata changed).
        updateMemberThenRebalanceOrCompleteJoin(ctx, fx, group, member, req, nowMs);
      } else {
        completeJoinRequest(fx, req, joinSuccess(group, memberId, false));
      }
      return;
    default:
      completeJoinRequest(fx, req, joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
  }
}

function replaceStaticMember(
  ctx: GroupShardContext,
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
  failParkedRequests(fx, old, ErrorCode.FENCED_INSTANCE_ID, oldMemberId);
  const member = group.replaceStaticMember(req.groupInstanceId!, oldMemberId, newMemberId);
  member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
  updateMember(fx, member, req);

  if (group.is('Stable')) {
    if ((group.protocolName ?? '') === group.selectProtocol()) {
      // Nothing the assignment depends on changed: persist the new member id, no rebalance.
      ctx.emit(fx, {
        kind: 'group-metadata',
        group: group.groupId,
        value: group.toMetadataValue(group.currentAssignments()),
      });
      let response: JoinGroupResponse;
      if (req.apiVersion >= 9) {
        // The leader keeps its assignment: it is told to skip computing a new one.
        const isLeader = group.isLeader(newMemberId);
        response = { ...joinSuccess(group, newMemberId, isLeader), skipAssignment: isLeader };
      } else {
        // Older clients are not told they lead, so they do not reassign: Kafka reports the old leader.
        response = { ...joinSuccess(group, newMemberId, false), leader: previousLeader };
      }
      completeParkedJoin(fx, member, response);
    } else {
      maybePrepareRebalanceOrCompleteJoin(ctx, fx, group, nowMs);
    }
    return;
  }
  if (group.is('CompletingRebalance')) {
    // The leader may already be assigning to the old id: rebalance.
    prepareRebalance(ctx, fx, group, nowMs);
    return;
  }
  maybeCompleteJoinPhase(ctx, fx, group, nowMs);
}

function updateMember(fx: Effects, member: ClassicGroupMember, req: JoinGroupRequest): void {
  member.protocols = req.protocols;
  member.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
  member.sessionTimeoutMs = req.sessionTimeoutMs;
  if (member.awaitingJoin !== null && member.awaitingJoin !== req.requestId) {
    // A newer JoinGroup from the same member supersedes the parked one.
    completeParkedJoin(fx, member, joinError(member.memberId, ErrorCode.REBALANCE_IN_PROGRESS));
  }
  member.awaitingJoin = req.requestId;
  member.awaitingJoinVersion = req.apiVersion;
}

function updateMemberThenRebalanceOrCompleteJoin(
  ctx: GroupShardContext,
  fx: Effects,
  group: ClassicGroup,
  member: ClassicGroupMember,
  req: JoinGroupRequest,
  nowMs: number,
): void {
  updateMember(fx, member, req);
  maybePrepareRebalanceOrCompleteJoin(ctx, fx, group, nowMs);
}

function addMemberThenRebalanceOrCompleteJoin(
  ctx: GroupShardContext,
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
  member.heartbeatDeadlineMs = nowMs + ctx.config.newMemberJoinTimeoutMs;
  maybePrepareRebalanceOrCompleteJoin(ctx, fx, group, nowMs);
}

function newUuid(ctx: GroupShardContext): string {
  const b = ctx.random.uuidBytes();
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
