// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface OffsetCommitKey {
  group: string;
  topic: string;
  partition: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitKey(): OffsetCommitKey {
  return { group: "", topic: "", partition: 0 };
}

function readOffsetCommitKey(r: Reader, v: number): OffsetCommitKey {
  const s = defaultOffsetCommitKey();
  if (v <= 1) s.group = r.string(false);
  if (v <= 1) s.topic = r.string(false);
  if (v <= 1) s.partition = r.int32();
  return s;
}

function writeOffsetCommitKey(w: Writer, v: number, s: Init<OffsetCommitKey>): void {
  if (v <= 1) { w.string((s.group === undefined ? "" : s.group), false); }
  if (v <= 1) { w.string((s.topic === undefined ? "" : s.topic), false); }
  if (v <= 1) { w.int32((s.partition === undefined ? 0 : s.partition)); }
}

export const OffsetCommitKeyVersions = { min: 0, max: 1 } as const;

export function decodeOffsetCommitKey(r: Reader, v: number): OffsetCommitKey {
  if (v < 0 || v > 1) throw new DecodeError(`OffsetCommitKey version ${v} is outside 0-1`);
  return readOffsetCommitKey(r, v);
}

export function encodeOffsetCommitKey(w: Writer, v: number, m: Init<OffsetCommitKey>): void {
  if (v < 0 || v > 1) throw new EncodeError(`OffsetCommitKey version ${v} is outside 0-1`);
  writeOffsetCommitKey(w, v, m);
}
