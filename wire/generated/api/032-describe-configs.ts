// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeConfigs (api key 32): request and response, versions 0-4.

export interface DescribeConfigsResource {
  /** The resource type. */
  resourceType: number;
  /** The resource name. */
  resourceName: string;
  /** The configuration keys to list, or null to list all configuration keys. */
  configurationKeys: string[] | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsResource(): DescribeConfigsResource {
  return { resourceType: 0, resourceName: "", configurationKeys: [] };
}

function readDescribeConfigsResource(r: Reader, v: number): DescribeConfigsResource {
  const flex = v >= 4;
  const s = defaultDescribeConfigsResource();
  s.resourceType = r.int8();
  s.resourceName = r.string(flex);
  s.configurationKeys = readNullableArray(r, flex, (r) => r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeConfigsResource(w: Writer, v: number, s: Init<DescribeConfigsResource>): void {
  const flex = v >= 4;
  w.int8((s.resourceType === undefined ? 0 : s.resourceType));
  w.string((s.resourceName === undefined ? "" : s.resourceName), flex);
  writeArray(w, flex, (s.configurationKeys === undefined ? [] : s.configurationKeys), (w, e) => { w.string(e, flex); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. */
  resources: DescribeConfigsResource[];
  /** True if we should include all synonyms. */
  includeSynonyms: boolean;
  /** True if we should include configuration documentation. */
  includeDocumentation: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsRequest(): DescribeConfigsRequest {
  return { resources: [], includeSynonyms: false, includeDocumentation: false };
}

function readDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest {
  const flex = v >= 4;
  const s = defaultDescribeConfigsRequest();
  s.resources = readArray(r, flex, (r) => readDescribeConfigsResource(r, v));
  if (v >= 1) s.includeSynonyms = r.bool();
  if (v >= 3) s.includeDocumentation = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeConfigsRequest(w: Writer, v: number, s: Init<DescribeConfigsRequest>): void {
  const flex = v >= 4;
  writeArray(w, flex, (s.resources === undefined ? [] : s.resources), (w, e) => { writeDescribeConfigsResource(w, v, e); });
  if (v >= 1) { w.bool((s.includeSynonyms === undefined ? false : s.includeSynonyms)); }
  if (v >= 3) { w.bool((s.includeDocumentation === undefined ? false : s.includeDocumentation)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeConfigsRequestVersions = { min: 0, max: 4 } as const;

export function decodeDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest {
  if (v < 0 || v > 4) throw new DecodeError(`DescribeConfigsRequest version ${v} is outside 0-4`);
  return readDescribeConfigsRequest(r, v);
}

export function encodeDescribeConfigsRequest(w: Writer, v: number, m: Init<DescribeConfigsRequest>): void {
  if (v < 0 || v > 4) throw new EncodeError(`DescribeConfigsRequest version ${v} is outside 0-4`);
  writeDescribeConfigsRequest(w, v, m);
}

export interface DescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. */
  errorCode: number;
  /** The error message, or null if we were able to successfully describe the configurations. */
  errorMessage: string | null;
  /** The resource type. */
  resourceType: number;
  /** The resource name. */
  resourceName: string;
  /** Each listed configuration. */
  configs: DescribeConfigsResourceResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsResult(): DescribeConfigsResult {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "", configs: [] };
}

function readDescribeConfigsResult(r: Reader, v: number): DescribeConfigsResult {
  const flex = v >= 4;
  const s = defaultDescribeConfigsResult();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.resourceType = r.int8();
  s.resourceName = r.string(flex);
  s.configs = readArray(r, flex, (r) => readDescribeConfigsResourceResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeConfigsResult(w: Writer, v: number, s: Init<DescribeConfigsResult>): void {
  const flex = v >= 4;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  w.int8((s.resourceType === undefined ? 0 : s.resourceType));
  w.string((s.resourceName === undefined ? "" : s.resourceName), flex);
  writeArray(w, flex, (s.configs === undefined ? [] : s.configs), (w, e) => { writeDescribeConfigsResourceResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeConfigsResourceResult {
  /** The configuration name. */
  name: string;
  /** The configuration value. */
  value: string | null;
  /** True if the configuration is read-only. */
  readOnly: boolean;
  /** True if the configuration is not set. */
  isDefault: boolean;
  /** The configuration source. */
  configSource: number;
  /** True if this configuration is sensitive. */
  isSensitive: boolean;
  /** The synonyms for this configuration key. */
  synonyms: DescribeConfigsSynonym[];
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD */
  configType: number;
  /** The configuration documentation. */
  documentation: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsResourceResult(): DescribeConfigsResourceResult {
  return { name: "", value: "", readOnly: false, isDefault: false, configSource: -1, isSensitive: false, synonyms: [], configType: 0, documentation: "" };
}

function readDescribeConfigsResourceResult(r: Reader, v: number): DescribeConfigsResourceResult {
  const flex = v >= 4;
  const s = defaultDescribeConfigsResourceResult();
  s.name = r.string(flex);
  s.value = r.nullableString(flex);
  s.readOnly = r.bool();
  if (v === 0) s.isDefault = r.bool();
  if (v >= 1) s.configSource = r.int8();
  s.isSensitive = r.bool();
  if (v >= 1) s.synonyms = readArray(r, flex, (r) => readDescribeConfigsSynonym(r, v));
  if (v >= 3) s.configType = r.int8();
  if (v >= 3) s.documentation = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeConfigsResourceResult(w: Writer, v: number, s: Init<DescribeConfigsResourceResult>): void {
  const flex = v >= 4;
  w.string((s.name === undefined ? "" : s.name), flex);
  w.nullableString((s.value === undefined ? "" : s.value), flex);
  w.bool((s.readOnly === undefined ? false : s.readOnly));
  if (v === 0) { w.bool((s.isDefault === undefined ? false : s.isDefault)); }
  if (v >= 1) { w.int8((s.configSource === undefined ? -1 : s.configSource)); }
  w.bool((s.isSensitive === undefined ? false : s.isSensitive));
  if (v >= 1) { writeArray(w, flex, (s.synonyms === undefined ? [] : s.synonyms), (w, e) => { writeDescribeConfigsSynonym(w, v, e); }); }
  if (v >= 3) { w.int8((s.configType === undefined ? 0 : s.configType)); }
  if (v >= 3) { w.nullableString((s.documentation === undefined ? "" : s.documentation), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeConfigsSynonym {
  /** The synonym name. */
  name: string;
  /** The synonym value. */
  value: string | null;
  /** The synonym source. */
  source: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsSynonym(): DescribeConfigsSynonym {
  return { name: "", value: "", source: 0 };
}

function readDescribeConfigsSynonym(r: Reader, v: number): DescribeConfigsSynonym {
  const flex = v >= 4;
  const s = defaultDescribeConfigsSynonym();
  if (v >= 1) s.name = r.string(flex);
  if (v >= 1) s.value = r.nullableString(flex);
  if (v >= 1) s.source = r.int8();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeConfigsSynonym(w: Writer, v: number, s: Init<DescribeConfigsSynonym>): void {
  const flex = v >= 4;
  if (v >= 1) { w.string((s.name === undefined ? "" : s.name), flex); }
  if (v >= 1) { w.nullableString((s.value === undefined ? "" : s.value), flex); }
  if (v >= 1) { w.int8((s.source === undefined ? 0 : s.source)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for each resource. */
  results: DescribeConfigsResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsResponse(): DescribeConfigsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function readDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse {
  const flex = v >= 4;
  const s = defaultDescribeConfigsResponse();
  s.throttleTimeMs = r.int32();
  s.results = readArray(r, flex, (r) => readDescribeConfigsResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeConfigsResponse(w: Writer, v: number, s: Init<DescribeConfigsResponse>): void {
  const flex = v >= 4;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeDescribeConfigsResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeConfigsResponseVersions = { min: 0, max: 4 } as const;

export function decodeDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse {
  if (v < 0 || v > 4) throw new DecodeError(`DescribeConfigsResponse version ${v} is outside 0-4`);
  return readDescribeConfigsResponse(r, v);
}

export function encodeDescribeConfigsResponse(w: Writer, v: number, m: Init<DescribeConfigsResponse>): void {
  if (v < 0 || v > 4) throw new EncodeError(`DescribeConfigsResponse version ${v} is outside 0-4`);
  writeDescribeConfigsResponse(w, v, m);
}

export const DescribeConfigsApi: ApiCodec<DescribeConfigsRequest, DescribeConfigsResponse> = {
  apiKey: 32,
  name: 'DescribeConfigs',
  minVersion: 0,
  maxVersion: 4,
  flexibleMin: 4,
  decodeRequest: decodeDescribeConfigsRequest,
  encodeRequest: encodeDescribeConfigsRequest,
  decodeResponse: decodeDescribeConfigsResponse,
  encodeResponse: encodeDescribeConfigsResponse,
};
