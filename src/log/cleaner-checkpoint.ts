// Per-partition cleaner state in `cleaner-offset.checkpoint`: the first dirty offset (everything
// below it has been compacted at least once) and the earliest delete horizon of a tombstone still
// in the log (-1 for none), so a restart knows when tombstones become removable. Replaced
// atomically; a missing or unreadable file means "nothing cleaned yet".
import { join } from 'node:path';
import type { LogFs } from './log-fs.js';

export const CLEANER_CHECKPOINT = 'cleaner-offset.checkpoint';
const VERSION = '0';

export interface CleanerState {
  firstDirtyOffset: number;
  /** Earliest delete horizon (ms) among retained tombstones, -1 when there is none. */
  deleteHorizonMs: number;
}

export async function readCleanerState(fs: LogFs, dir: string): Promise<CleanerState | null> {
  const bytes = await fs.readFile(join(dir, CLEANER_CHECKPOINT));
  if (!bytes) return null;
  const [version, dirty, horizon] = bytes.toString('utf8').split('\n');
  if (version !== VERSION || dirty === undefined || !/^\d+$/.test(dirty)) return null;
  const deleteHorizonMs = horizon !== undefined && /^-?\d+$/.test(horizon) ? Number(horizon) : -1;
  return { firstDirtyOffset: Number(dirty), deleteHorizonMs };
}

export async function writeCleanerState(fs: LogFs, dir: string, state: CleanerState): Promise<void> {
  await fs.writeFileAtomic(
    join(dir, CLEANER_CHECKPOINT),
    Buffer.from(`${VERSION}\n${state.firstDirtyOffset}\n${state.deleteHorizonMs}\n`),
  );
}
