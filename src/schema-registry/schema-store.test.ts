// SchemaStore over a real `_schemas` PartitionLog in a temp dir: ids and versions, concurrency,
// restart by replay, compatibility refusals, delete rules, modes and references.
import test from 'ava';
import { RegistryError } from './errors.js';
import { avroInput, openStore, schemasDir, userV1, userV2 } from './test-support.js';

test('same schema twice gets the same id and version; whitespace and key order do not matter', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  const first = await store.register('users-value', avroInput(userV1));
  const reordered = JSON.stringify({
    fields: [{ type: 'string', name: 'name' }],
    namespace: 'com.example',
    name: 'User',
    type: 'record',
  });
  const again = await store.register('users-value', avroInput(`  ${reordered}\n`));
  t.deepEqual(first, { id: 1, version: 1 });
  t.deepEqual(again, first);
  // The same schema in another subject keeps its global id.
  t.deepEqual(await store.register('other-value', avroInput(userV1)), { id: 1, version: 1 });
});

test('concurrent registrations get distinct ids and versions', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  await store.setCompatibility(null, 'NONE');
  const schemas = Array.from({ length: 8 }, (_, i) =>
    JSON.stringify({ type: 'record', name: 'R', fields: [{ name: `f${i}`, type: 'int' }] }),
  );
  const results = await Promise.all(schemas.map((s) => store.register('s', avroInput(s))));
  t.deepEqual(new Set(results.map((r) => r.id)).size, 8);
  t.deepEqual(
    results.map((r) => r.version).sort((a, b) => a - b),
    [1, 2, 3, 4, 5, 6, 7, 8],
  );
});

test('a restart replays _schemas: ids, versions, deletes and config survive', async (t) => {
  const dir = await schemasDir(t);
  const first = await openStore(t, dir);
  await first.store.register('a', avroInput(userV1));
  await first.store.register('a', avroInput(userV2));
  await first.store.register('b', avroInput('"string"'));
  await first.store.deleteVersion('b', 1, false);
  await first.store.deleteVersion('b', 1, true);
  await first.store.setCompatibility('a', 'FULL');
  await first.store.deleteVersion('a', 1, false);
  await first.close();

  const second = await openStore(t, dir);
  const state = second.store.state;
  t.deepEqual(
    state.versions('a', true).map((v) => [v.version, v.id, v.deleted]),
    [
      [1, 1, true],
      [2, 2, false],
    ],
  );
  t.deepEqual(state.subjectNames(true), ['a']);
  t.is(state.effectiveCompatibility('a'), 'FULL');
  // A new schema gets a new id after the largest ever stored, not the removed one's.
  const next = await second.store.register('c', avroInput('"int"'));
  t.is(next.id, 4);
});

test('an incompatible evolution is refused with 409 and reasons', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  await store.register('a', avroInput(userV1));
  const bad = JSON.stringify({
    type: 'record',
    name: 'User',
    namespace: 'com.example',
    fields: [{ name: 'name', type: 'int' }],
  });
  const err = await t.throwsAsync(store.register('a', avroInput(bad)), { instanceOf: RegistryError });
  t.is(err?.status, 409);
  t.regex(err?.message ?? '', /incompatible with an earlier schema for subject "a".*TYPE_MISMATCH/);
});

test('deletes: soft first, then permanent; wrong order answers Confluent codes', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  await store.register('a', avroInput(userV1));
  const code = async (p: Promise<unknown>) =>
    (await t.throwsAsync(p, { instanceOf: RegistryError }))?.errorCode;
  t.is(await code(store.deleteVersion('a', 1, true)), 40407);
  t.is(await code(store.deleteSubject('a', true)), 40405);
  t.deepEqual(await store.deleteSubject('a', false), [1]);
  t.is(await code(store.deleteSubject('a', false)), 40404);
  t.is(await code(store.deleteVersion('a', 1, false)), 40406);
  t.deepEqual(await store.deleteSubject('a', true), [1]);
  t.is(await code(store.deleteSubject('a', false)), 40401);
});

test('read-only mode refuses writes; IMPORT mode keeps given ids', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  await store.setMode(null, 'IMPORT', false);
  t.deepEqual(await store.register('a', { ...avroInput(userV1), id: 42, version: 3 }), {
    id: 42,
    version: 3,
  });
  await store.setMode('a', 'READONLY', false);
  const err = await t.throwsAsync(store.register('a', avroInput(userV2)), { instanceOf: RegistryError });
  t.is(err?.errorCode, 42205);
  await store.setMode(null, 'READWRITE', false);
  await t.throwsAsync(store.setMode(null, 'IMPORT', false), { instanceOf: RegistryError });
});

test('references: a schema may use a named type of another subject; the referenced one cannot be deleted', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  const address = JSON.stringify({
    type: 'record',
    name: 'Address',
    namespace: 'com.example',
    fields: [{ name: 'city', type: 'string' }],
  });
  await store.register('address', avroInput(address));
  const person = JSON.stringify({
    type: 'record',
    name: 'Person',
    namespace: 'com.example',
    fields: [{ name: 'home', type: 'com.example.Address' }],
  });
  const refs = [{ name: 'com.example.Address', subject: 'address', version: 1 }];
  const { id } = await store.register('person', { ...avroInput(person), references: refs });
  t.deepEqual(store.state.referencedBy('address', 1), [id]);
  const err = await t.throwsAsync(store.deleteSubject('address', false), { instanceOf: RegistryError });
  t.is(err?.errorCode, 42206);
  const missing = await t.throwsAsync(store.register('person2', avroInput(person)), {
    instanceOf: RegistryError,
  });
  t.is(missing?.errorCode, 42201);
});

test('normalize=true finds the same AVRO schema written with a namespace or a full name', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  await store.setCompatibility(null, 'NONE');
  const full = JSON.stringify({
    type: 'record',
    name: 'com.example.User',
    fields: [{ name: 'name', type: 'string' }],
  });
  const first = await store.register('a', { ...avroInput(userV1), normalize: true });
  t.deepEqual(await store.register('a', { ...avroInput(full), normalize: true }), first);
  t.is(store.lookup('a', { ...avroInput(full), normalize: true }, false).id, first.id);
  const err = t.throws(() => store.lookup('a', avroInput(full), false), { instanceOf: RegistryError });
  t.is(err?.errorCode, 40403);
  t.deepEqual(await store.register('a', avroInput(full)), { id: 2, version: 2 });
});

test('after compaction drops a permanently deleted schema, its id is still not reused', async (t) => {
  const dir = await schemasDir(t);
  const compactNow = {
    'segment.bytes': '300',
    'delete.retention.ms': '0',
    'min.cleanable.dirty.ratio': '0.01',
  };
  const first = await openStore(t, dir, compactNow);
  await first.store.register('a', avroInput(userV1));
  await first.store.register('b', avroInput('"string"'));
  await first.store.deleteSubject('b', false);
  await first.store.deleteSubject('b', true);
  await first.store.setCompatibility(null, 'NONE');
  await first.store.setCompatibility(null, 'BACKWARD');
  first.clock.advance(60_000);
  const stats = await first.log.compact(first.clock.nowMs());
  t.not(stats, null);
  await first.close();
  const second = await openStore(t, dir, compactNow);
  t.deepEqual(second.store.state.subjectNames(true), ['a']);
  t.deepEqual(await second.store.register('c', avroInput('"long"')), { id: 3, version: 1 });
});
