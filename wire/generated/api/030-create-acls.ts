// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// CreateAcls (api key 30): request and response, versions 0-3.

export interface AclCreation {
  /** The type of the resource. */
  resourceType: number;
  /** The resource name for the ACL. */
  resourceName: string;
  /** The pattern type for the ACL. */
  resourcePatternType: number;
  /** The principal for the ACL. */
  principal: string;
  /** The host for the ACL. */
  host: string;
  /** The operation type for the ACL (read, write, etc.). */
  operation: number;
  /** The permission type for the ACL (allow, deny, etc.). */
  permissionType: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAclCreation(): AclCreation {
  return { resourceType: 0, resourceName: "", resourcePatternType: 3, principal: "", host: "", operation: 0, permissionType: 0 };
}

function readAclCreation(r: Reader, v: number): AclCreation {
  const flex = v >= 2;
  const s = defaultAclCreation();
  s.resourceType = r.int8();
  s.resourceName = r.string(flex);
  if (v >= 1) s.resourcePatternType = r.int8();
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

function writeAclCreation(w: Writer, v: number, s: Init<AclCreation>): void {
  const flex = v >= 2;
  w.int8((s.resourceType === undefined ? 0 : s.resourceType));
  w.string((s.resourceName === undefined ? "" : s.resourceName), flex);
  if (v >= 1) { w.int8((s.resourcePatternType === undefined ? 3 : s.resourcePatternType)); }
  w.string((s.principal === undefined ? "" : s.principal), flex);
  w.string((s.host === undefined ? "" : s.host), flex);
  w.int8((s.operation === undefined ? 0 : s.operation));
  w.int8((s.permissionType === undefined ? 0 : s.permissionType));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CreateAclsRequest {
  /** The ACLs that we want to create. */
  creations: AclCreation[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreateAclsRequest(): CreateAclsRequest {
  return { creations: [] };
}

function readCreateAclsRequest(r: Reader, v: number): CreateAclsRequest {
  const flex = v >= 2;
  const s = defaultCreateAclsRequest();
  s.creations = readArray(r, flex, (r) => readAclCreation(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreateAclsRequest(w: Writer, v: number, s: Init<CreateAclsRequest>): void {
  const flex = v >= 2;
  writeArray(w, flex, (s.creations === undefined ? [] : s.creations), (w, e) => { writeAclCreation(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const CreateAclsRequestVersions = { min: 0, max: 3 } as const;

export function decodeCreateAclsRequest(r: Reader, v: number): CreateAclsRequest {
  if (v < 0 || v > 3) throw new DecodeError(`CreateAclsRequest version ${v} is outside 0-3`);
  return readCreateAclsRequest(r, v);
}

export function encodeCreateAclsRequest(w: Writer, v: number, m: Init<CreateAclsRequest>): void {
  if (v < 0 || v > 3) throw new EncodeError(`CreateAclsRequest version ${v} is outside 0-3`);
  writeCreateAclsRequest(w, v, m);
}

export interface AclCreationResult {
  /** The result error, or zero if there was no error. */
  errorCode: number;
  /** The result message, or null if there was no error. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAclCreationResult(): AclCreationResult {
  return { errorCode: 0, errorMessage: "" };
}

function readAclCreationResult(r: Reader, v: number): AclCreationResult {
  const flex = v >= 2;
  const s = defaultAclCreationResult();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAclCreationResult(w: Writer, v: number, s: Init<AclCreationResult>): void {
  const flex = v >= 2;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CreateAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for each ACL creation. */
  results: AclCreationResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreateAclsResponse(): CreateAclsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function readCreateAclsResponse(r: Reader, v: number): CreateAclsResponse {
  const flex = v >= 2;
  const s = defaultCreateAclsResponse();
  s.throttleTimeMs = r.int32();
  s.results = readArray(r, flex, (r) => readAclCreationResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreateAclsResponse(w: Writer, v: number, s: Init<CreateAclsResponse>): void {
  const flex = v >= 2;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeAclCreationResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const CreateAclsResponseVersions = { min: 0, max: 3 } as const;

export function decodeCreateAclsResponse(r: Reader, v: number): CreateAclsResponse {
  if (v < 0 || v > 3) throw new DecodeError(`CreateAclsResponse version ${v} is outside 0-3`);
  return readCreateAclsResponse(r, v);
}

export function encodeCreateAclsResponse(w: Writer, v: number, m: Init<CreateAclsResponse>): void {
  if (v < 0 || v > 3) throw new EncodeError(`CreateAclsResponse version ${v} is outside 0-3`);
  writeCreateAclsResponse(w, v, m);
}

export const CreateAclsApi: ApiCodec<CreateAclsRequest, CreateAclsResponse> = {
  apiKey: 30,
  name: 'CreateAcls',
  minVersion: 0,
  maxVersion: 3,
  flexibleMin: 2,
  decodeRequest: decodeCreateAclsRequest,
  encodeRequest: encodeCreateAclsRequest,
  decodeResponse: decodeCreateAclsResponse,
  encodeResponse: encodeCreateAclsResponse,
};
