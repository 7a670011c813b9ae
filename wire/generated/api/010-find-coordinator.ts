// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// FindCoordinator (api key 10): request and response, versions 0-6.

export interface FindCoordinatorRequest {
  /** The coordinator key. */
  key: string;
  /** The coordinator key type. (Group, transaction, etc.) */
  keyType: number;
  /** The coordinator keys. */
  coordinatorKeys: string[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultFindCoordinatorRequest(): FindCoordinatorRequest {
  return { key: "", keyType: 0, coordinatorKeys: [] };
}

function readFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest {
  const flex = v >= 3;
  const s = defaultFindCoordinatorRequest();
  if (v <= 3) s.key = r.string(flex);
  if (v >= 1) s.keyType = r.int8();
  if (v >= 4) s.coordinatorKeys = readArray(r, flex, (r) => r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFindCoordinatorRequest(w: Writer, v: number, s: Init<FindCoordinatorRequest>): void {
  const flex = v >= 3;
  if (v <= 3) { w.string((s.key === undefined ? "" : s.key), flex); }
  if (v >= 1) { w.int8((s.keyType === undefined ? 0 : s.keyType)); }
  if (v >= 4) { writeArray(w, flex, (s.coordinatorKeys === undefined ? [] : s.coordinatorKeys), (w, e) => { w.string(e, flex); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const FindCoordinatorRequestVersions = { min: 0, max: 6 } as const;

export function decodeFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest {
  if (v < 0 || v > 6) throw new DecodeError(`FindCoordinatorRequest version ${v} is outside 0-6`);
  return readFindCoordinatorRequest(r, v);
}

export function encodeFindCoordinatorRequest(w: Writer, v: number, m: Init<FindCoordinatorRequest>): void {
  if (v < 0 || v > 6) throw new EncodeError(`FindCoordinatorRequest version ${v} is outside 0-6`);
  writeFindCoordinatorRequest(w, v, m);
}

export interface Coordinator {
  /** The coordinator key. */
  key: string;
  /** The node id. */
  nodeId: number;
  /** The host name. */
  host: string;
  /** The port. */
  port: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCoordinator(): Coordinator {
  return { key: "", nodeId: 0, host: "", port: 0, errorCode: 0, errorMessage: "" };
}

function readCoordinator(r: Reader, v: number): Coordinator {
  const flex = v >= 3;
  const s = defaultCoordinator();
  if (v >= 4) s.key = r.string(flex);
  if (v >= 4) s.nodeId = r.int32();
  if (v >= 4) s.host = r.string(flex);
  if (v >= 4) s.port = r.int32();
  if (v >= 4) s.errorCode = r.int16();
  if (v >= 4) s.errorMessage = (v >= 4 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCoordinator(w: Writer, v: number, s: Init<Coordinator>): void {
  const flex = v >= 3;
  if (v >= 4) { w.string((s.key === undefined ? "" : s.key), flex); }
  if (v >= 4) { w.int32((s.nodeId === undefined ? 0 : s.nodeId)); }
  if (v >= 4) { w.string((s.host === undefined ? "" : s.host), flex); }
  if (v >= 4) { w.int32((s.port === undefined ? 0 : s.port)); }
  if (v >= 4) { w.int16((s.errorCode === undefined ? 0 : s.errorCode)); }
  if (v >= 4) { w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** The node id. */
  nodeId: number;
  /** The host name. */
  host: string;
  /** The port. */
  port: number;
  /** Each coordinator result in the response */
  coordinators: Coordinator[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultFindCoordinatorResponse(): FindCoordinatorResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", nodeId: 0, host: "", port: 0, coordinators: [] };
}

function readFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse {
  const flex = v >= 3;
  const s = defaultFindCoordinatorResponse();
  if (v >= 1) s.throttleTimeMs = r.int32();
  if (v <= 3) s.errorCode = r.int16();
  if (v >= 1 && v <= 3) s.errorMessage = (v >= 1 && v <= 3 ? r.nullableString(flex) : r.string(flex));
  if (v <= 3) s.nodeId = r.int32();
  if (v <= 3) s.host = r.string(flex);
  if (v <= 3) s.port = r.int32();
  if (v >= 4) s.coordinators = readArray(r, flex, (r) => readCoordinator(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFindCoordinatorResponse(w: Writer, v: number, s: Init<FindCoordinatorResponse>): void {
  const flex = v >= 3;
  if (v >= 1) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  if (v <= 3) { w.int16((s.errorCode === undefined ? 0 : s.errorCode)); }
  if (v >= 1 && v <= 3) { w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex); }
  if (v <= 3) { w.int32((s.nodeId === undefined ? 0 : s.nodeId)); }
  if (v <= 3) { w.string((s.host === undefined ? "" : s.host), flex); }
  if (v <= 3) { w.int32((s.port === undefined ? 0 : s.port)); }
  if (v >= 4) { writeArray(w, flex, (s.coordinators === undefined ? [] : s.coordinators), (w, e) => { writeCoordinator(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const FindCoordinatorResponseVersions = { min: 0, max: 6 } as const;

export function decodeFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse {
  if (v < 0 || v > 6) throw new DecodeError(`FindCoordinatorResponse version ${v} is outside 0-6`);
  return readFindCoordinatorResponse(r, v);
}

export function encodeFindCoordinatorResponse(w: Writer, v: number, m: Init<FindCoordinatorResponse>): void {
  if (v < 0 || v > 6) throw new EncodeError(`FindCoordinatorResponse version ${v} is outside 0-6`);
  writeFindCoordinatorResponse(w, v, m);
}

export const FindCoordinatorApi: ApiCodec<FindCoordinatorRequest, FindCoordinatorResponse> = {
  apiKey: 10,
  name: 'FindCoordinator',
  minVersion: 0,
  maxVersion: 6,
  flexibleMin: 3,
  decodeRequest: decodeFindCoordinatorRequest,
  encodeRequest: encodeFindCoordinatorRequest,
  decodeResponse: decodeFindCoordinatorResponse,
  encodeResponse: encodeFindCoordinatorResponse,
};
