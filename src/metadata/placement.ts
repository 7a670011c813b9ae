// Where new partitions go: round-robin over the live (unfenced) brokers in id order, from a
// random starting broker so leadership spreads across topics. Partition p gets the brokers at
// start + p, start + p + 1, ... ; the first is the leader and all start in the ISR. With one
// broker every partition is led by it.

import type { Random } from '../common/random.js';
import type { MetadataImage } from './image.js';

export interface PlacedPartition {
  replicas: number[];
}

export type PlacementResult = { ok: true; partitions: PlacedPartition[] } | { ok: false; message: string };

export function liveBrokerIds(image: MetadataImage): number[] {
  const ids: number[] = [];
  for (const broker of image.brokers.values()) if (!broker.fenced) ids.push(broker.nodeId);
  return ids.sort((a, b) => a - b);
}

/** On failure, `message` is Kafka's reason text (CreateTopics prefixes it with "Unable to replicate ..."). */
export function placePartitions(
  image: MetadataImage,
  random: Random,
  firstPartition: number,
  count: number,
  replicationFactor: number,
): PlacementResult {
  const live = liveBrokerIds(image);
  if (live.length === 0) return { ok: false, message: 'All brokers are currently fenced.' };
  if (replicationFactor > live.length) {
    return {
      ok: false,
      message:
        `The target replication factor of ${replicationFactor} cannot be reached because ` +
        `only ${live.length} broker(s) are registered.`,
    };
  }
  const start = random.int(live.length);
  const partitions: PlacedPartition[] = [];
  for (let i = 0; i < count; i++) {
    const replicas: number[] = [];
    for (let r = 0; r < replicationFactor; r++)
      replicas.push(live[(start + firstPartition + i + r) % live.length]!);
    partitions.push({ replicas });
  }
  return { ok: true, partitions };
}
