// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ConsumerGroupPartitionMetadataKey {
  /** The group id. */
  groupId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupPartitionMetadataKey(): ConsumerGroupPartitionMetadataKey {
  return { groupId: "" };
}

function readConsumerGroupPartitionMetadataKey(r: Reader, v: number): ConsumerGroupPartitionMetadataKey {
  const s = defaultConsumerGroupPartitionMetadataKey();
  if (v === 4) s.groupId = r.string(false);
  return s;
}

function writeConsumerGroupPartitionMetadataKey(w: Writer, v: number, s: Init<ConsumerGroupPartitionMetadataKey>): void {
  if (v === 4) { w.string((s.groupId === undefined ? "" : s.groupId), false); }
}

export const ConsumerGroupPartitionMetadataKeyVersions = { min: 4, max: 4 } as const;

export function decodeConsumerGroupPartitionMetadataKey(r: Reader, v: number): ConsumerGroupPartitionMetadataKey {
  if (v < 4 || v > 4) throw new DecodeError(`ConsumerGroupPartitionMetadataKey version ${v} is outside 4-4`);
  return readConsumerGroupPartitionMetadataKey(r, v);
}

export function encodeConsumerGroupPartitionMetadataKey(w: Writer, v: number, m: Init<ConsumerGroupPartitionMetadataKey>): void {
  if (v < 4 || v > 4) throw new EncodeError(`ConsumerGroupPartitionMetadataKey version ${v} is outside 4-4`);
  writeConsumerGroupPartitionMetadataKey(w, v, m);
}
