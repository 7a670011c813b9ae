// The transaction coordinator shard with injected time: every transition and error of InitProducerId,
// AddPartitionsToTxn, EndTxn and marker completion, fencing of an older producer, timeout aborts,
// epoch exhaustion, KIP-360 resumes, Describe/List, and replay equivalence (a shard rebuilt from the
// records, passed through the real codec, equals the live one and re-sends pending markers).
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import {
  type InitProducerIdOutcome,
  TxnCoordinatorShard,
  type TxnMarkerJob,
  type TxnRecord,
  type TxnResult,
} from './txn-coordinator.js';
import { decodeTxnLogRecord, encodeTxnLogRecord } from './txn-records.js';

class Harness {
  nowMs = 1_000_000;
  readonly log: TxnRecord[] = [];
  readonly markers: TxnMarkerJob[] = [];
  readonly shard = new TxnCoordinatorShard({ transactionMaxTimeoutMs: 900_000 });
  private nextPid = 5000n;

  run<R>(result: TxnResult<R>): R {
    for (const r of result.records) {
      const { key, value } = encodeTxnLogRecord(r);
      this.log.push(decodeTxnLogRecord(key, value));
    }
    this.markers.push(...result.markers);
    return result.response;
  }

  init(id: string, timeoutMs = 60_000, producerId = -1n, producerEpoch = -1) {
    const req = { transactionalId: id, transactionTimeoutMs: timeoutMs, producerId, producerEpoch };
    let out: InitProducerIdOutcome = this.run(this.shard.initProducerId(req, this.nowMs, null));
    if ('needProducerId' in out) out = this.run(this.shard.initProducerId(req, this.nowMs, this.nextPid++));
    if ('needProducerId' in out) throw new Error('asked twice');
    return out;
  }

  add(id: string, producerId: bigint, producerEpoch: number, partitions: Array<[string, number]>) {
    return this.run(
      this.shard.addPartitions(
        {
          transactionalId: id,
          producerId,
          producerEpoch,
          partitions: partitions.map(([topic, partition]) => ({ topic, partition })),
        },
        this.nowMs,
      ),
    ).errorCode;
  }

  end(id: string, producerId: bigint, producerEpoch: number, commit: boolean) {
    return this.run(this.shard.endTxn({ transactionalId: id, producerId, producerEpoch, commit }, this.nowMs))
      .errorCode;
  }

  /** Completes the oldest marker job, as the runtime does once every marker is written. */
  complete(): boolean {
    const job = this.markers.shift();
    if (!job) throw new Error('no marker job');
    return this.run(this.shard.completeTransaction(job, this.nowMs));
  }

  tick(ms: number) {
    this.nowMs += ms;
    this.run(this.shard.tick(this.nowMs));
  }

  state(id: string) {
    return this.shard.metadata(id)?.state;
  }

  rebuilt(): TxnCoordinatorShard {
    const s = new TxnCoordinatorShard();
    for (const r of this.log) s.replay(r);
    return s;
  }
}

test('InitProducerId: a new id gets a fresh producer id and epoch 0, then bumps', (t) => {
  const h = new Harness();
  const first = h.shard.initProducerId(
    { transactionalId: 'a', transactionTimeoutMs: 1000, producerId: -1n, producerEpoch: -1 },
    h.nowMs,
    null,
  );
  t.deepEqual(first, { records: [], markers: [], response: { needProducerId: true } });
  t.deepEqual(h.init('a'), { errorCode: 0, producerId: 5000n, producerEpoch: 0 });
  t.is(h.state('a'), 'Empty');
  t.is(h.log.length, 1);
  t.deepEqual(h.init('a'), { errorCode: 0, producerId: 5000n, producerEpoch: 1 });
  t.deepEqual(h.init('b'), { errorCode: 0, producerId: 5001n, producerEpoch: 0 });
});

test('InitProducerId errors: empty id, invalid timeouts', (t) => {
  const h = new Harness();
  t.is(h.init('').errorCode, ErrorCode.INVALID_REQUEST);
  t.is(h.init('a', 0).errorCode, ErrorCode.INVALID_TRANSACTION_TIMEOUT);
  t.is(h.init('a', 900_001).errorCode, ErrorCode.INVALID_TRANSACTION_TIMEOUT);
  t.is(h.init('a', 900_000).errorCode, ErrorCode.NONE);
  t.is(h.log.length, 1);
});

test('AddPartitionsToTxn: errors, Ongoing, no record for partitions already in', (t) => {
  const h = new Harness();
  t.is(h.add('a', 1n, 0, [['t', 0]]), ErrorCode.INVALID_PRODUCER_ID_MAPPING);
  const { producerId: pid } = h.init('a');
  t.is(h.add('a', pid + 1n, 0, [['t', 0]]), ErrorCode.INVALID_PRODUCER_ID_MAPPING);
  t.is(h.add('a', pid, 1, [['t', 0]]), ErrorCode.PRODUCER_FENCED);
  t.is(h.add('', pid, 0, [['t', 0]]), ErrorCode.INVALID_REQUEST);
  const start = h.nowMs;
  t.is(
    h.add('a', pid, 0, [
      ['t', 0],
      ['t', 1],
    ]),
    ErrorCode.NONE,
  );
  t.is(h.state('a'), 'Ongoing');
  const logged = h.log.length;
  h.nowMs += 10;
  t.is(h.add('a', pid, 0, [['t', 1]]), ErrorCode.NONE);
  t.is(h.log.length, logged);
  t.is(h.add('a', pid, 0, [['u', 3]]), ErrorCode.NONE);
  t.is(h.log.length, logged + 1);
  const d = h.shard.describe('a');
  t.is(d.transactionStartTimeMs, start);
  t.deepEqual(d.topics, [
    { topic: 't', partitions: [0, 1] },
    { topic: 'u', partitions: [3] },
  ]);
});

test('EndTxn commit: PrepareCommit, markers, CompleteCommit, and the errors around it', (t) => {
  const h = new Harness();
  const { producerId: pid, producerEpoch: e } = h.init('a');
  t.is(h.end('a', pid, e, true), ErrorCode.INVALID_TXN_STATE); // Empty
  h.add('a', pid, e, [
    ['t', 0],
    ['u', 1],
  ]);
  t.is(h.end('a', pid, e + 1, true), ErrorCode.PRODUCER_FENCED);
  t.is(h.end('a', pid + 9n, e, true), ErrorCode.INVALID_PRODUCER_ID_MAPPING);
  t.is(h.end('a', pid, e, true), ErrorCode.NONE);
  t.is(h.state('a'), 'PrepareCommit');
  t.deepEqual(h.markers, [
    {
      transactionalId: 'a',
      producerId: pid,
      producerEpoch: e,
      commit: true,
      partitions: [
        { topic: 't', partition: 0 },
        { topic: 'u', partition: 1 },
      ],
    },
  ]);
  t.is(h.end('a', pid, e, true), ErrorCode.CONCURRENT_TRANSACTIONS);
  t.is(h.end('a', pid, e, false), ErrorCode.INVALID_TXN_STATE);
  t.is(h.add('a', pid, e, [['t', 0]]), ErrorCode.CONCURRENT_TRANSACTIONS);
  t.is(h.init('a').errorCode, ErrorCode.CONCURRENT_TRANSACTIONS);
  t.true(h.complete());
  t.is(h.state('a'), 'CompleteCommit');
  t.deepEqual(h.shard.describe('a').topics, []);
  t.is(h.end('a', pid, e, true), ErrorCode.NONE); // a retry
  t.is(h.end('a', pid, e, false), ErrorCode.INVALID_TXN_STATE);
  // The next transaction starts from CompleteCommit.
  t.is(h.add('a', pid, e, [['v', 0]]), ErrorCode.NONE);
  t.deepEqual(h.shard.describe('a').topics, [{ topic: 'v', partitions: [0] }]);
});

test('EndTxn abort: PrepareAbort, CompleteAbort, and the state errors', (t) => {
  const h = new Harness();
  const { producerId: pid, producerEpoch: e } = h.init('a');
  h.add('a', pid, e, [['t', 0]]);
  t.is(h.end('a', pid, e, false), ErrorCode.NONE);
  t.is(h.state('a'), 'PrepareAbort');
  t.is(h.markers[0]?.commit, false);
  t.is(h.end('a', pid, e, false), ErrorCode.CONCURRENT_TRANSACTIONS);
  t.is(h.end('a', pid, e, true), ErrorCode.INVALID_TXN_STATE);
  t.true(h.complete());
  t.is(h.state('a'), 'CompleteAbort');
  t.is(h.end('a', pid, e, false), ErrorCode.NONE);
  t.is(h.end('a', pid, e, true), ErrorCode.INVALID_TXN_STATE);
  // A stale completion (already complete) writes nothing.
  const before = h.log.length;
  t.false(
    h.run(
      h.shard.completeTransaction(
        { transactionalId: 'a', producerId: pid, producerEpoch: e, commit: false, partitions: [] },
        h.nowMs,
      ),
    ),
  );
  t.is(h.log.length, before);
  t.deepEqual(h.init('a'), { errorCode: 0, producerId: pid, producerEpoch: e + 1 });
});

test('a new producer fences an ongoing transaction: epoch bump, abort, then a second bump', (t) => {
  const h = new Harness();
  const { producerId: pid, producerEpoch: e } = h.init('a');
  h.add('a', pid, e, [['t', 0]]);
  const fenced = h.init('a');
  t.is(fenced.errorCode, ErrorCode.CONCURRENT_TRANSACTIONS);
  t.is(h.state('a'), 'PrepareAbort');
  t.like(h.markers[0], { producerId: pid, producerEpoch: e + 1, commit: false });
  // The old producer is fenced everywhere.
  t.is(h.end('a', pid, e, true), ErrorCode.PRODUCER_FENCED);
  t.is(h.add('a', pid, e, [['t', 1]]), ErrorCode.PRODUCER_FENCED);
  t.is(h.init('a').errorCode, ErrorCode.CONCURRENT_TRANSACTIONS); // markers not written yet
  h.complete();
  t.is(h.state('a'), 'CompleteAbort');
  t.deepEqual(h.init('a'), { errorCode: 0, producerId: pid, producerEpoch: e + 2 });
  t.is(h.add('a', pid, e + 1, [['t', 0]]), ErrorCode.PRODUCER_FENCED);
});

test('transaction timeout: tick aborts with an epoch bump at the deadline, not before', (t) => {
  const h = new Harness();
  const { producerId: pid, producerEpoch: e } = h.init('a', 1000);
  t.is(h.shard.nextDeadlineMs(), h.nowMs + 604_800_000); // the idle id's expiry
  const start = h.nowMs;
  h.add('a', pid, e, [['t', 0]]);
  t.is(h.shard.nextDeadlineMs(), start + 1001);
  h.tick(1000);
  t.is(h.state('a'), 'Ongoing');
  h.tick(1);
  t.is(h.state('a'), 'PrepareAbort');
  t.is(h.shard.nextDeadlineMs(), null);
  t.like(h.markers[0], { producerEpoch: e + 1, commit: false });
  t.is(h.end('a', pid, e, true), ErrorCode.PRODUCER_FENCED);
  h.complete();
  // The timed-out producer may not resume with its old epoch; a new InitProducerId bumps again.
  t.is(h.add('a', pid, e, [['t', 0]]), ErrorCode.PRODUCER_FENCED);
  t.deepEqual(h.init('a', 1000), { errorCode: 0, producerId: pid, producerEpoch: e + 2 });
});

test('an exhausted epoch rotates the producer id', (t) => {
  const h = new Harness();
  h.shard.replay({
    transactionalId: 'a',
    value: {
      producerId: 77n,
      previousProducerId: -1n,
      nextProducerId: -1n,
      producerEpoch: 32766,
      transactionTimeoutMs: 1000,
      state: 'CompleteCommit',
      partitions: [],
      lastUpdateTimestampMs: 0n,
      startTimestampMs: 0n,
      clientTransactionVersion: 0,
    },
  });
  t.deepEqual(h.init('a'), { errorCode: 0, producerId: 5000n, producerEpoch: 0 });
  t.is(h.shard.metadata('a')?.previousProducerId, 77n);
});

test('KIP-360 resume: bump on the current epoch, a lost-answer retry, fencing of others', (t) => {
  const h = new Harness();
  const { producerId: pid } = h.init('a'); // epoch 0
  t.deepEqual(h.init('a', 60_000, pid, 0), { errorCode: 0, producerId: pid, producerEpoch: 1 });
  const logged = h.log.length;
  t.deepEqual(h.init('a', 60_000, pid, 0), { errorCode: 0, producerId: pid, producerEpoch: 1 });
  t.is(h.log.length, logged);
  t.is(h.init('a', 60_000, pid, 7).errorCode, ErrorCode.PRODUCER_FENCED);
  t.is(h.init('a', 60_000, pid + 1n, 1).errorCode, ErrorCode.PRODUCER_FENCED);
  // An unknown transactional id resuming gets a fresh id, as Kafka does.
  t.deepEqual(h.init('new', 60_000, 12n, 3), { errorCode: 0, producerId: 5001n, producerEpoch: 0 });
});

test('DescribeTransactions and ListTransactions filters', (t) => {
  const h = new Harness();
  const a = h.init('a');
  const b = h.init('b');
  h.init('c');
  h.add('a', a.producerId, a.producerEpoch, [['t', 0]]);
  h.nowMs += 5000;
  h.add('b', b.producerId, b.producerEpoch, [['t', 1]]);
  t.like(h.shard.describe('a'), {
    errorCode: 0,
    state: 'Ongoing',
    producerId: a.producerId,
    transactionTimeoutMs: 60_000,
  });
  t.like(h.shard.describe('zz'), { errorCode: ErrorCode.TRANSACTIONAL_ID_NOT_FOUND });
  const ids = (f: Parameters<TxnCoordinatorShard['list']>[0]) =>
    h.shard.list(f, h.nowMs).map((x) => x.transactionalId);
  t.deepEqual(ids({ states: [], producerIds: [], durationMs: -1 }), ['a', 'b', 'c']);
  t.deepEqual(ids({ states: ['Ongoing'], producerIds: [], durationMs: -1 }), ['a', 'b']);
  t.deepEqual(ids({ states: [], producerIds: [b.producerId], durationMs: -1 }), ['b']);
  // b started 0 ms ago (filtered out); c has no transaction, so it always counts as older.
  t.deepEqual(ids({ states: [], producerIds: [], durationMs: 1000 }), ['a', 'c']);
});

test('replay equivalence: a shard rebuilt from the log equals the live one and re-sends markers', (t) => {
  const h = new Harness();
  const a = h.init('a');
  const b = h.init('b', 2000);
  const c = h.init('c');
  h.add('a', a.producerId, a.producerEpoch, [['t', 0]]);
  h.end('a', a.producerId, a.producerEpoch, true);
  h.complete();
  h.add('b', b.producerId, b.producerEpoch, [
    ['t', 1],
    ['__consumer_offsets', 7],
  ]);
  h.add('c', c.producerId, c.producerEpoch, [['u', 0]]);
  h.end('c', c.producerId, c.producerEpoch, false);
  h.tick(3000); // b times out
  const rebuilt = h.rebuilt();
  t.deepEqual(rebuilt.snapshot(), h.shard.snapshot());
  t.is(rebuilt.nextDeadlineMs(), h.shard.nextDeadlineMs());
  const pending = rebuilt.onLoaded().markers;
  t.deepEqual(
    pending.map((m) => [m.transactionalId, m.commit, m.producerEpoch]),
    [
      ['b', false, b.producerEpoch + 1],
      ['c', false, c.producerEpoch],
    ],
  );
  t.deepEqual(
    pending.map((m) => m.partitions),
    [
      [
        { topic: '__consumer_offsets', partition: 7 },
        { topic: 't', partition: 1 },
      ],
      [{ topic: 'u', partition: 0 }],
    ],
  );
  // Completing on the rebuilt shard works the same.
  t.true(rebuilt.completeTransaction(pending[0]!, h.nowMs).response);
  t.is(rebuilt.metadata('b')?.state, 'CompleteAbort');
});

test('transactional.id.expiration.ms: ids idle past it are tombstoned, by their last update', (t) => {
  const h = new Harness();
  const a = h.init('a');
  h.init('b');
  const c = h.init('c');
  h.add('c', c.producerId, c.producerEpoch, [['t', 0]]);
  h.end('c', c.producerId, c.producerEpoch, true);
  t.is(h.shard.nextDeadlineMs(), h.nowMs + 604_800_000); // a and b idle since now; c (Prepare) never expires
  h.nowMs += 1000;
  h.add('a', a.producerId, a.producerEpoch, [['t', 0]]);
  h.end('a', a.producerId, a.producerEpoch, false);
  h.complete(); // c: CompleteCommit, last updated 1 s after b
  h.complete(); // a: CompleteAbort, likewise
  t.is(h.shard.nextDeadlineMs(), h.nowMs - 1000 + 604_800_000);
  h.tick(604_800_000 - 1000);
  t.is(h.shard.metadata('b'), undefined);
  t.is(h.log.at(-1)?.value, null);
  t.is(h.state('a'), 'CompleteAbort');
  h.tick(1000);
  t.is(h.shard.metadata('a'), undefined);
  t.is(h.shard.describe('a').errorCode, ErrorCode.TRANSACTIONAL_ID_NOT_FOUND);
  t.deepEqual(h.rebuilt().snapshot(), h.shard.snapshot());
  // A removed id starts over with a fresh producer id.
  t.like(h.init('b'), { errorCode: 0, producerEpoch: 0 });
});
