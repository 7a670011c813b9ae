// Helpers for the import tests: record batches as a source Kafka cluster would have stored them,
// with their own base offsets, gaps inside a batch (compaction), producer ids and transaction
// markers, built with the real encoder.
import {
  ControlRecordType,
  encodeEndTxnMarkerBatch,
  encodeRecordBatch,
} from '../../wire/record-batch/index.js';

export interface SourceBatch {
  base: number;
  values: readonly string[];
  /** offsetDelta of each record (a compacted batch has holes); default 0, 1, 2, ... */
  deltas?: readonly number[];
  /** lastOffsetDelta when it is beyond the last record (compaction kept the batch's range). */
  lastOffsetDelta?: number;
  timestamp?: number;
  producerId?: bigint;
  epoch?: number;
  sequence?: number;
  transactional?: boolean;
}

/** One data batch at its source offset; timestamps `timestamp` + index (default 1_600_000_000_000). */
export function sourceBatch(b: SourceBatch): Buffer {
  const ts = b.timestamp ?? 1_600_000_000_000;
  return encodeRecordBatch({
    baseOffset: b.base,
    ...(b.producerId === undefined
      ? {}
      : { producerId: b.producerId, producerEpoch: b.epoch ?? 0, baseSequence: b.sequence ?? 0 }),
    isTransactional: b.transactional ?? false,
    ...(b.lastOffsetDelta === undefined ? {} : { lastOffsetDelta: b.lastOffsetDelta }),
    records: b.values.map((v, i) => ({
      key: Buffer.from(`k${i}`),
      value: Buffer.from(v),
      timestamp: ts + i,
      offsetDelta: b.deltas?.[i] ?? i,
    })),
  });
}

/** A COMMIT or ABORT marker at `base` for `producerId`. */
export function sourceMarker(base: number, producerId: bigint, commit: boolean, epoch = 0): Buffer {
  return encodeEndTxnMarkerBatch({
    type: commit ? ControlRecordType.COMMIT : ControlRecordType.ABORT,
    producerId,
    producerEpoch: epoch,
    coordinatorEpoch: 3,
    timestamp: 1_600_000_001_000,
    baseOffset: base,
  });
}

/**
 * A source partition: [0-2] plain, gap, [10-14] with holes (compacted), an aborted transaction of
 * producer 7 at 15-16 with its marker at 17, producer 8's committed one at 18-19 (marker 20), gap,
 * idempotent producer 9 at [30-31] (sequences 0-1). Log end 32.
 */
export function sourcePartition(): Buffer[] {
  return [
    sourceBatch({ base: 0, values: ['a0', 'a1', 'a2'] }),
    sourceBatch({ base: 10, values: ['c10', 'c12', 'c14'], deltas: [0, 2, 4] }),
    sourceBatch({ base: 15, values: ['aborted15', 'aborted16'], producerId: 7n, transactional: true }),
    sourceMarker(17, 7n, false),
    sourceBatch({ base: 18, values: ['committed18', 'committed19'], producerId: 8n, transactional: true }),
    sourceMarker(20, 8n, true),
    sourceBatch({ base: 30, values: ['p30', 'p31'], producerId: 9n, epoch: 2, sequence: 0 }),
  ];
}
