// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface RequestHeader {
  /** The API key of this request. */
  requestApiKey: number;
  /** The API version of this request. */
  requestApiVersion: number;
  /** The correlation ID of this request. */
  correlationId: number;
  /** The client ID string. */
  clientId: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultRequestHeader(): RequestHeader {
  return { requestApiKey: 0, requestApiVersion: 0, correlationId: 0, clientId: "" };
}

function readRequestHeader(r: Reader, v: number): RequestHeader {
  const flex = v >= 2;
  const s = defaultRequestHeader();
  s.requestApiKey = r.int16();
  s.requestApiVersion = r.int16();
  s.correlationId = r.int32();
  if (v >= 1) s.clientId = (v >= 1 ? r.nullableString(false) : r.string(false));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeRequestHeader(w: Writer, v: number, s: Init<RequestHeader>): void {
  const flex = v >= 2;
  w.int16((s.requestApiKey === undefined ? 0 : s.requestApiKey));
  w.int16((s.requestApiVersion === undefined ? 0 : s.requestApiVersion));
  w.int32((s.correlationId === undefined ? 0 : s.correlationId));
  if (v >= 1) { w.nullableString((s.clientId === undefined ? "" : s.clientId), false); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const RequestHeaderVersions = { min: 0, max: 2 } as const;

export function decodeRequestHeader(r: Reader, v: number): RequestHeader {
  if (v < 0 || v > 2) throw new DecodeError(`RequestHeader version ${v} is outside 0-2`);
  return readRequestHeader(r, v);
}

export function encodeRequestHeader(w: Writer, v: number, m: Init<RequestHeader>): void {
  if (v < 0 || v > 2) throw new EncodeError(`RequestHeader version ${v} is outside 0-2`);
  writeRequestHeader(w, v, m);
}

export interface ResponseHeader {
  /** The correlation ID of this response. */
  correlationId: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultResponseHeader(): ResponseHeader {
  return { correlationId: 0 };
}

function readResponseHeader(r: Reader, v: number): ResponseHeader {
  const flex = v >= 1;
  const s = defaultResponseHeader();
  s.correlationId = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeResponseHeader(w: Writer, v: number, s: Init<ResponseHeader>): void {
  const flex = v >= 1;
  w.int32((s.correlationId === undefined ? 0 : s.correlationId));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ResponseHeaderVersions = { min: 0, max: 1 } as const;

export function decodeResponseHeader(r: Reader, v: number): ResponseHeader {
  if (v < 0 || v > 1) throw new DecodeError(`ResponseHeader version ${v} is outside 0-1`);
  return readResponseHeader(r, v);
}

export function encodeResponseHeader(w: Writer, v: number, m: Init<ResponseHeader>): void {
  if (v < 0 || v > 1) throw new EncodeError(`ResponseHeader version ${v} is outside 0-1`);
  writeResponseHeader(w, v, m);
}
