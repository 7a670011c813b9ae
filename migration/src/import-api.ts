// HTTP client for GOssip's import API (/admin/import/...): appends source record batches at their
// original offsets and sets log start offsets, authorized with the broker's gossip.import.token.
// Every call returns the partition's offsets after the (fsynced) change.

export interface ImportPartitionState {
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  importMode?: boolean;
}

export class ImportApi {
  /** Partition -> node id of its leader, learnt from 421 answers (multi-node GOssip). */
  private readonly leaders = new Map<string, number>();

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    /** HTTP base URL per GOssip node id, for clusters (--target-http-node id=url). */
    private readonly nodeUrls: ReadonlyMap<number, string> = new Map(),
  ) {}

  private url(topic: string, partition: number, suffix = ''): string {
    const leader = this.leaders.get(`${topic}/${partition}`);
    const base = (leader !== undefined ? this.nodeUrls.get(leader) : undefined) ?? this.baseUrl;
    return `${base.replace(/\/$/, '')}/admin/import/topics/${encodeURIComponent(topic)}/partitions/${partition}${suffix}`;
  }

  private async call(
    method: string,
    topic: string,
    partition: number,
    suffix: string,
    body?: Buffer | string,
    contentType?: string,
  ): Promise<ImportPartitionState> {
    for (let attempt = 0; ; attempt++) {
      const url = this.url(topic, partition, suffix);
      const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
      if (contentType !== undefined) headers['content-type'] = contentType;
      const res = await fetch(url, { method, headers, body });
      const text = await res.text();
      if (res.status === 421 && attempt < 3) {
        const leaderId = Number((JSON.parse(text) as { leaderId?: unknown }).leaderId);
        if (this.nodeUrls.has(leaderId)) {
          this.leaders.set(`${topic}/${partition}`, leaderId);
          continue;
        }
        throw new Error(
          `${method} ${url}: node ${leaderId} leads ${topic}-${partition}; give its HTTP address with --target-http-node ${leaderId}=http://host:port`,
        );
      }
      if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${text.slice(0, 500)}`);
      const json = JSON.parse(text) as Record<string, unknown>;
      return {
        logStartOffset: Number(json.logStartOffset),
        logEndOffset: Number(json.logEndOffset),
        highWatermark: Number(json.highWatermark),
        importMode: typeof json.importMode === 'boolean' ? json.importMode : undefined,
      };
    }
  }

  state(topic: string, partition: number): Promise<ImportPartitionState> {
    return this.call('GET', topic, partition, '');
  }

  appendBatches(topic: string, partition: number, batches: Buffer): Promise<ImportPartitionState> {
    return this.call('POST', topic, partition, '/batches', batches, 'application/octet-stream');
  }

  setOffsets(
    topic: string,
    partition: number,
    logStartOffset: number,
    logEndOffset?: number,
  ): Promise<ImportPartitionState> {
    const body: Record<string, number> = { logStartOffset };
    if (logEndOffset !== undefined) body.logEndOffset = logEndOffset;
    return this.call('POST', topic, partition, '/offsets', JSON.stringify(body), 'application/json');
  }
}
