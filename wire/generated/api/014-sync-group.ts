// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// SyncGroup (api key 14): request and response, versions 0-5.

export interface SyncGroupRequestAssignment {
  /** The ID of the member to assign. */
  memberId: string;
  /** The member assignment. */
  assignment: Buffer;
  unknownTaggedFields?: TaggedField[];
}

export function defaultSyncGroupRequestAssignment(): SyncGroupRequestAssignment {
  return { memberId: "", assignment: EMPTY_BYTES };
}

function readSyncGroupRequestAssignment(r: Reader, v: number): SyncGroupRequestAssignment {
  const flex = v >= 4;
  const s = defaultSyncGroupRequestAssignment();
  s.memberId = r.string(flex);
  s.assignment = r.bytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeSyncGroupRequestAssignment(w: Writer, v: number, s: Init<SyncGroupRequestAssignment>): void {
  const flex = v >= 4;
  w.string((s.memberId === undefined ? "" : s.memberId), flex);
  w.bytes((s.assignment === undefined ? EMPTY_BYTES : s.assignment), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface SyncGroupRequest {
  /** The unique group identifier. */
  groupId: string;
  /** The generation of the group. */
  generationId: number;
  /** The member ID assigned by the group. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** The group protocol type. */
  protocolType: string | null;
  /** The group protocol name. */
  protocolName: string | null;
  /** Each assignment. */
  assignments: SyncGroupRequestAssignment[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultSyncGroupRequest(): SyncGroupRequest {
  return { groupId: "", generationId: 0, memberId: "", groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] };
}

function readSyncGroupRequest(r: Reader, v: number): SyncGroupRequest {
  const flex = v >= 4;
  const s = defaultSyncGroupRequest();
  s.groupId = r.string(flex);
  s.generationId = r.int32();
  s.memberId = r.string(flex);
  if (v >= 3) s.groupInstanceId = (v >= 3 ? r.nullableString(flex) : r.string(flex));
  if (v >= 5) s.protocolType = (v >= 5 ? r.nullableString(flex) : r.string(flex));
  if (v >= 5) s.protocolName = (v >= 5 ? r.nullableString(flex) : r.string(flex));
  s.assignments = readArray(r, flex, (r) => readSyncGroupRequestAssignment(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeSyncGroupRequest(w: Writer, v: number, s: Init<SyncGroupRequest>): void {
  const flex = v >= 4;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  w.int32((s.generationId === undefined ? 0 : s.generationId));
  w.string((s.memberId === undefined ? "" : s.memberId), flex);
  if (v >= 3) { w.nullableString((s.groupInstanceId === undefined ? null : s.groupInstanceId), flex); }
  if (v >= 5) { w.nullableString((s.protocolType === undefined ? null : s.protocolType), flex); }
  if (v >= 5) { w.nullableString((s.protocolName === undefined ? null : s.protocolName), flex); }
  writeArray(w, flex, (s.assignments === undefined ? [] : s.assignments), (w, e) => { writeSyncGroupRequestAssignment(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const SyncGroupRequestVersions = { min: 0, max: 5 } as const;

export function decodeSyncGroupRequest(r: Reader, v: number): SyncGroupRequest {
  if (v < 0 || v > 5) throw new DecodeError(`SyncGroupRequest version ${v} is outside 0-5`);
  return readSyncGroupRequest(r, v);
}

export function encodeSyncGroupRequest(w: Writer, v: number, m: Init<SyncGroupRequest>): void {
  if (v < 0 || v > 5) throw new EncodeError(`SyncGroupRequest version ${v} is outside 0-5`);
  writeSyncGroupRequest(w, v, m);
}

export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The group protocol type. */
  protocolType: string | null;
  /** The group protocol name. */
  protocolName: string | null;
  /** The member assignment. */
  assignment: Buffer;
  unknownTaggedFields?: TaggedField[];
}

export function defaultSyncGroupResponse(): SyncGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, protocolType: null, protocolName: null, assignment: EMPTY_BYTES };
}

function readSyncGroupResponse(r: Reader, v: number): SyncGroupResponse {
  const flex = v >= 4;
  const s = defaultSyncGroupResponse();
  if (v >= 1) s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  if (v >= 5) s.protocolType = (v >= 5 ? r.nullableString(flex) : r.string(flex));
  if (v >= 5) s.protocolName = (v >= 5 ? r.nullableString(flex) : r.string(flex));
  s.assignment = r.bytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeSyncGroupResponse(w: Writer, v: number, s: Init<SyncGroupResponse>): void {
  const flex = v >= 4;
  if (v >= 1) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (v >= 5) { w.nullableString((s.protocolType === undefined ? null : s.protocolType), flex); }
  if (v >= 5) { w.nullableString((s.protocolName === undefined ? null : s.protocolName), flex); }
  w.bytes((s.assignment === undefined ? EMPTY_BYTES : s.assignment), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const SyncGroupResponseVersions = { min: 0, max: 5 } as const;

export function decodeSyncGroupResponse(r: Reader, v: number): SyncGroupResponse {
  if (v < 0 || v > 5) throw new DecodeError(`SyncGroupResponse version ${v} is outside 0-5`);
  return readSyncGroupResponse(r, v);
}

export function encodeSyncGroupResponse(w: Writer, v: number, m: Init<SyncGroupResponse>): void {
  if (v < 0 || v > 5) throw new EncodeError(`SyncGroupResponse version ${v} is outside 0-5`);
  writeSyncGroupResponse(w, v, m);
}

export const SyncGroupApi: ApiCodec<SyncGroupRequest, SyncGroupResponse> = {
  apiKey: 14,
  name: 'SyncGroup',
  minVersion: 0,
  maxVersion: 5,
  flexibleMin: 4,
  decodeRequest: decodeSyncGroupRequest,
  encodeRequest: encodeSyncGroupRequest,
  decodeResponse: decodeSyncGroupResponse,
  encodeResponse: encodeSyncGroupResponse,
};
