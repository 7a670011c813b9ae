// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ShareGroupPartitionMetadataKey {
  /** The group id. */
  groupId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupPartitionMetadataKey(): ShareGroupPartitionMetadataKey {
  return { groupId: "" };
}

function readShareGroupPartitionMetadataKey(r: Reader, v: number): ShareGroupPartitionMetadataKey {
  const s = defaultShareGroupPartitionMetadataKey();
  if (v === 9) s.groupId = r.string(false);
  return s;
}

function writeShareGroupPartitionMetadataKey(w: Writer, v: number, s: Init<ShareGroupPartitionMetadataKey>): void {
  if (v === 9) { w.string((s.groupId === undefined ? "" : s.groupId), false); }
}

export const ShareGroupPartitionMetadataKeyVersions = { min: 9, max: 9 } as const;

export function decodeShareGroupPartitionMetadataKey(r: Reader, v: number): ShareGroupPartitionMetadataKey {
  if (v < 9 || v > 9) throw new DecodeError(`ShareGroupPartitionMetadataKey version ${v} is outside 9-9`);
  return readShareGroupPartitionMetadataKey(r, v);
}

export function encodeShareGroupPartitionMetadataKey(w: Writer, v: number, m: Init<ShareGroupPartitionMetadataKey>): void {
  if (v < 9 || v > 9) throw new EncodeError(`ShareGroupPartitionMetadataKey version ${v} is outside 9-9`);
  writeShareGroupPartitionMetadataKey(w, v, m);
}
