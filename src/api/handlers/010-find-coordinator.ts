// FindCoordinator (key 10), versions 0-5. Group keys (key_type 0) map to the leader of their
// __consumer_offsets partition, transactional ids (key_type 1, v1+) to the leader of their
// __transaction_state partition; the topic is created on first need and the answer is
// COORDINATOR_NOT_AVAILABLE until its partition has a live leader, as in Kafka. v4+ batch the keys.
// Like Kafka, v1-3 answer error_message "NONE" on success and v4+ ''. Share-group keys (key_type 2) are
// rejected with INVALID_REQUEST, as GOssip has no share coordinator.
import {
  type Coordinator,
  FindCoordinatorApi,
  type FindCoordinatorRequest,
  type FindCoordinatorResponse,
} from '../../../wire/generated/api/010-find-coordinator.js';
import { ErrorCode, errorInfo } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { GroupService } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function findCoordinatorHandler(groups: GroupService): Handler {
  const handler: Handler<FindCoordinatorRequest, FindCoordinatorResponse> = {
    api: FindCoordinatorApi,
    minVersion: 0,
    maxVersion: 5,
    handle(request: FindCoordinatorRequest, ctx: RequestContext): Init<FindCoordinatorResponse> {
      const v = ctx.apiVersion;
      const keyType = v >= 1 ? request.keyType : 0;
      if (v >= 4) {
        const coordinators = request.coordinatorKeys.map((key): Init<Coordinator> => {
          const found = groups.findCoordinator(keyType, key);
          return {
            key,
            nodeId: found.nodeId,
            host: found.host,
            port: found.port,
            errorCode: found.errorCode,
            errorMessage: found.errorCode === ErrorCode.NONE ? '' : errorInfo(found.errorCode).message,
          };
        });
        return { throttleTimeMs: 0, coordinators };
      }
      const found = groups.findCoordinator(keyType, request.key);
      return {
        throttleTimeMs: 0,
        errorCode: found.errorCode,
        errorMessage: found.errorCode === ErrorCode.NONE ? 'NONE' : errorInfo(found.errorCode).message,
        nodeId: found.nodeId,
        host: found.host,
        port: found.port,
      };
    },
  };
  return register(handler);
}
