// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DeleteAcls (api key 31): request and response, versions 0-3.

export interface DeleteAclsFilter {
  /** The resource type. */
  resourceTypeFilter: number;
  /** The resource name. */
  resourceNameFilter: string | null;
  /** The pattern type. */
  patternTypeFilter: number;
  /** The principal filter, or null to accept all principals. */
  principalFilter: string | null;
  /** The host filter, or null to accept all hosts. */
  hostFilter: string | null;
  /** The ACL operation. */
  operation: number;
  /** The permission type. */
  permissionType: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteAclsFilter(): DeleteAclsFilter {
  return { resourceTypeFilter: 0, resourceNameFilter: "", patternTypeFilter: 3, principalFilter: "", hostFilter: "", operation: 0, permissionType: 0 };
}

function readDeleteAclsFilter(r: Reader, v: number): DeleteAclsFilter {
  const flex = v >= 2;
  const s = defaultDeleteAclsFilter();
  s.resourceTypeFilter = r.int8();
  s.resourceNameFilter = r.nullableString(flex);
  if (v >= 1) s.patternTypeFilter = r.int8();
  s.principalFilter = r.nullableString(flex);
  s.hostFilter = r.nullableString(flex);
  s.operation = r.int8();
  s.permissionType = r.int8();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteAclsFilter(w: Writer, v: number, s: Init<DeleteAclsFilter>): void {
  const flex = v >= 2;
  w.int8((s.resourceTypeFilter === undefined ? 0 : s.resourceTypeFilter));
  w.nullableString((s.resourceNameFilter === undefined ? "" : s.resourceNameFilter), flex);
  if (v >= 1) { w.int8((s.patternTypeFilter === undefined ? 3 : s.patternTypeFilter)); }
  w.nullableString((s.principalFilter === undefined ? "" : s.principalFilter), flex);
  w.nullableString((s.hostFilter === undefined ? "" : s.hostFilter), flex);
  w.int8((s.operation === undefined ? 0 : s.operation));
  w.int8((s.permissionType === undefined ? 0 : s.permissionType));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DeleteAclsRequest {
  /** The filters to use when deleting ACLs. */
  filters: DeleteAclsFilter[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteAclsRequest(): DeleteAclsRequest {
  return { filters: [] };
}

function readDeleteAclsRequest(r: Reader, v: number): DeleteAclsRequest {
  const flex = v >= 2;
  const s = defaultDeleteAclsRequest();
  s.filters = readArray(r, flex, (r) => readDeleteAclsFilter(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteAclsRequest(w: Writer, v: number, s: Init<DeleteAclsRequest>): void {
  const flex = v >= 2;
  writeArray(w, flex, (s.filters === undefined ? [] : s.filters), (w, e) => { writeDeleteAclsFilter(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DeleteAclsRequestVersions = { min: 0, max: 3 } as const;

export function decodeDeleteAclsRequest(r: Reader, v: number): DeleteAclsRequest {
  if (v < 0 || v > 3) throw new DecodeError(`DeleteAclsRequest version ${v} is outside 0-3`);
  return readDeleteAclsRequest(r, v);
}

export function encodeDeleteAclsRequest(w: Writer, v: number, m: Init<DeleteAclsRequest>): void {
  if (v < 0 || v > 3) throw new EncodeError(`DeleteAclsRequest version ${v} is outside 0-3`);
  writeDeleteAclsRequest(w, v, m);
}

export interface DeleteAclsFilterResult {
  /** The error code, or 0 if the filter succeeded. */
  errorCode: number;
  /** The error message, or null if the filter succeeded. */
  errorMessage: string | null;
  /** The ACLs which matched this filter. */
  matchingAcls: DeleteAclsMatchingAcl[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteAclsFilterResult(): DeleteAclsFilterResult {
  return { errorCode: 0, errorMessage: "", matchingAcls: [] };
}

function readDeleteAclsFilterResult(r: Reader, v: number): DeleteAclsFilterResult {
  const flex = v >= 2;
  const s = defaultDeleteAclsFilterResult();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.matchingAcls = readArray(r, flex, (r) => readDeleteAclsMatchingAcl(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteAclsFilterResult(w: Writer, v: number, s: Init<DeleteAclsFilterResult>): void {
  const flex = v >= 2;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  writeArray(w, flex, (s.matchingAcls === undefined ? [] : s.matchingAcls), (w, e) => { writeDeleteAclsMatchingAcl(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DeleteAclsMatchingAcl {
  /** The deletion error code, or 0 if the deletion succeeded. */
  errorCode: number;
  /** The deletion error message, or null if the deletion succeeded. */
  errorMessage: string | null;
  /** The ACL resource type. */
  resourceType: number;
  /** The ACL resource name. */
  resourceName: string;
  /** The ACL resource pattern type. */
  patternType: number;
  /** The ACL principal. */
  principal: string;
  /** The ACL host. */
  host: string;
  /** The ACL operation. */
  operation: number;
  /** The ACL permission type. */
  permissionType: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteAclsMatchingAcl(): DeleteAclsMatchingAcl {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "", patternType: 3, principal: "", host: "", operation: 0, permissionType: 0 };
}

function readDeleteAclsMatchingAcl(r: Reader, v: number): DeleteAclsMatchingAcl {
  const flex = v >= 2;
  const s = defaultDeleteAclsMatchingAcl();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.resourceType = r.int8();
  s.resourceName = r.string(flex);
  if (v >= 1) s.patternType = r.int8();
  s.principal = r.string(flex);
  s.host = r.string(flex);
  s.operation = r.int8();
  s.permissionType = r.int8();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteAclsMatchingAcl(w: Writer, v: number, s: Init<DeleteAclsMatchingAcl>): void {
  const flex = v >= 2;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  w.int8((s.resourceType === undefined ? 0 : s.resourceType));
  w.string((s.resourceName === undefined ? "" : s.resourceName), flex);
  if (v >= 1) { w.int8((s.patternType === undefined ? 3 : s.patternType)); }
  w.string((s.principal === undefined ? "" : s.principal), flex);
  w.string((s.host === undefined ? "" : s.host), flex);
  w.int8((s.operation === undefined ? 0 : s.operation));
  w.int8((s.permissionType === undefined ? 0 : s.permissionType));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DeleteAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for each filter. */
  filterResults: DeleteAclsFilterResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteAclsResponse(): DeleteAclsResponse {
  return { throttleTimeMs: 0, filterResults: [] };
}

function readDeleteAclsResponse(r: Reader, v: number): DeleteAclsResponse {
  const flex = v >= 2;
  const s = defaultDeleteAclsResponse();
  s.throttleTimeMs = r.int32();
  s.filterResults = readArray(r, flex, (r) => readDeleteAclsFilterResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteAclsResponse(w: Writer, v: number, s: Init<DeleteAclsResponse>): void {
  const flex = v >= 2;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.filterResults === undefined ? [] : s.filterResults), (w, e) => { writeDeleteAclsFilterResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DeleteAclsResponseVersions = { min: 0, max: 3 } as const;

export function decodeDeleteAclsResponse(r: Reader, v: number): DeleteAclsResponse {
  if (v < 0 || v > 3) throw new DecodeError(`DeleteAclsResponse version ${v} is outside 0-3`);
  return readDeleteAclsResponse(r, v);
}

export function encodeDeleteAclsResponse(w: Writer, v: number, m: Init<DeleteAclsResponse>): void {
  if (v < 0 || v > 3) throw new EncodeError(`DeleteAclsResponse version ${v} is outside 0-3`);
  writeDeleteAclsResponse(w, v, m);
}

export const DeleteAclsApi: ApiCodec<DeleteAclsRequest, DeleteAclsResponse> = {
  apiKey: 31,
  name: 'DeleteAcls',
  minVersion: 0,
  maxVersion: 3,
  flexibleMin: 2,
  decodeRequest: decodeDeleteAclsRequest,
  encodeRequest: encodeDeleteAclsRequest,
  decodeResponse: decodeDeleteAclsResponse,
  encodeResponse: encodeDeleteAclsResponse,
};
