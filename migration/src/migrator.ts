// The migration run: plan, create target topics in import mode, copy every partition (raw batches at
// their original offsets through the import API, or re-produced with an offset map when the target
// topic already had data), copy group offsets and schemas, and for mirroring keep tailing (new
// topics and partitions included, groups and schemas synced periodically) until a cutover request.
// A few workers each copy one partition at a time, one bounded fetch at a time.
import { setTimeout as sleep } from 'node:timers/promises';
import { SystemClock } from '../../src/common/clock.js';
import {
  encodeRecordBatch,
  LAST_OFFSET_DELTA_OFFSET,
  RECORDS_COUNT_OFFSET,
  splitBatches,
} from '../../wire/record-batch/index.js';
import { identicalToSource } from './already-copied.js';
import type { CheckpointStore, PartitionCheckpoint } from './checkpoint.js';
import { offsetsAhead } from './group-sync.js';
import type { ImportApi } from './import-api.js';
import {
  type CommittedOffset,
  type ConfigEntry,
  ErrorCode,
  type KafkaClient,
  KafkaError,
  type TopicMetadata,
} from './kafka-client.js';
import type { OffsetMap } from './offset-map.js';
import {
  decideTopic,
  type Filters,
  type GroupPlan,
  isInternalTopic,
  type MigrationPlan,
  type SchemaPlan,
  selected,
  type TargetTopicState,
  type TopicPlan,
} from './plan.js';
import { streamBatches } from './record-stream.js';
import { importSchemas, type RegistryClient } from './schema-registry.js';
import type { Ui } from './ui.js';

export const IMPORT_MODE_CONFIG = 'gossip.import.mode';

export interface MigratorDeps {
  source: KafkaClient;
  target: KafkaClient;
  importApi: ImportApi | null;
  sourceRegistry: RegistryClient | null;
  targetRegistry: RegistryClient | null;
  checkpoint: CheckpointStore;
  offsetMap: OffsetMap;
  offsetMapPath: string | null;
  ui: Ui;
}

export interface MigratorOptions {
  topicFilters: Filters;
  groupFilters: Filters;
  fetchMaxBytes: number;
  workers: number;
  /** Test hook: pause this long after every acknowledged append (GOSSIP_MIGRATE_TEST_DELAY_MS). */
  appendDelayMs: number;
  pollIntervalMs: number;
  /** Mirror: how often group offsets and schemas are synced while tailing. */
  groupSyncIntervalMs: number;
}

export class Migrator {
  private readonly clock = new SystemClock();
  /** Groups seen with active members on the target (mirror: their skip is logged once). */
  private readonly activeOnTarget = new Set<string>();

  constructor(
    private readonly deps: MigratorDeps,
    private readonly options: MigratorOptions,
  ) {}

  // ---------------------------------------------------------------- plan

  async plan(): Promise<MigrationPlan> {
    const { source, target } = this.deps;
    const conflicts: string[] = [];
    const chosen = await this.selectedSourceTopics();
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
        await this.planTopic(
          t,
          configs.get(t.name) ?? [],
          targetTopics.get(t.name),
          targetConfigs.get(t.name) ?? [],
          conflicts,
        ),
      );
    }
    const groups = await this.sourceGroups(new Set(topics.map((t) => t.name)));
    const schemas: SchemaPlan[] = [];
    if (this.deps.sourceRegistry !== null) {
      for (const s of await this.deps.sourceRegistry.allVersions())
        schemas.push({ subject: s.subject, version: s.version, id: s.id });
    }
    return { topics, groups, schemas, conflicts };
  }

  /** Source topics the --include/--exclude filters select. */
  private async selectedSourceTopics(): Promise<TopicMetadata[]> {
    const all = await this.deps.source.metadata(null);
    return all.filter((t) =>
      selected(t.name, this.options.topicFilters, isInternalTopic(t.name, t.isInternal)),
    );
  }

  private async planTopic(
    t: TopicMetadata,
    configs: ConfigEntry[],
    tt: TopicMetadata | undefined,
    targetConfigs: ConfigEntry[],
    conflicts: string[],
  ): Promise<TopicPlan> {
    const { source, target, checkpoint } = this.deps;
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

  private async sourceGroups(topics: Set<string>): Promise<GroupPlan[]> {
    const out: GroupPlan[] = [];
    for (const g of await this.deps.source.listGroups()) {
      if (!selected(g.groupId, this.options.groupFilters, g.groupId.startsWith('_'))) continue;
      const offsets = (await this.deps.source.fetchOffsets(g.groupId)).filter((o) => topics.has(o.topic));
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
  async prepareTopics(plan: MigrationPlan): Promise<void> {
    for (const t of plan.topics) await this.prepareTopic(t);
    await this.deps.target.metadata(plan.topics.map((t) => t.name)).catch(() => undefined);
  }

  private async prepareTopic(t: TopicPlan): Promise<void> {
    const { target, checkpoint, ui } = this.deps;
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
  async finishTopics(plan: MigrationPlan): Promise<void> {
    for (const t of plan.topics) {
      if (!isPreserved(t) || t.action === 'already-copied') continue;
      await this.deps.target.alterTopicConfig(t.name, IMPORT_MODE_CONFIG, 'false');
    }
  }

  /**
   * Mirror pass: topics created on the source since the plan (matching the filters) are planned,
   * created on the target and added to `plan`; partitions added to a source topic are created on
   * the target; a topic deleted on the source is dropped from `plan` (the target topic is kept,
   * with import mode off). Returns the names of topics added or grown.
   */
  async refreshTopics(plan: MigrationPlan): Promise<string[]> {
    const { source, target, ui } = this.deps;
    const chosen = await this.selectedSourceTopics();
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
          changed.push(await this.addTopic(t, configs, targetTopics, targetConfigs, plan));
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
      await this.waitForTargetPartitions(t.name, now);
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
  private async addTopic(
    t: TopicMetadata,
    configs: Map<string, ConfigEntry[]>,
    targetTopics: Map<string, TopicMetadata>,
    targetConfigs: Map<string, ConfigEntry[]>,
    plan: MigrationPlan,
  ): Promise<string> {
    const { ui } = this.deps;
    const tp = await this.planTopic(
      t,
      configs.get(t.name) ?? [],
      targetTopics.get(t.name),
      targetConfigs.get(t.name) ?? [],
      plan.conflicts,
    );
    if (tp.action === 'already-copied') tp.action = 'resume-import';
    ui.log(`new topic on the source: ${t.name}`, { partitions: tp.partitions, action: tp.action });
    await this.prepareTopic(tp);
    await this.waitForTargetPartitions(tp.name, tp.partitions);
    plan.topics.push(tp);
    ui.startTopic(tp.name, 0);
    return tp.name;
  }

  /** Waits (up to ~10 s) until the target's metadata shows `count` partitions with leaders. */
  private async waitForTargetPartitions(topic: string, count: number): Promise<void> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const t = (await this.deps.target.metadata([topic]).catch(() => []))[0];
      if (t !== undefined && t.partitions.length >= count && t.partitions.every((p) => p.leader >= 0)) return;
      await sleep(200);
    }
  }

  // ---------------------------------------------------------------- data

  /**
   * Copies every partition of the plan up to `ends` (topic -> per-partition end offsets). Mirror
   * passes (`mirrorPass`) skip partitions the checkpoint shows as caught up and topics missing from
   * `ends`, and log a failing partition instead of stopping (the next pass retries it).
   */
  async copyAll(plan: MigrationPlan, ends: Map<string, number[]>, mirrorPass = false): Promise<void> {
    const queue: { topic: TopicPlan; partition: number }[] = [];
    for (const t of plan.topics) {
      if (t.action === 'conflict-partitions' || t.action === 'already-copied') continue;
      if (mirrorPass && !ends.has(t.name)) continue;
      for (let p = 0; p < t.partitions; p++) {
        // Mirror passes skip partitions the checkpoint shows as caught up (no request to either side).
        const done = this.deps.checkpoint.get(t.name, p)?.nextSourceOffset;
        if (mirrorPass && done !== undefined && done >= (ends.get(t.name)?.[p] ?? 0)) continue;
        queue.push({ topic: t, partition: p });
      }
    }
    const work = async () => {
      for (;;) {
        const item = queue.shift();
        if (item === undefined) return;
        const end = ends.get(item.topic.name)?.[item.partition] ?? 0;
        try {
          if (isPreserved(item.topic)) await this.copyPreserving(item.topic.name, item.partition, end);
          else await this.copyTranslating(item.topic.name, item.partition, end);
        } catch (error) {
          if (!mirrorPass) throw error;
          this.deps.ui.warn(
            `${item.topic.name}-${item.partition}: ${(error as Error).message}; retried on the next pass`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.options.workers) }, work));
  }

  /** Current source end offsets for every topic of the plan (mirror passes skip failing topics). */
  async sourceEnds(plan: MigrationPlan, mirrorPass = false): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    for (const t of plan.topics) {
      if (t.action === 'already-copied') continue;
      const ps = Array.from({ length: t.partitions }, (_, i) => i);
      try {
        const end = await this.deps.source.listOffsets(t.name, ps, 'latest');
        out.set(
          t.name,
          ps.map((p) => Number(end.get(p) ?? 0n)),
        );
      } catch (error) {
        if (!mirrorPass) throw error;
        this.deps.ui.warn(`topic ${t.name}: ${(error as Error).message}; retried on the next pass`);
      }
    }
    return out;
  }

  private importApi(): ImportApi {
    if (this.deps.importApi === null)
      throw new Error('--target-http and --import-token are needed to copy with offsets preserved');
    return this.deps.importApi;
  }

  private async copyPreserving(topic: string, partition: number, end: number): Promise<void> {
    const { source, checkpoint, ui } = this.deps;
    const api = this.importApi();
    let state = await api.state(topic, partition);
    const srcStart = Number((await source.listOffsets(topic, [partition], 'earliest')).get(partition) ?? 0n);
    // DeleteRecords can put the log start inside a batch: the whole batch is copied, then the
    // target's log start is moved to the same offset as the source's.
    const firstBase = await this.batchStart(topic, partition, srcStart);
    if (state.logEndOffset === state.logStartOffset && state.logEndOffset < firstBase) {
      state = await api.setOffsets(topic, partition, firstBase, firstBase);
    } else if (firstBase > state.logEndOffset) {
      ui.warn(
        `${topic}-${partition}: source log start ${srcStart} is past the target log end ${state.logEndOffset}; records in between were deleted on the source before they were copied`,
      );
    }
    const previous = checkpoint.get(topic, partition);
    const ck: PartitionCheckpoint = {
      mode: 'preserve',
      nextSourceOffset: state.logEndOffset,
      records: previous?.records ?? 0,
      bytes: previous?.bytes ?? 0,
    };
    let pos = Math.max(state.logEndOffset, firstBase);
    let emptyFetches = 0;
    while (pos < end) {
      let fetched: Awaited<ReturnType<KafkaClient['fetch']>>;
      try {
        fetched = await source.fetch(
          topic,
          partition,
          BigInt(Math.max(pos, srcStart)),
          this.options.fetchMaxBytes,
        );
      } catch (error) {
        if (error instanceof KafkaError && error.code === ErrorCode.OFFSET_OUT_OF_RANGE) {
          const start = Number(
            (await source.listOffsets(topic, [partition], 'earliest')).get(partition) ?? 0n,
          );
          if (start > pos) {
            ui.warn(
              `${topic}-${partition}: offsets ${pos}..${start - 1} were deleted on the source before they were copied`,
            );
          }
          break;
        }
        throw error;
      }
      const { batches } = splitBatches(fetched.records);
      let first = -1;
      let records = 0;
      let lastOffset = -1;
      for (let i = 0; i < batches.length; i++) {
        const span = batches[i]!;
        if (span.magic !== 2) {
          throw new Error(
            `${topic}-${partition}: the source sent a magic ${span.magic} message set; only v2 batches can be imported`,
          );
        }
        const base = Number(fetched.records.readBigInt64BE(span.offset));
        const last = base + fetched.records.readInt32BE(span.offset + LAST_OFFSET_DELTA_OFFSET);
        if (base < pos) {
          if (last >= pos) ui.warn(`${topic}-${partition}: batch ${base}..${last} straddles ${pos}; skipped`);
          continue;
        }
        if (first < 0) first = span.offset;
        records += fetched.records.readInt32BE(span.offset + RECORDS_COUNT_OFFSET);
        lastOffset = last;
      }
      if (first < 0) {
        if (++emptyFetches >= 3) {
          ui.warn(`${topic}-${partition}: no batch between ${pos} and ${end} on the source`);
          break;
        }
        continue;
      }
      emptyFetches = 0;
      const body = fetched.records.subarray(first);
      const reply = await api.appendBatches(topic, partition, body);
      if (reply.logEndOffset !== lastOffset + 1) {
        throw new Error(
          `${topic}-${partition}: import acknowledged log end ${reply.logEndOffset}, expected ${lastOffset + 1}`,
        );
      }
      ui.advance(topic, reply.logEndOffset - pos, records, body.length);
      pos = reply.logEndOffset;
      ck.nextSourceOffset = pos;
      ck.records += records;
      ck.bytes += body.length;
      checkpoint.update(topic, partition, ck);
      if (this.options.appendDelayMs > 0) await sleep(this.options.appendDelayMs);
    }
    checkpoint.update(topic, partition, ck);
    if (state.logStartOffset < srcStart && srcStart <= pos) await api.setOffsets(topic, partition, srcStart);
  }

  /** Base offset of the source batch holding `offset` (`offset` itself when none does). */
  private async batchStart(topic: string, partition: number, offset: number): Promise<number> {
    const f = await this.deps.source.fetch(topic, partition, BigInt(offset), 64 * 1024).catch(() => null);
    if (f === null || f.records.length < 61) return offset;
    const base = Number(f.records.readBigInt64BE(0));
    const last = base + f.records.readInt32BE(LAST_OFFSET_DELTA_OFFSET);
    return base < offset && offset <= last ? base : offset;
  }

  private async copyTranslating(topic: string, partition: number, end: number): Promise<void> {
    const { source, target, checkpoint, offsetMap, ui } = this.deps;
    const srcStart = Number((await source.listOffsets(topic, [partition], 'earliest')).get(partition) ?? 0n);
    const ck: PartitionCheckpoint = checkpoint.get(topic, partition) ?? {
      mode: 'translate',
      nextSourceOffset: srcStart,
      records: 0,
      bytes: 0,
    };
    const from = Math.max(ck.nextSourceOffset, srcStart);
    const reached = await streamBatches(
      source,
      topic,
      partition,
      from,
      end,
      { maxBytes: this.options.fetchMaxBytes, committedOnly: true },
      async ({ batch, sizeBytes }) => {
        const base = Number(batch.baseOffset);
        const records = batch.records.filter((r) => base + r.offsetDelta >= ck.nextSourceOffset);
        if (records.length > 0) {
          const encoded = encodeRecordBatch({
            compression: batch.compression,
            records: records.map((r, i) => ({
              key: r.key,
              value: r.value,
              headers: r.headers,
              timestamp: r.timestamp,
              offsetDelta: i,
            })),
          });
          const targetBase = Number(await target.produce(topic, partition, encoded));
          for (let i = 0; i < records.length; i++) {
            offsetMap.add(topic, partition, base + records[i]!.offsetDelta, targetBase + i);
          }
          if (this.deps.offsetMapPath !== null) offsetMap.save(this.deps.offsetMapPath);
        }
        const next = base + batch.lastOffsetDelta + 1;
        ui.advance(topic, next - ck.nextSourceOffset, records.length, sizeBytes);
        ck.nextSourceOffset = next;
        ck.records += records.length;
        ck.bytes += sizeBytes;
        checkpoint.update(topic, partition, ck);
      },
    );
    if (reached > ck.nextSourceOffset) {
      ck.nextSourceOffset = reached;
      checkpoint.update(topic, partition, ck);
    }
  }

  // ---------------------------------------------------------------- groups

  /** Source group offsets as they should be on the target (identical, or through the offset map). */
  async expectedGroupOffsets(plan: MigrationPlan): Promise<Map<string, CommittedOffset[]>> {
    const byName = new Map(
      plan.topics.filter((t) => t.action !== 'conflict-partitions').map((t) => [t.name, t]),
    );
    const out = new Map<string, CommittedOffset[]>();
    for (const g of await this.sourceGroups(new Set(byName.keys()))) {
      const source = await this.deps.source.fetchOffsets(g.groupId);
      const mapped: CommittedOffset[] = [];
      for (const o of source) {
        const t = byName.get(o.topic);
        if (t === undefined) continue;
        if (isPreserved(t)) {
          mapped.push(o);
          continue;
        }
        const targetEnd = Number(
          (await this.deps.target.listOffsets(o.topic, [o.partition], 'latest')).get(o.partition) ?? 0n,
        );
        const translated = this.deps.offsetMap.translate(o.topic, o.partition, Number(o.offset), targetEnd);
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
  async syncGroups(plan: MigrationPlan, periodic = false): Promise<void> {
    const { target, ui } = this.deps;
    for (const [groupId, offsets] of await this.expectedGroupOffsets(plan)) {
      try {
        const onTarget = await target.describeGroup(groupId).catch(() => null);
        if (onTarget !== null && onTarget.members > 0) {
          // Logged once per group while mirroring, every time otherwise.
          if (!periodic || !this.activeOnTarget.has(groupId))
            ui.warn(
              `group ${groupId} has ${onTarget.members} active members on the target; its offsets are not overwritten`,
            );
          this.activeOnTarget.add(groupId);
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
  async syncSchemas(periodic = false): Promise<void> {
    const { sourceRegistry, targetRegistry, ui } = this.deps;
    if (sourceRegistry === null || targetRegistry === null) return;
    try {
      const r = await importSchemas(sourceRegistry, targetRegistry, (m) => ui.log(m), periodic);
      for (const e of r.errors) ui.warn(`schema ${e}`);
    } catch (error) {
      if (!periodic) throw error;
      ui.warn(`schemas: ${(error as Error).message}; retried on the next sync`);
    }
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

/** Offsets on the target are the source's (copied with them preserved, now or by an earlier run). */
export function isPreserved(t: TopicPlan): boolean {
  return (
    t.action === 'create' ||
    t.action === 'import-into-empty' ||
    t.action === 'resume-import' ||
    t.action === 'already-copied'
  );
}
