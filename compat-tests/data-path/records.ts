// The deterministic record set every data-path test produces and checks: a seeded generator of keys
// (some null), values (null, empty, 1 B to 2 KiB), headers (0-3, some null-valued), partitions and
// timestamps, written as JSONL (bytes in base64) that the Python and Java drivers read, plus the
// delimiters the kcat producer needs. What a client cannot express is a projection of the same set
// (kcatProjection, kafkaPythonProjection, kafkajsProjection next to each driver).
import { writeFile } from 'node:fs/promises';
import { SeededRandom } from '../../src/common/random.js';

export type Header = [name: string, value: Buffer | null];

export interface TestRecord {
  partition: number;
  /** CreateTime the producer sets (clients that can); kcat leaves it to librdkafka. */
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: Header[];
}

export interface GenerateOptions {
  count: number;
  seed: number;
  partitions: number;
  /** Timestamp of record 0; record i gets baseTimestamp + i * timestampStepMs. */
  baseTimestamp?: number;
  timestampStepMs?: number;
}

/** 2025-01-01T00:00:00Z: in the past (Kafka rejects CreateTime > now + 1 h), fixed for replay. */
export const defaultBaseTimestamp = 1_735_689_600_000;
const words = ['gossip', 'kafka', 'record', 'batch', 'offset', 'partition', 'leader', 'epoch', ' ', '\n'];
const valueBytesMax = 2048;

/** Bytes a kcat producer run uses as delimiters, so generated keys and values never contain them. */
export const kcatMessageDelimiter = 0x01;
export const kcatKeyDelimiter = 0x02;

function value(random: SeededRandom): Buffer | null {
  const roll = random.int(100);
  if (roll < 5) return null;
  if (roll < 10) return Buffer.alloc(0);
  const size = roll < 90 ? 1 + random.int(200) : 200 + random.int(valueBytesMax - 199);
  const out = Buffer.alloc(size);
  let at = 0;
  // Half text (so every codec has something to compress), half bytes 0x03-0xff (0x01 and 0x02
  // delimit kcat's input; 0x00 would end its -D argument).
  while (at < size) {
    if (random.int(2) === 0) {
      const word = words[random.int(words.length)] ?? '';
      at += out.write(word, at, 'latin1');
    } else {
      const run = Math.min(size - at, 1 + random.int(16));
      for (let i = 0; i < run; i++) out[at + i] = 3 + random.int(253);
      at += run;
    }
  }
  return out;
}

function key(random: SeededRandom, index: number): Buffer | null {
  const roll = random.int(10);
  if (roll === 0) return null;
  if (roll === 1) return Buffer.from(`ключ-${index}-é`, 'utf8');
  return Buffer.from(`key-${index % 997}`, 'latin1');
}

function headers(random: SeededRandom, index: number): Header[] {
  const count = random.int(4);
  const out: Header[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random.int(6);
    const headerValue =
      roll === 0 ? null : roll === 1 ? Buffer.alloc(0) : Buffer.from(`v${index}x${random.int(1_000_000)}`);
    out.push([`h${i}-${random.int(3)}`, headerValue]);
  }
  return out;
}

/** The same options always give the same records. */
export function generateRecords(options: GenerateOptions): TestRecord[] {
  const random = new SeededRandom(options.seed);
  const base = options.baseTimestamp ?? defaultBaseTimestamp;
  const step = options.timestampStepMs ?? 1;
  const records: TestRecord[] = [];
  for (let i = 0; i < options.count; i++) {
    records.push({
      partition: random.int(options.partitions),
      timestamp: base + i * step,
      key: key(random, i),
      value: value(random),
      headers: headers(random, i),
    });
  }
  return records;
}

function b64(bytes: Buffer | null): string | null {
  return bytes === null ? null : bytes.toString('base64');
}

/** One JSONL line per record: {"p","ts","k","v","h":[[name, value]]}, bytes in base64, null kept. */
export async function writeRecordsJsonl(path: string, records: readonly TestRecord[]): Promise<void> {
  const lines = records.map((r) =>
    JSON.stringify({
      p: r.partition,
      ts: r.timestamp,
      k: b64(r.key),
      v: b64(r.value),
      h: r.headers.map(([name, v]) => [name, b64(v)]),
    }),
  );
  await writeFile(path, `${lines.join('\n')}\n`);
}

/** What a consumer saw: a record plus where it was stored. */
export interface ConsumedRecord {
  partition: number;
  offset: number;
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: Header[];
}

interface ConsumedJson {
  p: number;
  o: number;
  ts: number;
  k: string | null;
  v: string | null;
  h: Array<[string, string | null]>;
}

function fromB64(text: string | null): Buffer | null {
  return text === null ? null : Buffer.from(text, 'base64');
}

/** Parses the JSONL the Python and Java consumers print (same fields as the input plus "o"). */
export function parseConsumedJsonl(text: string): ConsumedRecord[] {
  const out: ConsumedRecord[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || !line.startsWith('{')) continue;
    const r = JSON.parse(line) as ConsumedJson;
    out.push({
      partition: r.p,
      offset: r.o,
      timestamp: r.ts,
      key: fromB64(r.k),
      value: fromB64(r.v),
      headers: r.h.map(([name, v]) => [name, fromB64(v)]),
    });
  }
  return out;
}
