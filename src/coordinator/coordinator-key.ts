// Which partition of a coordinator topic owns a key (group id or transactional id): Kafka's rule,
// abs(key.hashCode()) % partitionCount, with Java's String.hashCode over UTF-16 code units and
// Kafka's Utils.abs (a mask of the sign bit, so Integer.MIN_VALUE maps to 0). Clients and other
// brokers compute the same partition, so this must match Kafka bit for bit.

/** Java's String.hashCode: h = 31 * h + c over UTF-16 code units, in 32-bit arithmetic. */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** The coordinator partition of `key` among `partitionCount` partitions. */
export function coordinatorPartitionFor(key: string, partitionCount: number): number {
  if (!Number.isInteger(partitionCount) || partitionCount <= 0) {
    throw new RangeError(`invalid coordinator partition count ${partitionCount}`);
  }
  return (javaStringHashCode(key) & 0x7fffffff) % partitionCount;
}
