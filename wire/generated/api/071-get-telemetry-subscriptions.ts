// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// GetTelemetrySubscriptions (api key 71): request and response, versions 0-0.

export interface GetTelemetrySubscriptionsRequest {
  /** Unique id for this client instance, must be set to 0 on the first request. */
  clientInstanceId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultGetTelemetrySubscriptionsRequest(): GetTelemetrySubscriptionsRequest {
  return { clientInstanceId: ZERO_UUID };
}

function readGetTelemetrySubscriptionsRequest(r: Reader, _v: number): GetTelemetrySubscriptionsRequest {
  const flex = true;
  const s = defaultGetTelemetrySubscriptionsRequest();
  s.clientInstanceId = r.uuid();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeGetTelemetrySubscriptionsRequest(w: Writer, _v: number, s: Init<GetTelemetrySubscriptionsRequest>): void {
  const flex = true;
  w.uuid((s.clientInstanceId === undefined ? ZERO_UUID : s.clientInstanceId));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const GetTelemetrySubscriptionsRequestVersions = { min: 0, max: 0 } as const;

export function decodeGetTelemetrySubscriptionsRequest(r: Reader, v: number): GetTelemetrySubscriptionsRequest {
  if (v < 0 || v > 0) throw new DecodeError(`GetTelemetrySubscriptionsRequest version ${v} is outside 0-0`);
  return readGetTelemetrySubscriptionsRequest(r, v);
}

export function encodeGetTelemetrySubscriptionsRequest(w: Writer, v: number, m: Init<GetTelemetrySubscriptionsRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`GetTelemetrySubscriptionsRequest version ${v} is outside 0-0`);
  writeGetTelemetrySubscriptionsRequest(w, v, m);
}

export interface GetTelemetrySubscriptionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** Assigned client instance id if ClientInstanceId was 0 in the request, else 0. */
  clientInstanceId: string;
  /** Unique identifier for the current subscription set for this client instance. */
  subscriptionId: number;
  /** Compression types that broker accepts for the PushTelemetryRequest. */
  acceptedCompressionTypes: number[];
  /** Configured push interval, which is the lowest configured interval in the current subscription set. */
  pushIntervalMs: number;
  /** The maximum bytes of binary data the broker accepts in PushTelemetryRequest. */
  telemetryMaxBytes: number;
  /** Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values */
  deltaTemporality: boolean;
  /** Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed. */
  requestedMetrics: string[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultGetTelemetrySubscriptionsResponse(): GetTelemetrySubscriptionsResponse {
  return { throttleTimeMs: 0, errorCode: 0, clientInstanceId: ZERO_UUID, subscriptionId: 0, acceptedCompressionTypes: [], pushIntervalMs: 0, telemetryMaxBytes: 0, deltaTemporality: false, requestedMetrics: [] };
}

function readGetTelemetrySubscriptionsResponse(r: Reader, _v: number): GetTelemetrySubscriptionsResponse {
  const flex = true;
  const s = defaultGetTelemetrySubscriptionsResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.clientInstanceId = r.uuid();
  s.subscriptionId = r.int32();
  s.acceptedCompressionTypes = readArray(r, flex, (r) => r.int8());
  s.pushIntervalMs = r.int32();
  s.telemetryMaxBytes = r.int32();
  s.deltaTemporality = r.bool();
  s.requestedMetrics = readArray(r, flex, (r) => r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeGetTelemetrySubscriptionsResponse(w: Writer, _v: number, s: Init<GetTelemetrySubscriptionsResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.uuid((s.clientInstanceId === undefined ? ZERO_UUID : s.clientInstanceId));
  w.int32((s.subscriptionId === undefined ? 0 : s.subscriptionId));
  writeArray(w, flex, (s.acceptedCompressionTypes === undefined ? [] : s.acceptedCompressionTypes), (w, e) => { w.int8(e); });
  w.int32((s.pushIntervalMs === undefined ? 0 : s.pushIntervalMs));
  w.int32((s.telemetryMaxBytes === undefined ? 0 : s.telemetryMaxBytes));
  w.bool((s.deltaTemporality === undefined ? false : s.deltaTemporality));
  writeArray(w, flex, (s.requestedMetrics === undefined ? [] : s.requestedMetrics), (w, e) => { w.string(e, flex); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const GetTelemetrySubscriptionsResponseVersions = { min: 0, max: 0 } as const;

export function decodeGetTelemetrySubscriptionsResponse(r: Reader, v: number): GetTelemetrySubscriptionsResponse {
  if (v < 0 || v > 0) throw new DecodeError(`GetTelemetrySubscriptionsResponse version ${v} is outside 0-0`);
  return readGetTelemetrySubscriptionsResponse(r, v);
}

export function encodeGetTelemetrySubscriptionsResponse(w: Writer, v: number, m: Init<GetTelemetrySubscriptionsResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`GetTelemetrySubscriptionsResponse version ${v} is outside 0-0`);
  writeGetTelemetrySubscriptionsResponse(w, v, m);
}

export const GetTelemetrySubscriptionsApi: ApiCodec<GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsResponse> = {
  apiKey: 71,
  name: 'GetTelemetrySubscriptions',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeGetTelemetrySubscriptionsRequest,
  encodeRequest: encodeGetTelemetrySubscriptionsRequest,
  decodeResponse: decodeGetTelemetrySubscriptionsResponse,
  encodeResponse: encodeGetTelemetrySubscriptionsResponse,
};
