// @confluentinc/schemaregistry (Confluent's own JavaScript registry client and serdes) end to end on
// a real GOssip process: SchemaRegistryClient registers AVRO, PROTOBUF and JSON schemas (AVRO and
// PROTOBUF each with a reference) on GOssip's HTTP port, the Avro/Protobuf/Json serializers encode
// records, kafkajs produces them to topics with id and payload validation on, a kafkajs consumer
// group reads them back, and the deserializers on a fresh client decode them to the originals. The
// protobuf serdes work on descriptors: GOssip serves .proto text as a FileDescriptorProto
// (?format=serialized); the test's message types are descriptors written by hand (@bufbuild/protobuf).
import test from 'ava';
import { missing } from '../harness/env.js';
import { PROTO_ADDRESS, produceValues, roundTrip, startWithUserTopics } from './kafka-round-trip.js';

interface SchemaInfo {
  schemaType: string;
  schema: string;
  references?: { name: string; subject: string; version: number }[];
}
interface Client {
  register(subject: string, schema: SchemaInfo, normalize?: boolean): Promise<number>;
}
interface Serde {
  serialize(topic: string, msg: unknown): Promise<Buffer>;
  deserialize(topic: string, payload: Buffer): Promise<unknown>;
}
type SerdeClass = new (client: Client, serdeType: number, config: Record<string, unknown>) => Serde;
interface SerdeModule {
  SchemaRegistryClient: new (config: { baseURLs: string[] }) => Client;
  SerdeType: { KEY: number; VALUE: number };
  AvroSerializer: SerdeClass;
  AvroDeserializer: SerdeClass;
  JsonSerializer: SerdeClass;
  JsonDeserializer: SerdeClass;
  ProtobufSerializer: SerdeClass;
  ProtobufDeserializer: SerdeClass;
}
/** The parts of @bufbuild/protobuf (a dependency of the serdes) the test uses. */
interface Bufbuild {
  create(schema: unknown, init: unknown): unknown;
  createFileRegistry(
    file: unknown,
    resolve: (name: string) => unknown,
  ): { getMessage(name: string): unknown };
}
interface BufbuildWkt {
  FileDescriptorProtoSchema: unknown;
}

interface Case {
  topic: string;
  id: number;
  serializer: SerdeClass;
  deserializer: SerdeClass;
  serializerConfig?: Record<string, unknown>;
  /** What decoding must give back. */
  records: unknown[];
  /** What is serialized, when not the records themselves (protobuf messages). */
  messages?: unknown[];
}

const PACKAGE = '@confluentinc/schemaregistry';

async function loadModule(): Promise<SerdeModule | null> {
  try {
    const mod = (await import(PACKAGE)) as SerdeModule & { default?: SerdeModule };
    return mod.SchemaRegistryClient ? mod : (mod.default ?? null);
  } catch {
    return null;
  }
}

async function loadBufbuild(): Promise<{ pb: Bufbuild; wkt: BufbuildWkt } | null> {
  try {
    const pb = (await import('@bufbuild/protobuf' as string)) as Bufbuild;
    const wkt = (await import('@bufbuild/protobuf/wkt' as string)) as BufbuildWkt;
    return { pb, wkt };
  } catch {
    return null;
  }
}

const serde = await loadModule();
const bufbuild = await loadBufbuild();
const skip = missing(PACKAGE, serde !== null && bufbuild !== null);

const VALIDATE = {
  'confluent.value.schema.validation': 'true',
  'gossip.schema.validation.payload': 'true',
};

const AVRO_ADDRESS = JSON.stringify({
  type: 'record',
  name: 'Address',
  namespace: 'demo',
  fields: [
    { name: 'city', type: 'string' },
    { name: 'zip', type: 'int' },
  ],
});
const AVRO_USER = JSON.stringify({
  type: 'record',
  name: 'User',
  namespace: 'demo',
  fields: [
    { name: 'name', type: 'string' },
    { name: 'age', type: 'int' },
    { name: 'address', type: 'demo.Address' },
  ],
});
const PROTO_USER = `syntax = "proto3";
package demo;

import "address.proto";

message User {
  string name = 1;
  int32 age = 2;
  Address address = 3;
  repeated string tags = 4;
}
`;
const JSON_USER = JSON.stringify({
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'User',
  type: 'object',
  properties: { name: { type: 'string' }, age: { type: 'integer' } },
  required: ['name', 'age'],
});

/** Plain data: protobuf messages lose their $typeName marker. */
const plain = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v) => (key === '$typeName' ? undefined : v)));

/** The descriptors protoc would generate for PROTO_ADDRESS and PROTO_USER, and a registry of them. */
function protoRegistry({ pb, wkt }: { pb: Bufbuild; wkt: BufbuildWkt }) {
  const scalar = (name: string, number: number, type: number, label = 1) => ({
    name,
    number,
    label,
    type,
    jsonName: name,
  });
  const address = pb.create(wkt.FileDescriptorProtoSchema, {
    name: 'address.proto',
    package: 'demo',
    syntax: 'proto3',
    messageType: [{ name: 'Address', field: [scalar('city', 1, 9), scalar('zip', 2, 5)] }],
  });
  const user = pb.create(wkt.FileDescriptorProtoSchema, {
    name: 'user.proto',
    package: 'demo',
    syntax: 'proto3',
    dependency: ['address.proto'],
    messageType: [
      {
        name: 'User',
        field: [
          scalar('name', 1, 9),
          scalar('age', 2, 5),
          { ...scalar('address', 3, 11), typeName: '.demo.Address' },
          scalar('tags', 4, 9, 3),
        ],
      },
    ],
  });
  return pb.createFileRegistry(user, (name) => (name === 'address.proto' ? address : undefined));
}

(skip ? test.skip : test)(
  'Confluent serdes: AVRO and PROTOBUF (each with a reference) and JSON through produce and a consumer group',
  async (t) => {
    t.timeout(120000);
    const m = serde!;
    const { host, kafka } = await startWithUserTopics(t, 'confluent-serde-e2e', VALIDATE);

    const client = new m.SchemaRegistryClient({ baseURLs: [host] });
    const addressId = await client.register('demo.Address', { schemaType: 'AVRO', schema: AVRO_ADDRESS });
    const userId = await client.register('users-avro-value', {
      schemaType: 'AVRO',
      schema: AVRO_USER,
      references: [{ name: 'demo.Address', subject: 'demo.Address', version: 1 }],
    });
    const jsonId = await client.register('users-json-value', { schemaType: 'JSON', schema: JSON_USER });
    const protoAddressId = await client.register('address.proto', {
      schemaType: 'PROTOBUF',
      schema: PROTO_ADDRESS,
    });
    const protoId = await client.register('users-proto-value', {
      schemaType: 'PROTOBUF',
      schema: PROTO_USER,
      references: [{ name: 'address.proto', subject: 'address.proto', version: 1 }],
    });
    t.deepEqual([addressId, userId, jsonId, protoAddressId, protoId], [1, 2, 3, 4, 5]);

    const registry = protoRegistry(bufbuild!);
    const userType = registry.getMessage('demo.User');
    const protoUsers = [
      { name: 'ada', age: 36, address: { city: 'London', zip: 1815 }, tags: ['math'] },
      { name: 'bob', age: 7, address: { city: 'Paris', zip: 75001 }, tags: [] },
    ];

    const cases: Case[] = [
      {
        topic: 'users-avro',
        id: userId,
        serializer: m.AvroSerializer,
        deserializer: m.AvroDeserializer,
        records: [
          { name: 'ada', age: 36, address: { city: 'London', zip: 1815 } },
          { name: 'bob', age: 7, address: { city: 'Paris', zip: 75001 } },
        ],
      },
      {
        topic: 'users-proto',
        id: protoId,
        serializer: m.ProtobufSerializer,
        deserializer: m.ProtobufDeserializer,
        serializerConfig: { registry },
        records: protoUsers,
        messages: protoUsers.map((u) => bufbuild!.pb.create(userType, u)),
      },
      {
        topic: 'users-json',
        id: jsonId,
        serializer: m.JsonSerializer,
        deserializer: m.JsonDeserializer,
        records: [
          { name: 'ada', age: 36 },
          { name: 'bob', age: 7 },
        ],
      },
    ];
    for (const c of cases) {
      const config = { useLatestVersion: true, ...c.serializerConfig };
      const ser = new c.serializer(client, m.SerdeType.VALUE, config);
      const encoded = [];
      for (const r of c.messages ?? c.records) encoded.push(await ser.serialize(c.topic, r));
      for (const e of encoded) {
        t.is(e[0], 0, `${c.topic}: magic byte`);
        t.is(e.readInt32BE(1), c.id, `${c.topic}: schema id after the magic byte`);
      }
      const consumed = await roundTrip(t, kafka, c.topic, encoded);
      // A fresh client: the writer schema and its references are fetched from GOssip by id.
      const reader = new m.SchemaRegistryClient({ baseURLs: [host] });
      const deser = new c.deserializer(reader, m.SerdeType.VALUE, {});
      const decoded = [];
      for (const v of consumed) decoded.push(await deser.deserialize(c.topic, v));
      t.deepEqual(decoded.map(plain), c.records, `${c.topic}: decoded records equal the originals`);
      t.log(`${c.topic}: ${decoded.length} records round-tripped with schema id ${c.id}`);
    }

    // Payload validation: a JSON value that breaks the schema is refused even with the right id.
    const bad = Buffer.concat([Buffer.from([0, 0, 0, 0, jsonId]), Buffer.from('{"name":1}')]);
    const err = (await t.throwsAsync(produceValues(t, kafka, 'users-json', [bad]))) as Error & {
      type?: string;
    };
    t.is(err.type, 'INVALID_RECORD');
  },
);
