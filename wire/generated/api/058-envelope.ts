// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// Envelope (api key 58): request and response, versions 0-0.

export interface EnvelopeRequest {
  /** The embedded request header and data. */
  requestData: Buffer;
  /** Value of the initial client principal when the request is redirected by a broker. */
  requestPrincipal: Buffer | null;
  /** The original client's address in bytes. */
  clientHostAddress: Buffer;
  unknownTaggedFields?: TaggedField[];
}

export function defaultEnvelopeRequest(): EnvelopeRequest {
  return { requestData: EMPTY_BYTES, requestPrincipal: EMPTY_BYTES, clientHostAddress: EMPTY_BYTES };
}

function readEnvelopeRequest(r: Reader, _v: number): EnvelopeRequest {
  const flex = true;
  const s = defaultEnvelopeRequest();
  s.requestData = r.bytes(flex);
  s.requestPrincipal = r.nullableBytes(flex);
  s.clientHostAddress = r.bytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEnvelopeRequest(w: Writer, _v: number, s: Init<EnvelopeRequest>): void {
  const flex = true;
  w.bytes((s.requestData === undefined ? EMPTY_BYTES : s.requestData), flex);
  w.nullableBytes((s.requestPrincipal === undefined ? EMPTY_BYTES : s.requestPrincipal), flex);
  w.bytes((s.clientHostAddress === undefined ? EMPTY_BYTES : s.clientHostAddress), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const EnvelopeRequestVersions = { min: 0, max: 0 } as const;

export function decodeEnvelopeRequest(r: Reader, v: number): EnvelopeRequest {
  if (v < 0 || v > 0) throw new DecodeError(`EnvelopeRequest version ${v} is outside 0-0`);
  return readEnvelopeRequest(r, v);
}

export function encodeEnvelopeRequest(w: Writer, v: number, m: Init<EnvelopeRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`EnvelopeRequest version ${v} is outside 0-0`);
  writeEnvelopeRequest(w, v, m);
}

export interface EnvelopeResponse {
  /** The embedded response header and data. */
  responseData: Buffer | null;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultEnvelopeResponse(): EnvelopeResponse {
  return { responseData: null, errorCode: 0 };
}

function readEnvelopeResponse(r: Reader, _v: number): EnvelopeResponse {
  const flex = true;
  const s = defaultEnvelopeResponse();
  s.responseData = r.nullableBytes(flex);
  s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEnvelopeResponse(w: Writer, _v: number, s: Init<EnvelopeResponse>): void {
  const flex = true;
  w.nullableBytes((s.responseData === undefined ? null : s.responseData), flex);
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const EnvelopeResponseVersions = { min: 0, max: 0 } as const;

export function decodeEnvelopeResponse(r: Reader, v: number): EnvelopeResponse {
  if (v < 0 || v > 0) throw new DecodeError(`EnvelopeResponse version ${v} is outside 0-0`);
  return readEnvelopeResponse(r, v);
}

export function encodeEnvelopeResponse(w: Writer, v: number, m: Init<EnvelopeResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`EnvelopeResponse version ${v} is outside 0-0`);
  writeEnvelopeResponse(w, v, m);
}

export const EnvelopeApi: ApiCodec<EnvelopeRequest, EnvelopeResponse> = {
  apiKey: 58,
  name: 'Envelope',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeEnvelopeRequest,
  encodeRequest: encodeEnvelopeRequest,
  decodeResponse: decodeEnvelopeResponse,
  encodeResponse: encodeEnvelopeResponse,
};
