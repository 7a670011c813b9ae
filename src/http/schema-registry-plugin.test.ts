// The schema registry REST plugin through fastify inject over a real `_schemas` PartitionLog: paths,
// bodies, Confluent error codes, soft/permanent deletes, config and mode, the compatibility matrix
// (each level: one accepted evolution, one refused with 409) and a restart that keeps ids.
import test, { type ExecutionContext } from 'ava';
import Fastify from 'fastify';
import { openStore, schemasDir, userV1, userV2 } from '../schema-registry/test-support.js';
import { schemaRegistryPlugin } from './schema-registry-plugin.js';

const CT = 'application/vnd.schemaregistry.v1+json';

async function server(t: ExecutionContext, dir?: string) {
  const opened = await openStore(t, dir ?? (await schemasDir(t)));
  const app = Fastify({ logger: false });
  await app.register(schemaRegistryPlugin, { store: opened.store });
  t.teardown(() => app.close());
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) => {
    const res = await app.inject({
      method,
      url,
      headers: body === undefined ? {} : { 'content-type': CT },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    const text = res.body;
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.statusCode, json, contentType: res.headers['content-type'] };
  };
  return { app, call, ...opened };
}

test('register, read back by subject/version and by id', async (t) => {
  const { call } = await server(t);
  const reg = await call('POST', '/subjects/users-value/versions', { schema: userV1 });
  t.is(reg.status, 200);
  t.deepEqual(reg.json, { id: 1 });
  t.true(String(reg.contentType).startsWith(CT));
  t.deepEqual((await call('GET', '/subjects')).json, ['users-value']);
  t.deepEqual((await call('GET', '/subjects/users-value/versions')).json, [1]);
  const latest = await call('GET', '/subjects/users-value/versions/latest');
  t.deepEqual(latest.json, { subject: 'users-value', version: 1, id: 1, schema: userV1 });
  t.deepEqual((await call('GET', '/subjects/users-value/versions/-1')).json, latest.json);
  t.deepEqual((await call('GET', '/subjects/users-value/versions/1/schema')).json, JSON.parse(userV1));
  t.deepEqual((await call('GET', '/schemas/ids/1')).json, { schema: userV1 });
  t.deepEqual((await call('GET', '/schemas/ids/1/schema')).json, JSON.parse(userV1));
  t.deepEqual((await call('GET', '/schemas/ids/1/versions')).json, [{ subject: 'users-value', version: 1 }]);
  t.deepEqual((await call('GET', '/schemas/ids/1/subjects')).json, ['users-value']);
  t.deepEqual((await call('GET', '/schemas/types')).json, ['JSON', 'PROTOBUF', 'AVRO']);
  const lookup = await call('POST', '/subjects/users-value', { schema: userV1 });
  t.deepEqual(lookup.json, { subject: 'users-value', version: 1, id: 1, schema: userV1 });
  t.deepEqual((await call('GET', '/subjects/users-value/versions/1/referencedby')).json, []);
  t.deepEqual((await call('GET', '/subjects?subjectPrefix=users')).json, ['users-value']);
  t.deepEqual((await call('GET', '/subjects?subjectPrefix=orders')).json, []);
  t.deepEqual((await call('GET', '/schemas?latestOnly=true')).json, [latest.json]);
});

test('errors carry Confluent status and error_code', async (t) => {
  const { call } = await server(t);
  await call('POST', '/subjects/a/versions', { schema: userV1 });
  const cases: [string, string, unknown, number, number][] = [
    ['GET', '/subjects/nope/versions', undefined, 404, 40401],
    ['GET', '/subjects/a/versions/9', undefined, 404, 40402],
    ['GET', '/subjects/a/versions/0', undefined, 422, 42202],
    ['GET', '/subjects/a/versions/abc', undefined, 422, 42202],
    ['GET', '/schemas/ids/99', undefined, 404, 40403],
    ['POST', '/subjects/a', { schema: userV2 }, 404, 40403],
    ['POST', '/subjects/nope', { schema: userV1 }, 404, 40401],
    ['POST', '/subjects/a/versions', { schema: '{"type":"record"' }, 422, 42201],
    ['POST', '/subjects/a/versions', { schema: '{"type":"nonsense"}' }, 422, 42201],
    ['POST', '/subjects/a/versions', { schema: '"int"', schemaType: 'XML' }, 422, 42201],
    ['PUT', '/config', { compatibility: 'SOMETIMES' }, 422, 42203],
    ['PUT', '/mode', { mode: 'WHENEVER' }, 422, 42204],
    ['GET', '/config/a', undefined, 404, 40408],
    ['GET', '/mode/a', undefined, 404, 40409],
    ['POST', '/subjects/a/versions', { schema: '"int"' }, 409, 409],
  ];
  for (const [method, url, body, status, code] of cases) {
    const res = await call(method as 'GET', url, body);
    t.is(res.status, status, `${method} ${url}`);
    t.is((res.json as { error_code: number }).error_code, code, `${method} ${url}`);
    t.is(typeof (res.json as { message: string }).message, 'string');
  }
});

test('soft-deleted versions are hidden unless deleted=true; permanent delete after soft', async (t) => {
  const { call } = await server(t);
  await call('POST', '/subjects/a/versions', { schema: userV1 });
  await call('POST', '/subjects/a/versions', { schema: userV2 });
  t.deepEqual((await call('DELETE', '/subjects/a/versions/1')).json, 1);
  t.deepEqual((await call('GET', '/subjects/a/versions')).json, [2]);
  t.deepEqual((await call('GET', '/subjects/a/versions?deleted=true')).json, [1, 2]);
  t.is((await call('GET', '/subjects/a/versions/1')).status, 404);
  t.is(((await call('GET', '/subjects/a/versions/1?deleted=true')).json as { id: number }).id, 1);
  t.is(
    ((await call('DELETE', '/subjects/a/versions/2?permanent=true')).json as { error_code: number })
      .error_code,
    40407,
  );
  t.deepEqual((await call('DELETE', '/subjects/a')).json, [2]);
  t.deepEqual((await call('GET', '/subjects')).json, []);
  t.deepEqual((await call('GET', '/subjects?deleted=true')).json, ['a']);
  t.is(((await call('GET', '/subjects/a/versions')).json as { error_code: number }).error_code, 40401);
  // Soft-deleted schemas are still served by id.
  t.is((await call('GET', '/schemas/ids/1')).status, 200);
  t.deepEqual((await call('DELETE', '/subjects/a?permanent=true')).json, [1, 2]);
  t.deepEqual((await call('GET', '/subjects?deleted=true')).json, []);
  t.is(((await call('GET', '/schemas/ids/1')).json as { error_code: number }).error_code, 40403);
});

test('config: global and per subject, defaultToGlobal, delete resets', async (t) => {
  const { call } = await server(t);
  t.deepEqual((await call('GET', '/config')).json, { compatibilityLevel: 'BACKWARD' });
  t.deepEqual((await call('PUT', '/config', { compatibility: 'FULL' })).json, { compatibility: 'FULL' });
  t.deepEqual((await call('GET', '/config/s?defaultToGlobal=true')).json, { compatibilityLevel: 'FULL' });
  t.deepEqual((await call('PUT', '/config/s', { compatibility: 'none' })).json, { compatibility: 'NONE' });
  t.deepEqual((await call('GET', '/config/s')).json, { compatibilityLevel: 'NONE' });
  t.deepEqual((await call('DELETE', '/config/s')).json, { compatibilityLevel: 'NONE' });
  t.is((await call('GET', '/config/s')).status, 404);
  t.deepEqual((await call('DELETE', '/config')).json, { compatibilityLevel: 'FULL' });
  t.deepEqual((await call('GET', '/config')).json, { compatibilityLevel: 'BACKWARD' });
  t.deepEqual((await call('GET', '/mode')).json, { mode: 'READWRITE' });
  t.deepEqual((await call('PUT', '/mode/s', { mode: 'READONLY' })).json, { mode: 'READONLY' });
  t.deepEqual((await call('GET', '/mode/s')).json, { mode: 'READONLY' });
  const refused = await call('POST', '/subjects/s/versions', { schema: userV1 });
  t.is((refused.json as { error_code: number }).error_code, 42205);
  t.deepEqual((await call('DELETE', '/mode/s')).json, { mode: 'READONLY' });
});

test('compatibility endpoint: is_compatible and verbose messages', async (t) => {
  const { call } = await server(t);
  await call('POST', '/subjects/a/versions', { schema: userV1 });
  const ok = await call('POST', '/compatibility/subjects/a/versions/latest', { schema: userV2 });
  t.deepEqual(ok.json, { is_compatible: true });
  const bad = await call('POST', '/compatibility/subjects/a/versions/1?verbose=true', { schema: '"int"' });
  t.is((bad.json as { is_compatible: boolean }).is_compatible, false);
  t.true((bad.json as { messages: string[] }).messages.length > 0);
  const all = await call('POST', '/compatibility/subjects/a/versions', { schema: userV2 });
  t.deepEqual(all.json, { is_compatible: true });
  const none = await call('POST', '/compatibility/subjects/new/versions/latest', { schema: userV2 });
  t.deepEqual(none.json, { is_compatible: true });
  t.is((await call('POST', '/compatibility/subjects/new/versions/3', { schema: userV2 })).status, 404);
});

test('compatibility matrix over HTTP: each level accepts one evolution and refuses another with 409', async (t) => {
  const { call } = await server(t);
  const rec = (fields: unknown[]) => JSON.stringify({ type: 'record', name: 'User', fields });
  const name = { name: 'name', type: 'string' };
  const v1 = rec([name]);
  const withDefault = rec([name, { name: 'age', type: 'int', default: 0 }]);
  const withoutDefault = rec([name, { name: 'age', type: 'int' }]);
  const typeChanged = rec([{ name: 'name', type: 'int' }]);
  const rows: [string, string, string][] = [
    ['BACKWARD', withDefault, withoutDefault],
    ['BACKWARD_TRANSITIVE', withDefault, withoutDefault],
    ['FORWARD', withoutDefault, typeChanged],
    ['FORWARD_TRANSITIVE', withoutDefault, typeChanged],
    ['FULL', withDefault, withoutDefault],
    ['FULL_TRANSITIVE', withDefault, typeChanged],
  ];
  for (const [level, ok, bad] of rows) {
    const subject = `m-${level}`;
    await call('PUT', `/config/${subject}`, { compatibility: level });
    t.is((await call('POST', `/subjects/${subject}/versions`, { schema: v1 })).status, 200);
    const refused = await call('POST', `/subjects/${subject}/versions`, { schema: bad });
    t.is(refused.status, 409, level);
    t.regex((refused.json as { message: string }).message, new RegExp(`compatibility:'${level}'`));
    t.is((await call('POST', `/subjects/${subject}/versions`, { schema: ok })).status, 200, level);
  }
  await call('PUT', '/config/m-NONE', { compatibility: 'NONE' });
  await call('POST', '/subjects/m-NONE/versions', { schema: v1 });
  t.is((await call('POST', '/subjects/m-NONE/versions', { schema: typeChanged })).status, 200);
});

test('restart: a new server over the same _schemas keeps ids and versions', async (t) => {
  const dir = await schemasDir(t);
  const first = await server(t, dir);
  await first.call('POST', '/subjects/a/versions', { schema: userV1 });
  await first.call('POST', '/subjects/a/versions', { schema: userV2 });
  await first.call('POST', '/subjects/b/versions', { schema: '{"type":"string"}', schemaType: 'JSON' });
  await first.app.close();
  await first.close();
  const second = await server(t, dir);
  t.deepEqual((await second.call('GET', '/subjects/a/versions')).json, [1, 2]);
  t.is(((await second.call('GET', '/subjects/a/versions/2')).json as { id: number }).id, 2);
  t.deepEqual((await second.call('GET', '/schemas/ids/3')).json, {
    schemaType: 'JSON',
    schema: '{"type":"string"}',
  });
  t.deepEqual((await second.call('POST', '/subjects/a/versions', { schema: userV2 })).json, { id: 2 });
  t.deepEqual((await second.call('POST', '/subjects/c/versions', { schema: '"long"' })).json, { id: 4 });
});

test('plain application/json bodies and protobuf schemas are accepted', async (t) => {
  const { app, call } = await server(t);
  const res = await app.inject({
    method: 'POST',
    url: '/subjects/p/versions',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({
      schemaType: 'PROTOBUF',
      schema: 'syntax = "proto3";\nmessage M { string a = 1; }\n',
    }),
  });
  t.deepEqual(res.json(), { id: 1 });
  const v = (await call('GET', '/subjects/p/versions/1')).json as { schemaType: string };
  t.is(v.schemaType, 'PROTOBUF');
  const broken = await call('POST', '/subjects/p/versions', { schemaType: 'PROTOBUF', schema: 'message {' });
  t.is((broken.json as { error_code: number }).error_code, 42201);
});
