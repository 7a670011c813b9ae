// DescribeProducers (key 61), version 0. Per requested partition, the producers with state in its
// log (id, epoch, last sequence, last timestamp, coordinator epoch, open transaction's first offset
// or -1). A topic missing from the metadata is UNKNOWN_TOPIC_OR_PARTITION with Kafka's message; a
// missing partition of a known topic is UNKNOWN_TOPIC_OR_PARTITION and one led elsewhere
// NOT_LEADER_OR_FOLLOWER, both without message, as Kafka answers. No authorizer, so no
// TOPIC_AUTHORIZATION_FAILED; an invalid topic name is reported as unknown.
import {
  DescribeProducersApi,
  type DescribeProducersRequest,
  type DescribeProducersResponse,
  type PartitionResponse,
} from '../../../wire/generated/api/061-describe-producers.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, register } from '../handler.js';

const UNKNOWN_TOPIC_MESSAGE = 'This server does not host this topic-partition.';

export function describeProducersHandler(deps: HandlerDeps): Handler {
  const handler: Handler<DescribeProducersRequest, DescribeProducersResponse> = {
    api: DescribeProducersApi,
    minVersion: 0,
    maxVersion: 0,
    handle(request: DescribeProducersRequest): Init<DescribeProducersResponse> {
      const image = deps.metadata.image();
      const topics = request.topics.map((topic) => {
        const known = image.topics.has(topic.name);
        const partitions = topic.partitionIndexes.map((partitionIndex): Init<PartitionResponse> => {
          if (!known) {
            return {
              partitionIndex,
              errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
              errorMessage: UNKNOWN_TOPIC_MESSAGE,
              activeProducers: [],
            };
          }
          const r = deps.replicas.activeProducers(topic.name, partitionIndex);
          return { partitionIndex, errorCode: r.errorCode, errorMessage: null, activeProducers: r.producers };
        });
        return { name: topic.name, partitions };
      });
      return { throttleTimeMs: 0, topics };
    },
  };
  return register(handler);
}
