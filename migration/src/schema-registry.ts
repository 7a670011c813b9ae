// Schema-registry REST client (Confluent API) for the source and target registries, and the schema
// import: target switched to IMPORT mode, every subject version registered with its original id and
// version (referenced schemas first), then READWRITE again.

export interface SchemaVersion {
  subject: string;
  version: number;
  id: number;
  schema: string;
  schemaType?: string;
  references?: { name: string; subject: string; version: number }[];
}

export class RegistryClient {
  constructor(readonly baseUrl: string) {}

  private async request(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown }> {
    const res = await fetch(`${this.baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/vnd.schemaregistry.v1+json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, json };
  }

  private async ok(method: string, path: string, body?: unknown): Promise<unknown> {
    const r = await this.request(method, path, body);
    if (r.status >= 300)
      throw new Error(`${method} ${this.baseUrl}${path}: HTTP ${r.status} ${JSON.stringify(r.json)}`);
    return r.json;
  }

  async subjects(): Promise<string[]> {
    return ((await this.ok('GET', '/subjects')) as string[]).sort();
  }

  /** Every live version of every subject, ordered by schema id (references come first). */
  async allVersions(): Promise<SchemaVersion[]> {
    const out: SchemaVersion[] = [];
    for (const subject of await this.subjects()) {
      const versions = (await this.ok(
        'GET',
        `/subjects/${encodeURIComponent(subject)}/versions`,
      )) as number[];
      for (const v of versions) {
        const body = (await this.ok(
          'GET',
          `/subjects/${encodeURIComponent(subject)}/versions/${v}`,
        )) as SchemaVersion;
        out.push({
          subject: body.subject,
          version: body.version,
          id: body.id,
          schema: body.schema,
          schemaType: body.schemaType,
          references: body.references,
        });
      }
    }
    return out.sort((a, b) => a.id - b.id || a.subject.localeCompare(b.subject) || a.version - b.version);
  }

  async version(subject: string, version: number): Promise<SchemaVersion | null> {
    const r = await this.request('GET', `/subjects/${encodeURIComponent(subject)}/versions/${version}`);
    return r.status === 200 ? (r.json as SchemaVersion) : null;
  }

  async mode(): Promise<string> {
    return ((await this.ok('GET', '/mode')) as { mode: string }).mode;
  }

  async setMode(mode: string): Promise<void> {
    await this.ok('PUT', '/mode?force=true', { mode });
  }

  async registerWithId(s: SchemaVersion): Promise<number> {
    const body: Record<string, unknown> = { schema: s.schema, id: s.id, version: s.version };
    if (s.schemaType !== undefined && s.schemaType !== 'AVRO') body.schemaType = s.schemaType;
    if (s.references !== undefined && s.references.length > 0) body.references = s.references;
    const r = (await this.ok('POST', `/subjects/${encodeURIComponent(s.subject)}/versions`, body)) as {
      id: number;
    };
    return r.id;
  }
}

export interface SchemaImportResult {
  registered: number;
  skipped: number;
  errors: string[];
}

/**
 * Copies every subject version missing on `target` from `source`, ids and versions kept. The target
 * is switched to IMPORT mode only when something is missing; `quietWhenUnchanged` logs nothing
 * then (periodic syncs while mirroring).
 */
export async function importSchemas(
  source: RegistryClient,
  target: RegistryClient,
  log: (msg: string) => void,
  quietWhenUnchanged = false,
): Promise<SchemaImportResult> {
  const all = await source.allVersions();
  const result: SchemaImportResult = { registered: 0, skipped: 0, errors: [] };
  const missing: SchemaVersion[] = [];
  for (const s of all) {
    const existing = await target.version(s.subject, s.version);
    if (existing === null) missing.push(s);
    else if (existing.id === s.id) result.skipped++;
    else result.errors.push(`${s.subject} v${s.version}: target has id ${existing.id}, source ${s.id}`);
  }
  if (missing.length > 0) {
    const previous = await target.mode();
    await target.setMode('IMPORT');
    try {
      for (const s of missing) {
        try {
          const got = await target.registerWithId(s);
          if (got !== s.id)
            result.errors.push(`${s.subject} v${s.version}: registered as id ${got}, source id ${s.id}`);
          else result.registered++;
        } catch (error) {
          result.errors.push(`${s.subject} v${s.version}: ${(error as Error).message}`);
        }
      }
    } finally {
      await target.setMode(previous === 'IMPORT' ? 'READWRITE' : previous);
    }
  }
  if (all.length === 0 || (quietWhenUnchanged && result.registered === 0)) return result;
  log(
    `schemas: ${result.registered} registered, ${result.skipped} already present, ${result.errors.length} errors`,
  );
  return result;
}
