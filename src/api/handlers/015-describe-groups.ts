// DescribeGroups (key 15), versions 0-5, across every group shard on this node; a group whose
// coordinator is elsewhere (or loading) gets that error with state Dead, as in Kafka. An unknown
// group is described as Dead with no error. group_instance_id is v4+. With
// include_authorized_operations (v3+) every group operation is reported as allowed, which is what
// Kafka answers without an authorizer; otherwise authorized_operations is INT32_MIN ("omitted").
// Difference: an empty group id is INVALID_GROUP_ID (Kafka accepts '' as a group).
import {
  DescribeGroupsApi,
  type DescribeGroupsRequest,
  type DescribeGroupsResponse,
} from '../../../wire/generated/api/015-describe-groups.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/runtime.js';
import type { GroupService } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;
/** Kafka's AclOperation codes of the operations on a group: READ, DELETE, DESCRIBE. */
const GROUP_OPERATIONS = [3, 6, 8];
const ALL_GROUP_OPERATIONS = GROUP_OPERATIONS.reduce((bits, op) => bits | (1 << op), 0);

export function describeGroupsHandler(groups: GroupService): Handler {
  const handler: Handler<DescribeGroupsRequest, DescribeGroupsResponse> = {
    api: DescribeGroupsApi,
    minVersion: 0,
    maxVersion: 5,
    async handle(request: DescribeGroupsRequest, ctx: RequestContext): Promise<Init<DescribeGroupsResponse>> {
      const v = ctx.apiVersion;
      const authorizedOperations =
        v >= 3 && request.includeAuthorizedOperations ? ALL_GROUP_OPERATIONS : AUTHORIZED_OPERATIONS_OMITTED;
      const described = await groups.describeGroups(request.groups);
      return {
        throttleTimeMs: 0,
        groups: described.map((g, i) => {
          if (isCoordinatorError(g)) {
            return {
              errorCode: g.coordinatorError,
              groupId: request.groups[i] ?? '',
              groupState: 'Dead',
              protocolType: '',
              protocolData: '',
              members: [],
              authorizedOperations,
            };
          }
          return {
            errorCode: g.errorCode,
            groupId: g.groupId,
            groupState: g.groupState,
            protocolType: g.protocolType,
            protocolData: g.protocolData,
            members: g.members.map((m) => ({
              memberId: m.memberId,
              groupInstanceId: v >= 4 ? m.groupInstanceId : null,
              clientId: m.clientId,
              clientHost: m.clientHost,
              memberMetadata: m.memberMetadata,
              memberAssignment: m.memberAssignment,
            })),
            authorizedOperations,
          };
        }),
      };
    },
  };
  return register(handler);
}
