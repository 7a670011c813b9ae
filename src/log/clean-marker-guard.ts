// Keeps a clean close visible until the first change: after a clean close the `.clean-shutdown`
// marker stays in the partition directory, and this LogFs wrapper removes it durably just before
// the first write, truncate, create, rename or removal, so a crash from then on is seen as unclean.
import { join } from 'node:path';
import { CLEAN_SHUTDOWN_MARKER } from './checkpoint.js';
import type { LogFs } from './log-fs.js';

/**
 * The file system of a partition opened after a clean close, with its `.clean-shutdown` marker
 * still in place: the first call that changes anything (write, truncate, create, rename, remove)
 * first removes the marker and syncs the directory, so a crash from then on is seen as unclean.
 */
export class CleanMarkerGuard implements LogFs {
  private retired: Promise<void> | null = null;

  constructor(
    private readonly inner: LogFs,
    private readonly dir: string,
  ) {}

  /** True while nothing has been changed through this file system. */
  get unchanged(): boolean {
    return this.retired === null;
  }

  private retire(): Promise<void> {
    this.retired ??= this.inner
      .unlink(join(this.dir, CLEAN_SHUTDOWN_MARKER))
      .then(() => this.inner.fsyncDir(this.dir));
    return this.retired;
  }

  async open(path: string, flags: string): Promise<number> {
    // 'r' and 'r+' open an existing file as it is; 'w' and 'a' may create or truncate one.
    if (/[wa]/.test(flags)) await this.retire();
    return this.inner.open(path, flags);
  }
  close(fd: number): Promise<void> {
    return this.inner.close(fd);
  }
  read(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<number> {
    return this.inner.read(fd, buf, offset, length, position);
  }
  writev(fd: number, buffers: readonly Buffer[], position: number): Promise<number> {
    if (this.retired === null) return this.retire().then(() => this.inner.writev(fd, buffers, position));
    return this.inner.writev(fd, buffers, position);
  }
  fdatasync(fd: number): Promise<void> {
    return this.inner.fdatasync(fd);
  }
  async ftruncate(fd: number, length: number): Promise<void> {
    await this.retire();
    return this.inner.ftruncate(fd, length);
  }
  fileSize(fd: number): Promise<number> {
    return this.inner.fileSize(fd);
  }
  readFile(path: string): Promise<Buffer | null> {
    return this.inner.readFile(path);
  }
  async writeFileAtomic(path: string, data: Buffer): Promise<void> {
    await this.retire();
    return this.inner.writeFileAtomic(path, data);
  }
  readdir(path: string): Promise<string[]> {
    return this.inner.readdir(path);
  }
  async mkdir(path: string): Promise<void> {
    await this.retire();
    return this.inner.mkdir(path);
  }
  async rename(from: string, to: string): Promise<void> {
    await this.retire();
    return this.inner.rename(from, to);
  }
  async unlink(path: string): Promise<void> {
    await this.retire();
    return this.inner.unlink(path);
  }
  async rmdir(path: string): Promise<void> {
    await this.retire();
    return this.inner.rmdir(path);
  }
  exists(path: string): Promise<boolean> {
    return this.inner.exists(path);
  }
  fsyncDir(path: string): Promise<void> {
    return this.inner.fsyncDir(path);
  }
}
