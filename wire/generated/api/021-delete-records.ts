// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DeleteRecords (api key 21): request and response, versions 0-2.

export interface DeleteRecordsTopic {
  /** The topic name. */
  name: string;
  /** Each partition that we want to delete records from. */
  partitions: DeleteRecordsPartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsTopic(): DeleteRecordsTopic {
  return { name: "", partitions: [] };
}

function readDeleteRecordsTopic(r: Reader, v: number): DeleteRecordsTopic {
  const flex = v >= 2;
  const s = defaultDeleteRecordsTopic();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readDeleteRecordsPartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteRecordsTopic(w: Writer, v: number, s: Init<DeleteRecordsTopic>): void {
  const flex = v >= 2;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeDeleteRecordsPartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DeleteRecordsPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The deletion offset. */
  offset: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsPartition(): DeleteRecordsPartition {
  return { partitionIndex: 0, offset: 0n };
}

function readDeleteRecordsPartition(r: Reader, v: number): DeleteRecordsPartition {
  const flex = v >= 2;
  const s = defaultDeleteRecordsPartition();
  s.partitionIndex = r.int32();
  s.offset = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteRecordsPartition(w: Writer, v: number, s: Init<DeleteRecordsPartition>): void {
  const flex = v >= 2;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int64((s.offset === undefined ? 0n : s.offset));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. */
  topics: DeleteRecordsTopic[];
  /** How long to wait for the deletion to complete, in milliseconds. */
  timeoutMs: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsRequest(): DeleteRecordsRequest {
  return { topics: [], timeoutMs: 0 };
}

function readDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest {
  const flex = v >= 2;
  const s = defaultDeleteRecordsRequest();
  s.topics = readArray(r, flex, (r) => readDeleteRecordsTopic(r, v));
  s.timeoutMs = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteRecordsRequest(w: Writer, v: number, s: Init<DeleteRecordsRequest>): void {
  const flex = v >= 2;
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeDeleteRecordsTopic(w, v, e); });
  w.int32((s.timeoutMs === undefined ? 0 : s.timeoutMs));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DeleteRecordsRequestVersions = { min: 0, max: 2 } as const;

export function decodeDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest {
  if (v < 0 || v > 2) throw new DecodeError(`DeleteRecordsRequest version ${v} is outside 0-2`);
  return readDeleteRecordsRequest(r, v);
}

export function encodeDeleteRecordsRequest(w: Writer, v: number, m: Init<DeleteRecordsRequest>): void {
  if (v < 0 || v > 2) throw new EncodeError(`DeleteRecordsRequest version ${v} is outside 0-2`);
  writeDeleteRecordsRequest(w, v, m);
}

export interface DeleteRecordsTopicResult {
  /** The topic name. */
  name: string;
  /** Each partition that we wanted to delete records from. */
  partitions: DeleteRecordsPartitionResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsTopicResult(): DeleteRecordsTopicResult {
  return { name: "", partitions: [] };
}

function readDeleteRecordsTopicResult(r: Reader, v: number): DeleteRecordsTopicResult {
  const flex = v >= 2;
  const s = defaultDeleteRecordsTopicResult();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readDeleteRecordsPartitionResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteRecordsTopicResult(w: Writer, v: number, s: Init<DeleteRecordsTopicResult>): void {
  const flex = v >= 2;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeDeleteRecordsPartitionResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DeleteRecordsPartitionResult {
  /** The partition index. */
  partitionIndex: number;
  /** The partition low water mark. */
  lowWatermark: bigint;
  /** The deletion error code, or 0 if the deletion succeeded. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsPartitionResult(): DeleteRecordsPartitionResult {
  return { partitionIndex: 0, lowWatermark: 0n, errorCode: 0 };
}

function readDeleteRecordsPartitionResult(r: Reader, v: number): DeleteRecordsPartitionResult {
  const flex = v >= 2;
  const s = defaultDeleteRecordsPartitionResult();
  s.partitionIndex = r.int32();
  s.lowWatermark = r.int64();
  s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteRecordsPartitionResult(w: Writer, v: number, s: Init<DeleteRecordsPartitionResult>): void {
  const flex = v >= 2;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int64((s.lowWatermark === undefined ? 0n : s.lowWatermark));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each topic that we wanted to delete records from. */
  topics: DeleteRecordsTopicResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsResponse(): DeleteRecordsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse {
  const flex = v >= 2;
  const s = defaultDeleteRecordsResponse();
  s.throttleTimeMs = r.int32();
  s.topics = readArray(r, flex, (r) => readDeleteRecordsTopicResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteRecordsResponse(w: Writer, v: number, s: Init<DeleteRecordsResponse>): void {
  const flex = v >= 2;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeDeleteRecordsTopicResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DeleteRecordsResponseVersions = { min: 0, max: 2 } as const;

export function decodeDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse {
  if (v < 0 || v > 2) throw new DecodeError(`DeleteRecordsResponse version ${v} is outside 0-2`);
  return readDeleteRecordsResponse(r, v);
}

export function encodeDeleteRecordsResponse(w: Writer, v: number, m: Init<DeleteRecordsResponse>): void {
  if (v < 0 || v > 2) throw new EncodeError(`DeleteRecordsResponse version ${v} is outside 0-2`);
  writeDeleteRecordsResponse(w, v, m);
}

export const DeleteRecordsApi: ApiCodec<DeleteRecordsRequest, DeleteRecordsResponse> = {
  apiKey: 21,
  name: 'DeleteRecords',
  minVersion: 0,
  maxVersion: 2,
  flexibleMin: 2,
  decodeRequest: decodeDeleteRecordsRequest,
  encodeRequest: encodeDeleteRecordsRequest,
  decodeResponse: decodeDeleteRecordsResponse,
  encodeResponse: encodeDeleteRecordsResponse,
};
