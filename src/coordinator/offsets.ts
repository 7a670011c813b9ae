// Committed offsets of every group of one coordinator partition: group -> topic -> partition ->
// OffsetCommitValue. Only replayed OffsetCommit records change it (put / tombstone delete), so the
// live store and one rebuilt from the log are the same. Kafka 3.9's expiration rule lives here too.
import type { OffsetCommitValue } from './records.js';

export class OffsetStore {
  private readonly byGroup = new Map<string, Map<string, Map<number, OffsetCommitValue>>>();

  get(group: string, topic: string, partition: number): OffsetCommitValue | undefined {
    return this.byGroup.get(group)?.get(topic)?.get(partition);
  }

  put(group: string, topic: string, partition: number, value: OffsetCommitValue): void {
    let topics = this.byGroup.get(group);
    if (!topics) {
      topics = new Map();
      this.byGroup.set(group, topics);
    }
    let partitions = topics.get(topic);
    if (!partitions) {
      partitions = new Map();
      topics.set(topic, partitions);
    }
    partitions.set(partition, value);
  }

  delete(group: string, topic: string, partition: number): void {
    const topics = this.byGroup.get(group);
    const partitions = topics?.get(topic);
    if (!topics || !partitions) return;
    partitions.delete(partition);
    if (partitions.size === 0) topics.delete(topic);
    if (topics.size === 0) this.byGroup.delete(group);
  }

  hasGroup(group: string): boolean {
    return this.byGroup.has(group);
  }

  /** The group's offsets by topic (live view; do not mutate). */
  groupOffsets(group: string): ReadonlyMap<string, ReadonlyMap<number, OffsetCommitValue>> | undefined {
    return this.byGroup.get(group);
  }

  /** Every stored offset as [group, topic, partition, value], sorted, for comparisons. */
  entries(): Array<[string, string, number, OffsetCommitValue]> {
    const out: Array<[string, string, number, OffsetCommitValue]> = [];
    for (const [g, topics] of this.byGroup) {
      for (const [t, partitions] of topics) {
        for (const [p, v] of partitions) out.push([g, t, p, v]);
      }
    }
    return out.sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]) || a[2] - b[2]);
  }
}

/**
 * Kafka 3.9's OffsetExpirationConditionImpl: an offset with an explicit expire timestamp (a v1
 * record, from retention_time) expires at that time; otherwise when the retention has passed since
 * the base timestamp (the commit time, or when the group became Empty).
 */
export function isOffsetExpired(
  value: OffsetCommitValue,
  baseTimestampMs: number,
  nowMs: number,
  retentionMs: number,
): boolean {
  if (value.expireTimestamp !== -1n) return nowMs >= Number(value.expireTimestamp);
  return nowMs - baseTimestampMs >= retentionMs;
}

/**
 * Transactional offsets (TxnOffsetCommit) not yet decided, by producer id. They are written as
 * OffsetCommit records in the producer's transactional batch and replayed here; the producer's
 * COMMIT marker moves them into the committed offsets, its ABORT marker drops them.
 */
export class PendingTxnOffsets {
  private readonly byProducer = new Map<bigint, OffsetStore>();

  put(producerId: bigint, group: string, topic: string, partition: number, value: OffsetCommitValue): void {
    let store = this.byProducer.get(producerId);
    if (!store) {
      store = new OffsetStore();
      this.byProducer.set(producerId, store);
    }
    store.put(group, topic, partition, value);
  }

  /** Removes and returns the producer's pending offsets as [group, topic, partition, value]. */
  take(producerId: bigint): Array<[string, string, number, OffsetCommitValue]> {
    const store = this.byProducer.get(producerId);
    this.byProducer.delete(producerId);
    return store ? store.entries() : [];
  }

  /** Whether any producer has a pending offset for the partition (OffsetFetch require_stable). */
  has(group: string, topic: string, partition: number): boolean {
    for (const store of this.byProducer.values()) {
      if (store.get(group, topic, partition) !== undefined) return true;
    }
    return false;
  }

  /** Every pending offset as [producerId, group, topic, partition, value], for comparisons. */
  entries(): Array<[bigint, string, string, number, OffsetCommitValue]> {
    const out: Array<[bigint, string, string, number, OffsetCommitValue]> = [];
    for (const [pid, store] of [...this.byProducer].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
    )) {
      for (const e of store.entries()) out.push([pid, ...e]);
    }
    return out;
  }
}
