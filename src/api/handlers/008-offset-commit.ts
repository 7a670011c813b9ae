// OffsetCommit (key 8), versions 0-9, served by the group coordinator. As in Kafka's KafkaApis,
// partitions of unknown topics (or beyond a topic's partition count) get UNKNOWN_TOPIC_OR_PARTITION
// here and only the rest reach the coordinator; with none left the coordinator is not asked at all.
// v0 has no generation or member id (a simple commit), v1 carries a per-partition commit
// timestamp, v2-4 a retention time, v6+ the leader epoch, v7+ group_instance_id; v9 = v8 on the wire
// and in behaviour. Differences: v0 commits are stored like v1 commits with no generation (Kafka 3.9
// in KRaft mode answers UNSUPPORTED_VERSION for every partition, as v0 meant ZooKeeper storage);
// an empty group id is INVALID_GROUP_ID (Kafka accepts '' as a group).
import {
  OffsetCommitApi,
  type OffsetCommitRequest,
  type OffsetCommitResponse,
  type OffsetCommitResponseTopic,
} from '../../../wire/generated/api/008-offset-commit.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/runtime.js';
import type { OffsetCommitRequest as CommitInput } from '../../coordinator/types.js';
import type { GroupService, HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

type Topics = Init<OffsetCommitResponseTopic>[];

export function offsetCommitHandler(deps: HandlerDeps, groups: GroupService): Handler {
  const handler: Handler<OffsetCommitRequest, OffsetCommitResponse> = {
    api: OffsetCommitApi,
    minVersion: 0,
    maxVersion: 9,
    async handle(request: OffsetCommitRequest, ctx: RequestContext): Promise<Init<OffsetCommitResponse>> {
      const v = ctx.apiVersion;
      const image = deps.metadata.image();
      const rejected: Topics = [];
      const valid: CommitInput['topics'] = [];
      for (const topic of request.topics) {
        const info = image.topics.get(topic.name);
        const known = topic.partitions.filter((p) => info?.partitions[p.partitionIndex] !== undefined);
        const unknown = topic.partitions.filter((p) => info?.partitions[p.partitionIndex] === undefined);
        if (unknown.length > 0) {
          rejected.push({
            name: topic.name,
            partitions: unknown.map((p) => ({
              partitionIndex: p.partitionIndex,
              errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            })),
          });
        }
        if (known.length === 0) continue;
        valid.push({
          name: topic.name,
          partitions: known.map((p) => ({
            partitionIndex: p.partitionIndex,
            committedOffset: p.committedOffset,
            committedLeaderEpoch: v >= 6 ? p.committedLeaderEpoch : -1,
            commitTimestamp: v === 1 ? p.commitTimestamp : -1n,
            committedMetadata: p.committedMetadata,
          })),
        });
      }
      if (valid.length === 0) return { throttleTimeMs: 0, topics: rejected };
      const result = await groups.commitOffsets({
        // v9 gets Kafka 3.9's classic-coordinator answers (ILLEGAL_GENERATION, not
        // GROUP_ID_NOT_FOUND, for a generation in an unknown group), as v8 does.
        apiVersion: Math.min(v, 8),
        groupId: request.groupId,
        generationIdOrMemberEpoch: v >= 1 ? request.generationIdOrMemberEpoch : -1,
        memberId: v >= 1 ? request.memberId : '',
        groupInstanceId: v >= 7 ? request.groupInstanceId : null,
        retentionTimeMs: v >= 2 && v <= 4 ? request.retentionTimeMs : -1n,
        topics: valid,
      });
      const committed: Topics = isCoordinatorError(result)
        ? valid.map((t) => ({
            name: t.name,
            partitions: t.partitions.map((p) => ({
              partitionIndex: p.partitionIndex,
              errorCode: result.coordinatorError,
            })),
          }))
        : result.topics;
      return { throttleTimeMs: 0, topics: merge(rejected, committed) };
    },
  };
  return register(handler);
}

/** One entry per topic name, partitions of both lists together. */
function merge(a: Topics, b: Topics): Topics {
  const byName = new Map<string, Init<OffsetCommitResponseTopic>>();
  for (const t of [...a, ...b]) {
    const name = t.name ?? '';
    const seen = byName.get(name);
    if (seen) byName.set(name, { name, partitions: [...(seen.partitions ?? []), ...(t.partitions ?? [])] });
    else byName.set(name, t);
  }
  return [...byName.values()];
}
