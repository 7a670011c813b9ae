// Broker-side schema validation on a real GOssip process: kafkajs creates a topic with
// confluent.value.schema.validation, @kafkajs/confluent-schema-registry registers a schema on
// GOssip's HTTP port and encodes records; encoded records are accepted, plain ones refused with
// INVALID_RECORD, and what was accepted is consumed and decoded. Skipped until the compiled broker
// passes the registry to the produce path (dist/src/broker.js uses registrySchemaLookup).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { Kafka, logLevel } from 'kafkajs';
import { missing } from '../harness/env.js';
import { startGossip } from '../harness/gossip-broker.js';

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
    return readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'src', 'broker.js'), 'utf8').includes(
      'registrySchemaLookup',
    );
  } catch {
    return false;
  }
}

const client = await loadClient();
const skip = missing(PACKAGE, client !== null) ?? (brokerWired() ? undefined : 'broker.ts wiring');

(skip ? test.skip : test)(
  'value schema validation: encoded records pass, plain ones get INVALID_RECORD',
  async (t) => {
    const broker = await startGossip({ props: { 'group.initial.rebalance.delay.ms': '0' } });
    t.teardown(() => broker.stop());
    const kafka = new Kafka({
      clientId: 'schema-validation',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
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

    const registry = new client!.SchemaRegistry({
      host: `http://127.0.0.1:${broker.httpPort}`,
      retry: { retries: 0 },
    });
    const schema = JSON.stringify({
      type: 'record',
      name: 'Order',
      namespace: 'demo',
      fields: [{ name: 'item', type: 'string' }],
    });
    const { id } = await registry.register({ type: 'AVRO', schema }, { subject: 'orders-value' });
    const otherSchema = JSON.stringify({
      type: 'record',
      name: 'Other',
      fields: [{ name: 'x', type: 'string' }],
    });
    const other = await registry.register(
      { type: 'AVRO', schema: otherSchema },
      { subject: 'elsewhere-value' },
    );

    const producer = kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 0 } });
    await producer.connect();
    t.teardown(() => producer.disconnect());
    const encoded = await registry.encode(id, { item: 'book' });
    await producer.send({ topic: 'orders', messages: [{ value: encoded }] });

    const refuse = async (value: Buffer) => {
      const err = (await t.throwsAsync(
        producer.send({ topic: 'orders', messages: [{ value }] }),
      )) as Error & {
        type?: string;
      };
      t.is(err.type, 'INVALID_RECORD');
    };
    await refuse(Buffer.from('plain text'));
    // An id registered under another subject.
    await refuse(await registry.encode(other.id, { x: 'y' }));
    // The right id, a payload that is not an Order.
    await refuse(Buffer.concat([encoded.subarray(0, 5), Buffer.from([0x80])]));
    await producer.send({
      topic: 'orders',
      messages: [{ value: await registry.encode(id, { item: 'pen' }) }],
    });

    const consumer = kafka.consumer({ groupId: 'schema-validation' });
    await consumer.connect();
    t.teardown(() => consumer.disconnect());
    await consumer.subscribe({ topic: 'orders', fromBeginning: true });
    const items: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          eachMessage: async ({ message }) => {
            const decoded = (await registry.decode(message.value!)) as { item: string };
            items.push(decoded.item);
            if (items.length === 2) resolve();
          },
        })
        .catch(reject);
    });
    t.deepEqual(items, ['book', 'pen']);
  },
);
