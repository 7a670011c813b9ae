// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ConsumerGroupMetadataValue {
  /** The group epoch. */
  epoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupMetadataValue(): ConsumerGroupMetadataValue {
  return { epoch: 0 };
}

function readConsumerGroupMetadataValue(r: Reader, _v: number): ConsumerGroupMetadataValue {
  const flex = true;
  const s = defaultConsumerGroupMetadataValue();
  s.epoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeConsumerGroupMetadataValue(w: Writer, _v: number, s: Init<ConsumerGroupMetadataValue>): void {
  const flex = true;
  w.int32((s.epoch === undefined ? 0 : s.epoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ConsumerGroupMetadataValueVersions = { min: 0, max: 0 } as const;

export function decodeConsumerGroupMetadataValue(r: Reader, v: number): ConsumerGroupMetadataValue {
  if (v < 0 || v > 0) throw new DecodeError(`ConsumerGroupMetadataValue version ${v} is outside 0-0`);
  return readConsumerGroupMetadataValue(r, v);
}

export function encodeConsumerGroupMetadataValue(w: Writer, v: number, m: Init<ConsumerGroupMetadataValue>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ConsumerGroupMetadataValue version ${v} is outside 0-0`);
  writeConsumerGroupMetadataValue(w, v, m);
}
