// Liveness in the classic group coordinator: Heartbeat, LeaveGroup, and the timers tick() fires
// (pending-join member expiry, session timeouts, join and sync phase deadlines), fired in deadline
// order so one tick behaves like the separate timers Kafka schedules.

import { ErrorCode } from '../../wire/generated/error-codes.js';
import { dropParkedRequests, Effects, type GroupShardContext, validateMember } from './group-context.js';
import {
  completeJoin,
  expirePendingSync,
  maybeCompleteJoinPhase,
  maybePrepareRebalanceOrCompleteJoin,
  removeMemberAndUpdateGroup,
  tryCompleteInitialRebalance,
} from './group-rebalance.js';
import { type ClassicGroup, DEADLINE_AFTER_LOAD } from './group-state.js';
import type {
  HeartbeatRequest,
  HeartbeatResponse,
  LeaveGroupRequest,
  LeaveGroupResponse,
  ShardResult,
} from './types.js';

export function heartbeat(
  ctx: GroupShardContext,
  req: HeartbeatRequest,
  nowMs: number,
): ShardResult<HeartbeatResponse> {
  const fx = new Effects();
  const reply = (errorCode: number) => fx.result({ errorCode });
  if (req.groupId === '') return reply(ErrorCode.INVALID_GROUP_ID);
  const group = ctx.groups.get(req.groupId);
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
export function leaveGroup(
  ctx: GroupShardContext,
  req: LeaveGroupRequest,
  nowMs: number,
): ShardResult<LeaveGroupResponse> {
  const fx = new Effects();
  if (req.groupId === '') return fx.result({ errorCode: ErrorCode.INVALID_GROUP_ID, members: [] });
  const group = ctx.groups.get(req.groupId);
  if (!group) return fx.result({ errorCode: ErrorCode.UNKNOWN_MEMBER_ID, members: [] });
  const members: LeaveGroupResponse['members'] = [];
  let removedAny = false;
  for (const m of req.members) {
    let errorCode: number = ErrorCode.NONE;
    if (m.memberId === '') {
      // Administrative removal by group.instance.id.
      const id = m.groupInstanceId === null ? undefined : group.staticMemberId(m.groupInstanceId);
      if (id === undefined) errorCode = ErrorCode.UNKNOWN_MEMBER_ID;
      else removeLeavingMember(fx, group, id);
    } else if (group.pendingJoinMembers.has(m.memberId)) {
      group.remove(m.memberId);
    } else {
      errorCode = validateMember(group, m.memberId, m.groupInstanceId);
      if (errorCode === ErrorCode.NONE) removeLeavingMember(fx, group, m.memberId);
    }
    if (errorCode === ErrorCode.NONE) removedAny = true;
    members.push({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode });
  }
  if (removedAny) {
    if (group.is('Stable') || group.is('CompletingRebalance'))
      maybePrepareRebalanceOrCompleteJoin(ctx, fx, group, nowMs);
    else if (group.is('PreparingRebalance')) maybeCompleteJoinPhase(ctx, fx, group, nowMs);
  }
  return fx.result({ errorCode: ErrorCode.NONE, members });
}

function removeLeavingMember(fx: Effects, group: ClassicGroup, memberId: string): void {
  const member = group.members.get(memberId);
  if (member) dropParkedRequests(fx, member);
  group.remove(memberId);
}

export function scheduleLoadedMembers(group: ClassicGroup, nowMs: number): void {
  for (const m of group.members.values()) {
    if (m.heartbeatDeadlineMs === DEADLINE_AFTER_LOAD) m.heartbeatDeadlineMs = nowMs + m.sessionTimeoutMs;
  }
}

/** Fires every group timer due at nowMs (pending joins, sessions, join/sync phases) in deadline order. */
export function fireDueTimers(ctx: GroupShardContext, fx: Effects, nowMs: number): void {
  const due: Array<{ deadlineMs: number; fire: () => void }> = [];
  for (const group of ctx.groups.values()) {
    scheduleLoadedMembers(group, nowMs);
    for (const [memberId, deadlineMs] of group.pendingJoinMembers) {
      if (deadlineMs > nowMs) continue;
      due.push({
        deadlineMs,
        fire: () => {
          if (
            ctx.groups.get(group.groupId) !== group ||
            group.pendingJoinMembers.get(memberId) !== deadlineMs
          )
            return;
          group.remove(memberId);
          if (group.is('PreparingRebalance') && group.hasAllMembersJoined())
            completeJoin(ctx, fx, group, nowMs);
        },
      });
    }
    for (const member of group.members.values()) {
      const deadlineMs = member.heartbeatDeadlineMs;
      if (deadlineMs === null || deadlineMs > nowMs) continue;
      due.push({
        deadlineMs,
        fire: () => {
          if (ctx.groups.get(group.groupId) !== group || group.members.get(member.memberId) !== member)
            return;
          if (member.heartbeatDeadlineMs !== deadlineMs) return;
          member.heartbeatDeadlineMs = null;
          if (!member.hasSatisfiedHeartbeat()) removeMemberAndUpdateGroup(ctx, fx, group, member, nowMs);
        },
      });
    }
    const join = group.joinTimer;
    if (join !== null && join.deadlineMs <= nowMs) {
      due.push({
        deadlineMs: join.deadlineMs,
        fire: () => {
          if (ctx.groups.get(group.groupId) !== group || group.joinTimer !== join) return;
          group.joinTimer = null;
          if (join.initial) tryCompleteInitialRebalance(ctx, fx, group, join.initial, nowMs);
          else completeJoin(ctx, fx, group, nowMs);
        },
      });
    }
    const sync = group.syncTimer;
    if (sync !== null && sync.deadlineMs <= nowMs) {
      due.push({
        deadlineMs: sync.deadlineMs,
        fire: () => {
          if (ctx.groups.get(group.groupId) !== group || group.syncTimer !== sync) return;
          group.syncTimer = null;
          expirePendingSync(ctx, fx, group, sync.generationId, nowMs);
        },
      });
    }
  }
  due.sort((a, b) => a.deadlineMs - b.deadlineMs);
  for (const timer of due) timer.fire();
}

/** The earliest group timer, or `next` when that is earlier (null: nothing scheduled). */
export function nextTimerDeadlineMs(groups: Iterable<ClassicGroup>, next: number | null): number | null {
  const consider = (t: number | null): void => {
    if (t !== null && t !== DEADLINE_AFTER_LOAD && (next === null || t < next)) next = t;
  };
  for (const group of groups) {
    for (const t of group.pendingJoinMembers.values()) consider(t);
    for (const m of group.members.values()) consider(m.heartbeatDeadlineMs);
    consider(group.joinTimer?.deadlineMs ?? null);
    consider(group.syncTimer?.deadlineMs ?? null);
  }
  return next;
}
