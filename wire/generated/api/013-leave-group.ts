// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// LeaveGroup (api key 13): request and response, versions 0-5.

export interface MemberIdentity {
  /** The member ID to remove from the group. */
  memberId: string;
  /** The group instance ID to remove from the group. */
  groupInstanceId: string | null;
  /** The reason why the member left the group. */
  reason: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultMemberIdentity(): MemberIdentity {
  return { memberId: "", groupInstanceId: null, reason: null };
}

function readMemberIdentity(r: Reader, v: number): MemberIdentity {
  const flex = v >= 4;
  const s = defaultMemberIdentity();
  if (v >= 3) s.memberId = r.string(flex);
  if (v >= 3) s.groupInstanceId = (v >= 3 ? r.nullableString(flex) : r.string(flex));
  if (v >= 5) s.reason = (v >= 5 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeMemberIdentity(w: Writer, v: number, s: Init<MemberIdentity>): void {
  const flex = v >= 4;
  if (v >= 3) { w.string((s.memberId === undefined ? "" : s.memberId), flex); }
  if (v >= 3) { w.nullableString((s.groupInstanceId === undefined ? null : s.groupInstanceId), flex); }
  if (v >= 5) { w.nullableString((s.reason === undefined ? null : s.reason), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaveGroupRequest {
  /** The ID of the group to leave. */
  groupId: string;
  /** The member ID to remove from the group. */
  memberId: string;
  /** List of leaving member identities. */
  members: MemberIdentity[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaveGroupRequest(): LeaveGroupRequest {
  return { groupId: "", memberId: "", members: [] };
}

function readLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest {
  const flex = v >= 4;
  const s = defaultLeaveGroupRequest();
  s.groupId = r.string(flex);
  if (v <= 2) s.memberId = r.string(flex);
  if (v >= 3) s.members = readArray(r, flex, (r) => readMemberIdentity(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaveGroupRequest(w: Writer, v: number, s: Init<LeaveGroupRequest>): void {
  const flex = v >= 4;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  if (v <= 2) { w.string((s.memberId === undefined ? "" : s.memberId), flex); }
  if (v >= 3) { writeArray(w, flex, (s.members === undefined ? [] : s.members), (w, e) => { writeMemberIdentity(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const LeaveGroupRequestVersions = { min: 0, max: 5 } as const;

export function decodeLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest {
  if (v < 0 || v > 5) throw new DecodeError(`LeaveGroupRequest version ${v} is outside 0-5`);
  return readLeaveGroupRequest(r, v);
}

export function encodeLeaveGroupRequest(w: Writer, v: number, m: Init<LeaveGroupRequest>): void {
  if (v < 0 || v > 5) throw new EncodeError(`LeaveGroupRequest version ${v} is outside 0-5`);
  writeLeaveGroupRequest(w, v, m);
}

export interface MemberResponse {
  /** The member ID to remove from the group. */
  memberId: string;
  /** The group instance ID to remove from the group. */
  groupInstanceId: string | null;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultMemberResponse(): MemberResponse {
  return { memberId: "", groupInstanceId: "", errorCode: 0 };
}

function readMemberResponse(r: Reader, v: number): MemberResponse {
  const flex = v >= 4;
  const s = defaultMemberResponse();
  if (v >= 3) s.memberId = r.string(flex);
  if (v >= 3) s.groupInstanceId = (v >= 3 ? r.nullableString(flex) : r.string(flex));
  if (v >= 3) s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeMemberResponse(w: Writer, v: number, s: Init<MemberResponse>): void {
  const flex = v >= 4;
  if (v >= 3) { w.string((s.memberId === undefined ? "" : s.memberId), flex); }
  if (v >= 3) { w.nullableString((s.groupInstanceId === undefined ? "" : s.groupInstanceId), flex); }
  if (v >= 3) { w.int16((s.errorCode === undefined ? 0 : s.errorCode)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** List of leaving member responses. */
  members: MemberResponse[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaveGroupResponse(): LeaveGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, members: [] };
}

function readLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse {
  const flex = v >= 4;
  const s = defaultLeaveGroupResponse();
  if (v >= 1) s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  if (v >= 3) s.members = readArray(r, flex, (r) => readMemberResponse(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaveGroupResponse(w: Writer, v: number, s: Init<LeaveGroupResponse>): void {
  const flex = v >= 4;
  if (v >= 1) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (v >= 3) { writeArray(w, flex, (s.members === undefined ? [] : s.members), (w, e) => { writeMemberResponse(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const LeaveGroupResponseVersions = { min: 0, max: 5 } as const;

export function decodeLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse {
  if (v < 0 || v > 5) throw new DecodeError(`LeaveGroupResponse version ${v} is outside 0-5`);
  return readLeaveGroupResponse(r, v);
}

export function encodeLeaveGroupResponse(w: Writer, v: number, m: Init<LeaveGroupResponse>): void {
  if (v < 0 || v > 5) throw new EncodeError(`LeaveGroupResponse version ${v} is outside 0-5`);
  writeLeaveGroupResponse(w, v, m);
}

export const LeaveGroupApi: ApiCodec<LeaveGroupRequest, LeaveGroupResponse> = {
  apiKey: 13,
  name: 'LeaveGroup',
  minVersion: 0,
  maxVersion: 5,
  flexibleMin: 4,
  decodeRequest: decodeLeaveGroupRequest,
  encodeRequest: encodeLeaveGroupRequest,
  decodeResponse: decodeLeaveGroupResponse,
  encodeResponse: encodeLeaveGroupResponse,
};
