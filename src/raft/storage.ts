// Durable Raft state in one directory: `hard-state` and `snapshot` are small files replaced
// atomically (write tmp, fsync, rename, fsync dir); `entries.log` is an append-only file of
// CRC32C-checked frames (u32 bodyLength | u32 crc32c(body) | codec entry), truncated in place for a
// truncate op and rewritten for a snapshot op. persist() applies any number of Effects with one
// fdatasync (group commit); open() truncates a torn tail and returns the PersistentState, plus the
// `commit-index` hint the driver saves now and then (entries known committed, usable at once).

import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32c } from '@node-rs/crc32';
import { type MetadataLogger, silentLogger } from '../metadata/logger.js';
import {
  decodeEntry,
  decodeHardState,
  decodeSnapshot,
  encodeEntry,
  encodeHardState,
  encodeSnapshot,
  RaftCodecError,
} from './codec.js';
import type { Entry, HardState, LogOp, NodeId, PersistentState, Snapshot } from './types.js';
import { bootstrapState } from './types.js';

export const HARD_STATE_FILE = 'hard-state';
export const SNAPSHOT_FILE = 'snapshot';
export const ENTRIES_FILE = 'entries.log';
export const COMMIT_INDEX_FILE = 'commit-index';
const FRAME_HEADER_BYTES = 8;
/** An entries.log frame claiming more than this is treated as a torn tail, not allocated. */
export const RAFT_STORED_FRAME_BYTES_MAX = 256 * 1024 * 1024;

export interface OpenedRaftStorage {
  storage: RaftStorage;
  state: PersistentState;
  /** An index known to be committed when it was saved (at least the snapshot index). */
  commitIndex: number;
}

/** The part of an Effects that storage makes durable. */
export interface DurableEffects {
  readonly hardState: HardState | null;
  readonly logOps: readonly LogOp[];
}

export interface RaftStorageOptions {
  dir: string;
  /** Voters of a brand-new cluster: the config when no snapshot has been stored yet. */
  bootstrapVoters: readonly NodeId[];
  logger?: MetadataLogger;
}

export class RaftStorage {
  /** File position of each entry frame; positions[i] holds entry firstIndex + i. */
  private positions: number[] = [];
  private firstIndex = 1;
  private fileBytes = 0;
  private closed = false;

  private constructor(
    private readonly dir: string,
    private entriesFile: FileHandle,
    private readonly logger: MetadataLogger,
  ) {}

  /** Opens (creating if needed) the directory and recovers what is durable in it. */
  static async open(options: RaftStorageOptions): Promise<OpenedRaftStorage> {
    await mkdir(options.dir, { recursive: true });
    const logger = options.logger ?? silentLogger;
    const bootstrap = bootstrapState(options.bootstrapVoters);
    const hardState = await readAtomic(join(options.dir, HARD_STATE_FILE), decodeHardState);
    const snapshot =
      (await readAtomic(join(options.dir, SNAPSHOT_FILE), decodeSnapshot)) ?? bootstrap.snapshot;
    const handle = await openEntries(options.dir);
    const storage = new RaftStorage(options.dir, handle, logger);
    try {
      const entries = await storage.recover(snapshot);
      const saved = await readCommitIndex(options.dir, logger);
      const commitIndex = Math.max(snapshot.index, Math.min(saved, snapshot.index + entries.length));
      return {
        storage,
        state: { hardState: hardState ?? bootstrap.hardState, snapshot, entries },
        commitIndex,
      };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /**
   * Makes the hard state and log ops of `batch` durable, in order: the newest hard state first
   * (it only ever moves forward), then every log op, then one fdatasync.
   */
  async persist(batch: readonly DurableEffects[]): Promise<void> {
    if (this.closed) throw new Error('raft storage is closed');
    let hardState: HardState | null = null;
    for (const fx of batch) if (fx.hardState !== null) hardState = fx.hardState;
    if (hardState !== null) await writeAtomic(this.dir, HARD_STATE_FILE, encodeHardState(hardState));
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let dirty = false;
    const flush = async () => {
      if (pendingBytes === 0) return;
      await writeFully(this.entriesFile, Buffer.concat(pending, pendingBytes), this.fileBytes);
      this.fileBytes += pendingBytes;
      pending = [];
      pendingBytes = 0;
      dirty = true;
    };
    for (const fx of batch) {
      for (const op of fx.logOps) {
        if (op.op === 'append') {
          for (const entry of op.entries) {
            const expected = this.firstIndex + this.positions.length;
            if (entry.index !== expected) {
              throw new Error(`raft storage: append of index ${entry.index}, expected ${expected}`);
            }
            const frame = encodeFrame(entry);
            this.positions.push(this.fileBytes + pendingBytes);
            pending.push(frame);
            pendingBytes += frame.length;
          }
        } else if (op.op === 'truncate') {
          await flush();
          await this.truncateFrom(op.fromIndex);
          dirty = true;
        } else {
          await flush();
          await this.installSnapshot(op.snapshot, op.keepEntriesAfter);
        }
      }
    }
    await flush();
    if (dirty) await this.entriesFile.datasync();
  }

  /**
   * Remembers that entries up to `index` are committed, so a restart can serve them before a leader
   * confirms them again. A hint: written without fsync unless `durable`; a lost or torn copy only
   * means a smaller index after a crash.
   */
  async saveCommitIndex(index: number, durable: boolean): Promise<void> {
    if (this.closed) throw new Error('raft storage is closed');
    const body = Buffer.allocUnsafe(8);
    body.writeBigUInt64BE(BigInt(index), 0);
    await writeAtomic(this.dir, COMMIT_INDEX_FILE, body, true, durable);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.entriesFile.close();
  }

  /** Reads entries.log, keeps the entries that continue `snapshot`, truncates a torn tail. */
  private async recover(snapshot: Snapshot): Promise<Entry[]> {
    const bytes = await this.entriesFile.readFile();
    const entries: Entry[] = [];
    const positions: number[] = [];
    let pos = 0;
    while (pos < bytes.length) {
      const entry = decodeFrameAt(bytes, pos);
      if (entry === null) break;
      const last = entries.at(-1);
      if (last !== undefined && entry.index !== last.index + 1) break;
      entries.push(entry);
      positions.push(pos);
      pos += FRAME_HEADER_BYTES + bytes.readUInt32BE(pos);
    }
    const path = join(this.dir, ENTRIES_FILE);
    if (pos < bytes.length) {
      this.logger.warn(
        `raft log ${path}: truncated ${bytes.length - pos} bytes of torn or corrupt tail at byte ${pos}`,
      );
      await this.entriesFile.truncate(pos);
      await this.entriesFile.sync();
    }
    this.fileBytes = pos;
    this.positions = positions;
    this.firstIndex = entries[0]?.index ?? snapshot.index + 1;
    // Normally the file starts right after the snapshot. After a crash between storing a snapshot
    // and rewriting the entries, it may still start earlier: keep what follows the snapshot only if
    // the log agrees with the snapshot at its index.
    if (this.firstIndex === snapshot.index + 1) return entries;
    const at = entries.find((e) => e.index === snapshot.index);
    const kept =
      at !== undefined && at.term === snapshot.term ? entries.filter((e) => e.index > snapshot.index) : [];
    this.logger.warn(`raft log ${path}: rewriting to follow the snapshot at index ${snapshot.index}`);
    await this.rewriteEntries(Buffer.concat(kept.map(encodeFrame)), snapshot.index + 1);
    return kept;
  }

  private async truncateFrom(fromIndex: number): Promise<void> {
    const keep = fromIndex - this.firstIndex;
    if (keep >= this.positions.length) return;
    if (keep < 0) throw new Error(`raft storage: truncate at ${fromIndex} is before the log start`);
    this.fileBytes = this.positions[keep]!;
    this.positions.length = keep;
    await this.entriesFile.truncate(this.fileBytes);
  }

  private async installSnapshot(snapshot: Snapshot, keepEntriesAfter: boolean): Promise<void> {
    await writeAtomic(this.dir, SNAPSHOT_FILE, encodeSnapshot(snapshot));
    const keepFrom = Math.max(0, snapshot.index + 1 - this.firstIndex);
    let tail = Buffer.alloc(0);
    if (keepEntriesAfter && keepFrom < this.positions.length) {
      const start = this.positions[keepFrom]!;
      tail = Buffer.allocUnsafe(this.fileBytes - start);
      await readFully(this.entriesFile, tail, start);
    }
    await this.rewriteEntries(tail, snapshot.index + 1);
  }

  /** Replaces entries.log by `frames` (valid frames, the first holding `firstIndex`), durably. */
  private async rewriteEntries(frames: Buffer, firstIndex: number): Promise<void> {
    await this.entriesFile.close();
    await writeAtomic(this.dir, ENTRIES_FILE, frames, false, true);
    this.entriesFile = await openEntries(this.dir);
    const positions: number[] = [];
    for (let pos = 0; pos < frames.length; pos += FRAME_HEADER_BYTES + frames.readUInt32BE(pos)) {
      positions.push(pos);
    }
    this.positions = positions;
    this.firstIndex = firstIndex;
    this.fileBytes = frames.length;
  }
}

/** entries.log opened for positional reads and writes (not O_APPEND), created when missing. */
function openEntries(dir: string): Promise<FileHandle> {
  return open(join(dir, ENTRIES_FILE), constants.O_RDWR | constants.O_CREAT, 0o644);
}

function encodeFrame(entry: Entry): Buffer {
  return encodeFrameBody(encodeEntry(entry));
}

function encodeFrameBody(body: Buffer): Buffer {
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + body.length);
  frame.writeUInt32BE(body.length, 0);
  frame.writeUInt32BE(crc32c(body), 4);
  body.copy(frame, FRAME_HEADER_BYTES);
  return frame;
}

/** The body of the frame at `pos`, or null when it is short or fails its CRC. */
function frameBodyAt(bytes: Buffer, pos: number): Buffer | null {
  if (bytes.length - pos < FRAME_HEADER_BYTES) return null;
  const length = bytes.readUInt32BE(pos);
  if (length > RAFT_STORED_FRAME_BYTES_MAX || length > bytes.length - pos - FRAME_HEADER_BYTES) return null;
  const body = bytes.subarray(pos + FRAME_HEADER_BYTES, pos + FRAME_HEADER_BYTES + length);
  return crc32c(body) === bytes.readUInt32BE(pos + 4) ? body : null;
}

function decodeFrameAt(bytes: Buffer, pos: number): Entry | null {
  const body = frameBodyAt(bytes, pos);
  if (body === null) return null;
  try {
    return decodeEntry(body);
  } catch (error) {
    if (error instanceof RaftCodecError) return null;
    throw error;
  }
}

/** The decoded content of a file written by writeAtomic, or null when it does not exist. */
async function readAtomic<T>(path: string, decode: (body: Buffer) => T): Promise<T | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const body = frameBodyAt(bytes, 0);
  if (body === null || FRAME_HEADER_BYTES + body.length !== bytes.length) {
    // Files are replaced by rename after fsync, so this is disk damage, not a crash: refuse to
    // guess (an older term or vote could make this node vote twice).
    throw new Error(`raft storage: ${path} is corrupt`);
  }
  try {
    return decode(body);
  } catch (error) {
    throw new Error(`raft storage: ${path} is corrupt: ${String(error)}`);
  }
}

/** Replaces dir/name with `bytes` (framed with a CRC unless `framed` is false), crash-atomically when durable. */
async function writeAtomic(
  dir: string,
  name: string,
  bytes: Buffer,
  framed = true,
  durable = true,
): Promise<void> {
  const tmp = join(dir, `${name}.tmp`);
  const final = join(dir, name);
  await rm(tmp, { force: true });
  const handle = await open(tmp, 'w');
  try {
    await writeFully(handle, framed ? encodeFrameBody(bytes) : bytes, 0);
    if (durable) await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, final);
  if (durable) await syncDir(dir);
}

/** The saved commit index; 0 when there is none or it did not survive a crash intact. */
async function readCommitIndex(dir: string, logger: MetadataLogger): Promise<number> {
  try {
    const index = await readAtomic(join(dir, COMMIT_INDEX_FILE), (body) => {
      if (body.length !== 8) throw new RaftCodecError('commit index is not 8 bytes');
      const value = body.readBigUInt64BE(0);
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RaftCodecError('commit index is too large');
      return Number(value);
    });
    return index ?? 0;
  } catch (error) {
    logger.warn(`raft storage: ignoring the saved commit index: ${String(error)}`);
    return 0;
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeFully(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const result = await handle.write(bytes, written, bytes.length - written, position + written);
    written += result.bytesWritten;
  }
}

async function readFully(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  let read = 0;
  while (read < bytes.length) {
    const result = await handle.read(bytes, read, bytes.length - read, position + read);
    if (result.bytesRead === 0) throw new Error('raft storage: entries.log is shorter than its index');
    read += result.bytesRead;
  }
}
