// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// AlterConfigs (api key 33): request and response, versions 0-2.

export interface AlterConfigsResource {
  /** The resource type. */
  resourceType: number;
  /** The resource name. */
  resourceName: string;
  /** The configurations. */
  configs: AlterableConfig[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterConfigsResource(): AlterConfigsResource {
  return { resourceType: 0, resourceName: "", configs: [] };
}

function readAlterConfigsResource(r: Reader, v: number): AlterConfigsResource {
  const flex = v >= 2;
  const s = defaultAlterConfigsResource();
  s.resourceType = r.int8();
  s.resourceName = r.string(flex);
  s.configs = readArray(r, flex, (r) => readAlterableConfig(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterConfigsResource(w: Writer, v: number, s: Init<AlterConfigsResource>): void {
  const flex = v >= 2;
  w.int8((s.resourceType === undefined ? 0 : s.resourceType));
  w.string((s.resourceName === undefined ? "" : s.resourceName), flex);
  writeArray(w, flex, (s.configs === undefined ? [] : s.configs), (w, e) => { writeAlterableConfig(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterableConfig {
  /** The configuration key name. */
  name: string;
  /** The value to set for the configuration key. */
  value: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterableConfig(): AlterableConfig {
  return { name: "", value: "" };
}

function readAlterableConfig(r: Reader, v: number): AlterableConfig {
  const flex = v >= 2;
  const s = defaultAlterableConfig();
  s.name = r.string(flex);
  s.value = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterableConfig(w: Writer, v: number, s: Init<AlterableConfig>): void {
  const flex = v >= 2;
  w.string((s.name === undefined ? "" : s.name), flex);
  w.nullableString((s.value === undefined ? "" : s.value), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterConfigsRequest {
  /** The updates for each resource. */
  resources: AlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. */
  validateOnly: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterConfigsRequest(): AlterConfigsRequest {
  return { resources: [], validateOnly: false };
}

function readAlterConfigsRequest(r: Reader, v: number): AlterConfigsRequest {
  const flex = v >= 2;
  const s = defaultAlterConfigsRequest();
  s.resources = readArray(r, flex, (r) => readAlterConfigsResource(r, v));
  s.validateOnly = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterConfigsRequest(w: Writer, v: number, s: Init<AlterConfigsRequest>): void {
  const flex = v >= 2;
  writeArray(w, flex, (s.resources === undefined ? [] : s.resources), (w, e) => { writeAlterConfigsResource(w, v, e); });
  w.bool((s.validateOnly === undefined ? false : s.validateOnly));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AlterConfigsRequestVersions = { min: 0, max: 2 } as const;

export function decodeAlterConfigsRequest(r: Reader, v: number): AlterConfigsRequest {
  if (v < 0 || v > 2) throw new DecodeError(`AlterConfigsRequest version ${v} is outside 0-2`);
  return readAlterConfigsRequest(r, v);
}

export function encodeAlterConfigsRequest(w: Writer, v: number, m: Init<AlterConfigsRequest>): void {
  if (v < 0 || v > 2) throw new EncodeError(`AlterConfigsRequest version ${v} is outside 0-2`);
  writeAlterConfigsRequest(w, v, m);
}

export interface AlterConfigsResourceResponse {
  /** The resource error code. */
  errorCode: number;
  /** The resource error message, or null if there was no error. */
  errorMessage: string | null;
  /** The resource type. */
  resourceType: number;
  /** The resource name. */
  resourceName: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterConfigsResourceResponse(): AlterConfigsResourceResponse {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "" };
}

function readAlterConfigsResourceResponse(r: Reader, v: number): AlterConfigsResourceResponse {
  const flex = v >= 2;
  const s = defaultAlterConfigsResourceResponse();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.resourceType = r.int8();
  s.resourceName = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterConfigsResourceResponse(w: Writer, v: number, s: Init<AlterConfigsResourceResponse>): void {
  const flex = v >= 2;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  w.int8((s.resourceType === undefined ? 0 : s.resourceType));
  w.string((s.resourceName === undefined ? "" : s.resourceName), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each resource. */
  responses: AlterConfigsResourceResponse[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterConfigsResponse(): AlterConfigsResponse {
  return { throttleTimeMs: 0, responses: [] };
}

function readAlterConfigsResponse(r: Reader, v: number): AlterConfigsResponse {
  const flex = v >= 2;
  const s = defaultAlterConfigsResponse();
  s.throttleTimeMs = r.int32();
  s.responses = readArray(r, flex, (r) => readAlterConfigsResourceResponse(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterConfigsResponse(w: Writer, v: number, s: Init<AlterConfigsResponse>): void {
  const flex = v >= 2;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.responses === undefined ? [] : s.responses), (w, e) => { writeAlterConfigsResourceResponse(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AlterConfigsResponseVersions = { min: 0, max: 2 } as const;

export function decodeAlterConfigsResponse(r: Reader, v: number): AlterConfigsResponse {
  if (v < 0 || v > 2) throw new DecodeError(`AlterConfigsResponse version ${v} is outside 0-2`);
  return readAlterConfigsResponse(r, v);
}

export function encodeAlterConfigsResponse(w: Writer, v: number, m: Init<AlterConfigsResponse>): void {
  if (v < 0 || v > 2) throw new EncodeError(`AlterConfigsResponse version ${v} is outside 0-2`);
  writeAlterConfigsResponse(w, v, m);
}

export const AlterConfigsApi: ApiCodec<AlterConfigsRequest, AlterConfigsResponse> = {
  apiKey: 33,
  name: 'AlterConfigs',
  minVersion: 0,
  maxVersion: 2,
  flexibleMin: 2,
  decodeRequest: decodeAlterConfigsRequest,
  encodeRequest: encodeAlterConfigsRequest,
  decodeResponse: decodeAlterConfigsResponse,
  encodeResponse: encodeAlterConfigsResponse,
};
