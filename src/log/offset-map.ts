// The key -> latest offset map one compaction pass builds over the dirty part of a log. Keys up to
// INLINE_KEY_BYTES_MAX bytes are stored as-is (latin1 strings map bytes 1:1); longer keys are
// stored by their SHA-256 digest, so memory per entry stays bounded. `isFull` says when the
// cleaner should stop mapping further segments (the limit is soft: a segment is mapped whole).
import { createHash } from 'node:crypto';

const INLINE_KEY_BYTES_MAX = 48;

function slotOf(key: Buffer): string {
  if (key.length <= INLINE_KEY_BYTES_MAX) return `k${key.toString('latin1')}`;
  return `h${createHash('sha256').update(key).digest('base64')}`;
}

export class OffsetMap {
  private readonly offsets = new Map<string, number>();
  /** Largest offset put so far, -1 while empty. */
  latestOffset = -1;

  constructor(readonly maxEntries: number) {}

  get size(): number {
    return this.offsets.size;
  }

  get isFull(): boolean {
    return this.offsets.size >= this.maxEntries;
  }

  put(key: Buffer, offset: number): void {
    this.offsets.set(slotOf(key), offset);
    if (offset > this.latestOffset) this.latestOffset = offset;
  }

  /** Latest offset recorded for `key`, or -1. */
  get(key: Buffer): number {
    return this.offsets.get(slotOf(key)) ?? -1;
  }
}
