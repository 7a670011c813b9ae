// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ListGroups (api key 16): request and response, versions 0-5.

export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. */
  statesFilter: string[];
  /** The types of the groups we want to list. If empty, all groups are returned with their type. */
  typesFilter: string[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultListGroupsRequest(): ListGroupsRequest {
  return { statesFilter: [], typesFilter: [] };
}

function readListGroupsRequest(r: Reader, v: number): ListGroupsRequest {
  const flex = v >= 3;
  const s = defaultListGroupsRequest();
  if (v >= 4) s.statesFilter = readArray(r, flex, (r) => r.string(flex));
  if (v >= 5) s.typesFilter = readArray(r, flex, (r) => r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListGroupsRequest(w: Writer, v: number, s: Init<ListGroupsRequest>): void {
  const flex = v >= 3;
  if (v >= 4) { writeArray(w, flex, (s.statesFilter === undefined ? [] : s.statesFilter), (w, e) => { w.string(e, flex); }); }
  if (v >= 5) { writeArray(w, flex, (s.typesFilter === undefined ? [] : s.typesFilter), (w, e) => { w.string(e, flex); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ListGroupsRequestVersions = { min: 0, max: 5 } as const;

export function decodeListGroupsRequest(r: Reader, v: number): ListGroupsRequest {
  if (v < 0 || v > 5) throw new DecodeError(`ListGroupsRequest version ${v} is outside 0-5`);
  return readListGroupsRequest(r, v);
}

export function encodeListGroupsRequest(w: Writer, v: number, m: Init<ListGroupsRequest>): void {
  if (v < 0 || v > 5) throw new EncodeError(`ListGroupsRequest version ${v} is outside 0-5`);
  writeListGroupsRequest(w, v, m);
}

export interface ListedGroup {
  /** The group ID. */
  groupId: string;
  /** The group protocol type. */
  protocolType: string;
  /** The group state name. */
  groupState: string;
  /** The group type name. */
  groupType: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultListedGroup(): ListedGroup {
  return { groupId: "", protocolType: "", groupState: "", groupType: "" };
}

function readListedGroup(r: Reader, v: number): ListedGroup {
  const flex = v >= 3;
  const s = defaultListedGroup();
  s.groupId = r.string(flex);
  s.protocolType = r.string(flex);
  if (v >= 4) s.groupState = r.string(flex);
  if (v >= 5) s.groupType = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListedGroup(w: Writer, v: number, s: Init<ListedGroup>): void {
  const flex = v >= 3;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  w.string((s.protocolType === undefined ? "" : s.protocolType), flex);
  if (v >= 4) { w.string((s.groupState === undefined ? "" : s.groupState), flex); }
  if (v >= 5) { w.string((s.groupType === undefined ? "" : s.groupType), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** Each group in the response. */
  groups: ListedGroup[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultListGroupsResponse(): ListGroupsResponse {
  return { throttleTimeMs: 0, errorCode: 0, groups: [] };
}

function readListGroupsResponse(r: Reader, v: number): ListGroupsResponse {
  const flex = v >= 3;
  const s = defaultListGroupsResponse();
  if (v >= 1) s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.groups = readArray(r, flex, (r) => readListedGroup(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListGroupsResponse(w: Writer, v: number, s: Init<ListGroupsResponse>): void {
  const flex = v >= 3;
  if (v >= 1) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.groups === undefined ? [] : s.groups), (w, e) => { writeListedGroup(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ListGroupsResponseVersions = { min: 0, max: 5 } as const;

export function decodeListGroupsResponse(r: Reader, v: number): ListGroupsResponse {
  if (v < 0 || v > 5) throw new DecodeError(`ListGroupsResponse version ${v} is outside 0-5`);
  return readListGroupsResponse(r, v);
}

export function encodeListGroupsResponse(w: Writer, v: number, m: Init<ListGroupsResponse>): void {
  if (v < 0 || v > 5) throw new EncodeError(`ListGroupsResponse version ${v} is outside 0-5`);
  writeListGroupsResponse(w, v, m);
}

export const ListGroupsApi: ApiCodec<ListGroupsRequest, ListGroupsResponse> = {
  apiKey: 16,
  name: 'ListGroups',
  minVersion: 0,
  maxVersion: 5,
  flexibleMin: 3,
  decodeRequest: decodeListGroupsRequest,
  encodeRequest: encodeListGroupsRequest,
  decodeResponse: decodeListGroupsResponse,
  encodeResponse: encodeListGroupsResponse,
};
