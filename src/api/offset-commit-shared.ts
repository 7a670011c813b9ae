// Request-to-coordinator translation shared by OffsetCommit (key 8) and TxnOffsetCommit (key 28):
// partitions of unknown topics (or beyond a topic's partition count) are answered here with
// UNKNOWN_TOPIC_OR_PARTITION, the rest go to the coordinator, and a coordinator-level error is
// spread over every partition that was sent to it.
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { type CoordinatorError, isCoordinatorError } from '../coordinator/shard-runner.js';
import type { OffsetCommitResponse } from '../coordinator/types.js';
import type { MetadataImage } from '../metadata/image.js';

/** Per-partition commit answers of one topic, the shape both responses use. */
export type CommitResultTopic = OffsetCommitResponse['topics'][number];

interface RequestTopic<P> {
  name: string;
  partitions: P[];
}

/** Splits request topics into partitions rejected as unknown and coordinator input for the rest. */
export function splitKnownPartitions<P extends { partitionIndex: number }, Q>(
  image: MetadataImage,
  topics: RequestTopic<P>[],
  toInput: (partition: P) => Q,
): { rejected: CommitResultTopic[]; valid: RequestTopic<Q>[] } {
  const rejected: CommitResultTopic[] = [];
  const valid: RequestTopic<Q>[] = [];
  for (const topic of topics) {
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
    valid.push({ name: topic.name, partitions: known.map(toInput) });
  }
  return { rejected, valid };
}

/** The coordinator's per-partition answers, or its single error repeated for each partition sent. */
export function committedTopics(
  valid: RequestTopic<{ partitionIndex: number }>[],
  result: OffsetCommitResponse | CoordinatorError,
): CommitResultTopic[] {
  if (!isCoordinatorError(result)) return result.topics;
  return valid.map((t) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({
      partitionIndex: p.partitionIndex,
      errorCode: result.coordinatorError,
    })),
  }));
}
