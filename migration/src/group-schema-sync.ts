// Consumer group offsets and schemas of a migration: computes each source group's offsets as they
// should be on the target (identical, or through the offset map), commits them without moving any
// target offset backwards, and imports missing schemas with their original ids.
import { offsetsAhead } from './group-sync.js';
import { type CommittedOffset, KafkaError } from './kafka-client.js';
import { isPreserved, type MigrationContext } from './migration-context.js';
import type { MigrationPlan } from './plan.js';
import { importSchemas } from './schema-registry.js';
import { sourceGroups } from './topic-setup.js';

/** Source group offsets as they should be on the target (identical, or through the offset map). */
export async function expectedGroupOffsets(
  ctx: MigrationContext,
  plan: MigrationPlan,
): Promise<Map<string, CommittedOffset[]>> {
  const byName = new Map(
    plan.topics.filter((t) => t.action !== 'conflict-partitions').map((t) => [t.name, t]),
  );
  const out = new Map<string, CommittedOffset[]>();
  for (const g of await sourceGroups(ctx, new Set(byName.keys()))) {
    const source = await ctx.deps.source.fetchOffsets(g.groupId);
    const mapped: CommittedOffset[] = [];
    for (const o of source) {
      const t = byName.get(o.topic);
      if (t === undefined) continue;
      if (isPreserved(t)) {
        mapped.push(o);
        continue;
      }
      const targetEnd = Number(
        (await ctx.deps.target.listOffsets(o.topic, [o.partition], 'latest')).get(o.partition) ?? 0n,
      );
      const translated = ctx.deps.offsetMap.translate(o.topic, o.partition, Number(o.offset), targetEnd);
      mapped.push({ ...o, offset: BigInt(translated ?? targetEnd) });
    }
    out.set(g.groupId, mapped);
  }
  return out;
}

/**
 * Commits the expected offsets of each source group on the target, except for groups with active
 * members on the target (their consumers own the offsets), and never moves a target offset
 * backwards. An OffsetCommit the target refuses (the group became active) is logged and skipped.
 * `periodic` (mirror passes) keeps the log to groups that changed.
 */
export async function syncGroups(
  ctx: MigrationContext,
  plan: MigrationPlan,
  periodic = false,
): Promise<void> {
  const { target, ui } = ctx.deps;
  for (const [groupId, offsets] of await expectedGroupOffsets(ctx, plan)) {
    try {
      const onTarget = await target.describeGroup(groupId).catch(() => null);
      if (onTarget !== null && onTarget.members > 0) {
        // Logged once per group while mirroring, every time otherwise.
        if (!periodic || !ctx.activeOnTarget.has(groupId))
          ui.warn(
            `group ${groupId} has ${onTarget.members} active members on the target; its offsets are not overwritten`,
          );
        ctx.activeOnTarget.add(groupId);
        continue;
      }
      const current = await target.fetchOffsets(groupId).catch(() => []);
      const ahead = offsetsAhead(offsets, current);
      if (ahead.length === 0) continue;
      try {
        await target.commitOffsets(groupId, ahead);
      } catch (error) {
        if (!(error instanceof KafkaError)) throw error;
        ui.warn(`group ${groupId}: the target refused the commit (${error.message}); skipped this time`);
        continue;
      }
      ui.log(`group ${groupId}: ${ahead.length} offsets committed on the target`);
    } catch (error) {
      ui.warn(`group ${groupId}: ${(error as Error).message}`);
    }
  }
}

/** Imports source schemas missing on the target (original ids); `periodic` logs only changes. */
export async function syncSchemas(ctx: MigrationContext, periodic = false): Promise<void> {
  const { sourceRegistry, targetRegistry, ui } = ctx.deps;
  if (sourceRegistry === null || targetRegistry === null) return;
  try {
    const r = await importSchemas(sourceRegistry, targetRegistry, (m) => ui.log(m), periodic);
    for (const e of r.errors) ui.warn(`schema ${e}`);
  } catch (error) {
    if (!periodic) throw error;
    ui.warn(`schemas: ${(error as Error).message}; retried on the next sync`);
  }
}
