// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ExpireDelegationToken (api key 40): request and response, versions 0-2.

export interface ExpireDelegationTokenRequest {
  /** The HMAC of the delegation token to be expired. */
  hmac: Buffer;
  /** The expiry time period in milliseconds. */
  expiryTimePeriodMs: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultExpireDelegationTokenRequest(): ExpireDelegationTokenRequest {
  return { hmac: EMPTY_BYTES, expiryTimePeriodMs: 0n };
}

function readExpireDelegationTokenRequest(r: Reader, v: number): ExpireDelegationTokenRequest {
  const flex = v >= 2;
  const s = defaultExpireDelegationTokenRequest();
  s.hmac = r.bytes(flex);
  s.expiryTimePeriodMs = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeExpireDelegationTokenRequest(w: Writer, v: number, s: Init<ExpireDelegationTokenRequest>): void {
  const flex = v >= 2;
  w.bytes((s.hmac === undefined ? EMPTY_BYTES : s.hmac), flex);
  w.int64((s.expiryTimePeriodMs === undefined ? 0n : s.expiryTimePeriodMs));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ExpireDelegationTokenRequestVersions = { min: 0, max: 2 } as const;

export function decodeExpireDelegationTokenRequest(r: Reader, v: number): ExpireDelegationTokenRequest {
  if (v < 0 || v > 2) throw new DecodeError(`ExpireDelegationTokenRequest version ${v} is outside 0-2`);
  return readExpireDelegationTokenRequest(r, v);
}

export function encodeExpireDelegationTokenRequest(w: Writer, v: number, m: Init<ExpireDelegationTokenRequest>): void {
  if (v < 0 || v > 2) throw new EncodeError(`ExpireDelegationTokenRequest version ${v} is outside 0-2`);
  writeExpireDelegationTokenRequest(w, v, m);
}

export interface ExpireDelegationTokenResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultExpireDelegationTokenResponse(): ExpireDelegationTokenResponse {
  return { errorCode: 0, expiryTimestampMs: 0n, throttleTimeMs: 0 };
}

function readExpireDelegationTokenResponse(r: Reader, v: number): ExpireDelegationTokenResponse {
  const flex = v >= 2;
  const s = defaultExpireDelegationTokenResponse();
  s.errorCode = r.int16();
  s.expiryTimestampMs = r.int64();
  s.throttleTimeMs = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeExpireDelegationTokenResponse(w: Writer, v: number, s: Init<ExpireDelegationTokenResponse>): void {
  const flex = v >= 2;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int64((s.expiryTimestampMs === undefined ? 0n : s.expiryTimestampMs));
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ExpireDelegationTokenResponseVersions = { min: 0, max: 2 } as const;

export function decodeExpireDelegationTokenResponse(r: Reader, v: number): ExpireDelegationTokenResponse {
  if (v < 0 || v > 2) throw new DecodeError(`ExpireDelegationTokenResponse version ${v} is outside 0-2`);
  return readExpireDelegationTokenResponse(r, v);
}

export function encodeExpireDelegationTokenResponse(w: Writer, v: number, m: Init<ExpireDelegationTokenResponse>): void {
  if (v < 0 || v > 2) throw new EncodeError(`ExpireDelegationTokenResponse version ${v} is outside 0-2`);
  writeExpireDelegationTokenResponse(w, v, m);
}

export const ExpireDelegationTokenApi: ApiCodec<ExpireDelegationTokenRequest, ExpireDelegationTokenResponse> = {
  apiKey: 40,
  name: 'ExpireDelegationToken',
  minVersion: 0,
  maxVersion: 2,
  flexibleMin: 2,
  decodeRequest: decodeExpireDelegationTokenRequest,
  encodeRequest: encodeExpireDelegationTokenRequest,
  decodeResponse: decodeExpireDelegationTokenResponse,
  encodeResponse: encodeExpireDelegationTokenResponse,
};
