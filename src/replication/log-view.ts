// The seam between the data path and the log store: the methods of a partition log that the
// replica manager calls, so replication and handlers never depend on the storage layout.

/** What the data path needs of one partition's log (implemented by src/log/partition-log.ts). */
export interface PartitionLogView {
  readonly logStartOffset: bigint;
  readonly logEndOffset: bigint;
  readonly highWatermark: bigint;
  /** min(first offset of the oldest unfinished transaction, HW); the HW without transactions. */
  readonly lastStableOffset: bigint;
  append(
    batches: Buffer,
    opts?: { logAppendTimeMs?: number; origin?: 'client' | 'coordinator' },
  ): Promise<{
    firstOffset: bigint;
    lastOffset: bigint;
    logAppendTimeMs: bigint;
    logStartOffset: bigint;
    recordCount: number;
    /** 0, or the producer-state error that refused the append (nothing was appended). */
    errorCode: number;
    /** A retried batch already in the log: the offsets are the original ones. */
    duplicate: boolean;
  }>;
  read(
    fetchOffset: bigint,
    maxBytes: number,
    opts?: {
      minOneBatch?: boolean;
      maxOffset?: bigint;
      readCommitted?: boolean;
      alloc?: (length: number) => Buffer;
    },
  ): Promise<
    | {
        errorCode: 0;
        data: {
          records: Buffer[];
          bytes: number;
          highWatermark: bigint;
          logStartOffset: bigint;
          lastStableOffset: bigint;
          /** Aborted transactions overlapping the data (read_committed reads), else null. */
          abortedTransactions: { producerId: bigint; firstOffset: bigint }[] | null;
        };
      }
    | { errorCode: 1; highWatermark: bigint; logStartOffset: bigint }
  >;
  offsetForTimestamp(
    timestampMs: bigint,
  ): Promise<{ batchBaseOffset: bigint; batchMaxTimestamp: bigint } | null>;
  maxTimestamp(): { timestamp: bigint; offset: bigint };
  deleteRecordsBefore(offset: bigint): Promise<bigint>;
  onAppend(listener: () => void): () => void;
  /** Appends a COMMIT/ABORT control batch after the producer-state checks Kafka applies to markers. */
  appendMarker(marker: {
    producerId: bigint;
    producerEpoch: number;
    coordinatorEpoch: number;
    commit: boolean;
    partitionLeaderEpoch?: number;
  }): Promise<{ firstOffset: bigint; errorCode: number }>;
  /** The producers with state in this partition (DescribeProducers). */
  activeProducers(): {
    producerId: bigint;
    producerEpoch: number;
    lastSequence: number;
    lastTimestamp: bigint;
    coordinatorEpoch: number;
    currentTxnStartOffset: bigint;
  }[];
}

export interface LogService {
  get(topic: string, partition: number): PartitionLogView | undefined;
}
