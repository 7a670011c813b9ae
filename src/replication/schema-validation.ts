// Broker-side schema validation (Confluent Server's confluent.{key,value}.schema.validation): when a
// topic asks for it, every produced key/value must start with magic byte 0 and a 4-byte schema id
// registered under the topic's subject (TopicNameStrategy: `<topic>-key` / `<topic>-value`); null keys
// and values pass. With gossip.schema.validation.payload the rest must also decode with that schema.

import protobuf from 'protobufjs';
import { type BatchSpan, decodeRecordBatch } from '../../wire/record-batch/index.js';
import type { LogConfig } from '../log/log-config.js';
import { compileJsonValidator } from '../schema-registry/json-compatibility.js';
import { protobufRoot } from '../schema-registry/protobuf-compatibility.js';
import type { SchemaReference, SchemaType } from '../schema-registry/records.js';
import type { RegistryState } from '../schema-registry/registry-state.js';
import { jsonReferences, parseSchema, type ResolvedReference } from '../schema-registry/schema-format.js';

/** What the produce path needs from the schema registry. */
export interface SchemaIdLookup {
  /** Subjects with a version (soft-deleted included) of schema `id`; undefined for an unknown id. */
  subjectsForId(id: number): string[] | undefined;
  /** Why `payload` (the bytes after magic byte and id) does not decode with schema `id`, or null. */
  payloadProblem(id: number, payload: Buffer): string | null;
}

export interface RecordError {
  batchIndex: number;
  batchIndexErrorMessage: string | null;
}

/** The registry state and the reference resolution the store does (SchemaStore fits). */
export interface RegistryView {
  readonly state: RegistryState;
  resolveReferences(references: readonly SchemaReference[]): ResolvedReference[];
}

type PayloadCheck = (payload: Buffer) => string | null;

function payloadCheck(
  schemaType: SchemaType,
  schema: string,
  refs: readonly ResolvedReference[],
): PayloadCheck {
  switch (schemaType) {
    case 'AVRO': {
      const type = parseSchema('AVRO', schema, refs).avroType!;
      return (payload) => {
        try {
          type.fromBuffer(payload);
          return null;
        } catch (err) {
          return `not valid AVRO: ${(err as Error).message}`;
        }
      };
    }
    case 'JSON': {
      const validate = compileJsonValidator(JSON.parse(schema), jsonReferences(refs));
      return (payload) => {
        let value: unknown;
        try {
          value = JSON.parse(payload.toString('utf8'));
        } catch (err) {
          return `not JSON: ${(err as Error).message}`;
        }
        return validate(value);
      };
    }
    case 'PROTOBUF': {
      const root = protobufRoot(schema, refs);
      return (payload) => protobufProblem(root.messages, payload);
    }
  }
}

/** Confluent's protobuf framing: a zigzag-varint count of message indexes (0 = first message), then the message. */
function protobufProblem(messages: readonly protobuf.Type[], payload: Buffer): string | null {
  try {
    const reader = protobuf.Reader.create(payload);
    const count = reader.sint32();
    const path = count === 0 ? [0] : Array.from({ length: count }, () => reader.sint32());
    let type: protobuf.Type | undefined = messages[path[0] ?? 0];
    for (const index of path.slice(1)) type = type?.nestedArray.filter(isType)[index];
    if (type === undefined) return `unknown message index [${path.join(',')}]`;
    type.decode(reader);
    return null;
  } catch (err) {
    return `not valid PROTOBUF: ${(err as Error).message}`;
  }
}

const isType = (o: protobuf.ReflectionObject): o is protobuf.Type => o instanceof protobuf.Type;

/** A SchemaIdLookup over a registry; compiled payload checks are kept per id (ids never change content). */
export function registrySchemaLookup(view: () => RegistryView | undefined): SchemaIdLookup {
  const checks = new Map<number, { schema: string; check: PayloadCheck | string }>();
  return {
    subjectsForId(id) {
      const registry = view();
      if (registry === undefined) return undefined;
      const uses = registry.state.usagesOf(id, true);
      return uses.length === 0 ? undefined : [...new Set(uses.map((u) => u.subject))];
    },
    payloadProblem(id, payload) {
      const registry = view();
      if (registry === undefined) return `schema ${id} is unavailable`;
      let stored: ReturnType<RegistryState['schemaById']>;
      try {
        stored = registry.state.schemaById(id);
      } catch {
        return `schema ${id} not found`;
      }
      let cached = checks.get(id);
      if (cached === undefined || cached.schema !== stored.schema) {
        let check: PayloadCheck | string;
        try {
          check = payloadCheck(
            stored.schemaType,
            stored.schema,
            registry.resolveReferences(stored.references),
          );
        } catch (err) {
          check = `schema ${id} cannot be used: ${(err as Error).message}`;
        }
        cached = { schema: stored.schema, check };
        checks.set(id, cached);
      }
      return typeof cached.check === 'string' ? cached.check : cached.check(payload);
    },
  };
}

/** Why one key or value fails validation against `subject`, or null. */
function fieldProblem(
  bytes: Buffer | null,
  subject: string,
  lookup: SchemaIdLookup | undefined,
  payload: boolean,
): string | null {
  // Like Confluent Server, a null key or value (a tombstone) passes: compacted topics delete with them.
  if (bytes === null) return null;
  const noId = `has no valid schema id for subject ${subject}`;
  if (bytes.length < 5 || bytes[0] !== 0) return noId;
  const id = bytes.readInt32BE(1);
  const subjects = lookup?.subjectsForId(id);
  if (subjects === undefined || !subjects.includes(subject)) return noId;
  if (!payload) return null;
  const problem = lookup!.payloadProblem(id, bytes.subarray(5));
  return problem === null ? null : `does not match schema ${id} of subject ${subject}: ${problem}`;
}

/**
 * The records of `records` (one produce request's batches) whose key or value fails the topic's
 * schema validation, by index within their batch; empty when validation is off or all pass.
 */
export function schemaRecordErrors(
  records: Buffer,
  spans: readonly BatchSpan[],
  topic: string,
  config: Pick<LogConfig, 'keySchemaValidation' | 'valueSchemaValidation' | 'schemaPayloadValidation'>,
  lookup: SchemaIdLookup | undefined,
): RecordError[] {
  if (!config.keySchemaValidation && !config.valueSchemaValidation) return [];
  const errors: RecordError[] = [];
  for (const span of spans) {
    const decoded = decodeRecordBatch(records, span.offset);
    if (!decoded.ok) continue;
    decoded.batch.records.forEach((r, batchIndex) => {
      const problem =
        (config.keySchemaValidation
          ? fieldProblem(r.key, `${topic}-key`, lookup, config.schemaPayloadValidation)
          : null) ??
        (config.valueSchemaValidation
          ? fieldProblem(r.value, `${topic}-value`, lookup, config.schemaPayloadValidation)
          : null);
      if (problem !== null)
        errors.push({ batchIndex, batchIndexErrorMessage: `Record ${batchIndex} ${problem}` });
    });
  }
  return errors;
}
