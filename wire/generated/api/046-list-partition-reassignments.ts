// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ListPartitionReassignments (api key 46): request and response, versions 0-0.

export interface ListPartitionReassignmentsTopics {
  /** The topic name */
  name: string;
  /** The partitions to list partition reassignments for. */
  partitionIndexes: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultListPartitionReassignmentsTopics(): ListPartitionReassignmentsTopics {
  return { name: "", partitionIndexes: [] };
}

function readListPartitionReassignmentsTopics(r: Reader, _v: number): ListPartitionReassignmentsTopics {
  const flex = true;
  const s = defaultListPartitionReassignmentsTopics();
  s.name = r.string(flex);
  s.partitionIndexes = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListPartitionReassignmentsTopics(w: Writer, _v: number, s: Init<ListPartitionReassignmentsTopics>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitionIndexes === undefined ? [] : s.partitionIndexes), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ListPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. */
  timeoutMs: number;
  /** The topics to list partition reassignments for, or null to list everything. */
  topics: ListPartitionReassignmentsTopics[] | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultListPartitionReassignmentsRequest(): ListPartitionReassignmentsRequest {
  return { timeoutMs: 60000, topics: null };
}

function readListPartitionReassignmentsRequest(r: Reader, v: number): ListPartitionReassignmentsRequest {
  const flex = true;
  const s = defaultListPartitionReassignmentsRequest();
  s.timeoutMs = r.int32();
  s.topics = readNullableArray(r, flex, (r) => readListPartitionReassignmentsTopics(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListPartitionReassignmentsRequest(w: Writer, v: number, s: Init<ListPartitionReassignmentsRequest>): void {
  const flex = true;
  w.int32((s.timeoutMs === undefined ? 60000 : s.timeoutMs));
  writeArray(w, flex, (s.topics === undefined ? null : s.topics), (w, e) => { writeListPartitionReassignmentsTopics(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ListPartitionReassignmentsRequestVersions = { min: 0, max: 0 } as const;

export function decodeListPartitionReassignmentsRequest(r: Reader, v: number): ListPartitionReassignmentsRequest {
  if (v < 0 || v > 0) throw new DecodeError(`ListPartitionReassignmentsRequest version ${v} is outside 0-0`);
  return readListPartitionReassignmentsRequest(r, v);
}

export function encodeListPartitionReassignmentsRequest(w: Writer, v: number, m: Init<ListPartitionReassignmentsRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ListPartitionReassignmentsRequest version ${v} is outside 0-0`);
  writeListPartitionReassignmentsRequest(w, v, m);
}

export interface OngoingTopicReassignment {
  /** The topic name. */
  name: string;
  /** The ongoing reassignments for each partition. */
  partitions: OngoingPartitionReassignment[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOngoingTopicReassignment(): OngoingTopicReassignment {
  return { name: "", partitions: [] };
}

function readOngoingTopicReassignment(r: Reader, v: number): OngoingTopicReassignment {
  const flex = true;
  const s = defaultOngoingTopicReassignment();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readOngoingPartitionReassignment(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOngoingTopicReassignment(w: Writer, v: number, s: Init<OngoingTopicReassignment>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeOngoingPartitionReassignment(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OngoingPartitionReassignment {
  /** The index of the partition. */
  partitionIndex: number;
  /** The current replica set. */
  replicas: number[];
  /** The set of replicas we are currently adding. */
  addingReplicas: number[];
  /** The set of replicas we are currently removing. */
  removingReplicas: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOngoingPartitionReassignment(): OngoingPartitionReassignment {
  return { partitionIndex: 0, replicas: [], addingReplicas: [], removingReplicas: [] };
}

function readOngoingPartitionReassignment(r: Reader, _v: number): OngoingPartitionReassignment {
  const flex = true;
  const s = defaultOngoingPartitionReassignment();
  s.partitionIndex = r.int32();
  s.replicas = readArray(r, flex, (r) => r.int32());
  s.addingReplicas = readArray(r, flex, (r) => r.int32());
  s.removingReplicas = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOngoingPartitionReassignment(w: Writer, _v: number, s: Init<OngoingPartitionReassignment>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  writeArray(w, flex, (s.replicas === undefined ? [] : s.replicas), (w, e) => { w.int32(e); });
  writeArray(w, flex, (s.addingReplicas === undefined ? [] : s.addingReplicas), (w, e) => { w.int32(e); });
  writeArray(w, flex, (s.removingReplicas === undefined ? [] : s.removingReplicas), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ListPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The ongoing reassignments for each topic. */
  topics: OngoingTopicReassignment[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultListPartitionReassignmentsResponse(): ListPartitionReassignmentsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", topics: [] };
}

function readListPartitionReassignmentsResponse(r: Reader, v: number): ListPartitionReassignmentsResponse {
  const flex = true;
  const s = defaultListPartitionReassignmentsResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.topics = readArray(r, flex, (r) => readOngoingTopicReassignment(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListPartitionReassignmentsResponse(w: Writer, v: number, s: Init<ListPartitionReassignmentsResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeOngoingTopicReassignment(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ListPartitionReassignmentsResponseVersions = { min: 0, max: 0 } as const;

export function decodeListPartitionReassignmentsResponse(r: Reader, v: number): ListPartitionReassignmentsResponse {
  if (v < 0 || v > 0) throw new DecodeError(`ListPartitionReassignmentsResponse version ${v} is outside 0-0`);
  return readListPartitionReassignmentsResponse(r, v);
}

export function encodeListPartitionReassignmentsResponse(w: Writer, v: number, m: Init<ListPartitionReassignmentsResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ListPartitionReassignmentsResponse version ${v} is outside 0-0`);
  writeListPartitionReassignmentsResponse(w, v, m);
}

export const ListPartitionReassignmentsApi: ApiCodec<ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse> = {
  apiKey: 46,
  name: 'ListPartitionReassignments',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeListPartitionReassignmentsRequest,
  encodeRequest: encodeListPartitionReassignmentsRequest,
  decodeResponse: decodeListPartitionReassignmentsResponse,
  encodeResponse: encodeListPartitionReassignmentsResponse,
};
