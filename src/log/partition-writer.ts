// The single writer of a partition log (group commit): appends queue up with their offsets already
// assigned; one drain loop writes everything queued with one writev(2) per segment touched, moves the
// HW, then fsyncs once for every flush() waiting. Segments roll here, between batches; an abort
// marker's transaction index entry is stored before the marker's bytes are written.
import { readInt64Number } from '../../wire/record-batch/index.js';
import { CLOSED, FAILED, OPEN, type PartitionCore } from './partition-core.js';
import type { AppendInfo, FlushWaiter, PendingAppend } from './partition-types.js';
import { LogSegment } from './segment.js';
import type { AbortedTxn } from './txn-index.js';

const MAX_RELATIVE_OFFSET = 0x7fffffff;

/** Queues `pending` for the writer; resolves once its bytes are in the file. */
export function enqueue(core: PartitionCore, pending: PendingAppend): Promise<AppendInfo> {
  const promise = new Promise<AppendInfo>((resolve, reject) => {
    pending.resolve = resolve;
    pending.reject = reject;
  });
  core.queue.push(pending);
  schedule(core);
  return promise;
}

/** Resolves when everything appended so far is written and fsynced. */
export function flush(core: PartitionCore): Promise<void> {
  if (core.state === FAILED) return Promise.reject(core.unavailable());
  if (core.state === CLOSED) return Promise.resolve();
  return new Promise((resolve, reject) => {
    core.flushWaiters.push({ resolve, reject });
    schedule(core);
  });
}

/** Background duties: an fsync when flush.ms has passed, a roll when segment.ms has. */
export function maybeFlushOrRoll(core: PartitionCore): void {
  if (core.state !== OPEN) return;
  const active = core.active;
  if (
    active.size > 0 &&
    active.firstAppendMs >= 0 &&
    core.clock.nowMs() - active.firstAppendMs >= core.config.segmentMs
  ) {
    core.rollRequested = true;
    schedule(core);
  }
  if (core.unflushedMessages > 0 && core.clock.monotonicMs() - core.lastFlushMs >= core.config.flushMs) {
    flush(core).catch(() => {});
  }
}

function schedule(core: PartitionCore): void {
  if (core.draining) return;
  core.draining = true;
  // Starting after the I/O callbacks of this event-loop turn (setImmediate) lets the appends of
  // every connection read in this turn join one group: fewer, larger writev calls.
  core.drained = new Promise<void>((resolve) => setImmediate(resolve)).then(() => drain(core));
}

async function drain(core: PartitionCore): Promise<void> {
  let group: PendingAppend[] = [];
  let waiters: FlushWaiter[] = [];
  try {
    while (
      core.state !== FAILED &&
      (core.queue.length > 0 || core.flushWaiters.length > 0 || core.rollRequested)
    ) {
      group = core.queue;
      core.queue = [];
      if (group.length > 0) {
        core.unflushedMessages += await writeGroup(core, group);
        core.notify();
      }
      if (core.rollRequested) {
        core.rollRequested = false;
        if (core.active.size > 0) await roll(core, core.hw);
      }
      waiters = core.flushWaiters;
      core.flushWaiters = [];
      if (waiters.length > 0 || flushDue(core)) await fsyncDirty(core);
      const logStartOffset = BigInt(core.logStart);
      for (const p of group) {
        p.resolve({
          firstOffset: BigInt(p.firstOffset),
          lastOffset: BigInt(p.lastOffset),
          logAppendTimeMs: BigInt(p.logAppendTimeMs),
          logStartOffset,
          recordCount: p.recordCount,
          errorCode: 0,
          errorMessage: null,
          duplicate: false,
        });
      }
      for (const w of waiters) w.resolve();
      group = [];
      waiters = [];
    }
  } catch (err) {
    core.fail(err, group, waiters);
  } finally {
    core.draining = false;
  }
}

function flushDue(core: PartitionCore): boolean {
  if (core.unflushedMessages === 0) return false;
  return (
    core.unflushedMessages >= core.config.flushMessages ||
    core.clock.monotonicMs() - core.lastFlushMs >= core.config.flushMs
  );
}

async function fsyncDirty(core: PartitionCore): Promise<void> {
  for (const segment of core.segments) await segment.flush();
  core.unflushedMessages = 0;
  core.lastFlushMs = core.clock.monotonicMs();
}

/** Writes a group of appends: one writev per segment touched. Returns the offsets written. */
async function writeGroup(core: PartitionCore, group: PendingAppend[]): Promise<number> {
  const now = core.clock.nowMs();
  const iov = core.iov;
  iov.length = 0;
  let segment = core.active;
  let chunkBytes = 0;
  let chunkBatches = 0;
  let offsets = 0;
  for (let g = 0; g < group.length; g++) {
    const p = group[g]!;
    const buf = p.buf;
    offsets += p.lastOffset - p.firstOffset + 1;
    let pos = 0;
    let sliceStart = 0;
    while (pos < buf.length) {
      const size = buf.readInt32BE(pos + 8) + 12;
      if (shouldRoll(core, segment, chunkBytes, chunkBatches, size, buf, pos, now)) {
        if (pos > sliceStart) iov.push(buf.subarray(sliceStart, pos));
        await writeChunk(core, segment, chunkBytes, now);
        segment = await roll(core, readInt64Number(buf, pos));
        chunkBytes = 0;
        chunkBatches = 0;
        sliceStart = pos;
      }
      chunkBytes += size;
      chunkBatches++;
      pos += size;
    }
    iov.push(sliceStart === 0 ? buf : buf.subarray(sliceStart));
  }
  if (chunkBytes > 0) await writeChunk(core, segment, chunkBytes, now);
  iov.length = 0;
  return offsets;
}

function shouldRoll(
  core: PartitionCore,
  segment: LogSegment,
  chunkBytes: number,
  chunkBatches: number,
  size: number,
  buf: Buffer,
  pos: number,
  now: number,
): boolean {
  const bytes = segment.size + chunkBytes;
  if (bytes === 0) return false;
  const cfg = core.config;
  if (bytes + size > cfg.segmentBytes) return true;
  const firstAppendMs = segment.firstAppendMs >= 0 ? segment.firstAppendMs : now;
  if (now - firstAppendMs >= cfg.segmentMs) return true;
  const lastOffset = readInt64Number(buf, pos) + buf.readInt32BE(pos + 23);
  if (lastOffset - segment.baseOffset > MAX_RELATIVE_OFFSET) return true;
  const pendingEntries = segment.offsetIndex.entries + chunkBatches;
  return pendingEntries >= segment.offsetIndex.maxEntries || pendingEntries >= segment.timeIndex.maxEntries;
}

/** Writes core.iov at the end of `segment`, then indexes the batches and moves the HW. */
async function writeChunk(
  core: PartitionCore,
  segment: LogSegment,
  bytes: number,
  now: number,
): Promise<void> {
  const iov = core.iov;
  const start = segment.size;
  if (core.pendingAborts.size > 0) await storeAborts(core, segment, iov);
  let written = await core.fs.writev(segment.descriptor, iov, start);
  while (written < bytes) {
    if (written <= 0) throw new Error(`write of ${bytes} bytes to ${segment.logPath} made no progress`);
    const rest = Buffer.concat(iov).subarray(written);
    const n = await core.fs.writev(segment.descriptor, [rest], start + written);
    if (n <= 0) throw new Error(`write of ${bytes} bytes to ${segment.logPath} made no progress`);
    written += n;
  }
  const interval = core.config.indexIntervalBytes;
  let position = start;
  for (let i = 0; i < iov.length; i++) {
    const b = iov[i]!;
    let p = 0;
    while (p < b.length) {
      const size = b.readInt32BE(p + 8) + 12;
      const base = readInt64Number(b, p);
      segment.onBatchWritten(
        position + p,
        base,
        base + b.readInt32BE(p + 23),
        readInt64Number(b, p + 35),
        size,
        interval,
      );
      p += size;
    }
    position += b.length;
  }
  iov.length = 0;
  segment.dirty = true;
  segment.lastModifiedMs = now;
  if (segment.firstAppendMs < 0) segment.firstAppendMs = now;
  core.hw = segment.nextOffset;
  core.producers.onHighWatermark(core.hw);
}

/** Stores the transaction index entries of the abort markers in `iov` before they are written. */
async function storeAborts(core: PartitionCore, segment: LogSegment, iov: readonly Buffer[]): Promise<void> {
  const found: AbortedTxn[] = [];
  for (const b of iov) {
    let p = 0;
    while (p < b.length) {
      const entry = core.pendingAborts.get(readInt64Number(b, p));
      if (entry) {
        found.push(entry);
        core.pendingAborts.delete(entry.lastOffset);
      }
      p += b.readInt32BE(p + 8) + 12;
    }
  }
  if (found.length > 0) await segment.addAborted(found);
}

async function roll(core: PartitionCore, baseOffset: number): Promise<LogSegment> {
  const old = core.active;
  old.finalizeTimeIndex();
  const segment = await LogSegment.create(
    core.fs,
    core.dir,
    baseOffset,
    core.config.segmentIndexBytes,
    core.clock.nowMs(),
  );
  core.segments.push(segment);
  core.track(sealSegment(core, old));
  core.takeSnapshot();
  return segment;
}

/** A rolled segment no longer changes: fsync it and store its indexes, off the append path. */
async function sealSegment(core: PartitionCore, segment: LogSegment): Promise<void> {
  await segment.flush();
  await segment.persistIndexes();
  await core.fs.fsyncDir(core.dir);
}
