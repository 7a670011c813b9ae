// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// Metadata (api key 3): request and response, versions 0-12.

export interface MetadataRequestTopic {
  /** The topic id. */
  topicId: string;
  /** The topic name. */
  name: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataRequestTopic(): MetadataRequestTopic {
  return { topicId: ZERO_UUID, name: "" };
}

function readMetadataRequestTopic(r: Reader, v: number): MetadataRequestTopic {
  const flex = v >= 9;
  const s = defaultMetadataRequestTopic();
  if (v >= 10) s.topicId = r.uuid();
  s.name = (v >= 10 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeMetadataRequestTopic(w: Writer, v: number, s: Init<MetadataRequestTopic>): void {
  const flex = v >= 9;
  if (v >= 10) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  w.nullableString((s.name === undefined ? "" : s.name), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface MetadataRequest {
  /** The topics to fetch metadata for. */
  topics: MetadataRequestTopic[] | null;
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. */
  allowAutoTopicCreation: boolean;
  /** Whether to include cluster authorized operations. */
  includeClusterAuthorizedOperations: boolean;
  /** Whether to include topic authorized operations. */
  includeTopicAuthorizedOperations: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataRequest(): MetadataRequest {
  return { topics: [], allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false };
}

function readMetadataRequest(r: Reader, v: number): MetadataRequest {
  const flex = v >= 9;
  const s = defaultMetadataRequest();
  s.topics = (v >= 1 ? readNullableArray(r, flex, (r) => readMetadataRequestTopic(r, v)) : readArray(r, flex, (r) => readMetadataRequestTopic(r, v)));
  if (v >= 4) s.allowAutoTopicCreation = r.bool();
  if (v >= 8 && v <= 10) s.includeClusterAuthorizedOperations = r.bool();
  if (v >= 8) s.includeTopicAuthorizedOperations = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeMetadataRequest(w: Writer, v: number, s: Init<MetadataRequest>): void {
  const flex = v >= 9;
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeMetadataRequestTopic(w, v, e); });
  if (v >= 4) { w.bool((s.allowAutoTopicCreation === undefined ? true : s.allowAutoTopicCreation)); }
  if (v >= 8 && v <= 10) { w.bool((s.includeClusterAuthorizedOperations === undefined ? false : s.includeClusterAuthorizedOperations)); }
  if (v >= 8) { w.bool((s.includeTopicAuthorizedOperations === undefined ? false : s.includeTopicAuthorizedOperations)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const MetadataRequestVersions = { min: 0, max: 12 } as const;

export function decodeMetadataRequest(r: Reader, v: number): MetadataRequest {
  if (v < 0 || v > 12) throw new DecodeError(`MetadataRequest version ${v} is outside 0-12`);
  return readMetadataRequest(r, v);
}

export function encodeMetadataRequest(w: Writer, v: number, m: Init<MetadataRequest>): void {
  if (v < 0 || v > 12) throw new EncodeError(`MetadataRequest version ${v} is outside 0-12`);
  writeMetadataRequest(w, v, m);
}

export interface MetadataResponseBroker {
  /** The broker ID. */
  nodeId: number;
  /** The broker hostname. */
  host: string;
  /** The broker port. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. */
  rack: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataResponseBroker(): MetadataResponseBroker {
  return { nodeId: 0, host: "", port: 0, rack: null };
}

function readMetadataResponseBroker(r: Reader, v: number): MetadataResponseBroker {
  const flex = v >= 9;
  const s = defaultMetadataResponseBroker();
  s.nodeId = r.int32();
  s.host = r.string(flex);
  s.port = r.int32();
  if (v >= 1) s.rack = (v >= 1 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeMetadataResponseBroker(w: Writer, v: number, s: Init<MetadataResponseBroker>): void {
  const flex = v >= 9;
  w.int32((s.nodeId === undefined ? 0 : s.nodeId));
  w.string((s.host === undefined ? "" : s.host), flex);
  w.int32((s.port === undefined ? 0 : s.port));
  if (v >= 1) { w.nullableString((s.rack === undefined ? null : s.rack), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface MetadataResponseTopic {
  /** The topic error, or 0 if there was no error. */
  errorCode: number;
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. */
  name: string | null;
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. */
  topicId: string;
  /** True if the topic is internal. */
  isInternal: boolean;
  /** Each partition in the topic. */
  partitions: MetadataResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. */
  topicAuthorizedOperations: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataResponseTopic(): MetadataResponseTopic {
  return { errorCode: 0, name: "", topicId: ZERO_UUID, isInternal: false, partitions: [], topicAuthorizedOperations: -2147483648 };
}

function readMetadataResponseTopic(r: Reader, v: number): MetadataResponseTopic {
  const flex = v >= 9;
  const s = defaultMetadataResponseTopic();
  s.errorCode = r.int16();
  s.name = (v >= 12 ? r.nullableString(flex) : r.string(flex));
  if (v >= 10) s.topicId = r.uuid();
  if (v >= 1) s.isInternal = r.bool();
  s.partitions = readArray(r, flex, (r) => readMetadataResponsePartition(r, v));
  if (v >= 8) s.topicAuthorizedOperations = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeMetadataResponseTopic(w: Writer, v: number, s: Init<MetadataResponseTopic>): void {
  const flex = v >= 9;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.name === undefined ? "" : s.name), flex);
  if (v >= 10) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  if (v >= 1) { w.bool((s.isInternal === undefined ? false : s.isInternal)); }
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeMetadataResponsePartition(w, v, e); });
  if (v >= 8) { w.int32((s.topicAuthorizedOperations === undefined ? -2147483648 : s.topicAuthorizedOperations)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface MetadataResponsePartition {
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
  /** The set of offline replicas of this partition. */
  offlineReplicas: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataResponsePartition(): MetadataResponsePartition {
  return { errorCode: 0, partitionIndex: 0, leaderId: 0, leaderEpoch: -1, replicaNodes: [], isrNodes: [], offlineReplicas: [] };
}

function readMetadataResponsePartition(r: Reader, v: number): MetadataResponsePartition {
  const flex = v >= 9;
  const s = defaultMetadataResponsePartition();
  s.errorCode = r.int16();
  s.partitionIndex = r.int32();
  s.leaderId = r.int32();
  if (v >= 7) s.leaderEpoch = r.int32();
  s.replicaNodes = readArray(r, flex, (r) => r.int32());
  s.isrNodes = readArray(r, flex, (r) => r.int32());
  if (v >= 5) s.offlineReplicas = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeMetadataResponsePartition(w: Writer, v: number, s: Init<MetadataResponsePartition>): void {
  const flex = v >= 9;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int32((s.leaderId === undefined ? 0 : s.leaderId));
  if (v >= 7) { w.int32((s.leaderEpoch === undefined ? -1 : s.leaderEpoch)); }
  writeArray(w, flex, (s.replicaNodes === undefined ? [] : s.replicaNodes), (w, e) => { w.int32(e); });
  writeArray(w, flex, (s.isrNodes === undefined ? [] : s.isrNodes), (w, e) => { w.int32(e); });
  if (v >= 5) { writeArray(w, flex, (s.offlineReplicas === undefined ? [] : s.offlineReplicas), (w, e) => { w.int32(e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** A list of brokers present in the cluster. */
  brokers: MetadataResponseBroker[];
  /** The cluster ID that responding broker belongs to. */
  clusterId: string | null;
  /** The ID of the controller broker. */
  controllerId: number;
  /** Each topic in the response. */
  topics: MetadataResponseTopic[];
  /** 32-bit bitfield to represent authorized operations for this cluster. */
  clusterAuthorizedOperations: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataResponse(): MetadataResponse {
  return { throttleTimeMs: 0, brokers: [], clusterId: null, controllerId: -1, topics: [], clusterAuthorizedOperations: -2147483648 };
}

function readMetadataResponse(r: Reader, v: number): MetadataResponse {
  const flex = v >= 9;
  const s = defaultMetadataResponse();
  if (v >= 3) s.throttleTimeMs = r.int32();
  s.brokers = readArray(r, flex, (r) => readMetadataResponseBroker(r, v));
  if (v >= 2) s.clusterId = (v >= 2 ? r.nullableString(flex) : r.string(flex));
  if (v >= 1) s.controllerId = r.int32();
  s.topics = readArray(r, flex, (r) => readMetadataResponseTopic(r, v));
  if (v >= 8 && v <= 10) s.clusterAuthorizedOperations = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeMetadataResponse(w: Writer, v: number, s: Init<MetadataResponse>): void {
  const flex = v >= 9;
  if (v >= 3) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  writeArray(w, flex, (s.brokers === undefined ? [] : s.brokers), (w, e) => { writeMetadataResponseBroker(w, v, e); });
  if (v >= 2) { w.nullableString((s.clusterId === undefined ? null : s.clusterId), flex); }
  if (v >= 1) { w.int32((s.controllerId === undefined ? -1 : s.controllerId)); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeMetadataResponseTopic(w, v, e); });
  if (v >= 8 && v <= 10) { w.int32((s.clusterAuthorizedOperations === undefined ? -2147483648 : s.clusterAuthorizedOperations)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const MetadataResponseVersions = { min: 0, max: 12 } as const;

export function decodeMetadataResponse(r: Reader, v: number): MetadataResponse {
  if (v < 0 || v > 12) throw new DecodeError(`MetadataResponse version ${v} is outside 0-12`);
  return readMetadataResponse(r, v);
}

export function encodeMetadataResponse(w: Writer, v: number, m: Init<MetadataResponse>): void {
  if (v < 0 || v > 12) throw new EncodeError(`MetadataResponse version ${v} is outside 0-12`);
  writeMetadataResponse(w, v, m);
}

export const MetadataApi: ApiCodec<MetadataRequest, MetadataResponse> = {
  apiKey: 3,
  name: 'Metadata',
  minVersion: 0,
  maxVersion: 12,
  flexibleMin: 9,
  decodeRequest: decodeMetadataRequest,
  encodeRequest: encodeMetadataRequest,
  decodeResponse: decodeMetadataResponse,
  encodeResponse: encodeMetadataResponse,
};
