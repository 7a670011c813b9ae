// The migration run: plan, create target topics in import mode, copy every partition (raw batches at
// their original offsets through the import API, or re-produced with an offset map when the target
// topic already had data), copy group offsets and schemas, and for mirroring keep tailing (new
// topics and partitions included, groups and schemas synced periodically) until a cutover request.
// The steps live in topic-setup.ts, partition-copy.ts and group-schema-sync.ts; this class runs them.
import { setTimeout as sleep } from 'node:timers/promises';
import { SystemClock } from '../../src/common/clock.js';
import { expectedGroupOffsets, syncGroups, syncSchemas } from './group-schema-sync.js';
import type { CommittedOffset } from './kafka-client.js';
import type { MigrationContext, MigratorDeps, MigratorOptions } from './migration-context.js';
import { copyAll, sourceEnds } from './partition-copy.js';
import type { MigrationPlan } from './plan.js';
import { finishTopics, planMigration, prepareTopics, refreshTopics } from './topic-setup.js';

export {
  IMPORT_MODE_CONFIG,
  isPreserved,
  type MigratorDeps,
  type MigratorOptions,
} from './migration-context.js';

export class Migrator {
  private readonly clock = new SystemClock();
  private readonly ctx: MigrationContext;

  constructor(
    private readonly deps: MigratorDeps,
    private readonly options: MigratorOptions,
  ) {
    this.ctx = { deps, options, activeOnTarget: new Set<string>() };
  }

  async plan(): Promise<MigrationPlan> {
    return planMigration(this.ctx);
  }

  /** Creates missing target topics (import mode on) and turns import mode on for empty ones. */
  async prepareTopics(plan: MigrationPlan): Promise<void> {
    return prepareTopics(this.ctx, plan);
  }

  /** Turns import mode off on every topic this run preserved (end of copy, or cutover). */
  async finishTopics(plan: MigrationPlan): Promise<void> {
    return finishTopics(this.ctx, plan);
  }

  /** Mirror pass: picks up topics and partitions added on the source (see topic-setup.ts). */
  async refreshTopics(plan: MigrationPlan): Promise<string[]> {
    return refreshTopics(this.ctx, plan);
  }

  /** Copies every partition of the plan up to `ends` (see partition-copy.ts). */
  async copyAll(plan: MigrationPlan, ends: Map<string, number[]>, mirrorPass = false): Promise<void> {
    return copyAll(this.ctx, plan, ends, mirrorPass);
  }

  /** Current source end offsets for every topic of the plan (mirror passes skip failing topics). */
  async sourceEnds(plan: MigrationPlan, mirrorPass = false): Promise<Map<string, number[]>> {
    return sourceEnds(this.ctx, plan, mirrorPass);
  }

  /** Source group offsets as they should be on the target (identical, or through the offset map). */
  async expectedGroupOffsets(plan: MigrationPlan): Promise<Map<string, CommittedOffset[]>> {
    return expectedGroupOffsets(this.ctx, plan);
  }

  /** Commits the expected source group offsets on the target (see group-schema-sync.ts). */
  async syncGroups(plan: MigrationPlan, periodic = false): Promise<void> {
    return syncGroups(this.ctx, plan, periodic);
  }

  /** Imports source schemas missing on the target (original ids); `periodic` logs only changes. */
  async syncSchemas(periodic = false): Promise<void> {
    return syncSchemas(this.ctx, periodic);
  }

  // ---------------------------------------------------------------- modes

  /** One-shot copy: data up to the source end offsets seen now, then groups, schemas, import off. */
  async copy(plan: MigrationPlan): Promise<void> {
    await this.prepareTopics(plan);
    await this.syncSchemas();
    const ends = await this.sourceEnds(plan);
    this.startProgress(plan, ends);
    await this.copyAll(plan, ends);
    this.deps.ui.stopBars();
    await this.syncGroups(plan);
    await this.finishTopics(plan);
    this.deps.checkpoint.data.state = 'done';
    this.deps.checkpoint.save();
  }

  /**
   * Mirror: copy, then keep tailing until `cutoverRequested()`; each pass also picks up new source
   * topics and partitions, and every groupSyncIntervalMs group offsets and schemas are synced.
   * At cutover: drain, sync groups and schemas a last time, import mode off.
   */
  async mirror(plan: MigrationPlan, cutoverRequested: () => boolean): Promise<void> {
    const { ui, checkpoint } = this.deps;
    // A finished earlier copy is tailed like any preserved topic: back into import mode.
    for (const t of plan.topics) if (t.action === 'already-copied') t.action = 'resume-import';
    await this.prepareTopics(plan);
    await this.syncSchemas();
    checkpoint.data.state = 'mirroring';
    checkpoint.save();
    let ends = await this.sourceEnds(plan);
    this.startProgress(plan, ends);
    await this.copyAll(plan, ends);
    await this.syncGroups(plan);
    let lastSync = this.clock.monotonicMs();
    ui.log('initial copy done; mirroring until cutover');
    while (!cutoverRequested()) {
      await sleep(this.options.pollIntervalMs);
      await this.refreshTopics(plan).catch((e: Error) =>
        ui.warn(`listing source topics: ${e.message}; retried on the next pass`),
      );
      const next = await this.sourceEnds(plan, true);
      for (const [topic, e] of next) {
        const grown = e.reduce((a, v, i) => a + Math.max(0, v - (ends.get(topic)?.[i] ?? 0)), 0);
        if (grown > 0) ui.extend(topic, grown);
      }
      ends = next;
      await this.copyAll(plan, ends, true);
      if (this.clock.monotonicMs() - lastSync >= this.options.groupSyncIntervalMs) {
        await this.syncSchemas(true);
        await this.syncGroups(plan, true).catch((e: Error) =>
          ui.warn(`group offsets: ${e.message}; retried at the next sync`),
        );
        lastSync = this.clock.monotonicMs();
      }
    }
    ui.log('cutover requested: draining to the source end offsets');
    await this.refreshTopics(plan).catch((e: Error) => ui.warn(`listing source topics: ${e.message}`));
    ends = await this.sourceEnds(plan);
    await this.copyAll(plan, ends);
    ui.stopBars();
    await this.syncSchemas();
    await this.syncGroups(plan);
    await this.finishTopics(plan);
    checkpoint.data.state = 'done';
    checkpoint.save();
  }

  private startProgress(plan: MigrationPlan, ends: Map<string, number[]>): void {
    for (const t of plan.topics) {
      if (t.action === 'conflict-partitions' || t.action === 'already-copied') continue;
      const e = ends.get(t.name) ?? [];
      let total = 0;
      for (let p = 0; p < t.partitions; p++) {
        const done = this.deps.checkpoint.get(t.name, p)?.nextSourceOffset ?? t.sourceStart[p] ?? 0;
        total += Math.max(0, (e[p] ?? 0) - Math.max(done, t.sourceStart[p] ?? 0));
      }
      this.deps.ui.startTopic(t.name, total);
    }
  }
}
