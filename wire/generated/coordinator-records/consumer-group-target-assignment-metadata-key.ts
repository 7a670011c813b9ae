// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ConsumerGroupTargetAssignmentMetadataKey {
  /** The group id. */
  groupId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupTargetAssignmentMetadataKey(): ConsumerGroupTargetAssignmentMetadataKey {
  return { groupId: "" };
}

function readConsumerGroupTargetAssignmentMetadataKey(r: Reader, v: number): ConsumerGroupTargetAssignmentMetadataKey {
  const s = defaultConsumerGroupTargetAssignmentMetadataKey();
  if (v === 6) s.groupId = r.string(false);
  return s;
}

function writeConsumerGroupTargetAssignmentMetadataKey(w: Writer, v: number, s: Init<ConsumerGroupTargetAssignmentMetadataKey>): void {
  if (v === 6) { w.string((s.groupId === undefined ? "" : s.groupId), false); }
}

export const ConsumerGroupTargetAssignmentMetadataKeyVersions = { min: 6, max: 6 } as const;

export function decodeConsumerGroupTargetAssignmentMetadataKey(r: Reader, v: number): ConsumerGroupTargetAssignmentMetadataKey {
  if (v < 6 || v > 6) throw new DecodeError(`ConsumerGroupTargetAssignmentMetadataKey version ${v} is outside 6-6`);
  return readConsumerGroupTargetAssignmentMetadataKey(r, v);
}

export function encodeConsumerGroupTargetAssignmentMetadataKey(w: Writer, v: number, m: Init<ConsumerGroupTargetAssignmentMetadataKey>): void {
  if (v < 6 || v > 6) throw new EncodeError(`ConsumerGroupTargetAssignmentMetadataKey version ${v} is outside 6-6`);
  writeConsumerGroupTargetAssignmentMetadataKey(w, v, m);
}
