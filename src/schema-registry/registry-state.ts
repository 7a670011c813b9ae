// The schema registry's state as a pure state machine: subjects -> versions (global id, schema text,
// type, references, deleted flag), schemas by id, compatibility config and mode. It changes only in
// apply(record), with records of the `_schemas` topic, so a restart is a replay of that topic. Ids
// come from the largest id ever replayed (schema records and the NOOP id high-water mark written on
// permanent deletes), so a new schema never takes an id that was handed out before.
import type { CompatibilityLevel } from './avro-compatibility.js';
import { isCompatibilityLevel } from './avro-compatibility.js';
import { schemaNotFound, subjectNotFound, versionNotFound } from './errors.js';
import type {
  ConfigValue,
  DeleteSubjectValue,
  ModeValue,
  NoopValue,
  SchemaRecord,
  SchemaReference,
  SchemaType,
  SchemaValue,
} from './records.js';
import { stableStringify } from './schema-format.js';

export const MODES = ['READWRITE', 'READONLY', 'READONLY_OVERRIDE', 'IMPORT'] as const;
export type Mode = (typeof MODES)[number];
export const DEFAULT_COMPATIBILITY: CompatibilityLevel = 'BACKWARD';
export const DEFAULT_MODE: Mode = 'READWRITE';

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

/** One version of a subject as served by the API. */
export interface SubjectVersion {
  subject: string;
  version: number;
  id: number;
  schema: string;
  schemaType: SchemaType;
  references: SchemaReference[];
  deleted: boolean;
}

export interface StoredSchema {
  id: number;
  schema: string;
  schemaType: SchemaType;
  references: SchemaReference[];
}

/** `latest` (or -1), or a version number >= 1. */
export type VersionSpec = number | 'latest';

/** The identity of a stored schema, as compared on registration (see schema-format.ts). */
export function storedIdentity(schemaType: SchemaType, text: string, references: readonly SchemaReference[]) {
  let body = text.trim();
  if (schemaType !== 'PROTOBUF') {
    try {
      body = stableStringify(JSON.parse(text));
    } catch {
      // kept as text: an unparsable stored schema only matches itself
    }
  }
  return `${schemaType}\n${body}\n${JSON.stringify(references)}`;
}

const refKey = (subject: string, version: number) => `${subject}\u0000${version}`;

export class RegistryState {
  private readonly subjects = new Map<string, Map<number, SubjectVersion>>();
  private readonly schemas = new Map<number, StoredSchema>();
  /** id -> the subject versions that use it. */
  private readonly usages = new Map<number, Set<string>>();
  private readonly idByIdentity = new Map<string, number>();
  private maxIdSeen = 0;
  private globalCompatibility: CompatibilityLevel | null = null;
  private readonly subjectCompatibility = new Map<string, CompatibilityLevel>();
  private globalMode: Mode | null = null;
  private readonly subjectMode = new Map<string, Mode>();

  apply(record: SchemaRecord): void {
    const key = record.key;
    switch (key.keytype) {
      case 'SCHEMA':
        if (record.value === null) this.removeVersion(key.subject, key.version);
        else this.putVersion(record.value as SchemaValue);
        return;
      case 'CONFIG': {
        const level = record.value === null ? null : (record.value as ConfigValue).compatibilityLevel;
        const valid = isCompatibilityLevel(level) ? level : null;
        if (key.subject === null) this.globalCompatibility = valid;
        else if (valid === null) this.subjectCompatibility.delete(key.subject);
        else this.subjectCompatibility.set(key.subject, valid);
        return;
      }
      case 'MODE': {
        const mode = record.value === null ? null : (record.value as ModeValue).mode;
        const valid = isMode(mode) ? mode : null;
        if (key.subject === null) this.globalMode = valid;
        else if (valid === null) this.subjectMode.delete(key.subject);
        else this.subjectMode.set(key.subject, valid);
        return;
      }
      case 'DELETE_SUBJECT': {
        if (record.value === null) return;
        const upTo = (record.value as DeleteSubjectValue).version;
        for (const v of this.subjects.get(key.subject)?.values() ?? []) {
          if (v.version <= upTo) v.deleted = true;
        }
        return;
      }
      case 'NOOP': {
        const maxId = (record.value as NoopValue | null)?.maxId;
        if (typeof maxId === 'number' && Number.isSafeInteger(maxId))
          this.maxIdSeen = Math.max(this.maxIdSeen, maxId);
        return;
      }
    }
  }

  private putVersion(value: SchemaValue): void {
    const schemaType = value.schemaType ?? 'AVRO';
    const references = value.references ?? [];
    const entry: SubjectVersion = {
      subject: value.subject,
      version: value.version,
      id: value.id,
      schema: value.schema,
      schemaType,
      references,
      deleted: value.deleted === true,
    };
    let versions = this.subjects.get(value.subject);
    if (versions === undefined) {
      versions = new Map();
      this.subjects.set(value.subject, versions);
    }
    const previous = versions.get(value.version);
    if (previous !== undefined && previous.id !== value.id) this.forgetUsage(previous);
    versions.set(value.version, entry);
    if (!this.schemas.has(value.id)) {
      this.schemas.set(value.id, { id: value.id, schema: value.schema, schemaType, references });
      this.idByIdentity.set(storedIdentity(schemaType, value.schema, references), value.id);
    }
    let users = this.usages.get(value.id);
    if (users === undefined) {
      users = new Set();
      this.usages.set(value.id, users);
    }
    users.add(refKey(value.subject, value.version));
    this.maxIdSeen = Math.max(this.maxIdSeen, value.id);
  }

  private removeVersion(subject: string, version: number): void {
    const versions = this.subjects.get(subject);
    const entry = versions?.get(version);
    if (versions === undefined || entry === undefined) return;
    versions.delete(version);
    if (versions.size === 0) this.subjects.delete(subject);
    this.forgetUsage(entry);
  }

  private forgetUsage(entry: SubjectVersion): void {
    const users = this.usages.get(entry.id);
    users?.delete(refKey(entry.subject, entry.version));
    if (users !== undefined && users.size > 0) return;
    this.usages.delete(entry.id);
    const stored = this.schemas.get(entry.id);
    this.schemas.delete(entry.id);
    if (stored !== undefined) {
      const identity = storedIdentity(stored.schemaType, stored.schema, stored.references);
      if (this.idByIdentity.get(identity) === entry.id) this.idByIdentity.delete(identity);
    }
  }

  // ---- queries ----

  /** The largest id ever assigned (0 when none). */
  maxId(): number {
    return this.maxIdSeen;
  }

  /** The id the next new schema gets. */
  nextId(): number {
    return this.maxIdSeen + 1;
  }

  subjectNames(includeDeleted: boolean): string[] {
    const out: string[] = [];
    for (const [name, versions] of this.subjects) {
      if ([...versions.values()].some((v) => includeDeleted || !v.deleted)) out.push(name);
    }
    return out.sort();
  }

  /** All stored versions of a subject, oldest first (soft-deleted ones included). */
  allVersions(subject: string): SubjectVersion[] {
    const versions = this.subjects.get(subject);
    if (versions === undefined) return [];
    return [...versions.values()].sort((a, b) => a.version - b.version);
  }

  /** The versions of a subject, oldest first; 40401 when it has none (live ones unless includeDeleted). */
  versions(subject: string, includeDeleted: boolean): SubjectVersion[] {
    const list = this.allVersions(subject).filter((v) => includeDeleted || !v.deleted);
    if (list.length === 0) throw subjectNotFound(subject);
    return list;
  }

  /** One version (40401 no subject, 40402 no such version; soft-deleted only with includeDeleted). */
  version(subject: string, spec: VersionSpec, includeDeleted: boolean): SubjectVersion {
    const list = this.versions(subject, includeDeleted);
    if (spec === 'latest') return list[list.length - 1]!;
    const found = list.find((v) => v.version === spec);
    if (found === undefined) throw versionNotFound(spec);
    return found;
  }

  schemaById(id: number): StoredSchema {
    const stored = this.schemas.get(id);
    if (stored === undefined) throw schemaNotFound(id);
    return stored;
  }

  idForIdentity(schemaType: SchemaType, text: string, references: readonly SchemaReference[]): number | null {
    return this.idByIdentity.get(storedIdentity(schemaType, text, references)) ?? null;
  }

  /** Every stored schema (for lookups that compare normalized forms). */
  allSchemas(): StoredSchema[] {
    return [...this.schemas.values()];
  }

  /** The subject versions using schema `id`. */
  usagesOf(id: number, includeDeleted: boolean): SubjectVersion[] {
    const out: SubjectVersion[] = [];
    for (const versions of this.subjects.values()) {
      for (const v of versions.values()) if (v.id === id && (includeDeleted || !v.deleted)) out.push(v);
    }
    return out.sort((a, b) =>
      a.subject === b.subject ? a.version - b.version : a.subject < b.subject ? -1 : 1,
    );
  }

  /** Ids of live schemas whose references name subject/version. */
  referencedBy(subject: string, version: number): number[] {
    const ids = new Set<number>();
    for (const versions of this.subjects.values()) {
      for (const v of versions.values()) {
        if (!v.deleted && v.references.some((r) => r.subject === subject && r.version === version))
          ids.add(v.id);
      }
    }
    return [...ids].sort((a, b) => a - b);
  }

  globalCompatibilityLevel(): CompatibilityLevel {
    return this.globalCompatibility ?? DEFAULT_COMPATIBILITY;
  }

  subjectCompatibilityLevel(subject: string): CompatibilityLevel | null {
    return this.subjectCompatibility.get(subject) ?? null;
  }

  effectiveCompatibility(subject: string): CompatibilityLevel {
    return this.subjectCompatibilityLevel(subject) ?? this.globalCompatibilityLevel();
  }

  globalModeValue(): Mode {
    return this.globalMode ?? DEFAULT_MODE;
  }

  subjectModeValue(subject: string): Mode | null {
    return this.subjectMode.get(subject) ?? null;
  }

  effectiveMode(subject: string): Mode {
    return this.subjectModeValue(subject) ?? this.globalModeValue();
  }
}
