// What the classic group coordinator's operations share: the shard's state as a context object
// (so each protocol area can live in its own module as plain functions), the Effects collector,
// and the small answers and checks that JoinGroup, SyncGroup, Heartbeat and LeaveGroup all use.
// Persistent state still changes only through ctx.emit, which replays a record before keeping it.

import { ErrorCode } from '../../wire/generated/error-codes.js';
import type { Random } from '../common/random.js';
import type { GroupCoordinatorConfig } from './config.js';
import type { ClassicGroup, ClassicGroupMember } from './group-state.js';
import type { OffsetStore, PendingTxnOffsets } from './offsets.js';
import type { CoordinatorRecord } from './records.js';
import type {
  Completion,
  JoinGroupRequest,
  JoinGroupResponse,
  ShardResult,
  SyncGroupResponse,
} from './types.js';

export const EMPTY_BUFFER = Buffer.alloc(0);

/** Records and completions gathered while handling one input. */
export class Effects {
  readonly records: CoordinatorRecord[] = [];
  readonly completions: Completion[] = [];

  result<R>(response: R): ShardResult<R> {
    return { records: this.records, completions: this.completions, response };
  }
}

/** The shard's state as its operations see it. */
export interface GroupShardContext {
  readonly config: GroupCoordinatorConfig;
  /** Source of the random part of new member ids. */
  readonly random: Random;
  readonly groups: Map<string, ClassicGroup>;
  readonly offsets: OffsetStore;
  /** TxnOffsetCommit offsets waiting for their producer's marker. */
  readonly pendingTxnOffsets: PendingTxnOffsets;
  /** Replays `record` (the only way persistent state changes) and adds it to fx's records. */
  emit(fx: Effects, record: CoordinatorRecord): void;
}

export function completeJoinRequest(fx: Effects, req: JoinGroupRequest, response: JoinGroupResponse): void {
  fx.completions.push({ kind: 'join', requestId: req.requestId, response });
}

export function completeParkedJoin(
  fx: Effects,
  member: ClassicGroupMember,
  response: JoinGroupResponse,
): void {
  if (member.awaitingJoin === null) return;
  fx.completions.push({ kind: 'join', requestId: member.awaitingJoin, response });
  member.awaitingJoin = null;
}

/** Answers a removed member's parked requests so the caller never waits on them forever. */
export function dropParkedRequests(fx: Effects, member: ClassicGroupMember): void {
  failParkedRequests(fx, member, ErrorCode.UNKNOWN_MEMBER_ID, '');
}

/** Answers the member's parked JoinGroup (naming `joinMemberId`) and SyncGroup with `errorCode`. */
export function failParkedRequests(
  fx: Effects,
  member: ClassicGroupMember,
  errorCode: number,
  joinMemberId: string,
): void {
  completeParkedJoin(fx, member, joinError(joinMemberId, errorCode));
  if (member.awaitingSync !== null) {
    fx.completions.push({ kind: 'sync', requestId: member.awaitingSync, response: syncError(errorCode) });
    member.awaitingSync = null;
  }
}

export function joinSuccess(group: ClassicGroup, memberId: string, withMembers: boolean): JoinGroupResponse {
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

export function joinError(memberId: string, errorCode: number): JoinGroupResponse {
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

export function syncError(errorCode: number): SyncGroupResponse {
  return { errorCode, protocolType: null, protocolName: null, assignment: EMPTY_BUFFER };
}

/** UNKNOWN_MEMBER_ID or FENCED_INSTANCE_ID when the member (or its static identity) is not current. */
export function validateMember(
  group: ClassicGroup,
  memberId: string,
  groupInstanceId: string | null,
): number {
  if (groupInstanceId !== null) {
    const current = group.staticMemberId(groupInstanceId);
    if (current === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (current !== memberId) return ErrorCode.FENCED_INSTANCE_ID;
  }
  return group.members.has(memberId) ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID;
}
