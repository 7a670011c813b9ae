// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeTopicPartitions (api key 75): request and response, versions 0-0.

export interface TopicRequest {
  /** The topic name */
  name: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicRequest(): TopicRequest {
  return { name: "" };
}

function readTopicRequest(r: Reader, _v: number): TopicRequest {
  const flex = true;
  const s = defaultTopicRequest();
  s.name = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTopicRequest(w: Writer, _v: number, s: Init<TopicRequest>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeTopicPartitionsRequestCursor {
  /** The name for the first topic to process */
  topicName: string;
  /** The partition index to start with */
  partitionIndex: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsRequestCursor(): DescribeTopicPartitionsRequestCursor {
  return { topicName: "", partitionIndex: 0 };
}

function readDescribeTopicPartitionsRequestCursor(r: Reader, _v: number): DescribeTopicPartitionsRequestCursor {
  const flex = true;
  const s = defaultDescribeTopicPartitionsRequestCursor();
  s.topicName = r.string(flex);
  s.partitionIndex = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeTopicPartitionsRequestCursor(w: Writer, _v: number, s: Init<DescribeTopicPartitionsRequestCursor>): void {
  const flex = true;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeTopicPartitionsRequest {
  /** The topics to fetch details for. */
  topics: TopicRequest[];
  /** The maximum number of partitions included in the response. */
  responsePartitionLimit: number;
  /** The first topic and partition index to fetch details for. */
  cursor: DescribeTopicPartitionsRequestCursor | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsRequest(): DescribeTopicPartitionsRequest {
  return { topics: [], responsePartitionLimit: 2000, cursor: null };
}

function readDescribeTopicPartitionsRequest(r: Reader, v: number): DescribeTopicPartitionsRequest {
  const flex = true;
  const s = defaultDescribeTopicPartitionsRequest();
  s.topics = readArray(r, flex, (r) => readTopicRequest(r, v));
  s.responsePartitionLimit = r.int32();
  s.cursor = (readStructPresent(r) ? readDescribeTopicPartitionsRequestCursor(r, v) : null);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeTopicPartitionsRequest(w: Writer, v: number, s: Init<DescribeTopicPartitionsRequest>): void {
  const flex = true;
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeTopicRequest(w, v, e); });
  w.int32((s.responsePartitionLimit === undefined ? 2000 : s.responsePartitionLimit));
  { const o = (s.cursor === undefined ? null : s.cursor); if (o === null) w.int8(-1); else { w.int8(1); writeDescribeTopicPartitionsRequestCursor(w, v, o); } }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeTopicPartitionsRequestVersions = { min: 0, max: 0 } as const;

export function decodeDescribeTopicPartitionsRequest(r: Reader, v: number): DescribeTopicPartitionsRequest {
  if (v < 0 || v > 0) throw new DecodeError(`DescribeTopicPartitionsRequest version ${v} is outside 0-0`);
  return readDescribeTopicPartitionsRequest(r, v);
}

export function encodeDescribeTopicPartitionsRequest(w: Writer, v: number, m: Init<DescribeTopicPartitionsRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`DescribeTopicPartitionsRequest version ${v} is outside 0-0`);
  writeDescribeTopicPartitionsRequest(w, v, m);
}

export interface DescribeTopicPartitionsResponseTopic {
  /** The topic error, or 0 if there was no error. */
  errorCode: number;
  /** The topic name. */
  name: string | null;
  /** The topic id. */
  topicId: string;
  /** True if the topic is internal. */
  isInternal: boolean;
  /** Each partition in the topic. */
  partitions: DescribeTopicPartitionsResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. */
  topicAuthorizedOperations: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsResponseTopic(): DescribeTopicPartitionsResponseTopic {
  return { errorCode: 0, name: "", topicId: ZERO_UUID, isInternal: false, partitions: [], topicAuthorizedOperations: -2147483648 };
}

function readDescribeTopicPartitionsResponseTopic(r: Reader, v: number): DescribeTopicPartitionsResponseTopic {
  const flex = true;
  const s = defaultDescribeTopicPartitionsResponseTopic();
  s.errorCode = r.int16();
  s.name = r.nullableString(flex);
  s.topicId = r.uuid();
  s.isInternal = r.bool();
  s.partitions = readArray(r, flex, (r) => readDescribeTopicPartitionsResponsePartition(r, v));
  s.topicAuthorizedOperations = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeTopicPartitionsResponseTopic(w: Writer, v: number, s: Init<DescribeTopicPartitionsResponseTopic>): void {
  const flex = true;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.name === undefined ? "" : s.name), flex);
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  w.bool((s.isInternal === undefined ? false : s.isInternal));
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeDescribeTopicPartitionsResponsePartition(w, v, e); });
  w.int32((s.topicAuthorizedOperations === undefined ? -2147483648 : s.topicAuthorizedOperations));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeTopicPartitionsResponsePartition {
  /** The partition error, or 0 if there was no error. */
  errorCode: number;
  /** The partition index. */
  partitionIndex: number;
  /** The ID of the leader broker. */
  leaderId: number;
  /** The leader epoch of this partition. */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. */
  isrNodes: number[];
  /** The new eligible leader replicas otherwise. */
  eligibleLeaderReplicas: number[] | null;
  /** The last known ELR. */
  lastKnownElr: number[] | null;
  /** The set of offline replicas of this partition. */
  offlineReplicas: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsResponsePartition(): DescribeTopicPartitionsResponsePartition {
  return { errorCode: 0, partitionIndex: 0, leaderId: 0, leaderEpoch: -1, replicaNodes: [], isrNodes: [], eligibleLeaderReplicas: null, lastKnownElr: null, offlineReplicas: [] };
}

function readDescribeTopicPartitionsResponsePartition(r: Reader, _v: number): DescribeTopicPartitionsResponsePartition {
  const flex = true;
  const s = defaultDescribeTopicPartitionsResponsePartition();
  s.errorCode = r.int16();
  s.partitionIndex = r.int32();
  s.leaderId = r.int32();
  s.leaderEpoch = r.int32();
  s.replicaNodes = readArray(r, flex, (r) => r.int32());
  s.isrNodes = readArray(r, flex, (r) => r.int32());
  s.eligibleLeaderReplicas = readNullableArray(r, flex, (r) => r.int32());
  s.lastKnownElr = readNullableArray(r, flex, (r) => r.int32());
  s.offlineReplicas = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeTopicPartitionsResponsePartition(w: Writer, _v: number, s: Init<DescribeTopicPartitionsResponsePartition>): void {
  const flex = true;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int32((s.leaderId === undefined ? 0 : s.leaderId));
  w.int32((s.leaderEpoch === undefined ? -1 : s.leaderEpoch));
  writeArray(w, flex, (s.replicaNodes === undefined ? [] : s.replicaNodes), (w, e) => { w.int32(e); });
  writeArray(w, flex, (s.isrNodes === undefined ? [] : s.isrNodes), (w, e) => { w.int32(e); });
  writeArray(w, flex, (s.eligibleLeaderReplicas === undefined ? null : s.eligibleLeaderReplicas), (w, e) => { w.int32(e); });
  writeArray(w, flex, (s.lastKnownElr === undefined ? null : s.lastKnownElr), (w, e) => { w.int32(e); });
  writeArray(w, flex, (s.offlineReplicas === undefined ? [] : s.offlineReplicas), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeTopicPartitionsResponseCursor {
  /** The name for the first topic to process */
  topicName: string;
  /** The partition index to start with */
  partitionIndex: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsResponseCursor(): DescribeTopicPartitionsResponseCursor {
  return { topicName: "", partitionIndex: 0 };
}

function readDescribeTopicPartitionsResponseCursor(r: Reader, _v: number): DescribeTopicPartitionsResponseCursor {
  const flex = true;
  const s = defaultDescribeTopicPartitionsResponseCursor();
  s.topicName = r.string(flex);
  s.partitionIndex = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeTopicPartitionsResponseCursor(w: Writer, _v: number, s: Init<DescribeTopicPartitionsResponseCursor>): void {
  const flex = true;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeTopicPartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each topic in the response. */
  topics: DescribeTopicPartitionsResponseTopic[];
  /** The next topic and partition index to fetch details for. */
  nextCursor: DescribeTopicPartitionsResponseCursor | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsResponse(): DescribeTopicPartitionsResponse {
  return { throttleTimeMs: 0, topics: [], nextCursor: null };
}

function readDescribeTopicPartitionsResponse(r: Reader, v: number): DescribeTopicPartitionsResponse {
  const flex = true;
  const s = defaultDescribeTopicPartitionsResponse();
  s.throttleTimeMs = r.int32();
  s.topics = readArray(r, flex, (r) => readDescribeTopicPartitionsResponseTopic(r, v));
  s.nextCursor = (readStructPresent(r) ? readDescribeTopicPartitionsResponseCursor(r, v) : null);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeTopicPartitionsResponse(w: Writer, v: number, s: Init<DescribeTopicPartitionsResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeDescribeTopicPartitionsResponseTopic(w, v, e); });
  { const o = (s.nextCursor === undefined ? null : s.nextCursor); if (o === null) w.int8(-1); else { w.int8(1); writeDescribeTopicPartitionsResponseCursor(w, v, o); } }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeTopicPartitionsResponseVersions = { min: 0, max: 0 } as const;

export function decodeDescribeTopicPartitionsResponse(r: Reader, v: number): DescribeTopicPartitionsResponse {
  if (v < 0 || v > 0) throw new DecodeError(`DescribeTopicPartitionsResponse version ${v} is outside 0-0`);
  return readDescribeTopicPartitionsResponse(r, v);
}

export function encodeDescribeTopicPartitionsResponse(w: Writer, v: number, m: Init<DescribeTopicPartitionsResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`DescribeTopicPartitionsResponse version ${v} is outside 0-0`);
  writeDescribeTopicPartitionsResponse(w, v, m);
}

export const DescribeTopicPartitionsApi: ApiCodec<DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse> = {
  apiKey: 75,
  name: 'DescribeTopicPartitions',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeDescribeTopicPartitionsRequest,
  encodeRequest: encodeDescribeTopicPartitionsRequest,
  decodeResponse: decodeDescribeTopicPartitionsResponse,
  encodeResponse: encodeDescribeTopicPartitionsResponse,
};
