// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ConsumerGroupTargetAssignmentMemberKey {
  /** The group id. */
  groupId: string;
  /** The member id. */
  memberId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupTargetAssignmentMemberKey(): ConsumerGroupTargetAssignmentMemberKey {
  return { groupId: "", memberId: "" };
}

function readConsumerGroupTargetAssignmentMemberKey(r: Reader, v: number): ConsumerGroupTargetAssignmentMemberKey {
  const s = defaultConsumerGroupTargetAssignmentMemberKey();
  if (v === 7) s.groupId = r.string(false);
  if (v === 7) s.memberId = r.string(false);
  return s;
}

function writeConsumerGroupTargetAssignmentMemberKey(w: Writer, v: number, s: Init<ConsumerGroupTargetAssignmentMemberKey>): void {
  if (v === 7) { w.string((s.groupId === undefined ? "" : s.groupId), false); }
  if (v === 7) { w.string((s.memberId === undefined ? "" : s.memberId), false); }
}

export const ConsumerGroupTargetAssignmentMemberKeyVersions = { min: 7, max: 7 } as const;

export function decodeConsumerGroupTargetAssignmentMemberKey(r: Reader, v: number): ConsumerGroupTargetAssignmentMemberKey {
  if (v < 7 || v > 7) throw new DecodeError(`ConsumerGroupTargetAssignmentMemberKey version ${v} is outside 7-7`);
  return readConsumerGroupTargetAssignmentMemberKey(r, v);
}

export function encodeConsumerGroupTargetAssignmentMemberKey(w: Writer, v: number, m: Init<ConsumerGroupTargetAssignmentMemberKey>): void {
  if (v < 7 || v > 7) throw new EncodeError(`ConsumerGroupTargetAssignmentMemberKey version ${v} is outside 7-7`);
  writeConsumerGroupTargetAssignmentMemberKey(w, v, m);
}
