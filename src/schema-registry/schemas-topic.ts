// The broker's `_schemas` topic for the schema registry (one partition, cleanup.policy=compact, like
// Confluent's kafkastore topic). It is created on the first write, not at start, so a broker whose
// registry is never used has no extra topic; reading before then sees an empty registry.
import type { Clock } from '../common/clock.js';
import type { PartitionLog } from '../log/partition-log.js';
import { storeError } from './errors.js';
import { PartitionSchemaLog } from './partition-schema-log.js';
import type { SchemaLog } from './schema-store.js';

export const SCHEMAS_TOPIC = '_schemas';
const TOPIC_ALREADY_EXISTS = 36;

export interface SchemasTopicDeps {
  metadata: {
    image(): { topics: ReadonlyMap<string, unknown> };
    createTopic(request: {
      name: string;
      numPartitions: number;
      replicationFactor: number;
      configs: Record<string, string>;
    }): Promise<{ errorCode: number; errorMessage: string | null }>;
  };
  logs: { get(topic: string, partition: number): PartitionLog | undefined };
  /** Resolves once logs for committed metadata changes exist (the partition reconciler). */
  logsSettled(): Promise<void>;
  clock: Clock;
}

/** Creates `_schemas` when missing, waits for its log on this node, and returns a log over it. */
export async function openSchemasTopic(deps: SchemasTopicDeps): Promise<PartitionSchemaLog> {
  if (!deps.metadata.image().topics.has(SCHEMAS_TOPIC)) {
    const result = await deps.metadata.createTopic({
      name: SCHEMAS_TOPIC,
      numPartitions: 1,
      replicationFactor: 1,
      configs: { 'cleanup.policy': 'compact' },
    });
    if (result.errorCode !== 0 && result.errorCode !== TOPIC_ALREADY_EXISTS) {
      throw storeError(`cannot create ${SCHEMAS_TOPIC}: ${result.errorMessage ?? result.errorCode}`);
    }
  }
  await deps.logsSettled();
  const log = deps.logs.get(SCHEMAS_TOPIC, 0);
  if (log === undefined) throw storeError(`${SCHEMAS_TOPIC} partition 0 is not on this node`);
  return new PartitionSchemaLog(log, deps.clock);
}

/** A SchemaLog that opens (and if needed creates) `_schemas` only when first written to. */
export function lazySchemasTopic(deps: SchemasTopicDeps): SchemaLog {
  let opened: Promise<PartitionSchemaLog> | undefined;
  const open = () => {
    opened ??= openSchemasTopic(deps).catch((err: unknown) => {
      opened = undefined;
      throw err;
    });
    return opened;
  };
  return {
    async append(key, value) {
      await (await open()).append(key, value);
    },
    async *readAll() {
      if (!deps.metadata.image().topics.has(SCHEMAS_TOPIC)) return;
      yield* (await open()).readAll();
    },
  };
}
