// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// PushTelemetry (api key 72): request and response, versions 0-0.

export interface PushTelemetryRequest {
  /** Unique id for this client instance. */
  clientInstanceId: string;
  /** Unique identifier for the current subscription. */
  subscriptionId: number;
  /** Client is terminating the connection. */
  terminating: boolean;
  /** Compression codec used to compress the metrics. */
  compressionType: number;
  /** Metrics encoded in OpenTelemetry MetricsData v1 protobuf format. */
  metrics: Buffer;
  unknownTaggedFields?: TaggedField[];
}

export function defaultPushTelemetryRequest(): PushTelemetryRequest {
  return { clientInstanceId: ZERO_UUID, subscriptionId: 0, terminating: false, compressionType: 0, metrics: EMPTY_BYTES };
}

function readPushTelemetryRequest(r: Reader, _v: number): PushTelemetryRequest {
  const flex = true;
  const s = defaultPushTelemetryRequest();
  s.clientInstanceId = r.uuid();
  s.subscriptionId = r.int32();
  s.terminating = r.bool();
  s.compressionType = r.int8();
  s.metrics = r.bytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writePushTelemetryRequest(w: Writer, _v: number, s: Init<PushTelemetryRequest>): void {
  const flex = true;
  w.uuid((s.clientInstanceId === undefined ? ZERO_UUID : s.clientInstanceId));
  w.int32((s.subscriptionId === undefined ? 0 : s.subscriptionId));
  w.bool((s.terminating === undefined ? false : s.terminating));
  w.int8((s.compressionType === undefined ? 0 : s.compressionType));
  w.bytes((s.metrics === undefined ? EMPTY_BYTES : s.metrics), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const PushTelemetryRequestVersions = { min: 0, max: 0 } as const;

export function decodePushTelemetryRequest(r: Reader, v: number): PushTelemetryRequest {
  if (v < 0 || v > 0) throw new DecodeError(`PushTelemetryRequest version ${v} is outside 0-0`);
  return readPushTelemetryRequest(r, v);
}

export function encodePushTelemetryRequest(w: Writer, v: number, m: Init<PushTelemetryRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`PushTelemetryRequest version ${v} is outside 0-0`);
  writePushTelemetryRequest(w, v, m);
}

export interface PushTelemetryResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultPushTelemetryResponse(): PushTelemetryResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

function readPushTelemetryResponse(r: Reader, _v: number): PushTelemetryResponse {
  const flex = true;
  const s = defaultPushTelemetryResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writePushTelemetryResponse(w: Writer, _v: number, s: Init<PushTelemetryResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const PushTelemetryResponseVersions = { min: 0, max: 0 } as const;

export function decodePushTelemetryResponse(r: Reader, v: number): PushTelemetryResponse {
  if (v < 0 || v > 0) throw new DecodeError(`PushTelemetryResponse version ${v} is outside 0-0`);
  return readPushTelemetryResponse(r, v);
}

export function encodePushTelemetryResponse(w: Writer, v: number, m: Init<PushTelemetryResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`PushTelemetryResponse version ${v} is outside 0-0`);
  writePushTelemetryResponse(w, v, m);
}

export const PushTelemetryApi: ApiCodec<PushTelemetryRequest, PushTelemetryResponse> = {
  apiKey: 72,
  name: 'PushTelemetry',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodePushTelemetryRequest,
  encodeRequest: encodePushTelemetryRequest,
  decodeResponse: decodePushTelemetryResponse,
  encodeResponse: encodePushTelemetryResponse,
};
