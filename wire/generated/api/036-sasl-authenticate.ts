// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// SaslAuthenticate (api key 36): request and response, versions 0-2.

export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. */
  authBytes: Buffer;
  unknownTaggedFields?: TaggedField[];
}

export function defaultSaslAuthenticateRequest(): SaslAuthenticateRequest {
  return { authBytes: EMPTY_BYTES };
}

function readSaslAuthenticateRequest(r: Reader, v: number): SaslAuthenticateRequest {
  const flex = v >= 2;
  const s = defaultSaslAuthenticateRequest();
  s.authBytes = r.bytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeSaslAuthenticateRequest(w: Writer, v: number, s: Init<SaslAuthenticateRequest>): void {
  const flex = v >= 2;
  w.bytes((s.authBytes === undefined ? EMPTY_BYTES : s.authBytes), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const SaslAuthenticateRequestVersions = { min: 0, max: 2 } as const;

export function decodeSaslAuthenticateRequest(r: Reader, v: number): SaslAuthenticateRequest {
  if (v < 0 || v > 2) throw new DecodeError(`SaslAuthenticateRequest version ${v} is outside 0-2`);
  return readSaslAuthenticateRequest(r, v);
}

export function encodeSaslAuthenticateRequest(w: Writer, v: number, m: Init<SaslAuthenticateRequest>): void {
  if (v < 0 || v > 2) throw new EncodeError(`SaslAuthenticateRequest version ${v} is outside 0-2`);
  writeSaslAuthenticateRequest(w, v, m);
}

export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. */
  authBytes: Buffer;
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. */
  sessionLifetimeMs: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultSaslAuthenticateResponse(): SaslAuthenticateResponse {
  return { errorCode: 0, errorMessage: "", authBytes: EMPTY_BYTES, sessionLifetimeMs: 0n };
}

function readSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse {
  const flex = v >= 2;
  const s = defaultSaslAuthenticateResponse();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.authBytes = r.bytes(flex);
  if (v >= 1) s.sessionLifetimeMs = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeSaslAuthenticateResponse(w: Writer, v: number, s: Init<SaslAuthenticateResponse>): void {
  const flex = v >= 2;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  w.bytes((s.authBytes === undefined ? EMPTY_BYTES : s.authBytes), flex);
  if (v >= 1) { w.int64((s.sessionLifetimeMs === undefined ? 0n : s.sessionLifetimeMs)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const SaslAuthenticateResponseVersions = { min: 0, max: 2 } as const;

export function decodeSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse {
  if (v < 0 || v > 2) throw new DecodeError(`SaslAuthenticateResponse version ${v} is outside 0-2`);
  return readSaslAuthenticateResponse(r, v);
}

export function encodeSaslAuthenticateResponse(w: Writer, v: number, m: Init<SaslAuthenticateResponse>): void {
  if (v < 0 || v > 2) throw new EncodeError(`SaslAuthenticateResponse version ${v} is outside 0-2`);
  writeSaslAuthenticateResponse(w, v, m);
}

export const SaslAuthenticateApi: ApiCodec<SaslAuthenticateRequest, SaslAuthenticateResponse> = {
  apiKey: 36,
  name: 'SaslAuthenticate',
  minVersion: 0,
  maxVersion: 2,
  flexibleMin: 2,
  decodeRequest: decodeSaslAuthenticateRequest,
  encodeRequest: encodeSaslAuthenticateRequest,
  decodeResponse: decodeSaslAuthenticateResponse,
  encodeResponse: encodeSaslAuthenticateResponse,
};
