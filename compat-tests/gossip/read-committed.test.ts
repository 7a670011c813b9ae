// read_committed against GOssip over TCP. GOssip's data path runs in this process (metadata, logs,
// replica manager, the Kafka listener on port 0, plus DescribeProducers), so the test can write
// transaction markers through ReplicaManager.writeTxnMarker, which has no wire route (WriteTxnMarkers
// is never advertised). A producer id from a non-transactional InitProducerId writes transactional
// batches with the raw client; Fetch at isolation_level 1 and 0, ListOffsets and DescribeProducers
// are then checked against what Kafka answers: data only below the LSO, aborted_transactions. kcat
// (librdkafka 2.0.2, read_committed, assign mode) then reads the partition and must drop aborted data.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { Dispatcher } from '../../src/api/dispatcher.js';
import { createHandlers } from '../../src/api/handlers/index.js';
import { SystemClock } from '../../src/common/clock.js';
import { silentLogger } from '../../src/common/logger.js';
import { SystemRandom } from '../../src/common/random.js';
import { loadConfig } from '../../src/config/config.js';
import { ProducerIdManager } from '../../src/coordinator/producer-ids.js';
import { logConfigFrom } from '../../src/log/log-config.js';
import { LogManager } from '../../src/log/log-manager.js';
import { MetadataController } from '../../src/metadata/controller.js';
import { BrokerMetrics } from '../../src/metrics/broker-metrics.js';
import { Listener } from '../../src/network/listener.js';
import { PartitionReconciler } from '../../src/replication/partition-reconciler.js';
import { ReplicaManager } from '../../src/replication/replica-manager.js';
import { FetchApi, type FetchResponse } from '../../wire/generated/api/001-fetch.js';
import { ListOffsetsApi, type ListOffsetsResponse } from '../../wire/generated/api/002-list-offsets.js';
import {
  InitProducerIdApi,
  type InitProducerIdResponse,
} from '../../wire/generated/api/022-init-producer-id.js';
import {
  DescribeProducersApi,
  type DescribeProducersResponse,
} from '../../wire/generated/api/061-describe-producers.js';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { decodeRecordBatch, encodeRecordBatch, splitBatches } from '../../wire/record-batch/index.js';
import { hasCommand, missing } from '../harness/env.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import { awaitTopic, produce } from '../harness/wire-data.js';

interface InProcessBroker {
  port: number;
  replicas: ReplicaManager;
}

/** The data path of a GOssip node in this process, wired as src/broker.ts does. */
async function startInProcess(t: ExecutionContext): Promise<InProcessBroker> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gossip-rc-'));
  const config = loadConfig({
    env: {},
    overrides: { 'log.dirs': dataDir, port: '0', 'http.port': '0', 'num.partitions': '1' },
  });
  const clock = new SystemClock();
  const logger = silentLogger();
  const cleanup: (() => Promise<void>)[] = [];
  t.teardown(async () => {
    for (const step of cleanup.reverse()) await step();
    await rm(dataDir, { recursive: true, force: true });
  });
  const metadata = await MetadataController.open({
    dataDir: join(dataDir, 'metadata'),
    nodeId: config.nodeId,
    clock,
    random: new SystemRandom(),
  });
  cleanup.push(() => metadata.close());
  let replicas: ReplicaManager | undefined;
  const logs = await LogManager.open({
    dataDir,
    clock,
    logger,
    configFor: (topic: string) => {
      const info = metadata.image().topics.get(topic);
      return info && replicas ? replicas.configFor(info) : logConfigFrom(new Map(), config.properties);
    },
  });
  cleanup.push(() => logs.close());
  const reconciler = new PartitionReconciler(
    config.nodeId,
    logs,
    (topic) => replicas!.configFor(topic),
    logger,
  );
  replicas = new ReplicaManager({
    nodeId: config.nodeId,
    clock,
    image: () => metadata.image(),
    logs,
    brokerProps: config.properties,
    logsSettled: () => reconciler.idle(),
  });
  const unsubscribe = metadata.subscribe((image, previous) => {
    void reconciler.onImage(image, previous);
  });
  cleanup.push(async () => unsubscribe());
  await reconciler.reconcile(metadata.image());
  let dispatcher: Dispatcher | undefined;
  const deps = {
    config,
    clock,
    metadata,
    replicas,
    metrics: new BrokerMetrics(),
    producerIds: new ProducerIdManager(config.nodeId, metadata),
    advertisedVersions: () => dispatcher!.versions(),
  };
  dispatcher = new Dispatcher(createHandlers(deps));
  const listener = new Listener(dispatcher, config.limits, logger);
  const kafka = await listener.listen(config.host, 0);
  cleanup.push(() => listener.close());
  await metadata.registerBroker({ nodeId: config.nodeId, host: config.host, port: kafka.port });
  await reconciler.idle();
  return { port: kafka.port, replicas };
}

async function connect(t: ExecutionContext, port: number): Promise<KafkaWireClient> {
  const client = await KafkaWireClient.connect('127.0.0.1', port);
  t.teardown(() => client.close());
  return client;
}

function txnBatch(producerId: bigint, producerEpoch: number, baseSequence: number, values: string[]): Buffer {
  return encodeRecordBatch({
    producerId,
    producerEpoch,
    baseSequence,
    isTransactional: true,
    records: values.map((v, i) => ({ key: null, value: Buffer.from(v), timestamp: 1_700_000_000_000 + i })),
  });
}

function plainBatch(values: string[]): Buffer {
  return encodeRecordBatch({
    records: values.map((v, i) => ({ key: null, value: Buffer.from(v), timestamp: 1_700_000_000_000 + i })),
  });
}

interface Fetched {
  errorCode: number;
  highWatermark: bigint;
  lastStableOffset: bigint;
  abortedTransactions: { producerId: bigint; firstOffset: bigint }[] | null;
  /** Data records (control batches skipped), as `offset:value`. */
  values: string[];
  /** Offsets of the control batches returned. */
  markers: bigint[];
}

async function fetch(
  client: KafkaWireClient,
  topic: string,
  isolationLevel: number,
  fetchOffset = 0n,
  version = 12,
  wait: { maxWaitMs?: number; minBytes?: number } = {},
): Promise<Fetched> {
  const res = (await client.send(FetchApi, version, {
    replicaId: -1,
    maxWaitMs: wait.maxWaitMs ?? 0,
    minBytes: wait.minBytes ?? 0,
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
            fetchOffset,
            partitionMaxBytes: 1 << 20,
            logStartOffset: -1n,
            currentLeaderEpoch: -1,
          },
        ],
      },
    ],
  })) as FetchResponse;
  const p = res.responses[0]!.partitions[0]!;
  const data = p.records ?? Buffer.alloc(0);
  const values: string[] = [];
  const markers: bigint[] = [];
  for (const span of splitBatches(data).batches) {
    const decoded = decodeRecordBatch(data, span.offset);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const b = decoded.batch;
    if (b.isControl) {
      markers.push(b.baseOffset);
      continue;
    }
    for (const r of b.records) values.push(`${b.baseOffset + BigInt(r.offsetDelta)}:${r.value?.toString()}`);
  }
  return {
    errorCode: p.errorCode,
    highWatermark: p.highWatermark,
    lastStableOffset: p.lastStableOffset,
    abortedTransactions:
      p.abortedTransactions?.map((a) => ({ producerId: a.producerId, firstOffset: a.firstOffset })) ?? null,
    values,
    markers,
  };
}

async function latest(client: KafkaWireClient, topic: string, isolationLevel: number): Promise<bigint> {
  const res = (await client.send(ListOffsetsApi, 7, {
    replicaId: -1,
    isolationLevel,
    topics: [{ name: topic, partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -1n }] }],
  })) as ListOffsetsResponse;
  return res.topics[0]!.partitions[0]!.offset;
}

async function initProducerId(
  client: KafkaWireClient,
): Promise<{ producerId: bigint; producerEpoch: number }> {
  const res = (await client.send(InitProducerIdApi, 4, {
    transactionalId: null,
    transactionTimeoutMs: 60000,
    producerId: -1n,
    producerEpoch: -1,
  })) as InitProducerIdResponse;
  if (res.errorCode !== 0) throw new Error(`InitProducerId failed with ${res.errorCode}`);
  return res;
}

test('read_committed sees committed data only below the LSO and the aborted transactions it overlaps', async (t) => {
  const broker = await startInProcess(t);
  const client = await connect(t, broker.port);
  const topic = 'rc-txn';
  await awaitTopic(client, topic, 1);
  const a = await initProducerId(client);
  const b = await initProducerId(client);
  t.not(a.producerId, b.producerId);

  t.is(await produce(client, topic, 0, plainBatch(['plain-0'])), 0n);
  t.is(await produce(client, topic, 0, txnBatch(a.producerId, a.producerEpoch, 0, ['a-0', 'a-1'])), 1n);
  t.is(await produce(client, topic, 0, txnBatch(b.producerId, b.producerEpoch, 0, ['b-0'])), 3n);

  let committed = await fetch(client, topic, 1);
  t.is(committed.highWatermark, 4n);
  t.is(committed.lastStableOffset, 1n, 'the LSO is the first offset of the open transaction');
  t.deepEqual(committed.values, ['0:plain-0']);
  t.deepEqual(committed.abortedTransactions, []);
  const uncommitted = await fetch(client, topic, 0);
  t.deepEqual(uncommitted.values, ['0:plain-0', '1:a-0', '2:a-1', '3:b-0']);
  t.is(uncommitted.abortedTransactions, null);
  t.is(uncommitted.lastStableOffset, 1n);
  t.is(await latest(client, topic, 1), 1n);
  t.is(await latest(client, topic, 0), 4n);

  // A read_committed long-poll wakes when a marker moves the LSO.
  const polling = fetch(client, topic, 1, 1n, 12, { maxWaitMs: 5000, minBytes: 1 });
  const marker = { topic, partition: 0, coordinatorEpoch: 0 };
  t.is(await broker.replicas.writeTxnMarker({ ...marker, ...a, commit: false }), 0);
  const woken = await polling;
  t.deepEqual(woken.values, ['1:a-0', '2:a-1'], 'the aborted data is returned, to be dropped by the client');
  t.deepEqual(woken.abortedTransactions, [{ producerId: a.producerId, firstOffset: 1n }]);
  t.is(woken.lastStableOffset, 3n, "b's transaction is still open");

  t.is(await broker.replicas.writeTxnMarker({ ...marker, ...b, commit: true }), 0);
  committed = await fetch(client, topic, 1);
  t.is(committed.lastStableOffset, 6n);
  t.is(committed.highWatermark, 6n);
  t.deepEqual(committed.values, ['0:plain-0', '1:a-0', '2:a-1', '3:b-0']);
  t.deepEqual(committed.markers, [4n, 5n]);
  t.deepEqual(committed.abortedTransactions, [{ producerId: a.producerId, firstOffset: 1n }]);
  t.is(await latest(client, topic, 1), 6n);
  // Fetching past the aborted transaction: nothing to report.
  t.deepEqual((await fetch(client, topic, 1, 5n)).abortedTransactions, []);
  // Fetch v4 (the first with isolation) answers the same.
  t.deepEqual((await fetch(client, topic, 1, 0n, 4)).abortedTransactions, [
    { producerId: a.producerId, firstOffset: 1n },
  ]);
});

test('markers are fenced by epoch, reported for __consumer_offsets, and DescribeProducers lists producers', async (t) => {
  const broker = await startInProcess(t);
  const client = await connect(t, broker.port);
  const topic = 'rc-fence';
  await awaitTopic(client, topic, 1);
  const p = await initProducerId(client);
  await produce(client, topic, 0, txnBatch(p.producerId, p.producerEpoch, 0, ['x-0']));
  const base = { topic, partition: 0, producerId: p.producerId, coordinatorEpoch: 2, commit: true };
  t.is(
    await broker.replicas.writeTxnMarker({ ...base, producerEpoch: p.producerEpoch - 1 }),
    ErrorCode.INVALID_PRODUCER_EPOCH,
  );
  t.is(
    await broker.replicas.writeTxnMarker({ ...base, topic: 'no-such-topic', producerEpoch: 0 }),
    ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
  );

  let described = (await client.send(DescribeProducersApi, 0, {
    topics: [
      { name: topic, partitionIndexes: [0, 7] },
      { name: 'no-such-topic', partitionIndexes: [0] },
    ],
  })) as DescribeProducersResponse;
  const part = described.topics[0]!.partitions[0]!;
  t.is(part.errorCode, 0);
  t.deepEqual(
    part.activeProducers.map((s) => ({ ...s, lastTimestamp: s.lastTimestamp > 0n })),
    [
      {
        producerId: p.producerId,
        producerEpoch: p.producerEpoch,
        lastSequence: 0,
        lastTimestamp: true,
        coordinatorEpoch: -1,
        currentTxnStartOffset: 0n,
      },
    ],
  );
  t.is(described.topics[0]!.partitions[1]!.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  t.like(described.topics[1]!.partitions[0], {
    errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
    errorMessage: 'This server does not host this topic-partition.',
  });

  t.is(await broker.replicas.writeTxnMarker({ ...base, producerEpoch: p.producerEpoch }), 0);
  t.is(
    await broker.replicas.writeTxnMarker({ ...base, producerEpoch: p.producerEpoch, coordinatorEpoch: 1 }),
    ErrorCode.TRANSACTION_COORDINATOR_FENCED,
  );
  described = (await client.send(DescribeProducersApi, 0, {
    topics: [{ name: topic, partitionIndexes: [0] }],
  })) as DescribeProducersResponse;
  t.like(described.topics[0]!.partitions[0]!.activeProducers[0], {
    coordinatorEpoch: 2,
    currentTxnStartOffset: -1n,
  });

  // The hook hears of markers on __consumer_offsets only.
  const heard: unknown[] = [];
  broker.replicas.onTxnMarker((...args) => heard.push(args));
  await awaitTopic(client, '__consumer_offsets', 1);
  await produce(client, '__consumer_offsets', 0, txnBatch(p.producerId, p.producerEpoch, 1, ['offsets']));
  t.is(
    await broker.replicas.writeTxnMarker({
      ...base,
      topic: '__consumer_offsets',
      producerEpoch: p.producerEpoch,
    }),
    0,
  );
  t.is(await broker.replicas.writeTxnMarker({ ...base, producerEpoch: p.producerEpoch, commit: false }), 0);
  t.deepEqual(heard, [['__consumer_offsets', 0, p.producerId, true, 1n]]);
});

/** kcat (assign mode, no group) reading partition 0 of `topic` to its end; `offset:value` lines. */
function kcatConsume(port: number, topic: string, isolation: string): Promise<string[]> {
  const args = ['-b', `127.0.0.1:${port}`, '-C', '-t', topic, '-p', '0', '-o', 'beginning', '-e', '-q'];
  args.push('-X', `isolation.level=${isolation}`, '-f', '%o:%s\n');
  return new Promise((resolve, reject) => {
    const child = execFile('kcat', args, { timeout: 20000 }, (err, stdout) =>
      err ? reject(err) : resolve(stdout.split('\n').filter((l) => l.length > 0)),
    );
    child.stdin?.end();
  });
}

test('kcat (librdkafka) read_committed drops aborted records using aborted_transactions', async (t) => {
  const skip = missing('kcat', hasCommand('kcat'));
  if (skip) {
    t.log(`skipped: ${skip}`);
    t.pass();
    return;
  }
  const broker = await startInProcess(t);
  const client = await connect(t, broker.port);
  const topic = 'rc-kcat';
  await awaitTopic(client, topic, 1);
  const a = await initProducerId(client);
  const b = await initProducerId(client);
  const marker = { topic, partition: 0, coordinatorEpoch: 0 };
  await produce(client, topic, 0, plainBatch(['plain-0']));
  await produce(client, topic, 0, txnBatch(a.producerId, a.producerEpoch, 0, ['aborted-1', 'aborted-2']));
  await produce(client, topic, 0, txnBatch(b.producerId, b.producerEpoch, 0, ['committed-3']));
  await produce(client, topic, 0, txnBatch(a.producerId, a.producerEpoch, 2, ['aborted-4']));
  t.is(await broker.replicas.writeTxnMarker({ ...marker, ...a, commit: false }), 0); // 5
  t.is(await broker.replicas.writeTxnMarker({ ...marker, ...b, commit: true }), 0); // 6
  await produce(client, topic, 0, txnBatch(a.producerId, a.producerEpoch, 3, ['committed-7']));
  t.is(await broker.replicas.writeTxnMarker({ ...marker, ...a, commit: true }), 0); // 8
  await produce(client, topic, 0, plainBatch(['plain-9']));
  t.deepEqual(await kcatConsume(broker.port, topic, 'read_committed'), [
    '0:plain-0',
    '3:committed-3',
    '7:committed-7',
    '9:plain-9',
  ]);
  t.deepEqual(await kcatConsume(broker.port, topic, 'read_uncommitted'), [
    '0:plain-0',
    '1:aborted-1',
    '2:aborted-2',
    '3:committed-3',
    '4:aborted-4',
    '7:committed-7',
    '9:plain-9',
  ]);
});
