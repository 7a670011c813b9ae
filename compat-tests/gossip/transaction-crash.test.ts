// Transactions under crashes. (1) A Java transactional producer (TxnClient.java in hang mode) writes
// part of a transaction and is killed with SIGKILL; a kafkajs producer with the same transactional.id
// takes over: the old epoch is fenced, the unfinished transaction is aborted, read_committed never
// returns its records and read_uncommitted does. Run against GOssip and, when java and mvn are
// here, against the reference Kafka 3.9 too. (2) GOssip is stopped and restarted on the same data dir
// and port while transactions are open: the coordinator recovers them (one is committed after the
// restart, one times out and is aborted), and the LSO and aborted index give exactly the committed
// records. Reads go through the raw wire client, which filters aborted batches as consumers do.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import test, { type ExecutionContext } from 'ava';
import { Kafka, logLevel } from 'kafkajs';
import { ProduceApi, type ProduceResponse } from '../../wire/generated/api/000-produce.js';
import { FetchApi, type FetchResponse } from '../../wire/generated/api/001-fetch.js';
import {
  FindCoordinatorApi,
  type FindCoordinatorResponse,
} from '../../wire/generated/api/010-find-coordinator.js';
import {
  InitProducerIdApi,
  type InitProducerIdResponse,
} from '../../wire/generated/api/022-init-producer-id.js';
import {
  AddPartitionsToTxnApi,
  type AddPartitionsToTxnResponse,
} from '../../wire/generated/api/024-add-partitions-to-txn.js';
import { EndTxnApi, type EndTxnResponse } from '../../wire/generated/api/026-end-txn.js';
import {
  DescribeTransactionsApi,
  type DescribeTransactionsResponse,
} from '../../wire/generated/api/065-describe-transactions.js';
import {
  ListTransactionsApi,
  type ListTransactionsResponse,
} from '../../wire/generated/api/066-list-transactions.js';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import {
  ControlRecordType,
  decodeRecordBatch,
  encodeRecordBatch,
  readControlRecordKey,
  splitBatches,
} from '../../wire/record-batch/index.js';
import { missing, tempDir } from '../harness/env.js';
import { startGossip } from '../harness/gossip-broker.js';
import { javaClasspath, javaCommand, javaToolsAvailable } from '../harness/java-client.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import { referenceKafkaAvailable, startReferenceKafka } from '../harness/reference-kafka.js';
import { awaitTopic } from '../harness/wire-data.js';

const BROKER_PROPS = { 'num.partitions': '1', 'group.initial.rebalance.delay.ms': '0' };
const T0 = 1_790_000_000_000;
const javaClient = fileURLToPath(new URL('./TxnClient.java', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const loading: number[] = [
  ErrorCode.COORDINATOR_LOAD_IN_PROGRESS,
  ErrorCode.COORDINATOR_NOT_AVAILABLE,
  ErrorCode.NOT_COORDINATOR,
  ErrorCode.CONCURRENT_TRANSACTIONS,
];

/** Resends while the coordinator is loading or finishing a previous transaction. */
async function retrying<T>(send: () => Promise<T>, code: (r: T) => number): Promise<T> {
  for (let i = 0; ; i++) {
    const r = await send();
    if (!loading.includes(code(r)) || i > 300) return r;
    await sleep(100);
  }
}

async function connect(t: ExecutionContext, host: string, port: number): Promise<KafkaWireClient> {
  const client = await KafkaWireClient.connect(host, port);
  t.teardown(() => client.close());
  return client;
}

interface RawProducer {
  txnId: string;
  producerId: bigint;
  epoch: number;
  sequence: number;
}

async function initProducer(c: KafkaWireClient, txnId: string, timeoutMs: number): Promise<RawProducer> {
  await retrying(
    () => c.send(FindCoordinatorApi, 3, { key: txnId, keyType: 1 }) as Promise<FindCoordinatorResponse>,
    (r) => (r.errorCode === 0 ? 0 : ErrorCode.COORDINATOR_NOT_AVAILABLE),
  );
  const res = await retrying(
    () =>
      c.send(InitProducerIdApi, 4, {
        transactionalId: txnId,
        transactionTimeoutMs: timeoutMs,
        producerId: -1n,
        producerEpoch: -1,
      }) as Promise<InitProducerIdResponse>,
    (r) => r.errorCode,
  );
  if (res.errorCode !== 0) throw new Error(`InitProducerId ${txnId} failed with ${res.errorCode}`);
  return { txnId, producerId: res.producerId, epoch: res.producerEpoch, sequence: 0 };
}

async function addPartition(
  c: KafkaWireClient,
  p: RawProducer,
  topic: string,
  epoch = p.epoch,
): Promise<number> {
  const res = await retrying(
    () =>
      c.send(AddPartitionsToTxnApi, 3, {
        transactions: [],
        v3AndBelowTransactionalId: p.txnId,
        v3AndBelowProducerId: p.producerId,
        v3AndBelowProducerEpoch: epoch,
        v3AndBelowTopics: [{ name: topic, partitions: [0] }],
      }) as Promise<AddPartitionsToTxnResponse>,
    (r) => r.resultsByTopicV3AndBelow[0]?.resultsByPartition[0]?.partitionErrorCode ?? -1,
  );
  return res.resultsByTopicV3AndBelow[0]?.resultsByPartition[0]?.partitionErrorCode ?? -1;
}

async function produceTxn(
  c: KafkaWireClient,
  p: RawProducer,
  topic: string,
  values: string[],
  epoch = p.epoch,
): Promise<number> {
  const res = (await c.send(ProduceApi, 9, {
    transactionalId: p.txnId,
    acks: -1,
    timeoutMs: 5000,
    topicData: [
      {
        name: topic,
        partitionData: [
          {
            index: 0,
            records: encodeRecordBatch({
              producerId: p.producerId,
              producerEpoch: epoch,
              baseSequence: p.sequence,
              isTransactional: true,
              records: values.map((v, i) => ({ key: null, value: Buffer.from(v), timestamp: T0 + i })),
            }),
          },
        ],
      },
    ],
  })) as ProduceResponse;
  const code = res.responses[0]?.partitionResponses[0]?.errorCode ?? -1;
  if (code === 0) p.sequence += values.length;
  return code;
}

async function endTxn(
  c: KafkaWireClient,
  p: RawProducer,
  committed: boolean,
  epoch = p.epoch,
): Promise<number> {
  const res = await retrying(
    () =>
      c.send(EndTxnApi, 3, {
        transactionalId: p.txnId,
        producerId: p.producerId,
        producerEpoch: epoch,
        committed,
      }) as Promise<EndTxnResponse>,
    (r) => r.errorCode,
  );
  return res.errorCode;
}

async function describe(c: KafkaWireClient, txnId: string) {
  const res = (await c.send(DescribeTransactionsApi, 0, {
    transactionalIds: [txnId],
  })) as DescribeTransactionsResponse;
  const s = res.transactionStates[0]!;
  return {
    errorCode: s.errorCode,
    state: s.transactionState,
    producerId: s.producerId,
    epoch: s.producerEpoch,
    timeoutMs: s.transactionTimeoutMs,
    topics: s.topics.map((x) => `${x.topic}:${x.partitions.join(',')}`),
  };
}

async function awaitState(c: KafkaWireClient, txnId: string, state: string, withinMs = 30_000) {
  const deadline = performance.now() + withinMs;
  for (;;) {
    const d = await describe(c, txnId);
    if (d.state === state) return d;
    if (performance.now() > deadline) throw new Error(`${txnId} is ${d.state}, not ${state}`);
    await sleep(100);
  }
}

interface Partition {
  highWatermark: bigint;
  lastStableOffset: bigint;
  values: string[];
  aborted: { producerId: bigint; firstOffset: bigint }[];
}

/**
 * Reads partition 0 up to the HW (isolation 0) or LSO (isolation 1) and returns the values a consumer
 * would see: at isolation 1 the data of aborted transactions is dropped using the aborted list and the
 * abort markers, as Kafka's consumers do.
 */
async function readPartition(c: KafkaWireClient, topic: string, isolationLevel: 0 | 1): Promise<Partition> {
  const values: string[] = [];
  const aborted: Partition['aborted'] = [];
  const everAborted: Partition['aborted'] = [];
  const abortingProducers = new Set<bigint>();
  let offset = 0n;
  for (let round = 0; ; round++) {
    const res = (await c.send(FetchApi, 12, {
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 1 << 20,
      isolationLevel,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic,
          partitions: [
            {
              partition: 0,
              fetchOffset: offset,
              partitionMaxBytes: 1 << 20,
              logStartOffset: -1n,
              currentLeaderEpoch: -1,
            },
          ],
        },
      ],
    })) as FetchResponse;
    const p = res.responses[0]!.partitions[0]!;
    if (p.errorCode !== 0) throw new Error(`fetch ${topic}@${offset} failed with ${p.errorCode}`);
    for (const a of p.abortedTransactions ?? []) {
      if (!everAborted.some((x) => x.producerId === a.producerId && x.firstOffset === a.firstOffset)) {
        everAborted.push(a);
        aborted.push(a);
      }
    }
    const bound = isolationLevel === 1 ? p.lastStableOffset : p.highWatermark;
    const data = p.records ?? Buffer.alloc(0);
    for (const span of splitBatches(data).batches) {
      const d = decodeRecordBatch(data, span.offset);
      if (!d.ok) throw new Error(`undecodable batch in ${topic}: ${d.error.message}`);
      const b = d.batch;
      const end = b.baseOffset + BigInt(b.lastOffsetDelta) + 1n;
      if (end <= offset) continue;
      offset = end;
      if (isolationLevel === 1) {
        for (const a of aborted) if (a.firstOffset <= b.baseOffset) abortingProducers.add(a.producerId);
        if (b.isControl) {
          const type = readControlRecordKey(b.records[0]?.key ?? null).type;
          if (type === ControlRecordType.ABORT) {
            abortingProducers.delete(b.producerId);
            const i = aborted.findIndex((a) => a.producerId === b.producerId && a.firstOffset < b.baseOffset);
            if (i >= 0) aborted.splice(i, 1);
          }
          continue;
        }
        if (b.isTransactional && abortingProducers.has(b.producerId)) continue;
      }
      if (b.isControl) continue;
      for (const r of b.records) values.push(r.value?.toString() ?? '');
    }
    if (offset >= bound || round > 100) {
      return {
        highWatermark: p.highWatermark,
        lastStableOffset: p.lastStableOffset,
        values,
        aborted: everAborted,
      };
    }
  }
}

/** Starts TxnClient.java in hang mode and resolves once it has written `count` records. */
async function hangingJavaProducer(
  t: ExecutionContext,
  bootstrap: string,
  topic: string,
  txnId: string,
  count: number,
): Promise<ChildProcess> {
  const classpath = await javaClasspath();
  const child = spawn(
    javaCommand(),
    [
      '-Xmx256m',
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-cp',
      classpath,
      javaClient,
      bootstrap,
      topic,
      'hang',
      txnId,
      String(count),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  t.teardown(() => {
    child.kill('SIGKILL');
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`TxnClient.java hang did not report:\n${err.slice(-3000)}`)),
      60_000,
    );
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('"hanging":true')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`TxnClient.java exited with ${code}:\n${err.slice(-3000)}`));
    });
  });
  return child;
}

async function killProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** The killed-producer scenario against one broker. */
async function killedProducer(t: ExecutionContext, host: string, port: number, label: string): Promise<void> {
  const bootstrap = `${host}:${port}`;
  const c = await connect(t, host, port);
  const topic = 'crash-txn';
  const txnId = 'crash-tx';
  await awaitTopic(c, topic, 1);

  const java = await hangingJavaProducer(t, bootstrap, topic, txnId, 5);
  const open = await describe(c, txnId);
  t.is(open.state, 'Ongoing', `${label}: the Java transaction is open`);
  t.deepEqual(open.topics, [`${topic}:0`]);
  const openRead = await readPartition(c, topic, 1);
  t.is(openRead.lastStableOffset, 0n, `${label}: the open transaction holds the LSO at its first offset`);
  t.deepEqual(openRead.values, []);
  await killProcess(java);

  // A replacement producer with the same transactional.id (kafkajs) fences the dead one and commits.
  const kafka = new Kafka({
    clientId: 'crash-replacement',
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
    retry: { retries: 20, initialRetryTime: 100 },
  });
  const producer = kafka.producer({ transactionalId: txnId, idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  t.teardown(() => producer.disconnect().catch(() => {}));
  const txn = await producer.transaction();
  await txn.send({
    topic,
    messages: ['live-0', 'live-1', 'live-2'].map((value) => ({ value, partition: 0 })),
  });
  await txn.commit();
  const after = await awaitState(c, txnId, 'CompleteCommit');
  t.is(after.producerId, open.producerId, `${label}: the same producer id`);
  t.true(after.epoch > open.epoch, `${label}: the epoch was bumped (${open.epoch} -> ${after.epoch})`);

  // The dead producer's epoch is fenced everywhere.
  const dead: RawProducer = { txnId, producerId: open.producerId, epoch: open.epoch, sequence: 5 };
  t.is(await addPartition(c, dead, topic), ErrorCode.PRODUCER_FENCED, `${label}: AddPartitionsToTxn v3`);
  t.true(
    ([ErrorCode.INVALID_PRODUCER_EPOCH, ErrorCode.PRODUCER_FENCED] as number[]).includes(
      await produceTxn(c, dead, topic, ['zombie']),
    ),
    `${label}: Produce with the old epoch`,
  );
  t.is(await endTxn(c, dead, true), ErrorCode.PRODUCER_FENCED, `${label}: EndTxn v3`);

  const committed = await readPartition(c, topic, 1);
  t.deepEqual(committed.values, ['live-0', 'live-1', 'live-2'], `${label}: read_committed`);
  t.is(committed.lastStableOffset, committed.highWatermark);
  t.deepEqual(
    committed.aborted.map((a) => [a.producerId, a.firstOffset]),
    [[open.producerId, 0n]],
    `${label}: one aborted transaction from offset 0`,
  );
  const all = await readPartition(c, topic, 0);
  t.deepEqual(all.values, ['dead-0', 'dead-1', 'dead-2', 'dead-3', 'dead-4', 'live-0', 'live-1', 'live-2']);
  // 5 records, abort marker, 3 records, commit marker.
  t.is(all.highWatermark, 10n, `${label}: high watermark`);
}

const noJava = (): string | undefined => missing('java and mvn (for TxnClient.java)', javaToolsAvailable());

test('a killed Java transactional producer is fenced and aborted by its replacement (GOssip)', async (t) => {
  t.timeout(120_000);
  const why = noJava();
  if (why) {
    t.log(`skipped: ${why}`);
    t.pass();
    return;
  }
  const broker = await startGossip({ props: BROKER_PROPS });
  t.teardown(() => broker.stop().then(() => undefined));
  await killedProducer(t, broker.host, broker.port, 'GOssip');
});

test('a killed Java transactional producer is fenced and aborted by its replacement (Kafka 3.9)', async (t) => {
  t.timeout(120_000);
  const why = missing('java and mvn (for the reference Kafka broker)', referenceKafkaAvailable());
  if (why) {
    t.log(`skipped: ${why}`);
    t.pass();
    return;
  }
  const kafka = await startReferenceKafka({ numPartitions: 1 });
  t.teardown(() => kafka.stop());
  await killedProducer(t, kafka.host, kafka.port, 'Kafka');
});

for (const how of ['stop', 'kill -9'] as const) {
  test(`open transactions survive a GOssip restart (${how}): one committed after it, one timed out and aborted`, async (t) => {
    await restartScenario(t, how);
  });
}

async function restartScenario(t: ExecutionContext, how: 'stop' | 'kill -9'): Promise<void> {
  t.timeout(120_000);
  const dataDir = tempDir('txn-restart');
  const first = await startGossip({ dataDir, props: BROKER_PROPS });
  const port = first.port;
  let c = await connect(t, first.host, port);
  const topic = 'restart-txn';
  await awaitTopic(c, topic, 1);

  const long = await initProducer(c, 'restart-long', 60_000);
  const short = await initProducer(c, 'restart-short', 4_000);
  // A committed transaction first (offsets 0-1, commit marker 2).
  t.is(await addPartition(c, long, topic), 0);
  t.is(await produceTxn(c, long, topic, ['c0', 'c1']), 0);
  t.is(await endTxn(c, long, true), 0);
  await awaitState(c, long.txnId, 'CompleteCommit');
  // Two open transactions, interleaved: long 3-4, short 5-6, long 7.
  t.is(await addPartition(c, long, topic), 0);
  t.is(await produceTxn(c, long, topic, ['l0', 'l1']), 0);
  t.is(await addPartition(c, short, topic), 0);
  t.is(await produceTxn(c, short, topic, ['s0', 's1']), 0);
  t.is(await produceTxn(c, long, topic, ['l2']), 0);
  const before = await readPartition(c, topic, 1);
  t.is(before.lastStableOffset, 3n);
  t.deepEqual(before.values, ['c0', 'c1']);

  c.close();
  if (how === 'stop') t.is(await first.stop({ keepData: true }), 0, 'clean shutdown');
  else await first.kill();
  const second = await startGossip({ dataDir, props: { ...BROKER_PROPS, port: String(port) } });
  t.teardown(() => second.stop().then(() => undefined));
  t.is(second.port, port, 'restarted on the same port');
  c = await connect(t, second.host, second.port);
  await awaitTopic(c, topic, 1);

  // The coordinator has both transactions back, with their producer ids, epochs and partitions.
  const longState = await retrying(
    () => describe(c, long.txnId),
    (d) => d.errorCode,
  );
  t.like(longState, {
    errorCode: 0,
    state: 'Ongoing',
    producerId: long.producerId,
    epoch: long.epoch,
    timeoutMs: 60_000,
  });
  t.deepEqual(longState.topics, [`${topic}:0`]);
  const shortState = await describe(c, short.txnId);
  t.true(
    ['Ongoing', 'PrepareAbort', 'CompleteAbort'].includes(shortState.state),
    `the short transaction is ${shortState.state}`,
  );
  const listed = (await c.send(ListTransactionsApi, 1, {
    stateFilters: [],
    producerIdFilters: [],
    durationFilter: -1n,
  })) as ListTransactionsResponse;
  t.deepEqual(listed.transactionStates.map((s) => s.transactionalId).sort(), [
    'restart-long',
    'restart-short',
  ]);
  // The log's producer state came back too: the LSO is still the first open offset.
  const reopened = await readPartition(c, topic, 1);
  t.is(reopened.lastStableOffset, 3n);
  // 8, or 9 when the short transaction timed out (abort marker) before the broker went down.
  t.true([8n, 9n].includes(reopened.highWatermark), `high watermark ${reopened.highWatermark}`);

  // The short transaction times out after the restart and is aborted with a bumped epoch.
  const aborted = await awaitState(c, short.txnId, 'CompleteAbort');
  t.is(aborted.epoch, short.epoch + 1, 'the timeout fenced the short producer');
  t.is(await endTxn(c, short, true), ErrorCode.PRODUCER_FENCED);
  // The long producer commits its open transaction with the epoch it had before the restart.
  t.is(await endTxn(c, long, true), 0);
  await awaitState(c, long.txnId, 'CompleteCommit');
  const done = await readPartition(c, topic, 1);
  t.is(done.lastStableOffset, done.highWatermark);
  t.is(done.highWatermark, 10n, '8 records, abort marker and commit marker');
  t.deepEqual(done.values, ['c0', 'c1', 'l0', 'l1', 'l2']);
  t.deepEqual(
    done.aborted.map((a) => [a.producerId, a.firstOffset]),
    [[short.producerId, 5n]],
  );
  const everything = await readPartition(c, topic, 0);
  t.deepEqual(everything.values, ['c0', 'c1', 'l0', 'l1', 's0', 's1', 'l2']);
}
