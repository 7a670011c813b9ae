// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ListOffsets (api key 2): request and response, versions 0-9.

export interface ListOffsetsTopic {
  /** The topic name. */
  name: string;
  /** Each partition in the request. */
  partitions: ListOffsetsPartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsTopic(): ListOffsetsTopic {
  return { name: "", partitions: [] };
}

function readListOffsetsTopic(r: Reader, v: number): ListOffsetsTopic {
  const flex = v >= 6;
  const s = defaultListOffsetsTopic();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readListOffsetsPartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListOffsetsTopic(w: Writer, v: number, s: Init<ListOffsetsTopic>): void {
  const flex = v >= 6;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeListOffsetsPartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ListOffsetsPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The current leader epoch. */
  currentLeaderEpoch: number;
  /** The current timestamp. */
  timestamp: bigint;
  /** The maximum number of offsets to report. */
  maxNumOffsets: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsPartition(): ListOffsetsPartition {
  return { partitionIndex: 0, currentLeaderEpoch: -1, timestamp: 0n, maxNumOffsets: 1 };
}

function readListOffsetsPartition(r: Reader, v: number): ListOffsetsPartition {
  const flex = v >= 6;
  const s = defaultListOffsetsPartition();
  s.partitionIndex = r.int32();
  if (v >= 4) s.currentLeaderEpoch = r.int32();
  s.timestamp = r.int64();
  if (v === 0) s.maxNumOffsets = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListOffsetsPartition(w: Writer, v: number, s: Init<ListOffsetsPartition>): void {
  const flex = v >= 6;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  if (v >= 4) { w.int32((s.currentLeaderEpoch === undefined ? -1 : s.currentLeaderEpoch)); }
  w.int64((s.timestamp === undefined ? 0n : s.timestamp));
  if (v === 0) { w.int32((s.maxNumOffsets === undefined ? 1 : s.maxNumOffsets)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. */
  replicaId: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records */
  isolationLevel: number;
  /** Each topic in the request. */
  topics: ListOffsetsTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsRequest(): ListOffsetsRequest {
  return { replicaId: 0, isolationLevel: 0, topics: [] };
}

function readListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest {
  const flex = v >= 6;
  const s = defaultListOffsetsRequest();
  s.replicaId = r.int32();
  if (v >= 2) s.isolationLevel = r.int8();
  s.topics = readArray(r, flex, (r) => readListOffsetsTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListOffsetsRequest(w: Writer, v: number, s: Init<ListOffsetsRequest>): void {
  const flex = v >= 6;
  w.int32((s.replicaId === undefined ? 0 : s.replicaId));
  if (v >= 2) { w.int8((s.isolationLevel === undefined ? 0 : s.isolationLevel)); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeListOffsetsTopic(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ListOffsetsRequestVersions = { min: 0, max: 9 } as const;

export function decodeListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest {
  if (v < 0 || v > 9) throw new DecodeError(`ListOffsetsRequest version ${v} is outside 0-9`);
  return readListOffsetsRequest(r, v);
}

export function encodeListOffsetsRequest(w: Writer, v: number, m: Init<ListOffsetsRequest>): void {
  if (v < 0 || v > 9) throw new EncodeError(`ListOffsetsRequest version ${v} is outside 0-9`);
  writeListOffsetsRequest(w, v, m);
}

export interface ListOffsetsTopicResponse {
  /** The topic name */
  name: string;
  /** Each partition in the response. */
  partitions: ListOffsetsPartitionResponse[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsTopicResponse(): ListOffsetsTopicResponse {
  return { name: "", partitions: [] };
}

function readListOffsetsTopicResponse(r: Reader, v: number): ListOffsetsTopicResponse {
  const flex = v >= 6;
  const s = defaultListOffsetsTopicResponse();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readListOffsetsPartitionResponse(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListOffsetsTopicResponse(w: Writer, v: number, s: Init<ListOffsetsTopicResponse>): void {
  const flex = v >= 6;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeListOffsetsPartitionResponse(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ListOffsetsPartitionResponse {
  /** The partition index. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. */
  errorCode: number;
  /** The result offsets. */
  oldStyleOffsets: bigint[];
  /** The timestamp associated with the returned offset. */
  timestamp: bigint;
  /** The returned offset. */
  offset: bigint;
  leaderEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsPartitionResponse(): ListOffsetsPartitionResponse {
  return { partitionIndex: 0, errorCode: 0, oldStyleOffsets: [], timestamp: -1n, offset: -1n, leaderEpoch: -1 };
}

function readListOffsetsPartitionResponse(r: Reader, v: number): ListOffsetsPartitionResponse {
  const flex = v >= 6;
  const s = defaultListOffsetsPartitionResponse();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  if (v === 0) s.oldStyleOffsets = readArray(r, flex, (r) => r.int64());
  if (v >= 1) s.timestamp = r.int64();
  if (v >= 1) s.offset = r.int64();
  if (v >= 4) s.leaderEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListOffsetsPartitionResponse(w: Writer, v: number, s: Init<ListOffsetsPartitionResponse>): void {
  const flex = v >= 6;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (v === 0) { writeArray(w, flex, (s.oldStyleOffsets === undefined ? [] : s.oldStyleOffsets), (w, e) => { w.int64(e); }); }
  if (v >= 1) { w.int64((s.timestamp === undefined ? -1n : s.timestamp)); }
  if (v >= 1) { w.int64((s.offset === undefined ? -1n : s.offset)); }
  if (v >= 4) { w.int32((s.leaderEpoch === undefined ? -1 : s.leaderEpoch)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each topic in the response. */
  topics: ListOffsetsTopicResponse[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsResponse(): ListOffsetsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse {
  const flex = v >= 6;
  const s = defaultListOffsetsResponse();
  if (v >= 2) s.throttleTimeMs = r.int32();
  s.topics = readArray(r, flex, (r) => readListOffsetsTopicResponse(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListOffsetsResponse(w: Writer, v: number, s: Init<ListOffsetsResponse>): void {
  const flex = v >= 6;
  if (v >= 2) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeListOffsetsTopicResponse(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ListOffsetsResponseVersions = { min: 0, max: 9 } as const;

export function decodeListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse {
  if (v < 0 || v > 9) throw new DecodeError(`ListOffsetsResponse version ${v} is outside 0-9`);
  return readListOffsetsResponse(r, v);
}

export function encodeListOffsetsResponse(w: Writer, v: number, m: Init<ListOffsetsResponse>): void {
  if (v < 0 || v > 9) throw new EncodeError(`ListOffsetsResponse version ${v} is outside 0-9`);
  writeListOffsetsResponse(w, v, m);
}

export const ListOffsetsApi: ApiCodec<ListOffsetsRequest, ListOffsetsResponse> = {
  apiKey: 2,
  name: 'ListOffsets',
  minVersion: 0,
  maxVersion: 9,
  flexibleMin: 6,
  decodeRequest: decodeListOffsetsRequest,
  encodeRequest: encodeListOffsetsRequest,
  decodeResponse: decodeListOffsetsResponse,
  encodeResponse: encodeListOffsetsResponse,
};
