// Generates wire/generated/ from Kafka's JSON specs in ../shared/kafka-protocol. With --check it
// regenerates in memory and fails if any committed file differs, so the codec never drifts.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitMessage, structNames } from './emit.js';
import { emitErrorCodes } from './errors.js';
import { loadDir, type MessageSpec } from './spec.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const specRoot = resolve(process.env.KAFKA_PROTOCOL_DIR ?? join(root, '..', 'shared', 'kafka-protocol'));
const outDir = join(root, 'wire', 'generated');

const HEADER =
  "// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.\n";

const IMPORTS = [
  "import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';",
];

/** Silences unused-import diagnostics: every generated module imports the same primitives. */
const KEEP =
  'void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];\n';

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function fileFor(messages: MessageSpec[], extraImports: string[], body: string[]): string {
  void messages;
  return [HEADER, ...IMPORTS, ...extraImports, '', KEEP, ...body].join('\n');
}

function renameCollisions(a: MessageSpec, b: MessageSpec): [Map<string, string>, Map<string, string>] {
  const namesA = new Set(structNames(a));
  const namesB = new Set(structNames(b));
  const ra = new Map<string, string>();
  const rb = new Map<string, string>();
  for (const n of namesA) {
    if (namesB.has(n)) {
      ra.set(n, `${a.name}${n}`);
      rb.set(n, `${b.name}${n}`);
    }
  }
  return [ra, rb];
}

export function generate(): Map<string, string> {
  const files = new Map<string, string>();
  const messages = loadDir(join(specRoot, 'message'));
  const byKey = new Map<number, { request?: MessageSpec; response?: MessageSpec }>();
  for (const m of messages) {
    if (m.apiKey === null) continue;
    const entry = byKey.get(m.apiKey) ?? {};
    if (m.type === 'request') entry.request = m;
    else if (m.type === 'response') entry.response = m;
    byKey.set(m.apiKey, entry);
  }

  const table: { key: number; api: string; file: string }[] = [];
  for (const key of [...byKey.keys()].sort((x, y) => x - y)) {
    const { request, response } = byKey.get(key)!;
    if (!request || !response) throw new Error(`api key ${key} lacks a request or response spec`);
    const api = request.name.replace(/Request$/, '');
    const [rq, rs] = renameCollisions(request, response);
    const flexMin = request.flexibleVersions ? request.flexibleVersions.min : -1;
    const file = `api/${String(key).padStart(3, '0')}-${kebab(api)}.ts`;
    const body = [
      `// ${api} (api key ${key}): request and response, versions ${request.validVersions.min}-${request.validVersions.max}.\n`,
      emitMessage(request, rq),
      emitMessage(response, rs),
      `export const ${api}Api: ApiCodec<${request.name}, ${response.name}> = {`,
      `  apiKey: ${key},`,
      `  name: '${api}',`,
      `  minVersion: ${request.validVersions.min},`,
      `  maxVersion: ${request.validVersions.max},`,
      `  flexibleMin: ${flexMin},`,
      `  decodeRequest: decode${request.name},`,
      `  encodeRequest: encode${request.name},`,
      `  decodeResponse: decode${response.name},`,
      `  encodeResponse: encode${response.name},`,
      '};',
      '',
    ];
    files.set(
      file,
      fileFor([request, response], ["import type { ApiCodec } from '../../api-codec.js';"], body),
    );
    table.push({ key, api, file });
  }

  const headers = messages.filter((m) => m.type === 'header');
  files.set(
    'headers/headers.ts',
    fileFor(
      headers,
      [],
      headers.map((h) => emitMessage(h, new Map())),
    ),
  );

  const dataDirs: [string, MessageSpec[]][] = [
    ['data', messages.filter((m) => m.type === 'data')],
    ['coordinator-records', loadDir(join(specRoot, 'coordinator-records'))],
  ];
  for (const [dir, specs] of dataDirs) {
    for (const m of specs)
      files.set(`${dir}/${kebab(m.name)}.ts`, fileFor([m], [], [emitMessage(m, new Map())]));
  }

  const tableLines = [
    HEADER,
    "import type { ApiCodec } from '../api-codec.js';",
    ...table.map((t) => `import { ${t.api}Api } from './${t.file.replace(/\.ts$/, '.js')}';`),
    '',
    "/** Every API in Kafka's specs, by key. What GOssip serves is decided by its handlers, not by this table. */",
    'export const API_CODECS: ReadonlyMap<number, ApiCodec<unknown, unknown>> = new Map<number, ApiCodec<unknown, unknown>>([',
    ...table.map((t) => `  [${t.key}, ${t.api}Api as ApiCodec<unknown, unknown>],`),
    ']);',
    '',
    'export {',
    ...table.map((t) => `  ${t.api}Api,`),
    '};',
    '',
  ];
  files.set('apis.ts', tableLines.join('\n'));
  files.set('error-codes.ts', emitErrorCodes(HEADER, join(here, 'kafka-errors.tsv')));
  return files;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(relative(outDir, p));
  }
  return out;
}

function main(): void {
  const files = generate();
  if (process.argv.includes('--check')) {
    const stale: string[] = [];
    for (const [name, text] of files) {
      const path = join(outDir, name);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(name);
    }
    for (const name of listFiles(outDir)) if (!files.has(name)) stale.push(`${name} (not generated)`);
    if (stale.length > 0) {
      console.error(`wire/generated is out of date (run npm run generate):\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`wire/generated is current (${files.size} files)`);
    return;
  }
  rmSync(outDir, { recursive: true, force: true });
  for (const [name, text] of files) {
    const path = join(outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(`generated ${files.size} files in ${relative(root, outDir)}`);
}

main();
