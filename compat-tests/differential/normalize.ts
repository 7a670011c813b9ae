// Normalizes decoded responses before GOssip's and Kafka's answers are compared field by field:
// only what must differ between two clusters is blanked (cluster and node ids, hosts, ports,
// topic ids, throttle times); lists whose order Kafka does not define are sorted.

const BLANK = '<differs by cluster>';
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

/** Lists whose order Kafka leaves undefined. */
const SORTED_LISTS = new Set(['topics', 'brokers', 'apiKeys', 'partitions']);

const ALWAYS_BLANK = new Set(['clusterId', 'throttleTimeMs', 'host', 'port']);

export interface NormalizeOptions {
  /** Extra field names to blank. */
  blank?: string[];
  /** Extra list field names whose order Kafka leaves undefined (sorted like SORTED_LISTS). */
  sort?: string[];
}

/** Deep copy with cluster-specific values blanked, topic ids reduced to zero / non-zero, lists sorted. */
export function normalize(value: unknown, options: NormalizeOptions = {}): unknown {
  const blank = new Set([...ALWAYS_BLANK, ...(options.blank ?? [])]);
  const sorted = new Set([...SORTED_LISTS, ...(options.sort ?? [])]);
  const walk = (v: unknown, key: string): unknown => {
    if (blank.has(key) && v !== null && v !== undefined) return BLANK;
    if (key === 'topicId' && typeof v === 'string') return v === ZERO_UUID ? 'zero' : 'set';
    if (key === 'unknownTaggedFields') return undefined;
    if (Buffer.isBuffer(v)) return v.toString('hex');
    if (typeof v === 'bigint') return `${v}n`;
    if (Array.isArray(v)) {
      const items = v.map((x) => walk(x, ''));
      return sorted.has(key) ? items.sort(byIdentity) : items;
    }
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) {
        const x = walk((v as Record<string, unknown>)[k], k);
        if (x !== undefined) out[k] = x;
      }
      return out;
    }
    return v;
  };
  return walk(value, '');
}

function identity(x: unknown): string {
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    return String(o.name ?? o.nodeId ?? o.apiKey ?? o.partitionIndex ?? JSON.stringify(o));
  }
  return String(x);
}

function byIdentity(a: unknown, b: unknown): number {
  const x = identity(a);
  const y = identity(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
