// @kafkajs/confluent-schema-registry (the Confluent serializer for kafkajs) against GOssip's schema
// registry plugin on a real fastify server (port 0) backed by a `_schemas` PartitionLog: register
// AVRO schemas, encode and decode records in Confluent's wire format, evolve, and get refused.
import { rm } from 'node:fs/promises';
import test from 'ava';
import Fastify from 'fastify';
import { schemaRegistryPlugin } from '../../src/http/schema-registry-plugin.js';
import { openStore } from '../../src/schema-registry/test-support.js';
import { missing, tempDir } from '../harness/env.js';

interface RegistryClient {
  register(schema: { type: string; schema: string }, opts: { subject: string }): Promise<{ id: number }>;
  encode(id: number, payload: unknown): Promise<Buffer>;
  decode(buffer: Buffer): Promise<unknown>;
  getLatestSchemaId(subject: string): Promise<number>;
  getRegistryIdBySchema(subject: string, schema: { type: string; schema: string }): Promise<number>;
}
type ClientModule = {
  SchemaRegistry: new (args: { host: string; retry?: { retries: number } }) => RegistryClient;
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

const user = (fields: unknown[]) =>
  JSON.stringify({ type: 'record', name: 'User', namespace: 'com.example', fields });

(skip ? test.skip : test)('register, encode and decode an AVRO record through GOssip', async (t) => {
  const dir = tempDir('schema-registry');
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const { store } = await openStore(t, dir);
  const app = Fastify({ logger: false });
  await app.register(schemaRegistryPlugin, { store });
  t.teardown(() => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const registry = new client!.SchemaRegistry({ host: `http://127.0.0.1:${port}`, retry: { retries: 0 } });

  const v1 = user([{ name: 'name', type: 'string' }]);
  const { id } = await registry.register({ type: 'AVRO', schema: v1 }, { subject: 'users-value' });
  t.is(id, 1);
  const encoded = await registry.encode(id, { name: 'ada' });
  t.is(encoded[0], 0, 'Confluent magic byte');
  t.is(encoded.readInt32BE(1), id, 'schema id after the magic byte');
  // A fresh client has no cache: decode fetches the schema by id from GOssip.
  const fresh = new client!.SchemaRegistry({ host: `http://127.0.0.1:${port}`, retry: { retries: 0 } });
  t.deepEqual({ ...((await fresh.decode(encoded)) as object) }, { name: 'ada' });

  // A compatible evolution (new field with a default) gets the next id.
  const v2 = user([
    { name: 'name', type: 'string' },
    { name: 'age', type: 'int', default: 0 },
  ]);
  const second = await registry.register({ type: 'AVRO', schema: v2 }, { subject: 'users-value' });
  t.is(second.id, 2);
  t.is(await fresh.getLatestSchemaId('users-value'), 2);
  t.is(await fresh.getRegistryIdBySchema('users-value', { type: 'AVRO', schema: v1 }), 1);
  const encoded2 = await registry.encode(second.id, { name: 'bob', age: 7 });
  t.deepEqual({ ...((await fresh.decode(encoded2)) as object) }, { name: 'bob', age: 7 });

  // BACKWARD (the client sets it on first registration) refuses a field without a default.
  const bad = user([
    { name: 'name', type: 'string' },
    { name: 'email', type: 'string' },
  ]);
  const err = await t.throwsAsync(
    registry.register({ type: 'AVRO', schema: bad }, { subject: 'users-value' }),
  );
  t.regex(String(err?.message), /incompatible/i);
});
