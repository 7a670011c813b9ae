// The shapes a partition log hands to its callers (append results, fetch data, markers, producers)
// and the two queue entries of its writer. Kept apart so the log's collaborating modules share them
// without importing the PartitionLog class; partition-log.ts re-exports the public ones.
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import type { LogConfig } from './log-config.js';
import type { LogFs } from './log-fs.js';

export interface AppendInfo {
  firstOffset: bigint;
  lastOffset: bigint;
  /** -1n for CreateTime topics. */
  logAppendTimeMs: bigint;
  logStartOffset: bigint;
  recordCount: number;
  /** 0, or the Kafka error code that refused the append (producer state checks); nothing was appended. */
  errorCode: number;
  errorMessage: string | null;
  /** A retried producer batch already in the log: the offsets are the original ones. */
  duplicate: boolean;
}

export interface FetchData {
  /** Whole stored batches in offset order; each Buffer holds one or more batches back to back. */
  records: Buffer[];
  bytes: number;
  highWatermark: bigint;
  logStartOffset: bigint;
  lastStableOffset: bigint;
  /** read_committed reads: aborted transactions overlapping the returned range (else null). */
  abortedTransactions: { producerId: bigint; firstOffset: bigint }[] | null;
}

/** A transaction marker for appendMarker (written by the transaction coordinator). */
export interface TxnMarker {
  producerId: bigint;
  producerEpoch: number;
  coordinatorEpoch: number;
  commit: boolean;
  /** Stamped into the batch header (the leader epoch). Default -1. */
  partitionLeaderEpoch?: number;
}

/** One producer of DescribeProducers. */
export interface ActiveProducer {
  producerId: bigint;
  producerEpoch: number;
  lastSequence: number;
  lastTimestamp: bigint;
  coordinatorEpoch: number;
  currentTxnStartOffset: bigint;
}

export type ReadResult =
  | { errorCode: 0; data: FetchData }
  | { errorCode: 1 /* OFFSET_OUT_OF_RANGE */; highWatermark: bigint; logStartOffset: bigint };

export interface PartitionLogOptions {
  dir: string;
  topic: string;
  partition: number;
  config: LogConfig;
  clock: Clock;
  logger: Logger;
  /** File operations; defaults to the real file system. */
  fs?: LogFs;
  /** producer.id.expiration.ms: idle producers are forgotten at snapshot time. Default 86400000. */
  producerIdExpirationMs?: number;
}

/** An append waiting for the writer: its bytes and offsets, settled once written. */
export class PendingAppend {
  resolve!: (info: AppendInfo) => void;
  reject!: (err: Error) => void;

  constructor(
    readonly buf: Buffer,
    readonly firstOffset: number,
    readonly lastOffset: number,
    readonly recordCount: number,
    readonly logAppendTimeMs: number,
  ) {}
}

/** A flush() caller waiting for the next fsync. */
export interface FlushWaiter {
  resolve: () => void;
  reject: (err: Error) => void;
}
