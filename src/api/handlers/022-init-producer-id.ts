// InitProducerId (key 22), versions 0-5. As in Kafka, a request without a transactional id always
// gets a new producer id with epoch 0 (an idempotent producer bumps its epoch itself and only asks
// again when the epoch would overflow); a producer id given without an epoch, or the reverse, is
// INVALID_REQUEST. A transactional id goes to the transaction coordinator (new id or epoch bump,
// fencing the previous producer); PRODUCER_FENCED is INVALID_PRODUCER_EPOCH before v4, as in Kafka.
// Without a transaction coordinator, a transactional id gets TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
// which every client treats as fatal at once (a retriable error would make them spin until timeout).
import {
  InitProducerIdApi,
  type InitProducerIdRequest,
  type InitProducerIdResponse,
} from '../../../wire/generated/api/022-init-producer-id.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { ProducerIdService } from '../../coordinator/producer-ids.js';
import { isCoordinatorError } from '../../coordinator/shard-runner.js';
import type { TransactionService } from '../../coordinator/txn-runtime.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export type { ProducerIdService } from '../../coordinator/producer-ids.js';

const NO_PRODUCER_ID = -1n;
const NO_PRODUCER_EPOCH = -1;

export function initProducerIdHandler(
  deps: HandlerDeps & { producerIds: ProducerIdService; transactions?: TransactionService | undefined },
): Handler {
  const handler: Handler<InitProducerIdRequest, InitProducerIdResponse> = {
    api: InitProducerIdApi,
    minVersion: 0,
    maxVersion: 5,
    async handle(request: InitProducerIdRequest, ctx: RequestContext): Promise<Init<InitProducerIdResponse>> {
      const noId = request.producerId === NO_PRODUCER_ID;
      const noEpoch = request.producerEpoch === NO_PRODUCER_EPOCH;
      if (noId !== noEpoch) return failure(ErrorCode.INVALID_REQUEST);
      if (request.transactionalId !== null) {
        if (request.transactionalId === '') return failure(ErrorCode.INVALID_REQUEST);
        if (!deps.transactions) return failure(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
        const result = await deps.transactions.initProducerId({
          transactionalId: request.transactionalId,
          transactionTimeoutMs: request.transactionTimeoutMs,
          producerId: ctx.apiVersion >= 3 ? request.producerId : NO_PRODUCER_ID,
          producerEpoch: ctx.apiVersion >= 3 ? request.producerEpoch : NO_PRODUCER_EPOCH,
        });
        if (isCoordinatorError(result)) return failure(result.coordinatorError);
        if (result.errorCode !== ErrorCode.NONE) {
          const fenced = result.errorCode === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 4;
          return failure(fenced ? ErrorCode.INVALID_PRODUCER_EPOCH : result.errorCode);
        }
        return {
          throttleTimeMs: 0,
          errorCode: 0,
          producerId: result.producerId,
          producerEpoch: result.producerEpoch,
        };
      }
      try {
        const producerId = await deps.producerIds.generateProducerId();
        return { throttleTimeMs: 0, errorCode: 0, producerId, producerEpoch: 0 };
      } catch {
        // No block of ids could be allocated (metadata unavailable): retriable, as in Kafka.
        return failure(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
      }
    },
  };
  return register(handler);
}

function failure(errorCode: number): Init<InitProducerIdResponse> {
  return { throttleTimeMs: 0, errorCode, producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH };
}
