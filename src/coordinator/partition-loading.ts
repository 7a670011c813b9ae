// The loading sequence both coordinator runtimes run when this node starts leading one of their
// partitions: mark it loading (with a token so a newer load or a leadership change wins), wait for
// the logs, replay the partition's log into a fresh shard, then start its runner with the leader
// epoch from the current image. A failed load is logged and forgotten so the next attempt retries.
import type { Logger } from '../common/logger.js';
import type { MetadataImage } from '../metadata/image.js';
import type { LogService, PartitionLogView } from '../replication/log-view.js';
import type { ClosableRunner, PartitionState } from './led-partitions.js';

export interface PartitionLoadDeps {
  logger: Logger;
  metadata: { image(): MetadataImage };
  logs: LogService;
  logsSettled(): Promise<void>;
}

export interface PartitionLoader<R extends ClosableRunner, L> {
  /** The internal topic whose partition is loaded. */
  topic: string;
  /** Builds a shard and replays `log` into it; the result is handed to `createRunner` and `started`. */
  replay(log: PartitionLogView, label: string): Promise<L>;
  /** Creates the runner serving the loaded shard. */
  createRunner(loaded: L, log: PartitionLogView, leaderEpoch: number): R;
  /** Called once the runner is the partition's active state (first operations, logging). */
  started(runner: R, loaded: L): void;
  /** Logged with the error when loading fails. */
  failureMessage: string;
}

/** Loads `partition` in the background, keeping `partitions` up to date as it goes. */
export function loadPartition<R extends ClosableRunner, L>(
  partitions: Map<number, PartitionState<R>>,
  partition: number,
  deps: PartitionLoadDeps,
  loader: PartitionLoader<R, L>,
): void {
  const token = {};
  partitions.set(partition, { kind: 'loading', token });
  const current = () => {
    const s = partitions.get(partition);
    return s?.kind === 'loading' && s.token === token;
  };
  const label = `${loader.topic}-${partition}`;
  void (async () => {
    await deps.logsSettled();
    const log = deps.logs.get(loader.topic, partition);
    if (!log) throw new Error(`${label}: no log on this node`);
    const loaded = await loader.replay(log, label);
    if (!current()) return;
    const leaderEpoch =
      deps.metadata.image().topics.get(loader.topic)?.partitions[partition]?.leaderEpoch ?? -1;
    const runner = loader.createRunner(loaded, log, leaderEpoch);
    partitions.set(partition, { kind: 'active', runner });
    loader.started(runner, loaded);
  })().catch((err: unknown) => {
    deps.logger.error({ err, partition }, loader.failureMessage);
    // Forget it: the next request or leadership change tries again.
    if (current()) partitions.delete(partition);
  });
}

/**
 * Forgets `failed` if it is still `partition`'s active runner; returns whether it was, and the
 * partition should be loaded again when this node still leads it.
 */
export function forgetFailedRunner<R extends ClosableRunner & { partition: number }>(
  partitions: Map<number, PartitionState<R>>,
  failed: R,
): boolean {
  const state = partitions.get(failed.partition);
  if (state?.kind !== 'active' || state.runner !== failed) return false;
  partitions.delete(failed.partition);
  return true;
}
