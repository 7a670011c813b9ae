// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// AddOffsetsToTxn (api key 25): request and response, versions 0-4.

export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. */
  transactionalId: string;
  /** Current producer id in use by the transactional id. */
  producerId: bigint;
  /** Current epoch associated with the producer id. */
  producerEpoch: number;
  /** The unique group identifier. */
  groupId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAddOffsetsToTxnRequest(): AddOffsetsToTxnRequest {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, groupId: "" };
}

function readAddOffsetsToTxnRequest(r: Reader, v: number): AddOffsetsToTxnRequest {
  const flex = v >= 3;
  const s = defaultAddOffsetsToTxnRequest();
  s.transactionalId = r.string(flex);
  s.producerId = r.int64();
  s.producerEpoch = r.int16();
  s.groupId = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAddOffsetsToTxnRequest(w: Writer, v: number, s: Init<AddOffsetsToTxnRequest>): void {
  const flex = v >= 3;
  w.string((s.transactionalId === undefined ? "" : s.transactionalId), flex);
  w.int64((s.producerId === undefined ? 0n : s.producerId));
  w.int16((s.producerEpoch === undefined ? 0 : s.producerEpoch));
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AddOffsetsToTxnRequestVersions = { min: 0, max: 4 } as const;

export function decodeAddOffsetsToTxnRequest(r: Reader, v: number): AddOffsetsToTxnRequest {
  if (v < 0 || v > 4) throw new DecodeError(`AddOffsetsToTxnRequest version ${v} is outside 0-4`);
  return readAddOffsetsToTxnRequest(r, v);
}

export function encodeAddOffsetsToTxnRequest(w: Writer, v: number, m: Init<AddOffsetsToTxnRequest>): void {
  if (v < 0 || v > 4) throw new EncodeError(`AddOffsetsToTxnRequest version ${v} is outside 0-4`);
  writeAddOffsetsToTxnRequest(w, v, m);
}

export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The response error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAddOffsetsToTxnResponse(): AddOffsetsToTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

function readAddOffsetsToTxnResponse(r: Reader, v: number): AddOffsetsToTxnResponse {
  const flex = v >= 3;
  const s = defaultAddOffsetsToTxnResponse();
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

function writeAddOffsetsToTxnResponse(w: Writer, v: number, s: Init<AddOffsetsToTxnResponse>): void {
  const flex = v >= 3;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AddOffsetsToTxnResponseVersions = { min: 0, max: 4 } as const;

export function decodeAddOffsetsToTxnResponse(r: Reader, v: number): AddOffsetsToTxnResponse {
  if (v < 0 || v > 4) throw new DecodeError(`AddOffsetsToTxnResponse version ${v} is outside 0-4`);
  return readAddOffsetsToTxnResponse(r, v);
}

export function encodeAddOffsetsToTxnResponse(w: Writer, v: number, m: Init<AddOffsetsToTxnResponse>): void {
  if (v < 0 || v > 4) throw new EncodeError(`AddOffsetsToTxnResponse version ${v} is outside 0-4`);
  writeAddOffsetsToTxnResponse(w, v, m);
}

export const AddOffsetsToTxnApi: ApiCodec<AddOffsetsToTxnRequest, AddOffsetsToTxnResponse> = {
  apiKey: 25,
  name: 'AddOffsetsToTxn',
  minVersion: 0,
  maxVersion: 4,
  flexibleMin: 3,
  decodeRequest: decodeAddOffsetsToTxnRequest,
  encodeRequest: encodeAddOffsetsToTxnRequest,
  decodeResponse: decodeAddOffsetsToTxnResponse,
  encodeResponse: encodeAddOffsetsToTxnResponse,
};
