// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// InitProducerId (api key 22): request and response, versions 0-5.

export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. */
  transactionalId: string | null;
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. */
  transactionTimeoutMs: number;
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. */
  producerId: bigint;
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. */
  producerEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultInitProducerIdRequest(): InitProducerIdRequest {
  return { transactionalId: "", transactionTimeoutMs: 0, producerId: -1n, producerEpoch: -1 };
}

function readInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest {
  const flex = v >= 2;
  const s = defaultInitProducerIdRequest();
  s.transactionalId = r.nullableString(flex);
  s.transactionTimeoutMs = r.int32();
  if (v >= 3) s.producerId = r.int64();
  if (v >= 3) s.producerEpoch = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeInitProducerIdRequest(w: Writer, v: number, s: Init<InitProducerIdRequest>): void {
  const flex = v >= 2;
  w.nullableString((s.transactionalId === undefined ? "" : s.transactionalId), flex);
  w.int32((s.transactionTimeoutMs === undefined ? 0 : s.transactionTimeoutMs));
  if (v >= 3) { w.int64((s.producerId === undefined ? -1n : s.producerId)); }
  if (v >= 3) { w.int16((s.producerEpoch === undefined ? -1 : s.producerEpoch)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const InitProducerIdRequestVersions = { min: 0, max: 5 } as const;

export function decodeInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest {
  if (v < 0 || v > 5) throw new DecodeError(`InitProducerIdRequest version ${v} is outside 0-5`);
  return readInitProducerIdRequest(r, v);
}

export function encodeInitProducerIdRequest(w: Writer, v: number, m: Init<InitProducerIdRequest>): void {
  if (v < 0 || v > 5) throw new EncodeError(`InitProducerIdRequest version ${v} is outside 0-5`);
  writeInitProducerIdRequest(w, v, m);
}

export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The current producer id. */
  producerId: bigint;
  /** The current epoch associated with the producer id. */
  producerEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultInitProducerIdResponse(): InitProducerIdResponse {
  return { throttleTimeMs: 0, errorCode: 0, producerId: -1n, producerEpoch: 0 };
}

function readInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse {
  const flex = v >= 2;
  const s = defaultInitProducerIdResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.producerId = r.int64();
  s.producerEpoch = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeInitProducerIdResponse(w: Writer, v: number, s: Init<InitProducerIdResponse>): void {
  const flex = v >= 2;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int64((s.producerId === undefined ? -1n : s.producerId));
  w.int16((s.producerEpoch === undefined ? 0 : s.producerEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const InitProducerIdResponseVersions = { min: 0, max: 5 } as const;

export function decodeInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse {
  if (v < 0 || v > 5) throw new DecodeError(`InitProducerIdResponse version ${v} is outside 0-5`);
  return readInitProducerIdResponse(r, v);
}

export function encodeInitProducerIdResponse(w: Writer, v: number, m: Init<InitProducerIdResponse>): void {
  if (v < 0 || v > 5) throw new EncodeError(`InitProducerIdResponse version ${v} is outside 0-5`);
  writeInitProducerIdResponse(w, v, m);
}

export const InitProducerIdApi: ApiCodec<InitProducerIdRequest, InitProducerIdResponse> = {
  apiKey: 22,
  name: 'InitProducerId',
  minVersion: 0,
  maxVersion: 5,
  flexibleMin: 2,
  decodeRequest: decodeInitProducerIdRequest,
  encodeRequest: encodeInitProducerIdRequest,
  decodeResponse: decodeInitProducerIdResponse,
  encodeResponse: encodeInitProducerIdResponse,
};
