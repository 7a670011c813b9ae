// JSON Schema references over HTTP on GOssip's registry plugin: a schema whose $ref names another
// subject's schema (by that schema's $id or by the reference name) registers, is served with its
// references, and is listed by the referenced version's referencedby; without the reference it is
// refused with 42201, as a $ref that cannot be resolved.
import test from 'ava';
import Fastify from 'fastify';
import { schemaRegistryPlugin } from '../../src/http/schema-registry-plugin.js';
import { openStore, schemasDir } from '../../src/schema-registry/test-support.js';

const CT = 'application/vnd.schemaregistry.v1+json';

test('JSON schemas may reference other subjects by $id or by reference name', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  const app = Fastify({ logger: false });
  await app.register(schemaRegistryPlugin, { store });
  t.teardown(() => app.close());
  const post = async (url: string, body: unknown) => {
    const res = await app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': CT },
      payload: JSON.stringify(body),
    });
    return { status: res.statusCode, json: res.json() as Record<string, unknown> };
  };
  const address = JSON.stringify({
    $id: 'https://example.com/address.json',
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
  });
  const zip = JSON.stringify({ type: 'object', properties: { code: { type: 'string' } } });
  t.deepEqual((await post('/subjects/address/versions', { schemaType: 'JSON', schema: address })).json, {
    id: 1,
  });
  t.deepEqual((await post('/subjects/zip/versions', { schemaType: 'JSON', schema: zip })).json, { id: 2 });

  const user = JSON.stringify({
    type: 'object',
    properties: {
      name: { type: 'string' },
      home: { $ref: 'https://example.com/address.json' },
      zip: { $ref: 'zip.json' },
    },
  });
  const references = [
    { name: 'https://example.com/address.json', subject: 'address', version: 1 },
    { name: 'zip.json', subject: 'zip', version: 1 },
  ];
  t.deepEqual(
    (await post('/subjects/users-value/versions', { schemaType: 'JSON', schema: user, references })).json,
    {
      id: 3,
    },
  );
  const latest = (await app.inject({ method: 'GET', url: '/subjects/users-value/versions/latest' })).json();
  t.deepEqual(latest.references, references);
  t.deepEqual(
    (await app.inject({ method: 'GET', url: '/subjects/address/versions/1/referencedby' })).json(),
    [3],
  );

  const unresolved = await post('/subjects/other-value/versions', { schemaType: 'JSON', schema: user });
  t.is(unresolved.status, 422);
  t.is(unresolved.json.error_code, 42201);
});
