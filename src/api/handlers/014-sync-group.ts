// SyncGroup (key 14), versions 0-5, served by the group coordinator; a member's response waits for
// the leader's assignment. group_instance_id is v3+. From v5 protocol_type and protocol_name are
// mandatory (INCONSISTENT_GROUP_PROTOCOL when missing, as Kafka checks before the coordinator) and
// are checked against the group's; the response carries them from v5.
import {
  SyncGroupApi,
  type SyncGroupRequest,
  type SyncGroupResponse,
} from '../../../wire/generated/api/014-sync-group.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/runtime.js';
import type { GroupService } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

const EMPTY = Buffer.alloc(0);

export function syncGroupHandler(groups: GroupService): Handler {
  const handler: Handler<SyncGroupRequest, SyncGroupResponse> = {
    api: SyncGroupApi,
    minVersion: 0,
    maxVersion: 5,
    async handle(request: SyncGroupRequest, ctx: RequestContext): Promise<Init<SyncGroupResponse>> {
      const v = ctx.apiVersion;
      const failed = (errorCode: number): Init<SyncGroupResponse> => ({
        throttleTimeMs: 0,
        errorCode,
        protocolType: null,
        protocolName: null,
        assignment: EMPTY,
      });
      if (v >= 5 && (request.protocolType === null || request.protocolName === null)) {
        return failed(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
      }
      const result = await groups.syncGroup({
        groupId: request.groupId,
        generationId: request.generationId,
        memberId: request.memberId,
        groupInstanceId: v >= 3 ? request.groupInstanceId : null,
        protocolType: v >= 5 ? request.protocolType : null,
        protocolName: v >= 5 ? request.protocolName : null,
        assignments: request.assignments.map((a) => ({ memberId: a.memberId, assignment: a.assignment })),
      });
      if (isCoordinatorError(result)) return failed(result.coordinatorError);
      return {
        throttleTimeMs: 0,
        errorCode: result.errorCode,
        protocolType: result.protocolType,
        protocolName: result.protocolName,
        assignment: result.assignment,
      };
    },
  };
  return register(handler);
}
