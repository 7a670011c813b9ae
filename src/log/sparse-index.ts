// The two sparse indexes of a segment, kept as one growable Buffer each (the on-disk format is the
// same bytes): the offset index maps relative offset -> file position every index.interval.bytes,
// the time index maps a new largest timestamp -> relative offset of the first batch that reached
// it. Lookups are binary searches for the last entry at or below the key.
import { readInt64Number } from '../../wire/record-batch/index.js';

export const OFFSET_INDEX_ENTRY_BYTES = 8;
export const TIME_INDEX_ENTRY_BYTES = 12;

abstract class SparseIndex {
  protected buf: Buffer;
  entries = 0;

  constructor(
    readonly entrySize: number,
    public maxEntries: number,
    loaded?: Buffer,
  ) {
    if (loaded && loaded.length > 0) {
      this.entries = Math.floor(loaded.length / entrySize);
      this.buf = loaded;
    } else {
      this.buf = Buffer.allocUnsafe(entrySize * Math.min(Math.max(maxEntries, 1), 512));
    }
  }

  get isFull(): boolean {
    return this.entries >= this.maxEntries;
  }

  /** The entries as stored on disk (a view, valid until the next append). */
  bytes(): Buffer {
    return this.buf.subarray(0, this.entries * this.entrySize);
  }

  truncateEntries(count: number): void {
    if (count < this.entries) this.entries = Math.max(0, count);
  }

  protected slot(): number {
    const at = this.entries * this.entrySize;
    if (at + this.entrySize > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, at + this.entrySize));
      this.buf.copy(grown, 0, 0, at);
      this.buf = grown;
    }
    this.entries++;
    return at;
  }
}

export class OffsetIndex extends SparseIndex {
  constructor(maxEntries: number, loaded?: Buffer) {
    super(OFFSET_INDEX_ENTRY_BYTES, maxEntries, loaded);
  }

  append(relativeOffset: number, position: number): void {
    const at = this.slot();
    this.buf.writeInt32BE(relativeOffset, at);
    this.buf.writeInt32BE(position, at + 4);
  }

  relativeOffsetAt(i: number): number {
    return this.buf.readInt32BE(i * OFFSET_INDEX_ENTRY_BYTES);
  }

  positionAt(i: number): number {
    return this.buf.readInt32BE(i * OFFSET_INDEX_ENTRY_BYTES + 4);
  }

  /** Index of the last entry whose relative offset is <= `relativeOffset`, or -1. */
  floorEntry(relativeOffset: number): number {
    let lo = 0;
    let hi = this.entries - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.buf.readInt32BE(mid * OFFSET_INDEX_ENTRY_BYTES) <= relativeOffset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** File position to start a scan for `relativeOffset` (0 when no entry is at or below it). */
  floorPosition(relativeOffset: number): number {
    const i = this.floorEntry(relativeOffset);
    return i < 0 ? 0 : this.positionAt(i);
  }

  /** Why these entries cannot be right for a log of `logBytes` bytes, or null. */
  problem(logBytes: number): string | null {
    let prevOffset = -1;
    let prevPosition = -1;
    for (let i = 0; i < this.entries; i++) {
      const rel = this.relativeOffsetAt(i);
      const pos = this.positionAt(i);
      if (rel <= prevOffset || pos <= prevPosition) return `entry ${i} is not increasing`;
      if (pos >= logBytes) return `entry ${i} points past the end of the log (${pos} >= ${logBytes})`;
      prevOffset = rel;
      prevPosition = pos;
    }
    return null;
  }
}

export class TimeIndex extends SparseIndex {
  constructor(maxEntries: number, loaded?: Buffer) {
    super(TIME_INDEX_ENTRY_BYTES, maxEntries, loaded);
  }

  timestampAt(i: number): number {
    return readInt64Number(this.buf, i * TIME_INDEX_ENTRY_BYTES);
  }

  relativeOffsetAt(i: number): number {
    return this.buf.readInt32BE(i * TIME_INDEX_ENTRY_BYTES + 8);
  }

  get lastTimestamp(): number {
    return this.entries === 0 ? -1 : this.timestampAt(this.entries - 1);
  }

  /** Adds an entry when `timestamp` is larger than the last one; returns whether it did. */
  maybeAppend(timestamp: number, relativeOffset: number): boolean {
    if (timestamp <= this.lastTimestamp || this.isFull) return false;
    const at = this.slot();
    this.buf.writeBigInt64BE(BigInt(timestamp), at);
    this.buf.writeInt32BE(relativeOffset, at + 8);
    return true;
  }

  /** Relative offset of the last entry with timestamp <= `timestamp`, or -1 (scan from the start). */
  floorRelativeOffset(timestamp: number): number {
    let lo = 0;
    let hi = this.entries - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.timestampAt(mid) <= timestamp) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? -1 : this.relativeOffsetAt(found);
  }

  problem(): string | null {
    let prevTs = Number.NEGATIVE_INFINITY;
    let prevOffset = -1;
    for (let i = 0; i < this.entries; i++) {
      const ts = this.timestampAt(i);
      const rel = this.relativeOffsetAt(i);
      if (ts <= prevTs || rel < prevOffset || rel < 0) return `entry ${i} is not increasing`;
      prevTs = ts;
      prevOffset = rel;
    }
    return null;
  }
}
