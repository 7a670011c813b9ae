// Avro schema compatibility by Avro's resolution rules: a reader schema can read data written with
// a writer schema when avsc can build a resolver (reader.createResolver(writer)). BACKWARD means the
// new schema reads data of older ones; FORWARD means older schemas read data of the new one; FULL is
// both; *_TRANSITIVE checks every live version instead of only the latest.
import type avro from 'avsc';

export const COMPATIBILITY_LEVELS = [
  'NONE',
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
] as const;
export type CompatibilityLevel = (typeof COMPATIBILITY_LEVELS)[number];

export function isCompatibilityLevel(value: unknown): value is CompatibilityLevel {
  return typeof value === 'string' && (COMPATIBILITY_LEVELS as readonly string[]).includes(value);
}

/** A schema already in the subject: its version and parsed avsc type. */
export interface PreviousAvroSchema {
  version: number;
  type: avro.Type;
}

function errorTypeOf(message: string): string {
  if (message.includes('no matching field for default-less')) return 'READER_FIELD_MISSING_DEFAULT_VALUE';
  if (message.includes('cannot read')) return 'TYPE_MISMATCH';
  if (message.includes('symbol')) return 'MISSING_ENUM_SYMBOLS';
  if (message.includes('alias') || message.includes('name')) return 'NAME_MISMATCH';
  return 'INCOMPATIBLE';
}

/** Why `reader` cannot read data written with `writer`, or null when it can. */
export function resolutionProblem(reader: avro.Type, writer: avro.Type): string | null {
  try {
    reader.createResolver(writer);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

function describe(
  direction: 'reader' | 'writer',
  problem: string,
  version: number,
  level: CompatibilityLevel,
): string {
  const who =
    direction === 'reader'
      ? `The new schema cannot read data written with version ${version}`
      : `Version ${version} cannot read data written with the new schema`;
  return `{errorType:'${errorTypeOf(problem)}', description:'${who}: ${problem}', oldSchemaVersion:${version}, compatibility:'${level}'}`;
}

/**
 * Messages explaining why `candidate` breaks `level` against `previous` (oldest first); empty when
 * it is compatible. Non-transitive levels look only at the newest previous schema.
 */
export function checkAvroCompatibility(
  level: CompatibilityLevel,
  candidate: avro.Type,
  previous: readonly PreviousAvroSchema[],
): string[] {
  if (level === 'NONE' || previous.length === 0) return [];
  const transitive = level.endsWith('_TRANSITIVE');
  const base = level.replace('_TRANSITIVE', '');
  const targets = transitive ? previous : previous.slice(-1);
  const messages: string[] = [];
  for (const old of [...targets].reverse()) {
    if (base === 'BACKWARD' || base === 'FULL') {
      const problem = resolutionProblem(candidate, old.type);
      if (problem !== null) messages.push(describe('reader', problem, old.version, level));
    }
    if (base === 'FORWARD' || base === 'FULL') {
      const problem = resolutionProblem(old.type, candidate);
      if (problem !== null) messages.push(describe('writer', problem, old.version, level));
    }
  }
  return messages;
}
