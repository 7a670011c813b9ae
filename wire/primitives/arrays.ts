// Array helpers used by the generated codec: one place that applies the null rules (classic -1,
// compact 0) and the "count must fit in the bytes left" check before allocating.
import { DecodeError } from './errors.js';
import type { Reader } from './reader.js';
import type { Writer } from './writer.js';

export function readNullableArray<T>(r: Reader, compact: boolean, elem: (r: Reader) => T): T[] | null {
  const n = r.arrayLength(compact);
  if (n < 0) return null;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = elem(r);
  return out;
}

export function readArray<T>(r: Reader, compact: boolean, elem: (r: Reader) => T): T[] {
  const out = readNullableArray(r, compact, elem);
  if (out === null) throw new DecodeError(`null array where the version does not allow null at ${r.pos}`);
  return out;
}

export function writeArray<T>(
  w: Writer,
  compact: boolean,
  items: readonly T[] | null | undefined,
  elem: (w: Writer, item: T) => void,
): void {
  if (items === null) {
    w.arrayLength(null, compact);
    return;
  }
  const list = items ?? [];
  w.arrayLength(list.length, compact);
  for (const item of list) elem(w, item);
}

/** Reads the nullable-struct marker (int8: -1 null, 1 present). */
export function readStructPresent(r: Reader): boolean {
  const marker = r.int8();
  if (marker === -1) return false;
  if (marker === 1) return true;
  throw new DecodeError(`invalid nullable struct marker ${marker}`);
}
