// ListTransactions (key 66), versions 0-1: the transactions this broker coordinates, filtered by
// state names (unknown names are echoed in unknown_state_filters and match nothing, as in Kafka),
// producer ids and, from v1, a minimum running duration. COORDINATOR_LOAD_IN_PROGRESS while a
// __transaction_state partition loads.
import {
  ListTransactionsApi,
  type ListTransactionsRequest,
  type ListTransactionsResponse,
} from '../../../wire/generated/api/066-list-transactions.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { parseStateFilters } from '../../coordinator/txn-coordinator.js';
import type { TransactionService } from '../../coordinator/txn-runtime.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function listTransactionsHandler(txns: TransactionService): Handler {
  const handler: Handler<ListTransactionsRequest, ListTransactionsResponse> = {
    api: ListTransactionsApi,
    minVersion: 0,
    maxVersion: 1,
    async handle(
      request: ListTransactionsRequest,
      ctx: RequestContext,
    ): Promise<Init<ListTransactionsResponse>> {
      const { states, unknown } = parseStateFilters(request.stateFilters);
      if (request.stateFilters.length > 0 && states.length === 0) {
        return {
          throttleTimeMs: 0,
          errorCode: ErrorCode.NONE,
          unknownStateFilters: unknown,
          transactionStates: [],
        };
      }
      const listed = await txns.listTransactions({
        states,
        producerIds: request.producerIdFilters,
        durationMs: ctx.apiVersion >= 1 ? Number(request.durationFilter) : -1,
      });
      return {
        throttleTimeMs: 0,
        errorCode: listed.errorCode,
        unknownStateFilters: unknown,
        transactionStates: listed.transactions.map((x) => ({
          transactionalId: x.transactionalId,
          producerId: x.producerId,
          transactionState: x.state,
        })),
      };
    },
  };
  return register(handler);
}
