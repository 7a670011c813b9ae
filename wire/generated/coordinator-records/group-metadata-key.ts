// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface GroupMetadataKey {
  group: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultGroupMetadataKey(): GroupMetadataKey {
  return { group: "" };
}

function readGroupMetadataKey(r: Reader, v: number): GroupMetadataKey {
  const s = defaultGroupMetadataKey();
  if (v === 2) s.group = r.string(false);
  return s;
}

function writeGroupMetadataKey(w: Writer, v: number, s: Init<GroupMetadataKey>): void {
  if (v === 2) { w.string((s.group === undefined ? "" : s.group), false); }
}

export const GroupMetadataKeyVersions = { min: 2, max: 2 } as const;

export function decodeGroupMetadataKey(r: Reader, v: number): GroupMetadataKey {
  if (v < 2 || v > 2) throw new DecodeError(`GroupMetadataKey version ${v} is outside 2-2`);
  return readGroupMetadataKey(r, v);
}

export function encodeGroupMetadataKey(w: Writer, v: number, m: Init<GroupMetadataKey>): void {
  if (v < 2 || v > 2) throw new EncodeError(`GroupMetadataKey version ${v} is outside 2-2`);
  writeGroupMetadataKey(w, v, m);
}
