// Raw file baselines: the same batch bytes the load generator sends, appended to a file in a tight
// loop with and without fdatasync after each batch (the floor cost of a durable log), and read back
// sequentially in 1 MiB chunks (the ceiling for a fetch-only run).
import { closeSync, fdatasyncSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface FileResult {
  bytes: number;
  seconds: number;
  ops: number;
}

export function fileAppend(dir: string, batch: Buffer, durationMs: number, fsync: boolean): FileResult {
  const path = join(dir, fsync ? 'append-fsync.log' : 'append.log');
  const fd = openSync(path, 'a');
  const start = performance.now();
  let ops = 0;
  let now = start;
  while (now - start < durationMs) {
    writeSync(fd, batch);
    if (fsync) fdatasyncSync(fd);
    ops++;
    if ((ops & 15) === 0 || fsync) now = performance.now();
  }
  now = performance.now();
  closeSync(fd);
  return { bytes: ops * batch.length, seconds: (now - start) / 1000, ops };
}

/** Reads the no-fsync append file back sequentially, then removes both files. */
export function fileReadBack(dir: string): FileResult {
  const path = join(dir, 'append.log');
  const fd = openSync(path, 'r');
  const chunk = Buffer.allocUnsafe(1 << 20);
  const start = performance.now();
  let bytes = 0;
  let ops = 0;
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    bytes += n;
    ops++;
  }
  const seconds = (performance.now() - start) / 1000;
  closeSync(fd);
  rmSync(dir, { recursive: true, force: true });
  return { bytes, seconds, ops };
}
