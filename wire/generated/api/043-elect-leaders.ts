// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ElectLeaders (api key 43): request and response, versions 0-2.

export interface TopicPartitions {
  /** The name of a topic. */
  topic: string;
  /** The partitions of this topic whose leader should be elected. */
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicPartitions(): TopicPartitions {
  return { topic: "", partitions: [] };
}

function readTopicPartitions(r: Reader, v: number): TopicPartitions {
  const flex = v >= 2;
  const s = defaultTopicPartitions();
  s.topic = r.string(flex);
  s.partitions = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTopicPartitions(w: Writer, v: number, s: Init<TopicPartitions>): void {
  const flex = v >= 2;
  w.string((s.topic === undefined ? "" : s.topic), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ElectLeadersRequest {
  /** Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica. */
  electionType: number;
  /** The topic partitions to elect leaders. */
  topicPartitions: TopicPartitions[] | null;
  /** The time in ms to wait for the election to complete. */
  timeoutMs: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultElectLeadersRequest(): ElectLeadersRequest {
  return { electionType: 0, topicPartitions: [], timeoutMs: 60000 };
}

function readElectLeadersRequest(r: Reader, v: number): ElectLeadersRequest {
  const flex = v >= 2;
  const s = defaultElectLeadersRequest();
  if (v >= 1) s.electionType = r.int8();
  s.topicPartitions = readNullableArray(r, flex, (r) => readTopicPartitions(r, v));
  s.timeoutMs = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeElectLeadersRequest(w: Writer, v: number, s: Init<ElectLeadersRequest>): void {
  const flex = v >= 2;
  if (v >= 1) { w.int8((s.electionType === undefined ? 0 : s.electionType)); }
  writeArray(w, flex, (s.topicPartitions === undefined ? [] : s.topicPartitions), (w, e) => { writeTopicPartitions(w, v, e); });
  w.int32((s.timeoutMs === undefined ? 60000 : s.timeoutMs));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ElectLeadersRequestVersions = { min: 0, max: 2 } as const;

export function decodeElectLeadersRequest(r: Reader, v: number): ElectLeadersRequest {
  if (v < 0 || v > 2) throw new DecodeError(`ElectLeadersRequest version ${v} is outside 0-2`);
  return readElectLeadersRequest(r, v);
}

export function encodeElectLeadersRequest(w: Writer, v: number, m: Init<ElectLeadersRequest>): void {
  if (v < 0 || v > 2) throw new EncodeError(`ElectLeadersRequest version ${v} is outside 0-2`);
  writeElectLeadersRequest(w, v, m);
}

export interface ReplicaElectionResult {
  /** The topic name */
  topic: string;
  /** The results for each partition */
  partitionResult: PartitionResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultReplicaElectionResult(): ReplicaElectionResult {
  return { topic: "", partitionResult: [] };
}

function readReplicaElectionResult(r: Reader, v: number): ReplicaElectionResult {
  const flex = v >= 2;
  const s = defaultReplicaElectionResult();
  s.topic = r.string(flex);
  s.partitionResult = readArray(r, flex, (r) => readPartitionResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReplicaElectionResult(w: Writer, v: number, s: Init<ReplicaElectionResult>): void {
  const flex = v >= 2;
  w.string((s.topic === undefined ? "" : s.topic), flex);
  writeArray(w, flex, (s.partitionResult === undefined ? [] : s.partitionResult), (w, e) => { writePartitionResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface PartitionResult {
  /** The partition id */
  partitionId: number;
  /** The result error, or zero if there was no error. */
  errorCode: number;
  /** The result message, or null if there was no error. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionResult(): PartitionResult {
  return { partitionId: 0, errorCode: 0, errorMessage: "" };
}

function readPartitionResult(r: Reader, v: number): PartitionResult {
  const flex = v >= 2;
  const s = defaultPartitionResult();
  s.partitionId = r.int32();
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

function writePartitionResult(w: Writer, v: number, s: Init<PartitionResult>): void {
  const flex = v >= 2;
  w.int32((s.partitionId === undefined ? 0 : s.partitionId));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ElectLeadersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code. */
  errorCode: number;
  /** The election results, or an empty array if the requester did not have permission and the request asks for all partitions. */
  replicaElectionResults: ReplicaElectionResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultElectLeadersResponse(): ElectLeadersResponse {
  return { throttleTimeMs: 0, errorCode: 0, replicaElectionResults: [] };
}

function readElectLeadersResponse(r: Reader, v: number): ElectLeadersResponse {
  const flex = v >= 2;
  const s = defaultElectLeadersResponse();
  s.throttleTimeMs = r.int32();
  if (v >= 1) s.errorCode = r.int16();
  s.replicaElectionResults = readArray(r, flex, (r) => readReplicaElectionResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeElectLeadersResponse(w: Writer, v: number, s: Init<ElectLeadersResponse>): void {
  const flex = v >= 2;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  if (v >= 1) { w.int16((s.errorCode === undefined ? 0 : s.errorCode)); }
  writeArray(w, flex, (s.replicaElectionResults === undefined ? [] : s.replicaElectionResults), (w, e) => { writeReplicaElectionResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ElectLeadersResponseVersions = { min: 0, max: 2 } as const;

export function decodeElectLeadersResponse(r: Reader, v: number): ElectLeadersResponse {
  if (v < 0 || v > 2) throw new DecodeError(`ElectLeadersResponse version ${v} is outside 0-2`);
  return readElectLeadersResponse(r, v);
}

export function encodeElectLeadersResponse(w: Writer, v: number, m: Init<ElectLeadersResponse>): void {
  if (v < 0 || v > 2) throw new EncodeError(`ElectLeadersResponse version ${v} is outside 0-2`);
  writeElectLeadersResponse(w, v, m);
}

export const ElectLeadersApi: ApiCodec<ElectLeadersRequest, ElectLeadersResponse> = {
  apiKey: 43,
  name: 'ElectLeaders',
  minVersion: 0,
  maxVersion: 2,
  flexibleMin: 2,
  decodeRequest: decodeElectLeadersRequest,
  encodeRequest: encodeElectLeadersRequest,
  decodeResponse: decodeElectLeadersResponse,
  encodeResponse: encodeElectLeadersResponse,
};
