// RegistryState replayed from encoded `_schemas` records: subjects, versions, ids, soft deletes,
// tombstones, DELETE_SUBJECT, config and mode.
import test from 'ava';
import { RegistryError } from './errors.js';
import {
  configKey,
  decodeRecord,
  deleteSubjectKey,
  encodeRecord,
  modeKey,
  type SchemaRecord,
  schemaKey,
} from './records.js';
import { RegistryState } from './registry-state.js';

const schema = (
  subject: string,
  version: number,
  id: number,
  text: string,
  deleted = false,
): SchemaRecord => ({
  key: schemaKey(subject, version),
  value: { subject, version, id, schema: text, deleted },
});

function replay(records: SchemaRecord[]): RegistryState {
  const state = new RegistryState();
  for (const r of records) {
    const { key, value } = encodeRecord(r);
    const decoded = decodeRecord(key, value);
    if (decoded !== null) state.apply(decoded);
  }
  return state;
}

test('replay builds subjects, versions and ids; the next id follows the largest', (t) => {
  const state = replay([
    schema('a', 1, 1, '"string"'),
    schema('a', 2, 5, '"int"'),
    schema('b', 1, 1, '"string"'),
  ]);
  t.deepEqual(state.subjectNames(false), ['a', 'b']);
  t.deepEqual(
    state.versions('a', false).map((v) => v.version),
    [1, 2],
  );
  t.is(state.version('a', 'latest', false).id, 5);
  t.is(state.schemaById(1).schema, '"string"');
  t.is(state.nextId(), 6);
  t.deepEqual(
    state.usagesOf(1, false).map((v) => v.subject),
    ['a', 'b'],
  );
  t.is(state.idForIdentity('AVRO', ' "string" ', []), 1);
});

test('soft-deleted versions are hidden unless asked for; tombstones remove them and free the id', (t) => {
  const state = replay([
    schema('a', 1, 1, '"string"'),
    schema('a', 2, 2, '"int"'),
    schema('a', 2, 2, '"int"', true),
  ]);
  t.deepEqual(
    state.versions('a', false).map((v) => v.version),
    [1],
  );
  t.deepEqual(
    state.versions('a', true).map((v) => v.version),
    [1, 2],
  );
  t.is(state.version('a', 'latest', false).version, 1);
  t.is(state.schemaById(2).schema, '"int"');
  state.apply({ key: schemaKey('a', 2), value: null });
  const err = t.throws(() => state.schemaById(2), { instanceOf: RegistryError });
  t.is(err?.errorCode, 40403);
  t.is(state.nextId(), 3, 'the id of a removed schema is not handed out again');
});

test('unknown subject and version answer 40401 and 40402', (t) => {
  const state = replay([schema('a', 1, 1, '"string"')]);
  t.is(t.throws(() => state.versions('nope', false), { instanceOf: RegistryError })?.errorCode, 40401);
  t.is(t.throws(() => state.version('a', 7, false), { instanceOf: RegistryError })?.errorCode, 40402);
});

test('DELETE_SUBJECT marks versions up to its version deleted', (t) => {
  const state = replay([
    schema('a', 1, 1, '"string"'),
    schema('a', 2, 2, '"int"'),
    { key: deleteSubjectKey('a'), value: { subject: 'a', version: 1 } },
  ]);
  t.deepEqual(
    state.versions('a', false).map((v) => v.version),
    [2],
  );
});

test('config and mode: global default, subject override, tombstone resets', (t) => {
  const state = replay([
    { key: configKey(null), value: { compatibilityLevel: 'FULL' } },
    { key: configKey('a'), value: { compatibilityLevel: 'NONE' } },
    { key: modeKey('a'), value: { mode: 'READONLY' } },
  ]);
  t.is(state.globalCompatibilityLevel(), 'FULL');
  t.is(state.effectiveCompatibility('a'), 'NONE');
  t.is(state.effectiveCompatibility('b'), 'FULL');
  t.is(state.effectiveMode('a'), 'READONLY');
  t.is(state.effectiveMode('b'), 'READWRITE');
  state.apply({ key: configKey(null), value: null });
  state.apply({ key: configKey('a'), value: null });
  t.is(state.effectiveCompatibility('a'), 'BACKWARD');
});

test('records keep Confluent key layout; unknown keys are skipped', (t) => {
  const { key } = encodeRecord(schema('a', 1, 1, '"string"'));
  t.deepEqual(JSON.parse(key.toString()), { keytype: 'SCHEMA', subject: 'a', version: 1, magic: 1 });
  t.is(decodeRecord(Buffer.from('{"keytype":"OTHER"}'), null), null);
  t.is(decodeRecord(Buffer.from('not json'), null), null);
});

test('the NOOP id high-water mark keeps ids of compacted-away schemas from being reused', (t) => {
  // What a compacted topic holds after schema 7 was permanently deleted: only the NOOP mark.
  const state = replay([
    schema('a', 1, 1, '"string"'),
    { key: { keytype: 'NOOP', magic: 0 }, value: { maxId: 7 } },
  ]);
  t.is(state.nextId(), 8);
  t.is(
    decodeRecord(
      Buffer.from('{"keytype":"SCHEMA","subject":"a","version":1,"magic":1}'),
      Buffer.from('{bad'),
    ),
    null,
  );
});
