// The file side of a compaction swap. A cleaned group is written to `<base>.log.cleaned`; renaming
// it to `<base>.log.swap` commits it; then the replaced segments' files go and the swap file becomes
// `<base>.log`. At open, a `.cleaned` file is rolled back (deleted) and a `.swap` file is finished:
// the old segments its offsets cover are deleted, as Kafka's log loader does.
import { join } from 'node:path';
import { LOG_OVERHEAD, RECORD_BATCH_OVERHEAD, readInt64Number } from '../../wire/record-batch/index.js';
import type { Logger } from '../common/logger.js';
import type { LogFs } from './log-fs.js';
import { type LogSegment, segmentFileName } from './segment.js';

export const CLEANED_SUFFIX = '.log.cleaned';
export const SWAP_SUFFIX = '.log.swap';

const LAST_OFFSET_DELTA_AT = 23;
const SWAP_NAME = /^(\d{20})\.log\.swap$/;
const SEGMENT_FILE = /^(\d{20})\.(log|index|timeindex|txnindex)$/;

/**
 * After `swapPath` (the cleaned group) is durable: close and remove the replaced segments' files,
 * rename the swap file to `<base>.log` and store its indexes.
 */
export async function finishSwap(
  fs: LogFs,
  dir: string,
  group: readonly LogSegment[],
  cleaned: LogSegment,
  swapPath: string,
): Promise<void> {
  for (const old of group) {
    await old.close();
    await fs.unlink(old.indexPath);
    await fs.unlink(old.timeIndexPath);
    await fs.unlink(old.txnIndexPath);
    if (old.baseOffset !== cleaned.baseOffset) await fs.unlink(old.logPath);
  }
  await fs.rename(swapPath, cleaned.logPath);
  await cleaned.persistIndexes();
  await fs.fsyncDir(dir);
}

/** Offset after the last whole batch of a segment file (its base offset when it has none). */
async function nextOffsetOfFile(fs: LogFs, path: string, baseOffset: number): Promise<number> {
  const fd = await fs.open(path, 'r');
  try {
    const size = await fs.fileSize(fd);
    const header = Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD);
    let next = baseOffset;
    let pos = 0;
    while (size - pos >= RECORD_BATCH_OVERHEAD) {
      const n = await fs.read(fd, header, 0, RECORD_BATCH_OVERHEAD, pos);
      if (n < RECORD_BATCH_OVERHEAD) break;
      const batchSize = header.readInt32BE(8) + LOG_OVERHEAD;
      if (batchSize < RECORD_BATCH_OVERHEAD || pos + batchSize > size) break;
      next = readInt64Number(header, 0) + header.readInt32BE(LAST_OFFSET_DELTA_AT) + 1;
      pos += batchSize;
    }
    return next;
  } finally {
    await fs.close(fd);
  }
}

/**
 * Opening a partition directory: a `.log.cleaned` file is an unfinished pass (removed: the old
 * segments are intact); a `.log.swap` file is a committed one, finished here by deleting the old
 * segments its offsets cover and renaming it to `.log` (its indexes are then rebuilt on load).
 * Returns true when it changed the directory.
 */
export async function recoverCleanerFiles(
  fs: LogFs,
  dir: string,
  names: readonly string[],
  logger: Logger,
): Promise<boolean> {
  let changed = false;
  for (const name of names) {
    if (!name.endsWith(CLEANED_SUFFIX)) continue;
    await fs.unlink(join(dir, name));
    logger.warn({ dir, file: name }, 'removing the output of an interrupted log compaction');
    changed = true;
  }
  for (const name of names) {
    const match = SWAP_NAME.exec(name);
    if (!match) continue;
    const base = Number(match[1]);
    const swapPath = join(dir, name);
    const end = Math.max(await nextOffsetOfFile(fs, swapPath, base), base + 1);
    let replaced = 0;
    for (const other of names) {
      const file = SEGMENT_FILE.exec(other);
      if (!file) continue;
      const b = Number(file[1]);
      if (b < base || b >= end) continue;
      await fs.unlink(join(dir, other));
      if (file[2] === 'log') replaced++;
    }
    await fs.rename(swapPath, join(dir, segmentFileName(base, '.log')));
    logger.warn(
      { dir, file: name, replacedSegments: replaced },
      'finished the swap of an interrupted log compaction',
    );
    changed = true;
  }
  if (changed) await fs.fsyncDir(dir);
  return changed;
}
