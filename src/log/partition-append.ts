// The synchronous front of an append: checks the batches, assigns offsets (writing baseOffset into
// each batch header), checks producer batches against the producer state (idempotence, fencing) in
// that same step so pipelined batches of one producer see each other, then hands the bytes to the
// writer. Transaction markers (appendMarker) take the same path.
import {
  ControlRecordType,
  encodeEndTxnMarkerBatch,
  setMaxTimestamp,
  TimestampType,
} from '../../wire/record-batch/index.js';
import { BATCH_OVERHEAD, OPEN, type PartitionCore } from './partition-core.js';
import { type AppendInfo, PendingAppend, type TxnMarker } from './partition-types.js';
import { enqueue, flush } from './partition-writer.js';
import { hasProducerId, type PendingProducerUpdate } from './producer-state.js';

const TWO_POW_32 = 4294967296;

export function appendBatches(
  core: PartitionCore,
  batches: Buffer,
  opts?: { logAppendTimeMs?: number; origin?: 'client' | 'coordinator' },
): Promise<AppendInfo> {
  if (core.state !== OPEN) return Promise.reject(core.unavailable());
  const logAppendTime =
    core.config.messageTimestampType === 'LogAppendTime' ? (opts?.logAppendTimeMs ?? core.clock.nowMs()) : -1;
  const end = batches.length;
  if (end === 0) return Promise.reject(new RangeError('append needs at least one record batch'));
  let pos = 0;
  let offset = core.nextOffset;
  let records = 0;
  let producerBatches = false;
  while (pos < end) {
    const size = end - pos >= BATCH_OVERHEAD ? batches.readInt32BE(pos + 8) + 12 : 0;
    const delta = size >= BATCH_OVERHEAD ? batches.readInt32BE(pos + 23) : -1;
    if (size < BATCH_OVERHEAD || size > end - pos || delta < 0) {
      return Promise.reject(new RangeError(`malformed record batch at byte ${pos} of an append`));
    }
    batches.writeUInt32BE(Math.floor(offset / TWO_POW_32), pos);
    batches.writeUInt32BE(offset >>> 0, pos + 4);
    if (logAppendTime >= 0) setMaxTimestamp(batches, pos, TimestampType.LOG_APPEND_TIME, logAppendTime);
    records += batches.readInt32BE(pos + 57);
    if (hasProducerId(batches, pos)) producerBatches = true;
    offset += delta + 1;
    pos += size;
  }
  let producerUpdate: PendingProducerUpdate | null = null;
  if (producerBatches) {
    const check = core.producers.checkAppend(batches, end, opts?.origin === 'coordinator');
    if (check.kind === 'error') return Promise.resolve(refused(core, check.errorCode, check.message));
    if (check.kind === 'duplicate') return duplicateOf(core, check, logAppendTime >= 0);
    producerUpdate = check.pending;
  }
  const pending = new PendingAppend(batches, core.nextOffset, offset - 1, records, logAppendTime);
  core.nextOffset = offset;
  if (producerUpdate) core.producers.commit(producerUpdate);
  return enqueue(core, pending);
}

/**
 * Appends a COMMIT or ABORT marker; an abort's transaction index entry waits in pendingAborts
 * until the writer stores it just before the marker's bytes.
 */
export function appendMarker(core: PartitionCore, marker: TxnMarker): Promise<AppendInfo> {
  if (core.state !== OPEN) return Promise.reject(core.unavailable());
  const now = core.clock.nowMs();
  const offset = core.nextOffset;
  const buf = encodeEndTxnMarkerBatch({
    type: marker.commit ? ControlRecordType.COMMIT : ControlRecordType.ABORT,
    producerId: marker.producerId,
    producerEpoch: marker.producerEpoch,
    coordinatorEpoch: marker.coordinatorEpoch,
    timestamp: now,
    baseOffset: offset,
    partitionLeaderEpoch: marker.partitionLeaderEpoch ?? -1,
  });
  const check = core.producers.appendMarker(
    marker.producerId,
    marker.producerEpoch,
    marker.coordinatorEpoch,
    marker.commit,
    offset,
    now,
  );
  if (check.kind === 'error') return Promise.resolve(refused(core, check.errorCode, check.message));
  const c = check.completed;
  if (c?.isAborted) {
    core.pendingAborts.set(offset, {
      producerId: c.producerId,
      firstOffset: c.firstOffset,
      lastOffset: c.lastOffset,
      lastStableOffset: check.lastStableOffset,
    });
  }
  const logAppendTime = core.config.messageTimestampType === 'LogAppendTime' ? now : -1;
  if (logAppendTime >= 0) setMaxTimestamp(buf, 0, TimestampType.LOG_APPEND_TIME, logAppendTime);
  const pending = new PendingAppend(buf, offset, offset, 1, logAppendTime);
  core.nextOffset = offset + 1;
  return enqueue(core, pending);
}

function refused(core: PartitionCore, errorCode: number, message: string): AppendInfo {
  return {
    firstOffset: -1n,
    lastOffset: -1n,
    logAppendTimeMs: -1n,
    logStartOffset: BigInt(core.logStart),
    recordCount: 0,
    errorCode,
    errorMessage: message,
    duplicate: false,
  };
}

/**
 * The answer to a retried batch: its original offsets, once the original is written (it may
 * still be in flight when the retry arrives).
 */
async function duplicateOf(
  core: PartitionCore,
  d: { firstOffset: number; lastOffset: number; timestamp: number },
  logAppendTime: boolean,
): Promise<AppendInfo> {
  if (d.lastOffset >= core.hw) await flush(core);
  return {
    firstOffset: BigInt(d.firstOffset),
    lastOffset: BigInt(d.lastOffset),
    logAppendTimeMs: logAppendTime ? BigInt(d.timestamp) : -1n,
    logStartOffset: BigInt(core.logStart),
    recordCount: 0,
    errorCode: 0,
    errorMessage: null,
    duplicate: true,
  };
}
