// Migration planning: which source topics, groups and schemas move, and what happens to each topic
// on the target (create, reuse an empty one, resume an import, re-produce into a non-empty one, or
// refuse on a partition-count conflict, or skip one that is evidently an earlier finished copy).
// decideTopic() is pure so the rules are unit-tested.
import type { ConfigEntry } from './kafka-client.js';

export interface Filters {
  include: RegExp[];
  exclude: RegExp[];
  includeInternal: boolean;
}

/** Topics Kafka and Kafka-compatible systems keep for themselves (never copied by default). */
export function isInternalTopic(name: string, flaggedInternal: boolean): boolean {
  return (
    flaggedInternal ||
    name.startsWith('__') ||
    name === '_schemas' ||
    name.startsWith('_confluent') ||
    name.startsWith('_gossip')
  );
}

/** Whole-name regex match, as MirrorMaker's topic lists. */
export function selected(name: string, filters: Filters, internal: boolean): boolean {
  if (internal && !filters.includeInternal) return false;
  // Anchored, so 'a|a-b' selects "a-b" too (a first-match exec would stop at "a").
  const full = (r: RegExp) => new RegExp(`^(?:${r.source})$`, r.flags.replace('g', '')).test(name);
  if (filters.include.length > 0 && !filters.include.some(full)) return false;
  return !filters.exclude.some(full);
}

export function compileFilters(include: string[], exclude: string[], includeInternal = false): Filters {
  return {
    include: include.map((s) => new RegExp(s)),
    exclude: exclude.map((s) => new RegExp(s)),
    includeInternal,
  };
}

export type TopicAction =
  | 'create'
  | 'import-into-empty'
  | 'resume-import'
  | 'translate'
  | 'already-copied'
  | 'conflict-partitions';

export interface TargetTopicState {
  partitions: number;
  /** Sum over partitions of (log end - log start): 0 for an empty topic. */
  empty: boolean;
  importMode: boolean;
  /**
   * Every partition has the source's log start and end offsets, and the batch holding the last
   * offset has the same base offset, last offset and CRC on both sides: an earlier copy that kept
   * the offsets and has finished (the checkpoint may be gone).
   */
  identicalToSource?: boolean;
}

/** What to do with one topic given the target's state and whether an earlier run preserved it. */
export function decideTopic(
  sourcePartitions: number,
  target: TargetTopicState | null,
  preservedBefore: boolean,
): TopicAction {
  if (target === null) return 'create';
  if (target.partitions !== sourcePartitions) return 'conflict-partitions';
  if (target.importMode || preservedBefore) return 'resume-import';
  if (target.empty) return 'import-into-empty';
  if (target.identicalToSource === true) return 'already-copied';
  return 'translate';
}

export interface TopicPlan {
  name: string;
  partitions: number;
  configs: ConfigEntry[];
  action: TopicAction;
  targetPartitions: number | null;
  /** Source offsets per partition at planning time. */
  sourceStart: number[];
  sourceEnd: number[];
}

export interface GroupPlan {
  groupId: string;
  state: string;
  offsets: { topic: string; partition: number; offset: number }[];
}

export interface SchemaPlan {
  subject: string;
  version: number;
  id: number;
}

export interface MigrationPlan {
  topics: TopicPlan[];
  groups: GroupPlan[];
  schemas: SchemaPlan[];
  conflicts: string[];
}

const actionText: Record<TopicAction, string> = {
  create: 'create, copy with offsets preserved',
  'import-into-empty': 'exists and is empty: copy with offsets preserved',
  'resume-import': 'resume copy with offsets preserved',
  translate: 'exists and is not empty: re-produce, offsets translated (offset map)',
  'already-copied': 'already copied (same offsets and last batch as the source): nothing to copy',
  'conflict-partitions': 'CONFLICT: different partition count on the target, skipped',
};

export function formatPlan(plan: MigrationPlan): string {
  const lines: string[] = ['Plan', '', 'Topics:'];
  for (const t of plan.topics) {
    const records = t.sourceEnd.reduce((a, e, i) => a + (e - (t.sourceStart[i] ?? 0)), 0);
    lines.push(
      `  ${t.name}  partitions=${t.partitions}${t.targetPartitions !== null && t.targetPartitions !== t.partitions ? ` (target ${t.targetPartitions})` : ''}  offsets=${records}  -> ${actionText[t.action]}`,
    );
    if (t.configs.length > 0)
      lines.push(`    configs: ${t.configs.map((c) => `${c.name}=${c.value}`).join(', ')}`);
  }
  if (plan.topics.length === 0) lines.push('  (none)');
  lines.push('', 'Consumer groups:');
  for (const g of plan.groups)
    lines.push(`  ${g.groupId} (${g.state}): ${g.offsets.length} committed offsets`);
  if (plan.groups.length === 0) lines.push('  (none)');
  lines.push('', 'Schemas:');
  const bySubject = new Map<string, SchemaPlan[]>();
  for (const s of plan.schemas) bySubject.set(s.subject, [...(bySubject.get(s.subject) ?? []), s]);
  for (const [subject, list] of bySubject)
    lines.push(`  ${subject}: ${list.map((s) => `v${s.version}=id ${s.id}`).join(', ')}`);
  if (plan.schemas.length === 0) lines.push('  (none or no registries given)');
  if (plan.conflicts.length > 0) {
    lines.push('', 'Conflicts:');
    for (const c of plan.conflicts) lines.push(`  ${c}`);
  }
  return `${lines.join('\n')}\n`;
}
