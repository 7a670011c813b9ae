// The compatibility matrix over GOssip's schema registry HTTP API (fastify on port 0, a real
// `_schemas` PartitionLog): for AVRO, JSON and PROTOBUF and every compatibility level, a compatible
// evolution is registered (200) and an incompatible one is refused with 409 and a reason.
import { rm } from 'node:fs/promises';
import test from 'ava';
import Fastify from 'fastify';
import { schemaRegistryPlugin } from '../../src/http/schema-registry-plugin.js';
import { COMPATIBILITY_LEVELS } from '../../src/schema-registry/avro-compatibility.js';
import { openStore } from '../../src/schema-registry/test-support.js';
import { tempDir } from '../harness/env.js';

interface Evolution {
  v1: string;
  ok: string;
  bad: string;
}
type Direction = 'BACKWARD' | 'FORWARD' | 'FULL';

const avro = (fields: unknown[]) =>
  JSON.stringify({ type: 'record', name: 'User', namespace: 'demo', fields });
const avroName = { name: 'name', type: 'string' };
const avroV1 = avro([avroName]);
const avroWithDefault = avro([avroName, { name: 'age', type: 'int', default: 0 }]);
const avroNoDefault = avro([avroName, { name: 'age', type: 'int' }]);
const avroRetyped = avro([{ name: 'name', type: 'int' }]);

const json = (properties: Record<string, unknown>) =>
  JSON.stringify({ type: 'object', properties, additionalProperties: false });
const jsonV1 = json({ name: { type: 'string' } });
const jsonAdded = json({ name: { type: 'string' }, age: { type: 'integer' } });
const jsonRemoved = json({});
const jsonDocumented = json({ name: { type: 'string', description: 'the name' } });
const jsonNarrowed = json({ name: { type: 'string', maxLength: 3 } });

const proto = (body: string) => `syntax = "proto3";\npackage demo;\n${body}`;
const protoV1 = proto('message User { string name = 1; int32 age = 2; }');
const protoAdded = proto('message User { string name = 1; int32 age = 2; string email = 3; }');
const protoRetyped = proto('message User { string name = 1; double age = 2; }');
const protoRenamed = proto('message Person { string name = 1; int32 age = 2; }');

const CASES: Record<string, Record<Direction, Evolution>> = {
  AVRO: {
    BACKWARD: { v1: avroV1, ok: avroWithDefault, bad: avroNoDefault },
    FORWARD: { v1: avroV1, ok: avroNoDefault, bad: avroRetyped },
    FULL: { v1: avroV1, ok: avroWithDefault, bad: avroNoDefault },
  },
  JSON: {
    BACKWARD: { v1: jsonV1, ok: jsonAdded, bad: jsonRemoved },
    FORWARD: { v1: jsonV1, ok: jsonRemoved, bad: jsonAdded },
    FULL: { v1: jsonV1, ok: jsonDocumented, bad: jsonNarrowed },
  },
  PROTOBUF: {
    BACKWARD: { v1: protoV1, ok: protoAdded, bad: protoRenamed },
    FORWARD: { v1: protoV1, ok: protoAdded, bad: protoRetyped },
    FULL: { v1: protoV1, ok: protoAdded, bad: protoRetyped },
  },
};

async function startRegistry(t: import('ava').ExecutionContext) {
  const dir = tempDir('schema-matrix');
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const { store } = await openStore(t, dir);
  const app = Fastify({ logger: false });
  await app.register(schemaRegistryPlugin, { store });
  t.teardown(() => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return async (method: string, path: string, body: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
}

for (const [schemaType, directions] of Object.entries(CASES)) {
  test(`${schemaType}: each compatibility level accepts a compatible evolution and refuses an incompatible one`, async (t) => {
    const call = await startRegistry(t);
    for (const level of COMPATIBILITY_LEVELS) {
      const direction = (level === 'NONE' ? 'FULL' : level.replace('_TRANSITIVE', '')) as Direction;
      const { v1, ok, bad } = directions[direction];
      const subject = `${schemaType}-${level}`;
      const register = (schema: string) =>
        call('POST', `/subjects/${subject}/versions`, { schema, schemaType });
      t.is((await call('PUT', `/config/${subject}`, { compatibility: level })).status, 200);
      t.is((await register(v1)).status, 200, `${subject} v1`);
      const refused = await register(bad);
      if (level === 'NONE') {
        t.is(refused.status, 200, 'NONE accepts anything');
        continue;
      }
      t.is(refused.status, 409, `${subject} bad`);
      t.is(refused.body.error_code, 409);
      t.regex(String(refused.body.message), new RegExp(`compatibility:'${level}'`));
      t.regex(String(refused.body.message), /errorType:'[A-Z_]+'/);
      const accepted = await register(ok);
      t.is(accepted.status, 200, `${subject} ok: ${JSON.stringify(accepted.body)}`);
    }
  });
}

test('transitive levels check every version, the others only the latest', async (t) => {
  const call = await startRegistry(t);
  // JSON history: closed {name} then closed {} ; a new closed {name:integer} reads v2 data (empty
  // objects) but not v1's string names.
  for (const [level, expected] of [
    ['BACKWARD', 200],
    ['BACKWARD_TRANSITIVE', 409],
  ] as const) {
    const subject = `history-${level}`;
    await call('PUT', `/config/${subject}`, { compatibility: 'NONE' });
    await call('POST', `/subjects/${subject}/versions`, { schema: jsonV1, schemaType: 'JSON' });
    await call('POST', `/subjects/${subject}/versions`, { schema: jsonRemoved, schemaType: 'JSON' });
    await call('PUT', `/config/${subject}`, { compatibility: level });
    const next = json({ name: { type: 'integer' } });
    const res = await call('POST', `/subjects/${subject}/versions`, { schema: next, schemaType: 'JSON' });
    t.is(res.status, expected, `${level}: ${JSON.stringify(res.body)}`);
  }
});
