// The transaction coordinator runtime against real pieces: a metadata controller in a temp dir (topics,
// producer id blocks), real partition logs for __transaction_state and a data topic, and a marker
// writer that appends real COMMIT/ABORT control batches with PartitionLog.appendMarker. Covers a
// committed transaction end to end (records, markers, LSO), routing errors, a timeout abort fired by
// the runner's timer, and markers owed by a Prepare state being re-sent after a reload.
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { decodeRecordBatch, encodeRecordBatch, splitBatches } from '../../wire/record-batch/index.js';
import { silentLogger } from '../common/logger.js';
import type { PartitionLog } from '../log/partition-log.js';
import { isCoordinatorError } from './shard-runner.js';
import { decodeTxnLogRecord } from './txn-records.js';
import { TxnCoordinatorRuntime } from './txn-runtime.js';
import { LogMarkerWriter, ready, runtime, world } from './txn-test-support.js';

async function state(rt: TxnCoordinatorRuntime, id: string): Promise<string> {
  const [d] = await rt.describeTransactions([id]);
  if (!d || isCoordinatorError(d)) throw new Error('describe failed');
  return d.state;
}

async function controlTypes(log: PartitionLog): Promise<string[]> {
  const read = await log.read(0n, 1 << 20, { minOneBatch: true });
  if (read.errorCode !== 0) throw new Error('read failed');
  const out: string[] = [];
  for (const chunk of read.data.records) {
    for (const span of splitBatches(chunk).batches) {
      const d = decodeRecordBatch(chunk, span.offset);
      if (!d.ok) throw new Error(d.error.message);
      if (d.batch.isControl) out.push(d.batch.records[0]?.key?.readInt16BE(2) === 1 ? 'COMMIT' : 'ABORT');
      else out.push('data');
    }
  }
  return out;
}

test('a committed transaction: records, markers on every partition, CompleteCommit', async (t) => {
  const w = await world(t);
  const writer = new LogMarkerWriter(w);
  const rt = runtime(w, writer);
  t.teardown(() => rt.close());
  const init = await ready(() =>
    rt.initProducerId({
      transactionalId: 'tx',
      transactionTimeoutMs: 60_000,
      producerId: -1n,
      producerEpoch: -1,
    }),
  );
  if (isCoordinatorError(init)) return t.fail('init failed');
  t.like(init, { errorCode: 0, producerEpoch: 0 });
  const id = { transactionalId: 'tx', producerId: init.producerId, producerEpoch: init.producerEpoch };
  t.deepEqual(
    await rt.addPartitionsToTxn({
      ...id,
      partitions: [
        { topic: 't', partition: 0 },
        { topic: 't', partition: 1 },
      ],
    }),
    { errorCode: 0 },
  );
  const data = w.logs.get('t-0')!;
  const appended = await data.append(
    encodeRecordBatch({
      producerId: init.producerId,
      producerEpoch: 0,
      baseSequence: 0,
      isTransactional: true,
      records: [{ key: null, value: Buffer.from('v'), timestamp: 1 }],
    }),
  );
  t.is(appended.errorCode, 0);
  t.deepEqual(await rt.endTxn({ ...id, commit: true }), { errorCode: 0 });
  await rt.markersSettled();
  t.is(await state(rt, 'tx'), 'CompleteCommit');
  t.deepEqual(writer.calls.sort(), ['t-0:commit:0', 't-1:commit:0']);
  t.deepEqual(await controlTypes(data), ['data', 'COMMIT']);
  t.deepEqual(await controlTypes(w.logs.get('t-1')!), ['COMMIT']);
  const txnLog = w.logs.get('__transaction_state-0')!;
  const states: string[] = [];
  const read = await txnLog.read(0n, 1 << 20, { minOneBatch: true });
  if (read.errorCode !== 0) return t.fail('read failed');
  for (const chunk of read.data.records) {
    for (const span of splitBatches(chunk).batches) {
      const d = decodeRecordBatch(chunk, span.offset);
      if (!d.ok) return t.fail(d.error.message);
      for (const r of d.batch.records)
        states.push(decodeTxnLogRecord(r.key!, r.value).value?.state ?? 'tombstone');
    }
  }
  t.deepEqual(states, ['Empty', 'Ongoing', 'PrepareCommit', 'CompleteCommit']);
  // AddOffsetsToTxn adds the group's __consumer_offsets partition (50 by default when absent).
  t.deepEqual(await rt.addOffsetsToTxn({ ...id, groupId: 'g' }), { errorCode: 0 });
  const [d] = await rt.describeTransactions(['tx']);
  t.like(d, {
    state: 'Ongoing',
    topics: [{ topic: '__consumer_offsets', partitions: [(103 & 0x7fffffff) % 50] }],
  });
  const listed = await rt.listTransactions({ states: ['Ongoing'], producerIds: [], durationMs: -1 });
  t.deepEqual(listed, {
    errorCode: 0,
    transactions: [{ transactionalId: 'tx', producerId: init.producerId, state: 'Ongoing' }],
  });
});

test('a transaction past its timeout is aborted by the runner timer, fencing the producer', async (t) => {
  const w = await world(t);
  const rt = runtime(w, new LogMarkerWriter(w));
  t.teardown(() => rt.close());
  const init = await ready(() =>
    rt.initProducerId({
      transactionalId: 'slow',
      transactionTimeoutMs: 20,
      producerId: -1n,
      producerEpoch: -1,
    }),
  );
  if (isCoordinatorError(init)) return t.fail('init failed');
  const id = { transactionalId: 'slow', producerId: init.producerId, producerEpoch: init.producerEpoch };
  await rt.addPartitionsToTxn({ ...id, partitions: [{ topic: 't', partition: 0 }] });
  w.clock.advance(1000);
  for (let i = 0; i < 400 && (await state(rt, 'slow')) !== 'CompleteAbort'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  t.is(await state(rt, 'slow'), 'CompleteAbort');
  t.deepEqual(await controlTypes(w.logs.get('t-0')!), ['ABORT']);
  t.deepEqual(await rt.endTxn({ ...id, commit: true }), { errorCode: ErrorCode.PRODUCER_FENCED });
});

test('markers owed by a Prepare state are re-sent by the next coordinator after a reload', async (t) => {
  const w = await world(t);
  const writer = new LogMarkerWriter(w);
  writer.failing.add('t-1');
  const first = runtime(w, writer);
  const init = await ready(() =>
    first.initProducerId({
      transactionalId: 'tx',
      transactionTimeoutMs: 60_000,
      producerId: -1n,
      producerEpoch: -1,
    }),
  );
  if (isCoordinatorError(init)) return t.fail('init failed');
  const id = { transactionalId: 'tx', producerId: init.producerId, producerEpoch: init.producerEpoch };
  await first.addPartitionsToTxn({
    ...id,
    partitions: [
      { topic: 't', partition: 0 },
      { topic: 't', partition: 1 },
    ],
  });
  t.deepEqual(await first.endTxn({ ...id, commit: false }), { errorCode: 0 });
  await new Promise((resolve) => setTimeout(resolve, 30));
  t.is(await state(first, 'tx'), 'PrepareAbort');
  t.deepEqual(
    await first.initProducerId({
      transactionalId: 'tx',
      transactionTimeoutMs: 60_000,
      producerId: -1n,
      producerEpoch: -1,
    }),
    {
      errorCode: ErrorCode.CONCURRENT_TRANSACTIONS,
      producerId: -1n,
      producerEpoch: -1,
    },
  );
  await first.close();
  t.deepEqual(await first.endTxn({ ...id, commit: false }), {
    coordinatorError: ErrorCode.COORDINATOR_NOT_AVAILABLE,
  });
  writer.failing.clear();
  const second = runtime(w, writer);
  t.teardown(() => second.close());
  await ready(() => second.describeTransactions(['tx']).then((r) => r[0]!));
  await second.markersSettled();
  t.is(await state(second, 'tx'), 'CompleteAbort');
  t.deepEqual(await controlTypes(w.logs.get('t-1')!), ['ABORT']);
  t.deepEqual(
    await second.initProducerId({
      transactionalId: 'tx',
      transactionTimeoutMs: 60_000,
      producerId: -1n,
      producerEpoch: -1,
    }),
    {
      errorCode: 0,
      producerId: init.producerId,
      producerEpoch: 1,
    },
  );
});

test('routing: ids whose partition is led elsewhere are NOT_COORDINATOR', async (t) => {
  const w = await world(t);
  const rt = new TxnCoordinatorRuntime({
    nodeId: 2,
    clock: w.clock,
    logger: silentLogger(),
    properties: new Map(),
    metadata: w.metadata,
    logs: { get: () => undefined },
    logsSettled: async () => {},
    producerIds: w.producerIds,
    markers: new LogMarkerWriter(w),
  });
  rt.onImage(w.metadata.image());
  t.deepEqual(await rt.endTxn({ transactionalId: 'x', producerId: 1n, producerEpoch: 0, commit: true }), {
    coordinatorError: ErrorCode.NOT_COORDINATOR,
  });
  t.deepEqual(await rt.listTransactions({ states: [], producerIds: [], durationMs: -1 }), {
    errorCode: 0,
    transactions: [],
  });
  await rt.close();
});
