// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeAcls (api key 29): request and response, versions 0-3.

export interface DescribeAclsRequest {
  /** The resource type. */
  resourceTypeFilter: number;
  /** The resource name, or null to match any resource name. */
  resourceNameFilter: string | null;
  /** The resource pattern to match. */
  patternTypeFilter: number;
  /** The principal to match, or null to match any principal. */
  principalFilter: string | null;
  /** The host to match, or null to match any host. */
  hostFilter: string | null;
  /** The operation to match. */
  operation: number;
  /** The permission type to match. */
  permissionType: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeAclsRequest(): DescribeAclsRequest {
  return { resourceTypeFilter: 0, resourceNameFilter: "", patternTypeFilter: 3, principalFilter: "", hostFilter: "", operation: 0, permissionType: 0 };
}

function readDescribeAclsRequest(r: Reader, v: number): DescribeAclsRequest {
  const flex = v >= 2;
  const s = defaultDescribeAclsRequest();
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

function writeDescribeAclsRequest(w: Writer, v: number, s: Init<DescribeAclsRequest>): void {
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

export const DescribeAclsRequestVersions = { min: 0, max: 3 } as const;

export function decodeDescribeAclsRequest(r: Reader, v: number): DescribeAclsRequest {
  if (v < 0 || v > 3) throw new DecodeError(`DescribeAclsRequest version ${v} is outside 0-3`);
  return readDescribeAclsRequest(r, v);
}

export function encodeDescribeAclsRequest(w: Writer, v: number, m: Init<DescribeAclsRequest>): void {
  if (v < 0 || v > 3) throw new EncodeError(`DescribeAclsRequest version ${v} is outside 0-3`);
  writeDescribeAclsRequest(w, v, m);
}

export interface DescribeAclsResource {
  /** The resource type. */
  resourceType: number;
  /** The resource name. */
  resourceName: string;
  /** The resource pattern type. */
  patternType: number;
  /** The ACLs. */
  acls: AclDescription[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeAclsResource(): DescribeAclsResource {
  return { resourceType: 0, resourceName: "", patternType: 3, acls: [] };
}

function readDescribeAclsResource(r: Reader, v: number): DescribeAclsResource {
  const flex = v >= 2;
  const s = defaultDescribeAclsResource();
  s.resourceType = r.int8();
  s.resourceName = r.string(flex);
  if (v >= 1) s.patternType = r.int8();
  s.acls = readArray(r, flex, (r) => readAclDescription(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeAclsResource(w: Writer, v: number, s: Init<DescribeAclsResource>): void {
  const flex = v >= 2;
  w.int8((s.resourceType === undefined ? 0 : s.resourceType));
  w.string((s.resourceName === undefined ? "" : s.resourceName), flex);
  if (v >= 1) { w.int8((s.patternType === undefined ? 3 : s.patternType)); }
  writeArray(w, flex, (s.acls === undefined ? [] : s.acls), (w, e) => { writeAclDescription(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AclDescription {
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

export function defaultAclDescription(): AclDescription {
  return { principal: "", host: "", operation: 0, permissionType: 0 };
}

function readAclDescription(r: Reader, v: number): AclDescription {
  const flex = v >= 2;
  const s = defaultAclDescription();
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

function writeAclDescription(w: Writer, v: number, s: Init<AclDescription>): void {
  const flex = v >= 2;
  w.string((s.principal === undefined ? "" : s.principal), flex);
  w.string((s.host === undefined ? "" : s.host), flex);
  w.int8((s.operation === undefined ? 0 : s.operation));
  w.int8((s.permissionType === undefined ? 0 : s.permissionType));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** Each Resource that is referenced in an ACL. */
  resources: DescribeAclsResource[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeAclsResponse(): DescribeAclsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", resources: [] };
}

function readDescribeAclsResponse(r: Reader, v: number): DescribeAclsResponse {
  const flex = v >= 2;
  const s = defaultDescribeAclsResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.resources = readArray(r, flex, (r) => readDescribeAclsResource(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeAclsResponse(w: Writer, v: number, s: Init<DescribeAclsResponse>): void {
  const flex = v >= 2;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  writeArray(w, flex, (s.resources === undefined ? [] : s.resources), (w, e) => { writeDescribeAclsResource(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeAclsResponseVersions = { min: 0, max: 3 } as const;

export function decodeDescribeAclsResponse(r: Reader, v: number): DescribeAclsResponse {
  if (v < 0 || v > 3) throw new DecodeError(`DescribeAclsResponse version ${v} is outside 0-3`);
  return readDescribeAclsResponse(r, v);
}

export function encodeDescribeAclsResponse(w: Writer, v: number, m: Init<DescribeAclsResponse>): void {
  if (v < 0 || v > 3) throw new EncodeError(`DescribeAclsResponse version ${v} is outside 0-3`);
  writeDescribeAclsResponse(w, v, m);
}

export const DescribeAclsApi: ApiCodec<DescribeAclsRequest, DescribeAclsResponse> = {
  apiKey: 29,
  name: 'DescribeAcls',
  minVersion: 0,
  maxVersion: 3,
  flexibleMin: 2,
  decodeRequest: decodeDescribeAclsRequest,
  encodeRequest: encodeDescribeAclsRequest,
  decodeResponse: decodeDescribeAclsResponse,
  encodeResponse: encodeDescribeAclsResponse,
};
