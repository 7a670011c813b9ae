// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// CreateDelegationToken (api key 38): request and response, versions 0-3.

export interface CreatableRenewers {
  /** The type of the Kafka principal. */
  principalType: string;
  /** The name of the Kafka principal. */
  principalName: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreatableRenewers(): CreatableRenewers {
  return { principalType: "", principalName: "" };
}

function readCreatableRenewers(r: Reader, v: number): CreatableRenewers {
  const flex = v >= 2;
  const s = defaultCreatableRenewers();
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

function writeCreatableRenewers(w: Writer, v: number, s: Init<CreatableRenewers>): void {
  const flex = v >= 2;
  w.string((s.principalType === undefined ? "" : s.principalType), flex);
  w.string((s.principalName === undefined ? "" : s.principalName), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CreateDelegationTokenRequest {
  /** The principal type of the owner of the token. If it's null it defaults to the token request principal. */
  ownerPrincipalType: string | null;
  /** The principal name of the owner of the token. If it's null it defaults to the token request principal. */
  ownerPrincipalName: string | null;
  /** A list of those who are allowed to renew this token before it expires. */
  renewers: CreatableRenewers[];
  /** The maximum lifetime of the token in milliseconds, or -1 to use the server side default. */
  maxLifetimeMs: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreateDelegationTokenRequest(): CreateDelegationTokenRequest {
  return { ownerPrincipalType: "", ownerPrincipalName: "", renewers: [], maxLifetimeMs: 0n };
}

function readCreateDelegationTokenRequest(r: Reader, v: number): CreateDelegationTokenRequest {
  const flex = v >= 2;
  const s = defaultCreateDelegationTokenRequest();
  if (v >= 3) s.ownerPrincipalType = (v >= 3 ? r.nullableString(flex) : r.string(flex));
  if (v >= 3) s.ownerPrincipalName = (v >= 3 ? r.nullableString(flex) : r.string(flex));
  s.renewers = readArray(r, flex, (r) => readCreatableRenewers(r, v));
  s.maxLifetimeMs = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreateDelegationTokenRequest(w: Writer, v: number, s: Init<CreateDelegationTokenRequest>): void {
  const flex = v >= 2;
  if (v >= 3) { w.nullableString((s.ownerPrincipalType === undefined ? "" : s.ownerPrincipalType), flex); }
  if (v >= 3) { w.nullableString((s.ownerPrincipalName === undefined ? "" : s.ownerPrincipalName), flex); }
  writeArray(w, flex, (s.renewers === undefined ? [] : s.renewers), (w, e) => { writeCreatableRenewers(w, v, e); });
  w.int64((s.maxLifetimeMs === undefined ? 0n : s.maxLifetimeMs));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const CreateDelegationTokenRequestVersions = { min: 0, max: 3 } as const;

export function decodeCreateDelegationTokenRequest(r: Reader, v: number): CreateDelegationTokenRequest {
  if (v < 0 || v > 3) throw new DecodeError(`CreateDelegationTokenRequest version ${v} is outside 0-3`);
  return readCreateDelegationTokenRequest(r, v);
}

export function encodeCreateDelegationTokenRequest(w: Writer, v: number, m: Init<CreateDelegationTokenRequest>): void {
  if (v < 0 || v > 3) throw new EncodeError(`CreateDelegationTokenRequest version ${v} is outside 0-3`);
  writeCreateDelegationTokenRequest(w, v, m);
}

export interface CreateDelegationTokenResponse {
  /** The top-level error, or zero if there was no error. */
  errorCode: number;
  /** The principal type of the token owner. */
  principalType: string;
  /** The name of the token owner. */
  principalName: string;
  /** The principal type of the requester of the token. */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. */
  tokenRequesterPrincipalName: string;
  /** When this token was generated. */
  issueTimestampMs: bigint;
  /** When this token expires. */
  expiryTimestampMs: bigint;
  /** The maximum lifetime of this token. */
  maxTimestampMs: bigint;
  /** The token UUID. */
  tokenId: string;
  /** HMAC of the delegation token. */
  hmac: Buffer;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreateDelegationTokenResponse(): CreateDelegationTokenResponse {
  return { errorCode: 0, principalType: "", principalName: "", tokenRequesterPrincipalType: "", tokenRequesterPrincipalName: "", issueTimestampMs: 0n, expiryTimestampMs: 0n, maxTimestampMs: 0n, tokenId: "", hmac: EMPTY_BYTES, throttleTimeMs: 0 };
}

function readCreateDelegationTokenResponse(r: Reader, v: number): CreateDelegationTokenResponse {
  const flex = v >= 2;
  const s = defaultCreateDelegationTokenResponse();
  s.errorCode = r.int16();
  s.principalType = r.string(flex);
  s.principalName = r.string(flex);
  if (v >= 3) s.tokenRequesterPrincipalType = r.string(flex);
  if (v >= 3) s.tokenRequesterPrincipalName = r.string(flex);
  s.issueTimestampMs = r.int64();
  s.expiryTimestampMs = r.int64();
  s.maxTimestampMs = r.int64();
  s.tokenId = r.string(flex);
  s.hmac = r.bytes(flex);
  s.throttleTimeMs = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreateDelegationTokenResponse(w: Writer, v: number, s: Init<CreateDelegationTokenResponse>): void {
  const flex = v >= 2;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.string((s.principalType === undefined ? "" : s.principalType), flex);
  w.string((s.principalName === undefined ? "" : s.principalName), flex);
  if (v >= 3) { w.string((s.tokenRequesterPrincipalType === undefined ? "" : s.tokenRequesterPrincipalType), flex); }
  if (v >= 3) { w.string((s.tokenRequesterPrincipalName === undefined ? "" : s.tokenRequesterPrincipalName), flex); }
  w.int64((s.issueTimestampMs === undefined ? 0n : s.issueTimestampMs));
  w.int64((s.expiryTimestampMs === undefined ? 0n : s.expiryTimestampMs));
  w.int64((s.maxTimestampMs === undefined ? 0n : s.maxTimestampMs));
  w.string((s.tokenId === undefined ? "" : s.tokenId), flex);
  w.bytes((s.hmac === undefined ? EMPTY_BYTES : s.hmac), flex);
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const CreateDelegationTokenResponseVersions = { min: 0, max: 3 } as const;

export function decodeCreateDelegationTokenResponse(r: Reader, v: number): CreateDelegationTokenResponse {
  if (v < 0 || v > 3) throw new DecodeError(`CreateDelegationTokenResponse version ${v} is outside 0-3`);
  return readCreateDelegationTokenResponse(r, v);
}

export function encodeCreateDelegationTokenResponse(w: Writer, v: number, m: Init<CreateDelegationTokenResponse>): void {
  if (v < 0 || v > 3) throw new EncodeError(`CreateDelegationTokenResponse version ${v} is outside 0-3`);
  writeCreateDelegationTokenResponse(w, v, m);
}

export const CreateDelegationTokenApi: ApiCodec<CreateDelegationTokenRequest, CreateDelegationTokenResponse> = {
  apiKey: 38,
  name: 'CreateDelegationToken',
  minVersion: 0,
  maxVersion: 3,
  flexibleMin: 2,
  decodeRequest: decodeCreateDelegationTokenRequest,
  encodeRequest: encodeCreateDelegationTokenRequest,
  decodeResponse: decodeCreateDelegationTokenResponse,
  encodeResponse: encodeCreateDelegationTokenResponse,
};
