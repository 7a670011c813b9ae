// OffsetFetch (key 9), versions 0-7, served by the group coordinator (v8+, the multi-group layout,
// is not served). v0-1 have no top-level error: a group-level error is repeated on every requested
// partition, as Kafka does. v2+ answer group errors at the top level, and null topics means every
// committed offset of the group. v5+ carry the leader epoch; v7 require_stable answers
// UNSTABLE_OFFSET_COMMIT while a transaction's offsets are pending. Partitions never committed answer offset -1 with
// no error. Differences: v0 reads the coordinator like v1 (Kafka 3.9 in KRaft mode answers
// UNSUPPORTED_VERSION for every partition, as v0 meant ZooKeeper offsets); an empty group id is
// INVALID_GROUP_ID (Kafka accepts '' as a group).
import {
  OffsetFetchApi,
  type OffsetFetchRequest,
  type OffsetFetchResponse,
} from '../../../wire/generated/api/009-offset-fetch.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/runtime.js';
import type { GroupService } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function offsetFetchHandler(groups: GroupService): Handler {
  const handler: Handler<OffsetFetchRequest, OffsetFetchResponse> = {
    api: OffsetFetchApi,
    minVersion: 0,
    maxVersion: 7,
    async handle(request: OffsetFetchRequest, ctx: RequestContext): Promise<Init<OffsetFetchResponse>> {
      const v = ctx.apiVersion;
      const topics = v >= 2 ? request.topics : (request.topics ?? []);
      const result = await groups.fetchOffsets({
        groupId: request.groupId,
        topics:
          topics === null
            ? null
            : topics.map((t) => ({ name: t.name, partitionIndexes: t.partitionIndexes })),
        requireStable: v >= 7 ? request.requireStable : false,
      });
      const groupError = isCoordinatorError(result) ? result.coordinatorError : result.errorCode;
      if (groupError !== ErrorCode.NONE || isCoordinatorError(result)) {
        if (v >= 2) return { throttleTimeMs: 0, errorCode: groupError, topics: [] };
        return {
          throttleTimeMs: 0,
          topics: (topics ?? []).map((t) => ({
            name: t.name,
            partitions: t.partitionIndexes.map((partitionIndex) => ({
              partitionIndex,
              committedOffset: -1n,
              committedLeaderEpoch: -1,
              metadata: '',
              errorCode: groupError,
            })),
          })),
        };
      }
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        topics: result.topics.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((p) => ({
            partitionIndex: p.partitionIndex,
            committedOffset: p.committedOffset,
            committedLeaderEpoch: p.committedLeaderEpoch,
            metadata: p.metadata,
            errorCode: p.errorCode,
          })),
        })),
      };
    },
  };
  return register(handler);
}
