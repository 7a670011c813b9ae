// JSON Schema compatibility by Confluent's rules: content models, required, types, enums, bounds,
// combined schemas, one accepted and one refused evolution per level, and ajv draft validation.
import test from 'ava';
import type { CompatibilityLevel } from './avro-compatibility.js';
import { checkByLevel } from './compatibility-check.js';
import { compileJsonValidator, jsonReaderProblems, jsonSchemaProblem } from './json-compatibility.js';

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});
const types = (reader: unknown, writer: unknown) =>
  jsonReaderProblems(reader, writer).map((p) => p.errorType);

test('open content model: removing a property is fine, adding one is not', (t) => {
  const v1 = obj({ a: { type: 'string' }, b: { type: 'integer' } });
  const fewer = obj({ a: { type: 'string' } });
  t.deepEqual(types(fewer, v1), []);
  t.deepEqual(types(v1, fewer), ['PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL']);
});

test('closed content model: adding an optional property is fine, removing one is not', (t) => {
  const closed = { additionalProperties: false };
  const v1 = obj({ a: { type: 'string' } }, closed);
  const more = obj({ a: { type: 'string' }, b: { type: 'integer' } }, closed);
  t.deepEqual(types(more, v1), []);
  t.deepEqual(types(v1, more), ['PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL']);
  t.deepEqual(types(v1, obj({ a: { type: 'string' } })), ['ADDITIONAL_PROPERTIES_REMOVED']);
  t.deepEqual(types(obj({ a: { type: 'string' } }), v1), []);
});

test('required, types, enums, bounds and combined schemas', (t) => {
  const v1 = obj({ a: { type: 'string' } }, { additionalProperties: false });
  const requiredA = obj({ a: { type: 'string' } }, { additionalProperties: false, required: ['a'] });
  t.deepEqual(types(requiredA, v1), ['REQUIRED_ATTRIBUTE_ADDED']);
  t.deepEqual(types(v1, requiredA), []);
  t.deepEqual(types({ type: 'number' }, { type: 'integer' }), []);
  t.deepEqual(types({ type: 'integer' }, { type: 'number' }), ['TYPE_CHANGED']);
  t.deepEqual(types({ type: 'string' }, { type: ['string', 'null'] }), ['TYPE_NARROWED']);
  t.deepEqual(types({ enum: ['a', 'b', 'c'] }, { enum: ['a', 'b'] }), []);
  t.deepEqual(types({ enum: ['a'] }, { enum: ['a', 'b'] }), ['ENUM_ARRAY_NARROWED']);
  t.deepEqual(types({ type: 'string', maxLength: 5 }, { type: 'string', maxLength: 10 }), [
    'MAX_LENGTH_DECREASED',
  ]);
  t.deepEqual(types({ type: 'string', maxLength: 10 }, { type: 'string', maxLength: 5 }), []);
  t.deepEqual(
    types({ type: 'array', items: { type: 'number' } }, { type: 'array', items: { type: 'integer' } }),
    [],
  );
  t.deepEqual(types({ oneOf: [{ type: 'string' }, { type: 'integer' }] }, { type: 'string' }), []);
  t.deepEqual(types({ oneOf: [{ type: 'string' }] }, { oneOf: [{ type: 'string' }, { type: 'integer' }] }), [
    'COMBINED_TYPE_SUBSCHEMAS_CHANGED',
  ]);
  // $ref into definitions is followed.
  const withRef = { definitions: { s: { type: 'integer' } }, $ref: '#/definitions/s' };
  t.deepEqual(types({ type: 'string' }, withRef), ['TYPE_CHANGED']);
});

const v1 = obj({ name: { type: 'string' } }, { additionalProperties: false });
const addOptional = obj(
  { name: { type: 'string' }, age: { type: 'integer' } },
  { additionalProperties: false },
);
const removeName = obj({}, { additionalProperties: false });
const narrowName = obj({ name: { type: 'string', maxLength: 3 } }, { additionalProperties: false });

const matrix: { level: CompatibilityLevel; ok: unknown; bad: unknown }[] = [
  { level: 'NONE', ok: narrowName, bad: narrowName },
  // BACKWARD: the new (reader) schema must accept old data; closed models may gain optional properties.
  { level: 'BACKWARD', ok: addOptional, bad: removeName },
  // FORWARD: the old schema must accept new data; a closed model may drop a property.
  { level: 'FORWARD', ok: removeName, bad: addOptional },
  { level: 'FULL', ok: v1, bad: narrowName },
  { level: 'BACKWARD_TRANSITIVE', ok: addOptional, bad: removeName },
  { level: 'FORWARD_TRANSITIVE', ok: removeName, bad: addOptional },
  { level: 'FULL_TRANSITIVE', ok: v1, bad: addOptional },
];

for (const { level, ok, bad } of matrix) {
  test(`${level}: accepts a compatible JSON evolution and explains an incompatible one`, (t) => {
    const previous = [{ version: 1, schema: v1 as unknown }];
    t.deepEqual(checkByLevel(level, ok, previous, jsonReaderProblems), []);
    const messages = checkByLevel(level, bad, previous, jsonReaderProblems);
    if (level === 'NONE') t.deepEqual(messages, []);
    else {
      t.true(messages.length > 0);
      t.regex(messages[0]!, new RegExp(`compatibility:'${level}'`));
      t.regex(messages[0]!, /oldSchemaVersion:1/);
    }
  });
}

test('schemas of drafts 4 to 2020-12 compile with ajv; invalid ones are explained', (t) => {
  for (const draft of [
    'http://json-schema.org/draft-04/schema#',
    'http://json-schema.org/draft-06/schema#',
    'http://json-schema.org/draft-07/schema#',
    'https://json-schema.org/draft/2019-09/schema',
    'https://json-schema.org/draft/2020-12/schema',
  ]) {
    t.is(jsonSchemaProblem({ $schema: draft, type: 'object' }), null, draft);
  }
  t.not(jsonSchemaProblem({ type: 'no-such-type' }), null);
  const draft4 = compileJsonValidator({
    $schema: 'http://json-schema.org/draft-04/schema#',
    type: 'number',
    maximum: 5,
    exclusiveMaximum: true,
  });
  t.is(draft4(4), null);
  t.not(draft4(5), null);
  const draft2020 = compileJsonValidator({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'array',
    prefixItems: [{ type: 'string' }],
    items: false,
  });
  t.is(draft2020(['a']), null);
  t.not(draft2020(['a', 1]), null);
});
