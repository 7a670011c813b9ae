// The records of the `_schemas` topic, in Confluent Schema Registry's own layout so the topic can
// be read by (and imported from) Confluent tools: a JSON key {keytype, subject, version, magic} and
// a JSON value per keytype; a null value is a tombstone (permanent delete / config reset). Records
// that do not decode are skipped on replay.

export type SchemaType = 'AVRO' | 'JSON' | 'PROTOBUF';

export interface SchemaReference {
  name: string;
  subject: string;
  version: number;
}

export type SchemaRecordKey =
  | { keytype: 'SCHEMA'; subject: string; version: number; magic: 1 }
  | { keytype: 'CONFIG'; subject: string | null; magic: 0 }
  | { keytype: 'MODE'; subject: string | null; magic: 0 }
  | { keytype: 'DELETE_SUBJECT'; subject: string; magic: 0 }
  | { keytype: 'NOOP'; magic: 0 };

export interface SchemaValue {
  subject: string;
  version: number;
  id: number;
  schema: string;
  schemaType?: SchemaType;
  references?: SchemaReference[];
  deleted: boolean;
}

export interface ConfigValue {
  compatibilityLevel: string;
}

export interface ModeValue {
  mode: string;
}

/**
 * The value GOssip puts in a NOOP record: the largest schema id ever assigned, so a compacted topic
 * whose newest schema was permanently deleted still never hands that id out again.
 */
export interface NoopValue {
  maxId: number;
}

export function noopKey(): SchemaRecordKey {
  return { keytype: 'NOOP', magic: 0 };
}

export interface DeleteSubjectValue {
  subject: string;
  version: number;
}

export interface SchemaRecord {
  key: SchemaRecordKey;
  /** null: tombstone. */
  value: SchemaValue | ConfigValue | ModeValue | DeleteSubjectValue | NoopValue | null;
}

export function schemaKey(subject: string, version: number): SchemaRecordKey {
  return { keytype: 'SCHEMA', subject, version, magic: 1 };
}

export function configKey(subject: string | null): SchemaRecordKey {
  return { keytype: 'CONFIG', subject, magic: 0 };
}

export function modeKey(subject: string | null): SchemaRecordKey {
  return { keytype: 'MODE', subject, magic: 0 };
}

export function deleteSubjectKey(subject: string): SchemaRecordKey {
  return { keytype: 'DELETE_SUBJECT', subject, magic: 0 };
}

export function encodeRecord(record: SchemaRecord): { key: Buffer; value: Buffer | null } {
  return {
    key: Buffer.from(JSON.stringify(record.key)),
    value: record.value === null ? null : Buffer.from(JSON.stringify(record.value)),
  };
}

const KEYTYPES = new Set(['SCHEMA', 'CONFIG', 'MODE', 'DELETE_SUBJECT', 'NOOP']);

/** Decodes one stored record; null for a key this registry does not know (skipped on replay). */
export function decodeRecord(key: Buffer, value: Buffer | null): SchemaRecord | null {
  let parsedKey: unknown;
  try {
    parsedKey = JSON.parse(key.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsedKey !== 'object' || parsedKey === null) return null;
  const keytype = (parsedKey as { keytype?: unknown }).keytype;
  if (typeof keytype !== 'string' || !KEYTYPES.has(keytype)) return null;
  let parsedValue: SchemaRecord['value'] = null;
  if (value !== null) {
    try {
      parsedValue = JSON.parse(value.toString('utf8')) as SchemaRecord['value'];
    } catch {
      return null;
    }
  }
  return { key: parsedKey as SchemaRecordKey, value: parsedValue };
}
