// InitProducerId (key 22), versions 0-5, for idempotent producers. As in Kafka, a request without a
// transactional id always gets a new producer id with epoch 0 (an idempotent producer bumps its
// epoch itself and only asks again when the epoch would overflow); a producer id given without an
// epoch, or the reverse, is INVALID_REQUEST. Differs from Kafka: GOssip has no transaction
// coordinator yet, so a transactional id gets TRANSACTIONAL_ID_AUTHORIZATION_FAILED, which every
// client treats as fatal at once (a retriable coordinator error would make them spin until timeout).
import {
  InitProducerIdApi,
  type InitProducerIdRequest,
  type InitProducerIdResponse,
} from '../../../wire/generated/api/022-init-producer-id.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { ProducerIdService } from '../../coordinator/producer-ids.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, register } from '../handler.js';

export type { ProducerIdService } from '../../coordinator/producer-ids.js';

const NO_PRODUCER_ID = -1n;
const NO_PRODUCER_EPOCH = -1;

export function initProducerIdHandler(deps: HandlerDeps & { producerIds: ProducerIdService }): Handler {
  const handler: Handler<InitProducerIdRequest, InitProducerIdResponse> = {
    api: InitProducerIdApi,
    minVersion: 0,
    maxVersion: 5,
    async handle(request: InitProducerIdRequest): Promise<Init<InitProducerIdResponse>> {
      const noId = request.producerId === NO_PRODUCER_ID;
      const noEpoch = request.producerEpoch === NO_PRODUCER_EPOCH;
      if (noId !== noEpoch) return failure(ErrorCode.INVALID_REQUEST);
      if (request.transactionalId !== null) {
        if (request.transactionalId === '') return failure(ErrorCode.INVALID_REQUEST);
        return failure(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
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
