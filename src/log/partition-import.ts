// Imports into a partition log from another cluster (gossip-migrate; see import-append.ts): batches
// appended at their own offsets, with producer state and transaction index following them, and
// moving an empty log to start at the source's first offset. Both wait until the bytes are fsynced.
import {
  applyImportedProducerState,
  checkImportedBatches,
  MAX_RELATIVE_OFFSET as IMPORT_RELATIVE_OFFSET_MAX,
  type ImportCheck,
  stampLeaderEpoch,
} from './import-append.js';
import { OPEN, type PartitionCore } from './partition-core.js';
import { PendingAppend } from './partition-types.js';
import { enqueue, flush } from './partition-writer.js';
import { LogSegment } from './segment.js';

export async function appendImported(
  core: PartitionCore,
  batches: Buffer,
  partitionLeaderEpoch: number,
): Promise<ImportCheck> {
  if (core.state !== OPEN) throw core.unavailable();
  const check = checkImportedBatches(batches, core.nextOffset);
  if (!check.ok) return check;
  if (partitionLeaderEpoch >= 0) stampLeaderEpoch(batches, partitionLeaderEpoch);
  const active = core.active;
  if (
    core.nextOffset === active.baseOffset &&
    check.firstBatchLastOffset - active.baseOffset > IMPORT_RELATIVE_OFFSET_MAX
  ) {
    return {
      ok: false,
      message: `offset ${check.firstOffset} is too far past the empty log end ${core.nextOffset}: move the log end first`,
    };
  }
  for (const a of applyImportedProducerState(batches, core.producers))
    core.pendingAborts.set(a.lastOffset, a);
  const segmentsBefore = core.segments.length;
  core.nextOffset = check.lastOffset + 1;
  await enqueue(core, new PendingAppend(batches, check.firstOffset, check.lastOffset, check.records, -1));
  await flush(core);
  if (core.segments.length !== segmentsBefore) await core.fs.fsyncDir(core.dir);
  return check;
}

export function resetEmptyTo(core: PartitionCore, offset: bigint): Promise<boolean> {
  if (core.state !== OPEN) return Promise.reject(core.unavailable());
  const target = Number(offset);
  const isEmpty = () => core.state === OPEN && core.nextOffset === core.hw && core.sizeInBytes === 0;
  return core.withSegmentLock(async () => {
    await flush(core);
    if (!isEmpty()) return false;
    const fresh =
      core.segments.find((s) => s.baseOffset === target) ??
      (await LogSegment.create(core.fs, core.dir, target, core.config.segmentIndexBytes, core.clock.nowMs()));
    if (!isEmpty()) {
      if (!core.segments.includes(fresh)) await core.removeSegmentFiles(fresh);
      return false;
    }
    const old = core.segments.filter((s) => s !== fresh);
    core.segments.splice(0, core.segments.length, fresh);
    core.nextOffset = target;
    core.hw = target;
    core.logStart = target;
    core.producers.load([]);
    core.pendingAborts.clear();
    await core.checkpoint.write(target);
    for (const segment of old) await core.removeSegmentFiles(segment);
    await core.fs.fsyncDir(core.dir);
    await core.takeSnapshot();
    return true;
  });
}
