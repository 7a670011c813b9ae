// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface OffsetCommitValue {
  offset: bigint;
  leaderEpoch: number;
  metadata: string;
  commitTimestamp: bigint;
  expireTimestamp: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitValue(): OffsetCommitValue {
  return { offset: 0n, leaderEpoch: -1, metadata: "", commitTimestamp: 0n, expireTimestamp: -1n };
}

function readOffsetCommitValue(r: Reader, v: number): OffsetCommitValue {
  const flex = v >= 4;
  const s = defaultOffsetCommitValue();
  s.offset = r.int64();
  if (v >= 3) s.leaderEpoch = r.int32();
  s.metadata = r.string(flex);
  s.commitTimestamp = r.int64();
  if (v === 1) s.expireTimestamp = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetCommitValue(w: Writer, v: number, s: Init<OffsetCommitValue>): void {
  const flex = v >= 4;
  w.int64((s.offset === undefined ? 0n : s.offset));
  if (v >= 3) { w.int32((s.leaderEpoch === undefined ? -1 : s.leaderEpoch)); }
  w.string((s.metadata === undefined ? "" : s.metadata), flex);
  w.int64((s.commitTimestamp === undefined ? 0n : s.commitTimestamp));
  if (v === 1) { w.int64((s.expireTimestamp === undefined ? -1n : s.expireTimestamp)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const OffsetCommitValueVersions = { min: 0, max: 4 } as const;

export function decodeOffsetCommitValue(r: Reader, v: number): OffsetCommitValue {
  if (v < 0 || v > 4) throw new DecodeError(`OffsetCommitValue version ${v} is outside 0-4`);
  return readOffsetCommitValue(r, v);
}

export function encodeOffsetCommitValue(w: Writer, v: number, m: Init<OffsetCommitValue>): void {
  if (v < 0 || v > 4) throw new EncodeError(`OffsetCommitValue version ${v} is outside 0-4`);
  writeOffsetCommitValue(w, v, m);
}
