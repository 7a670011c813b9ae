// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface MemberMetadata {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeout: number;
  sessionTimeout: number;
  subscription: Buffer;
  assignment: Buffer;
  unknownTaggedFields?: TaggedField[];
}

export function defaultMemberMetadata(): MemberMetadata {
  return { memberId: "", groupInstanceId: null, clientId: "", clientHost: "", rebalanceTimeout: -1, sessionTimeout: 0, subscription: EMPTY_BYTES, assignment: EMPTY_BYTES };
}

function readMemberMetadata(r: Reader, v: number): MemberMetadata {
  const flex = v >= 4;
  const s = defaultMemberMetadata();
  s.memberId = r.string(flex);
  if (v >= 3) s.groupInstanceId = (v >= 3 ? r.nullableString(flex) : r.string(flex));
  s.clientId = r.string(flex);
  s.clientHost = r.string(flex);
  if (v >= 1) s.rebalanceTimeout = r.int32();
  s.sessionTimeout = r.int32();
  s.subscription = r.bytes(flex);
  s.assignment = r.bytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeMemberMetadata(w: Writer, v: number, s: Init<MemberMetadata>): void {
  const flex = v >= 4;
  w.string((s.memberId === undefined ? "" : s.memberId), flex);
  if (v >= 3) { w.nullableString((s.groupInstanceId === undefined ? null : s.groupInstanceId), flex); }
  w.string((s.clientId === undefined ? "" : s.clientId), flex);
  w.string((s.clientHost === undefined ? "" : s.clientHost), flex);
  if (v >= 1) { w.int32((s.rebalanceTimeout === undefined ? -1 : s.rebalanceTimeout)); }
  w.int32((s.sessionTimeout === undefined ? 0 : s.sessionTimeout));
  w.bytes((s.subscription === undefined ? EMPTY_BYTES : s.subscription), flex);
  w.bytes((s.assignment === undefined ? EMPTY_BYTES : s.assignment), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface GroupMetadataValue {
  protocolType: string;
  generation: number;
  protocol: string | null;
  leader: string | null;
  currentStateTimestamp: bigint;
  members: MemberMetadata[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultGroupMetadataValue(): GroupMetadataValue {
  return { protocolType: "", generation: 0, protocol: "", leader: "", currentStateTimestamp: -1n, members: [] };
}

function readGroupMetadataValue(r: Reader, v: number): GroupMetadataValue {
  const flex = v >= 4;
  const s = defaultGroupMetadataValue();
  s.protocolType = r.string(flex);
  s.generation = r.int32();
  s.protocol = r.nullableString(flex);
  s.leader = r.nullableString(flex);
  if (v >= 2) s.currentStateTimestamp = r.int64();
  s.members = readArray(r, flex, (r) => readMemberMetadata(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeGroupMetadataValue(w: Writer, v: number, s: Init<GroupMetadataValue>): void {
  const flex = v >= 4;
  w.string((s.protocolType === undefined ? "" : s.protocolType), flex);
  w.int32((s.generation === undefined ? 0 : s.generation));
  w.nullableString((s.protocol === undefined ? "" : s.protocol), flex);
  w.nullableString((s.leader === undefined ? "" : s.leader), flex);
  if (v >= 2) { w.int64((s.currentStateTimestamp === undefined ? -1n : s.currentStateTimestamp)); }
  writeArray(w, flex, (s.members === undefined ? [] : s.members), (w, e) => { writeMemberMetadata(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const GroupMetadataValueVersions = { min: 0, max: 4 } as const;

export function decodeGroupMetadataValue(r: Reader, v: number): GroupMetadataValue {
  if (v < 0 || v > 4) throw new DecodeError(`GroupMetadataValue version ${v} is outside 0-4`);
  return readGroupMetadataValue(r, v);
}

export function encodeGroupMetadataValue(w: Writer, v: number, m: Init<GroupMetadataValue>): void {
  if (v < 0 || v > 4) throw new EncodeError(`GroupMetadataValue version ${v} is outside 0-4`);
  writeGroupMetadataValue(w, v, m);
}
