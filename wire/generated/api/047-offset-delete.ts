// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// OffsetDelete (api key 47): request and response, versions 0-0.

export interface OffsetDeleteRequestTopic {
  /** The topic name. */
  name: string;
  /** Each partition to delete offsets for. */
  partitions: OffsetDeleteRequestPartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetDeleteRequestTopic(): OffsetDeleteRequestTopic {
  return { name: "", partitions: [] };
}

function readOffsetDeleteRequestTopic(r: Reader, v: number): OffsetDeleteRequestTopic {
  const s = defaultOffsetDeleteRequestTopic();
  s.name = r.string(false);
  s.partitions = readArray(r, false, (r) => readOffsetDeleteRequestPartition(r, v));
  return s;
}

function writeOffsetDeleteRequestTopic(w: Writer, v: number, s: Init<OffsetDeleteRequestTopic>): void {
  w.string((s.name === undefined ? "" : s.name), false);
  writeArray(w, false, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeOffsetDeleteRequestPartition(w, v, e); });
}

export interface OffsetDeleteRequestPartition {
  /** The partition index. */
  partitionIndex: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetDeleteRequestPartition(): OffsetDeleteRequestPartition {
  return { partitionIndex: 0 };
}

function readOffsetDeleteRequestPartition(r: Reader, _v: number): OffsetDeleteRequestPartition {
  const s = defaultOffsetDeleteRequestPartition();
  s.partitionIndex = r.int32();
  return s;
}

function writeOffsetDeleteRequestPartition(w: Writer, _v: number, s: Init<OffsetDeleteRequestPartition>): void {
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
}

export interface OffsetDeleteRequest {
  /** The unique group identifier. */
  groupId: string;
  /** The topics to delete offsets for */
  topics: OffsetDeleteRequestTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetDeleteRequest(): OffsetDeleteRequest {
  return { groupId: "", topics: [] };
}

function readOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest {
  const s = defaultOffsetDeleteRequest();
  s.groupId = r.string(false);
  s.topics = readArray(r, false, (r) => readOffsetDeleteRequestTopic(r, v));
  return s;
}

function writeOffsetDeleteRequest(w: Writer, v: number, s: Init<OffsetDeleteRequest>): void {
  w.string((s.groupId === undefined ? "" : s.groupId), false);
  writeArray(w, false, (s.topics === undefined ? [] : s.topics), (w, e) => { writeOffsetDeleteRequestTopic(w, v, e); });
}

export const OffsetDeleteRequestVersions = { min: 0, max: 0 } as const;

export function decodeOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest {
  if (v < 0 || v > 0) throw new DecodeError(`OffsetDeleteRequest version ${v} is outside 0-0`);
  return readOffsetDeleteRequest(r, v);
}

export function encodeOffsetDeleteRequest(w: Writer, v: number, m: Init<OffsetDeleteRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`OffsetDeleteRequest version ${v} is outside 0-0`);
  writeOffsetDeleteRequest(w, v, m);
}

export interface OffsetDeleteResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses for each partition in the topic. */
  partitions: OffsetDeleteResponsePartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetDeleteResponseTopic(): OffsetDeleteResponseTopic {
  return { name: "", partitions: [] };
}

function readOffsetDeleteResponseTopic(r: Reader, v: number): OffsetDeleteResponseTopic {
  const s = defaultOffsetDeleteResponseTopic();
  s.name = r.string(false);
  s.partitions = readArray(r, false, (r) => readOffsetDeleteResponsePartition(r, v));
  return s;
}

function writeOffsetDeleteResponseTopic(w: Writer, v: number, s: Init<OffsetDeleteResponseTopic>): void {
  w.string((s.name === undefined ? "" : s.name), false);
  writeArray(w, false, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeOffsetDeleteResponsePartition(w, v, e); });
}

export interface OffsetDeleteResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetDeleteResponsePartition(): OffsetDeleteResponsePartition {
  return { partitionIndex: 0, errorCode: 0 };
}

function readOffsetDeleteResponsePartition(r: Reader, _v: number): OffsetDeleteResponsePartition {
  const s = defaultOffsetDeleteResponsePartition();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  return s;
}

function writeOffsetDeleteResponsePartition(w: Writer, _v: number, s: Init<OffsetDeleteResponsePartition>): void {
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
}

export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. */
  errorCode: number;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each topic. */
  topics: OffsetDeleteResponseTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetDeleteResponse(): OffsetDeleteResponse {
  return { errorCode: 0, throttleTimeMs: 0, topics: [] };
}

function readOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse {
  const s = defaultOffsetDeleteResponse();
  s.errorCode = r.int16();
  s.throttleTimeMs = r.int32();
  s.topics = readArray(r, false, (r) => readOffsetDeleteResponseTopic(r, v));
  return s;
}

function writeOffsetDeleteResponse(w: Writer, v: number, s: Init<OffsetDeleteResponse>): void {
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, false, (s.topics === undefined ? [] : s.topics), (w, e) => { writeOffsetDeleteResponseTopic(w, v, e); });
}

export const OffsetDeleteResponseVersions = { min: 0, max: 0 } as const;

export function decodeOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse {
  if (v < 0 || v > 0) throw new DecodeError(`OffsetDeleteResponse version ${v} is outside 0-0`);
  return readOffsetDeleteResponse(r, v);
}

export function encodeOffsetDeleteResponse(w: Writer, v: number, m: Init<OffsetDeleteResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`OffsetDeleteResponse version ${v} is outside 0-0`);
  writeOffsetDeleteResponse(w, v, m);
}

export const OffsetDeleteApi: ApiCodec<OffsetDeleteRequest, OffsetDeleteResponse> = {
  apiKey: 47,
  name: 'OffsetDelete',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: -1,
  decodeRequest: decodeOffsetDeleteRequest,
  encodeRequest: encodeOffsetDeleteRequest,
  decodeResponse: decodeOffsetDeleteResponse,
  encodeResponse: encodeOffsetDeleteResponse,
};
