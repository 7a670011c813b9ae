// PROTOBUF schema text over HTTP on GOssip's registry plugin: the .proto source is served exactly as
// registered (trailing newline included), and the same source with other leading or trailing
// whitespace finds the same id and version; ?format=serialized serves it as a base64
// FileDescriptorProto. Also: a bodiless DELETE that carries Confluent's content type (as its curl
// examples send) is answered like any DELETE, and /contexts lists the default context.
import test from 'ava';
import Fastify from 'fastify';
import descriptor from 'protobufjs/ext/descriptor/index.js';
import { schemaRegistryPlugin } from '../../src/http/schema-registry-plugin.js';
import { openStore, schemasDir } from '../../src/schema-registry/test-support.js';

const CT = 'application/vnd.schemaregistry.v1+json';
const proto = 'syntax = "proto3";\npackage demo;\n\nmessage User {\n  string name = 1;\n}\n';

test('PROTOBUF text is kept as registered; surrounding whitespace does not change its id', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  const app = Fastify({ logger: false });
  await app.register(schemaRegistryPlugin, { store });
  t.teardown(() => app.close());
  const post = async (url: string, schema: string) =>
    (
      await app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': CT },
        payload: JSON.stringify({ schemaType: 'PROTOBUF', schema }),
      })
    ).json() as Record<string, unknown>;

  t.deepEqual(await post('/subjects/p/versions', proto), { id: 1 });
  const latest = (await app.inject({ method: 'GET', url: '/subjects/p/versions/latest' })).json();
  t.is(latest.schema, proto);
  t.is((await app.inject({ method: 'GET', url: '/schemas/ids/1' })).json().schema, proto);
  t.is((await app.inject({ method: 'GET', url: '/schemas/ids/1/schema' })).body, proto);
  t.deepEqual(await post('/subjects/p/versions', `\n${proto.trimEnd()}`), { id: 1 });
  t.like(await post('/subjects/p', `${proto}\n\n`), { subject: 'p', version: 1, id: 1, schema: proto });
  t.deepEqual(await post('/subjects/q/versions', proto.trimEnd()), { id: 1 });
  t.deepEqual((await app.inject({ method: 'GET', url: '/subjects/p/versions' })).json(), [1]);

  t.deepEqual((await app.inject({ method: 'GET', url: '/contexts' })).json(), ['.']);
  for (const url of ['/subjects/missing', '/subjects/missing/versions/1']) {
    const res = await app.inject({ method: 'DELETE', url, headers: { 'content-type': CT } });
    t.is(res.statusCode, 404, url);
    t.is(res.json().error_code, 40401, url);
  }
});

test('format=serialized: PROTOBUF as a FileDescriptorProto with imports and qualified type names', async (t) => {
  const { store } = await openStore(t, await schemasDir(t));
  const app = Fastify({ logger: false });
  await app.register(schemaRegistryPlugin, { store });
  t.teardown(() => app.close());
  const register = (subject: string, body: unknown) =>
    app.inject({
      method: 'POST',
      url: `/subjects/${subject}/versions`,
      headers: { 'content-type': CT },
      payload: JSON.stringify(body),
    });
  await register('address.proto', {
    schemaType: 'PROTOBUF',
    schema: 'syntax = "proto3";\npackage geo;\nmessage Address { string city = 1; }\n',
  });
  const user =
    'syntax = "proto3";\npackage demo;\nimport "address.proto";\n' +
    'message User { geo.Address home = 1; map<string, int32> counts = 2; optional string nick = 3; enum Kind { A = 0; } Kind kind = 4; }\n';
  await register('users-value', {
    schemaType: 'PROTOBUF',
    schema: user,
    references: [{ name: 'address.proto', subject: 'address.proto', version: 1 }],
  });
  for (const url of [
    '/schemas/ids/2?format=serialized',
    '/subjects/users-value/versions/latest?format=serialized',
  ]) {
    const body = (await app.inject({ method: 'GET', url })).json() as { schema: string };
    const file = descriptor.FileDescriptorProto.toObject(
      descriptor.FileDescriptorProto.decode(Buffer.from(body.schema, 'base64')),
      { enums: String },
    );
    t.like(file, { package: 'demo', dependency: ['address.proto'], syntax: 'proto3' }, url);
    const fields = file.messageType[0].field.map((f: { name: string; typeName?: string }) => [
      f.name,
      f.typeName,
    ]);
    t.deepEqual(fields, [
      ['home', '.geo.Address'],
      ['counts', '.demo.User.CountsEntry'],
      ['nick', undefined],
      ['kind', '.demo.User.Kind'],
    ]);
    t.deepEqual(file.messageType[0].oneofDecl, [{ name: '_nick' }]);
  }
  // Without the parameter (and for other formats) the text is served as registered.
  const text = (await app.inject({ method: 'GET', url: '/schemas/ids/2' })).json() as { schema: string };
  t.is(text.schema, user);
});
