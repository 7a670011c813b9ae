// The transaction API handlers against a real transaction coordinator runtime (metadata controller,
// partition logs, real control-batch markers): InitProducerId with a transactional id,
// AddPartitionsToTxn v0-3 per-partition errors, AddOffsetsToTxn, EndTxn, the PRODUCER_FENCED ->
// INVALID_PRODUCER_EPOCH mapping of older versions, DescribeTransactions and ListTransactions filters;
// TxnOffsetCommit against the real group shard behind its service interface.
import test from 'ava';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import { SeededRandom } from '../../common/random.js';
import { GroupCoordinatorShard, type TxnOffsetCommitInput } from '../../coordinator/group-coordinator.js';
import { LogMarkerWriter, ready, runtime, world } from '../../coordinator/txn-test-support.js';
import type { HandlerDeps } from '../deps.js';
import type { Handler, RequestContext } from '../handler.js';
import { initProducerIdHandler } from './022-init-producer-id.js';
import { addPartitionsToTxnHandler } from './024-add-partitions-to-txn.js';
import { addOffsetsToTxnHandler } from './025-add-offsets-to-txn.js';
import { endTxnHandler } from './026-end-txn.js';
import { type TxnOffsetCommitService, txnOffsetCommitHandler } from './028-txn-offset-commit.js';
import { describeTransactionsHandler } from './065-describe-transactions.js';
import { listTransactionsHandler } from './066-list-transactions.js';

// biome-ignore lint/suspicious/noExplicitAny: tests read responses loosely
async function call(h: Handler, v: number, request: unknown): Promise<any> {
  return h.handle(request, {
    apiVersion: v,
    correlationId: 1,
    clientId: null,
    connection: {},
  } as unknown as RequestContext);
}

test('transactional InitProducerId, AddPartitionsToTxn, AddOffsetsToTxn, EndTxn, Describe/List', async (t) => {
  const w = await world(t);
  const txns = runtime(w, new LogMarkerWriter(w));
  t.teardown(() => txns.close());
  const deps = {
    metadata: w.metadata,
    producerIds: w.producerIds,
    transactions: txns,
  } as unknown as HandlerDeps & {
    producerIds: typeof w.producerIds;
    transactions: typeof txns;
  };
  const init = initProducerIdHandler(deps);
  const add = addPartitionsToTxnHandler(deps, txns);
  const offsets = addOffsetsToTxnHandler(txns);
  const end = endTxnHandler(txns);
  const describe = describeTransactionsHandler(txns);
  const list = listTransactionsHandler(txns);
  t.deepEqual(
    [add.maxVersion, offsets.maxVersion, end.maxVersion, describe.maxVersion, list.maxVersion],
    [3, 4, 4, 0, 1],
  );

  const initReq = { transactionalId: 'tx', transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 };
  t.like(await call(init, 4, { ...initReq, transactionTimeoutMs: 900_001 }), {
    errorCode: ErrorCode.INVALID_TRANSACTION_TIMEOUT,
  });
  const first = await ready(async () => {
    const r = await call(init, 4, initReq);
    return r.errorCode === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS ? { coordinatorError: r.errorCode } : r;
  });
  t.like(first, { errorCode: 0, producerEpoch: 0 });
  const pid: bigint = first.producerId;
  const addReq = (epoch: number, topics: Array<{ name: string; partitions: number[] }>) => ({
    transactions: [],
    v3AndBelowTransactionalId: 'tx',
    v3AndBelowProducerId: pid,
    v3AndBelowProducerEpoch: epoch,
    v3AndBelowTopics: topics,
  });
  // An unknown partition: UNKNOWN_TOPIC_OR_PARTITION there, OPERATION_NOT_ATTEMPTED for the rest.
  t.deepEqual(
    (
      await call(
        add,
        3,
        addReq(0, [
          { name: 't', partitions: [0, 7] },
          { name: 'nope', partitions: [0] },
        ]),
      )
    ).resultsByTopicV3AndBelow,
    [
      {
        name: 't',
        resultsByPartition: [
          { partitionIndex: 0, partitionErrorCode: ErrorCode.OPERATION_NOT_ATTEMPTED },
          { partitionIndex: 7, partitionErrorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION },
        ],
      },
      {
        name: 'nope',
        resultsByPartition: [{ partitionIndex: 0, partitionErrorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }],
      },
    ],
  );
  // A wrong epoch: PRODUCER_FENCED from v2, INVALID_PRODUCER_EPOCH before.
  const fenced = (r: {
    resultsByTopicV3AndBelow: Array<{ resultsByPartition: Array<{ partitionErrorCode: number }> }>;
  }) => r.resultsByTopicV3AndBelow[0]?.resultsByPartition[0]?.partitionErrorCode;
  t.is(fenced(await call(add, 2, addReq(5, [{ name: 't', partitions: [0] }]))), ErrorCode.PRODUCER_FENCED);
  t.is(
    fenced(await call(add, 1, addReq(5, [{ name: 't', partitions: [0] }]))),
    ErrorCode.INVALID_PRODUCER_EPOCH,
  );
  t.is(fenced(await call(add, 0, addReq(0, [{ name: 't', partitions: [0, 1] }]))), ErrorCode.NONE);
  const endReq = { transactionalId: 'tx', producerId: pid, producerEpoch: 0, committed: true };
  t.like(await call(offsets, 3, { transactionalId: 'tx', producerId: pid, producerEpoch: 0, groupId: 'g' }), {
    errorCode: 0,
  });
  t.like(await call(offsets, 1, { transactionalId: 'tx', producerId: pid, producerEpoch: 3, groupId: 'g' }), {
    errorCode: ErrorCode.INVALID_PRODUCER_EPOCH,
  });
  t.like(await call(offsets, 4, { transactionalId: 'tx', producerId: pid, producerEpoch: 0, groupId: '' }), {
    errorCode: ErrorCode.INVALID_GROUP_ID,
  });

  const described = await call(describe, 0, { transactionalIds: ['tx', 'unknown'] });
  t.like(described.transactionStates[0], {
    errorCode: 0,
    transactionState: 'Ongoing',
    producerId: pid,
    producerEpoch: 0,
  });
  t.deepEqual(
    described.transactionStates[0].topics.map((x: { topic: string }) => x.topic),
    ['__consumer_offsets', 't'],
  );
  t.like(described.transactionStates[1], { errorCode: ErrorCode.TRANSACTIONAL_ID_NOT_FOUND });
  t.like(
    await call(list, 1, { stateFilters: ['Ongoing', 'Bogus'], producerIdFilters: [], durationFilter: -1n }),
    {
      errorCode: 0,
      unknownStateFilters: ['Bogus'],
      transactionStates: [{ transactionalId: 'tx', producerId: pid, transactionState: 'Ongoing' }],
    },
  );
  t.like(await call(list, 0, { stateFilters: ['Bogus'], producerIdFilters: [], durationFilter: -1n }), {
    transactionStates: [],
  });
  t.like(await call(list, 0, { stateFilters: [], producerIdFilters: [pid + 1n], durationFilter: -1n }), {
    transactionStates: [],
  });

  t.like(await call(end, 1, { ...endReq, producerEpoch: 9 }), {
    errorCode: ErrorCode.INVALID_PRODUCER_EPOCH,
  });
  t.like(await call(end, 3, { ...endReq, producerEpoch: 9 }), { errorCode: ErrorCode.PRODUCER_FENCED });
  t.like(await call(end, 4, endReq), { errorCode: 0 });
  await txns.markersSettled();
  t.like(await call(end, 4, endReq), { errorCode: 0 }); // retry after completion
  t.like(await call(end, 4, { ...endReq, committed: false }), { errorCode: ErrorCode.INVALID_TXN_STATE });

  // A second producer with the same id bumps the epoch; the first is fenced (INVALID_PRODUCER_EPOCH before v4).
  t.like(await call(init, 3, initReq), { errorCode: 0, producerId: pid, producerEpoch: 1 });
  t.like(await call(init, 3, { ...initReq, producerId: pid, producerEpoch: 0 }), {
    errorCode: ErrorCode.INVALID_PRODUCER_EPOCH,
  });
  t.like(await call(init, 4, { ...initReq, producerId: pid, producerEpoch: 7 }), {
    errorCode: ErrorCode.PRODUCER_FENCED,
  });
  // Versions before 3 ignore the (absent) producer id and epoch fields.
  t.like(await call(init, 2, { ...initReq, producerId: pid, producerEpoch: 7 }), {
    errorCode: 0,
    producerEpoch: 2,
  });
});

test('TxnOffsetCommit: unknown partitions apart, version defaults, coordinator errors', async (t) => {
  const w = await world(t);
  // The real group shard behind the service; records go nowhere (the runtime appends them).
  const shard = new GroupCoordinatorShard({ config: {}, random: new SeededRandom(1) });
  const seen: TxnOffsetCommitInput[] = [];
  let unavailable = false;
  const service: TxnOffsetCommitService = {
    async txnCommitOffsets(req) {
      seen.push(req);
      if (unavailable) return { coordinatorError: ErrorCode.NOT_COORDINATOR };
      return shard.txnCommitOffsets(req, 1000).response;
    },
  };
  const deps = { metadata: w.metadata } as unknown as HandlerDeps;
  const h = txnOffsetCommitHandler(deps, service);
  t.is(h.maxVersion, 4);
  const req = {
    transactionalId: 'tx',
    groupId: 'g',
    producerId: 5n,
    producerEpoch: 0,
    generationId: 3,
    memberId: 'm',
    groupInstanceId: 'i',
    topics: [
      {
        name: 't',
        partitions: [
          { partitionIndex: 0, committedOffset: 7n, committedLeaderEpoch: 2, committedMetadata: null },
          { partitionIndex: 9, committedOffset: 7n, committedLeaderEpoch: 2, committedMetadata: null },
        ],
      },
    ],
  };
  t.deepEqual((await call(h, 1, req)).topics, [
    { name: 't', partitions: [{ partitionIndex: 9, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }] },
    { name: 't', partitions: [{ partitionIndex: 0, errorCode: 0 }] },
  ]);
  t.like(seen[0], { memberId: '', generationId: -1, groupInstanceId: null });
  t.is(seen[0]?.topics[0]?.partitions[0]?.committedLeaderEpoch, -1);
  t.deepEqual(
    shard.pendingTxnOffsetEntries().map((e) => [e[0], e[1], e[2], e[3], e[4].offset]),
    [[5n, 'g', 't', 0, 7n]],
  );
  // v3 passes member, generation and instance id: unknown member here.
  t.deepEqual((await call(h, 3, req)).topics[1], {
    name: 't',
    partitions: [{ partitionIndex: 0, errorCode: ErrorCode.UNKNOWN_MEMBER_ID }],
  });
  t.like(seen[1], { memberId: 'm', generationId: 3, groupInstanceId: 'i' });
  unavailable = true;
  t.deepEqual((await call(h, 4, req)).topics[1], {
    name: 't',
    partitions: [{ partitionIndex: 0, errorCode: ErrorCode.NOT_COORDINATOR }],
  });
  // Only unknown partitions: the coordinator is not asked.
  const calls = seen.length;
  await call(h, 4, { ...req, topics: [{ name: 'nope', partitions: req.topics[0]!.partitions }] });
  t.is(seen.length, calls);
});
