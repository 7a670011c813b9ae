// Topic side of a migration: planning (source topics, their target state, groups and schemas),
// creating target topics in import mode, turning import mode off at the end, and the mirror pass
// that picks up topics and partitions added to (or topics deleted from) the source.
import { setTimeout as sleep } from 'node:timers/promises';
import { identicalToSource } from './already-copied.js';
import { type ConfigEntry, ErrorCode, KafkaError, type TopicMetadata } from './kafka-client.js';
import { IMPORT_MODE_CONFIG, isPreserved, type MigrationContext } from './migration-context.js';
import {
  decideTopic,
  type GroupPlan,
  isInternalTopic,
  type MigrationPlan,
  type SchemaPlan,
  selected,
  type TargetTopicState,
  type TopicPlan,
} from './plan.js';

export async function planMigration(ctx: MigrationContext): Promise<MigrationPlan> {
  const { source, target } = ctx.deps;
  const conflicts: string[] = [];
  const chosen = await selectedSourceTopics(ctx);
  const configs = await source.describeTopicConfigs(
    chosen.map((t) => t.name),
    true,
  );
  const targetTopics = new Map((await target.metadata(null)).map((t) => [t.name, t]));
  const existing = chosen.filter((t) => targetTopics.has(t.name)).map((t) => t.name);
  const targetConfigs = await target
    .describeTopicConfigs(existing, false)
    .catch(() => new Map<string, ConfigEntry[]>());
  const topics: TopicPlan[] = [];
  for (const t of chosen) {
    topics.push(
      await planTopic(
        ctx,
        t,
        configs.get(t.name) ?? [],
        targetTopics.get(t.name),
        targetConfigs.get(t.name) ?? [],
        conflicts,
      ),
    );
  }
  const groups = await sourceGroups(ctx, new Set(topics.map((t) => t.name)));
  const schemas: SchemaPlan[] = [];
  if (ctx.deps.sourceRegistry !== null) {
    for (const s of await ctx.deps.sourceRegistry.allVersions())
      schemas.push({ subject: s.subject, version: s.version, id: s.id });
  }
  return { topics, groups, schemas, conflicts };
}

/** Source topics the --include/--exclude filters select. */
async function selectedSourceTopics(ctx: MigrationContext): Promise<TopicMetadata[]> {
  const all = await ctx.deps.source.metadata(null);
  return all.filter((t) => selected(t.name, ctx.options.topicFilters, isInternalTopic(t.name, t.isInternal)));
}

async function planTopic(
  ctx: MigrationContext,
  t: TopicMetadata,
  configs: ConfigEntry[],
  tt: TopicMetadata | undefined,
  targetConfigs: ConfigEntry[],
  conflicts: string[],
): Promise<TopicPlan> {
  const { source, target, checkpoint } = ctx.deps;
  const ps = t.partitions.map((p) => p.partition);
  const start = await source.listOffsets(t.name, ps, 'earliest');
  const end = await source.listOffsets(t.name, ps, 'latest');
  let state: TargetTopicState | null = null;
  if (tt !== undefined) {
    const tps = tt.partitions.map((p) => p.partition);
    const ts = await target.listOffsets(t.name, tps, 'earliest');
    const te = await target.listOffsets(t.name, tps, 'latest');
    const empty = tps.every((p) => ts.get(p) === te.get(p));
    const importMode = targetConfigs.some((c) => c.name === IMPORT_MODE_CONFIG && c.value === 'true');
    state = { partitions: tt.partitions.length, empty, importMode };
    if (!empty && !importMode && tps.length === ps.length) {
      state.identicalToSource = await identicalToSource(
        source,
        target,
        t.name,
        ps,
        { start, end },
        { start: ts, end: te },
      );
    }
  }
  const action = decideTopic(t.partitions.length, state, checkpoint.data.preservedTopics.includes(t.name));
  if (action === 'conflict-partitions') {
    conflicts.push(
      `topic ${t.name}: ${t.partitions.length} partitions on the source, ${state?.partitions} on the target`,
    );
  }
  return {
    name: t.name,
    partitions: t.partitions.length,
    configs: configs.filter((c) => c.name !== IMPORT_MODE_CONFIG),
    action,
    targetPartitions: state?.partitions ?? null,
    sourceStart: ps.map((p) => Number(start.get(p) ?? 0n)),
    sourceEnd: ps.map((p) => Number(end.get(p) ?? 0n)),
  };
}

export async function sourceGroups(ctx: MigrationContext, topics: Set<string>): Promise<GroupPlan[]> {
  const out: GroupPlan[] = [];
  for (const g of await ctx.deps.source.listGroups()) {
    if (!selected(g.groupId, ctx.options.groupFilters, g.groupId.startsWith('_'))) continue;
    const offsets = (await ctx.deps.source.fetchOffsets(g.groupId)).filter((o) => topics.has(o.topic));
    if (offsets.length === 0) continue;
    out.push({
      groupId: g.groupId,
      state: g.state,
      offsets: offsets.map((o) => ({ topic: o.topic, partition: o.partition, offset: Number(o.offset) })),
    });
  }
  return out;
}

// ---------------------------------------------------------------- topics

/** Creates missing target topics (import mode on) and turns import mode on for empty ones. */
export async function prepareTopics(ctx: MigrationContext, plan: MigrationPlan): Promise<void> {
  for (const t of plan.topics) await prepareTopic(ctx, t);
  await ctx.deps.target.metadata(plan.topics.map((t) => t.name)).catch(() => undefined);
}

async function prepareTopic(ctx: MigrationContext, t: TopicPlan): Promise<void> {
  const { target, checkpoint, ui } = ctx.deps;
  if (t.action === 'create') {
    const configs = [...t.configs, { name: IMPORT_MODE_CONFIG, value: 'true' }];
    let r = await target.createTopic(t.name, t.partitions, configs);
    if (r.errorCode !== 0 && r.errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS && t.configs.length > 0) {
      ui.warn(
        `creating ${t.name} with the source configs failed (${r.message ?? r.errorCode}); retrying with defaults`,
        {
          configs: t.configs,
        },
      );
      r = await target.createTopic(t.name, t.partitions, [{ name: IMPORT_MODE_CONFIG, value: 'true' }]);
    }
    if (r.errorCode !== 0 && r.errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS) {
      throw new KafkaError(`CreateTopics ${t.name}: ${r.message ?? ''}`, r.errorCode);
    }
    checkpoint.markPreserved(t.name);
    ui.log(`created topic ${t.name}`, { partitions: t.partitions, configs: t.configs.length });
  } else if (t.action === 'import-into-empty' || t.action === 'resume-import') {
    await target.alterTopicConfig(t.name, IMPORT_MODE_CONFIG, 'true');
    checkpoint.markPreserved(t.name);
  } else if (t.action === 'already-copied') {
    ui.log(`topic ${t.name} is already copied (same offsets and last batch as the source); skipped`);
  }
}

/** Turns import mode off on every topic this run preserved (end of copy, or cutover). */
export async function finishTopics(ctx: MigrationContext, plan: MigrationPlan): Promise<void> {
  for (const t of plan.topics) {
    if (!isPreserved(t) || t.action === 'already-copied') continue;
    await ctx.deps.target.alterTopicConfig(t.name, IMPORT_MODE_CONFIG, 'false');
  }
}

/**
 * Mirror pass: topics created on the source since the plan (matching the filters) are planned,
 * created on the target and added to `plan`; partitions added to a source topic are created on
 * the target; a topic deleted on the source is dropped from `plan` (the target topic is kept,
 * with import mode off). Returns the names of topics added or grown.
 */
export async function refreshTopics(ctx: MigrationContext, plan: MigrationPlan): Promise<string[]> {
  const { source, target, ui } = ctx.deps;
  const chosen = await selectedSourceTopics(ctx);
  const onSource = new Map(chosen.map((t) => [t.name, t]));
  const changed: string[] = [];
  for (const t of [...plan.topics]) {
    if (onSource.has(t.name)) continue;
    // Confirm with a metadata request for the topic alone (kept when that fails) before dropping it.
    const alone = await source.metadata([t.name]).catch(() => null);
    if (alone === null || alone.length > 0) continue;
    ui.warn(`topic ${t.name} was deleted on the source; it is no longer copied (the target topic is kept)`);
    plan.topics.splice(plan.topics.indexOf(t), 1);
    if (isPreserved(t) && t.action !== 'already-copied') {
      await target
        .alterTopicConfig(t.name, IMPORT_MODE_CONFIG, 'false')
        .catch((e: Error) => ui.warn(`topic ${t.name}: ${e.message}`));
    }
  }
  const known = new Set(plan.topics.map((t) => t.name));
  const added = chosen.filter((t) => !known.has(t.name));
  if (added.length > 0) {
    const configs = await source.describeTopicConfigs(
      added.map((t) => t.name),
      true,
    );
    const targetTopics = new Map((await target.metadata(added.map((t) => t.name))).map((t) => [t.name, t]));
    const targetConfigs = await target
      .describeTopicConfigs([...targetTopics.keys()], false)
      .catch(() => new Map<string, ConfigEntry[]>());
    for (const t of added) {
      try {
        changed.push(await addTopic(ctx, t, configs, targetTopics, targetConfigs, plan));
      } catch (error) {
        ui.warn(`new topic ${t.name}: ${(error as Error).message}; retried on the next pass`);
      }
    }
  }
  for (const t of plan.topics) {
    const now = onSource.get(t.name)?.partitions.length ?? t.partitions;
    if (now <= t.partitions || t.action === 'conflict-partitions') continue;
    const r = await target.createPartitions(t.name, now);
    const targetCount = (await target.metadata([t.name]))[0]?.partitions.length ?? 0;
    if (r.errorCode !== 0 && targetCount !== now) {
      ui.warn(
        `topic ${t.name}: ${now} partitions on the source; growing the target failed (${r.message ?? r.errorCode})`,
      );
      continue;
    }
    ui.log(`topic ${t.name}: partitions added on the source`, { from: t.partitions, to: now });
    await waitForTargetPartitions(ctx, t.name, now);
    for (let p = t.partitions; p < now; p++) {
      t.sourceStart.push(0);
      t.sourceEnd.push(0);
    }
    t.partitions = now;
    t.targetPartitions = now;
    changed.push(t.name);
  }
  return changed;
}

/** Plans a topic that appeared on the source, creates it on the target and adds it to `plan`. */
async function addTopic(
  ctx: MigrationContext,
  t: TopicMetadata,
  configs: Map<string, ConfigEntry[]>,
  targetTopics: Map<string, TopicMetadata>,
  targetConfigs: Map<string, ConfigEntry[]>,
  plan: MigrationPlan,
): Promise<string> {
  const { ui } = ctx.deps;
  const tp = await planTopic(
    ctx,
    t,
    configs.get(t.name) ?? [],
    targetTopics.get(t.name),
    targetConfigs.get(t.name) ?? [],
    plan.conflicts,
  );
  if (tp.action === 'already-copied') tp.action = 'resume-import';
  ui.log(`new topic on the source: ${t.name}`, { partitions: tp.partitions, action: tp.action });
  await prepareTopic(ctx, tp);
  await waitForTargetPartitions(ctx, tp.name, tp.partitions);
  plan.topics.push(tp);
  ui.startTopic(tp.name, 0);
  return tp.name;
}

/** Waits (up to ~10 s) until the target's metadata shows `count` partitions with leaders. */
async function waitForTargetPartitions(ctx: MigrationContext, topic: string, count: number): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const t = (await ctx.deps.target.metadata([topic]).catch(() => []))[0];
    if (t !== undefined && t.partitions.length >= count && t.partitions.every((p) => p.leader >= 0)) return;
    await sleep(200);
  }
}
