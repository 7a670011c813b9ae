// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// CreateTopics (api key 19): request and response, versions 0-7.

export interface CreatableTopic {
  /** The topic name. */
  name: string;
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. */
  numPartitions: number;
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. */
  replicationFactor: number;
  /** The manual partition assignment, or the empty array if we are using automatic assignment. */
  assignments: CreatableReplicaAssignment[];
  /** The custom topic configurations to set. */
  configs: CreatableTopicConfig[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreatableTopic(): CreatableTopic {
  return { name: "", numPartitions: 0, replicationFactor: 0, assignments: [], configs: [] };
}

function readCreatableTopic(r: Reader, v: number): CreatableTopic {
  const flex = v >= 5;
  const s = defaultCreatableTopic();
  s.name = r.string(flex);
  s.numPartitions = r.int32();
  s.replicationFactor = r.int16();
  s.assignments = readArray(r, flex, (r) => readCreatableReplicaAssignment(r, v));
  s.configs = readArray(r, flex, (r) => readCreatableTopicConfig(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreatableTopic(w: Writer, v: number, s: Init<CreatableTopic>): void {
  const flex = v >= 5;
  w.string((s.name === undefined ? "" : s.name), flex);
  w.int32((s.numPartitions === undefined ? 0 : s.numPartitions));
  w.int16((s.replicationFactor === undefined ? 0 : s.replicationFactor));
  writeArray(w, flex, (s.assignments === undefined ? [] : s.assignments), (w, e) => { writeCreatableReplicaAssignment(w, v, e); });
  writeArray(w, flex, (s.configs === undefined ? [] : s.configs), (w, e) => { writeCreatableTopicConfig(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CreatableReplicaAssignment {
  /** The partition index. */
  partitionIndex: number;
  /** The brokers to place the partition on. */
  brokerIds: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreatableReplicaAssignment(): CreatableReplicaAssignment {
  return { partitionIndex: 0, brokerIds: [] };
}

function readCreatableReplicaAssignment(r: Reader, v: number): CreatableReplicaAssignment {
  const flex = v >= 5;
  const s = defaultCreatableReplicaAssignment();
  s.partitionIndex = r.int32();
  s.brokerIds = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreatableReplicaAssignment(w: Writer, v: number, s: Init<CreatableReplicaAssignment>): void {
  const flex = v >= 5;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  writeArray(w, flex, (s.brokerIds === undefined ? [] : s.brokerIds), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CreatableTopicConfig {
  /** The configuration name. */
  name: string;
  /** The configuration value. */
  value: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreatableTopicConfig(): CreatableTopicConfig {
  return { name: "", value: "" };
}

function readCreatableTopicConfig(r: Reader, v: number): CreatableTopicConfig {
  const flex = v >= 5;
  const s = defaultCreatableTopicConfig();
  s.name = r.string(flex);
  s.value = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreatableTopicConfig(w: Writer, v: number, s: Init<CreatableTopicConfig>): void {
  const flex = v >= 5;
  w.string((s.name === undefined ? "" : s.name), flex);
  w.nullableString((s.value === undefined ? "" : s.value), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CreateTopicsRequest {
  /** The topics to create. */
  topics: CreatableTopic[];
  /** How long to wait in milliseconds before timing out the request. */
  timeoutMs: number;
  /** If true, check that the topics can be created as specified, but don't create anything. */
  validateOnly: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreateTopicsRequest(): CreateTopicsRequest {
  return { topics: [], timeoutMs: 60000, validateOnly: false };
}

function readCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest {
  const flex = v >= 5;
  const s = defaultCreateTopicsRequest();
  s.topics = readArray(r, flex, (r) => readCreatableTopic(r, v));
  s.timeoutMs = r.int32();
  if (v >= 1) s.validateOnly = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreateTopicsRequest(w: Writer, v: number, s: Init<CreateTopicsRequest>): void {
  const flex = v >= 5;
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeCreatableTopic(w, v, e); });
  w.int32((s.timeoutMs === undefined ? 60000 : s.timeoutMs));
  if (v >= 1) { w.bool((s.validateOnly === undefined ? false : s.validateOnly)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const CreateTopicsRequestVersions = { min: 0, max: 7 } as const;

export function decodeCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest {
  if (v < 0 || v > 7) throw new DecodeError(`CreateTopicsRequest version ${v} is outside 0-7`);
  return readCreateTopicsRequest(r, v);
}

export function encodeCreateTopicsRequest(w: Writer, v: number, m: Init<CreateTopicsRequest>): void {
  if (v < 0 || v > 7) throw new EncodeError(`CreateTopicsRequest version ${v} is outside 0-7`);
  writeCreateTopicsRequest(w, v, m);
}

export interface CreatableTopicResult {
  /** The topic name. */
  name: string;
  /** The unique topic ID */
  topicId: string;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** Optional topic config error returned if configs are not returned in the response. */
  topicConfigErrorCode: number;
  /** Number of partitions of the topic. */
  numPartitions: number;
  /** Replication factor of the topic. */
  replicationFactor: number;
  /** Configuration of the topic. */
  configs: CreatableTopicConfigs[] | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreatableTopicResult(): CreatableTopicResult {
  return { name: "", topicId: ZERO_UUID, errorCode: 0, errorMessage: "", topicConfigErrorCode: 0, numPartitions: -1, replicationFactor: -1, configs: [] };
}

function readCreatableTopicResult(r: Reader, v: number): CreatableTopicResult {
  const flex = v >= 5;
  const s = defaultCreatableTopicResult();
  s.name = r.string(flex);
  if (v >= 7) s.topicId = r.uuid();
  s.errorCode = r.int16();
  if (v >= 1) s.errorMessage = r.nullableString(flex);
  if (v >= 5) s.numPartitions = r.int32();
  if (v >= 5) s.replicationFactor = r.int16();
  if (v >= 5) s.configs = (v >= 5 ? readNullableArray(r, flex, (r) => readCreatableTopicConfigs(r, v)) : readArray(r, flex, (r) => readCreatableTopicConfigs(r, v)));
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 5) {
            const sub = Reader.over(f.data);
            s.topicConfigErrorCode = ((r: Reader) => r.int16())(sub);
            continue;
          }
          break;
      }
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreatableTopicResult(w: Writer, v: number, s: Init<CreatableTopicResult>): void {
  const flex = v >= 5;
  w.string((s.name === undefined ? "" : s.name), flex);
  if (v >= 7) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (v >= 1) { w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex); }
  if (v >= 5) { w.int32((s.numPartitions === undefined ? -1 : s.numPartitions)); }
  if (v >= 5) { w.int16((s.replicationFactor === undefined ? -1 : s.replicationFactor)); }
  if (v >= 5) { writeArray(w, flex, (s.configs === undefined ? [] : s.configs), (w, e) => { writeCreatableTopicConfigs(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 5 && s.topicConfigErrorCode !== undefined && s.topicConfigErrorCode !== 0) {
      const x = s.topicConfigErrorCode;
      tagged.push({ tag: 0, data: encodeTagged((w) => { w.int16(x); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CreatableTopicConfigs {
  /** The configuration name. */
  name: string;
  /** The configuration value. */
  value: string | null;
  /** True if the configuration is read-only. */
  readOnly: boolean;
  /** The configuration source. */
  configSource: number;
  /** True if this configuration is sensitive. */
  isSensitive: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreatableTopicConfigs(): CreatableTopicConfigs {
  return { name: "", value: "", readOnly: false, configSource: -1, isSensitive: false };
}

function readCreatableTopicConfigs(r: Reader, v: number): CreatableTopicConfigs {
  const flex = v >= 5;
  const s = defaultCreatableTopicConfigs();
  if (v >= 5) s.name = r.string(flex);
  if (v >= 5) s.value = (v >= 5 ? r.nullableString(flex) : r.string(flex));
  if (v >= 5) s.readOnly = r.bool();
  if (v >= 5) s.configSource = r.int8();
  if (v >= 5) s.isSensitive = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreatableTopicConfigs(w: Writer, v: number, s: Init<CreatableTopicConfigs>): void {
  const flex = v >= 5;
  if (v >= 5) { w.string((s.name === undefined ? "" : s.name), flex); }
  if (v >= 5) { w.nullableString((s.value === undefined ? "" : s.value), flex); }
  if (v >= 5) { w.bool((s.readOnly === undefined ? false : s.readOnly)); }
  if (v >= 5) { w.int8((s.configSource === undefined ? -1 : s.configSource)); }
  if (v >= 5) { w.bool((s.isSensitive === undefined ? false : s.isSensitive)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Results for each topic we tried to create. */
  topics: CreatableTopicResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreateTopicsResponse(): CreateTopicsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse {
  const flex = v >= 5;
  const s = defaultCreateTopicsResponse();
  if (v >= 2) s.throttleTimeMs = r.int32();
  s.topics = readArray(r, flex, (r) => readCreatableTopicResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreateTopicsResponse(w: Writer, v: number, s: Init<CreateTopicsResponse>): void {
  const flex = v >= 5;
  if (v >= 2) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeCreatableTopicResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const CreateTopicsResponseVersions = { min: 0, max: 7 } as const;

export function decodeCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse {
  if (v < 0 || v > 7) throw new DecodeError(`CreateTopicsResponse version ${v} is outside 0-7`);
  return readCreateTopicsResponse(r, v);
}

export function encodeCreateTopicsResponse(w: Writer, v: number, m: Init<CreateTopicsResponse>): void {
  if (v < 0 || v > 7) throw new EncodeError(`CreateTopicsResponse version ${v} is outside 0-7`);
  writeCreateTopicsResponse(w, v, m);
}

export const CreateTopicsApi: ApiCodec<CreateTopicsRequest, CreateTopicsResponse> = {
  apiKey: 19,
  name: 'CreateTopics',
  minVersion: 0,
  maxVersion: 7,
  flexibleMin: 5,
  decodeRequest: decodeCreateTopicsRequest,
  encodeRequest: encodeCreateTopicsRequest,
  decodeResponse: decodeCreateTopicsResponse,
  encodeResponse: encodeCreateTopicsResponse,
};
