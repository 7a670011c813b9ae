// Test harness for the transaction coordinator runtime: a real metadata controller in a temp dir
// (topics __transaction_state with 1 partition and t with 2, producer id blocks), real partition
// logs, and a marker writer that appends real control batches (or fails on chosen partitions).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionContext } from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { ManualClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { SeededRandom } from '../common/random.js';
import { PartitionLog } from '../log/partition-log.js';
import { testConfig } from '../log/test-support.js';
import { MetadataController } from '../metadata/controller.js';
import { ProducerIdManager } from './producer-ids.js';
import { isCoordinatorError } from './shard-runner.js';
import { TxnCoordinatorRuntime, type TxnMarkerWriter } from './txn-runtime.js';

export interface World {
  dir: string;
  clock: ManualClock;
  metadata: MetadataController;
  logs: Map<string, PartitionLog>;
  producerIds: ProducerIdManager;
}

export async function world(t: ExecutionContext): Promise<World> {
  const dir = await mkdtemp(join(tmpdir(), 'gossip-txn-'));
  const clock = new ManualClock(1_000_000);
  const metadata = await MetadataController.open({
    dataDir: join(dir, 'meta'),
    nodeId: 1,
    clock,
    random: new SeededRandom(2),
  });
  await metadata.registerBroker({ nodeId: 1, host: 'h', port: 9092 });
  for (const [name, numPartitions] of [
    ['__transaction_state', 1],
    ['t', 2],
  ] as const) {
    const r = await metadata.createTopic({ name, numPartitions, replicationFactor: 1 });
    t.is(r.errorCode, 0);
  }
  const logs = new Map<string, PartitionLog>();
  for (const [topic, partition] of [
    ['__transaction_state', 0],
    ['t', 0],
    ['t', 1],
  ] as const) {
    logs.set(
      `${topic}-${partition}`,
      await PartitionLog.open({
        dir: join(dir, `${topic}-${partition}`),
        topic,
        partition,
        config: testConfig(),
        clock,
        logger: silentLogger(),
      }),
    );
  }
  t.teardown(async () => {
    for (const log of logs.values()) await log.close();
    await metadata.close();
    await rm(dir, { recursive: true, force: true });
  });
  return { dir, clock, metadata, logs, producerIds: new ProducerIdManager(1, metadata) };
}

/** Appends real control batches; `failing` partitions answer NOT_LEADER_OR_FOLLOWER. */
export class LogMarkerWriter implements TxnMarkerWriter {
  readonly calls: string[] = [];
  readonly failing = new Set<string>();
  constructor(private readonly w: World) {}
  async writeTxnMarker(req: Parameters<TxnMarkerWriter['writeTxnMarker']>[0]): Promise<number> {
    const name = `${req.topic}-${req.partition}`;
    this.calls.push(`${name}:${req.commit ? 'commit' : 'abort'}:${req.producerEpoch}`);
    if (this.failing.has(name)) return ErrorCode.NOT_LEADER_OR_FOLLOWER;
    const log = this.w.logs.get(name);
    if (!log) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    const info = await log.appendMarker(req);
    return info.errorCode;
  }
}

export function runtime(
  w: World,
  markers: TxnMarkerWriter,
  properties: Record<string, string> = {},
): TxnCoordinatorRuntime {
  const rt = new TxnCoordinatorRuntime({
    nodeId: 1,
    clock: w.clock,
    logger: silentLogger(),
    properties: new Map(Object.entries(properties)),
    metadata: w.metadata,
    logs: { get: (topic, partition) => w.logs.get(`${topic}-${partition}`) },
    logsSettled: async () => {},
    producerIds: w.producerIds,
    markers,
    markerRetryBackoffMs: 5,
  });
  rt.onImage(w.metadata.image());
  return rt;
}

/** Retries while the partition loads (COORDINATOR_LOAD_IN_PROGRESS), as a client does. */
export async function ready<R>(call: () => Promise<R>): Promise<R> {
  for (let i = 0; i < 200; i++) {
    const r = await call();
    if (!(isCoordinatorError(r) && r.coordinatorError === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)) return r;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the coordinator never loaded');
}
