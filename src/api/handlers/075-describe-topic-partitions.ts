// DescribeTopicPartitions (key 75), version 0 (KIP-966): topics with their partitions, paged by
// response_partition_limit (at most 2000, Kafka's max.request.partition.size.limit) with a cursor.
// All topics when none are named; topics in name order; an unknown topic gets
// UNKNOWN_TOPIC_OR_PARTITION. Eligible leader replicas are not kept, so both ELR lists are empty,
// as Kafka reports them with ELR disabled. kafka-topics --describe uses this API.
import {
  DescribeTopicPartitionsApi,
  type DescribeTopicPartitionsRequest,
  type DescribeTopicPartitionsResponse,
  type DescribeTopicPartitionsResponseTopic,
} from '../../../wire/generated/api/075-describe-topic-partitions.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import { type Init, uuidFromBytes, ZERO_UUID } from '../../../wire/primitives/index.js';
import { isInternalTopic } from '../../metadata/image.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, register } from '../handler.js';

const PARTITION_LIMIT_MAX = 2000;
/** Every topic operation is allowed without an authorizer (AclOperation bits 3-8, 10, 11). */
const TOPIC_OPERATIONS_ALL = 3576;

export function describeTopicPartitionsHandler(deps: HandlerDeps): Handler {
  const handler: Handler<DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse> = {
    api: DescribeTopicPartitionsApi,
    minVersion: 0,
    maxVersion: 0,
    handle(request: DescribeTopicPartitionsRequest): Init<DescribeTopicPartitionsResponse> {
      const image = deps.metadata.image();
      const names =
        request.topics.length === 0
          ? [...image.topics.keys()]
          : [...new Set(request.topics.map((t) => t.name))];
      names.sort();
      const cursor = request.cursor;
      let budget = Math.max(1, Math.min(request.responsePartitionLimit, PARTITION_LIMIT_MAX));
      const topics: Init<DescribeTopicPartitionsResponseTopic>[] = [];
      let nextCursor: { topicName: string; partitionIndex: number } | null = null;
      for (const name of names) {
        if (cursor && name < cursor.topicName) continue;
        const topic = image.topics.get(name);
        if (!topic) {
          topics.push({
            errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            name,
            topicId: ZERO_UUID,
            isInternal: isInternalTopic(name),
            partitions: [],
            topicAuthorizedOperations: TOPIC_OPERATIONS_ALL,
          });
          continue;
        }
        const start = cursor && name === cursor.topicName ? Math.max(0, cursor.partitionIndex) : 0;
        if (budget === 0) {
          nextCursor = { topicName: name, partitionIndex: start };
          break;
        }
        const slice = topic.partitions.slice(start, start + budget);
        budget -= slice.length;
        topics.push({
          errorCode: ErrorCode.NONE,
          name,
          topicId: uuidFromBytes(topic.topicId),
          isInternal: topic.internal,
          partitions: slice.map((p) => ({
            errorCode: p.leader < 0 ? ErrorCode.LEADER_NOT_AVAILABLE : ErrorCode.NONE,
            partitionIndex: p.partition,
            leaderId: p.leader,
            leaderEpoch: p.leaderEpoch,
            replicaNodes: p.replicas,
            isrNodes: p.isr,
            eligibleLeaderReplicas: [],
            lastKnownElr: [],
            offlineReplicas: p.offlineReplicas,
          })),
          topicAuthorizedOperations: TOPIC_OPERATIONS_ALL,
        });
        if (start + slice.length < topic.partitions.length) {
          nextCursor = { topicName: name, partitionIndex: start + slice.length };
          break;
        }
      }
      return { throttleTimeMs: 0, topics, nextCursor };
    },
  };
  return register(handler);
}
