// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ConsumerGroupCurrentMemberAssignmentKey {
  /** The group id. */
  groupId: string;
  /** The member id. */
  memberId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupCurrentMemberAssignmentKey(): ConsumerGroupCurrentMemberAssignmentKey {
  return { groupId: "", memberId: "" };
}

function readConsumerGroupCurrentMemberAssignmentKey(r: Reader, v: number): ConsumerGroupCurrentMemberAssignmentKey {
  const s = defaultConsumerGroupCurrentMemberAssignmentKey();
  if (v === 8) s.groupId = r.string(false);
  if (v === 8) s.memberId = r.string(false);
  return s;
}

function writeConsumerGroupCurrentMemberAssignmentKey(w: Writer, v: number, s: Init<ConsumerGroupCurrentMemberAssignmentKey>): void {
  if (v === 8) { w.string((s.groupId === undefined ? "" : s.groupId), false); }
  if (v === 8) { w.string((s.memberId === undefined ? "" : s.memberId), false); }
}

export const ConsumerGroupCurrentMemberAssignmentKeyVersions = { min: 8, max: 8 } as const;

export function decodeConsumerGroupCurrentMemberAssignmentKey(r: Reader, v: number): ConsumerGroupCurrentMemberAssignmentKey {
  if (v < 8 || v > 8) throw new DecodeError(`ConsumerGroupCurrentMemberAssignmentKey version ${v} is outside 8-8`);
  return readConsumerGroupCurrentMemberAssignmentKey(r, v);
}

export function encodeConsumerGroupCurrentMemberAssignmentKey(w: Writer, v: number, m: Init<ConsumerGroupCurrentMemberAssignmentKey>): void {
  if (v < 8 || v > 8) throw new EncodeError(`ConsumerGroupCurrentMemberAssignmentKey version ${v} is outside 8-8`);
  writeConsumerGroupCurrentMemberAssignmentKey(w, v, m);
}
