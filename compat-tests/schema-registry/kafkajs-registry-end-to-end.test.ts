// @kafkajs/confluent-schema-registry end to end on a real GOssip process: the client registers AVRO,
// PROTOBUF (one with a schema reference to another subject) and JSON schemas on GOssip's HTTP port,
// encodes records, kafkajs produces them to topics with confluent.value.schema.validation=true, a
// kafkajs consumer group reads them back, and a fresh client (empty cache) decodes them to the
// originals. Records without a registered id are refused on the same topics.
import test from 'ava';
import { missing } from '../harness/env.js';
import { PROTO_ADDRESS, produceValues, roundTrip, startWithUserTopics } from './kafka-round-trip.js';

interface Reference {
  name: string;
  subject: string;
  version: number;
}
interface RegistryClient {
  register(
    schema: { type: string; schema: string; references?: Reference[] },
    opts: { subject: string },
  ): Promise<{ id: number }>;
  encode(id: number, payload: unknown): Promise<Buffer>;
  decode(buffer: Buffer): Promise<unknown>;
}
type ClientModule = {
  SchemaRegistry: new (
    args: { host: string; retry?: { retries: number } },
    options?: Record<string, unknown>,
  ) => RegistryClient;
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

const client = await loadClient();
const skip = missing(PACKAGE, client !== null);

const VALIDATE = { 'confluent.value.schema.validation': 'true' };

const AVRO_USER = JSON.stringify({
  type: 'record',
  name: 'User',
  namespace: 'demo',
  fields: [
    { name: 'name', type: 'string' },
    { name: 'age', type: 'int' },
    { name: 'tags', type: { type: 'array', items: 'string' } },
  ],
});
const PROTO_USER = `syntax = "proto3";
package demo;

import "address.proto";

message User {
  string name = 1;
  int32 age = 2;
  Address address = 3;
}
`;
const JSON_USER = JSON.stringify({
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'User',
  type: 'object',
  properties: { name: { type: 'string' }, age: { type: 'integer' } },
  required: ['name', 'age'],
  additionalProperties: false,
});

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

(skip ? test.skip : test)(
  'kafkajs registry client: AVRO, PROTOBUF (with a reference) and JSON through produce and a consumer group',
  async (t) => {
    t.timeout(120000);
    const { host, kafka } = await startWithUserTopics(t, 'kafkajs-registry-e2e', VALIDATE);
    const protoOptions = { PROTOBUF: { messageName: 'User' } };
    const registry = new client!.SchemaRegistry({ host, retry: { retries: 0 } }, protoOptions);

    const avro = await registry.register(
      { type: 'AVRO', schema: AVRO_USER },
      { subject: 'users-avro-value' },
    );
    // messageName applies to every PROTOBUF schema of a client, so Address registers through its own.
    const plainClient = new client!.SchemaRegistry({ host, retry: { retries: 0 } });
    const address = await plainClient.register(
      { type: 'PROTOBUF', schema: PROTO_ADDRESS },
      { subject: 'address.proto' },
    );
    const proto = await registry.register(
      {
        type: 'PROTOBUF',
        schema: PROTO_USER,
        references: [{ name: 'address.proto', subject: 'address.proto', version: 1 }],
      },
      { subject: 'users-proto-value' },
    );
    const json = await registry.register(
      { type: 'JSON', schema: JSON_USER },
      { subject: 'users-json-value' },
    );
    t.deepEqual(
      [avro.id, address.id, proto.id, json.id].sort((a, b) => a - b),
      [1, 2, 3, 4],
      'four distinct global ids',
    );

    const cases = [
      {
        topic: 'users-avro',
        id: avro.id,
        records: [
          { name: 'ada', age: 36, tags: ['math'] },
          { name: 'bob', age: 7, tags: [] },
        ],
      },
      {
        topic: 'users-proto',
        id: proto.id,
        records: [
          { name: 'ada', age: 36, address: { city: 'London', zip: 1815 } },
          { name: 'bob', age: 7, address: { city: 'Paris', zip: 75001 } },
        ],
      },
      {
        topic: 'users-json',
        id: json.id,
        records: [
          { name: 'ada', age: 36 },
          { name: 'bob', age: 7 },
        ],
      },
    ];

    // Decoding uses a client with no cache: every schema (and the reference) comes from GOssip.
    const reader = new client!.SchemaRegistry({ host, retry: { retries: 0 } }, protoOptions);
    for (const c of cases) {
      const encoded = await Promise.all(c.records.map((r) => registry.encode(c.id, r)));
      for (const e of encoded) t.is(e.readInt32BE(1), c.id, `${c.topic}: schema id after the magic byte`);
      const consumed = await roundTrip(t, kafka, c.topic, encoded);
      const decoded = await Promise.all(consumed.map((v) => reader.decode(v)));
      t.deepEqual(decoded.map(plain), c.records, `${c.topic}: decoded records equal the originals`);
    }

    // The same topics refuse a value without the magic byte and id, and an id of another subject.
    for (const [value, why] of [
      [Buffer.from('{"name":"eve","age":1}'), 'no magic byte'],
      [await registry.encode(avro.id, cases[0]!.records[0]), 'an id registered for users-avro-value'],
    ] as const) {
      const err = (await t.throwsAsync(
        produceValues(t, kafka, 'users-json', [value]),
        undefined,
        why,
      )) as Error & {
        type?: string;
      };
      t.is(err.type, 'INVALID_RECORD', why);
    }
  },
);
