// AddPartitionsToTxn (key 24), versions 0-3 only: the client form with one transaction (v4+ is the
// broker-to-broker batched form and is never advertised). As in Kafka's KafkaApis, when any
// partition is unknown those get UNKNOWN_TOPIC_OR_PARTITION, the rest OPERATION_NOT_ATTEMPTED, and
// the coordinator is not asked; otherwise the coordinator's answer applies to every partition.
// PRODUCER_FENCED is INVALID_PRODUCER_EPOCH before v2.
import {
  AddPartitionsToTxnApi,
  type AddPartitionsToTxnRequest,
  type AddPartitionsToTxnResponse,
} from '../../../wire/generated/api/024-add-partitions-to-txn.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/shard-runner.js';
import type { TransactionService } from '../../coordinator/txn-runtime.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function addPartitionsToTxnHandler(deps: HandlerDeps, txns: TransactionService): Handler {
  const handler: Handler<AddPartitionsToTxnRequest, AddPartitionsToTxnResponse> = {
    api: AddPartitionsToTxnApi,
    minVersion: 0,
    maxVersion: 3,
    async handle(
      request: AddPartitionsToTxnRequest,
      ctx: RequestContext,
    ): Promise<Init<AddPartitionsToTxnResponse>> {
      const image = deps.metadata.image();
      const topics = request.v3AndBelowTopics;
      const known = (topic: string, p: number) => image.topics.get(topic)?.partitions[p] !== undefined;
      const anyUnknown = topics.some((t) => t.partitions.some((p) => !known(t.name, p)));
      let codeFor: (topic: string, p: number) => number;
      if (anyUnknown) {
        codeFor = (topic, p) =>
          known(topic, p) ? ErrorCode.OPERATION_NOT_ATTEMPTED : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      } else {
        const result = await txns.addPartitionsToTxn({
          transactionalId: request.v3AndBelowTransactionalId,
          producerId: request.v3AndBelowProducerId,
          producerEpoch: request.v3AndBelowProducerEpoch,
          partitions: topics.flatMap((t) => t.partitions.map((partition) => ({ topic: t.name, partition }))),
        });
        let code = isCoordinatorError(result) ? result.coordinatorError : result.errorCode;
        if (code === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 2) code = ErrorCode.INVALID_PRODUCER_EPOCH;
        codeFor = () => code;
      }
      return {
        throttleTimeMs: 0,
        resultsByTopicV3AndBelow: topics.map((t) => ({
          name: t.name,
          resultsByPartition: t.partitions.map((p) => ({
            partitionIndex: p,
            partitionErrorCode: codeFor(t.name, p),
          })),
        })),
      };
    },
  };
  return register(handler);
}
