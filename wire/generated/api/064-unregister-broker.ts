// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// UnregisterBroker (api key 64): request and response, versions 0-0.

export interface UnregisterBrokerRequest {
  /** The broker ID to unregister. */
  brokerId: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultUnregisterBrokerRequest(): UnregisterBrokerRequest {
  return { brokerId: 0 };
}

function readUnregisterBrokerRequest(r: Reader, _v: number): UnregisterBrokerRequest {
  const flex = true;
  const s = defaultUnregisterBrokerRequest();
  s.brokerId = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUnregisterBrokerRequest(w: Writer, _v: number, s: Init<UnregisterBrokerRequest>): void {
  const flex = true;
  w.int32((s.brokerId === undefined ? 0 : s.brokerId));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const UnregisterBrokerRequestVersions = { min: 0, max: 0 } as const;

export function decodeUnregisterBrokerRequest(r: Reader, v: number): UnregisterBrokerRequest {
  if (v < 0 || v > 0) throw new DecodeError(`UnregisterBrokerRequest version ${v} is outside 0-0`);
  return readUnregisterBrokerRequest(r, v);
}

export function encodeUnregisterBrokerRequest(w: Writer, v: number, m: Init<UnregisterBrokerRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`UnregisterBrokerRequest version ${v} is outside 0-0`);
  writeUnregisterBrokerRequest(w, v, m);
}

export interface UnregisterBrokerResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultUnregisterBrokerResponse(): UnregisterBrokerResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "" };
}

function readUnregisterBrokerResponse(r: Reader, _v: number): UnregisterBrokerResponse {
  const flex = true;
  const s = defaultUnregisterBrokerResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUnregisterBrokerResponse(w: Writer, _v: number, s: Init<UnregisterBrokerResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const UnregisterBrokerResponseVersions = { min: 0, max: 0 } as const;

export function decodeUnregisterBrokerResponse(r: Reader, v: number): UnregisterBrokerResponse {
  if (v < 0 || v > 0) throw new DecodeError(`UnregisterBrokerResponse version ${v} is outside 0-0`);
  return readUnregisterBrokerResponse(r, v);
}

export function encodeUnregisterBrokerResponse(w: Writer, v: number, m: Init<UnregisterBrokerResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`UnregisterBrokerResponse version ${v} is outside 0-0`);
  writeUnregisterBrokerResponse(w, v, m);
}

export const UnregisterBrokerApi: ApiCodec<UnregisterBrokerRequest, UnregisterBrokerResponse> = {
  apiKey: 64,
  name: 'UnregisterBroker',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeUnregisterBrokerRequest,
  encodeRequest: encodeUnregisterBrokerRequest,
  decodeResponse: decodeUnregisterBrokerResponse,
  encodeResponse: encodeUnregisterBrokerResponse,
};
