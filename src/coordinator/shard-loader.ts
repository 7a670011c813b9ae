// Rebuilds a coordinator shard from its partition: reads the log from the log start offset to the
// high watermark, decodes each stored batch (control batches skipped) and replays every record's
// key/value through the shard, tombstones included. Records of kinds the classic coordinator does
// not handle (consumer or share groups) are skipped; a batch or record that cannot be decoded stops
// the load, since replaying past a gap could resurrect deleted state.
import { decodeRecordBatch, splitBatches } from '../../wire/record-batch/index.js';
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

export async function replayPartitionLog(
  log: PartitionLogView,
  shard: GroupCoordinatorShard,
  label: string,
): Promise<LoadStats> {
  const endOffset = log.highWatermark;
  let offset = log.logStartOffset;
  const stats: LoadStats = { records: 0, skipped: 0, endOffset };
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
        if (batch.isControl) {
          // A transaction marker decides the producer's pending TxnOffsetCommit offsets.
          const key = batch.records[0]?.key;
          if (batch.producerId >= 0n && key && key.length >= 4) {
            const type = key.readInt16BE(2);
            if (type === 0 || type === 1) shard.replayEndTxnMarker(batch.producerId, type === 1);
          }
          continue;
        }
        for (const r of batch.records) {
          if (batch.baseOffset + BigInt(r.offsetDelta) < offset) continue;
          if (r.key === null) {
            stats.skipped++;
            continue;
          }
          const record = decodeCoordinatorRecord(r.key, r.value);
          if (record.kind === 'unknown') {
            stats.skipped++;
            continue;
          }
          if (batch.isTransactional) shard.replayTransactional(record, batch.producerId);
          else shard.replay(record);
          stats.records++;
        }
      }
    }
    if (next <= offset) throw new Error(`${label}: no progress reading at offset ${offset} while loading`);
    offset = next;
  }
  return stats;
}
