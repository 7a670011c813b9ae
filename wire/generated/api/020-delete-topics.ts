// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DeleteTopics (api key 20): request and response, versions 0-6.

export interface DeleteTopicState {
  /** The topic name */
  name: string | null;
  /** The unique topic ID */
  topicId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteTopicState(): DeleteTopicState {
  return { name: null, topicId: ZERO_UUID };
}

function readDeleteTopicState(r: Reader, v: number): DeleteTopicState {
  const flex = v >= 4;
  const s = defaultDeleteTopicState();
  if (v >= 6) s.name = (v >= 6 ? r.nullableString(flex) : r.string(flex));
  if (v >= 6) s.topicId = r.uuid();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteTopicState(w: Writer, v: number, s: Init<DeleteTopicState>): void {
  const flex = v >= 4;
  if (v >= 6) { w.nullableString((s.name === undefined ? null : s.name), flex); }
  if (v >= 6) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic */
  topics: DeleteTopicState[];
  /** The names of the topics to delete */
  topicNames: string[];
  /** The length of time in milliseconds to wait for the deletions to complete. */
  timeoutMs: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteTopicsRequest(): DeleteTopicsRequest {
  return { topics: [], topicNames: [], timeoutMs: 0 };
}

function readDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest {
  const flex = v >= 4;
  const s = defaultDeleteTopicsRequest();
  if (v >= 6) s.topics = readArray(r, flex, (r) => readDeleteTopicState(r, v));
  if (v <= 5) s.topicNames = readArray(r, flex, (r) => r.string(flex));
  s.timeoutMs = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteTopicsRequest(w: Writer, v: number, s: Init<DeleteTopicsRequest>): void {
  const flex = v >= 4;
  if (v >= 6) { writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeDeleteTopicState(w, v, e); }); }
  if (v <= 5) { writeArray(w, flex, (s.topicNames === undefined ? [] : s.topicNames), (w, e) => { w.string(e, flex); }); }
  w.int32((s.timeoutMs === undefined ? 0 : s.timeoutMs));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DeleteTopicsRequestVersions = { min: 0, max: 6 } as const;

export function decodeDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest {
  if (v < 0 || v > 6) throw new DecodeError(`DeleteTopicsRequest version ${v} is outside 0-6`);
  return readDeleteTopicsRequest(r, v);
}

export function encodeDeleteTopicsRequest(w: Writer, v: number, m: Init<DeleteTopicsRequest>): void {
  if (v < 0 || v > 6) throw new EncodeError(`DeleteTopicsRequest version ${v} is outside 0-6`);
  writeDeleteTopicsRequest(w, v, m);
}

export interface DeletableTopicResult {
  /** The topic name */
  name: string | null;
  /** the unique topic ID */
  topicId: string;
  /** The deletion error, or 0 if the deletion succeeded. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeletableTopicResult(): DeletableTopicResult {
  return { name: "", topicId: ZERO_UUID, errorCode: 0, errorMessage: null };
}

function readDeletableTopicResult(r: Reader, v: number): DeletableTopicResult {
  const flex = v >= 4;
  const s = defaultDeletableTopicResult();
  s.name = (v >= 6 ? r.nullableString(flex) : r.string(flex));
  if (v >= 6) s.topicId = r.uuid();
  s.errorCode = r.int16();
  if (v >= 5) s.errorMessage = (v >= 5 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeletableTopicResult(w: Writer, v: number, s: Init<DeletableTopicResult>): void {
  const flex = v >= 4;
  w.nullableString((s.name === undefined ? "" : s.name), flex);
  if (v >= 6) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (v >= 5) { w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for each topic we tried to delete. */
  responses: DeletableTopicResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteTopicsResponse(): DeleteTopicsResponse {
  return { throttleTimeMs: 0, responses: [] };
}

function readDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse {
  const flex = v >= 4;
  const s = defaultDeleteTopicsResponse();
  if (v >= 1) s.throttleTimeMs = r.int32();
  s.responses = readArray(r, flex, (r) => readDeletableTopicResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteTopicsResponse(w: Writer, v: number, s: Init<DeleteTopicsResponse>): void {
  const flex = v >= 4;
  if (v >= 1) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  writeArray(w, flex, (s.responses === undefined ? [] : s.responses), (w, e) => { writeDeletableTopicResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DeleteTopicsResponseVersions = { min: 0, max: 6 } as const;

export function decodeDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse {
  if (v < 0 || v > 6) throw new DecodeError(`DeleteTopicsResponse version ${v} is outside 0-6`);
  return readDeleteTopicsResponse(r, v);
}

export function encodeDeleteTopicsResponse(w: Writer, v: number, m: Init<DeleteTopicsResponse>): void {
  if (v < 0 || v > 6) throw new EncodeError(`DeleteTopicsResponse version ${v} is outside 0-6`);
  writeDeleteTopicsResponse(w, v, m);
}

export const DeleteTopicsApi: ApiCodec<DeleteTopicsRequest, DeleteTopicsResponse> = {
  apiKey: 20,
  name: 'DeleteTopics',
  minVersion: 0,
  maxVersion: 6,
  flexibleMin: 4,
  decodeRequest: decodeDeleteTopicsRequest,
  encodeRequest: encodeDeleteTopicsRequest,
  decodeResponse: decodeDeleteTopicsResponse,
  encodeResponse: encodeDeleteTopicsResponse,
};
