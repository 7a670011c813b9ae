// Where a partition log's start moves: DeleteRecords raises the log start offset, and retention
// (retention.ms, retention.bytes, or a log start past whole segments) removes the oldest segments,
// never the active one. Both run under the segment-list lock and checkpoint the new log start.
import { OPEN, type PartitionCore } from './partition-core.js';

export async function deleteRecordsBefore(core: PartitionCore, offset: bigint): Promise<bigint> {
  if (core.state !== OPEN) throw core.unavailable();
  const target = Math.min(Number(offset), core.hw);
  if (target > core.logStart) core.logStart = target;
  await core.withSegmentLock(async () => {
    const segments = core.segments;
    let count = 0;
    while (count < segments.length - 1 && segments[count + 1]!.baseOffset <= core.logStart) count++;
    await deleteOldest(core, count, 'log start offset');
  });
  await core.checkpoint.write(core.logStart);
  return BigInt(core.logStart);
}

export function applyRetention(core: PartitionCore, nowMs: number): Promise<number> {
  return core.withSegmentLock(() => retentionPass(core, nowMs));
}

async function retentionPass(core: PartitionCore, nowMs: number): Promise<number> {
  if (core.state !== OPEN) return 0;
  const segments = core.segments;
  const deletable = segments.length - 1;
  const cfg = core.config;
  let count = 0;
  let reason = 'log start offset';
  while (count < deletable && segments[count + 1]!.baseOffset <= core.logStart) count++;
  if (cfg.cleanupDelete && cfg.retentionMs >= 0) {
    let n = 0;
    while (n < deletable && nowMs - segments[n]!.retentionTimestampMs > cfg.retentionMs) n++;
    if (n > count) {
      count = n;
      reason = `retention.ms ${cfg.retentionMs}`;
    }
  }
  if (cfg.cleanupDelete && cfg.retentionBytes >= 0) {
    let excess = core.sizeInBytes - cfg.retentionBytes;
    let n = 0;
    while (n < deletable && excess - segments[n]!.size >= 0) excess -= segments[n++]!.size;
    if (n > count) {
      count = n;
      reason = `retention.bytes ${cfg.retentionBytes}`;
    }
  }
  if (count === 0) return 0;
  await deleteOldest(core, count, reason);
  await core.checkpoint.write(core.logStart);
  return count;
}

/** Removes the `count` oldest segments (never the active one) and raises the log start offset. */
async function deleteOldest(core: PartitionCore, count: number, reason: string): Promise<void> {
  count = Math.min(count, core.segments.length - 1);
  if (count <= 0) return;
  const removed = core.segments.splice(0, count);
  core.logStart = Math.max(core.logStart, core.segments[0]!.baseOffset);
  core.logger.info(
    {
      topic: core.topic,
      partition: core.partition,
      segments: removed.length,
      firstBaseOffset: removed[0]!.baseOffset,
      logStartOffset: core.logStart,
      reason,
    },
    'deleting log segments',
  );
  for (const segment of removed) {
    await segment.close();
    await core.fs.unlink(segment.logPath);
    await core.fs.unlink(segment.indexPath);
    await core.fs.unlink(segment.timeIndexPath);
    await core.fs.unlink(segment.txnIndexPath);
  }
}
