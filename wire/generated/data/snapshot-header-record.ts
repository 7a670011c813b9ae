// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface SnapshotHeaderRecord {
  /** The version of the snapshot header record */
  version: number;
  /** The append time of the last record from the log contained in this snapshot */
  lastContainedLogTimestamp: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultSnapshotHeaderRecord(): SnapshotHeaderRecord {
  return { version: 0, lastContainedLogTimestamp: 0n };
}

function readSnapshotHeaderRecord(r: Reader, _v: number): SnapshotHeaderRecord {
  const flex = true;
  const s = defaultSnapshotHeaderRecord();
  s.version = r.int16();
  s.lastContainedLogTimestamp = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeSnapshotHeaderRecord(w: Writer, _v: number, s: Init<SnapshotHeaderRecord>): void {
  const flex = true;
  w.int16((s.version === undefined ? 0 : s.version));
  w.int64((s.lastContainedLogTimestamp === undefined ? 0n : s.lastContainedLogTimestamp));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const SnapshotHeaderRecordVersions = { min: 0, max: 0 } as const;

export function decodeSnapshotHeaderRecord(r: Reader, v: number): SnapshotHeaderRecord {
  if (v < 0 || v > 0) throw new DecodeError(`SnapshotHeaderRecord version ${v} is outside 0-0`);
  return readSnapshotHeaderRecord(r, v);
}

export function encodeSnapshotHeaderRecord(w: Writer, v: number, m: Init<SnapshotHeaderRecord>): void {
  if (v < 0 || v > 0) throw new EncodeError(`SnapshotHeaderRecord version ${v} is outside 0-0`);
  writeSnapshotHeaderRecord(w, v, m);
}
