// Round trips every API in Kafka's specs at every version: a seeded random message (fields present
// in that version only, nulls where the version allows them, tagged fields when flexible) is encoded,
// decoded, compared field by field, and re-encoded to the identical bytes. Every proper prefix of
// the encoding must then fail to decode with a DecodeError, never another exception.
import { join } from 'node:path';
import test from 'ava';
import { API_CODECS } from './generated/apis.js';
import { camel, collectStructs } from './generator/emit.js';
import { type FieldSpec, loadDir, type MessageSpec, type VersionRange } from './generator/spec.js';
import { DecodeError, Reader, Writer } from './primitives/index.js';
import { seededRandom } from './record-batch/test-support.js';

/** Seeded floats in [0, 1), so a failure reproduces. */
function rng(seed: number): () => number {
  const next = seededRandom(seed);
  return () => next() / 2 ** 32;
}

const specDir = join(import.meta.dirname, '..', '..', 'shared', 'kafka-protocol', 'message');
const specs = loadDir(specDir);

function inRange(r: VersionRange | null, v: number): boolean {
  return r !== null && v >= r.min && v <= r.max;
}

type Value = unknown;

function makeValue(msg: MessageSpec, f: FieldSpec, v: number, rand: () => number, depth: number): Value {
  if (inRange(f.nullableVersions, v) && rand() < 0.2) return null;
  const elem = f.type.startsWith('[]') ? f.type.slice(2) : null;
  if (elem !== null) {
    const n = depth > 3 ? 0 : Math.floor(rand() * 3);
    const items: Value[] = [];
    for (let i = 0; i < n; i++)
      items.push(makeValue(msg, { ...f, type: elem, nullableVersions: null }, v, rand, depth + 1));
    return items;
  }
  const int = (bits: number) => Math.floor(rand() * 2 ** bits) - 2 ** (bits - 1);
  switch (f.type) {
    case 'bool':
      return rand() < 0.5;
    case 'int8':
      return int(8);
    case 'int16':
      return int(16);
    case 'uint16':
      return Math.floor(rand() * 65536);
    case 'int32':
      return int(32);
    case 'uint32':
      return Math.floor(rand() * 2 ** 32);
    case 'int64':
      return BigInt(int(32)) * 4294967296n + BigInt(Math.floor(rand() * 2 ** 32));
    case 'float64':
      return rand() * 1e6 - 5e5;
    case 'uuid':
      return Buffer.from(Array.from({ length: 16 }, () => Math.floor(rand() * 256))).toString('base64url');
    case 'string':
      return ['', 'a', 'topic-1', 'ünïcødé', 'x'.repeat(Math.floor(rand() * 40))][Math.floor(rand() * 5)];
    case 'bytes':
    case 'records':
      return Buffer.from(Array.from({ length: Math.floor(rand() * 20) }, () => Math.floor(rand() * 256)));
    default: {
      const struct = collectStructs(msg).find((s) => s.name === f.type);
      if (!struct) throw new Error(`no struct ${f.type}`);
      return makeStruct(msg, struct.fields, v, rand, depth + 1);
    }
  }
}

function makeStruct(msg: MessageSpec, fields: FieldSpec[], v: number, rand: () => number, depth: number) {
  const flexible = inRange(msg.flexibleVersions, v);
  const out: Record<string, Value> = {};
  for (const f of fields) {
    const present = f.tag !== null ? flexible && inRange(f.taggedVersions, v) : inRange(f.versions, v);
    if (present) out[camel(f.name)] = makeValue(msg, f, v, rand, depth);
  }
  return out;
}

/** Checks that every field set in `expected` came back equal in `actual`. */
function sameFields(expected: unknown, actual: unknown, path: string): string | null {
  if (Buffer.isBuffer(expected)) {
    return Buffer.isBuffer(actual) && expected.equals(actual) ? null : `${path}: bytes differ`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${path}: array length differs`;
    for (let i = 0; i < expected.length; i++) {
      const d = sameFields(expected[i], actual[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return `${path}: expected a struct`;
    for (const [k, val] of Object.entries(expected)) {
      const d = sameFields(val, (actual as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  if (typeof expected === 'number' && Number.isNaN(expected)) return null;
  return Object.is(expected, actual) ? null : `${path}: ${String(expected)} != ${String(actual)}`;
}

const messagesByName = new Map(specs.map((s) => [s.name, s]));

for (const api of API_CODECS.values()) {
  test(`round trip ${api.name} (key ${api.apiKey}) every version`, (t) => {
    const pairs: [MessageSpec, 'Request' | 'Response'][] = [
      [messagesByName.get(`${api.name}Request`)!, 'Request'],
      [messagesByName.get(`${api.name}Response`)!, 'Response'],
    ];
    let checked = 0;
    for (const [msg, side] of pairs) {
      const encode = side === 'Request' ? api.encodeRequest : api.encodeResponse;
      const decode = side === 'Request' ? api.decodeRequest : api.decodeResponse;
      for (let v = msg.validVersions.min; v <= msg.validVersions.max; v++) {
        for (let seed = 1; seed <= 8; seed++) {
          const rand = rng(api.apiKey * 1000 + v * 10 + seed);
          const value = makeStruct(msg, msg.fields, v, rand, 0);
          const w = new Writer();
          encode(w, v, value as never);
          const bytes = Buffer.from(w.toBuffer());
          const r = new Reader(bytes);
          const decoded = decode(r, v);
          t.is(r.remaining, 0, `${msg.name} v${v} seed ${seed}: bytes left over`);
          const diff = sameFields(value, decoded, `${msg.name} v${v}`);
          if (diff) t.fail(`seed ${seed}: ${diff}`);
          const again = new Writer();
          encode(again, v, decoded as never);
          t.true(bytes.equals(again.toBuffer()), `${msg.name} v${v} seed ${seed}: re-encode differs`);
          for (let cut = 0; cut < bytes.length; cut++) {
            try {
              decode(new Reader(bytes.subarray(0, cut)), v);
              t.fail(`${msg.name} v${v}: a ${cut}-byte prefix of ${bytes.length} decoded`);
              break;
            } catch (err) {
              if (!(err instanceof DecodeError)) {
                t.fail(`${msg.name} v${v}: prefix ${cut} threw ${String(err)}`);
                break;
              }
            }
          }
          checked++;
        }
      }
    }
    t.true(checked > 0);
  });
}

test('unknown tagged fields survive a round trip in order', (t) => {
  const api = API_CODECS.get(18)!;
  const w = new Writer();
  api.encodeRequest(w, 3, {
    clientSoftwareName: 'a',
    clientSoftwareVersion: '1',
    unknownTaggedFields: [
      { tag: 7, data: Buffer.from([1, 2, 3]) },
      { tag: 2, data: Buffer.from([9]) },
    ],
  } as never);
  const bytes = Buffer.from(w.toBuffer());
  const decoded = api.decodeRequest(new Reader(bytes), 3) as { unknownTaggedFields?: { tag: number }[] };
  t.deepEqual(
    decoded.unknownTaggedFields?.map((f) => f.tag),
    [2, 7],
  );
  const again = new Writer();
  api.encodeRequest(again, 3, decoded as never);
  t.true(bytes.equals(again.toBuffer()));
});

// Headers, the consumer-protocol data types and the coordinator records round trip the same way.
const dataSets: [string, MessageSpec[]][] = [
  ['headers/headers', specs.filter((s) => s.type === 'header')],
  ...specs
    .filter((s) => s.type === 'data')
    .map((s): [string, MessageSpec[]] => [`data/${kebab(s.name)}`, [s]]),
  ...loadDir(join(specDir, '..', 'coordinator-records')).map((s): [string, MessageSpec[]] => [
    `coordinator-records/${kebab(s.name)}`,
    [s],
  ]),
];

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

for (const [file, messages] of dataSets) {
  test(`round trip ${file}`, async (t) => {
    const mod = (await import(`./generated/${file}.js`)) as Record<string, unknown>;
    for (const msg of messages) {
      const encode = mod[`encode${msg.name}`] as (w: Writer, v: number, m: unknown) => void;
      const decode = mod[`decode${msg.name}`] as (r: Reader, v: number) => unknown;
      for (let v = msg.validVersions.min; v <= msg.validVersions.max; v++) {
        const value = makeStruct(msg, msg.fields, v, rng(v + 7), 0);
        const w = new Writer();
        encode(w, v, value);
        const bytes = Buffer.from(w.toBuffer());
        const decoded = decode(new Reader(bytes), v);
        const diff = sameFields(value, decoded, `${msg.name} v${v}`);
        if (diff) t.fail(diff);
        const again = new Writer();
        encode(again, v, decoded);
        t.true(bytes.equals(again.toBuffer()), `${msg.name} v${v} re-encodes identically`);
        t.throws(() => encode(new Writer(), msg.validVersions.max + 1, value));
        t.throws(() => decode(new Reader(bytes), msg.validVersions.max + 1), { instanceOf: DecodeError });
      }
    }
  });
}

test('error codes carry Kafka names and messages', async (t) => {
  const { ErrorCode, errorInfo } = await import('./generated/error-codes.js');
  t.is(ErrorCode.UNSUPPORTED_VERSION, 35);
  t.is(ErrorCode.UNKNOWN_TOPIC_ID, 100);
  t.is(errorInfo(3).name, 'UNKNOWN_TOPIC_OR_PARTITION');
  t.true(errorInfo(3).retriable);
  t.is(errorInfo(-12345).name, 'UNKNOWN_ERROR_-12345');
});
