// TxnOffsetCommit (key 28), versions 0-4, served by the group coordinator: the offsets are written
// to __consumer_offsets inside the producer's transaction and only become visible with its COMMIT
// marker. As in Kafka's KafkaApis, partitions of unknown topics get UNKNOWN_TOPIC_OR_PARTITION and
// only the rest reach the coordinator. v2 adds the leader epoch; v3 member id, generation and
// group.instance.id (older versions commit as a simple consumer: '', -1, null); v4 only allows
// TRANSACTION_ABORTABLE, which GOssip never returns.
import {
  TxnOffsetCommitApi,
  type TxnOffsetCommitRequest,
  type TxnOffsetCommitResponse,
} from '../../../wire/generated/api/028-txn-offset-commit.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { TxnOffsetCommitInput } from '../../coordinator/group-coordinator.js';
import type { CoordinatorError } from '../../coordinator/shard-runner.js';
import type { OffsetCommitResponse } from '../../coordinator/types.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';
import { committedTopics, splitKnownPartitions } from '../offset-commit-shared.js';

/** The group coordinator's transactional commit (appends a transactional batch of the producer). */
export interface TxnOffsetCommitService {
  txnCommitOffsets(request: TxnOffsetCommitInput): Promise<OffsetCommitResponse | CoordinatorError>;
}

export function txnOffsetCommitHandler(deps: HandlerDeps, groups: TxnOffsetCommitService): Handler {
  const handler: Handler<TxnOffsetCommitRequest, TxnOffsetCommitResponse> = {
    api: TxnOffsetCommitApi,
    minVersion: 0,
    maxVersion: 4,
    async handle(
      request: TxnOffsetCommitRequest,
      ctx: RequestContext,
    ): Promise<Init<TxnOffsetCommitResponse>> {
      const v = ctx.apiVersion;
      const { rejected, valid } = splitKnownPartitions(deps.metadata.image(), request.topics, (p) => ({
        partitionIndex: p.partitionIndex,
        committedOffset: p.committedOffset,
        committedLeaderEpoch: v >= 2 ? p.committedLeaderEpoch : -1,
        committedMetadata: p.committedMetadata,
      }));
      if (valid.length === 0) return { throttleTimeMs: 0, topics: rejected };
      const result = await groups.txnCommitOffsets({
        groupId: request.groupId,
        producerId: request.producerId,
        producerEpoch: request.producerEpoch,
        generationId: v >= 3 ? request.generationId : -1,
        memberId: v >= 3 ? request.memberId : '',
        groupInstanceId: v >= 3 ? request.groupInstanceId : null,
        topics: valid,
      });
      const committed = committedTopics(valid, result);
      return { throttleTimeMs: 0, topics: [...rejected, ...committed] };
    },
  };
  return register(handler);
}
