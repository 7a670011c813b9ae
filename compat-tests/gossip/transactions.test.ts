import { fileURLToPath } from 'node:url';
import test, { type ExecutionContext } from 'ava';
import { Kafka, logLevel } from 'kafkajs';
import { parseLastJsonLine, runProgram } from '../clients/run-program.js';
import { missing } from '../harness/env.js';
import { startGossip } from '../harness/gossip-broker.js';
import { javaClasspath, javaCommand, javaToolsAvailable } from '../harness/java-client.js';

const BROKER_PROPS = { 'num.partitions': '1', 'group.initial.rebalance.delay.ms': '0' };

function client(bootstrap: string): Kafka {
  return new Kafka({
    clientId: 'gossip-txn-test',
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
    retry: { retries: 10, initialRetryTime: 100 },
  });
}

/** Reads with a read_committed consumer until `last` arrives; returns every value seen in order. */
async function readCommitted(kafka: Kafka, topic: string, groupId: string, last: string): Promise<string[]> {
  const consumer = kafka.consumer({ groupId, readUncommitted: false });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const seen: string[] = [];
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ message }) => {
          const v = message.value?.toString() ?? '';
          seen.push(v);
          if (v === last) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return seen;
}

/**
 * Reads `topic` from the beginning in its own group until `count` values arrived, then keeps polling
 * briefly so duplicates would show; returns the values sorted.
 */
async function readAll(
  kafka: Kafka,
  topic: string,
  groupId: string,
  count: number,
  readUncommitted: boolean,
): Promise<string[]> {
  const consumer = kafka.consumer({ groupId, readUncommitted });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const seen: string[] = [];
  let enough: () => void = () => {};
  const reached = new Promise<void>((resolve) => {
    enough = resolve;
  });
  await consumer.run({
    eachMessage: async ({ message }) => {
      seen.push(message.value?.toString() ?? '');
      if (seen.length >= count) enough();
    },
  });
  await Promise.race([reached, new Promise((r) => setTimeout(r, 30_000).unref())]);
  await new Promise((r) => setTimeout(r, 500));
  await consumer.disconnect();
  return seen.sort();
}

/** Commit, abort, commit with kafkajs; a fenced producer; optionally sendOffsets. */
async function scenario(t: ExecutionContext, bootstrap: string, withSendOffsets: boolean): Promise<void> {
  const kafka = client(bootstrap);
  const admin = kafka.admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  const topic = 'txn-topic';
  await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });

  const producer = kafka.producer({ transactionalId: 'tx-compat', idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const send = async (values: string[], outcome: 'commit' | 'abort') => {
    const txn = await producer.transaction();
    await txn.send({ topic, messages: values.map((value, i) => ({ value, partition: i % 2 })) });
    if (outcome === 'commit') await txn.commit();
    else await txn.abort();
  };
  await send(['c1', 'c2'], 'commit');
  await send(['a1', 'a2'], 'abort');
  await send(['c3', 'c4'], 'commit');

  const seen = await readCommitted(kafka, topic, 'reader', 'c3');
  t.true(seen.includes('c1'));
  t.false(
    seen.some((v) => v.startsWith('a')),
    `aborted values were read: ${seen.join(',')}`,
  );
  // read_uncommitted returns every record, committed and aborted (never the markers).
  t.deepEqual(await readAll(kafka, topic, 'reader-uncommitted', 6, true), [
    'a1',
    'a2',
    'c1',
    'c2',
    'c3',
    'c4',
  ]);

  // A second producer with the same transactional id fences the first (kafkajs sends the
  // transactional InitProducerId when it begins its first transaction).
  const other = kafka.producer({ transactionalId: 'tx-compat', idempotent: true, maxInFlightRequests: 1 });
  await other.connect();
  const otherTxn = await other.transaction();
  const stale = await (async () => {
    try {
      const txn = await producer.transaction();
      await txn.send({ topic, messages: [{ value: 'stale', partition: 0 }] });
      await txn.commit();
      return 'committed';
    } catch (err) {
      return (err as { type?: string }).type ?? String(err);
    }
  })();
  t.is(stale, 'INVALID_PRODUCER_EPOCH'); // kafkajs speaks AddPartitionsToTxn v1: no PRODUCER_FENCED
  await producer.disconnect().catch(() => {});

  await otherTxn.send({ topic, messages: [{ value: 'c5', partition: 0 }] });
  if (withSendOffsets) {
    await otherTxn.sendOffsets({
      consumerGroupId: 'txn-group',
      topics: [{ topic, partitions: [{ partition: 0, offset: '42' }] }],
    });
  }
  await otherTxn.commit();
  const after = await readCommitted(kafka, topic, 'reader-2', 'c5');
  t.false(after.includes('stale'));
  if (withSendOffsets) {
    const offsets = await admin.fetchOffsets({ groupId: 'txn-group', topics: [topic] });
    t.is(offsets[0]?.partitions.find((p) => p.partition === 0)?.offset, '42');
  }
  await other.disconnect();
}

interface JavaTxnResult {
  state: string;
  listed: string[];
  values: string[];
  committedOffset: number;
}

const javaClient = fileURLToPath(new URL('./TxnClient.java', import.meta.url));

/** Runs TxnClient.java (single-file source launch) against `bootstrap`. */
async function javaScenario(t: ExecutionContext, bootstrap: string, sendOffsets: boolean): Promise<void> {
  const classpath = await javaClasspath();
  const args = ['-Xmx256m', '-cp', classpath, javaClient, bootstrap, 'java-txn-topic', String(sendOffsets)];
  const { stdout } = await runProgram(javaCommand(), args, 90_000);
  const r = parseLastJsonLine<JavaTxnResult>(stdout, 'TxnClient.java');
  t.is(r.state, 'CompleteCommit');
  t.true(r.listed.includes('java-tx'));
  t.deepEqual(r.values, ['j1', 'j2', 'j3']);
  if (sendOffsets) t.is(r.committedOffset, 42);
}

const noJava = (): string | undefined => missing('java and mvn (for the Java client)', javaToolsAvailable());

test('kafkajs and Java transactions with sendOffsets against a GOssip broker process', async (t) => {
  t.timeout(240_000);
  const broker = await startGossip({ props: BROKER_PROPS });
  t.teardown(() => broker.stop().then(() => undefined));
  await scenario(t, broker.bootstrap, true);
  if (!noJava()) await javaScenario(t, broker.bootstrap, true);
});

/**
 * Fills `source` (2 partitions) with an aborted transaction, a committed one and plain records last
 * (so each partition ends with a record, not a marker); returns the values read_committed must see.
 */
async function fillSource(kafka: Kafka, source: string, txnId: string): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: source, numPartitions: 2 }] });
  await admin.disconnect();
  const txProducer = kafka.producer({ transactionalId: txnId, idempotent: true, maxInFlightRequests: 1 });
  await txProducer.connect();
  const batch = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ value: `${prefix}-${i}`, partition: i % 2 }));
  const aborted = await txProducer.transaction();
  await aborted.send({ topic: source, messages: batch('aborted', 4) });
  await aborted.abort();
  const committed = await txProducer.transaction();
  await committed.send({ topic: source, messages: batch('committed', 6) });
  await committed.commit();
  await txProducer.disconnect();
  const plain = kafka.producer();
  await plain.connect();
  await plain.send({ topic: source, messages: batch('plain', 6) });
  await plain.disconnect();
  return [...batch('committed', 6), ...batch('plain', 6)].map((m) => m.value);
}

/** B holds exactly A's committed values (transformed) once; the group sits at A's end offsets. */
async function checkCopy(
  t: ExecutionContext,
  kafka: Kafka,
  source: string,
  sink: string,
  group: string,
  expected: string[],
): Promise<void> {
  const want = expected.map((v) => v.toUpperCase()).sort();
  t.deepEqual(
    await readAll(kafka, sink, `${sink}-check`, want.length, false),
    want,
    `${sink} holds A's records once`,
  );
  const admin = kafka.admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  const ends = await admin.fetchTopicOffsets(source);
  const committed = await admin.fetchOffsets({ groupId: group, topics: [source] });
  const byPartition = (rows: { partition: number; offset: string }[]) =>
    rows.map((r) => [r.partition, r.offset]).sort((a, b) => Number(a[0]) - Number(b[0]));
  t.deepEqual(
    byPartition(committed[0]?.partitions ?? []),
    byPartition(ends),
    `${group} committed A's end offsets`,
  );
}

/** kafkajs consume-transform-produce: one transaction per message, offsets sent in the transaction. */
async function kafkajsCopy(
  kafka: Kafka,
  source: string,
  sink: string,
  group: string,
  count: number,
): Promise<void> {
  const consumer = kafka.consumer({ groupId: group, readUncommitted: false });
  const producer = kafka.producer({
    transactionalId: `${group}-tx`,
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await Promise.all([consumer.connect(), producer.connect()]);
  await consumer.subscribe({ topic: source, fromBeginning: true });
  let copied = 0;
  let finished: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finished = resolve;
  });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message }) => {
      const txn = await producer.transaction();
      try {
        await txn.send({
          topic: sink,
          messages: [{ value: (message.value?.toString() ?? '').toUpperCase() }],
        });
        await txn.sendOffsets({
          consumerGroupId: group,
          topics: [{ topic, partitions: [{ partition, offset: String(BigInt(message.offset) + 1n) }] }],
        });
        await txn.commit();
      } catch (err) {
        await txn.abort();
        throw err;
      }
      if (++copied >= count) finished();
    },
  });
  await Promise.race([done, new Promise((r) => setTimeout(r, 60_000).unref())]);
  await consumer.disconnect();
  await producer.disconnect();
}

test('consume-transform-produce with kafkajs and Java: each committed record copied once, offsets at the end', async (t) => {
  t.timeout(240_000);
  const broker = await startGossip({ props: BROKER_PROPS });
  t.teardown(() => broker.stop().then(() => undefined));
  const kafka = client(broker.bootstrap);

  const jsExpected = await fillSource(kafka, 'ctp-src-kafkajs', 'ctp-fill-kafkajs');
  await kafkajsCopy(kafka, 'ctp-src-kafkajs', 'ctp-dst-kafkajs', 'ctp-kafkajs', jsExpected.length);
  await checkCopy(t, kafka, 'ctp-src-kafkajs', 'ctp-dst-kafkajs', 'ctp-kafkajs', jsExpected);

  if (noJava()) return;
  const javaExpected = await fillSource(kafka, 'ctp-src-java', 'ctp-fill-java');
  const classpath = await javaClasspath();
  const args = [
    '-Xmx256m',
    '-cp',
    classpath,
    javaClient,
    broker.bootstrap,
    'ctp-dst-java',
    'ctp',
    'ctp-src-java',
    'ctp-java',
  ];
  const { stdout } = await runProgram(javaCommand(), args, 90_000);
  t.is(parseLastJsonLine<{ copied: number }>(stdout, 'TxnClient.java ctp').copied, javaExpected.length);
  await checkCopy(t, kafka, 'ctp-src-java', 'ctp-dst-java', 'ctp-java', javaExpected);
});
