// Broker-side schema validation on a real GOssip process: kafkajs creates a topic with
// confluent.value.schema.validation (and payload validation), @kafkajs/confluent-schema-registry
// registers a schema on GOssip's HTTP port and encodes records; encoded records are accepted, plain
// ones refused with INVALID_RECORD (record_errors naming the record), and the accepted ones are
// fetched and decoded. Skipped until the compiled broker passes the registry to the produce path
// (dist/src/broker.js uses registrySchemaLookup).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { Kafka, logLevel } from 'kafkajs';
import { ProduceApi, type ProduceResponse } from '../../wire/generated/api/000-produce.js';
import { FetchApi, type FetchResponse } from '../../wire/generated/api/001-fetch.js';
import { decodeRecordBatch, encodeRecordBatch, splitBatches } from '../../wire/record-batch/index.js';
import { missing } from '../harness/env.js';
import { startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';

const INVALID_RECORD = 87;

interface RegistryClient {
  register(schema: { type: string; schema: string }, opts: { subject: string }): Promise<{ id: number }>;
  encode(id: number, payload: unknown): Promise<Buffer>;
  decode(buffer: Buffer): Promise<unknown>;
}
type ClientModule = {
  SchemaRegistry: new (args: { host: string; retry?: { retries: number } }) => RegistryClient;
};

const PACKAGE = '@kafkajs/confluent-schema-registry';

async function loadClient(): Promise<ClientModule | null> {
  try {
    const mod = (await import(PACKAGE)) as ClientModule & { default?: ClientModule };
    return mod.SchemaRegistry ? mod : (mod.default ?? null);
  } catch {
    return null;
  }
}

function brokerWired(): boolean {
  try {
    const broker = join(import.meta.dirname, '..', '..', 'dist', 'src', 'broker.js');
    return readFileSync(broker, 'utf8').includes('registrySchemaLookup');
  } catch {
    return false;
  }
}

const client = await loadClient();
const skip = missing(PACKAGE, client !== null) ?? (brokerWired() ? undefined : 'broker.ts wiring');

const record = (name: string, field: string) =>
  JSON.stringify({ type: 'record', name, namespace: 'demo', fields: [{ name: field, type: 'string' }] });

(skip ? test.skip : test)(
  'value schema validation: encoded records pass, plain ones get INVALID_RECORD',
  async (t) => {
    const broker = await startGossip();
    t.teardown(() => broker.stop());
    const kafka = new Kafka({
      clientId: 'schema-validation',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
      retry: { retries: 10, initialRetryTime: 100 },
    });
    const admin = kafka.admin();
    await admin.connect();
    t.teardown(() => admin.disconnect());
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: 'orders',
          numPartitions: 1,
          configEntries: [
            { name: 'confluent.value.schema.validation', value: 'true' },
            { name: 'gossip.schema.validation.payload', value: 'true' },
          ],
        },
      ],
    });
    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: 2, name: 'orders', configNames: ['confluent.value.schema.validation'] }],
    });
    t.is(described.resources[0]?.configEntries[0]?.configValue, 'true');

    const host = `http://127.0.0.1:${broker.httpPort}`;
    const registry = new client!.SchemaRegistry({ host, retry: { retries: 0 } });
    const { id } = await registry.register(
      { type: 'AVRO', schema: record('Order', 'item') },
      { subject: 'orders-value' },
    );
    const other = await registry.register(
      { type: 'AVRO', schema: record('Other', 'x') },
      { subject: 'elsewhere-value' },
    );

    const producer = kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 0 } });
    await producer.connect();
    t.teardown(() => producer.disconnect());
    const encoded = await registry.encode(id, { item: 'book' });
    await producer.send({ topic: 'orders', messages: [{ value: encoded }] });
    const refuse = async (value: Buffer, why: string) => {
      const send = producer.send({ topic: 'orders', messages: [{ value }] });
      const err = (await t.throwsAsync(send, undefined, why)) as Error & { type?: string };
      t.is(err.type, 'INVALID_RECORD', why);
    };
    await refuse(Buffer.from('plain text'), 'no magic byte');
    await refuse(await registry.encode(other.id, { x: 'y' }), 'an id of another subject');
    await refuse(
      Buffer.concat([encoded.subarray(0, 5), Buffer.from([0x80])]),
      'a payload that is not an Order',
    );
    await producer.send({
      topic: 'orders',
      messages: [{ value: await registry.encode(id, { item: 'pen' }) }],
    });

    // The record errors name the refused record of a batch: index 1 of three.
    const wire = await KafkaWireClient.connect(broker.host, broker.port);
    t.teardown(() => wire.close());
    const mixed = encodeRecordBatch({
      records: [encoded, Buffer.from('plain'), encoded].map((value) => ({ key: null, value, timestamp: 0 })),
    });
    const produced = (await wire.send(ProduceApi, 9, {
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: 'orders', partitionData: [{ index: 0, records: mixed }] }],
    })) as ProduceResponse;
    const partition = produced.responses[0]!.partitionResponses[0]!;
    t.is(partition.errorCode, INVALID_RECORD);
    t.deepEqual(
      partition.recordErrors.map((e) => [e.batchIndex, e.batchIndexErrorMessage]),
      [[1, 'Record 1 has no valid schema id for subject orders-value']],
    );
    t.regex(partition.errorMessage ?? '', /1 record errors/);

    // Only the two accepted records are in the log, and they decode with the registry.
    const fetched = (await wire.send(FetchApi, 12, {
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 1 << 20,
      isolationLevel: 0,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic: 'orders',
          partitions: [
            {
              partition: 0,
              fetchOffset: 0n,
              partitionMaxBytes: 1 << 20,
              logStartOffset: -1n,
              currentLeaderEpoch: -1,
            },
          ],
        },
      ],
    })) as FetchResponse;
    const data = fetched.responses[0]!.partitions[0]!.records!;
    const items: unknown[] = [];
    for (const span of splitBatches(data).batches) {
      const batch = decodeRecordBatch(data, span.offset);
      if (!batch.ok) continue;
      for (const r of batch.batch.records)
        items.push(((await registry.decode(r.value!)) as { item: string }).item);
    }
    t.deepEqual(items, ['book', 'pen']);
  },
);
