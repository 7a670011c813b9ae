// Rebuilds a coordinator shard from its partition: reads the log from the log start offset to the
// high watermark and decodes each stored batch (forEachStoredBatch, shared by the group and
// transaction coordinators). The classic group coordinator replays every record's key/value,
// tombstones included; records of kinds it does not handle (consumer or share groups) are skipped.
// A batch or record that cannot be decoded stops the load, since replaying past a gap could
// resurrect deleted state.
import { type DecodedRecordBatch, decodeRecordBatch, splitBatches } from '../../wire/record-batch/index.js';
import type { PartitionLogView } from '../replication/log-view.js';
import type { GroupCoordinatorShard } from './group-coordinator.js';
import { decodeCoordinatorRecord } from './records.js';

/** Bytes asked per read while loading. */
const LOAD_READ_BYTES = 1 << 20;

export interface LoadStats {
  records: number;
  skipped: number;
  endOffset: bigint;
}

/**
 * Hands every batch from the log start to the high watermark (read once, at the start) to `visit`,
 * with the offset the read began at: records below it were in an earlier read. Resolves with that
 * high watermark.
 */
export async function forEachStoredBatch(
  log: PartitionLogView,
  label: string,
  visit: (batch: DecodedRecordBatch, readOffset: bigint) => void,
): Promise<bigint> {
  const endOffset = log.highWatermark;
  let offset = log.logStartOffset;
  while (offset < endOffset) {
    const read = await log.read(offset, LOAD_READ_BYTES, { minOneBatch: true, maxOffset: endOffset });
    if (read.errorCode !== 0) {
      // The log start moved (retention, compaction swap): continue from the new start.
      if (read.logStartOffset > offset) {
        offset = read.logStartOffset;
        continue;
      }
      throw new Error(`${label}: offset ${offset} is out of range while loading`);
    }
    let next = offset;
    for (const chunk of read.data.records) {
      const split = splitBatches(chunk);
      if (split.error !== null) throw new Error(`${label}: ${split.error.message} while loading`);
      for (const span of split.batches) {
        const decoded = decodeRecordBatch(chunk, span.offset);
        if (!decoded.ok) throw new Error(`${label}: ${decoded.error.message} while loading`);
        const batch = decoded.batch;
        next = batch.baseOffset + BigInt(batch.lastOffsetDelta) + 1n;
        visit(batch, offset);
      }
    }
    if (next <= offset) throw new Error(`${label}: no progress reading at offset ${offset} while loading`);
    offset = next;
  }
  return endOffset;
}

export async function replayPartitionLog(
  log: PartitionLogView,
  shard: GroupCoordinatorShard,
  label: string,
): Promise<LoadStats> {
  let records = 0;
  let skipped = 0;
  const endOffset = await forEachStoredBatch(log, label, (batch, readOffset) => {
    if (batch.isControl) {
      // A transaction marker decides the producer's pending TxnOffsetCommit offsets.
      const key = batch.records[0]?.key;
      if (batch.producerId >= 0n && key && key.length >= 4) {
        const type = key.readInt16BE(2);
        if (type === 0 || type === 1) shard.replayEndTxnMarker(batch.producerId, type === 1);
      }
      return;
    }
    for (const r of batch.records) {
      if (batch.baseOffset + BigInt(r.offsetDelta) < readOffset) continue;
      if (r.key === null) {
        skipped++;
        continue;
      }
      const record = decodeCoordinatorRecord(r.key, r.value);
      if (record.kind === 'unknown') {
        skipped++;
        continue;
      }
      if (batch.isTransactional) shard.replayTransactional(record, batch.producerId);
      else shard.replay(record);
      records++;
    }
  });
  return { records, skipped, endOffset };
}
