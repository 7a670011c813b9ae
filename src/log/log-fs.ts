// The file operations the log store needs, behind an interface so tests can count fsyncs or inject
// write failures around the real file system. NodeLogFs maps each call onto one node:fs callback
// call on a raw file descriptor (no FileHandle objects), so the hot path costs one promise per call.
import * as fs from 'node:fs';

export interface LogFs {
  /** Opens a file and returns its descriptor; `flags` as in fs.open ('r+', 'w+', ...). */
  open(path: string, flags: string): Promise<number>;
  close(fd: number): Promise<void>;
  /** Reads up to `length` bytes at `position` into buf[offset..]; resolves the bytes read. */
  read(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<number>;
  /** Writes the buffers back to back at `position`; resolves the bytes written (may be short). */
  writev(fd: number, buffers: readonly Buffer[], position: number): Promise<number>;
  /** fdatasync(2): the data and the size reach the disk. */
  fdatasync(fd: number): Promise<void>;
  ftruncate(fd: number, length: number): Promise<void>;
  fileSize(fd: number): Promise<number>;
  /** Contents of a file, or null when it does not exist. */
  readFile(path: string): Promise<Buffer | null>;
  /** Replaces a file atomically: write a temp file, fsync it, rename it over `path`. */
  writeFileAtomic(path: string, data: Buffer): Promise<void>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; missing files are fine. */
  unlink(path: string): Promise<void>;
  /** Removes a directory tree; missing is fine. */
  rmdir(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** fsync of a directory, so created, renamed and removed names are durable. */
  fsyncDir(path: string): Promise<void>;
}

function settle<T>(resolve: (v: T) => void, reject: (e: Error) => void) {
  return (err: NodeJS.ErrnoException | null, value: T) => (err ? reject(err) : resolve(value));
}

export class NodeLogFs implements LogFs {
  open(path: string, flags: string): Promise<number> {
    return new Promise((resolve, reject) => fs.open(path, flags, 0o644, settle(resolve, reject)));
  }

  close(fd: number): Promise<void> {
    return new Promise((resolve, reject) => fs.close(fd, (err) => (err ? reject(err) : resolve())));
  }

  read(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<number> {
    return new Promise((resolve, reject) =>
      fs.read(fd, buf, offset, length, position, (err, n) => (err ? reject(err) : resolve(n))),
    );
  }

  writev(fd: number, buffers: readonly Buffer[], position: number): Promise<number> {
    return new Promise((resolve, reject) =>
      fs.writev(fd, buffers as Buffer[], position, (err, n) => (err ? reject(err) : resolve(n))),
    );
  }

  fdatasync(fd: number): Promise<void> {
    return new Promise((resolve, reject) => fs.fdatasync(fd, (err) => (err ? reject(err) : resolve())));
  }

  ftruncate(fd: number, length: number): Promise<void> {
    return new Promise((resolve, reject) =>
      fs.ftruncate(fd, length, (err) => (err ? reject(err) : resolve())),
    );
  }

  fileSize(fd: number): Promise<number> {
    return new Promise((resolve, reject) =>
      fs.fstat(fd, (err, st) => (err ? reject(err) : resolve(st.size))),
    );
  }

  async readFile(path: string): Promise<Buffer | null> {
    try {
      return await fs.promises.readFile(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async writeFileAtomic(path: string, data: Buffer): Promise<void> {
    const tmp = `${path}.tmp`;
    const handle = await fs.promises.open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(tmp, path);
  }

  readdir(path: string): Promise<string[]> {
    return fs.promises.readdir(path);
  }

  async mkdir(path: string): Promise<void> {
    await fs.promises.mkdir(path, { recursive: true });
  }

  rename(from: string, to: string): Promise<void> {
    return fs.promises.rename(from, to);
  }

  unlink(path: string): Promise<void> {
    return fs.promises.rm(path, { force: true });
  }

  rmdir(path: string): Promise<void> {
    return fs.promises.rm(path, { recursive: true, force: true });
  }

  async exists(path: string): Promise<boolean> {
    try {
      await fs.promises.access(path);
      return true;
    } catch {
      return false;
    }
  }

  async fsyncDir(path: string): Promise<void> {
    const handle = await fs.promises.open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
