// EndTxn (key 26), versions 0-4: commits or aborts the transaction. The answer leaves once the
// PrepareCommit/PrepareAbort record is durable; markers and the Complete record follow in the
// background (meanwhile other calls get CONCURRENT_TRANSACTIONS), as in Kafka. PRODUCER_FENCED is
// INVALID_PRODUCER_EPOCH before v2. v5 (Kafka 4.x epoch bump per transaction) is not served.
import {
  EndTxnApi,
  type EndTxnRequest,
  type EndTxnResponse,
} from '../../../wire/generated/api/026-end-txn.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/shard-runner.js';
import type { TransactionService } from '../../coordinator/txn-runtime.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function endTxnHandler(txns: TransactionService): Handler {
  const handler: Handler<EndTxnRequest, EndTxnResponse> = {
    api: EndTxnApi,
    minVersion: 0,
    maxVersion: 4,
    async handle(request: EndTxnRequest, ctx: RequestContext): Promise<Init<EndTxnResponse>> {
      const result = await txns.endTxn({
        transactionalId: request.transactionalId,
        producerId: request.producerId,
        producerEpoch: request.producerEpoch,
        commit: request.committed,
      });
      let errorCode = isCoordinatorError(result) ? result.coordinatorError : result.errorCode;
      if (errorCode === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 2)
        errorCode = ErrorCode.INVALID_PRODUCER_EPOCH;
      return { throttleTimeMs: 0, errorCode };
    },
  };
  return register(handler);
}
