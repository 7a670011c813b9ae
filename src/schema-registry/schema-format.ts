// Parses and validates a submitted schema per format and gives it an identity key, so registering
// the same schema twice (whitespace or key order aside) finds the same global id. AVRO is parsed by
// avsc (referenced schemas first, into one registry of named types); JSON must be a JSON object or
// boolean that ajv compiles (drafts 4 to 2020-12); PROTOBUF must parse with protobufjs and is kept as
// given, its identity ignoring leading and trailing whitespace. With normalize, AVRO's identity is
// avsc's canonical form with attributes (names fully qualified, defaults and docs kept).
import avro from 'avsc';
import protobuf from 'protobufjs';
import { invalidSchema } from './errors.js';
import { type JsonReference, jsonSchemaProblem } from './json-compatibility.js';
import type { SchemaType } from './records.js';

export const SCHEMA_TYPES: readonly SchemaType[] = ['JSON', 'PROTOBUF', 'AVRO'];

/** A referenced schema, already resolved, in the order it must be parsed (dependencies first). */
export interface ResolvedReference {
  name: string;
  schemaType: SchemaType;
  schema: string;
}

export interface ParsedSchema {
  schemaType: SchemaType;
  /** The text stored and served: compact JSON for AVRO and JSON, the source as given for PROTOBUF. */
  text: string;
  /** Equal for schemas that are the same (see the module comment). */
  identity: string;
  /** The avsc type (AVRO only), for compatibility checks. */
  avroType: avro.Type | null;
}

export function isSchemaType(value: unknown): value is SchemaType {
  return typeof value === 'string' && (SCHEMA_TYPES as readonly string[]).includes(value);
}

/** Object keys sorted recursively, arrays kept in order: JSON text independent of key order. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw invalidSchema(`${text}, details: ${(err as Error).message}`);
  }
}

function parseAvro(text: string, references: readonly ResolvedReference[], normalize: boolean): ParsedSchema {
  const json = parseJsonText(text);
  const registry: Record<string, avro.Type> = {};
  let avroType: avro.Type;
  try {
    for (const ref of references) {
      if (ref.schemaType === 'AVRO') avro.Type.forSchema(JSON.parse(ref.schema), { registry });
    }
    avroType = avro.Type.forSchema(json as avro.Schema, { registry });
  } catch (err) {
    throw invalidSchema(`${text}, details: ${(err as Error).message}`);
  }
  const identity = normalize
    ? JSON.stringify(avroType.schema({ exportAttrs: true, noDeref: true }))
    : stableStringify(json);
  return { schemaType: 'AVRO', text: JSON.stringify(json), identity, avroType };
}

/** The JSON schemas among resolved references, as the JSON validator takes them. */
export function jsonReferences(references: readonly ResolvedReference[]): JsonReference[] {
  return references
    .filter((r) => r.schemaType === 'JSON')
    .map((r) => ({ name: r.name, schema: JSON.parse(r.schema) as unknown }));
}

function parseJsonSchema(text: string, references: readonly ResolvedReference[]): ParsedSchema {
  const json = parseJsonText(text);
  if (typeof json !== 'boolean' && (typeof json !== 'object' || json === null || Array.isArray(json))) {
    throw invalidSchema(`${text}, details: a JSON schema is an object or a boolean`);
  }
  const problem = jsonSchemaProblem(json, jsonReferences(references));
  if (problem !== null) throw invalidSchema(`${text}, details: ${problem}`);
  return { schemaType: 'JSON', text: JSON.stringify(json), identity: stableStringify(json), avroType: null };
}

function parseProtobuf(text: string): ParsedSchema {
  try {
    protobuf.parse(text, { keepCase: true });
  } catch (err) {
    throw invalidSchema(`${text}, details: ${(err as Error).message}`);
  }
  return { schemaType: 'PROTOBUF', text, identity: text.trim(), avroType: null };
}

/** Parses `text` as `schemaType`; throws RegistryError 42201 when it is not a valid schema. */
export function parseSchema(
  schemaType: SchemaType,
  text: string,
  references: readonly ResolvedReference[] = [],
  normalize = false,
): ParsedSchema {
  switch (schemaType) {
    case 'AVRO':
      return parseAvro(text, references, normalize);
    case 'JSON':
      return parseJsonSchema(text, references);
    case 'PROTOBUF':
      return parseProtobuf(text);
  }
}
