// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface ShareGroupMetadataValue {
  /** The group epoch. */
  epoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupMetadataValue(): ShareGroupMetadataValue {
  return { epoch: 0 };
}

function readShareGroupMetadataValue(r: Reader, _v: number): ShareGroupMetadataValue {
  const flex = true;
  const s = defaultShareGroupMetadataValue();
  s.epoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeShareGroupMetadataValue(w: Writer, _v: number, s: Init<ShareGroupMetadataValue>): void {
  const flex = true;
  w.int32((s.epoch === undefined ? 0 : s.epoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ShareGroupMetadataValueVersions = { min: 0, max: 0 } as const;

export function decodeShareGroupMetadataValue(r: Reader, v: number): ShareGroupMetadataValue {
  if (v < 0 || v > 0) throw new DecodeError(`ShareGroupMetadataValue version ${v} is outside 0-0`);
  return readShareGroupMetadataValue(r, v);
}

export function encodeShareGroupMetadataValue(w: Writer, v: number, m: Init<ShareGroupMetadataValue>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ShareGroupMetadataValue version ${v} is outside 0-0`);
  writeShareGroupMetadataValue(w, v, m);
}
