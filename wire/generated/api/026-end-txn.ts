// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// EndTxn (api key 26): request and response, versions 0-4.

export interface EndTxnRequest {
  /** The ID of the transaction to end. */
  transactionalId: string;
  /** The producer ID. */
  producerId: bigint;
  /** The current epoch associated with the producer. */
  producerEpoch: number;
  /** True if the transaction was committed, false if it was aborted. */
  committed: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultEndTxnRequest(): EndTxnRequest {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, committed: false };
}

function readEndTxnRequest(r: Reader, v: number): EndTxnRequest {
  const flex = v >= 3;
  const s = defaultEndTxnRequest();
  s.transactionalId = r.string(flex);
  s.producerId = r.int64();
  s.producerEpoch = r.int16();
  s.committed = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEndTxnRequest(w: Writer, v: number, s: Init<EndTxnRequest>): void {
  const flex = v >= 3;
  w.string((s.transactionalId === undefined ? "" : s.transactionalId), flex);
  w.int64((s.producerId === undefined ? 0n : s.producerId));
  w.int16((s.producerEpoch === undefined ? 0 : s.producerEpoch));
  w.bool((s.committed === undefined ? false : s.committed));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const EndTxnRequestVersions = { min: 0, max: 4 } as const;

export function decodeEndTxnRequest(r: Reader, v: number): EndTxnRequest {
  if (v < 0 || v > 4) throw new DecodeError(`EndTxnRequest version ${v} is outside 0-4`);
  return readEndTxnRequest(r, v);
}

export function encodeEndTxnRequest(w: Writer, v: number, m: Init<EndTxnRequest>): void {
  if (v < 0 || v > 4) throw new EncodeError(`EndTxnRequest version ${v} is outside 0-4`);
  writeEndTxnRequest(w, v, m);
}

export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultEndTxnResponse(): EndTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

function readEndTxnResponse(r: Reader, v: number): EndTxnResponse {
  const flex = v >= 3;
  const s = defaultEndTxnResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEndTxnResponse(w: Writer, v: number, s: Init<EndTxnResponse>): void {
  const flex = v >= 3;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const EndTxnResponseVersions = { min: 0, max: 4 } as const;

export function decodeEndTxnResponse(r: Reader, v: number): EndTxnResponse {
  if (v < 0 || v > 4) throw new DecodeError(`EndTxnResponse version ${v} is outside 0-4`);
  return readEndTxnResponse(r, v);
}

export function encodeEndTxnResponse(w: Writer, v: number, m: Init<EndTxnResponse>): void {
  if (v < 0 || v > 4) throw new EncodeError(`EndTxnResponse version ${v} is outside 0-4`);
  writeEndTxnResponse(w, v, m);
}

export const EndTxnApi: ApiCodec<EndTxnRequest, EndTxnResponse> = {
  apiKey: 26,
  name: 'EndTxn',
  minVersion: 0,
  maxVersion: 4,
  flexibleMin: 3,
  decodeRequest: decodeEndTxnRequest,
  encodeRequest: encodeEndTxnRequest,
  decodeResponse: decodeEndTxnResponse,
  encodeResponse: encodeEndTxnResponse,
};
