// Helpers for the schema registry's tests: a SchemaStore over a real PartitionLog in its own temp
// dir (the same storage path the broker uses for `_schemas`), reopenable to test restarts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionContext } from 'ava';
import { ManualClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { logConfigFrom } from '../log/log-config.js';
import { PartitionLog } from '../log/partition-log.js';
import { PartitionSchemaLog } from './partition-schema-log.js';
import { createSchemaStore, type SchemaStore } from './schema-store.js';

export interface OpenedStore {
  store: SchemaStore;
  log: PartitionLog;
  clock: ManualClock;
  close(): Promise<void>;
}

export async function schemasDir(t: ExecutionContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gossip-schemas-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens `_schemas-0` in `dir` and replays it into a store; close() closes the log. */
export async function openStore(
  t: ExecutionContext,
  dir: string,
  topicConfig: Record<string, string> = {},
): Promise<OpenedStore> {
  const clock = new ManualClock(1_700_000_000_000);
  const log = await PartitionLog.open({
    dir: join(dir, '_schemas-0'),
    topic: '_schemas',
    partition: 0,
    config: logConfigFrom(
      new Map([['cleanup.policy', 'compact'], ...Object.entries(topicConfig)]),
      new Map(),
    ),
    clock,
    logger: silentLogger(),
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await log.close();
  };
  t.teardown(close);
  const store = await createSchemaStore(new PartitionSchemaLog(log, clock));
  return { store, log, clock, close };
}

export const userV1 = JSON.stringify({
  type: 'record',
  name: 'User',
  namespace: 'com.example',
  fields: [{ name: 'name', type: 'string' }],
});

/** userV1 plus an optional field with a default: compatible in every direction. */
export const userV2 = JSON.stringify({
  type: 'record',
  name: 'User',
  namespace: 'com.example',
  fields: [
    { name: 'name', type: 'string' },
    { name: 'age', type: 'int', default: 0 },
  ],
});

export function avroInput(schema: string) {
  return { schema, schemaType: 'AVRO' as const, references: [], normalize: false };
}
