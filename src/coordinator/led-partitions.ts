// Which coordinator partitions this node runs, shared by the group and transaction coordinators:
// a partition is loading (replaying its log) or active (its runner serves requests). When the
// metadata image moves leadership, partitions this node no longer leads are closed and newly led
// ones are loaded; on shutdown every runner is closed.
import { ErrorCode } from '../../wire/generated/error-codes.js';
import type { TopicInfo } from '../metadata/image.js';

export interface ClosableRunner {
  close(errorCode?: number): Promise<void>;
}

export type PartitionState<R> = { kind: 'loading'; token: object } | { kind: 'active'; runner: R };

/**
 * Brings `partitions` in line with `topic`'s leaders: closes runners of partitions led elsewhere
 * (their waiting callers get NOT_COORDINATOR) and calls `load` for partitions newly led here.
 */
export function followLeadership<R extends ClosableRunner>(
  partitions: Map<number, PartitionState<R>>,
  topic: TopicInfo | undefined,
  nodeId: number,
  load: (partition: number) => void,
): void {
  for (const [partition, state] of [...partitions]) {
    if (topic?.partitions[partition]?.leader === nodeId) continue;
    partitions.delete(partition);
    if (state.kind === 'active') void state.runner.close(ErrorCode.NOT_COORDINATOR);
  }
  for (const p of topic?.partitions ?? []) {
    if (p.leader === nodeId && !partitions.has(p.partition)) load(p.partition);
  }
}

/** Closes every active runner (waiting callers get COORDINATOR_NOT_AVAILABLE) and forgets them all. */
export async function closeAllRunners<R extends ClosableRunner>(
  partitions: Map<number, PartitionState<R>>,
): Promise<void> {
  const runners = [...partitions.values()].flatMap((s) => (s.kind === 'active' ? [s.runner] : []));
  partitions.clear();
  await Promise.all(runners.map((r) => r.close(ErrorCode.COORDINATOR_NOT_AVAILABLE)));
}
