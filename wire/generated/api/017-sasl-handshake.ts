// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// SaslHandshake (api key 17): request and response, versions 0-1.

export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. */
  mechanism: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultSaslHandshakeRequest(): SaslHandshakeRequest {
  return { mechanism: "" };
}

function readSaslHandshakeRequest(r: Reader, _v: number): SaslHandshakeRequest {
  const s = defaultSaslHandshakeRequest();
  s.mechanism = r.string(false);
  return s;
}

function writeSaslHandshakeRequest(w: Writer, _v: number, s: Init<SaslHandshakeRequest>): void {
  w.string((s.mechanism === undefined ? "" : s.mechanism), false);
}

export const SaslHandshakeRequestVersions = { min: 0, max: 1 } as const;

export function decodeSaslHandshakeRequest(r: Reader, v: number): SaslHandshakeRequest {
  if (v < 0 || v > 1) throw new DecodeError(`SaslHandshakeRequest version ${v} is outside 0-1`);
  return readSaslHandshakeRequest(r, v);
}

export function encodeSaslHandshakeRequest(w: Writer, v: number, m: Init<SaslHandshakeRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`SaslHandshakeRequest version ${v} is outside 0-1`);
  writeSaslHandshakeRequest(w, v, m);
}

export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The mechanisms enabled in the server. */
  mechanisms: string[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultSaslHandshakeResponse(): SaslHandshakeResponse {
  return { errorCode: 0, mechanisms: [] };
}

function readSaslHandshakeResponse(r: Reader, _v: number): SaslHandshakeResponse {
  const s = defaultSaslHandshakeResponse();
  s.errorCode = r.int16();
  s.mechanisms = readArray(r, false, (r) => r.string(false));
  return s;
}

function writeSaslHandshakeResponse(w: Writer, _v: number, s: Init<SaslHandshakeResponse>): void {
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, false, (s.mechanisms === undefined ? [] : s.mechanisms), (w, e) => { w.string(e, false); });
}

export const SaslHandshakeResponseVersions = { min: 0, max: 1 } as const;

export function decodeSaslHandshakeResponse(r: Reader, v: number): SaslHandshakeResponse {
  if (v < 0 || v > 1) throw new DecodeError(`SaslHandshakeResponse version ${v} is outside 0-1`);
  return readSaslHandshakeResponse(r, v);
}

export function encodeSaslHandshakeResponse(w: Writer, v: number, m: Init<SaslHandshakeResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`SaslHandshakeResponse version ${v} is outside 0-1`);
  writeSaslHandshakeResponse(w, v, m);
}

export const SaslHandshakeApi: ApiCodec<SaslHandshakeRequest, SaslHandshakeResponse> = {
  apiKey: 17,
  name: 'SaslHandshake',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: -1,
  decodeRequest: decodeSaslHandshakeRequest,
  encodeRequest: encodeSaslHandshakeRequest,
  decodeResponse: decodeSaslHandshakeResponse,
  encodeResponse: encodeSaslHandshakeResponse,
};
