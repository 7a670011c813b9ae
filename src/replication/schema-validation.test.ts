// Broker-side schema validation over a real SchemaStore (a `_schemas` PartitionLog in a temp dir):
// schema ids must be registered under the topic's subject; with payload validation AVRO, JSON and
// PROTOBUF payloads must decode with their schema.
import test from 'ava';
import avro from 'avsc';
import protobuf from 'protobufjs';
import { encodeRecordBatch, splitBatches } from '../../wire/record-batch/index.js';
import { logConfigFrom } from '../log/log-config.js';
import { avroInput, openStore, schemasDir, userV1 } from '../schema-registry/test-support.js';
import { registrySchemaLookup, schemaRecordErrors } from './schema-validation.js';

const framed = (id: number, body: Buffer) => {
  const header = Buffer.alloc(5);
  header.writeInt32BE(id, 1);
  return Buffer.concat([header, body]);
};

function batch(values: (Buffer | null)[], keys: (Buffer | null)[] = []) {
  const records = encodeRecordBatch({
    records: values.map((value, i) => ({ key: keys[i] ?? null, value, timestamp: 0 })),
  });
  return { records, spans: splitBatches(records).batches };
}

const config = (props: Record<string, string>) => logConfigFrom(new Map(Object.entries(props)), new Map());

test('the topic configs default to off and parse as booleans', (t) => {
  const off = config({});
  t.false(off.keySchemaValidation);
  t.false(off.valueSchemaValidation);
  t.false(off.schemaPayloadValidation);
  const on = config({
    'confluent.value.schema.validation': 'TRUE',
    'confluent.key.schema.validation': 'true',
  });
  t.true(on.valueSchemaValidation);
  t.true(on.keySchemaValidation);
});

test('value validation: the id must be registered under <topic>-value', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  const { id } = await store.register('orders-value', avroInput(userV1));
  const other = await store.register('other-value', avroInput('"string"'));
  const lookup = registrySchemaLookup(() => store);
  const body = avro.Type.forSchema(JSON.parse(userV1)).toBuffer({ name: 'ada' });
  const { records, spans } = batch([
    framed(id, body),
    Buffer.from('plain'),
    framed(other.id, body),
    framed(999, body),
    null,
  ]);
  const on = config({ 'confluent.value.schema.validation': 'true' });
  const errors = schemaRecordErrors(records, spans, 'orders', on, lookup);
  // Record 4 has a null value (a tombstone): it passes, as in Confluent Server.
  t.deepEqual(
    errors.map((e) => e.batchIndex),
    [1, 2, 3],
  );
  t.is(errors[0]!.batchIndexErrorMessage, 'Record 1 has no valid schema id for subject orders-value');
  // Off: nothing is checked; on without a registry: every non-null record fails.
  t.deepEqual(schemaRecordErrors(records, spans, 'orders', config({}), lookup), []);
  t.is(schemaRecordErrors(records, spans, 'orders', on, undefined).length, 4);
  // A soft-deleted version still counts as registered under the subject.
  await store.deleteVersion('orders-value', 1, false);
  t.deepEqual(
    schemaRecordErrors(records, spans, 'orders', on, lookup).map((e) => e.batchIndex),
    [1, 2, 3],
  );
});

test('key validation checks <topic>-key independently of the value', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  const key = await store.register('orders-key', avroInput('"string"'));
  const lookup = registrySchemaLookup(() => store);
  const goodKey = framed(key.id, avro.Type.forSchema('string').toBuffer('k'));
  const { records, spans } = batch([Buffer.from('v'), Buffer.from('v')], [goodKey, Buffer.from('k')]);
  const errors = schemaRecordErrors(
    records,
    spans,
    'orders',
    config({ 'confluent.key.schema.validation': 'true' }),
    lookup,
  );
  t.deepEqual(
    errors.map((e) => e.batchIndexErrorMessage),
    ['Record 1 has no valid schema id for subject orders-key'],
  );
});

test('payload validation decodes AVRO, JSON and PROTOBUF with the registered schema', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  const lookup = registrySchemaLookup(() => store);
  const on = config({
    'confluent.value.schema.validation': 'true',
    'gossip.schema.validation.payload': 'true',
  });
  const check = (topic: string, values: Buffer[]) => {
    const { records, spans } = batch(values);
    return schemaRecordErrors(records, spans, topic, on, lookup).map((e) => e.batchIndex);
  };

  const a = await store.register('a-value', avroInput(userV1));
  const userType = avro.Type.forSchema(JSON.parse(userV1));
  t.deepEqual(
    check('a', [framed(a.id, userType.toBuffer({ name: 'ada' })), framed(a.id, Buffer.from([0x07]))]),
    [1],
  );

  const jsonSchema = JSON.stringify({
    type: 'object',
    properties: { n: { type: 'integer' } },
    required: ['n'],
  });
  const j = await store.register('j-value', {
    schema: jsonSchema,
    schemaType: 'JSON',
    references: [],
    normalize: false,
  });
  t.deepEqual(
    check('j', [
      framed(j.id, Buffer.from('{"n":1}')),
      framed(j.id, Buffer.from('{"n":"x"}')),
      framed(j.id, Buffer.from('not json')),
    ]),
    [1, 2],
  );

  const proto =
    'syntax = "proto3";\npackage demo;\nmessage First { int32 a = 1; }\nmessage Second { string s = 1; }';
  const p = await store.register('p-value', {
    schema: proto,
    schemaType: 'PROTOBUF',
    references: [],
    normalize: false,
  });
  const root = protobuf.parse(proto, { keepCase: true }).root;
  const second = root.lookupType('demo.Second');
  // Message indexes: [0] is written as a single 0; [1] as count 1 then index 1 (zigzag varints).
  const firstBody = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(root.lookupType('demo.First').encode({ a: 5 }).finish()),
  ]);
  const secondBody = Buffer.concat([Buffer.from([2, 2]), Buffer.from(second.encode({ s: 'hi' }).finish())]);
  const badIndex = Buffer.concat([Buffer.from([2, 8]), Buffer.from(second.encode({ s: 'hi' }).finish())]);
  const truncated = Buffer.from([0, 0x0a, 0x05, 0x61]);
  t.deepEqual(
    check('p', [
      framed(p.id, firstBody),
      framed(p.id, secondBody),
      framed(p.id, badIndex),
      framed(p.id, truncated),
    ]),
    [2, 3],
  );
});
