// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ShareGroupMetadataKey {
  /** The group id. */
  groupId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupMetadataKey(): ShareGroupMetadataKey {
  return { groupId: "" };
}

function readShareGroupMetadataKey(r: Reader, v: number): ShareGroupMetadataKey {
  const s = defaultShareGroupMetadataKey();
  if (v === 11) s.groupId = r.string(false);
  return s;
}

function writeShareGroupMetadataKey(w: Writer, v: number, s: Init<ShareGroupMetadataKey>): void {
  if (v === 11) { w.string((s.groupId === undefined ? "" : s.groupId), false); }
}

export const ShareGroupMetadataKeyVersions = { min: 11, max: 11 } as const;

export function decodeShareGroupMetadataKey(r: Reader, v: number): ShareGroupMetadataKey {
  if (v < 11 || v > 11) throw new DecodeError(`ShareGroupMetadataKey version ${v} is outside 11-11`);
  return readShareGroupMetadataKey(r, v);
}

export function encodeShareGroupMetadataKey(w: Writer, v: number, m: Init<ShareGroupMetadataKey>): void {
  if (v < 11 || v > 11) throw new EncodeError(`ShareGroupMetadataKey version ${v} is outside 11-11`);
  writeShareGroupMetadataKey(w, v, m);
}
