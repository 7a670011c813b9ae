// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeUserScramCredentials (api key 50): request and response, versions 0-0.

export interface UserName {
  /** The user name. */
  name: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultUserName(): UserName {
  return { name: "" };
}

function readUserName(r: Reader, _v: number): UserName {
  const flex = true;
  const s = defaultUserName();
  s.name = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUserName(w: Writer, _v: number, s: Init<UserName>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeUserScramCredentialsRequest {
  /** The users to describe, or null/empty to describe all users. */
  users: UserName[] | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeUserScramCredentialsRequest(): DescribeUserScramCredentialsRequest {
  return { users: [] };
}

function readDescribeUserScramCredentialsRequest(r: Reader, v: number): DescribeUserScramCredentialsRequest {
  const flex = true;
  const s = defaultDescribeUserScramCredentialsRequest();
  s.users = readNullableArray(r, flex, (r) => readUserName(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeUserScramCredentialsRequest(w: Writer, v: number, s: Init<DescribeUserScramCredentialsRequest>): void {
  const flex = true;
  writeArray(w, flex, (s.users === undefined ? [] : s.users), (w, e) => { writeUserName(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeUserScramCredentialsRequestVersions = { min: 0, max: 0 } as const;

export function decodeDescribeUserScramCredentialsRequest(r: Reader, v: number): DescribeUserScramCredentialsRequest {
  if (v < 0 || v > 0) throw new DecodeError(`DescribeUserScramCredentialsRequest version ${v} is outside 0-0`);
  return readDescribeUserScramCredentialsRequest(r, v);
}

export function encodeDescribeUserScramCredentialsRequest(w: Writer, v: number, m: Init<DescribeUserScramCredentialsRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`DescribeUserScramCredentialsRequest version ${v} is outside 0-0`);
  writeDescribeUserScramCredentialsRequest(w, v, m);
}

export interface DescribeUserScramCredentialsResult {
  /** The user name. */
  user: string;
  /** The user-level error code. */
  errorCode: number;
  /** The user-level error message, if any. */
  errorMessage: string | null;
  /** The mechanism and related information associated with the user's SCRAM credentials. */
  credentialInfos: CredentialInfo[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeUserScramCredentialsResult(): DescribeUserScramCredentialsResult {
  return { user: "", errorCode: 0, errorMessage: "", credentialInfos: [] };
}

function readDescribeUserScramCredentialsResult(r: Reader, v: number): DescribeUserScramCredentialsResult {
  const flex = true;
  const s = defaultDescribeUserScramCredentialsResult();
  s.user = r.string(flex);
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.credentialInfos = readArray(r, flex, (r) => readCredentialInfo(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeUserScramCredentialsResult(w: Writer, v: number, s: Init<DescribeUserScramCredentialsResult>): void {
  const flex = true;
  w.string((s.user === undefined ? "" : s.user), flex);
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  writeArray(w, flex, (s.credentialInfos === undefined ? [] : s.credentialInfos), (w, e) => { writeCredentialInfo(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CredentialInfo {
  /** The SCRAM mechanism. */
  mechanism: number;
  /** The number of iterations used in the SCRAM credential. */
  iterations: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCredentialInfo(): CredentialInfo {
  return { mechanism: 0, iterations: 0 };
}

function readCredentialInfo(r: Reader, _v: number): CredentialInfo {
  const flex = true;
  const s = defaultCredentialInfo();
  s.mechanism = r.int8();
  s.iterations = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCredentialInfo(w: Writer, _v: number, s: Init<CredentialInfo>): void {
  const flex = true;
  w.int8((s.mechanism === undefined ? 0 : s.mechanism));
  w.int32((s.iterations === undefined ? 0 : s.iterations));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The message-level error code, 0 except for user authorization or infrastructure issues. */
  errorCode: number;
  /** The message-level error message, if any. */
  errorMessage: string | null;
  /** The results for descriptions, one per user. */
  results: DescribeUserScramCredentialsResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeUserScramCredentialsResponse(): DescribeUserScramCredentialsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", results: [] };
}

function readDescribeUserScramCredentialsResponse(r: Reader, v: number): DescribeUserScramCredentialsResponse {
  const flex = true;
  const s = defaultDescribeUserScramCredentialsResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.results = readArray(r, flex, (r) => readDescribeUserScramCredentialsResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeUserScramCredentialsResponse(w: Writer, v: number, s: Init<DescribeUserScramCredentialsResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeDescribeUserScramCredentialsResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeUserScramCredentialsResponseVersions = { min: 0, max: 0 } as const;

export function decodeDescribeUserScramCredentialsResponse(r: Reader, v: number): DescribeUserScramCredentialsResponse {
  if (v < 0 || v > 0) throw new DecodeError(`DescribeUserScramCredentialsResponse version ${v} is outside 0-0`);
  return readDescribeUserScramCredentialsResponse(r, v);
}

export function encodeDescribeUserScramCredentialsResponse(w: Writer, v: number, m: Init<DescribeUserScramCredentialsResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`DescribeUserScramCredentialsResponse version ${v} is outside 0-0`);
  writeDescribeUserScramCredentialsResponse(w, v, m);
}

export const DescribeUserScramCredentialsApi: ApiCodec<DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse> = {
  apiKey: 50,
  name: 'DescribeUserScramCredentials',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeDescribeUserScramCredentialsRequest,
  encodeRequest: encodeDescribeUserScramCredentialsRequest,
  decodeResponse: decodeDescribeUserScramCredentialsResponse,
  encodeResponse: encodeDescribeUserScramCredentialsResponse,
};
