// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeDelegationToken (api key 41): request and response, versions 0-3.

export interface DescribeDelegationTokenOwner {
  /** The owner principal type. */
  principalType: string;
  /** The owner principal name. */
  principalName: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeDelegationTokenOwner(): DescribeDelegationTokenOwner {
  return { principalType: "", principalName: "" };
}

function readDescribeDelegationTokenOwner(r: Reader, v: number): DescribeDelegationTokenOwner {
  const flex = v >= 2;
  const s = defaultDescribeDelegationTokenOwner();
  s.principalType = r.string(flex);
  s.principalName = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeDelegationTokenOwner(w: Writer, v: number, s: Init<DescribeDelegationTokenOwner>): void {
  const flex = v >= 2;
  w.string((s.principalType === undefined ? "" : s.principalType), flex);
  w.string((s.principalName === undefined ? "" : s.principalName), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeDelegationTokenRequest {
  /** Each owner that we want to describe delegation tokens for, or null to describe all tokens. */
  owners: DescribeDelegationTokenOwner[] | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeDelegationTokenRequest(): DescribeDelegationTokenRequest {
  return { owners: [] };
}

function readDescribeDelegationTokenRequest(r: Reader, v: number): DescribeDelegationTokenRequest {
  const flex = v >= 2;
  const s = defaultDescribeDelegationTokenRequest();
  s.owners = readNullableArray(r, flex, (r) => readDescribeDelegationTokenOwner(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeDelegationTokenRequest(w: Writer, v: number, s: Init<DescribeDelegationTokenRequest>): void {
  const flex = v >= 2;
  writeArray(w, flex, (s.owners === undefined ? [] : s.owners), (w, e) => { writeDescribeDelegationTokenOwner(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeDelegationTokenRequestVersions = { min: 0, max: 3 } as const;

export function decodeDescribeDelegationTokenRequest(r: Reader, v: number): DescribeDelegationTokenRequest {
  if (v < 0 || v > 3) throw new DecodeError(`DescribeDelegationTokenRequest version ${v} is outside 0-3`);
  return readDescribeDelegationTokenRequest(r, v);
}

export function encodeDescribeDelegationTokenRequest(w: Writer, v: number, m: Init<DescribeDelegationTokenRequest>): void {
  if (v < 0 || v > 3) throw new EncodeError(`DescribeDelegationTokenRequest version ${v} is outside 0-3`);
  writeDescribeDelegationTokenRequest(w, v, m);
}

export interface DescribedDelegationToken {
  /** The token principal type. */
  principalType: string;
  /** The token principal name. */
  principalName: string;
  /** The principal type of the requester of the token. */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. */
  tokenRequesterPrincipalName: string;
  /** The token issue timestamp in milliseconds. */
  issueTimestamp: bigint;
  /** The token expiry timestamp in milliseconds. */
  expiryTimestamp: bigint;
  /** The token maximum timestamp length in milliseconds. */
  maxTimestamp: bigint;
  /** The token ID. */
  tokenId: string;
  /** The token HMAC. */
  hmac: Buffer;
  /** Those who are able to renew this token before it expires. */
  renewers: DescribedDelegationTokenRenewer[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribedDelegationToken(): DescribedDelegationToken {
  return { principalType: "", principalName: "", tokenRequesterPrincipalType: "", tokenRequesterPrincipalName: "", issueTimestamp: 0n, expiryTimestamp: 0n, maxTimestamp: 0n, tokenId: "", hmac: EMPTY_BYTES, renewers: [] };
}

function readDescribedDelegationToken(r: Reader, v: number): DescribedDelegationToken {
  const flex = v >= 2;
  const s = defaultDescribedDelegationToken();
  s.principalType = r.string(flex);
  s.principalName = r.string(flex);
  if (v >= 3) s.tokenRequesterPrincipalType = r.string(flex);
  if (v >= 3) s.tokenRequesterPrincipalName = r.string(flex);
  s.issueTimestamp = r.int64();
  s.expiryTimestamp = r.int64();
  s.maxTimestamp = r.int64();
  s.tokenId = r.string(flex);
  s.hmac = r.bytes(flex);
  s.renewers = readArray(r, flex, (r) => readDescribedDelegationTokenRenewer(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribedDelegationToken(w: Writer, v: number, s: Init<DescribedDelegationToken>): void {
  const flex = v >= 2;
  w.string((s.principalType === undefined ? "" : s.principalType), flex);
  w.string((s.principalName === undefined ? "" : s.principalName), flex);
  if (v >= 3) { w.string((s.tokenRequesterPrincipalType === undefined ? "" : s.tokenRequesterPrincipalType), flex); }
  if (v >= 3) { w.string((s.tokenRequesterPrincipalName === undefined ? "" : s.tokenRequesterPrincipalName), flex); }
  w.int64((s.issueTimestamp === undefined ? 0n : s.issueTimestamp));
  w.int64((s.expiryTimestamp === undefined ? 0n : s.expiryTimestamp));
  w.int64((s.maxTimestamp === undefined ? 0n : s.maxTimestamp));
  w.string((s.tokenId === undefined ? "" : s.tokenId), flex);
  w.bytes((s.hmac === undefined ? EMPTY_BYTES : s.hmac), flex);
  writeArray(w, flex, (s.renewers === undefined ? [] : s.renewers), (w, e) => { writeDescribedDelegationTokenRenewer(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribedDelegationTokenRenewer {
  /** The renewer principal type */
  principalType: string;
  /** The renewer principal name */
  principalName: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribedDelegationTokenRenewer(): DescribedDelegationTokenRenewer {
  return { principalType: "", principalName: "" };
}

function readDescribedDelegationTokenRenewer(r: Reader, v: number): DescribedDelegationTokenRenewer {
  const flex = v >= 2;
  const s = defaultDescribedDelegationTokenRenewer();
  s.principalType = r.string(flex);
  s.principalName = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribedDelegationTokenRenewer(w: Writer, v: number, s: Init<DescribedDelegationTokenRenewer>): void {
  const flex = v >= 2;
  w.string((s.principalType === undefined ? "" : s.principalType), flex);
  w.string((s.principalName === undefined ? "" : s.principalName), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeDelegationTokenResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The tokens. */
  tokens: DescribedDelegationToken[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeDelegationTokenResponse(): DescribeDelegationTokenResponse {
  return { errorCode: 0, tokens: [], throttleTimeMs: 0 };
}

function readDescribeDelegationTokenResponse(r: Reader, v: number): DescribeDelegationTokenResponse {
  const flex = v >= 2;
  const s = defaultDescribeDelegationTokenResponse();
  s.errorCode = r.int16();
  s.tokens = readArray(r, flex, (r) => readDescribedDelegationToken(r, v));
  s.throttleTimeMs = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeDelegationTokenResponse(w: Writer, v: number, s: Init<DescribeDelegationTokenResponse>): void {
  const flex = v >= 2;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.tokens === undefined ? [] : s.tokens), (w, e) => { writeDescribedDelegationToken(w, v, e); });
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeDelegationTokenResponseVersions = { min: 0, max: 3 } as const;

export function decodeDescribeDelegationTokenResponse(r: Reader, v: number): DescribeDelegationTokenResponse {
  if (v < 0 || v > 3) throw new DecodeError(`DescribeDelegationTokenResponse version ${v} is outside 0-3`);
  return readDescribeDelegationTokenResponse(r, v);
}

export function encodeDescribeDelegationTokenResponse(w: Writer, v: number, m: Init<DescribeDelegationTokenResponse>): void {
  if (v < 0 || v > 3) throw new EncodeError(`DescribeDelegationTokenResponse version ${v} is outside 0-3`);
  writeDescribeDelegationTokenResponse(w, v, m);
}

export const DescribeDelegationTokenApi: ApiCodec<DescribeDelegationTokenRequest, DescribeDelegationTokenResponse> = {
  apiKey: 41,
  name: 'DescribeDelegationToken',
  minVersion: 0,
  maxVersion: 3,
  flexibleMin: 2,
  decodeRequest: decodeDescribeDelegationTokenRequest,
  encodeRequest: encodeDescribeDelegationTokenRequest,
  decodeResponse: decodeDescribeDelegationTokenResponse,
  encodeResponse: encodeDescribeDelegationTokenResponse,
};
