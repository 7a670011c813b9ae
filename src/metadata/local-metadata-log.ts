// A MetadataLog in one local file, for a single-node quorum. Each append becomes one frame (see
// log-format.ts); appends that arrive while a write is in flight are grouped into the next write,
// and every write is followed by fdatasync before its batches count as committed. Opening scans
// the file, truncates a torn or corrupt tail (logging how many bytes) and indexes frame positions
// so read() can fetch old batches from disk.

import type { FileHandle } from 'node:fs/promises';
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeFrameAt, decodeFrames, encodeFrame } from './log-format.js';
import { type MetadataLogger, silentLogger } from './logger.js';
import type { CommitListener, CommittedBatch, MetadataLog } from './metadata-log.js';
import type { MetadataRecord } from './records.js';

export const METADATA_LOG_FILE = 'metadata.log';

export interface LocalMetadataLogOptions {
  /** Directory holding metadata.log; created if missing. */
  dir: string;
  logger?: MetadataLogger;
}

interface IndexEntry {
  baseOffset: number;
  count: number;
  position: number;
  length: number;
}

interface PendingAppend {
  batch: CommittedBatch;
  frame: Buffer;
  resolve: (lastOffset: number) => void;
  reject: (error: Error) => void;
}

export class LocalMetadataLog implements MetadataLog {
  private readonly listeners = new Set<CommitListener>();
  private pending: PendingAppend[] = [];
  private writing: Promise<void> | null = null;
  private failure: Error | null = null;
  private closed = false;

  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    private readonly index: IndexEntry[],
    private fileBytes: number,
    private nextOffset: number,
    private readonly logger: MetadataLogger,
  ) {}

  static async open(options: LocalMetadataLogOptions): Promise<LocalMetadataLog> {
    const logger = options.logger ?? silentLogger;
    await mkdir(options.dir, { recursive: true });
    const path = join(options.dir, METADATA_LOG_FILE);
    const handle = await open(path, 'a+');
    try {
      const bytes = await handle.readFile();
      const { frames, validBytes } = decodeFrames(bytes);
      const index = frames.map((f) => ({
        baseOffset: f.batch.baseOffset,
        count: f.batch.records.length,
        position: f.position,
        length: f.length,
      }));
      const last = index.at(-1);
      const nextOffset = last === undefined ? 0 : last.baseOffset + last.count;
      if (validBytes < bytes.length) {
        logger.warn(
          `metadata log ${path}: truncated ${bytes.length - validBytes} bytes of torn or corrupt tail ` +
            `at byte ${validBytes} (log ends at offset ${nextOffset - 1})`,
        );
        await handle.truncate(validBytes);
        await handle.sync();
      }
      return new LocalMetadataLog(path, handle, index, validBytes, nextOffset, logger);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  committedOffset(): number {
    const last = this.index.at(-1);
    return last === undefined ? -1 : last.baseOffset + last.count - 1;
  }

  append(records: readonly MetadataRecord[]): Promise<number> {
    if (this.closed) return Promise.reject(new Error(`metadata log ${this.path} is closed`));
    if (this.failure !== null) return Promise.reject(this.failure);
    if (records.length === 0) return Promise.reject(new RangeError('cannot append an empty batch'));
    const batch: CommittedBatch = { baseOffset: this.nextOffset, records: records.slice() };
    let frame: Buffer;
    try {
      frame = encodeFrame(batch);
    } catch (error) {
      return Promise.reject(error);
    }
    this.nextOffset += records.length;
    return new Promise((resolve, reject) => {
      this.pending.push({ batch, frame, resolve, reject });
      this.startWriting();
    });
  }

  async read(fromOffset: number): Promise<CommittedBatch[]> {
    const out: CommittedBatch[] = [];
    let i = this.firstEntryHolding(fromOffset);
    for (; i < this.index.length; i++) {
      const entry = this.index[i]!;
      const bytes = Buffer.allocUnsafe(entry.length);
      const { bytesRead } = await this.handle.read(bytes, 0, entry.length, entry.position);
      const frame = bytesRead === entry.length ? decodeFrameAt(bytes, 0, entry.baseOffset) : null;
      if (frame === null)
        throw new Error(`metadata log ${this.path}: frame at byte ${entry.position} is unreadable`);
      const skip = Math.max(0, fromOffset - entry.baseOffset);
      out.push(
        skip === 0
          ? frame.batch
          : { baseOffset: entry.baseOffset + skip, records: frame.batch.records.slice(skip) },
      );
    }
    return out;
  }

  subscribe(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.writing !== null) await this.writing;
    this.listeners.clear();
    await this.handle.close();
  }

  private startWriting(): void {
    if (this.writing !== null) return;
    this.writing = this.writePending().finally(() => {
      this.writing = null;
      if (this.pending.length > 0) this.startWriting();
    });
  }

  /** Writes everything pending in as few writes as possible, one fdatasync per write. */
  private async writePending(): Promise<void> {
    while (this.pending.length > 0) {
      const group = this.pending;
      this.pending = [];
      try {
        if (this.failure !== null) throw this.failure;
        const bytes = group.length === 1 ? group[0]!.frame : Buffer.concat(group.map((p) => p.frame));
        await writeFully(this.handle, bytes);
        await this.handle.datasync();
      } catch (error) {
        // What reached the disk is unknown: stop accepting appends; the next open truncates.
        this.failure ??= new Error(`metadata log ${this.path} write failed: ${String(error)}`, {
          cause: error,
        });
        this.logger.error(this.failure.message);
        for (const p of group) p.reject(this.failure);
        continue;
      }
      for (const p of group) this.commit(p);
    }
  }

  private commit(p: PendingAppend): void {
    this.index.push({
      baseOffset: p.batch.baseOffset,
      count: p.batch.records.length,
      position: this.fileBytes,
      length: p.frame.length,
    });
    this.fileBytes += p.frame.length;
    for (const listener of this.listeners) {
      try {
        listener(p.batch);
      } catch (error) {
        this.logger.error(
          `metadata commit listener failed at offset ${p.batch.baseOffset}: ${String(error)}`,
        );
      }
    }
    p.resolve(p.batch.baseOffset + p.batch.records.length - 1);
  }

  private firstEntryHolding(offset: number): number {
    let low = 0;
    let high = this.index.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const entry = this.index[mid]!;
      if (entry.baseOffset + entry.count - 1 < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

async function writeFully(handle: FileHandle, bytes: Buffer): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const result = await handle.write(bytes, written, bytes.length - written);
    written += result.bytesWritten;
  }
}
