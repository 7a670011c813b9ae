// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface SnapshotFooterRecord {
  /** The version of the snapshot footer record */
  version: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultSnapshotFooterRecord(): SnapshotFooterRecord {
  return { version: 0 };
}

function readSnapshotFooterRecord(r: Reader, _v: number): SnapshotFooterRecord {
  const flex = true;
  const s = defaultSnapshotFooterRecord();
  s.version = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeSnapshotFooterRecord(w: Writer, _v: number, s: Init<SnapshotFooterRecord>): void {
  const flex = true;
  w.int16((s.version === undefined ? 0 : s.version));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const SnapshotFooterRecordVersions = { min: 0, max: 0 } as const;

export function decodeSnapshotFooterRecord(r: Reader, v: number): SnapshotFooterRecord {
  if (v < 0 || v > 0) throw new DecodeError(`SnapshotFooterRecord version ${v} is outside 0-0`);
  return readSnapshotFooterRecord(r, v);
}

export function encodeSnapshotFooterRecord(w: Writer, v: number, m: Init<SnapshotFooterRecord>): void {
  if (v < 0 || v > 0) throw new EncodeError(`SnapshotFooterRecord version ${v} is outside 0-0`);
  writeSnapshotFooterRecord(w, v, m);
}
