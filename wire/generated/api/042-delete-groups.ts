// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DeleteGroups (api key 42): request and response, versions 0-2.

export interface DeleteGroupsRequest {
  /** The group names to delete. */
  groupsNames: string[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteGroupsRequest(): DeleteGroupsRequest {
  return { groupsNames: [] };
}

function readDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest {
  const flex = v >= 2;
  const s = defaultDeleteGroupsRequest();
  s.groupsNames = readArray(r, flex, (r) => r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteGroupsRequest(w: Writer, v: number, s: Init<DeleteGroupsRequest>): void {
  const flex = v >= 2;
  writeArray(w, flex, (s.groupsNames === undefined ? [] : s.groupsNames), (w, e) => { w.string(e, flex); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DeleteGroupsRequestVersions = { min: 0, max: 2 } as const;

export function decodeDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest {
  if (v < 0 || v > 2) throw new DecodeError(`DeleteGroupsRequest version ${v} is outside 0-2`);
  return readDeleteGroupsRequest(r, v);
}

export function encodeDeleteGroupsRequest(w: Writer, v: number, m: Init<DeleteGroupsRequest>): void {
  if (v < 0 || v > 2) throw new EncodeError(`DeleteGroupsRequest version ${v} is outside 0-2`);
  writeDeleteGroupsRequest(w, v, m);
}

export interface DeletableGroupResult {
  /** The group id */
  groupId: string;
  /** The deletion error, or 0 if the deletion succeeded. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeletableGroupResult(): DeletableGroupResult {
  return { groupId: "", errorCode: 0 };
}

function readDeletableGroupResult(r: Reader, v: number): DeletableGroupResult {
  const flex = v >= 2;
  const s = defaultDeletableGroupResult();
  s.groupId = r.string(flex);
  s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeletableGroupResult(w: Writer, v: number, s: Init<DeletableGroupResult>): void {
  const flex = v >= 2;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The deletion results */
  results: DeletableGroupResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteGroupsResponse(): DeleteGroupsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function readDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse {
  const flex = v >= 2;
  const s = defaultDeleteGroupsResponse();
  s.throttleTimeMs = r.int32();
  s.results = readArray(r, flex, (r) => readDeletableGroupResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteGroupsResponse(w: Writer, v: number, s: Init<DeleteGroupsResponse>): void {
  const flex = v >= 2;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeDeletableGroupResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DeleteGroupsResponseVersions = { min: 0, max: 2 } as const;

export function decodeDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse {
  if (v < 0 || v > 2) throw new DecodeError(`DeleteGroupsResponse version ${v} is outside 0-2`);
  return readDeleteGroupsResponse(r, v);
}

export function encodeDeleteGroupsResponse(w: Writer, v: number, m: Init<DeleteGroupsResponse>): void {
  if (v < 0 || v > 2) throw new EncodeError(`DeleteGroupsResponse version ${v} is outside 0-2`);
  writeDeleteGroupsResponse(w, v, m);
}

export const DeleteGroupsApi: ApiCodec<DeleteGroupsRequest, DeleteGroupsResponse> = {
  apiKey: 42,
  name: 'DeleteGroups',
  minVersion: 0,
  maxVersion: 2,
  flexibleMin: 2,
  decodeRequest: decodeDeleteGroupsRequest,
  encodeRequest: encodeDeleteGroupsRequest,
  decodeResponse: decodeDeleteGroupsResponse,
  encodeResponse: encodeDeleteGroupsResponse,
};
