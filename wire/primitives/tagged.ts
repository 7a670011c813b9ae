// Tagged-field helpers for the generated codec: known tagged fields are encoded into their own
// small buffers, merged with unknown ones kept from decoding, and written in tag order.
import type { TaggedField } from './reader.js';
import { Writer } from './writer.js';

export const EMPTY_BYTES: Buffer = Buffer.alloc(0);

export function encodeTagged(write: (w: Writer) => void): Buffer {
  const w = new Writer(32);
  write(w);
  return Buffer.from(w.toBuffer());
}

export function writeTaggedFields(
  w: Writer,
  known: TaggedField[],
  unknown: readonly TaggedField[] | undefined,
): void {
  if (known.length === 0 && (unknown === undefined || unknown.length === 0)) {
    w.uvarint(0);
    return;
  }
  const all = unknown ? [...known, ...unknown] : known;
  all.sort((a, b) => a.tag - b.tag);
  w.taggedFields(all);
}
