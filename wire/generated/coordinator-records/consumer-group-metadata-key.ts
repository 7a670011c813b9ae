// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ConsumerGroupMetadataKey {
  /** The group id. */
  groupId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupMetadataKey(): ConsumerGroupMetadataKey {
  return { groupId: "" };
}

function readConsumerGroupMetadataKey(r: Reader, v: number): ConsumerGroupMetadataKey {
  const s = defaultConsumerGroupMetadataKey();
  if (v === 3) s.groupId = r.string(false);
  return s;
}

function writeConsumerGroupMetadataKey(w: Writer, v: number, s: Init<ConsumerGroupMetadataKey>): void {
  if (v === 3) { w.string((s.groupId === undefined ? "" : s.groupId), false); }
}

export const ConsumerGroupMetadataKeyVersions = { min: 3, max: 3 } as const;

export function decodeConsumerGroupMetadataKey(r: Reader, v: number): ConsumerGroupMetadataKey {
  if (v < 3 || v > 3) throw new DecodeError(`ConsumerGroupMetadataKey version ${v} is outside 3-3`);
  return readConsumerGroupMetadataKey(r, v);
}

export function encodeConsumerGroupMetadataKey(w: Writer, v: number, m: Init<ConsumerGroupMetadataKey>): void {
  if (v < 3 || v > 3) throw new EncodeError(`ConsumerGroupMetadataKey version ${v} is outside 3-3`);
  writeConsumerGroupMetadataKey(w, v, m);
}
