// Modes as Confluent Schema Registry applies them, over HTTP on GOssip's registry plugin (the contract
// a migration tool relies on): IMPORT registers with the given id and version, refuses new schemas
// without an id, and can only be entered with live schemas in scope when forced; ids assigned later
// continue above the largest imported one; READONLY refuses writes with 42205.
import test, { type ExecutionContext } from 'ava';
import Fastify from 'fastify';
import { schemaRegistryPlugin } from '../../src/http/schema-registry-plugin.js';
import { openStore, schemasDir, userV1, userV2 } from '../../src/schema-registry/test-support.js';

const CT = 'application/vnd.schemaregistry.v1+json';

async function registry(t: ExecutionContext, dir?: string) {
  const dataDir = dir ?? (await schemasDir(t));
  const { store, close } = await openStore(t, dataDir);
  const app = Fastify({ logger: false });
  await app.register(schemaRegistryPlugin, { store });
  t.teardown(() => app.close());
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) => {
    const res = await app.inject({
      method,
      url,
      headers: body === undefined ? {} : { 'content-type': CT },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    return { status: res.statusCode, json: JSON.parse(res.body) as Record<string, unknown> };
  };
  return { call, dataDir, close: () => app.close().then(close) };
}

const errorCode = (r: { json: Record<string, unknown> }) => r.json.error_code;

test('IMPORT: given ids and versions are kept; later ids continue above the largest', async (t) => {
  const { call } = await registry(t);
  t.deepEqual((await call('PUT', '/mode', { mode: 'IMPORT' })).json, { mode: 'IMPORT' });

  const imported = await call('POST', '/subjects/users-value/versions', {
    schema: userV1,
    id: 100,
    version: 5,
  });
  t.deepEqual(imported, { status: 200, json: { id: 100 } });
  const v5 = await call('GET', '/subjects/users-value/versions/5');
  t.like(v5.json, { subject: 'users-value', version: 5, id: 100 });
  t.deepEqual((await call('GET', '/subjects/users-value/versions')).json, [5]);
  // The same schema under another subject may carry the same id; a different schema may not.
  t.deepEqual((await call('POST', '/subjects/copy/versions', { schema: userV1, id: 100, version: 1 })).json, {
    id: 100,
  });
  const overwrite = await call('POST', '/subjects/other/versions', { schema: userV2, id: 100, version: 1 });
  t.is(overwrite.status, 422);
  t.is(errorCode(overwrite), 42205);
  // Importing the same id and version again is idempotent.
  t.deepEqual(
    (await call('POST', '/subjects/users-value/versions', { schema: userV1, id: 100, version: 5 })).json,
    {
      id: 100,
    },
  );
  // In IMPORT mode a new schema without an id is refused, as Confluent does.
  const noId = await call('POST', '/subjects/fresh/versions', { schema: userV2 });
  t.is(noId.status, 422);
  t.is(errorCode(noId), 42205);
  t.regex(String(noId.json.message), /not in read-write mode/);
  t.deepEqual(
    (await call('POST', '/subjects/users-value/versions', { schema: userV2, id: 7, version: 6 })).json,
    {
      id: 7,
    },
  );

  t.deepEqual((await call('PUT', '/mode', { mode: 'READWRITE' })).json, { mode: 'READWRITE' });
  // An id outside IMPORT mode: 42205.
  const outside = await call('POST', '/subjects/fresh/versions', { schema: userV2, id: 300 });
  t.is(outside.status, 422);
  t.is(errorCode(outside), 42205);
  t.regex(String(outside.json.message), /not in import mode/);
  // A new schema gets max id + 1, never an imported id; versions follow the largest imported one.
  const third = JSON.stringify({
    type: 'record',
    name: 'Third',
    fields: [{ name: 'x', type: 'long' }],
  });
  t.deepEqual((await call('POST', '/subjects/fresh/versions', { schema: third })).json, { id: 101 });
  await call('PUT', '/config/users-value', { compatibility: 'NONE' });
  t.deepEqual((await call('POST', '/subjects/users-value/versions', { schema: third })).json, { id: 101 });
  t.like((await call('GET', '/subjects/users-value/versions/latest')).json, { version: 7, id: 101 });
  // Outside IMPORT a given version must be the next one.
  const skipped = await call('POST', '/subjects/fresh/versions', { schema: userV1, version: 9 });
  t.is(skipped.status, 422);
  t.is(errorCode(skipped), 42201);
});

test('IMPORT mode needs no live schemas in scope unless forced', async (t) => {
  const { call } = await registry(t);
  await call('POST', '/subjects/live/versions', { schema: userV1 });
  const global = await call('PUT', '/mode', { mode: 'IMPORT' });
  t.is(global.status, 422);
  t.is(errorCode(global), 42205);
  t.regex(String(global.json.message), /Cannot import since found existing subjects/);
  const subject = await call('PUT', '/mode/live', { mode: 'IMPORT' });
  t.is(errorCode(subject), 42205);
  t.deepEqual((await call('PUT', '/mode/live?force=true', { mode: 'IMPORT' })).json, { mode: 'IMPORT' });
  t.deepEqual((await call('GET', '/mode/live')).json, { mode: 'IMPORT' });
  t.deepEqual((await call('GET', '/mode')).json, { mode: 'READWRITE' });
  // A subject with no versions can switch without force.
  t.deepEqual((await call('PUT', '/mode/empty', { mode: 'IMPORT' })).json, { mode: 'IMPORT' });

  // Soft-deleted versions do not block the switch; they are removed for good, so an import can
  // reuse their version numbers.
  await call('POST', '/subjects/gone/versions', { schema: userV2 });
  t.deepEqual((await call('DELETE', '/subjects/gone')).json as unknown, [1]);
  t.deepEqual((await call('PUT', '/mode/gone', { mode: 'IMPORT' })).json, { mode: 'IMPORT' });
  t.is(errorCode(await call('GET', '/subjects/gone/versions?deleted=true')), 40401);
  t.deepEqual((await call('POST', '/subjects/gone/versions', { schema: userV2, id: 50, version: 1 })).json, {
    id: 50,
  });
  await call('DELETE', '/mode/gone');
  t.deepEqual((await call('GET', '/mode')).json, { mode: 'READWRITE' });
  t.deepEqual(
    (
      await call('POST', '/subjects/next/versions', {
        schema: JSON.stringify({ type: 'enum', name: 'E', symbols: ['A'] }),
      })
    ).json,
    { id: 51 },
  );
});

test('READONLY refuses registrations and deletes with 42205; an existing schema is still found', async (t) => {
  const { call } = await registry(t);
  t.deepEqual((await call('POST', '/subjects/users-value/versions', { schema: userV1 })).json, { id: 1 });
  t.deepEqual((await call('PUT', '/mode', { mode: 'READONLY' })).json, { mode: 'READONLY' });
  const write = await call('POST', '/subjects/users-value/versions', { schema: userV2 });
  t.is(write.status, 422);
  t.is(errorCode(write), 42205);
  t.regex(String(write.json.message), /read-only mode/);
  t.is(errorCode(await call('DELETE', '/subjects/users-value')), 42205);
  t.is(errorCode(await call('DELETE', '/subjects/users-value/versions/1')), 42205);
  // Registering an identical schema returns its id, as Confluent's lookup-first register does.
  t.deepEqual((await call('POST', '/subjects/users-value/versions', { schema: userV1 })).json, { id: 1 });
  // Per subject: READWRITE on one subject while the global mode is READONLY.
  await call('PUT', '/mode/users-value', { mode: 'READWRITE' });
  t.deepEqual((await call('POST', '/subjects/users-value/versions', { schema: userV2 })).json, { id: 2 });
  t.is(errorCode(await call('POST', '/subjects/elsewhere/versions', { schema: userV1 })), 42205);
});

test('restart keeps imported ids: the next id is still above the largest', async (t) => {
  const first = await registry(t);
  await first.call('PUT', '/mode', { mode: 'IMPORT' });
  await first.call('POST', '/subjects/a/versions', { schema: userV1, id: 1000, version: 1 });
  await first.call('PUT', '/mode', { mode: 'READWRITE' });
  await first.close();
  const second = await registry(t, first.dataDir);
  t.like((await second.call('GET', '/schemas/ids/1000')).json, { schema: userV1 });
  t.deepEqual((await second.call('POST', '/subjects/b/versions', { schema: userV2 })).json, { id: 1001 });
});
