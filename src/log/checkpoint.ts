// Small per-partition files next to the segments: `log-start-offset.checkpoint` keeps the log start
// offset raised by DeleteRecords and retention (replaced atomically, written in order), and
// `.clean-shutdown` marks that close() flushed everything, so the next open can skip recovery.
import { join } from 'node:path';
import type { LogFs } from './log-fs.js';

export const LOG_START_CHECKPOINT = 'log-start-offset.checkpoint';
export const CLEAN_SHUTDOWN_MARKER = '.clean-shutdown';
const CHECKPOINT_VERSION = '0';

export async function readLogStartOffset(fs: LogFs, dir: string): Promise<number | null> {
  const bytes = await fs.readFile(join(dir, LOG_START_CHECKPOINT));
  if (!bytes) return null;
  const [version, value] = bytes.toString('utf8').split('\n');
  if (version !== CHECKPOINT_VERSION || value === undefined || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/** Writes checkpoints one at a time so an older value never lands after a newer one. */
export class LogStartCheckpoint {
  private chain: Promise<void> = Promise.resolve();
  private written = -1;

  constructor(
    private readonly fs: LogFs,
    private readonly dir: string,
  ) {}

  write(logStartOffset: number): Promise<void> {
    const next = this.chain.then(async () => {
      if (logStartOffset <= this.written) return;
      await this.fs.writeFileAtomic(
        join(this.dir, LOG_START_CHECKPOINT),
        Buffer.from(`${CHECKPOINT_VERSION}\n${logStartOffset}\n`),
      );
      this.written = logStartOffset;
    });
    this.chain = next.catch(() => {});
    return next;
  }

  settled(): Promise<void> {
    return this.chain;
  }
}

/** True when the last close was clean; removes the marker (durably) so a crash from now on is seen. */
export async function takeCleanShutdownMarker(fs: LogFs, dir: string): Promise<boolean> {
  const path = join(dir, CLEAN_SHUTDOWN_MARKER);
  if (!(await fs.exists(path))) return false;
  await fs.unlink(path);
  await fs.fsyncDir(dir);
  return true;
}

export async function writeCleanShutdownMarker(fs: LogFs, dir: string): Promise<void> {
  await fs.writeFileAtomic(join(dir, CLEAN_SHUTDOWN_MARKER), Buffer.alloc(0));
  await fs.fsyncDir(dir);
}
