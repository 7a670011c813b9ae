// JoinGroup (key 11), versions 0-9, served by the group coordinator; the response waits until the
// join phase completes. Version rules: v0 has no rebalance timeout (the session timeout is used, as
// in Kafka); MEMBER_ID_REQUIRED is only answered from v4; group_instance_id is v5+; a missing
// protocol name is answered as '' below v7 (nullable from v7); skip_assignment is v9+. Like Kafka,
// member client_host is '/' + the client's address. group.instance.id syntax is not checked.
import {
  JoinGroupApi,
  type JoinGroupRequest,
  type JoinGroupResponse,
} from '../../../wire/generated/api/011-join-group.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/runtime.js';
import type { GroupService } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function joinGroupHandler(groups: GroupService): Handler {
  const handler: Handler<JoinGroupRequest, JoinGroupResponse> = {
    api: JoinGroupApi,
    minVersion: 0,
    maxVersion: 9,
    async handle(request: JoinGroupRequest, ctx: RequestContext): Promise<Init<JoinGroupResponse>> {
      const v = ctx.apiVersion;
      const result = await groups.joinGroup({
        apiVersion: v,
        groupId: request.groupId,
        sessionTimeoutMs: request.sessionTimeoutMs,
        rebalanceTimeoutMs: v >= 1 ? request.rebalanceTimeoutMs : request.sessionTimeoutMs,
        memberId: request.memberId,
        groupInstanceId: v >= 5 ? request.groupInstanceId : null,
        protocolType: request.protocolType,
        protocols: request.protocols.map((p) => ({ name: p.name, metadata: p.metadata })),
        reason: v >= 8 ? request.reason : null,
        clientId: ctx.clientId ?? '',
        clientHost: `/${ctx.connection.remoteAddress}`,
      });
      if (isCoordinatorError(result)) {
        return {
          throttleTimeMs: 0,
          errorCode: result.coordinatorError,
          generationId: -1,
          protocolType: null,
          protocolName: v >= 7 ? null : '',
          leader: '',
          skipAssignment: false,
          memberId: request.memberId,
          members: [],
        };
      }
      return {
        throttleTimeMs: 0,
        errorCode: result.errorCode,
        generationId: result.generationId,
        protocolType: result.protocolType,
        protocolName: v >= 7 ? result.protocolName : (result.protocolName ?? ''),
        leader: result.leader,
        skipAssignment: result.skipAssignment,
        memberId: result.memberId,
        members: result.members.map((m) => ({
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId,
          metadata: m.metadata,
        })),
      };
    },
  };
  return register(handler);
}
