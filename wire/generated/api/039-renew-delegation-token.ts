// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// RenewDelegationToken (api key 39): request and response, versions 0-2.

export interface RenewDelegationTokenRequest {
  /** The HMAC of the delegation token to be renewed. */
  hmac: Buffer;
  /** The renewal time period in milliseconds. */
  renewPeriodMs: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultRenewDelegationTokenRequest(): RenewDelegationTokenRequest {
  return { hmac: EMPTY_BYTES, renewPeriodMs: 0n };
}

function readRenewDelegationTokenRequest(r: Reader, v: number): RenewDelegationTokenRequest {
  const flex = v >= 2;
  const s = defaultRenewDelegationTokenRequest();
  s.hmac = r.bytes(flex);
  s.renewPeriodMs = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeRenewDelegationTokenRequest(w: Writer, v: number, s: Init<RenewDelegationTokenRequest>): void {
  const flex = v >= 2;
  w.bytes((s.hmac === undefined ? EMPTY_BYTES : s.hmac), flex);
  w.int64((s.renewPeriodMs === undefined ? 0n : s.renewPeriodMs));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const RenewDelegationTokenRequestVersions = { min: 0, max: 2 } as const;

export function decodeRenewDelegationTokenRequest(r: Reader, v: number): RenewDelegationTokenRequest {
  if (v < 0 || v > 2) throw new DecodeError(`RenewDelegationTokenRequest version ${v} is outside 0-2`);
  return readRenewDelegationTokenRequest(r, v);
}

export function encodeRenewDelegationTokenRequest(w: Writer, v: number, m: Init<RenewDelegationTokenRequest>): void {
  if (v < 0 || v > 2) throw new EncodeError(`RenewDelegationTokenRequest version ${v} is outside 0-2`);
  writeRenewDelegationTokenRequest(w, v, m);
}

export interface RenewDelegationTokenResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultRenewDelegationTokenResponse(): RenewDelegationTokenResponse {
  return { errorCode: 0, expiryTimestampMs: 0n, throttleTimeMs: 0 };
}

function readRenewDelegationTokenResponse(r: Reader, v: number): RenewDelegationTokenResponse {
  const flex = v >= 2;
  const s = defaultRenewDelegationTokenResponse();
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

function writeRenewDelegationTokenResponse(w: Writer, v: number, s: Init<RenewDelegationTokenResponse>): void {
  const flex = v >= 2;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int64((s.expiryTimestampMs === undefined ? 0n : s.expiryTimestampMs));
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const RenewDelegationTokenResponseVersions = { min: 0, max: 2 } as const;

export function decodeRenewDelegationTokenResponse(r: Reader, v: number): RenewDelegationTokenResponse {
  if (v < 0 || v > 2) throw new DecodeError(`RenewDelegationTokenResponse version ${v} is outside 0-2`);
  return readRenewDelegationTokenResponse(r, v);
}

export function encodeRenewDelegationTokenResponse(w: Writer, v: number, m: Init<RenewDelegationTokenResponse>): void {
  if (v < 0 || v > 2) throw new EncodeError(`RenewDelegationTokenResponse version ${v} is outside 0-2`);
  writeRenewDelegationTokenResponse(w, v, m);
}

export const RenewDelegationTokenApi: ApiCodec<RenewDelegationTokenRequest, RenewDelegationTokenResponse> = {
  apiKey: 39,
  name: 'RenewDelegationToken',
  minVersion: 0,
  maxVersion: 2,
  flexibleMin: 2,
  decodeRequest: decodeRenewDelegationTokenRequest,
  encodeRequest: encodeRenewDelegationTokenRequest,
  decodeResponse: decodeRenewDelegationTokenResponse,
  encodeResponse: encodeRenewDelegationTokenResponse,
};
