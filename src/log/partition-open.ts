// Opening and closing a partition log. Open loads the segments (recovering the tail after an unclean
// shutdown), the log start checkpoint and the producer state; a directory closed cleanly keeps its
// marker behind a CleanMarkerGuard. Shutdown drains the writer and background work, and a clean
// close stores the active indexes and a producer snapshot, then writes the clean-shutdown marker.
import { join } from 'node:path';
import { CLEAN_SHUTDOWN_MARKER, readLogStartOffset, writeCleanShutdownMarker } from './checkpoint.js';
import { CleanMarkerGuard } from './clean-marker-guard.js';
import { type LogFs, NodeLogFs } from './log-fs.js';
import { CLOSED, FAILED, OPEN, PartitionCore } from './partition-core.js';
import type { PartitionLogOptions } from './partition-types.js';
import { flush } from './partition-writer.js';
import { DEFAULT_PRODUCER_ID_EXPIRATION_MS } from './producer-state.js';
import { LogSegment } from './segment.js';
import { loadProducerState, loadSegments } from './segment-loader.js';

/** Opens (creating if needed) the partition directory, recovering it after an unclean shutdown. */
export async function openPartition(o: PartitionLogOptions): Promise<PartitionCore> {
  const baseFs = o.fs ?? new NodeLogFs();
  const startedMs = o.clock.monotonicMs();
  await baseFs.mkdir(o.dir);
  const clean = await baseFs.exists(join(o.dir, CLEAN_SHUTDOWN_MARKER));
  // After a clean close the marker stays until the first change (a start with no writes syncs
  // nothing); the guard removes it durably before any byte of this directory changes.
  const guard = clean ? new CleanMarkerGuard(baseFs, o.dir) : null;
  const fs: LogFs = guard ?? baseFs;
  const segments = await loadSegments({
    fs,
    dir: o.dir,
    config: o.config,
    clean,
    logger: o.logger,
    nowMs: o.clock.nowMs(),
  });
  const checkpointed = await readLogStartOffset(fs, o.dir);
  if (segments.length === 0) {
    segments.push(
      await LogSegment.create(fs, o.dir, checkpointed ?? 0, o.config.segmentIndexBytes, o.clock.nowMs()),
    );
    await fs.fsyncDir(o.dir);
  }
  const logEnd = segments[segments.length - 1]!.nextOffset;
  const logStart = Math.min(Math.max(checkpointed ?? 0, segments[0]!.baseOffset), logEnd);
  const producerIdExpirationMs = o.producerIdExpirationMs ?? DEFAULT_PRODUCER_ID_EXPIRATION_MS;
  const producers = await loadProducerState({
    fs,
    dir: o.dir,
    segments,
    logEndOffset: logEnd,
    topicPartition: `${o.topic}-${o.partition}`,
    logger: o.logger,
    nowMs: o.clock.nowMs(),
    producerIdExpirationMs,
  });
  const core = new PartitionCore(o, fs, segments, logStart, producers, guard);
  o.logger.info(
    {
      topic: o.topic,
      partition: o.partition,
      logStartOffset: logStart,
      logEndOffset: logEnd,
      segments: segments.length,
      producers: producers.producerCount,
      cleanShutdown: clean,
      loadMs: Math.round(o.clock.monotonicMs() - startedMs),
    },
    'partition log loaded',
  );
  return core;
}

/** Stops the log once; `clean` stores what the next open needs to skip recovery. */
export async function shutdown(core: PartitionCore, clean: boolean): Promise<void> {
  if (core.shutDown) return;
  core.shutDown = true;
  if (core.state === OPEN) {
    const flushed = flush(core);
    core.state = CLOSED;
    await flushed.catch(() => {});
  }
  while (core.draining) await core.drained;
  if (core.compaction) await core.compaction.catch(() => {});
  await core.segmentLock;
  await Promise.allSettled([...core.background]);
  await core.checkpoint.settled();
  const healthy = core.state !== FAILED;
  // Opened clean and nothing written since: the files and the marker on disk are still right.
  const unchanged = core.markerGuard?.unchanged === true;
  if (clean && healthy && !unchanged) {
    const active = core.active;
    active.finalizeTimeIndex();
    await active.persistIndexes();
    await core.takeSnapshot().catch(() => {});
  }
  await core.snapshotWrites;
  for (const segment of core.segments) await segment.close().catch(() => {});
  if (clean && healthy && !unchanged) await writeCleanShutdownMarker(core.fs, core.dir);
  core.listeners.clear();
}
