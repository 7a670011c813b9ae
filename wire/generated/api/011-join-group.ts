// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// JoinGroup (api key 11): request and response, versions 0-9.

export interface JoinGroupRequestProtocol {
  /** The protocol name. */
  name: string;
  /** The protocol metadata. */
  metadata: Buffer;
  unknownTaggedFields?: TaggedField[];
}

export function defaultJoinGroupRequestProtocol(): JoinGroupRequestProtocol {
  return { name: "", metadata: EMPTY_BYTES };
}

function readJoinGroupRequestProtocol(r: Reader, v: number): JoinGroupRequestProtocol {
  const flex = v >= 6;
  const s = defaultJoinGroupRequestProtocol();
  s.name = r.string(flex);
  s.metadata = r.bytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeJoinGroupRequestProtocol(w: Writer, v: number, s: Init<JoinGroupRequestProtocol>): void {
  const flex = v >= 6;
  w.string((s.name === undefined ? "" : s.name), flex);
  w.bytes((s.metadata === undefined ? EMPTY_BYTES : s.metadata), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface JoinGroupRequest {
  /** The group identifier. */
  groupId: string;
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. */
  sessionTimeoutMs: number;
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. */
  rebalanceTimeoutMs: number;
  /** The member id assigned by the group coordinator. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** The unique name the for class of protocols implemented by the group we want to join. */
  protocolType: string;
  /** The list of protocols that the member supports. */
  protocols: JoinGroupRequestProtocol[];
  /** The reason why the member (re-)joins the group. */
  reason: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultJoinGroupRequest(): JoinGroupRequest {
  return { groupId: "", sessionTimeoutMs: 0, rebalanceTimeoutMs: -1, memberId: "", groupInstanceId: null, protocolType: "", protocols: [], reason: null };
}

function readJoinGroupRequest(r: Reader, v: number): JoinGroupRequest {
  const flex = v >= 6;
  const s = defaultJoinGroupRequest();
  s.groupId = r.string(flex);
  s.sessionTimeoutMs = r.int32();
  if (v >= 1) s.rebalanceTimeoutMs = r.int32();
  s.memberId = r.string(flex);
  if (v >= 5) s.groupInstanceId = (v >= 5 ? r.nullableString(flex) : r.string(flex));
  s.protocolType = r.string(flex);
  s.protocols = readArray(r, flex, (r) => readJoinGroupRequestProtocol(r, v));
  if (v >= 8) s.reason = (v >= 8 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeJoinGroupRequest(w: Writer, v: number, s: Init<JoinGroupRequest>): void {
  const flex = v >= 6;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  w.int32((s.sessionTimeoutMs === undefined ? 0 : s.sessionTimeoutMs));
  if (v >= 1) { w.int32((s.rebalanceTimeoutMs === undefined ? -1 : s.rebalanceTimeoutMs)); }
  w.string((s.memberId === undefined ? "" : s.memberId), flex);
  if (v >= 5) { w.nullableString((s.groupInstanceId === undefined ? null : s.groupInstanceId), flex); }
  w.string((s.protocolType === undefined ? "" : s.protocolType), flex);
  writeArray(w, flex, (s.protocols === undefined ? [] : s.protocols), (w, e) => { writeJoinGroupRequestProtocol(w, v, e); });
  if (v >= 8) { w.nullableString((s.reason === undefined ? null : s.reason), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const JoinGroupRequestVersions = { min: 0, max: 9 } as const;

export function decodeJoinGroupRequest(r: Reader, v: number): JoinGroupRequest {
  if (v < 0 || v > 9) throw new DecodeError(`JoinGroupRequest version ${v} is outside 0-9`);
  return readJoinGroupRequest(r, v);
}

export function encodeJoinGroupRequest(w: Writer, v: number, m: Init<JoinGroupRequest>): void {
  if (v < 0 || v > 9) throw new EncodeError(`JoinGroupRequest version ${v} is outside 0-9`);
  writeJoinGroupRequest(w, v, m);
}

export interface JoinGroupResponseMember {
  /** The group member ID. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** The group member metadata. */
  metadata: Buffer;
  unknownTaggedFields?: TaggedField[];
}

export function defaultJoinGroupResponseMember(): JoinGroupResponseMember {
  return { memberId: "", groupInstanceId: null, metadata: EMPTY_BYTES };
}

function readJoinGroupResponseMember(r: Reader, v: number): JoinGroupResponseMember {
  const flex = v >= 6;
  const s = defaultJoinGroupResponseMember();
  s.memberId = r.string(flex);
  if (v >= 5) s.groupInstanceId = (v >= 5 ? r.nullableString(flex) : r.string(flex));
  s.metadata = r.bytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeJoinGroupResponseMember(w: Writer, v: number, s: Init<JoinGroupResponseMember>): void {
  const flex = v >= 6;
  w.string((s.memberId === undefined ? "" : s.memberId), flex);
  if (v >= 5) { w.nullableString((s.groupInstanceId === undefined ? null : s.groupInstanceId), flex); }
  w.bytes((s.metadata === undefined ? EMPTY_BYTES : s.metadata), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The generation ID of the group. */
  generationId: number;
  /** The group protocol name. */
  protocolType: string | null;
  /** The group protocol selected by the coordinator. */
  protocolName: string | null;
  /** The leader of the group. */
  leader: string;
  /** True if the leader must skip running the assignment. */
  skipAssignment: boolean;
  /** The member ID assigned by the group coordinator. */
  memberId: string;
  members: JoinGroupResponseMember[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultJoinGroupResponse(): JoinGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, generationId: -1, protocolType: null, protocolName: "", leader: "", skipAssignment: false, memberId: "", members: [] };
}

function readJoinGroupResponse(r: Reader, v: number): JoinGroupResponse {
  const flex = v >= 6;
  const s = defaultJoinGroupResponse();
  if (v >= 2) s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.generationId = r.int32();
  if (v >= 7) s.protocolType = (v >= 7 ? r.nullableString(flex) : r.string(flex));
  s.protocolName = (v >= 7 ? r.nullableString(flex) : r.string(flex));
  s.leader = r.string(flex);
  if (v >= 9) s.skipAssignment = r.bool();
  s.memberId = r.string(flex);
  s.members = readArray(r, flex, (r) => readJoinGroupResponseMember(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeJoinGroupResponse(w: Writer, v: number, s: Init<JoinGroupResponse>): void {
  const flex = v >= 6;
  if (v >= 2) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int32((s.generationId === undefined ? -1 : s.generationId));
  if (v >= 7) { w.nullableString((s.protocolType === undefined ? null : s.protocolType), flex); }
  w.nullableString((s.protocolName === undefined ? "" : s.protocolName), flex);
  w.string((s.leader === undefined ? "" : s.leader), flex);
  if (v >= 9) { w.bool((s.skipAssignment === undefined ? false : s.skipAssignment)); }
  w.string((s.memberId === undefined ? "" : s.memberId), flex);
  writeArray(w, flex, (s.members === undefined ? [] : s.members), (w, e) => { writeJoinGroupResponseMember(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const JoinGroupResponseVersions = { min: 0, max: 9 } as const;

export function decodeJoinGroupResponse(r: Reader, v: number): JoinGroupResponse {
  if (v < 0 || v > 9) throw new DecodeError(`JoinGroupResponse version ${v} is outside 0-9`);
  return readJoinGroupResponse(r, v);
}

export function encodeJoinGroupResponse(w: Writer, v: number, m: Init<JoinGroupResponse>): void {
  if (v < 0 || v > 9) throw new EncodeError(`JoinGroupResponse version ${v} is outside 0-9`);
  writeJoinGroupResponse(w, v, m);
}

export const JoinGroupApi: ApiCodec<JoinGroupRequest, JoinGroupResponse> = {
  apiKey: 11,
  name: 'JoinGroup',
  minVersion: 0,
  maxVersion: 9,
  flexibleMin: 6,
  decodeRequest: decodeJoinGroupRequest,
  encodeRequest: encodeJoinGroupRequest,
  decodeResponse: decodeJoinGroupResponse,
  encodeResponse: encodeJoinGroupResponse,
};
