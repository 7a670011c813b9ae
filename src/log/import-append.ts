// Appending record batches copied from another Kafka cluster (gossip-migrate) at their own offsets:
// each batch keeps its base offset, CRC, timestamps, producer id and control flag (only the partition
// leader epoch, outside the CRC, becomes this cluster's), and gaps between
// batches (compaction, transaction markers) stay gaps. checkImportedBatches() validates a request's
// bytes without touching the log; applyImportedProducerState() then feeds the batch headers to the
// producer state as recovery would, and returns the aborted transactions for the transaction index.
import {
  ControlRecordType,
  CURRENT_MAGIC,
  decodeRecordBatch,
  isControlAttr,
  LOG_OVERHEAD,
  readControlRecordKey,
  readEndTxnMarkerValue,
  readInt64Number,
  verifyCrc,
} from '../../wire/record-batch/index.js';
import { hasProducerId, type ProducerStateManager } from './producer-state.js';
import type { AbortedTxn } from './txn-index.js';

const BATCH_HEADER_BYTES = 61;
const BATCH_LENGTH_AT = 8;
const PARTITION_LEADER_EPOCH_AT = 12;
const MAGIC_AT = 16;
const ATTRIBUTES_AT = 21;
const LAST_OFFSET_DELTA_AT = 23;
const MAX_TIMESTAMP_AT = 35;
const PRODUCER_ID_AT = 43;
const PRODUCER_EPOCH_AT = 51;
const RECORDS_COUNT_AT = 57;
/** Offsets stay exact JavaScript numbers (the log stores them as numbers). */
const OFFSET_MAX = Number.MAX_SAFE_INTEGER;
/** Largest offset distance from a segment's base that its offset index can hold. */
export const MAX_RELATIVE_OFFSET = 0x7fffffff;

/** The batches of one import request, checked. */
export interface ImportedBatches {
  firstOffset: number;
  /** Last offset of the first batch (an empty segment takes it without checking its offset range). */
  firstBatchLastOffset: number;
  lastOffset: number;
  records: number;
  batches: number;
}

export type ImportCheck = ({ ok: true } & ImportedBatches) | { ok: false; message: string };

/**
 * Checks concatenated RecordBatch v2 bytes for an import at log end offset `logEndOffset`: whole
 * batches only, magic 2, a valid CRC-32C, and base offsets at or past the log end and increasing
 * (gaps allowed). Pure: nothing is changed.
 */
export function checkImportedBatches(buf: Buffer, logEndOffset: number): ImportCheck {
  if (buf.length === 0) return { ok: false, message: 'the request body holds no record batch' };
  let pos = 0;
  let next = logEndOffset;
  let records = 0;
  let batches = 0;
  let first = -1;
  let firstBatchLast = -1;
  while (pos < buf.length) {
    const where = `record batch ${batches} (byte ${pos})`;
    if (buf.length - pos < BATCH_HEADER_BYTES) {
      if (buf.length - pos > MAGIC_AT && buf.readInt8(pos + MAGIC_AT) !== CURRENT_MAGIC) {
        return { ok: false, message: magicMessage(where, buf.readInt8(pos + MAGIC_AT)) };
      }
      return { ok: false, message: `${where} is truncated: ${buf.length - pos} bytes left` };
    }
    const magic = buf.readInt8(pos + MAGIC_AT);
    if (magic !== CURRENT_MAGIC) return { ok: false, message: magicMessage(where, magic) };
    const size = buf.readInt32BE(pos + BATCH_LENGTH_AT) + LOG_OVERHEAD;
    if (size < BATCH_HEADER_BYTES) return { ok: false, message: `${where} has an invalid length ${size}` };
    if (size > buf.length - pos) {
      return {
        ok: false,
        message: `${where} is truncated: it needs ${size} bytes, ${buf.length - pos} left`,
      };
    }
    const base = readInt64Number(buf, pos);
    const delta = buf.readInt32BE(pos + LAST_OFFSET_DELTA_AT);
    if (base < 0 || delta < 0 || base + delta > OFFSET_MAX) {
      return { ok: false, message: `${where} has invalid offsets: base ${base}, last offset delta ${delta}` };
    }
    if (base < next) {
      return {
        ok: false,
        message:
          batches === 0
            ? `${where} has base offset ${base}, below the log end offset ${logEndOffset}`
            : `${where} has base offset ${base}, not after the previous batch (which ends at ${next - 1})`,
      };
    }
    if (!verifyCrc(buf, pos))
      return { ok: false, message: `${where} at offset ${base} fails its CRC-32C check` };
    if (first < 0) {
      first = base;
      firstBatchLast = base + delta;
    }
    records += buf.readInt32BE(pos + RECORDS_COUNT_AT);
    batches++;
    next = base + delta + 1;
    pos += size;
  }
  return {
    ok: true,
    firstOffset: first,
    firstBatchLastOffset: firstBatchLast,
    lastOffset: next - 1,
    records,
    batches,
  };
}

/**
 * Stamps this cluster's partition leader epoch into each checked batch (outside the CRC), as a
 * leader does on produce: clients track the epochs they read, and the source cluster's would be
 * newer than any this partition's metadata reports.
 */
export function stampLeaderEpoch(buf: Buffer, epoch: number): void {
  let pos = 0;
  while (pos < buf.length) {
    buf.writeInt32BE(epoch, pos + PARTITION_LEADER_EPOCH_AT);
    pos += buf.readInt32BE(pos + BATCH_LENGTH_AT) + LOG_OVERHEAD;
  }
}

function magicMessage(where: string, magic: number): string {
  return `${where} has magic ${magic}: only RecordBatch v2 (magic 2) can be imported`;
}

/**
 * Applies the producer ids of checked batches to `producers` as recovery does (no sequence or
 * epoch checks: the source cluster made them). A transaction marker goes through the coordinator's
 * marker path, so the transaction it ends stays unstable until the marker is written; an abort
 * comes back as the transaction index entry to store before the marker's bytes.
 */
export function applyImportedProducerState(buf: Buffer, producers: ProducerStateManager): AbortedTxn[] {
  const aborted: AbortedTxn[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const size = buf.readInt32BE(pos + BATCH_LENGTH_AT) + LOG_OVERHEAD;
    if (hasProducerId(buf, pos)) {
      const marker = isControlAttr(buf.readInt16BE(pos + ATTRIBUTES_AT)) ? readMarker(buf, pos, size) : null;
      const checked =
        marker === null
          ? null
          : producers.appendMarker(
              buf.readBigInt64BE(pos + PRODUCER_ID_AT),
              buf.readInt16BE(pos + PRODUCER_EPOCH_AT),
              marker.coordinatorEpoch,
              marker.commit,
              readInt64Number(buf, pos),
              readInt64Number(buf, pos + MAX_TIMESTAMP_AT),
            );
      if (checked?.kind === 'ok') {
        const c = checked.completed;
        if (c?.isAborted) {
          aborted.push({
            producerId: c.producerId,
            firstOffset: c.firstOffset,
            lastOffset: c.lastOffset,
            lastStableOffset: checked.lastStableOffset,
          });
        }
      } else {
        // A data batch, another control record, or a marker the local state would fence.
        const done = producers.replayBatch(buf, pos);
        if (done?.completed.isAborted) {
          const c = done.completed;
          aborted.push({
            producerId: c.producerId,
            firstOffset: c.firstOffset,
            lastOffset: c.lastOffset,
            lastStableOffset: done.lastStableOffset,
          });
        }
      }
    }
    pos += size;
  }
  return aborted;
}

/** The COMMIT/ABORT marker of the control batch at `pos`, or null for any other control record. */
function readMarker(
  buf: Buffer,
  pos: number,
  size: number,
): { commit: boolean; coordinatorEpoch: number } | null {
  const decoded = decodeRecordBatch(buf.subarray(pos, pos + size));
  const record = decoded.ok ? decoded.batch.records[0] : undefined;
  if (!record) return null;
  try {
    const key = readControlRecordKey(record.key);
    if (key.type !== ControlRecordType.ABORT && key.type !== ControlRecordType.COMMIT) return null;
    return {
      commit: key.type === ControlRecordType.COMMIT,
      coordinatorEpoch: readEndTxnMarkerValue(record.value).coordinatorEpoch,
    };
  } catch {
    return null;
  }
}
