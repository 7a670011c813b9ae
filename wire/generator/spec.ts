// Loads Kafka's JSON message specs (with their `//` comments) into typed descriptions the emitter
// walks. Version ranges ("0+", "3-7", "none") become {min, max} pairs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface VersionRange {
  min: number;
  max: number; // Infinity for "N+"
}

export interface FieldSpec {
  name: string;
  type: string;
  versions: VersionRange | null;
  nullableVersions: VersionRange | null;
  taggedVersions: VersionRange | null;
  tag: number | null;
  flexibleVersions: VersionRange | null | undefined; // undefined: inherit from the message
  default: string | undefined;
  about: string;
  fields: FieldSpec[] | undefined;
}

export interface StructSpec {
  name: string;
  versions: VersionRange | null;
  fields: FieldSpec[];
}

export interface MessageSpec {
  file: string;
  apiKey: number | null;
  type: 'request' | 'response' | 'header' | 'data';
  name: string;
  validVersions: VersionRange;
  flexibleVersions: VersionRange | null;
  latestVersionUnstable: boolean;
  fields: FieldSpec[];
  commonStructs: StructSpec[];
}

export function parseRange(text: string | undefined): VersionRange | null {
  if (text === undefined || text === 'none') return null;
  const t = text.trim();
  if (t.endsWith('+')) return { min: Number(t.slice(0, -1)), max: Number.POSITIVE_INFINITY };
  const dash = t.indexOf('-');
  if (dash > 0) return { min: Number(t.slice(0, dash)), max: Number(t.slice(dash + 1)) };
  const n = Number(t);
  if (!Number.isInteger(n)) throw new Error(`bad version range ${text}`);
  return { min: n, max: n };
}

/** Removes `//` comments outside of strings. */
export function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += c;
  }
  return out;
}

interface RawField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number;
  flexibleVersions?: string;
  default?: string | number | boolean;
  about?: string;
  fields?: RawField[];
}

function field(raw: RawField): FieldSpec {
  return {
    name: raw.name,
    type: raw.type,
    versions: parseRange(raw.versions),
    nullableVersions: parseRange(raw.nullableVersions),
    taggedVersions: parseRange(raw.taggedVersions),
    tag: raw.tag ?? null,
    flexibleVersions: raw.flexibleVersions === undefined ? undefined : parseRange(raw.flexibleVersions),
    default: raw.default === undefined ? undefined : String(raw.default),
    about: raw.about ?? '',
    fields: raw.fields?.map(field),
  };
}

export function loadMessage(path: string): MessageSpec {
  const raw = JSON.parse(stripComments(readFileSync(path, 'utf8')));
  const valid = parseRange(raw.validVersions);
  if (!valid) throw new Error(`${path}: no validVersions`);
  return {
    file: path,
    apiKey: raw.apiKey ?? null,
    type: raw.type,
    name: raw.name,
    validVersions: valid,
    flexibleVersions: parseRange(raw.flexibleVersions),
    latestVersionUnstable: raw.latestVersionUnstable === true,
    fields: (raw.fields ?? []).map(field),
    commonStructs: (raw.commonStructs ?? []).map(
      (s: { name: string; versions?: string; fields: RawField[] }) => ({
        name: s.name,
        versions: parseRange(s.versions),
        fields: s.fields.map(field),
      }),
    ),
  };
}

export function loadDir(dir: string): MessageSpec[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadMessage(join(dir, f)));
}
