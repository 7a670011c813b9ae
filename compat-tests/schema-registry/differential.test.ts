// Differential test of GOssip's schema registry against Karapace (the reference registry, running on
// the reference Apache Kafka broker): one scripted sequence of REST calls goes to both, and each
// step's status and body must match after normalizing only what may legitimately differ. Steps where
// GOssip is known to differ are listed in KNOWN_DIFFERENCES and asserted to still differ.
import test from 'ava';
import { missing } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import {
  type ReferenceKafka,
  referenceKafkaAvailable,
  startReferenceKafka,
} from '../harness/reference-kafka.js';
import { type Karapace, karapacePython, startKarapace } from './karapace.js';

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

interface Step {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  /** The body is a list whose order the API does not promise. */
  unordered?: boolean;
  /** A compatibility check: compare only is_compatible (see normalize). */
  check?: boolean;
  /** Send the JSON content type without a body, as Confluent's curl examples do on DELETE. */
  contentTypeWithoutBody?: boolean;
  /** Confluent documents this call but Karapace lacks it: only GOssip is asked, and must answer 200. */
  confluentOnly?: boolean;
}

interface Answer {
  status: number;
  body: unknown;
}

/**
 * Steps where GOssip answers differently from Karapace, each with why. Karapace is the oracle except
 * where it departs from Confluent's documented behaviour (noted per entry).
 */
const KNOWN_DIFFERENCES: Record<string, string> = {
  // Karapace departs from Confluent; GOssip follows Confluent.
  'delete subject config':
    'Karapace answers {"compatibility"}; Confluent (and its Java client, which reads a Config) use ' +
    '{"compatibilityLevel"}, as GOssip does',
  'check unknown subject':
    'Karapace answers 40402 (version not found) for an unknown subject; GOssip answers 40401',
  'unknown schema type':
    'Karapace answers a FastAPI validation error (error_code 422, message a list); GOssip answers 42201',
  'no schema in body': 'Karapace answers a FastAPI validation error (error_code 422); GOssip answers 42201',
  'lower-case level':
    'Karapace rejects "backward" with 42203; GOssip upper-cases it, as Confluent does (its 42203 ' +
    'message lists the levels in lower case)',
  'subject mode not set':
    'Karapace falls back to the global mode; Confluent answers 40409 unless defaultToGlobal=true, as GOssip does',
};

const record = (fields: unknown[]) =>
  JSON.stringify({ type: 'record', name: 'User', namespace: 'com.example', fields });
const v1 = record([{ name: 'name', type: 'string' }]);
const v2 = record([
  { name: 'name', type: 'string' },
  { name: 'age', type: ['null', 'int'], default: null },
]);
const incompatible = record([
  { name: 'name', type: 'string' },
  { name: 'email', type: 'string' },
]);
const jsonSchema = JSON.stringify({
  type: 'object',
  properties: { name: { type: 'string' } },
  required: ['name'],
});
const protoSchema =
  'syntax = "proto3";\npackage com.example;\n\nmessage User {\n  string name = 1;\n  int32 age = 2;\n}\n';
const avro = (schema: string) => ({ schema });

const LEVELS = [
  'NONE',
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
];

const steps: Step[] = [
  { name: 'schema types', method: 'GET', path: '/schemas/types', unordered: true },
  { name: 'global config', method: 'GET', path: '/config' },
  { name: 'global mode', method: 'GET', path: '/mode' },
  { name: 'no subjects yet', method: 'GET', path: '/subjects' },
  { name: 'register v1', method: 'POST', path: '/subjects/users-value/versions', body: avro(v1) },
  { name: 'register v1 again', method: 'POST', path: '/subjects/users-value/versions', body: avro(v1) },
  { name: 'register v1 elsewhere', method: 'POST', path: '/subjects/other-value/versions', body: avro(v1) },
  {
    name: 'register v1 reformatted',
    method: 'POST',
    path: '/subjects/users-value/versions',
    body: avro(JSON.stringify(JSON.parse(v1), null, 2)),
  },
  { name: 'schema by id', method: 'GET', path: '/schemas/ids/1' },
  { name: 'raw schema by id', method: 'GET', path: '/schemas/ids/1/schema', confluentOnly: true },
  { name: 'subjects of id', method: 'GET', path: '/schemas/ids/1/subjects', confluentOnly: true },
  { name: 'versions of id', method: 'GET', path: '/schemas/ids/1/versions', unordered: true },
  { name: 'list subjects', method: 'GET', path: '/subjects', unordered: true },
  { name: 'list versions', method: 'GET', path: '/subjects/users-value/versions' },
  { name: 'get version 1', method: 'GET', path: '/subjects/users-value/versions/1' },
  { name: 'get latest', method: 'GET', path: '/subjects/users-value/versions/latest' },
  { name: 'get version -1', method: 'GET', path: '/subjects/users-value/versions/-1' },
  { name: 'raw schema of version', method: 'GET', path: '/subjects/users-value/versions/1/schema' },
  { name: 'lookup v1', method: 'POST', path: '/subjects/users-value', body: avro(v1) },
  { name: 'lookup unknown schema', method: 'POST', path: '/subjects/users-value', body: avro(v2) },
  { name: 'lookup unknown subject', method: 'POST', path: '/subjects/nobody-value', body: avro(v1) },
  { name: 'register v2', method: 'POST', path: '/subjects/users-value/versions', body: avro(v2) },
  { name: 'versions after v2', method: 'GET', path: '/subjects/users-value/versions' },
  { name: 'latest after v2', method: 'GET', path: '/subjects/users-value/versions/latest' },
  // ---- compatibility config ----
  ...LEVELS.flatMap((level): Step[] => [
    { name: `set global ${level}`, method: 'PUT', path: '/config', body: { compatibility: level } },
    { name: `get global ${level}`, method: 'GET', path: '/config' },
    {
      name: `set subject ${level}`,
      method: 'PUT',
      path: '/config/users-value',
      body: { compatibility: level },
    },
    { name: `get subject ${level}`, method: 'GET', path: '/config/users-value' },
  ]),
  { name: 'subject config not set', method: 'GET', path: '/config/other-value' },
  { name: 'subject config default', method: 'GET', path: '/config/other-value?defaultToGlobal=true' },
  { name: 'delete subject config', method: 'DELETE', path: '/config/users-value' },
  { name: 'subject config deleted', method: 'GET', path: '/config/users-value' },
  { name: 'invalid global level', method: 'PUT', path: '/config', body: { compatibility: 'SIDEWAYS' } },
  {
    name: 'invalid subject level',
    method: 'PUT',
    path: '/config/users-value',
    body: { compatibility: 'SIDEWAYS' },
  },
  { name: 'global back to BACKWARD', method: 'PUT', path: '/config', body: { compatibility: 'BACKWARD' } },
  // ---- compatibility checks and an incompatible evolution ----
  {
    name: 'incompatible registration',
    method: 'POST',
    path: '/subjects/users-value/versions',
    body: avro(incompatible),
  },
  {
    name: 'check incompatible vs latest (verbose)',
    method: 'POST',
    path: '/compatibility/subjects/users-value/versions/latest?verbose=true',
    body: avro(incompatible),
    check: true,
  },
  {
    name: 'check incompatible vs latest',
    method: 'POST',
    path: '/compatibility/subjects/users-value/versions/latest',
    body: avro(incompatible),
    check: true,
  },
  {
    name: 'check compatible vs version 1 (verbose)',
    method: 'POST',
    path: '/compatibility/subjects/users-value/versions/1?verbose=true',
    body: avro(v2),
    check: true,
  },
  {
    name: 'check against all versions',
    method: 'POST',
    path: '/compatibility/subjects/users-value/versions',
    body: avro(v2),
    confluentOnly: true,
  },
  {
    name: 'check unknown subject',
    method: 'POST',
    path: '/compatibility/subjects/nobody-value/versions/1',
    body: avro(v1),
  },
  {
    name: 'check unknown version',
    method: 'POST',
    path: '/compatibility/subjects/users-value/versions/99',
    body: avro(v1),
  },
  // ---- errors ----
  { name: 'unknown subject 40401', method: 'GET', path: '/subjects/nobody-value/versions' },
  { name: 'unknown subject version 40401', method: 'GET', path: '/subjects/nobody-value/versions/1' },
  { name: 'unknown version 40402', method: 'GET', path: '/subjects/users-value/versions/99' },
  { name: 'unknown id 40403', method: 'GET', path: '/schemas/ids/999' },
  {
    name: 'invalid schema 42201',
    method: 'POST',
    path: '/subjects/users-value/versions',
    body: avro('{"type":"recrd","name":"X"}'),
  },
  {
    name: 'unparsable schema 42201',
    method: 'POST',
    path: '/subjects/users-value/versions',
    body: avro('{not json'),
  },
  {
    name: 'unknown schema type',
    method: 'POST',
    path: '/subjects/users-value/versions',
    body: { schemaType: 'XML', schema: '<a/>' },
  },
  { name: 'no schema in body', method: 'POST', path: '/subjects/users-value/versions', body: {} },
  { name: 'lower-case level', method: 'PUT', path: '/config', body: { compatibility: 'backward' } },
  { name: 'invalid version 42202', method: 'GET', path: '/subjects/users-value/versions/abc' },
  { name: 'version zero 42202', method: 'GET', path: '/subjects/users-value/versions/0' },
  // ---- soft and permanent delete ----
  {
    name: 'DELETE subject with content type, no body',
    method: 'DELETE',
    path: '/subjects/nobody-value',
    contentTypeWithoutBody: true,
  },
  {
    name: 'DELETE version with content type, no body',
    method: 'DELETE',
    path: '/subjects/nobody-value/versions/1',
    contentTypeWithoutBody: true,
  },
  { name: 'soft delete version 2', method: 'DELETE', path: '/subjects/users-value/versions/2' },
  { name: 'versions after soft delete', method: 'GET', path: '/subjects/users-value/versions' },
  {
    name: 'versions with deleted',
    method: 'GET',
    path: '/subjects/users-value/versions?deleted=true',
  },
  { name: 'soft-deleted version', method: 'GET', path: '/subjects/users-value/versions/2' },
  {
    name: 'soft-deleted version with deleted',
    method: 'GET',
    path: '/subjects/users-value/versions/2?deleted=true',
  },
  {
    name: 'permanent delete version 2',
    method: 'DELETE',
    path: '/subjects/users-value/versions/2?permanent=true',
  },
  {
    name: 'version 2 gone',
    method: 'GET',
    path: '/subjects/users-value/versions/2?deleted=true',
  },
  { name: 'soft delete subject', method: 'DELETE', path: '/subjects/other-value' },
  { name: 'soft delete subject again', method: 'DELETE', path: '/subjects/other-value' },
  { name: 'subjects after soft delete', method: 'GET', path: '/subjects', unordered: true },
  { name: 'subjects with deleted', method: 'GET', path: '/subjects?deleted=true', unordered: true },
  { name: 'soft-deleted subject versions', method: 'GET', path: '/subjects/other-value/versions' },
  {
    name: 'soft-deleted subject versions with deleted',
    method: 'GET',
    path: '/subjects/other-value/versions?deleted=true',
  },
  {
    name: 'lookup in soft-deleted subject',
    method: 'POST',
    path: '/subjects/other-value',
    body: avro(v1),
  },
  {
    name: 'lookup in soft-deleted subject with deleted',
    method: 'POST',
    path: '/subjects/other-value?deleted=true',
    body: avro(v1),
  },
  {
    name: 'permanent delete without soft delete',
    method: 'DELETE',
    path: '/subjects/users-value?permanent=true',
  },
  { name: 'permanent delete subject', method: 'DELETE', path: '/subjects/other-value?permanent=true' },
  { name: 'subject gone', method: 'GET', path: '/subjects?deleted=true', unordered: true },
  { name: 'delete unknown subject', method: 'DELETE', path: '/subjects/other-value' },
  { name: 'id still served', method: 'GET', path: '/schemas/ids/1' },
  // ---- mode ----
  { name: 'set global mode', method: 'PUT', path: '/mode', body: { mode: 'READWRITE' }, confluentOnly: true },
  { name: 'get global mode', method: 'GET', path: '/mode' },
  { name: 'subject mode not set', method: 'GET', path: '/mode/users-value' },
  // ---- JSON Schema and Protobuf ----
  {
    name: 'register JSON',
    method: 'POST',
    path: '/subjects/json-value/versions',
    body: { schemaType: 'JSON', schema: jsonSchema },
  },
  { name: 'JSON latest', method: 'GET', path: '/subjects/json-value/versions/latest' },
  {
    name: 'lookup JSON',
    method: 'POST',
    path: '/subjects/json-value',
    body: { schemaType: 'JSON', schema: jsonSchema },
  },
  {
    name: 'register PROTOBUF',
    method: 'POST',
    path: '/subjects/proto-value/versions',
    body: { schemaType: 'PROTOBUF', schema: protoSchema },
  },
  {
    name: 'register PROTOBUF again',
    method: 'POST',
    path: '/subjects/proto-value/versions',
    body: { schemaType: 'PROTOBUF', schema: protoSchema },
  },
  { name: 'PROTOBUF latest', method: 'GET', path: '/subjects/proto-value/versions/latest' },
  {
    name: 'lookup PROTOBUF',
    method: 'POST',
    path: '/subjects/proto-value',
    body: { schemaType: 'PROTOBUF', schema: protoSchema },
  },
  {
    name: 'invalid PROTOBUF 42201',
    method: 'POST',
    path: '/subjects/proto-value/versions',
    body: { schemaType: 'PROTOBUF', schema: 'syntax = "proto3";\nmessage {' },
  },
  {
    name: 'invalid JSON schema 42201',
    method: 'POST',
    path: '/subjects/json-value/versions',
    body: { schemaType: 'JSON', schema: '{"type": 12}' },
  },
  { name: 'final subjects', method: 'GET', path: '/subjects', unordered: true },
];

async function call(base: string, step: Step): Promise<Answer> {
  const headers: Record<string, string> = { accept: CONTENT_TYPE };
  if (step.body !== undefined || step.contentTypeWithoutBody) headers['content-type'] = CONTENT_TYPE;
  const response = await fetch(`${base}${step.path}`, {
    method: step.method,
    headers,
    ...(step.body === undefined ? {} : { body: JSON.stringify(step.body) }),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // A raw schema or a non-JSON error page: compare the text.
  }
  return { status: response.status, body: normalize(body, step) };
}

/** Error codes whose message is free text (Karapace's wording differs from Confluent's for these). */
const FREE_TEXT_ERRORS = new Set([409, 40403, 42201, 42203]);

/**
 * Normalizes only what may legitimately differ: object key order (Karapace stores AVRO and JSON
 * schemas with sorted keys, Confluent and GOssip keep the registered order), list order where the API
 * promises none, free-text error messages, and compatibility messages (Karapace sends them without
 * verbose=true and omits an empty list with it; Confluent does neither).
 */
function normalize(body: unknown, step: Step): unknown {
  if (Array.isArray(body)) {
    const items = body.map((x) => normalize(x, { ...step, unordered: false }));
    return step.unordered
      ? items
          .map((x) => JSON.stringify(x))
          .sort()
          .map((x) => JSON.parse(x) as unknown)
      : items;
  }
  if (body === null || typeof body !== 'object') return body;
  const record = body as Record<string, unknown>;
  if (step.check && typeof record.is_compatible === 'boolean') {
    const verbose = step.path.includes('verbose=true');
    if (record.is_compatible || !verbose) return { is_compatible: record.is_compatible };
    const messages = record.messages;
    return { is_compatible: false, hasMessages: Array.isArray(messages) && messages.length > 0 };
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    out[key] =
      key === 'schema' && typeof value === 'string'
        ? parsedSchema(value, record.schemaType)
        : normalize(value, step);
  }
  if (typeof out.error_code === 'number' && FREE_TEXT_ERRORS.has(out.error_code)) out.message = '(free text)';
  return out;
}

function parsedSchema(schema: string, schemaType: unknown): unknown {
  if (schemaType === 'PROTOBUF') return schema;
  try {
    return normalize(JSON.parse(schema), {} as Step);
  } catch {
    return schema;
  }
}

// Karapace is not published on PyPI, so neither CI nor a fresh machine can install it: without it this
// test skips, even under CI=true. With it (KARAPACE_PYTHON or compat-tests/.cache/karapace-venv), a
// missing reference Kafka follows the usual rule of missing().
const python = karapacePython();
const skip =
  python === undefined
    ? 'Karapace is not installed (set KARAPACE_PYTHON to a Python that can import karapace)'
    : missing('reference Kafka (java, mvn)', referenceKafkaAvailable());

interface Registries {
  kafka: ReferenceKafka;
  karapace: Karapace;
  gossip: GossipBroker;
}

(skip ? test.skip : test)('GOssip schema registry answers like Karapace', async (t) => {
  t.timeout(150_000);
  const started: Partial<Registries> = {};
  t.teardown(async () => {
    await started.karapace?.stop();
    await Promise.all([started.kafka?.stop(), started.gossip?.stop()]);
  });
  const [kafka, gossip] = await Promise.all([startReferenceKafka(), startGossip()]);
  started.kafka = kafka;
  started.gossip = gossip;
  started.karapace = await startKarapace(python!, kafka.bootstrap);
  const reference = started.karapace.url;
  const subject = `http://127.0.0.1:${gossip.httpPort}`;

  const differences: string[] = [];
  for (const step of steps) {
    const label = `${step.name}: ${step.method} ${step.path}`;
    if (step.confluentOnly) {
      const actual = await call(subject, step);
      t.is(actual.status, 200, `${label}: ${JSON.stringify(actual.body)}`);
      continue;
    }
    const [expected, actual] = await Promise.all([call(reference, step), call(subject, step)]);
    const known = KNOWN_DIFFERENCES[step.name];
    if (known !== undefined) {
      t.notDeepEqual(actual, expected, `${label} now matches Karapace: remove it from KNOWN_DIFFERENCES`);
      continue;
    }
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      differences.push(
        `${label}\n  Karapace: ${JSON.stringify(expected)}\n  GOssip:   ${JSON.stringify(actual)}`,
      );
    }
  }
  if (differences.length > 0) t.log(differences.join('\n'));
  t.deepEqual(differences, []);
});
