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
