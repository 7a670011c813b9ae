// Heartbeat (key 12), versions 0-4, served by the group coordinator. group_instance_id is v3+.
import {
  HeartbeatApi,
  type HeartbeatRequest,
  type HeartbeatResponse,
} from '../../../wire/generated/api/012-heartbeat.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/runtime.js';
import type { GroupService } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function heartbeatHandler(groups: GroupService): Handler {
  const handler: Handler<HeartbeatRequest, HeartbeatResponse> = {
    api: HeartbeatApi,
    minVersion: 0,
    maxVersion: 4,
    async handle(request: HeartbeatRequest, ctx: RequestContext): Promise<Init<HeartbeatResponse>> {
      const result = await groups.heartbeat({
        groupId: request.groupId,
        generationId: request.generationId,
        memberId: request.memberId,
        groupInstanceId: ctx.apiVersion >= 3 ? request.groupInstanceId : null,
      });
      const errorCode = isCoordinatorError(result) ? result.coordinatorError : result.errorCode;
      return { throttleTimeMs: 0, errorCode };
    },
  };
  return register(handler);
}
