// Producer state snapshots: `<offset>.snapshot` in the partition directory holds the producer state
// as of that offset (every batch below it applied), so opening a log replays batch headers only from
// the newest usable snapshot instead of from the start. Kafka-like layout: version, CRC-32C of the
// rest, then each producer with its last batches (all of them, not only the last as Kafka keeps).
import { join } from 'node:path';
import { crc32c } from '@node-rs/crc32';
import type { LogFs } from './log-fs.js';
import { PRODUCER_BATCHES_RETAINED, ProducerStateEntry } from './producer-state.js';
import { segmentFileName } from './segment.js';

export const SNAPSHOT_SUFFIX = '.snapshot';
/** Snapshots kept per partition: the newest few, so one lost with a torn log tail has a fallback. */
export const SNAPSHOTS_RETAINED = 3;

const VERSION = 1;
const HEADER_BYTES = 10;
const ENTRY_BYTES = 8 + 2 + 4 + 8 + 8 + 1;
const BATCH_BYTES = 4 + 8 + 4 + 8;

export function snapshotFileName(offset: number): string {
  return segmentFileName(offset, SNAPSHOT_SUFFIX);
}

/** Offset of a `<20 digits>.snapshot` name, or -1 for any other name. */
export function parseSnapshotFileName(name: string): number {
  if (!/^\d{20}\.snapshot$/.test(name)) return -1;
  return Number(name.slice(0, 20));
}

export function encodeSnapshot(entries: Iterable<ProducerStateEntry>): Buffer {
  const list = [...entries];
  let size = HEADER_BYTES;
  for (const e of list) size += ENTRY_BYTES + e.batches.length * BATCH_BYTES;
  const buf = Buffer.alloc(size);
  buf.writeInt16BE(VERSION, 0);
  buf.writeInt32BE(list.length, 6);
  let p = HEADER_BYTES;
  for (const e of list) {
    buf.writeBigInt64BE(e.producerId, p);
    buf.writeInt16BE(e.epoch, p + 8);
    buf.writeInt32BE(e.coordinatorEpoch, p + 10);
    buf.writeBigInt64BE(BigInt(e.currentTxnFirstOffset), p + 14);
    buf.writeBigInt64BE(BigInt(e.lastTimestamp), p + 22);
    buf.writeUInt8(e.batches.length, p + 30);
    p += ENTRY_BYTES;
    for (const b of e.batches) {
      buf.writeInt32BE(b.lastSeq, p);
      buf.writeBigInt64BE(BigInt(b.lastOffset), p + 4);
      buf.writeInt32BE(b.offsetDelta, p + 12);
      buf.writeBigInt64BE(BigInt(b.timestamp), p + 16);
      p += BATCH_BYTES;
    }
  }
  buf.writeUInt32BE(crc32c(buf.subarray(6)) >>> 0, 2);
  return buf;
}

/** The entries of a snapshot file, or a reason it cannot be used. */
export function decodeSnapshot(buf: Buffer): ProducerStateEntry[] | string {
  if (buf.length < HEADER_BYTES) return 'snapshot shorter than its header';
  if (buf.readInt16BE(0) !== VERSION) return `unknown snapshot version ${buf.readInt16BE(0)}`;
  if (buf.readUInt32BE(2) !== crc32c(buf.subarray(6)) >>> 0) return 'snapshot CRC mismatch';
  const count = buf.readInt32BE(6);
  const out: ProducerStateEntry[] = [];
  let p = HEADER_BYTES;
  for (let i = 0; i < count; i++) {
    if (buf.length - p < ENTRY_BYTES) return 'snapshot truncated';
    const batchCount = buf.readUInt8(p + 30);
    if (batchCount > PRODUCER_BATCHES_RETAINED || buf.length - p < ENTRY_BYTES + batchCount * BATCH_BYTES) {
      return 'snapshot entry malformed';
    }
    const entry = new ProducerStateEntry(
      buf.readBigInt64BE(p),
      buf.readInt16BE(p + 8),
      [],
      buf.readInt32BE(p + 10),
      Number(buf.readBigInt64BE(p + 14)),
      Number(buf.readBigInt64BE(p + 22)),
    );
    p += ENTRY_BYTES;
    for (let k = 0; k < batchCount; k++) {
      entry.batches.push({
        lastSeq: buf.readInt32BE(p),
        lastOffset: Number(buf.readBigInt64BE(p + 4)),
        offsetDelta: buf.readInt32BE(p + 12),
        timestamp: Number(buf.readBigInt64BE(p + 16)),
      });
      p += BATCH_BYTES;
    }
    out.push(entry);
  }
  if (p !== buf.length) return 'snapshot has trailing bytes';
  return out;
}

/** Offsets of the snapshot files in `dir`, ascending. */
export async function listSnapshots(fs: LogFs, dir: string): Promise<number[]> {
  const offsets: number[] = [];
  for (const name of await fs.readdir(dir)) {
    const offset = parseSnapshotFileName(name);
    if (offset >= 0) offsets.push(offset);
  }
  return offsets.sort((a, b) => a - b);
}

/** Writes (atomically, fsynced) the snapshot at `offset`, then keeps only the newest few. */
export async function writeSnapshot(fs: LogFs, dir: string, offset: number, data: Buffer): Promise<void> {
  await fs.writeFileAtomic(join(dir, snapshotFileName(offset)), data);
  const offsets = await listSnapshots(fs, dir);
  for (const old of offsets.slice(0, Math.max(0, offsets.length - SNAPSHOTS_RETAINED))) {
    await fs.unlink(join(dir, snapshotFileName(old)));
  }
  await fs.fsyncDir(dir);
}

/** Removes snapshots whose offset is above `offset` (their batches did not survive). */
export async function deleteSnapshotsAfter(fs: LogFs, dir: string, offset: number): Promise<number[]> {
  const kept: number[] = [];
  for (const s of await listSnapshots(fs, dir)) {
    if (s > offset) await fs.unlink(join(dir, snapshotFileName(s)));
    else kept.push(s);
  }
  return kept;
}
