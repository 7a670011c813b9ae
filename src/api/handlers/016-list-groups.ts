// ListGroups (key 16), versions 0-4: the groups of every group shard on this node, with
// COORDINATOR_LOAD_IN_PROGRESS (and the groups loaded so far) while a partition loads, as Kafka
// does. v4 filters by state (case-insensitive); v5 (types_filter, KIP-848) is not served. Order is
// undefined, as in Kafka.
import {
  ListGroupsApi,
  type ListGroupsRequest,
  type ListGroupsResponse,
} from '../../../wire/generated/api/016-list-groups.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { GroupService } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function listGroupsHandler(groups: GroupService): Handler {
  const handler: Handler<ListGroupsRequest, ListGroupsResponse> = {
    api: ListGroupsApi,
    minVersion: 0,
    maxVersion: 4,
    async handle(request: ListGroupsRequest, ctx: RequestContext): Promise<Init<ListGroupsResponse>> {
      const listed = await groups.listGroups(ctx.apiVersion >= 4 ? request.statesFilter : []);
      return {
        throttleTimeMs: 0,
        errorCode: listed.errorCode,
        groups: listed.groups.map((g) => ({
          groupId: g.groupId,
          protocolType: g.protocolType,
          groupState: g.groupState,
        })),
      };
    },
  };
  return register(handler);
}
