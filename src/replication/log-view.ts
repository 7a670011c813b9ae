// The seam between the data path and the log store: the methods of a partition log that the
// replica manager calls, so replication and handlers never depend on the storage layout.

/** What the data path needs of one partition's log (implemented by src/log/partition-log.ts). */
export interface PartitionLogView {
  readonly logStartOffset: bigint;
  readonly logEndOffset: bigint;
  readonly highWatermark: bigint;
  append(
    batches: Buffer,
    opts?: { logAppendTimeMs?: number },
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
    opts?: { minOneBatch?: boolean; maxOffset?: bigint },
  ): Promise<
    | {
        errorCode: 0;
        data: {
          records: Buffer[];
          bytes: number;
          highWatermark: bigint;
          logStartOffset: bigint;
          lastStableOffset: bigint;
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
}

export interface LogService {
  get(topic: string, partition: number): PartitionLogView | undefined;
}
