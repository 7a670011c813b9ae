// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ShareGroupMemberMetadataKey {
  /** The group id. */
  groupId: string;
  /** The member id. */
  memberId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupMemberMetadataKey(): ShareGroupMemberMetadataKey {
  return { groupId: "", memberId: "" };
}

function readShareGroupMemberMetadataKey(r: Reader, v: number): ShareGroupMemberMetadataKey {
  const s = defaultShareGroupMemberMetadataKey();
  if (v === 10) s.groupId = r.string(false);
  if (v === 10) s.memberId = r.string(false);
  return s;
}

function writeShareGroupMemberMetadataKey(w: Writer, v: number, s: Init<ShareGroupMemberMetadataKey>): void {
  if (v === 10) { w.string((s.groupId === undefined ? "" : s.groupId), false); }
  if (v === 10) { w.string((s.memberId === undefined ? "" : s.memberId), false); }
}

export const ShareGroupMemberMetadataKeyVersions = { min: 10, max: 10 } as const;

export function decodeShareGroupMemberMetadataKey(r: Reader, v: number): ShareGroupMemberMetadataKey {
  if (v < 10 || v > 10) throw new DecodeError(`ShareGroupMemberMetadataKey version ${v} is outside 10-10`);
  return readShareGroupMemberMetadataKey(r, v);
}

export function encodeShareGroupMemberMetadataKey(w: Writer, v: number, m: Init<ShareGroupMemberMetadataKey>): void {
  if (v < 10 || v > 10) throw new EncodeError(`ShareGroupMemberMetadataKey version ${v} is outside 10-10`);
  writeShareGroupMemberMetadataKey(w, v, m);
}
