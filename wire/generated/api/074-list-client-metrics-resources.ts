// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ListClientMetricsResources (api key 74): request and response, versions 0-0.

export interface ListClientMetricsResourcesRequest {
  unknownTaggedFields?: TaggedField[];
}

export function defaultListClientMetricsResourcesRequest(): ListClientMetricsResourcesRequest {
  return {  };
}

function readListClientMetricsResourcesRequest(r: Reader, _v: number): ListClientMetricsResourcesRequest {
  const flex = true;
  const s = defaultListClientMetricsResourcesRequest();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListClientMetricsResourcesRequest(w: Writer, _v: number, s: Init<ListClientMetricsResourcesRequest>): void {
  const flex = true;
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ListClientMetricsResourcesRequestVersions = { min: 0, max: 0 } as const;

export function decodeListClientMetricsResourcesRequest(r: Reader, v: number): ListClientMetricsResourcesRequest {
  if (v < 0 || v > 0) throw new DecodeError(`ListClientMetricsResourcesRequest version ${v} is outside 0-0`);
  return readListClientMetricsResourcesRequest(r, v);
}

export function encodeListClientMetricsResourcesRequest(w: Writer, v: number, m: Init<ListClientMetricsResourcesRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ListClientMetricsResourcesRequest version ${v} is outside 0-0`);
  writeListClientMetricsResourcesRequest(w, v, m);
}

export interface ClientMetricsResource {
  /** The resource name. */
  name: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultClientMetricsResource(): ClientMetricsResource {
  return { name: "" };
}

function readClientMetricsResource(r: Reader, _v: number): ClientMetricsResource {
  const flex = true;
  const s = defaultClientMetricsResource();
  s.name = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeClientMetricsResource(w: Writer, _v: number, s: Init<ClientMetricsResource>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ListClientMetricsResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** Each client metrics resource in the response. */
  clientMetricsResources: ClientMetricsResource[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultListClientMetricsResourcesResponse(): ListClientMetricsResourcesResponse {
  return { throttleTimeMs: 0, errorCode: 0, clientMetricsResources: [] };
}

function readListClientMetricsResourcesResponse(r: Reader, v: number): ListClientMetricsResourcesResponse {
  const flex = true;
  const s = defaultListClientMetricsResourcesResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.clientMetricsResources = readArray(r, flex, (r) => readClientMetricsResource(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListClientMetricsResourcesResponse(w: Writer, v: number, s: Init<ListClientMetricsResourcesResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.clientMetricsResources === undefined ? [] : s.clientMetricsResources), (w, e) => { writeClientMetricsResource(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ListClientMetricsResourcesResponseVersions = { min: 0, max: 0 } as const;

export function decodeListClientMetricsResourcesResponse(r: Reader, v: number): ListClientMetricsResourcesResponse {
  if (v < 0 || v > 0) throw new DecodeError(`ListClientMetricsResourcesResponse version ${v} is outside 0-0`);
  return readListClientMetricsResourcesResponse(r, v);
}

export function encodeListClientMetricsResourcesResponse(w: Writer, v: number, m: Init<ListClientMetricsResourcesResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ListClientMetricsResourcesResponse version ${v} is outside 0-0`);
  writeListClientMetricsResourcesResponse(w, v, m);
}

export const ListClientMetricsResourcesApi: ApiCodec<ListClientMetricsResourcesRequest, ListClientMetricsResourcesResponse> = {
  apiKey: 74,
  name: 'ListClientMetricsResources',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeListClientMetricsResourcesRequest,
  encodeRequest: encodeListClientMetricsResourcesRequest,
  decodeResponse: decodeListClientMetricsResourcesResponse,
  encodeResponse: encodeListClientMetricsResourcesResponse,
};
