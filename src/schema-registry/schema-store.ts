// The schema registry's storage: commands (register, delete, config, mode) compute records from the
// current RegistryState, append them to the `_schemas` log and apply them. Commands run one at a
// time through a queue, so two concurrent registrations never get the same id or version. open()
// rebuilds the state by replaying the whole log. The log is an interface (SchemaLog) the broker
// backs with the real `_schemas` partition (see partition-schema-log.ts).
import type avro from 'avsc';
import {
  type CompatibilityLevel,
  checkAvroCompatibility,
  type PreviousAvroSchema,
} from './avro-compatibility.js';
import { checkByLevel } from './compatibility-check.js';
import {
  incompatibleSchema,
  invalidSchema,
  operationNotPermitted,
  referenceExists,
  schemaNotFound,
  subjectCompatibilityNotConfigured,
  subjectModeNotConfigured,
  subjectNotFound,
  subjectNotSoftDeleted,
  subjectSoftDeleted,
  versionNotSoftDeleted,
  versionSoftDeleted,
} from './errors.js';
import { jsonReaderProblems } from './json-compatibility.js';
import { type ProtobufFile, protobufReaderProblems, protobufRoot } from './protobuf-compatibility.js';
import {
  configKey,
  decodeRecord,
  encodeRecord,
  modeKey,
  noopKey,
  type SchemaRecord,
  type SchemaReference,
  type SchemaType,
  type SchemaValue,
  schemaKey,
} from './records.js';
import {
  type Mode,
  RegistryState,
  type StoredSchema,
  type SubjectVersion,
  storedIdentity,
  type VersionSpec,
} from './registry-state.js';
import { type ParsedSchema, parseSchema, type ResolvedReference } from './schema-format.js';

/** The `_schemas` topic as the store sees it: append one record, read every record in order. */
export interface SchemaLog {
  append(key: Buffer, value: Buffer | null): Promise<void>;
  readAll(): AsyncIterable<{ key: Buffer; value: Buffer | null }>;
}

/** A schema as submitted to register, look up or test. */
export interface SchemaInput {
  schema: string;
  schemaType: SchemaType;
  references: SchemaReference[];
  normalize: boolean;
  /** IMPORT mode only: the id (and version) to register under. */
  id?: number;
  version?: number;
}

export class SchemaStore {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly log: SchemaLog,
    readonly state: RegistryState,
  ) {}

  /** Replays `log` into a fresh state. */
  static async open(log: SchemaLog): Promise<SchemaStore> {
    const state = new RegistryState();
    for await (const { key, value } of log.readAll()) {
      const record = decodeRecord(key, value);
      if (record !== null) state.apply(record);
    }
    return new SchemaStore(log, state);
  }

  /** Runs `task` after every earlier command has finished. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async write(records: readonly SchemaRecord[]): Promise<void> {
    for (const record of records) {
      const { key, value } = encodeRecord(record);
      await this.log.append(key, value);
      this.state.apply(record);
    }
  }

  private checkWritable(subject: string | null): void {
    const mode = subject === null ? this.state.globalModeValue() : this.state.effectiveMode(subject);
    if (mode === 'READONLY' || mode === 'READONLY_OVERRIDE') {
      throw operationNotPermitted(`Subject ${subject ?? ''} is in read-only mode`);
    }
  }

  /** The referenced schemas of `references`, dependencies first (42201 when one is missing). */
  resolveReferences(references: readonly SchemaReference[], seen = new Set<string>()): ResolvedReference[] {
    const out: ResolvedReference[] = [];
    for (const ref of references) {
      const mark = `${ref.subject}\u0000${ref.version}`;
      if (seen.has(mark)) continue;
      seen.add(mark);
      let target: SubjectVersion;
      try {
        target = this.state.version(ref.subject, ref.version === -1 ? 'latest' : ref.version, false);
      } catch {
        throw invalidSchema(
          `reference ${ref.name} to subject ${ref.subject} version ${ref.version} not found`,
        );
      }
      out.push(...this.resolveReferences(target.references, seen));
      out.push({ name: ref.name, schemaType: target.schemaType, schema: target.schema });
    }
    return out;
  }

  parse(input: Pick<SchemaInput, 'schema' | 'schemaType' | 'references' | 'normalize'>): ParsedSchema {
    return parseSchema(
      input.schemaType,
      input.schema,
      this.resolveReferences(input.references),
      input.normalize,
    );
  }

  private identityOf(stored: StoredSchema, normalize: boolean): string {
    if (normalize && stored.schemaType === 'AVRO') {
      try {
        const parsed = parseSchema('AVRO', stored.schema, this.resolveReferences(stored.references), true);
        return `AVRO\n${parsed.identity}\n${JSON.stringify(stored.references)}`;
      } catch {
        // falls back to the plain identity
      }
    }
    return storedIdentity(stored.schemaType, stored.schema, stored.references);
  }

  private candidateIdentity(
    parsed: ParsedSchema,
    references: readonly SchemaReference[],
    normalize: boolean,
  ) {
    return normalize && parsed.schemaType === 'AVRO'
      ? `AVRO\n${parsed.identity}\n${JSON.stringify(references)}`
      : storedIdentity(parsed.schemaType, parsed.text, references);
  }

  /** The version of `subject` holding this schema (POST /subjects/{s}); 40401 / 40403 when absent. */
  lookup(subject: string, input: SchemaInput, includeDeleted: boolean): SubjectVersion {
    const versions = this.state.versions(subject, includeDeleted);
    const parsed = this.parse(input);
    const identity = this.candidateIdentity(parsed, input.references, input.normalize);
    const found = [...versions].reverse().find((v) => this.identityOf(v, input.normalize) === identity);
    if (found === undefined) throw schemaNotFound();
    return found;
  }

  private existingId(
    parsed: ParsedSchema,
    references: readonly SchemaReference[],
    normalize: boolean,
  ): number | null {
    const plain = this.state.idForIdentity(parsed.schemaType, parsed.text, references);
    if (plain !== null || !normalize) return plain;
    const identity = this.candidateIdentity(parsed, references, true);
    return this.state.allSchemas().find((s) => this.identityOf(s, true) === identity)?.id ?? null;
  }

  private avroTypeOf(v: SubjectVersion): avro.Type | null {
    try {
      return parseSchema('AVRO', v.schema, this.resolveReferences(v.references)).avroType;
    } catch {
      return null;
    }
  }

  /** A stored or submitted JSON/PROTOBUF schema in the form its compatibility check takes. */
  private comparable(schemaType: SchemaType, schema: string, references: readonly SchemaReference[]) {
    try {
      if (schemaType === 'JSON') return { json: JSON.parse(schema) as unknown };
      if (schemaType === 'PROTOBUF')
        return { proto: protobufRoot(schema, this.resolveReferences(references)) };
    } catch {
      // an unusable stored schema is skipped, as AVRO's are
    }
    return null;
  }

  /**
   * Why `parsed` breaks `level` against `previous` (live versions, oldest first); empty if it does
   * not. AVRO is checked by resolution rules, JSON and PROTOBUF by Confluent's structural rules
   * (json-compatibility.ts, protobuf-compatibility.ts); a change of schema type is always incompatible.
   */
  private compatibilityMessages(
    level: CompatibilityLevel,
    parsed: ParsedSchema,
    previous: readonly SubjectVersion[],
    references: readonly SchemaReference[] = [],
  ): string[] {
    if (level === 'NONE' || previous.length === 0) return [];
    const considered = level.endsWith('_TRANSITIVE') ? previous : previous.slice(-1);
    const messages: string[] = [];
    const avroPrevious: PreviousAvroSchema[] = [];
    const jsonPrevious: { version: number; schema: unknown }[] = [];
    const protoPrevious: { version: number; schema: ProtobufFile }[] = [];
    for (const v of considered) {
      if (v.schemaType !== parsed.schemaType) {
        messages.push(
          `{errorType:'TYPE_MISMATCH', description:'Version ${v.version} is a ${v.schemaType} schema, the new schema is ${parsed.schemaType}', oldSchemaVersion:${v.version}, compatibility:'${level}'}`,
        );
        continue;
      }
      if (v.schemaType === 'AVRO') {
        const type = this.avroTypeOf(v);
        if (type !== null) avroPrevious.push({ version: v.version, type });
        continue;
      }
      const c = this.comparable(v.schemaType, v.schema, v.references);
      if (c?.json !== undefined) jsonPrevious.push({ version: v.version, schema: c.json });
      if (c?.proto !== undefined) protoPrevious.push({ version: v.version, schema: c.proto });
    }
    if (parsed.avroType !== null)
      messages.push(...checkAvroCompatibility(level, parsed.avroType, avroPrevious));
    if (parsed.schemaType === 'JSON' && jsonPrevious.length > 0) {
      messages.push(
        ...checkByLevel(level, JSON.parse(parsed.text) as unknown, jsonPrevious, jsonReaderProblems),
      );
    }
    if (parsed.schemaType === 'PROTOBUF' && protoPrevious.length > 0) {
      const candidate = this.comparable('PROTOBUF', parsed.text, references)?.proto;
      if (candidate !== undefined)
        messages.push(...checkByLevel(level, candidate, protoPrevious, protobufReaderProblems));
    }
    return messages;
  }

  /** Compatibility of `input` with one version, or with the subject per its level (spec 'all'). */
  testCompatibility(subject: string, spec: VersionSpec | 'all', input: SchemaInput): string[] {
    const parsed = this.parse(input);
    const level = this.state.effectiveCompatibility(subject);
    if (spec === 'all') {
      const live = this.state.allVersions(subject).filter((v) => !v.deleted);
      return this.compatibilityMessages(level, parsed, live, input.references);
    }
    const target = this.state.version(subject, spec, false);
    const single = level.replace('_TRANSITIVE', '') as CompatibilityLevel;
    return this.compatibilityMessages(single, parsed, [target], input.references);
  }

  /**
   * Registers `input` under `subject`; an identical live schema returns its existing id and version
   * in any mode. Otherwise, as Confluent: READONLY refuses (42205); a given id needs IMPORT mode and a
   * new schema without one needs READWRITE (42205); IMPORT skips compatibility and keeps the given id
   * and version; a version given outside IMPORT must be the next one (42201).
   */
  register(subject: string, input: SchemaInput): Promise<{ id: number; version: number }> {
    return this.serial(async () => {
      const mode = this.state.effectiveMode(subject);
      const parsed = this.parse(input);
      const all = this.state.allVersions(subject);
      const live = all.filter((v) => !v.deleted);
      const identity = this.candidateIdentity(parsed, input.references, input.normalize);
      const same = [...live].reverse().find((v) => this.identityOf(v, input.normalize) === identity);
      if (
        same !== undefined &&
        (input.id === undefined || input.id === same.id) &&
        (input.version === undefined || input.version === same.version)
      ) {
        return { id: same.id, version: same.version };
      }
      this.checkWritable(subject);
      if (input.id !== undefined && mode !== 'IMPORT') {
        throw operationNotPermitted(`Subject ${subject} is not in import mode`);
      }
      if (input.id === undefined && mode !== 'READWRITE') {
        throw operationNotPermitted(`Subject ${subject} is not in read-write mode`);
      }
      const nextVersion = all.length === 0 ? 1 : all[all.length - 1]!.version + 1;
      if (mode !== 'IMPORT') {
        if (input.version !== undefined && input.version !== nextVersion) {
          throw invalidSchema('Version is not one more than previous version');
        }
        const messages = this.compatibilityMessages(
          this.state.effectiveCompatibility(subject),
          parsed,
          live,
          input.references,
        );
        if (messages.length > 0) {
          throw incompatibleSchema(subject, messages);
        }
      }
      const existing = this.existingId(parsed, input.references, input.normalize);
      let id = existing ?? this.state.nextId();
      if (input.id !== undefined) {
        const taken = this.state.allSchemas().find((s) => s.id === input.id);
        if (taken !== undefined && this.identityOf(taken, input.normalize) !== identity) {
          throw operationNotPermitted(`Overwrite new schema with id ${input.id} is not permitted.`);
        }
        id = input.id;
      }
      const version = input.version ?? nextVersion;
      const value: SchemaValue = { subject, version, id, schema: parsed.text, deleted: false };
      if (parsed.schemaType !== 'AVRO') value.schemaType = parsed.schemaType;
      if (input.references.length > 0) value.references = input.references;
      await this.write([{ key: schemaKey(subject, version), value }]);
      return { id, version };
    });
  }

  private checkNotReferenced(subject: string, version: number): void {
    if (this.state.referencedBy(subject, version).length > 0) {
      throw referenceExists(
        `One or more references exist to the schema {magic=1,keytype=SCHEMA,subject=${subject},version=${version}}.`,
      );
    }
  }

  /** Soft-deletes one version, or removes a soft-deleted one (permanent); returns its number. */
  deleteVersion(subject: string, spec: VersionSpec, permanent: boolean): Promise<number> {
    return this.serial(async () => {
      this.checkWritable(subject);
      const all = this.state.allVersions(subject);
      if (all.length === 0) throw subjectNotFound(subject);
      const target = permanent ? this.state.version(subject, spec, true) : undefined;
      if (target !== undefined) {
        if (!target.deleted) throw versionNotSoftDeleted(subject, target.version);
        await this.write([
          { key: schemaKey(subject, target.version), value: null },
          { key: noopKey(), value: { maxId: this.state.maxId() } },
        ]);
        return target.version;
      }
      if (spec !== 'latest' && all.some((v) => v.version === spec && v.deleted)) {
        throw versionSoftDeleted(subject, spec);
      }
      const live = this.state.version(subject, spec, false);
      this.checkNotReferenced(subject, live.version);
      await this.write([{ key: schemaKey(subject, live.version), value: toValue(live, true) }]);
      return live.version;
    });
  }

  /** Soft-deletes every live version, or removes a soft-deleted subject (permanent). */
  deleteSubject(subject: string, permanent: boolean): Promise<number[]> {
    return this.serial(async () => {
      this.checkWritable(subject);
      const all = this.state.allVersions(subject);
      if (all.length === 0) throw subjectNotFound(subject);
      const live = all.filter((v) => !v.deleted);
      if (permanent) {
        if (live.length > 0) throw subjectNotSoftDeleted(subject);
        await this.write([
          ...all.map((v) => ({ key: schemaKey(subject, v.version), value: null })),
          { key: noopKey(), value: { maxId: this.state.maxId() } },
        ]);
        return all.map((v) => v.version);
      }
      if (live.length === 0) throw subjectSoftDeleted(subject);
      for (const v of live) this.checkNotReferenced(subject, v.version);
      await this.write(live.map((v) => ({ key: schemaKey(subject, v.version), value: toValue(v, true) })));
      return live.map((v) => v.version);
    });
  }

  /** Sets the global (subject null) or a subject's compatibility level. */
  setCompatibility(subject: string | null, level: CompatibilityLevel): Promise<CompatibilityLevel> {
    return this.serial(async () => {
      await this.write([{ key: configKey(subject), value: { compatibilityLevel: level } }]);
      return level;
    });
  }

  /** Removes a subject's level (40408 when unset) or resets the global one; returns the previous level. */
  deleteCompatibility(subject: string | null): Promise<CompatibilityLevel> {
    return this.serial(async () => {
      const previous =
        subject === null
          ? this.state.globalCompatibilityLevel()
          : this.state.subjectCompatibilityLevel(subject);
      if (previous === null) throw subjectCompatibilityNotConfigured(subject ?? '');
      await this.write([{ key: configKey(subject), value: null }]);
      return previous;
    });
  }

  /**
   * Sets the global (subject null) or a subject's mode. Switching to IMPORT, unless forced or already
   * in IMPORT, needs no live versions in scope (42205) and then removes the soft-deleted ones for
   * good, as Confluent does, so imported versions cannot collide with them.
   */
  setMode(subject: string | null, mode: Mode, force: boolean): Promise<Mode> {
    return this.serial(async () => {
      const current = subject === null ? this.state.globalModeValue() : this.state.effectiveMode(subject);
      if (mode === 'IMPORT' && !force && current !== 'IMPORT') {
        const subjects = subject === null ? this.state.subjectNames(true) : [subject];
        const versions = subjects.flatMap((s) => this.state.allVersions(s));
        if (versions.some((v) => !v.deleted)) {
          throw operationNotPermitted('Cannot import since found existing subjects');
        }
        for (const v of versions) this.checkNotReferenced(v.subject, v.version);
        if (versions.length > 0) {
          await this.write([
            ...versions.map((v) => ({ key: schemaKey(v.subject, v.version), value: null })),
            { key: noopKey(), value: { maxId: this.state.maxId() } },
          ]);
        }
      }
      await this.write([{ key: modeKey(subject), value: { mode } }]);
      return mode;
    });
  }

  /** Removes a subject's mode (40409 when unset) or resets the global one; returns the previous mode. */
  deleteMode(subject: string | null): Promise<Mode> {
    return this.serial(async () => {
      const previous = subject === null ? this.state.globalModeValue() : this.state.subjectModeValue(subject);
      if (previous === null) throw subjectModeNotConfigured(subject ?? '');
      await this.write([{ key: modeKey(subject), value: null }]);
      return previous;
    });
  }
}

function toValue(v: SubjectVersion, deleted: boolean): SchemaValue {
  const value: SchemaValue = { subject: v.subject, version: v.version, id: v.id, schema: v.schema, deleted };
  if (v.schemaType !== 'AVRO') value.schemaType = v.schemaType;
  if (v.references.length > 0) value.references = v.references;
  return value;
}

/** The SchemaStore factory: replays `log` and returns the store ready to serve. */
export function createSchemaStore(log: SchemaLog): Promise<SchemaStore> {
  return SchemaStore.open(log);
}
