// The partition log's side of log compaction (compaction.ts does the cleaning): it runs one pass
// at a time, offers only closed segments below the LSO, and swaps a cleaned group in under the
// segment-list lock; renaming it to `.log.swap` commits the swap, finished at open after a crash.
import { join } from 'node:path';
import { readCleanerState, writeCleanerState } from './cleaner-checkpoint.js';
import {
  type CompactionOptions,
  type CompactionStats,
  type CompactionTarget,
  compactLog,
} from './compaction.js';
import { finishSwap, SWAP_SUFFIX } from './compaction-swap.js';
import { OPEN, type PartitionCore } from './partition-core.js';
import { applyRetention } from './partition-retention.js';
import { type LogSegment, segmentFileName } from './segment.js';
import type { AbortedTxn } from './txn-index.js';

/** One compaction pass, or the one already running. */
export function compact(
  core: PartitionCore,
  nowMs: number,
  options?: CompactionOptions,
): Promise<CompactionStats | null> {
  if (core.state !== OPEN) return Promise.resolve(null);
  if (core.compaction) return core.compaction;
  const run = runCompaction(core, nowMs, options ?? {}).finally(() => {
    core.compaction = null;
  });
  core.compaction = run;
  return run;
}

async function runCompaction(
  core: PartitionCore,
  nowMs: number,
  options: CompactionOptions,
): Promise<CompactionStats | null> {
  if (!core.config.cleanupCompact || core.state !== OPEN) return null;
  if (core.config.cleanupDelete) await applyRetention(core, nowMs);
  core.cleanerState ??= (await readCleanerState(core.fs, core.dir)) ?? {
    firstDirtyOffset: 0,
    deleteHorizonMs: -1,
  };
  const target: CompactionTarget = {
    dir: core.dir,
    fs: core.fs,
    logger: core.logger,
    config: () => core.config,
    isOpen: () => core.state === OPEN,
    logStartOffset: () => core.logStart,
    highWatermark: () => core.hw,
    // Like Kafka's cleaner, nothing at or above the LSO: an open transaction may still abort.
    closedSegments: () => {
      const lso = core.lso();
      const closed = core.segments.slice(0, -1);
      let n = 0;
      while (n < closed.length && closed[n]!.nextOffset <= lso) n++;
      return closed.slice(0, n);
    },
    settleBackground: async () => {
      await Promise.allSettled([...core.background]);
    },
    swap: (group, cleaned, cleanedPath) => swapCleaned(core, group, cleaned, cleanedPath),
    saveCleanerState: async (state) => {
      await writeCleanerState(core.fs, core.dir, state);
      core.cleanerState = state;
    },
    producerLastOffsets: () => core.producers.lastDataOffsets(),
    abortedData: () => abortedDataLookup(core),
  };
  return compactLog(target, core.cleanerState, nowMs, options);
}

/**
 * Replaces the contiguous closed segments `group` with `cleaned` (written to `cleanedPath` and
 * fsynced). Renaming it to `.log.swap` commits the swap: a crash after that is finished at the
 * next open. False when the log closed or the group is no longer in place.
 */
function swapCleaned(
  core: PartitionCore,
  group: LogSegment[],
  cleaned: LogSegment,
  cleanedPath: string,
): Promise<boolean> {
  return core.withSegmentLock(async () => {
    if (core.state !== OPEN) return false;
    const at = core.segments.indexOf(group[0]!);
    if (at < 0 || at + group.length >= core.segments.length) return false;
    for (let k = 1; k < group.length; k++) if (core.segments[at + k] !== group[k]) return false;
    const swapPath = join(core.dir, segmentFileName(cleaned.baseOffset, SWAP_SUFFIX));
    await core.fs.rename(cleanedPath, swapPath);
    core.segments.splice(at, group.length, cleaned);
    try {
      await core.fs.fsyncDir(core.dir);
      await finishSwap(core.fs, core.dir, group, cleaned, swapPath);
    } catch (err) {
      core.fail(err, [], []);
    }
    return true;
  });
}

/** producerId -> aborted ranges, from every segment's transaction index (compaction drops that data). */
function abortedDataLookup(core: PartitionCore): (producerId: bigint, offset: number) => boolean {
  const ranges = new Map<bigint, AbortedTxn[]>();
  for (const segment of core.segments) {
    for (const e of segment.txnIndex.entries) {
      const list = ranges.get(e.producerId);
      if (list) list.push(e);
      else ranges.set(e.producerId, [e]);
    }
  }
  return (producerId, offset) =>
    ranges.get(producerId)?.some((e) => e.firstOffset <= offset && offset < e.lastOffset) ?? false;
}
