// The admin side of the classic group coordinator: DescribeGroups, ListGroups and DeleteGroups.
// Describe and list only read; deleting an Empty group emits tombstones for its offsets and then
// for its metadata.

import { ErrorCode } from '../../wire/generated/error-codes.js';
import { Effects, EMPTY_BUFFER, type GroupShardContext } from './group-context.js';
import type { DeleteGroupResult, DescribedGroup, GroupState, ListedGroup, ShardResult } from './types.js';

export function describeGroups(ctx: GroupShardContext, groupIds: readonly string[]): DescribedGroup[] {
  return groupIds.map((groupId) => {
    const group = ctx.groups.get(groupId);
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
export function listGroups(ctx: GroupShardContext, statesFilter: readonly string[] = []): ListedGroup[] {
  const wanted = new Set(statesFilter.map((s) => s.trim().toLowerCase()));
  const out: ListedGroup[] = [];
  for (const group of ctx.groups.values()) {
    if (wanted.size > 0 && !wanted.has(group.state.toLowerCase())) continue;
    out.push({ groupId: group.groupId, protocolType: group.protocolType ?? '', groupState: group.state });
  }
  return out;
}

export function deleteGroups(
  ctx: GroupShardContext,
  groupIds: readonly string[],
): ShardResult<DeleteGroupResult[]> {
  const fx = new Effects();
  const results = groupIds.map((groupId): DeleteGroupResult => {
    if (groupId === '') return { groupId, errorCode: ErrorCode.INVALID_GROUP_ID };
    const group = ctx.groups.get(groupId);
    if (!group) return { groupId, errorCode: ErrorCode.GROUP_ID_NOT_FOUND };
    if (!group.is('Empty')) return { groupId, errorCode: ErrorCode.NON_EMPTY_GROUP };
    for (const [topic, partitions] of [...(ctx.offsets.groupOffsets(groupId) ?? [])]) {
      for (const partition of [...partitions.keys()]) {
        ctx.emit(fx, { kind: 'offset-commit', group: groupId, topic, partition, value: null });
      }
    }
    ctx.emit(fx, { kind: 'group-metadata', group: groupId, value: null });
    return { groupId, errorCode: ErrorCode.NONE };
  });
  return fx.result(results);
}
