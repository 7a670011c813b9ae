// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// AllocateProducerIds (api key 67): request and response, versions 0-0.

export interface AllocateProducerIdsRequest {
  /** The ID of the requesting broker */
  brokerId: number;
  /** The epoch of the requesting broker */
  brokerEpoch: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAllocateProducerIdsRequest(): AllocateProducerIdsRequest {
  return { brokerId: 0, brokerEpoch: -1n };
}

function readAllocateProducerIdsRequest(r: Reader, _v: number): AllocateProducerIdsRequest {
  const flex = true;
  const s = defaultAllocateProducerIdsRequest();
  s.brokerId = r.int32();
  s.brokerEpoch = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAllocateProducerIdsRequest(w: Writer, _v: number, s: Init<AllocateProducerIdsRequest>): void {
  const flex = true;
  w.int32((s.brokerId === undefined ? 0 : s.brokerId));
  w.int64((s.brokerEpoch === undefined ? -1n : s.brokerEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AllocateProducerIdsRequestVersions = { min: 0, max: 0 } as const;

export function decodeAllocateProducerIdsRequest(r: Reader, v: number): AllocateProducerIdsRequest {
  if (v < 0 || v > 0) throw new DecodeError(`AllocateProducerIdsRequest version ${v} is outside 0-0`);
  return readAllocateProducerIdsRequest(r, v);
}

export function encodeAllocateProducerIdsRequest(w: Writer, v: number, m: Init<AllocateProducerIdsRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`AllocateProducerIdsRequest version ${v} is outside 0-0`);
  writeAllocateProducerIdsRequest(w, v, m);
}

export interface AllocateProducerIdsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code */
  errorCode: number;
  /** The first producer ID in this range, inclusive */
  producerIdStart: bigint;
  /** The number of producer IDs in this range */
  producerIdLen: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAllocateProducerIdsResponse(): AllocateProducerIdsResponse {
  return { throttleTimeMs: 0, errorCode: 0, producerIdStart: 0n, producerIdLen: 0 };
}

function readAllocateProducerIdsResponse(r: Reader, _v: number): AllocateProducerIdsResponse {
  const flex = true;
  const s = defaultAllocateProducerIdsResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.producerIdStart = r.int64();
  s.producerIdLen = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAllocateProducerIdsResponse(w: Writer, _v: number, s: Init<AllocateProducerIdsResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int64((s.producerIdStart === undefined ? 0n : s.producerIdStart));
  w.int32((s.producerIdLen === undefined ? 0 : s.producerIdLen));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AllocateProducerIdsResponseVersions = { min: 0, max: 0 } as const;

export function decodeAllocateProducerIdsResponse(r: Reader, v: number): AllocateProducerIdsResponse {
  if (v < 0 || v > 0) throw new DecodeError(`AllocateProducerIdsResponse version ${v} is outside 0-0`);
  return readAllocateProducerIdsResponse(r, v);
}

export function encodeAllocateProducerIdsResponse(w: Writer, v: number, m: Init<AllocateProducerIdsResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`AllocateProducerIdsResponse version ${v} is outside 0-0`);
  writeAllocateProducerIdsResponse(w, v, m);
}

export const AllocateProducerIdsApi: ApiCodec<AllocateProducerIdsRequest, AllocateProducerIdsResponse> = {
  apiKey: 67,
  name: 'AllocateProducerIds',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeAllocateProducerIdsRequest,
  encodeRequest: encodeAllocateProducerIdsRequest,
  decodeResponse: decodeAllocateProducerIdsResponse,
  encodeResponse: encodeAllocateProducerIdsResponse,
};
