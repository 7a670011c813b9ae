// Shared shape of a migration run: the clients and stores it works with, its tuning options, and
// the rule telling whether a topic's offsets are preserved on the target. Kept apart from the
// Migrator class so the topic, copy and sync modules can use it without importing one another.
import type { CheckpointStore } from './checkpoint.js';
import type { ImportApi } from './import-api.js';
import type { KafkaClient } from './kafka-client.js';
import type { OffsetMap } from './offset-map.js';
import type { Filters, TopicPlan } from './plan.js';
import type { RegistryClient } from './schema-registry.js';
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

/** What the topic, copy and sync steps of one Migrator share. */
export interface MigrationContext {
  deps: MigratorDeps;
  options: MigratorOptions;
  /** Groups seen with active members on the target (mirror: their skip is logged once). */
  activeOnTarget: Set<string>;
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
