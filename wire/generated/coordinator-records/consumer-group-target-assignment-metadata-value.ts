// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ConsumerGroupTargetAssignmentMetadataValue {
  /** The assignment epoch. */
  assignmentEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupTargetAssignmentMetadataValue(): ConsumerGroupTargetAssignmentMetadataValue {
  return { assignmentEpoch: 0 };
}

function readConsumerGroupTargetAssignmentMetadataValue(r: Reader, _v: number): ConsumerGroupTargetAssignmentMetadataValue {
  const flex = true;
  const s = defaultConsumerGroupTargetAssignmentMetadataValue();
  s.assignmentEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeConsumerGroupTargetAssignmentMetadataValue(w: Writer, _v: number, s: Init<ConsumerGroupTargetAssignmentMetadataValue>): void {
  const flex = true;
  w.int32((s.assignmentEpoch === undefined ? 0 : s.assignmentEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ConsumerGroupTargetAssignmentMetadataValueVersions = { min: 0, max: 0 } as const;

export function decodeConsumerGroupTargetAssignmentMetadataValue(r: Reader, v: number): ConsumerGroupTargetAssignmentMetadataValue {
  if (v < 0 || v > 0) throw new DecodeError(`ConsumerGroupTargetAssignmentMetadataValue version ${v} is outside 0-0`);
  return readConsumerGroupTargetAssignmentMetadataValue(r, v);
}

export function encodeConsumerGroupTargetAssignmentMetadataValue(w: Writer, v: number, m: Init<ConsumerGroupTargetAssignmentMetadataValue>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ConsumerGroupTargetAssignmentMetadataValue version ${v} is outside 0-0`);
  writeConsumerGroupTargetAssignmentMetadataValue(w, v, m);
}
