// DescribeTransactions (key 65), version 0: state, timeout, start time, producer id/epoch and
// partitions of each transactional id this broker coordinates; NOT_COORDINATOR or
// COORDINATOR_LOAD_IN_PROGRESS for ids coordinated elsewhere or still loading, and
// TRANSACTIONAL_ID_NOT_FOUND for unknown ids, as in Kafka.
import {
  DescribeTransactionsApi,
  type DescribeTransactionsRequest,
  type DescribeTransactionsResponse,
} from '../../../wire/generated/api/065-describe-transactions.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/shard-runner.js';
import type { TransactionService } from '../../coordinator/txn-runtime.js';
import { type Handler, register } from '../handler.js';

export function describeTransactionsHandler(txns: TransactionService): Handler {
  const handler: Handler<DescribeTransactionsRequest, DescribeTransactionsResponse> = {
    api: DescribeTransactionsApi,
    minVersion: 0,
    maxVersion: 0,
    async handle(request: DescribeTransactionsRequest): Promise<Init<DescribeTransactionsResponse>> {
      const described = await txns.describeTransactions(request.transactionalIds);
      return {
        throttleTimeMs: 0,
        transactionStates: described.map((d) =>
          isCoordinatorError(d)
            ? {
                errorCode: d.coordinatorError,
                transactionalId: d.transactionalId,
                transactionState: '',
                transactionTimeoutMs: 0,
                transactionStartTimeMs: -1n,
                producerId: -1n,
                producerEpoch: -1,
                topics: [],
              }
            : {
                errorCode: d.errorCode,
                transactionalId: d.transactionalId,
                transactionState: d.state,
                transactionTimeoutMs: d.transactionTimeoutMs,
                transactionStartTimeMs: BigInt(d.transactionStartTimeMs),
                producerId: d.producerId,
                producerEpoch: d.producerEpoch,
                topics: d.topics,
              },
        ),
      };
    },
  };
  return register(handler);
}
