// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// AlterPartitionReassignments (api key 45): request and response, versions 0-0.

export interface ReassignableTopic {
  /** The topic name. */
  name: string;
  /** The partitions to reassign. */
  partitions: ReassignablePartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultReassignableTopic(): ReassignableTopic {
  return { name: "", partitions: [] };
}

function readReassignableTopic(r: Reader, v: number): ReassignableTopic {
  const flex = true;
  const s = defaultReassignableTopic();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readReassignablePartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReassignableTopic(w: Writer, v: number, s: Init<ReassignableTopic>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeReassignablePartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ReassignablePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The replicas to place the partitions on, or null to cancel a pending reassignment for this partition. */
  replicas: number[] | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultReassignablePartition(): ReassignablePartition {
  return { partitionIndex: 0, replicas: null };
}

function readReassignablePartition(r: Reader, _v: number): ReassignablePartition {
  const flex = true;
  const s = defaultReassignablePartition();
  s.partitionIndex = r.int32();
  s.replicas = readNullableArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReassignablePartition(w: Writer, _v: number, s: Init<ReassignablePartition>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  writeArray(w, flex, (s.replicas === undefined ? null : s.replicas), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. */
  timeoutMs: number;
  /** The topics to reassign. */
  topics: ReassignableTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionReassignmentsRequest(): AlterPartitionReassignmentsRequest {
  return { timeoutMs: 60000, topics: [] };
}

function readAlterPartitionReassignmentsRequest(r: Reader, v: number): AlterPartitionReassignmentsRequest {
  const flex = true;
  const s = defaultAlterPartitionReassignmentsRequest();
  s.timeoutMs = r.int32();
  s.topics = readArray(r, flex, (r) => readReassignableTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterPartitionReassignmentsRequest(w: Writer, v: number, s: Init<AlterPartitionReassignmentsRequest>): void {
  const flex = true;
  w.int32((s.timeoutMs === undefined ? 60000 : s.timeoutMs));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeReassignableTopic(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AlterPartitionReassignmentsRequestVersions = { min: 0, max: 0 } as const;

export function decodeAlterPartitionReassignmentsRequest(r: Reader, v: number): AlterPartitionReassignmentsRequest {
  if (v < 0 || v > 0) throw new DecodeError(`AlterPartitionReassignmentsRequest version ${v} is outside 0-0`);
  return readAlterPartitionReassignmentsRequest(r, v);
}

export function encodeAlterPartitionReassignmentsRequest(w: Writer, v: number, m: Init<AlterPartitionReassignmentsRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`AlterPartitionReassignmentsRequest version ${v} is outside 0-0`);
  writeAlterPartitionReassignmentsRequest(w, v, m);
}

export interface ReassignableTopicResponse {
  /** The topic name */
  name: string;
  /** The responses to partitions to reassign */
  partitions: ReassignablePartitionResponse[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultReassignableTopicResponse(): ReassignableTopicResponse {
  return { name: "", partitions: [] };
}

function readReassignableTopicResponse(r: Reader, v: number): ReassignableTopicResponse {
  const flex = true;
  const s = defaultReassignableTopicResponse();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readReassignablePartitionResponse(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReassignableTopicResponse(w: Writer, v: number, s: Init<ReassignableTopicResponse>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeReassignablePartitionResponse(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ReassignablePartitionResponse {
  /** The partition index. */
  partitionIndex: number;
  /** The error code for this partition, or 0 if there was no error. */
  errorCode: number;
  /** The error message for this partition, or null if there was no error. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultReassignablePartitionResponse(): ReassignablePartitionResponse {
  return { partitionIndex: 0, errorCode: 0, errorMessage: "" };
}

function readReassignablePartitionResponse(r: Reader, _v: number): ReassignablePartitionResponse {
  const flex = true;
  const s = defaultReassignablePartitionResponse();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReassignablePartitionResponse(w: Writer, _v: number, s: Init<ReassignablePartitionResponse>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The responses to topics to reassign. */
  responses: ReassignableTopicResponse[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionReassignmentsResponse(): AlterPartitionReassignmentsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", responses: [] };
}

function readAlterPartitionReassignmentsResponse(r: Reader, v: number): AlterPartitionReassignmentsResponse {
  const flex = true;
  const s = defaultAlterPartitionReassignmentsResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.responses = readArray(r, flex, (r) => readReassignableTopicResponse(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterPartitionReassignmentsResponse(w: Writer, v: number, s: Init<AlterPartitionReassignmentsResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  writeArray(w, flex, (s.responses === undefined ? [] : s.responses), (w, e) => { writeReassignableTopicResponse(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AlterPartitionReassignmentsResponseVersions = { min: 0, max: 0 } as const;

export function decodeAlterPartitionReassignmentsResponse(r: Reader, v: number): AlterPartitionReassignmentsResponse {
  if (v < 0 || v > 0) throw new DecodeError(`AlterPartitionReassignmentsResponse version ${v} is outside 0-0`);
  return readAlterPartitionReassignmentsResponse(r, v);
}

export function encodeAlterPartitionReassignmentsResponse(w: Writer, v: number, m: Init<AlterPartitionReassignmentsResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`AlterPartitionReassignmentsResponse version ${v} is outside 0-0`);
  writeAlterPartitionReassignmentsResponse(w, v, m);
}

export const AlterPartitionReassignmentsApi: ApiCodec<AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse> = {
  apiKey: 45,
  name: 'AlterPartitionReassignments',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeAlterPartitionReassignmentsRequest,
  encodeRequest: encodeAlterPartitionReassignmentsRequest,
  decodeResponse: decodeAlterPartitionReassignmentsResponse,
  encodeResponse: encodeAlterPartitionReassignmentsResponse,
};
