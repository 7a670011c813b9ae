// DeleteGroups (key 42), versions 0-2: deletes Empty groups with their offsets, one result per
// group (GROUP_ID_NOT_FOUND when unknown, NON_EMPTY_GROUP while it has members, or the
// coordinator error when the group is not served here). Difference: an empty group id is
// INVALID_GROUP_ID (Kafka accepts '' as a group).
import {
  DeleteGroupsApi,
  type DeleteGroupsRequest,
  type DeleteGroupsResponse,
} from '../../../wire/generated/api/042-delete-groups.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { GroupService } from '../deps.js';
import { type Handler, register } from '../handler.js';

export function deleteGroupsHandler(groups: GroupService): Handler {
  const handler: Handler<DeleteGroupsRequest, DeleteGroupsResponse> = {
    api: DeleteGroupsApi,
    minVersion: 0,
    maxVersion: 2,
    async handle(request: DeleteGroupsRequest): Promise<Init<DeleteGroupsResponse>> {
      const results = await groups.deleteGroups(request.groupsNames);
      return { throttleTimeMs: 0, results };
    },
  };
  return register(handler);
}
