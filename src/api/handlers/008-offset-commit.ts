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
import type { Init } from '../../../wire/primitives/index.js';
import type { GroupService, HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';
import { committedTopics, splitKnownPartitions } from '../offset-commit-shared.js';

type Topics = Init<OffsetCommitResponseTopic>[];

export function offsetCommitHandler(deps: HandlerDeps, groups: GroupService): Handler {
  const handler: Handler<OffsetCommitRequest, OffsetCommitResponse> = {
    api: OffsetCommitApi,
    minVersion: 0,
    maxVersion: 9,
    async handle(request: OffsetCommitRequest, ctx: RequestContext): Promise<Init<OffsetCommitResponse>> {
      const v = ctx.apiVersion;
      const { rejected, valid } = splitKnownPartitions(deps.metadata.image(), request.topics, (p) => ({
        partitionIndex: p.partitionIndex,
        committedOffset: p.committedOffset,
        committedLeaderEpoch: v >= 6 ? p.committedLeaderEpoch : -1,
        commitTimestamp: v === 1 ? p.commitTimestamp : -1n,
        committedMetadata: p.committedMetadata,
      }));
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
      const committed = committedTopics(valid, result);
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
