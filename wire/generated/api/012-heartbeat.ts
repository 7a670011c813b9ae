// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// Heartbeat (api key 12): request and response, versions 0-4.

export interface HeartbeatRequest {
  /** The group id. */
  groupId: string;
  /** The generation of the group. */
  generationId: number;
  /** The member ID. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultHeartbeatRequest(): HeartbeatRequest {
  return { groupId: "", generationId: 0, memberId: "", groupInstanceId: null };
}

function readHeartbeatRequest(r: Reader, v: number): HeartbeatRequest {
  const flex = v >= 4;
  const s = defaultHeartbeatRequest();
  s.groupId = r.string(flex);
  s.generationId = r.int32();
  s.memberId = r.string(flex);
  if (v >= 3) s.groupInstanceId = (v >= 3 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeHeartbeatRequest(w: Writer, v: number, s: Init<HeartbeatRequest>): void {
  const flex = v >= 4;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  w.int32((s.generationId === undefined ? 0 : s.generationId));
  w.string((s.memberId === undefined ? "" : s.memberId), flex);
  if (v >= 3) { w.nullableString((s.groupInstanceId === undefined ? null : s.groupInstanceId), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const HeartbeatRequestVersions = { min: 0, max: 4 } as const;

export function decodeHeartbeatRequest(r: Reader, v: number): HeartbeatRequest {
  if (v < 0 || v > 4) throw new DecodeError(`HeartbeatRequest version ${v} is outside 0-4`);
  return readHeartbeatRequest(r, v);
}

export function encodeHeartbeatRequest(w: Writer, v: number, m: Init<HeartbeatRequest>): void {
  if (v < 0 || v > 4) throw new EncodeError(`HeartbeatRequest version ${v} is outside 0-4`);
  writeHeartbeatRequest(w, v, m);
}

export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultHeartbeatResponse(): HeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

function readHeartbeatResponse(r: Reader, v: number): HeartbeatResponse {
  const flex = v >= 4;
  const s = defaultHeartbeatResponse();
  if (v >= 1) s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeHeartbeatResponse(w: Writer, v: number, s: Init<HeartbeatResponse>): void {
  const flex = v >= 4;
  if (v >= 1) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const HeartbeatResponseVersions = { min: 0, max: 4 } as const;

export function decodeHeartbeatResponse(r: Reader, v: number): HeartbeatResponse {
  if (v < 0 || v > 4) throw new DecodeError(`HeartbeatResponse version ${v} is outside 0-4`);
  return readHeartbeatResponse(r, v);
}

export function encodeHeartbeatResponse(w: Writer, v: number, m: Init<HeartbeatResponse>): void {
  if (v < 0 || v > 4) throw new EncodeError(`HeartbeatResponse version ${v} is outside 0-4`);
  writeHeartbeatResponse(w, v, m);
}

export const HeartbeatApi: ApiCodec<HeartbeatRequest, HeartbeatResponse> = {
  apiKey: 12,
  name: 'Heartbeat',
  minVersion: 0,
  maxVersion: 4,
  flexibleMin: 4,
  decodeRequest: decodeHeartbeatRequest,
  encodeRequest: encodeHeartbeatRequest,
  decodeResponse: decodeHeartbeatResponse,
  encodeResponse: encodeHeartbeatResponse,
};
