// AddOffsetsToTxn (key 25), versions 0-4: adds the group's __consumer_offsets partition
// (abs(hash(groupId)) % partitions) to the transaction, so its TxnOffsetCommit records get the
// transaction's marker. PRODUCER_FENCED is INVALID_PRODUCER_EPOCH before v2; v4 only allows
// TRANSACTION_ABORTABLE, which GOssip never returns.
import {
  AddOffsetsToTxnApi,
  type AddOffsetsToTxnRequest,
  type AddOffsetsToTxnResponse,
} from '../../../wire/generated/api/025-add-offsets-to-txn.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/shard-runner.js';
import type { TransactionService } from '../../coordinator/txn-runtime.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function addOffsetsToTxnHandler(txns: TransactionService): Handler {
  const handler: Handler<AddOffsetsToTxnRequest, AddOffsetsToTxnResponse> = {
    api: AddOffsetsToTxnApi,
    minVersion: 0,
    maxVersion: 4,
    async handle(
      request: AddOffsetsToTxnRequest,
      ctx: RequestContext,
    ): Promise<Init<AddOffsetsToTxnResponse>> {
      if (request.groupId === '') return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_GROUP_ID };
      const result = await txns.addOffsetsToTxn({
        transactionalId: request.transactionalId,
        producerId: request.producerId,
        producerEpoch: request.producerEpoch,
        groupId: request.groupId,
      });
      let errorCode = isCoordinatorError(result) ? result.coordinatorError : result.errorCode;
      if (errorCode === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 2)
        errorCode = ErrorCode.INVALID_PRODUCER_EPOCH;
      return { throttleTimeMs: 0, errorCode };
    },
  };
  return register(handler);
}
