// PROTOBUF compatibility by Confluent's rules on protobufjs-parsed files: field number reuse,
// scalar groups, removed messages, proto2 required fields, oneofs, package changes, references,
// and one accepted and one refused evolution per level.
import test from 'ava';
import type { CompatibilityLevel } from './avro-compatibility.js';
import { checkByLevel } from './compatibility-check.js';
import { type ProtobufFile, protobufReaderProblems, protobufRoot } from './protobuf-compatibility.js';

const file = (body: string, header = 'syntax = "proto3";\npackage demo;') =>
  protobufRoot(`${header}\n${body}`, []);
const types = (reader: ProtobufFile, writer: ProtobufFile) =>
  protobufReaderProblems(reader, writer).map((p) => p.errorType);

const v1 = file('message User { string name = 1; int32 age = 2; }');

test('field numbers: new fields and removed optional ones are fine; reuse with another type is not', (t) => {
  t.deepEqual(types(file('message User { string name = 1; int32 age = 2; string email = 3; }'), v1), []);
  t.deepEqual(types(file('message User { string name = 1; }'), v1), []);
  // int32 -> int64 share the varint encoding; string -> bytes share length-delimited.
  t.deepEqual(types(file('message User { bytes name = 1; int64 age = 2; }'), v1), []);
  t.deepEqual(types(file('message User { string name = 1; double age = 2; }'), v1), [
    'FIELD_SCALAR_KIND_CHANGED',
  ]);
  t.deepEqual(
    types(file('message User { string name = 1; Age age = 2; } message Age { int32 v = 1; }'), v1),
    ['FIELD_KIND_CHANGED'],
  );
});

test('messages, packages, required fields and oneofs', (t) => {
  const two = file('message User { string name = 1; int32 age = 2; } message Extra { int32 x = 1; }');
  t.deepEqual(types(v1, two), ['MESSAGE_REMOVED']);
  t.deepEqual(
    types(file('message User { string name = 1; int32 age = 2; }', 'syntax = "proto3";\npackage other;'), v1),
    ['PACKAGE_CHANGED'],
  );
  const p2 = (body: string) => file(body, 'syntax = "proto2";\npackage demo;');
  const optional = p2('message User { optional string name = 1; }');
  const required = p2('message User { optional string name = 1; required int32 id = 2; }');
  t.deepEqual(types(required, optional), ['REQUIRED_FIELD_ADDED']);
  t.deepEqual(types(optional, required), ['REQUIRED_FIELD_REMOVED']);
  const inOneof = file('message User { oneof who { string name = 1; int32 age = 2; } }');
  t.deepEqual(types(inOneof, v1), ['MULTIPLE_FIELDS_MOVED_TO_ONEOF']);
  t.deepEqual(types(v1, inOneof), ['ONEOF_FIELD_REMOVED', 'ONEOF_FIELD_REMOVED']);
});

test('references: imported types resolve through the referenced schemas', (t) => {
  const address = 'syntax = "proto3";\npackage demo;\nmessage Address { string city = 1; }';
  const refs = [{ name: 'address.proto', schemaType: 'PROTOBUF' as const, schema: address }];
  const user = (type: string) =>
    protobufRoot(
      `syntax = "proto3";\npackage demo;\nimport "address.proto";\nmessage User { ${type} home = 1; }`,
      refs,
    );
  const withAddress = user('Address');
  t.deepEqual(
    withAddress.messages.map((m) => m.name),
    ['User'],
  );
  t.deepEqual(types(user('Address'), withAddress), []);
  t.deepEqual(types(user('string'), withAddress), ['FIELD_KIND_CHANGED']);
  t.throws(() => protobufRoot('syntax = "proto3";\nmessage User { Missing m = 1; }', []));
});

const addField = file('message User { string name = 1; int32 age = 2; string email = 3; }');
const retyped = file('message User { string name = 1; double age = 2; }');
const dropMessage = file('message Other { string name = 1; }');

const matrix: { level: CompatibilityLevel; ok: ProtobufFile; bad: ProtobufFile }[] = [
  { level: 'NONE', ok: retyped, bad: retyped },
  { level: 'BACKWARD', ok: addField, bad: dropMessage },
  { level: 'FORWARD', ok: addField, bad: retyped },
  { level: 'FULL', ok: addField, bad: retyped },
  { level: 'BACKWARD_TRANSITIVE', ok: addField, bad: dropMessage },
  { level: 'FORWARD_TRANSITIVE', ok: addField, bad: retyped },
  { level: 'FULL_TRANSITIVE', ok: addField, bad: dropMessage },
];

for (const { level, ok, bad } of matrix) {
  test(`${level}: accepts a compatible PROTOBUF evolution and explains an incompatible one`, (t) => {
    const previous = [{ version: 1, schema: v1 }];
    t.deepEqual(checkByLevel(level, ok, previous, protobufReaderProblems), []);
    const messages = checkByLevel(level, bad, previous, protobufReaderProblems);
    if (level === 'NONE') t.deepEqual(messages, []);
    else {
      t.true(messages.length > 0);
      t.regex(messages[0]!, new RegExp(`compatibility:'${level}'`));
    }
  });
}
