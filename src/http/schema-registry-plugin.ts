// Confluent Schema Registry's REST API as a fastify plugin over a SchemaStore: the paths, bodies,
// status codes and {error_code, message} errors Confluent's serializers and tools expect, with the
// application/vnd.schemaregistry.v1+json content type. Encapsulated: its body parsers, hooks and
// error handler apply only to these routes. Routes translate; the store and state decide.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isCompatibilityLevel } from '../schema-registry/avro-compatibility.js';
import {
  invalidCompatibilityLevel,
  invalidMode,
  invalidSchema,
  invalidVersion,
  RegistryError,
  subjectCompatibilityNotConfigured,
  subjectModeNotConfigured,
  subjectNotFound,
} from '../schema-registry/errors.js';
import { protobufDescriptorBase64 } from '../schema-registry/protobuf-descriptor.js';
import type { SchemaReference } from '../schema-registry/records.js';
import { isMode, type SubjectVersion, type VersionSpec } from '../schema-registry/registry-state.js';
import { isSchemaType, SCHEMA_TYPES } from '../schema-registry/schema-format.js';
import type { SchemaInput, SchemaStore } from '../schema-registry/schema-store.js';

export interface SchemaRegistryPluginOptions {
  store: SchemaStore;
}

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';
const BODY_TYPES = [
  'application/vnd.schemaregistry.v1+json',
  'application/vnd.schemaregistry+json',
  'application/octet-stream',
];
const VERSION_MAX = 2 ** 31 - 1;

type Params = Record<string, string>;
type Query = Record<string, string | undefined>;

function flag(query: Query, name: string): boolean {
  return query[name] === 'true';
}

function parseVersion(raw: string): VersionSpec {
  if (raw === 'latest' || raw === '-1') return 'latest';
  const n = Number(raw);
  if (!/^[0-9]+$/.test(raw) || !Number.isSafeInteger(n) || n < 1 || n > VERSION_MAX)
    throw invalidVersion(raw);
  return n;
}

function parseId(raw: string): number {
  const n = Number(raw);
  if (!/^[0-9]+$/.test(raw) || !Number.isSafeInteger(n))
    throw new RegistryError(404, 40403, `Schema ${raw} not found`);
  return n;
}

function parseReferences(raw: unknown): SchemaReference[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw invalidSchema('references must be an array');
  return raw.map((r: unknown) => {
    const ref = r as Partial<SchemaReference>;
    if (typeof ref?.name !== 'string' || typeof ref.subject !== 'string' || typeof ref.version !== 'number') {
      throw invalidSchema(`invalid reference ${JSON.stringify(r)}`);
    }
    return { name: ref.name, subject: ref.subject, version: ref.version };
  });
}

function schemaInput(body: unknown, query: Query): SchemaInput {
  const b = (body ?? {}) as Record<string, unknown>;
  if (typeof b.schema !== 'string' || b.schema.trim() === '') throw invalidSchema('Empty schema');
  const schemaType = b.schemaType ?? 'AVRO';
  if (!isSchemaType(schemaType)) throw invalidSchema(`unknown schema type ${String(schemaType)}`);
  const input: SchemaInput = {
    schema: b.schema,
    schemaType,
    references: parseReferences(b.references),
    normalize: flag(query, 'normalize'),
  };
  if (typeof b.id === 'number' && b.id >= 0) input.id = b.id;
  if (typeof b.version === 'number' && b.version >= 1) input.version = b.version;
  return input;
}

function versionBody(v: SubjectVersion, schema = v.schema): Record<string, unknown> {
  const out: Record<string, unknown> = { subject: v.subject, version: v.version, id: v.id };
  if (v.schemaType !== 'AVRO') out.schemaType = v.schemaType;
  if (v.references.length > 0) out.references = v.references;
  out.schema = schema;
  return out;
}

function compatibilityBody(messages: string[], verbose: boolean): Record<string, unknown> {
  return verbose
    ? { is_compatible: messages.length === 0, messages }
    : { is_compatible: messages.length === 0 };
}

function sendError(reply: FastifyReply, status: number, errorCode: number, message: string): FastifyReply {
  return reply.code(status).type(CONTENT_TYPE).send({ error_code: errorCode, message });
}

export async function schemaRegistryPlugin(
  app: FastifyInstance,
  opts: SchemaRegistryPluginOptions,
): Promise<void> {
  const store = opts.store;
  const state = store.state;

  // Confluent's clients and docs send a JSON content type on bodiless requests (DELETE): an empty
  // body is no body, not an error.
  app.addContentTypeParser(BODY_TYPES, { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      done(
        Object.assign(new Error(`Unexpected JSON body: ${(err as Error).message}`), { statusCode: 400 }),
        undefined,
      );
    }
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.type(CONTENT_TYPE);
  });
  app.setErrorHandler((err: Error & { statusCode?: number }, _request, reply) => {
    if (err instanceof RegistryError) return sendError(reply, err.status, err.errorCode, err.message);
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendError(reply, status, status, err.message);
    return sendError(reply, 500, 50001, `Error in the backend data store - ${err.message}`);
  });

  type Req = FastifyRequest<{ Params: Params; Querystring: Query; Body: unknown }>;

  // ?format=serialized: a PROTOBUF schema as a base64 FileDescriptorProto, as Confluent answers
  // (its own serdes ask for it); every other schema and format is the stored text.
  const formatted = (s: Pick<SubjectVersion, 'schemaType' | 'schema' | 'references'>, query: Query) => {
    if (query.format !== 'serialized' || s.schemaType !== 'PROTOBUF') return s.schema;
    try {
      return protobufDescriptorBase64(s.schema, store.resolveReferences(s.references));
    } catch (err) {
      throw invalidSchema(`${s.schema}, details: ${(err as Error).message}`);
    }
  };

  app.get('/schemas/types', async () => SCHEMA_TYPES);

  // Only Confluent's default context exists: subjects are not qualified with a context.
  app.get('/contexts', async () => ['.']);

  app.get('/subjects', async (req: Req) => {
    const prefix = req.query.subjectPrefix ?? '';
    return state.subjectNames(flag(req.query, 'deleted')).filter((s) => s.startsWith(prefix));
  });

  app.get('/schemas', async (req: Req) => {
    const prefix = req.query.subjectPrefix ?? '';
    const includeDeleted = flag(req.query, 'deleted');
    const latestOnly = flag(req.query, 'latestOnly');
    const out: Record<string, unknown>[] = [];
    for (const subject of state.subjectNames(includeDeleted)) {
      if (!subject.startsWith(prefix)) continue;
      const versions = state.versions(subject, includeDeleted);
      for (const v of latestOnly ? versions.slice(-1) : versions) out.push(versionBody(v));
    }
    return out;
  });

  app.get('/subjects/:subject/versions', async (req: Req) =>
    state.versions(req.params.subject!, flag(req.query, 'deleted')).map((v) => v.version),
  );

  app.post('/subjects/:subject/versions', async (req: Req) => {
    const { id } = await store.register(req.params.subject!, schemaInput(req.body, req.query));
    return { id };
  });

  app.post('/subjects/:subject', async (req: Req) => {
    const found = store.lookup(
      req.params.subject!,
      schemaInput(req.body, req.query),
      flag(req.query, 'deleted'),
    );
    return versionBody(found);
  });

  app.delete('/subjects/:subject', async (req: Req) =>
    store.deleteSubject(req.params.subject!, flag(req.query, 'permanent')),
  );

  app.get('/subjects/:subject/versions/:version', async (req: Req) => {
    const v = state.version(
      req.params.subject!,
      parseVersion(req.params.version!),
      flag(req.query, 'deleted'),
    );
    return versionBody(v, formatted(v, req.query));
  });

  app.get('/subjects/:subject/versions/:version/schema', async (req: Req, reply) => {
    const v = state.version(
      req.params.subject!,
      parseVersion(req.params.version!),
      flag(req.query, 'deleted'),
    );
    return reply.send(v.schema);
  });

  app.get('/subjects/:subject/versions/:version/referencedby', async (req: Req) => {
    const v = state.version(req.params.subject!, parseVersion(req.params.version!), true);
    return state.referencedBy(v.subject, v.version);
  });

  app.delete('/subjects/:subject/versions/:version', async (req: Req) =>
    store.deleteVersion(req.params.subject!, parseVersion(req.params.version!), flag(req.query, 'permanent')),
  );

  app.get('/schemas/ids/:id', async (req: Req) => {
    const s = state.schemaById(parseId(req.params.id!));
    const out: Record<string, unknown> = {};
    if (s.schemaType !== 'AVRO') out.schemaType = s.schemaType;
    if (s.references.length > 0) out.references = s.references;
    out.schema = formatted(s, req.query);
    return out;
  });

  app.get('/schemas/ids/:id/schema', async (req: Req, reply) =>
    reply.send(state.schemaById(parseId(req.params.id!)).schema),
  );

  app.get('/schemas/ids/:id/versions', async (req: Req) => {
    const id = parseId(req.params.id!);
    state.schemaById(id);
    return state
      .usagesOf(id, flag(req.query, 'deleted'))
      .map((v) => ({ subject: v.subject, version: v.version }));
  });

  app.get('/schemas/ids/:id/subjects', async (req: Req) => {
    const id = parseId(req.params.id!);
    state.schemaById(id);
    return [...new Set(state.usagesOf(id, flag(req.query, 'deleted')).map((v) => v.subject))];
  });

  // ---- compatibility ----
  const compatibility = async (req: Req, spec: VersionSpec | 'all') => {
    const subject = req.params.subject!;
    const input = schemaInput(req.body, req.query);
    const verbose = flag(req.query, 'verbose');
    if (spec !== 'all' && state.allVersions(subject).every((v) => v.deleted)) {
      if (spec === 'latest') return compatibilityBody([], verbose);
      throw subjectNotFound(subject);
    }
    return compatibilityBody(store.testCompatibility(subject, spec, input), verbose);
  };
  app.post('/compatibility/subjects/:subject/versions/:version', async (req: Req) =>
    compatibility(req, parseVersion(req.params.version!)),
  );
  app.post('/compatibility/subjects/:subject/versions', async (req: Req) => compatibility(req, 'all'));

  // ---- config ----
  const readLevel = (body: unknown) => {
    const level = (body as { compatibility?: unknown } | null)?.compatibility;
    const upper = typeof level === 'string' ? level.toUpperCase() : level;
    if (!isCompatibilityLevel(upper)) throw invalidCompatibilityLevel();
    return upper;
  };
  app.get('/config', async () => ({ compatibilityLevel: state.globalCompatibilityLevel() }));
  app.put('/config', async (req: Req) => ({
    compatibility: await store.setCompatibility(null, readLevel(req.body)),
  }));
  app.delete('/config', async () => ({ compatibilityLevel: await store.deleteCompatibility(null) }));
  app.get('/config/:subject', async (req: Req) => {
    const subject = req.params.subject!;
    const level = state.subjectCompatibilityLevel(subject);
    if (level !== null) return { compatibilityLevel: level };
    if (flag(req.query, 'defaultToGlobal')) return { compatibilityLevel: state.globalCompatibilityLevel() };
    throw subjectCompatibilityNotConfigured(subject);
  });
  app.put('/config/:subject', async (req: Req) => ({
    compatibility: await store.setCompatibility(req.params.subject!, readLevel(req.body)),
  }));
  app.delete('/config/:subject', async (req: Req) => ({
    compatibilityLevel: await store.deleteCompatibility(req.params.subject!),
  }));

  // ---- mode ----
  const readMode = (body: unknown) => {
    const mode = (body as { mode?: unknown } | null)?.mode;
    if (!isMode(mode)) throw invalidMode(String(mode));
    return mode;
  };
  app.get('/mode', async () => ({ mode: state.globalModeValue() }));
  app.put('/mode', async (req: Req) => ({
    mode: await store.setMode(null, readMode(req.body), flag(req.query, 'force')),
  }));
  app.delete('/mode', async () => ({ mode: await store.deleteMode(null) }));
  app.get('/mode/:subject', async (req: Req) => {
    const subject = req.params.subject!;
    const mode = state.subjectModeValue(subject);
    if (mode !== null) return { mode };
    if (flag(req.query, 'defaultToGlobal')) return { mode: state.globalModeValue() };
    throw subjectModeNotConfigured(subject);
  });
  app.put('/mode/:subject', async (req: Req) => ({
    mode: await store.setMode(req.params.subject!, readMode(req.body), flag(req.query, 'force')),
  }));
  app.delete('/mode/:subject', async (req: Req) => ({ mode: await store.deleteMode(req.params.subject!) }));
}
