// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ConsumerGroupMemberMetadataKey {
  /** The group id. */
  groupId: string;
  /** The member id. */
  memberId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupMemberMetadataKey(): ConsumerGroupMemberMetadataKey {
  return { groupId: "", memberId: "" };
}

function readConsumerGroupMemberMetadataKey(r: Reader, v: number): ConsumerGroupMemberMetadataKey {
  const s = defaultConsumerGroupMemberMetadataKey();
  if (v === 5) s.groupId = r.string(false);
  if (v === 5) s.memberId = r.string(false);
  return s;
}

function writeConsumerGroupMemberMetadataKey(w: Writer, v: number, s: Init<ConsumerGroupMemberMetadataKey>): void {
  if (v === 5) { w.string((s.groupId === undefined ? "" : s.groupId), false); }
  if (v === 5) { w.string((s.memberId === undefined ? "" : s.memberId), false); }
}

export const ConsumerGroupMemberMetadataKeyVersions = { min: 5, max: 5 } as const;

export function decodeConsumerGroupMemberMetadataKey(r: Reader, v: number): ConsumerGroupMemberMetadataKey {
  if (v < 5 || v > 5) throw new DecodeError(`ConsumerGroupMemberMetadataKey version ${v} is outside 5-5`);
  return readConsumerGroupMemberMetadataKey(r, v);
}

export function encodeConsumerGroupMemberMetadataKey(w: Writer, v: number, m: Init<ConsumerGroupMemberMetadataKey>): void {
  if (v < 5 || v > 5) throw new EncodeError(`ConsumerGroupMemberMetadataKey version ${v} is outside 5-5`);
  writeConsumerGroupMemberMetadataKey(w, v, m);
}
