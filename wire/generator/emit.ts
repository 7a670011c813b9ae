// Turns one message spec into TypeScript: an interface per struct (all versions in one type), a
// default factory, and read/write functions with `if (v >= N)` blocks per field. Nullable, compact
// and tagged encodings follow the spec's nullableVersions, flexibleVersions and taggedVersions.
import type { FieldSpec, MessageSpec, StructSpec, VersionRange } from './spec.js';

const PRIMITIVES = new Set([
  'bool',
  'int8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'float64',
  'string',
  'bytes',
  'records',
  'uuid',
]);

export function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function cond(range: VersionRange | null): string {
  if (range === null) return 'false';
  const lo = range.min <= 0;
  const hi = range.max === Number.POSITIVE_INFINITY;
  if (lo && hi) return 'true';
  if (hi) return `v >= ${range.min}`;
  if (range.min === range.max) return `v === ${range.min}`;
  if (lo) return `v <= ${range.max}`;
  return `v >= ${range.min} && v <= ${range.max}`;
}

function elementType(type: string): string | null {
  return type.startsWith('[]') ? type.slice(2) : null;
}

/** Collects every struct defined in (or referenced by) a message, in definition order. */
export function collectStructs(msg: MessageSpec): StructSpec[] {
  const common = new Map(msg.commonStructs.map((s) => [s.name, s]));
  const found = new Map<string, StructSpec>();
  const visit = (fields: FieldSpec[]): void => {
    for (const f of fields) {
      const structName = elementType(f.type) ?? f.type;
      if (PRIMITIVES.has(structName)) continue;
      const def: StructSpec | undefined = f.fields
        ? { name: structName, versions: f.versions, fields: f.fields }
        : common.get(structName);
      if (!def) throw new Error(`${msg.name}: unknown struct type ${structName}`);
      const seen = found.get(structName);
      if (seen) {
        if (f.fields && seen !== def && JSON.stringify(seen.fields) !== JSON.stringify(def.fields)) {
          throw new Error(`${msg.name}: struct ${structName} defined twice differently`);
        }
        continue;
      }
      found.set(structName, def);
      visit(def.fields);
    }
  };
  visit(msg.fields);
  return [...found.values()];
}

interface Ctx {
  msg: MessageSpec;
  /** spec struct name -> TypeScript name (renamed on collisions within one output file). */
  names: Map<string, string>;
  flex: VersionRange | null;
}

function tsName(ctx: Ctx, specName: string): string {
  return ctx.names.get(specName) ?? specName;
}

function scalarTs(type: string): string {
  switch (type) {
    case 'bool':
      return 'boolean';
    case 'int64':
      return 'bigint';
    case 'string':
    case 'uuid':
      return 'string';
    case 'bytes':
    case 'records':
      return 'Buffer';
    default:
      return 'number';
  }
}

function fieldTs(ctx: Ctx, f: FieldSpec): string {
  const elem = elementType(f.type);
  let t: string;
  if (elem !== null) t = `${PRIMITIVES.has(elem) ? scalarTs(elem) : tsName(ctx, elem)}[]`;
  else t = PRIMITIVES.has(f.type) ? scalarTs(f.type) : tsName(ctx, f.type);
  return f.nullableVersions ? `${t} | null` : t;
}

function defaultExpr(ctx: Ctx, f: FieldSpec): string {
  const d = f.default;
  const elem = elementType(f.type);
  if (d === 'null' && f.nullableVersions) return 'null';
  if (elem !== null) return '[]';
  switch (f.type) {
    case 'bool':
      return d === 'true' ? 'true' : 'false';
    case 'int64':
      return `${d === undefined || d === '' ? 0n : BigInt(d)}n`;
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32':
    case 'uint32':
    case 'float64':
      return String(d === undefined || d === '' ? 0 : Number(d));
    case 'string':
      return JSON.stringify(d ?? '');
    case 'uuid':
      return 'ZERO_UUID';
    case 'bytes':
      return 'EMPTY_BYTES';
    case 'records':
      return f.nullableVersions ? 'null' : 'EMPTY_BYTES';
    default:
      return `default${tsName(ctx, f.type)}()`;
  }
}

function compactExpr(ctx: Ctx, f: FieldSpec): string {
  if (f.flexibleVersions !== undefined) return cond(f.flexibleVersions);
  return ctx.flex ? 'flex' : 'false';
}

/** Expression reading one value of `type` from reader `r`. */
function readExpr(ctx: Ctx, type: string, nullable: string, compact: string): string {
  const elem = elementType(type);
  if (elem !== null) {
    const inner = readExpr(ctx, elem, 'false', compact);
    const fn = nullable === 'false' ? 'readArray' : 'readNullableArray';
    const call = `${fn}(r, ${compact}, (r) => ${inner})`;
    return nullable === 'false' || nullable === 'true'
      ? call
      : `(${nullable} ? ${call} : readArray(r, ${compact}, (r) => ${inner}))`;
  }
  const pick = (plain: string, nullableCall: string): string => {
    if (nullable === 'false') return plain;
    if (nullable === 'true') return nullableCall;
    return `(${nullable} ? ${nullableCall} : ${plain})`;
  };
  switch (type) {
    case 'bool':
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32':
    case 'uint32':
    case 'int64':
    case 'float64':
    case 'uuid':
      return `r.${type}()`;
    case 'string':
      return pick(`r.string(${compact})`, `r.nullableString(${compact})`);
    case 'bytes':
    case 'records':
      return pick(`r.bytes(${compact})`, `r.nullableBytes(${compact})`);
    default: {
      const fn = `read${tsName(ctx, type)}(r, v)`;
      return pick(fn, `(readStructPresent(r) ? ${fn} : null)`);
    }
  }
}

/** Statement writing value expression `x` of `type` to writer `w`. */
function writeStmt(ctx: Ctx, type: string, x: string, nullable: string, compact: string): string {
  const elem = elementType(type);
  if (elem !== null) {
    return `writeArray(w, ${compact}, ${x}, (w, e) => { ${writeStmt(ctx, elem, 'e', 'false', compact)} });`;
  }
  switch (type) {
    case 'bool':
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32':
    case 'uint32':
    case 'int64':
    case 'float64':
    case 'uuid':
      return `w.${type}(${x});`;
    case 'string':
      return nullable === 'false' ? `w.string(${x}, ${compact});` : `w.nullableString(${x}, ${compact});`;
    case 'bytes':
    case 'records':
      return nullable === 'false' ? `w.bytes(${x}, ${compact});` : `w.nullableBytes(${x}, ${compact});`;
    default: {
      const fn = `write${tsName(ctx, type)}(w, v, ${x})`;
      if (nullable === 'false') return `${fn};`;
      const one = `write${tsName(ctx, type)}(w, v, o)`;
      return `{ const o = ${x}; if (o === null) w.int8(-1); else { w.int8(1); ${one}; } }`;
    }
  }
}

/** Expression that is true when tagged value `x` differs from its default (so it must be written). */
function notDefault(ctx: Ctx, f: FieldSpec, x: string): string {
  const d = defaultExpr(ctx, f);
  if (elementType(f.type) !== null) return d === 'null' ? `${x} !== null` : `${x}.length > 0`;
  if (d.startsWith('default')) return `${x} !== null`;
  if (d === 'EMPTY_BYTES') return `${x}.length > 0`;
  return `${x} !== ${d}`;
}

function nullableNow(f: FieldSpec): string {
  return cond(f.nullableVersions);
}

function doc(text: string, indent: string): string {
  if (!text) return '';
  return `${indent}/** ${text.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim()} */\n`;
}

function emitStruct(ctx: Ctx, s: StructSpec, exported: boolean): string {
  const name = tsName(ctx, s.name);
  const out: string[] = [];
  const fields = s.fields;
  out.push(`export interface ${name} {`);
  for (const f of fields) out.push(`${doc(f.about, '  ')}  ${camel(f.name)}: ${fieldTs(ctx, f)};`);
  out.push('  unknownTaggedFields?: TaggedField[];');
  out.push('}\n');

  out.push(`export function default${name}(): ${name} {`);
  out.push(`  return { ${fields.map((f) => `${camel(f.name)}: ${defaultExpr(ctx, f)}`).join(', ')} };`);
  out.push('}\n');

  const hasFlex = ctx.flex !== null;
  const flexDecl = hasFlex ? `  const flex = ${cond(ctx.flex)};` : '';
  const tagged = fields.filter((f) => f.tag !== null);
  const usesV = (body: string[]): boolean => body.some((l) => /\bv\b/.test(l));

  // reader
  const rb: string[] = [];
  rb.push(`  const s = default${name}();`);
  for (const f of fields) {
    if (f.tag !== null) continue;
    const c = cond(f.versions);
    if (c === 'false') continue;
    const stmt = `s.${camel(f.name)} = ${readExpr(ctx, f.type, nullableNow(f), compactExpr(ctx, f))};`;
    rb.push(c === 'true' ? `  ${stmt}` : `  if (${c}) ${stmt}`);
  }
  if (hasFlex) {
    rb.push('  if (flex) {');
    rb.push('    for (const f of r.taggedFields()) {');
    if (tagged.length > 0) {
      rb.push('      switch (f.tag) {');
      for (const f of tagged) {
        rb.push(`        case ${f.tag}:`);
        rb.push(`          if (${cond(f.taggedVersions)}) {`);
        rb.push('            const sub = Reader.over(f.data);');
        rb.push(
          `            s.${camel(f.name)} = ((r: Reader) => ${readExpr(ctx, f.type, nullableNow(f), 'true')})(sub);`,
        );
        rb.push('            continue;');
        rb.push('          }');
        rb.push('          break;');
      }
      rb.push('      }');
    }
    rb.push('      s.unknownTaggedFields ??= [];');
    rb.push('      s.unknownTaggedFields.push(f);');
    rb.push('    }');
    rb.push('  }');
  }
  rb.push('  return s;');
  const readerHead = hasFlex ? [flexDecl] : [];
  const rUsesV = usesV([...rb, ...readerHead]);
  out.push(
    `${exported ? 'export ' : ''}function read${name}(r: Reader, ${rUsesV ? 'v' : '_v'}: number): ${name} {`,
  );
  out.push(...readerHead, ...rb);
  out.push('}\n');

  // writer
  const wb: string[] = [];
  for (const f of fields) {
    const c = f.tag !== null ? 'false' : cond(f.versions);
    if (c === 'false') continue;
    const key = camel(f.name);
    const x = `(s.${key} === undefined ? ${defaultExpr(ctx, f)} : s.${key})`;
    const stmt = writeStmt(ctx, f.type, x, nullableNow(f), compactExpr(ctx, f));
    wb.push(c === 'true' ? `  ${stmt}` : `  if (${c}) { ${stmt} }`);
  }
  if (hasFlex) {
    wb.push('  if (flex) {');
    wb.push('    const tagged: TaggedField[] = [];');
    for (const f of tagged) {
      const key = camel(f.name);
      wb.push(
        `    if (${cond(f.taggedVersions)} && s.${key} !== undefined && ${notDefault(ctx, f, `s.${key}`)}) {`,
      );
      wb.push(`      const x = s.${key};`);
      wb.push(
        `      tagged.push({ tag: ${f.tag}, data: encodeTagged((w) => { ${writeStmt(ctx, f.type, 'x', nullableNow(f), 'true')} }) });`,
      );
      wb.push('    }');
    }
    wb.push('    writeTaggedFields(w, tagged, s.unknownTaggedFields);');
    wb.push('  }');
  }
  const writerHead = hasFlex ? [flexDecl] : [];
  const wUsesV = usesV([...wb, ...writerHead]);
  const sParam = wb.some((l) => l.includes('s.')) ? 's' : '_s';
  out.push(
    `${exported ? 'export ' : ''}function write${name}(w: Writer, ${wUsesV ? 'v' : '_v'}: number, ${sParam}: Init<${name}>): void {`,
  );
  out.push(...writerHead, ...wb);
  out.push('}\n');
  return out.join('\n');
}

/** Emits a message (its structs and top-level encode/decode); `names` carries collision renames. */
export function emitMessage(msg: MessageSpec, names: Map<string, string>): string {
  const ctx: Ctx = { msg, names, flex: msg.flexibleVersions };
  const parts: string[] = [];
  for (const s of collectStructs(msg)) parts.push(emitStruct(ctx, s, false));
  const top: StructSpec = { name: msg.name, versions: msg.validVersions, fields: msg.fields };
  parts.push(emitStruct(ctx, top, false));
  const { min, max } = msg.validVersions;
  parts.push(`export const ${msg.name}Versions = { min: ${min}, max: ${max} } as const;\n`);
  parts.push(`export function decode${msg.name}(r: Reader, v: number): ${msg.name} {`);
  parts.push(
    `  if (v < ${min} || v > ${max}) throw new DecodeError(\`${msg.name} version \${v} is outside ${min}-${max}\`);`,
  );
  parts.push(`  return read${msg.name}(r, v);`);
  parts.push('}\n');
  parts.push(`export function encode${msg.name}(w: Writer, v: number, m: Init<${msg.name}>): void {`);
  parts.push(
    `  if (v < ${min} || v > ${max}) throw new EncodeError(\`${msg.name} version \${v} is outside ${min}-${max}\`);`,
  );
  parts.push(`  write${msg.name}(w, v, m);`);
  parts.push('}\n');
  return parts.join('\n');
}

export function structNames(msg: MessageSpec): string[] {
  return [msg.name, ...collectStructs(msg).map((s) => s.name)];
}
