// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface KRaftVersionRecord {
  /** The version of the kraft version record */
  version: number;
  /** The kraft protocol version */
  kRaftVersion: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultKRaftVersionRecord(): KRaftVersionRecord {
  return { version: 0, kRaftVersion: 0 };
}

function readKRaftVersionRecord(r: Reader, _v: number): KRaftVersionRecord {
  const flex = true;
  const s = defaultKRaftVersionRecord();
  s.version = r.int16();
  s.kRaftVersion = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeKRaftVersionRecord(w: Writer, _v: number, s: Init<KRaftVersionRecord>): void {
  const flex = true;
  w.int16((s.version === undefined ? 0 : s.version));
  w.int16((s.kRaftVersion === undefined ? 0 : s.kRaftVersion));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const KRaftVersionRecordVersions = { min: 0, max: 0 } as const;

export function decodeKRaftVersionRecord(r: Reader, v: number): KRaftVersionRecord {
  if (v < 0 || v > 0) throw new DecodeError(`KRaftVersionRecord version ${v} is outside 0-0`);
  return readKRaftVersionRecord(r, v);
}

export function encodeKRaftVersionRecord(w: Writer, v: number, m: Init<KRaftVersionRecord>): void {
  if (v < 0 || v > 0) throw new EncodeError(`KRaftVersionRecord version ${v} is outside 0-0`);
  writeKRaftVersionRecord(w, v, m);
}
