// LeaveGroup (key 13), versions 0-5, served by the group coordinator. v0-2 name one member
// (member_id) and answer with one error code: the top-level error, else the member's, as Kafka's
// LeaveGroupResponse does for old versions. v3+ remove a batch of members (by member id, or by
// group_instance_id alone) and answer per member (an unknown group too: UNKNOWN_MEMBER_ID for each); v5 carries a reason (only logged by Kafka).
import {
  LeaveGroupApi,
  type LeaveGroupRequest,
  type LeaveGroupResponse,
} from '../../../wire/generated/api/013-leave-group.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/runtime.js';
import type { GroupService } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function leaveGroupHandler(groups: GroupService): Handler {
  const handler: Handler<LeaveGroupRequest, LeaveGroupResponse> = {
    api: LeaveGroupApi,
    minVersion: 0,
    maxVersion: 5,
    async handle(request: LeaveGroupRequest, ctx: RequestContext): Promise<Init<LeaveGroupResponse>> {
      const v = ctx.apiVersion;
      const members =
        v >= 3
          ? request.members.map((m) => ({
              memberId: m.memberId,
              groupInstanceId: m.groupInstanceId,
              reason: v >= 5 ? m.reason : null,
            }))
          : [{ memberId: request.memberId, groupInstanceId: null, reason: null }];
      const result = await groups.leaveGroup({ groupId: request.groupId, members });
      if (isCoordinatorError(result))
        return { throttleTimeMs: 0, errorCode: result.coordinatorError, members: [] };
      if (v < 3) {
        const memberError = result.members.find((m) => m.errorCode !== ErrorCode.NONE)?.errorCode;
        const errorCode =
          result.errorCode !== ErrorCode.NONE ? result.errorCode : (memberError ?? ErrorCode.NONE);
        return { throttleTimeMs: 0, errorCode, members: [] };
      }
      if (result.errorCode === ErrorCode.UNKNOWN_MEMBER_ID && result.members.length === 0) {
        // Unknown group: Kafka 3.9 answers each member with UNKNOWN_MEMBER_ID under no top-level error.
        return {
          throttleTimeMs: 0,
          errorCode: ErrorCode.NONE,
          members: members.map((m) => ({
            memberId: m.memberId,
            groupInstanceId: m.groupInstanceId,
            errorCode: ErrorCode.UNKNOWN_MEMBER_ID,
          })),
        };
      }
      return {
        throttleTimeMs: 0,
        errorCode: result.errorCode,
        members: result.members.map((m) => ({
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId,
          errorCode: m.errorCode,
        })),
      };
    },
  };
  return register(handler);
}
