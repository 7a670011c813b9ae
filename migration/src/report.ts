// The parity report: per partition the log start/end offsets on both sides, record counts and a
// SHA-256 over offsets, timestamps, keys, values and headers (records decoded one fetch at a time);
// per group the committed offsets on both sides; per subject the schema ids. Any mismatch fails it.
import { createHash } from 'node:crypto';
import type { DecodedRecordBatch } from '../../wire/record-batch/index.js';
import type { CommittedOffset, KafkaClient } from './kafka-client.js';
import { isPreserved, type Migrator } from './migrator.js';
import type { OffsetMap } from './offset-map.js';
import type { MigrationPlan } from './plan.js';
import { streamBatches } from './record-stream.js';
import type { RegistryClient } from './schema-registry.js';

export interface PartitionSide {
  logStartOffset: number;
  logEndOffset: number;
  records: number;
  checksum: string;
}

export interface PartitionParity {
  topic: string;
  partition: number;
  mode: 'preserve' | 'translate';
  source: PartitionSide;
  target: PartitionSide;
  ok: boolean;
}

export interface GroupParity {
  groupId: string;
  offsets: { topic: string; partition: number; source: number; expected: number; target: number | null }[];
  ok: boolean;
}

export interface SubjectParity {
  subject: string;
  source: { version: number; id: number }[];
  target: { version: number; id: number }[];
  ok: boolean;
}

export interface ParityReport {
  ok: boolean;
  partitions: PartitionParity[];
  groups: GroupParity[];
  subjects: SubjectParity[];
}

export interface ReportDeps {
  source: KafkaClient;
  target: KafkaClient;
  migrator: Migrator;
  offsetMap: OffsetMap;
  sourceRegistry: RegistryClient | null;
  targetRegistry: RegistryClient | null;
  fetchMaxBytes: number;
}

function hashBatch(
  h: ReturnType<typeof createHash>,
  b: DecodedRecordBatch,
  withOffsets: boolean,
  from: number,
): number {
  const n = Buffer.alloc(8);
  let count = 0;
  for (const r of b.records) {
    if (Number(b.baseOffset) + r.offsetDelta < from) continue;
    count++;
    if (withOffsets) {
      n.writeBigInt64BE(b.baseOffset + BigInt(r.offsetDelta));
      h.update(n);
    }
    n.writeBigInt64BE(r.timestamp);
    h.update(n);
    for (const part of [r.key, r.value]) {
      n.writeInt32BE(part === null ? -1 : part.length);
      h.update(n.subarray(0, 4));
      if (part !== null) h.update(part);
    }
    n.writeInt32BE(r.headers.length);
    h.update(n.subarray(0, 4));
    for (const hd of r.headers) {
      h.update(`${hd.key}\u0000`);
      n.writeInt32BE(hd.value === null ? -1 : hd.value.length);
      h.update(n.subarray(0, 4));
      if (hd.value !== null) h.update(hd.value);
    }
  }
  return count;
}

async function side(
  client: KafkaClient,
  topic: string,
  partition: number,
  range: { from: number; to: number } | null,
  committedOnly: boolean,
  withOffsets: boolean,
  maxBytes: number,
): Promise<PartitionSide> {
  const start = Number((await client.listOffsets(topic, [partition], 'earliest')).get(partition) ?? 0n);
  const end = Number((await client.listOffsets(topic, [partition], 'latest')).get(partition) ?? 0n);
  const h = createHash('sha256');
  let records = 0;
  const from = range?.from ?? start;
  const to = range?.to ?? end;
  if (from < to) {
    await streamBatches(client, topic, partition, from, to, { maxBytes, committedOnly }, ({ batch }) => {
      records += hashBatch(h, batch, withOffsets, from);
    });
  }
  return { logStartOffset: start, logEndOffset: end, records, checksum: h.digest('hex').slice(0, 16) };
}

export async function buildReport(plan: MigrationPlan, deps: ReportDeps): Promise<ParityReport> {
  const partitions: PartitionParity[] = [];
  for (const t of plan.topics) {
    if (t.action === 'conflict-partitions') continue;
    for (let p = 0; p < t.partitions; p++) {
      if (isPreserved(t)) {
        const source = await side(deps.source, t.name, p, null, false, true, deps.fetchMaxBytes);
        const target = await side(deps.target, t.name, p, null, false, true, deps.fetchMaxBytes);
        const ok =
          source.logStartOffset === target.logStartOffset &&
          source.logEndOffset === target.logEndOffset &&
          source.records === target.records &&
          source.checksum === target.checksum;
        partitions.push({ topic: t.name, partition: p, mode: 'preserve', source, target, ok });
      } else {
        const runs = deps.offsetMap.runsOf(t.name, p);
        const first = runs[0];
        const source = await side(
          deps.source,
          t.name,
          p,
          first ? { from: first.source, to: Number.MAX_SAFE_INTEGER } : null,
          true,
          false,
          deps.fetchMaxBytes,
        );
        const targetFrom =
          first?.target ?? Number((await deps.target.listOffsets(t.name, [p], 'latest')).get(p) ?? 0n);
        const target = await side(
          deps.target,
          t.name,
          p,
          { from: targetFrom, to: Number.MAX_SAFE_INTEGER },
          true,
          false,
          deps.fetchMaxBytes,
        );
        const ok = source.records === target.records && source.checksum === target.checksum;
        partitions.push({ topic: t.name, partition: p, mode: 'translate', source, target, ok });
      }
    }
  }
  const groups: GroupParity[] = [];
  const expected = await deps.migrator.expectedGroupOffsets(plan);
  for (const [groupId, offsets] of expected) {
    const sourceOffsets = await deps.source.fetchOffsets(groupId);
    let targetOffsets: CommittedOffset[] = [];
    try {
      targetOffsets = await deps.target.fetchOffsets(groupId);
    } catch {
      targetOffsets = [];
    }
    const rows = offsets.map((o) => {
      const src = sourceOffsets.find((s) => s.topic === o.topic && s.partition === o.partition);
      const tgt = targetOffsets.find((s) => s.topic === o.topic && s.partition === o.partition);
      return {
        topic: o.topic,
        partition: o.partition,
        source: Number(src?.offset ?? -1n),
        expected: Number(o.offset),
        target: tgt === undefined ? null : Number(tgt.offset),
      };
    });
    groups.push({ groupId, offsets: rows, ok: rows.every((r) => r.target === r.expected) });
  }
  const subjects: SubjectParity[] = [];
  if (deps.sourceRegistry !== null && deps.targetRegistry !== null) {
    const src = await deps.sourceRegistry.allVersions();
    const tgt = await deps.targetRegistry.allVersions();
    const names = [...new Set(src.map((s) => s.subject))].sort();
    for (const subject of names) {
      const a = src
        .filter((s) => s.subject === subject)
        .map((s) => ({ version: s.version, id: s.id }))
        .sort((x, y) => x.version - y.version);
      const b = tgt
        .filter((s) => s.subject === subject)
        .map((s) => ({ version: s.version, id: s.id }))
        .sort((x, y) => x.version - y.version);
      subjects.push({ subject, source: a, target: b, ok: JSON.stringify(a) === JSON.stringify(b) });
    }
  }
  const ok =
    partitions.every((p) => p.ok) &&
    groups.every((g) => g.ok) &&
    subjects.every((s) => s.ok) &&
    plan.conflicts.length === 0;
  return { ok, partitions, groups, subjects };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatReport(report: ParityReport): string {
  const parts: string[] = ['Parity report', ''];
  parts.push(
    table(
      [
        'topic',
        'p',
        'mode',
        'src start',
        'src end',
        'tgt start',
        'tgt end',
        'src records',
        'tgt records',
        'src checksum',
        'tgt checksum',
        'ok',
      ],
      report.partitions.map((p) => [
        p.topic,
        String(p.partition),
        p.mode,
        String(p.source.logStartOffset),
        String(p.source.logEndOffset),
        String(p.target.logStartOffset),
        String(p.target.logEndOffset),
        String(p.source.records),
        String(p.target.records),
        p.source.checksum,
        p.target.checksum,
        p.ok ? 'ok' : 'MISMATCH',
      ]),
    ),
  );
  if (report.groups.length > 0) {
    parts.push('');
    parts.push(
      table(
        ['group', 'topic', 'p', 'source', 'expected', 'target', 'ok'],
        report.groups.flatMap((g) =>
          g.offsets.map((o) => [
            g.groupId,
            o.topic,
            String(o.partition),
            String(o.source),
            String(o.expected),
            String(o.target ?? '-'),
            o.target === o.expected ? 'ok' : 'MISMATCH',
          ]),
        ),
      ),
    );
  }
  if (report.subjects.length > 0) {
    parts.push('');
    parts.push(
      table(
        ['subject', 'source version=id', 'target version=id', 'ok'],
        report.subjects.map((s) => [
          s.subject,
          s.source.map((v) => `${v.version}=${v.id}`).join(' '),
          s.target.map((v) => `${v.version}=${v.id}`).join(' '),
          s.ok ? 'ok' : 'MISMATCH',
        ]),
      ),
    );
  }
  parts.push('', report.ok ? 'RESULT: clean (source and target match)' : 'RESULT: MISMATCH', '');
  return parts.join('\n');
}
