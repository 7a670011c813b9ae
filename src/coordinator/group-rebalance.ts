// The rebalance protocol of the classic group coordinator: entering PreparingRebalance (with the
// initial delay for a group leaving Empty), ending the join phase with a new generation, SyncGroup
// and the leader's assignment, and dropping members whose session or sync deadline passed.

import { ErrorCode } from '../../wire/generated/error-codes.js';
import {
  completeParkedJoin,
  dropParkedRequests,
  Effects,
  EMPTY_BUFFER,
  type GroupShardContext,
  joinSuccess,
  syncError,
  validateMember,
} from './group-context.js';
import type { ClassicGroup, ClassicGroupMember } from './group-state.js';
import type { ShardResult, SyncGroupRequest, SyncGroupResponse } from './types.js';

export function maybePrepareRebalanceOrCompleteJoin(
  ctx: GroupShardContext,
  fx: Effects,
  group: ClassicGroup,
  nowMs: number,
): void {
  if (group.canRebalance()) prepareRebalance(ctx, fx, group, nowMs);
  else maybeCompleteJoinPhase(ctx, fx, group, nowMs);
}

export function maybeCompleteJoinPhase(
  ctx: GroupShardContext,
  fx: Effects,
  group: ClassicGroup,
  nowMs: number,
): void {
  // The initial rebalance (from Empty) is completed by its delay timer only.
  if (group.is('PreparingRebalance') && group.hasAllMembersJoined() && group.previousState !== 'Empty') {
    completeJoin(ctx, fx, group, nowMs);
  }
}

export function prepareRebalance(
  ctx: GroupShardContext,
  fx: Effects,
  group: ClassicGroup,
  nowMs: number,
): void {
  if (group.is('CompletingRebalance')) resetAndPropagateAssignmentWithError(fx, group, nowMs);
  group.pendingSyncMembers.clear();
  group.syncTimer = null;
  const isInitialRebalance = group.is('Empty');
  if (isInitialRebalance) {
    const delayMs = ctx.config.groupInitialRebalanceDelayMs;
    const remainingMs = Math.max(group.rebalanceTimeoutMs() - delayMs, 0);
    group.joinTimer = { deadlineMs: nowMs + delayMs, initial: { delayMs, remainingMs } };
  }
  group.transitionTo('PreparingRebalance', nowMs);
  if (isInitialRebalance) return;
  if (group.hasAllMembersJoined()) completeJoin(ctx, fx, group, nowMs);
  else group.joinTimer = { deadlineMs: nowMs + group.rebalanceTimeoutMs(), initial: null };
}

export function tryCompleteInitialRebalance(
  ctx: GroupShardContext,
  fx: Effects,
  group: ClassicGroup,
  initial: { delayMs: number; remainingMs: number },
  nowMs: number,
): void {
  if (group.newMemberAdded && initial.remainingMs !== 0) {
    // Members keep arriving: wait a little longer, up to the rebalance timeout.
    group.newMemberAdded = false;
    const delayMs = Math.min(ctx.config.groupInitialRebalanceDelayMs, initial.remainingMs);
    const remainingMs = Math.max(initial.remainingMs - initial.delayMs, 0);
    group.joinTimer = { deadlineMs: nowMs + delayMs, initial: { delayMs, remainingMs } };
    return;
  }
  completeJoin(ctx, fx, group, nowMs);
}

/** Ends the join phase: drops dynamic members that did not rejoin and starts a generation. */
export function completeJoin(ctx: GroupShardContext, fx: Effects, group: ClassicGroup, nowMs: number): void {
  group.joinTimer = null;
  for (const member of [...group.members.values()]) {
    if (member.awaitingJoin === null && member.groupInstanceId === null) {
      dropParkedRequests(fx, member);
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
    ctx.emit(fx, {
      kind: 'group-metadata',
      group: group.groupId,
      value: group.toMetadataValue(new Map()),
    });
    return;
  }
  for (const member of group.members.values()) {
    completeParkedJoin(fx, member, joinSuccess(group, member.memberId, group.isLeader(member.memberId)));
    member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
    member.isNew = false;
    group.pendingSyncMembers.add(member.memberId);
  }
  group.syncTimer = { deadlineMs: nowMs + group.rebalanceTimeoutMs(), generationId: group.generationId };
}

function resetAndPropagateAssignmentWithError(fx: Effects, group: ClassicGroup, nowMs: number): void {
  for (const member of group.members.values()) member.assignment = EMPTY_BUFFER;
  propagateAssignment(fx, group, ErrorCode.REBALANCE_IN_PROGRESS, nowMs);
}

function propagateAssignment(fx: Effects, group: ClassicGroup, errorCode: number, nowMs: number): void {
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

export function expirePendingSync(
  ctx: GroupShardContext,
  fx: Effects,
  group: ClassicGroup,
  generationId: number,
  nowMs: number,
): void {
  if (generationId !== group.generationId) return;
  if (!group.is('CompletingRebalance') && !group.is('Stable')) return;
  if (group.pendingSyncMembers.size === 0) return;
  for (const memberId of [...group.pendingSyncMembers]) {
    const member = group.members.get(memberId);
    if (member) dropParkedRequests(fx, member);
    group.remove(memberId);
  }
  prepareRebalance(ctx, fx, group, nowMs);
}

export function removeMemberAndUpdateGroup(
  ctx: GroupShardContext,
  fx: Effects,
  group: ClassicGroup,
  member: ClassicGroupMember,
  nowMs: number,
) {
  dropParkedRequests(fx, member);
  group.remove(member.memberId);
  if (group.is('Stable') || group.is('CompletingRebalance')) {
    maybePrepareRebalanceOrCompleteJoin(ctx, fx, group, nowMs);
  } else if (group.is('PreparingRebalance') && group.hasAllMembersJoined()) {
    completeJoin(ctx, fx, group, nowMs);
  }
}

/** The response arrives as a 'sync' completion, now or when the leader's assignment is stored. */
export function syncGroup(
  ctx: GroupShardContext,
  req: SyncGroupRequest,
  nowMs: number,
): ShardResult<undefined> {
  const fx = new Effects();
  const reply = (response: SyncGroupResponse): ShardResult<undefined> => {
    fx.completions.push({ kind: 'sync', requestId: req.requestId, response });
    return fx.result(undefined);
  };
  if (req.groupId === '') return reply(syncError(ErrorCode.INVALID_GROUP_ID));
  const group = ctx.groups.get(req.groupId);
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
    removePendingSyncMember(group, req.memberId);
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
  removePendingSyncMember(group, req.memberId);
  if (group.isLeader(req.memberId)) {
    const assignments = new Map<string, Buffer>();
    for (const a of req.assignments) assignments.set(a.memberId, a.assignment);
    for (const id of group.members.keys()) if (!assignments.has(id)) assignments.set(id, EMPTY_BUFFER);
    // Replaying this record stores the assignment and makes the group Stable.
    ctx.emit(fx, {
      kind: 'group-metadata',
      group: group.groupId,
      value: group.toMetadataValue(assignments),
    });
    propagateAssignment(fx, group, ErrorCode.NONE, nowMs);
  }
  return fx.result(undefined);
}

function removePendingSyncMember(group: ClassicGroup, memberId: string): void {
  group.pendingSyncMembers.delete(memberId);
  if (group.pendingSyncMembers.size === 0) group.syncTimer = null;
}

function isProtocolInconsistent(requested: string | null, current: string | null): boolean {
  return requested !== null && current !== null && requested !== current;
}
