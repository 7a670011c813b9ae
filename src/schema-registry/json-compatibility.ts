// JSON Schema compatibility after Confluent's rules: a reader schema can read data written with a
// writer schema when every document the writer accepts, the reader accepts too. Checked structurally:
// types may widen but not narrow, enums may grow, bounds may loosen, properties follow the content
// model (open: any extra property is allowed; closed: additionalProperties false). Also validates and
// compiles schemas of drafts 4 to 2020-12 with ajv.
import AjvModule, { type AnySchema, type ValidateFunction } from 'ajv';
import Ajv2019Module from 'ajv/dist/2019.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import type { Incompatibility } from './compatibility-check.js';
import { stableStringify } from './schema-format.js';

const Ajv = AjvModule.default;
const Ajv2019 = Ajv2019Module.default;
const Ajv2020 = Ajv2020Module.default;

type Schema = Record<string, unknown>;

/** Draft 4 spelled exclusive bounds as booleans; later drafts as numbers (what ajv's default speaks). */
function fromDraft4(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(fromDraft4);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema as Schema)) {
    if (k === '$schema' || k === 'id') continue;
    out[k] = fromDraft4(v);
  }
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else delete out[flag];
    }
  }
  return out;
}

/** A referenced JSON schema: `name` is what `$ref`s in the referring schema use to reach it. */
export interface JsonReference {
  name: string;
  schema: unknown;
}

function compile(schema: unknown, references: readonly JsonReference[] = []): ValidateFunction {
  const draft = typeof schema === 'object' && schema !== null ? String((schema as Schema).$schema ?? '') : '';
  const options = { strict: false, allErrors: false, validateFormats: false };
  const draft4 = draft.includes('draft-04');
  const ajv = draft.includes('2020-12')
    ? new Ajv2020(options)
    : draft.includes('2019-09')
      ? new Ajv2019(options)
      : new Ajv(options);
  if (draft.includes('draft-06')) ajv.addMetaSchema(draft06);
  for (const ref of references) {
    const body = (draft4 ? fromDraft4(ref.schema) : ref.schema) as AnySchema;
    const id = typeof ref.schema === 'object' && ref.schema !== null ? (ref.schema as Schema).$id : undefined;
    // Reachable by its reference name and, when it has one, by its own $id.
    if (id === ref.name) ajv.addSchema(body);
    else if (typeof body === 'object' && body !== null && typeof (body as Schema).$id === 'string') {
      const { $id: _ignored, ...rest } = body as Schema;
      ajv.addSchema(body);
      ajv.addSchema(rest as AnySchema, ref.name);
    } else ajv.addSchema(body, ref.name);
  }
  return ajv.compile((draft4 ? fromDraft4(schema) : schema) as AnySchema);
}

/** Why `schema` is not a valid JSON Schema (of its `$schema` draft, 7 by default), or null. */
export function jsonSchemaProblem(schema: unknown, references: readonly JsonReference[] = []): string | null {
  try {
    compile(schema, references);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

/** A validator for documents: the first error, or null when the document is valid. */
export function compileJsonValidator(
  schema: unknown,
  references: readonly JsonReference[] = [],
): (value: unknown) => string | null {
  const validate = compile(schema, references);
  return (value) => {
    if (validate(value)) return null;
    const e = validate.errors?.[0];
    return e === undefined ? 'invalid' : `${e.instancePath || '/'} ${e.message ?? 'invalid'}`;
  };
}

// ---- compatibility ----

interface Side {
  root: unknown;
  schema: Schema;
}

const asSchema = (s: unknown): Schema =>
  s === true || s === undefined ? {} : s === false ? { not: {} } : (s as Schema);

function deref(root: unknown, s: unknown, seen = 0): Schema {
  const schema = asSchema(s);
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#') || seen > 32) return schema;
  let target: unknown = root;
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~');
    target = (target as Schema | undefined)?.[key];
  }
  const { $ref: _, ...rest } = schema;
  return { ...deref(root, target, seen + 1), ...rest };
}

function typesOf(s: Schema): string[] | null {
  if (typeof s.type === 'string') return [s.type];
  if (Array.isArray(s.type)) return s.type as string[];
  return null;
}

const isOpen = (s: Schema) => s.additionalProperties === undefined || s.additionalProperties === true;
const isClosed = (s: Schema) => s.additionalProperties === false;
const isEmpty = (s: unknown) =>
  s === true || (typeof s === 'object' && s !== null && Object.keys(s).length === 0);

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const upper = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

function boundProblems(r: Schema, w: Schema, at: string): Incompatibility[] {
  const out: Incompatibility[] = [];
  for (const key of LOWER_BOUNDS) {
    const rv = r[key];
    const wv = w[key];
    if (typeof rv !== 'number') continue;
    if (typeof wv !== 'number')
      out.push({ errorType: `${upper(key)}_ADDED`, description: `${key} ${rv} added at ${at}` });
    else if (rv > wv)
      out.push({
        errorType: `${upper(key)}_INCREASED`,
        description: `${key} increased from ${wv} to ${rv} at ${at}`,
      });
  }
  for (const key of UPPER_BOUNDS) {
    const rv = r[key];
    const wv = w[key];
    if (typeof rv !== 'number') continue;
    if (typeof wv !== 'number')
      out.push({ errorType: `${upper(key)}_ADDED`, description: `${key} ${rv} added at ${at}` });
    else if (rv < wv)
      out.push({
        errorType: `${upper(key)}_DECREASED`,
        description: `${key} decreased from ${wv} to ${rv} at ${at}`,
      });
  }
  if (typeof r.pattern === 'string' && r.pattern !== w.pattern) {
    out.push({
      errorType: w.pattern === undefined ? 'PATTERN_ADDED' : 'PATTERN_CHANGED',
      description: `pattern ${r.pattern} at ${at}`,
    });
  }
  if (typeof r.multipleOf === 'number') {
    const wm = w.multipleOf;
    if (typeof wm !== 'number' || wm % r.multipleOf !== 0)
      out.push({ errorType: 'MULTIPLE_OF_CHANGED', description: `multipleOf ${r.multipleOf} at ${at}` });
  }
  if (r.uniqueItems === true && w.uniqueItems !== true)
    out.push({ errorType: 'UNIQUE_ITEMS_ADDED', description: `uniqueItems added at ${at}` });
  return out;
}

function typeProblems(r: Schema, w: Schema, at: string): Incompatibility[] {
  const rt = typesOf(r);
  if (rt === null) return [];
  const wt = typesOf(w);
  if (wt === null) {
    return [{ errorType: 'TYPE_NARROWED', description: `type restricted to ${rt.join(', ')} at ${at}` }];
  }
  const missing = wt.filter((t) => !rt.includes(t) && !(t === 'integer' && rt.includes('number')));
  if (missing.length === 0) return [];
  const overlap = wt.some((t) => rt.includes(t) || (t === 'integer' && rt.includes('number')));
  return [
    {
      errorType: overlap ? 'TYPE_NARROWED' : 'TYPE_CHANGED',
      description: `type ${wt.join(', ')} changed to ${rt.join(', ')} at ${at}`,
    },
  ];
}

function enumProblems(r: Schema, w: Schema, at: string): Incompatibility[] {
  const out: Incompatibility[] = [];
  if (Array.isArray(r.enum)) {
    const allowed = new Set(r.enum.map(stableStringify));
    const written = Array.isArray(w.enum) ? w.enum : 'const' in w ? [w.const] : null;
    if (written === null || written.some((v) => !allowed.has(stableStringify(v))))
      out.push({ errorType: 'ENUM_ARRAY_NARROWED', description: `enum values removed at ${at}` });
  }
  if ('const' in r) {
    const written = Array.isArray(w.enum) ? w.enum : 'const' in w ? [w.const] : null;
    if (written === null || written.some((v) => stableStringify(v) !== stableStringify(r.const)))
      out.push({ errorType: 'CONST_CHANGED', description: `const changed at ${at}` });
  }
  return out;
}

function objectProblems(r: Side, w: Side, at: string, depth: number): Incompatibility[] {
  const out: Incompatibility[] = [];
  const rp = (r.schema.properties ?? {}) as Schema;
  const wp = (w.schema.properties ?? {}) as Schema;
  const wRequired = new Set((w.schema.required ?? []) as string[]);
  for (const name of (r.schema.required ?? []) as string[]) {
    const prop = asSchema(rp[name]);
    if (!wRequired.has(name) && !('default' in prop))
      out.push({
        errorType: 'REQUIRED_ATTRIBUTE_ADDED',
        description: `property ${name} became required at ${at}`,
      });
  }
  for (const name of Object.keys(wp)) {
    const path = `${at}/properties/${name}`;
    if (name in rp) {
      out.push(
        ...problems(
          { root: r.root, schema: asSchema(rp[name]) },
          { root: w.root, schema: asSchema(wp[name]) },
          path,
          depth + 1,
        ),
      );
    } else if (isClosed(r.schema)) {
      out.push({
        errorType: 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL',
        description: `property ${name} removed from a closed content model at ${at}`,
      });
    } else if (!isOpen(r.schema)) {
      const inner = problems(
        { root: r.root, schema: asSchema(r.schema.additionalProperties) },
        { root: w.root, schema: asSchema(wp[name]) },
        path,
        depth + 1,
      );
      if (inner.length > 0)
        out.push({
          errorType: 'PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
          description: `property ${name} removed and not covered by additionalProperties at ${at}`,
        });
    }
  }
  for (const name of Object.keys(rp)) {
    if (name in wp || isEmpty(rp[name])) continue;
    if (isOpen(w.schema)) {
      out.push({
        errorType: 'PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL',
        description: `property ${name} added to an open content model at ${at}`,
      });
    } else if (!isClosed(w.schema)) {
      const inner = problems(
        { root: r.root, schema: asSchema(rp[name]) },
        { root: w.root, schema: asSchema(w.schema.additionalProperties) },
        `${at}/properties/${name}`,
        depth + 1,
      );
      if (inner.length > 0)
        out.push({
          errorType: 'PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
          description: `property ${name} added and not covered by the old additionalProperties at ${at}`,
        });
    }
  }
  if (!isOpen(r.schema) && !isClosed(w.schema)) {
    if (isOpen(w.schema)) {
      out.push({
        errorType: 'ADDITIONAL_PROPERTIES_REMOVED',
        description: `additionalProperties restricted at ${at}`,
      });
    } else if (
      isClosed(r.schema) ||
      problems(
        { root: r.root, schema: asSchema(r.schema.additionalProperties) },
        { root: w.root, schema: asSchema(w.schema.additionalProperties) },
        at,
        depth + 1,
      ).length > 0
    ) {
      out.push({
        errorType: 'ADDITIONAL_PROPERTIES_NARROWED',
        description: `additionalProperties narrowed at ${at}`,
      });
    }
  }
  return out;
}

function arrayProblems(r: Side, w: Side, at: string, depth: number): Incompatibility[] {
  const ri = r.schema.prefixItems ?? (Array.isArray(r.schema.items) ? r.schema.items : undefined);
  const wi = w.schema.prefixItems ?? (Array.isArray(w.schema.items) ? w.schema.items : undefined);
  const out: Incompatibility[] = [];
  if (Array.isArray(ri) || Array.isArray(wi)) {
    const rl = (ri ?? []) as unknown[];
    const wl = (wi ?? []) as unknown[];
    for (let i = 0; i < Math.min(rl.length, wl.length); i++) {
      out.push(
        ...problems(
          { root: r.root, schema: asSchema(rl[i]) },
          { root: w.root, schema: asSchema(wl[i]) },
          `${at}/items/${i}`,
          depth + 1,
        ),
      );
    }
    if (rl.length !== wl.length)
      out.push({
        errorType: 'ITEMS_CHANGED',
        description: `tuple items changed from ${wl.length} to ${rl.length} at ${at}`,
      });
    return out;
  }
  if (r.schema.items !== undefined && !isEmpty(r.schema.items)) {
    out.push(
      ...problems(
        { root: r.root, schema: asSchema(r.schema.items) },
        { root: w.root, schema: asSchema(w.schema.items) },
        `${at}/items`,
        depth + 1,
      ),
    );
  }
  return out;
}

function combinedProblems(r: Side, w: Side, at: string, depth: number): Incompatibility[] {
  const rAny = (r.schema.anyOf ?? r.schema.oneOf) as unknown[] | undefined;
  const wAny = (w.schema.anyOf ?? w.schema.oneOf) as unknown[] | undefined;
  const strip = (s: Schema) => {
    const { anyOf: _a, oneOf: _o, ...rest } = s;
    return rest;
  };
  const variants = wAny?.map((v) => ({ ...strip(w.schema), ...deref(w.root, v) }));
  const out: Incompatibility[] = [];
  if (rAny !== undefined) {
    for (const [i, wv] of (variants ?? [w.schema]).entries()) {
      const covered = rAny.some(
        (rv) =>
          problems(
            { root: r.root, schema: { ...strip(r.schema), ...deref(r.root, rv) } },
            { root: w.root, schema: wv },
            at,
            depth + 1,
          ).length === 0,
      );
      if (!covered)
        out.push({
          errorType: 'COMBINED_TYPE_SUBSCHEMAS_CHANGED',
          description: `subschema ${i} no longer accepted at ${at}`,
        });
    }
    return out;
  }
  if (variants !== undefined) {
    for (const [i, wv] of variants.entries()) {
      const inner = problems({ root: r.root, schema: r.schema }, { root: w.root, schema: wv }, at, depth + 1);
      if (inner.length > 0)
        out.push({
          errorType: 'COMBINED_TYPE_CHANGED',
          description: `subschema ${i} no longer accepted at ${at}: ${inner[0]!.description}`,
        });
    }
  }
  return out;
}

function problems(r: Side, w: Side, at: string, depth: number): Incompatibility[] {
  if (depth > 64) return [];
  const rs = deref(r.root, r.schema);
  let ws = deref(w.root, w.schema);
  if (Array.isArray(ws.allOf)) {
    for (const part of ws.allOf) ws = { ...ws, ...deref(w.root, part) };
    delete ws.allOf;
  }
  if (isEmpty(rs)) return [];
  if ('not' in ws && isEmpty(ws.not)) return [];
  const rSide = { root: r.root, schema: rs };
  const wSide = { root: w.root, schema: ws };
  if (Array.isArray(rs.allOf)) {
    return rs.allOf.flatMap((part, i) =>
      problems({ root: r.root, schema: asSchema(part) }, wSide, `${at}/allOf/${i}`, depth + 1),
    );
  }
  if (rs.anyOf !== undefined || rs.oneOf !== undefined || ws.anyOf !== undefined || ws.oneOf !== undefined) {
    return combinedProblems(rSide, wSide, at, depth);
  }
  const out = [...typeProblems(rs, ws, at), ...enumProblems(rs, ws, at), ...boundProblems(rs, ws, at)];
  if (out.some((p) => p.errorType === 'TYPE_CHANGED')) return out;
  out.push(...objectProblems(rSide, wSide, at, depth), ...arrayProblems(rSide, wSide, at, depth));
  return out;
}

/** Why a consumer using `reader` cannot read every document valid under `writer` (empty when it can). */
export function jsonReaderProblems(reader: unknown, writer: unknown): Incompatibility[] {
  return problems(
    { root: reader, schema: asSchema(reader) },
    { root: writer, schema: asSchema(writer) },
    '#',
    0,
  );
}
