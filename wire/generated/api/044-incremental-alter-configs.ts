// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// IncrementalAlterConfigs (api key 44): request and response, versions 0-1.

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
  const flex = v >= 1;
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
  const flex = v >= 1;
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
  /** The type (Set, Delete, Append, Subtract) of operation. */
  configOperation: number;
  /** The value to set for the configuration key. */
  value: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterableConfig(): AlterableConfig {
  return { name: "", configOperation: 0, value: "" };
}

function readAlterableConfig(r: Reader, v: number): AlterableConfig {
  const flex = v >= 1;
  const s = defaultAlterableConfig();
  s.name = r.string(flex);
  s.configOperation = r.int8();
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
  const flex = v >= 1;
  w.string((s.name === undefined ? "" : s.name), flex);
  w.int8((s.configOperation === undefined ? 0 : s.configOperation));
  w.nullableString((s.value === undefined ? "" : s.value), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface IncrementalAlterConfigsRequest {
  /** The incremental updates for each resource. */
  resources: AlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. */
  validateOnly: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultIncrementalAlterConfigsRequest(): IncrementalAlterConfigsRequest {
  return { resources: [], validateOnly: false };
}

function readIncrementalAlterConfigsRequest(r: Reader, v: number): IncrementalAlterConfigsRequest {
  const flex = v >= 1;
  const s = defaultIncrementalAlterConfigsRequest();
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

function writeIncrementalAlterConfigsRequest(w: Writer, v: number, s: Init<IncrementalAlterConfigsRequest>): void {
  const flex = v >= 1;
  writeArray(w, flex, (s.resources === undefined ? [] : s.resources), (w, e) => { writeAlterConfigsResource(w, v, e); });
  w.bool((s.validateOnly === undefined ? false : s.validateOnly));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const IncrementalAlterConfigsRequestVersions = { min: 0, max: 1 } as const;

export function decodeIncrementalAlterConfigsRequest(r: Reader, v: number): IncrementalAlterConfigsRequest {
  if (v < 0 || v > 1) throw new DecodeError(`IncrementalAlterConfigsRequest version ${v} is outside 0-1`);
  return readIncrementalAlterConfigsRequest(r, v);
}

export function encodeIncrementalAlterConfigsRequest(w: Writer, v: number, m: Init<IncrementalAlterConfigsRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`IncrementalAlterConfigsRequest version ${v} is outside 0-1`);
  writeIncrementalAlterConfigsRequest(w, v, m);
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
  const flex = v >= 1;
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
  const flex = v >= 1;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  w.int8((s.resourceType === undefined ? 0 : s.resourceType));
  w.string((s.resourceName === undefined ? "" : s.resourceName), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface IncrementalAlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each resource. */
  responses: AlterConfigsResourceResponse[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultIncrementalAlterConfigsResponse(): IncrementalAlterConfigsResponse {
  return { throttleTimeMs: 0, responses: [] };
}

function readIncrementalAlterConfigsResponse(r: Reader, v: number): IncrementalAlterConfigsResponse {
  const flex = v >= 1;
  const s = defaultIncrementalAlterConfigsResponse();
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

function writeIncrementalAlterConfigsResponse(w: Writer, v: number, s: Init<IncrementalAlterConfigsResponse>): void {
  const flex = v >= 1;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.responses === undefined ? [] : s.responses), (w, e) => { writeAlterConfigsResourceResponse(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const IncrementalAlterConfigsResponseVersions = { min: 0, max: 1 } as const;

export function decodeIncrementalAlterConfigsResponse(r: Reader, v: number): IncrementalAlterConfigsResponse {
  if (v < 0 || v > 1) throw new DecodeError(`IncrementalAlterConfigsResponse version ${v} is outside 0-1`);
  return readIncrementalAlterConfigsResponse(r, v);
}

export function encodeIncrementalAlterConfigsResponse(w: Writer, v: number, m: Init<IncrementalAlterConfigsResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`IncrementalAlterConfigsResponse version ${v} is outside 0-1`);
  writeIncrementalAlterConfigsResponse(w, v, m);
}

export const IncrementalAlterConfigsApi: ApiCodec<IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse> = {
  apiKey: 44,
  name: 'IncrementalAlterConfigs',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 1,
  decodeRequest: decodeIncrementalAlterConfigsRequest,
  encodeRequest: encodeIncrementalAlterConfigsRequest,
  decodeResponse: decodeIncrementalAlterConfigsResponse,
  encodeResponse: encodeIncrementalAlterConfigsResponse,
};
