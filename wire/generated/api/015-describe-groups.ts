// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeGroups (api key 15): request and response, versions 0-5.

export interface DescribeGroupsRequest {
  /** The names of the groups to describe */
  groups: string[];
  /** Whether to include authorized operations. */
  includeAuthorizedOperations: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeGroupsRequest(): DescribeGroupsRequest {
  return { groups: [], includeAuthorizedOperations: false };
}

function readDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest {
  const flex = v >= 5;
  const s = defaultDescribeGroupsRequest();
  s.groups = readArray(r, flex, (r) => r.string(flex));
  if (v >= 3) s.includeAuthorizedOperations = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeGroupsRequest(w: Writer, v: number, s: Init<DescribeGroupsRequest>): void {
  const flex = v >= 5;
  writeArray(w, flex, (s.groups === undefined ? [] : s.groups), (w, e) => { w.string(e, flex); });
  if (v >= 3) { w.bool((s.includeAuthorizedOperations === undefined ? false : s.includeAuthorizedOperations)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeGroupsRequestVersions = { min: 0, max: 5 } as const;

export function decodeDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest {
  if (v < 0 || v > 5) throw new DecodeError(`DescribeGroupsRequest version ${v} is outside 0-5`);
  return readDescribeGroupsRequest(r, v);
}

export function encodeDescribeGroupsRequest(w: Writer, v: number, m: Init<DescribeGroupsRequest>): void {
  if (v < 0 || v > 5) throw new EncodeError(`DescribeGroupsRequest version ${v} is outside 0-5`);
  writeDescribeGroupsRequest(w, v, m);
}

export interface DescribedGroup {
  /** The describe error, or 0 if there was no error. */
  errorCode: number;
  /** The group ID string. */
  groupId: string;
  /** The group state string, or the empty string. */
  groupState: string;
  /** The group protocol type, or the empty string. */
  protocolType: string;
  /** The group protocol data, or the empty string. */
  protocolData: string;
  /** The group members. */
  members: DescribedGroupMember[];
  /** 32-bit bitfield to represent authorized operations for this group. */
  authorizedOperations: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribedGroup(): DescribedGroup {
  return { errorCode: 0, groupId: "", groupState: "", protocolType: "", protocolData: "", members: [], authorizedOperations: -2147483648 };
}

function readDescribedGroup(r: Reader, v: number): DescribedGroup {
  const flex = v >= 5;
  const s = defaultDescribedGroup();
  s.errorCode = r.int16();
  s.groupId = r.string(flex);
  s.groupState = r.string(flex);
  s.protocolType = r.string(flex);
  s.protocolData = r.string(flex);
  s.members = readArray(r, flex, (r) => readDescribedGroupMember(r, v));
  if (v >= 3) s.authorizedOperations = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribedGroup(w: Writer, v: number, s: Init<DescribedGroup>): void {
  const flex = v >= 5;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  w.string((s.groupState === undefined ? "" : s.groupState), flex);
  w.string((s.protocolType === undefined ? "" : s.protocolType), flex);
  w.string((s.protocolData === undefined ? "" : s.protocolData), flex);
  writeArray(w, flex, (s.members === undefined ? [] : s.members), (w, e) => { writeDescribedGroupMember(w, v, e); });
  if (v >= 3) { w.int32((s.authorizedOperations === undefined ? -2147483648 : s.authorizedOperations)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribedGroupMember {
  /** The member ID assigned by the group coordinator. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** The client ID used in the member's latest join group request. */
  clientId: string;
  /** The client host. */
  clientHost: string;
  /** The metadata corresponding to the current group protocol in use. */
  memberMetadata: Buffer;
  /** The current assignment provided by the group leader. */
  memberAssignment: Buffer;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribedGroupMember(): DescribedGroupMember {
  return { memberId: "", groupInstanceId: null, clientId: "", clientHost: "", memberMetadata: EMPTY_BYTES, memberAssignment: EMPTY_BYTES };
}

function readDescribedGroupMember(r: Reader, v: number): DescribedGroupMember {
  const flex = v >= 5;
  const s = defaultDescribedGroupMember();
  s.memberId = r.string(flex);
  if (v >= 4) s.groupInstanceId = (v >= 4 ? r.nullableString(flex) : r.string(flex));
  s.clientId = r.string(flex);
  s.clientHost = r.string(flex);
  s.memberMetadata = r.bytes(flex);
  s.memberAssignment = r.bytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribedGroupMember(w: Writer, v: number, s: Init<DescribedGroupMember>): void {
  const flex = v >= 5;
  w.string((s.memberId === undefined ? "" : s.memberId), flex);
  if (v >= 4) { w.nullableString((s.groupInstanceId === undefined ? null : s.groupInstanceId), flex); }
  w.string((s.clientId === undefined ? "" : s.clientId), flex);
  w.string((s.clientHost === undefined ? "" : s.clientHost), flex);
  w.bytes((s.memberMetadata === undefined ? EMPTY_BYTES : s.memberMetadata), flex);
  w.bytes((s.memberAssignment === undefined ? EMPTY_BYTES : s.memberAssignment), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each described group. */
  groups: DescribedGroup[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeGroupsResponse(): DescribeGroupsResponse {
  return { throttleTimeMs: 0, groups: [] };
}

function readDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse {
  const flex = v >= 5;
  const s = defaultDescribeGroupsResponse();
  if (v >= 1) s.throttleTimeMs = r.int32();
  s.groups = readArray(r, flex, (r) => readDescribedGroup(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeGroupsResponse(w: Writer, v: number, s: Init<DescribeGroupsResponse>): void {
  const flex = v >= 5;
  if (v >= 1) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  writeArray(w, flex, (s.groups === undefined ? [] : s.groups), (w, e) => { writeDescribedGroup(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeGroupsResponseVersions = { min: 0, max: 5 } as const;

export function decodeDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse {
  if (v < 0 || v > 5) throw new DecodeError(`DescribeGroupsResponse version ${v} is outside 0-5`);
  return readDescribeGroupsResponse(r, v);
}

export function encodeDescribeGroupsResponse(w: Writer, v: number, m: Init<DescribeGroupsResponse>): void {
  if (v < 0 || v > 5) throw new EncodeError(`DescribeGroupsResponse version ${v} is outside 0-5`);
  writeDescribeGroupsResponse(w, v, m);
}

export const DescribeGroupsApi: ApiCodec<DescribeGroupsRequest, DescribeGroupsResponse> = {
  apiKey: 15,
  name: 'DescribeGroups',
  minVersion: 0,
  maxVersion: 5,
  flexibleMin: 5,
  decodeRequest: decodeDescribeGroupsRequest,
  encodeRequest: encodeDescribeGroupsRequest,
  decodeResponse: decodeDescribeGroupsResponse,
  encodeResponse: encodeDescribeGroupsResponse,
};
