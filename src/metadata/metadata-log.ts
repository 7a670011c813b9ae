// The seam between the metadata controller and where its records are made durable. Today a local
// file (LocalMetadataLog); later a Raft quorum replicating the same records. Offsets number
// records from 0; a batch is committed (durable, and in order) before listeners hear of it.
import type { MetadataRecord } from './records.js';

export interface CommittedBatch {
  /** Offset of records[0]; records[i] has offset baseOffset + i. */
  baseOffset: number;
  records: readonly MetadataRecord[];
}

export type CommitListener = (batch: CommittedBatch) => void;

export interface MetadataLog {
  /**
   * Appends the records as one batch (all or nothing) and resolves with the offset of the last
   * one once the batch is committed. Commits happen in call order.
   */
  append(records: readonly MetadataRecord[]): Promise<number>;
  /** Committed batches holding offsets >= fromOffset (the first batch is trimmed to start there). */
  read(fromOffset: number): Promise<CommittedBatch[]>;
  /** Called for every batch committed after subscribing, in offset order. Returns unsubscribe. */
  subscribe(listener: CommitListener): () => void;
  /** Offset of the last committed record; -1 when the log is empty. */
  committedOffset(): number;
  close(): Promise<void>;
}

export function lastOffsetOf(batch: CommittedBatch): number {
  return batch.baseOffset + batch.records.length - 1;
}
