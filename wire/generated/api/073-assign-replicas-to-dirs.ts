// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// AssignReplicasToDirs (api key 73): request and response, versions 0-0.

export interface AssignReplicasToDirsRequestDirectoryData {
  /** The ID of the directory */
  id: string;
  topics: AssignReplicasToDirsRequestTopicData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsRequestDirectoryData(): AssignReplicasToDirsRequestDirectoryData {
  return { id: ZERO_UUID, topics: [] };
}

function readAssignReplicasToDirsRequestDirectoryData(r: Reader, v: number): AssignReplicasToDirsRequestDirectoryData {
  const flex = true;
  const s = defaultAssignReplicasToDirsRequestDirectoryData();
  s.id = r.uuid();
  s.topics = readArray(r, flex, (r) => readAssignReplicasToDirsRequestTopicData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAssignReplicasToDirsRequestDirectoryData(w: Writer, v: number, s: Init<AssignReplicasToDirsRequestDirectoryData>): void {
  const flex = true;
  w.uuid((s.id === undefined ? ZERO_UUID : s.id));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeAssignReplicasToDirsRequestTopicData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsRequestTopicData {
  /** The ID of the assigned topic */
  topicId: string;
  partitions: AssignReplicasToDirsRequestPartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsRequestTopicData(): AssignReplicasToDirsRequestTopicData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readAssignReplicasToDirsRequestTopicData(r: Reader, v: number): AssignReplicasToDirsRequestTopicData {
  const flex = true;
  const s = defaultAssignReplicasToDirsRequestTopicData();
  s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => readAssignReplicasToDirsRequestPartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAssignReplicasToDirsRequestTopicData(w: Writer, v: number, s: Init<AssignReplicasToDirsRequestTopicData>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeAssignReplicasToDirsRequestPartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsRequestPartitionData {
  /** The partition index */
  partitionIndex: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsRequestPartitionData(): AssignReplicasToDirsRequestPartitionData {
  return { partitionIndex: 0 };
}

function readAssignReplicasToDirsRequestPartitionData(r: Reader, _v: number): AssignReplicasToDirsRequestPartitionData {
  const flex = true;
  const s = defaultAssignReplicasToDirsRequestPartitionData();
  s.partitionIndex = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAssignReplicasToDirsRequestPartitionData(w: Writer, _v: number, s: Init<AssignReplicasToDirsRequestPartitionData>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsRequest {
  /** The ID of the requesting broker */
  brokerId: number;
  /** The epoch of the requesting broker */
  brokerEpoch: bigint;
  directories: AssignReplicasToDirsRequestDirectoryData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsRequest(): AssignReplicasToDirsRequest {
  return { brokerId: 0, brokerEpoch: -1n, directories: [] };
}

function readAssignReplicasToDirsRequest(r: Reader, v: number): AssignReplicasToDirsRequest {
  const flex = true;
  const s = defaultAssignReplicasToDirsRequest();
  s.brokerId = r.int32();
  s.brokerEpoch = r.int64();
  s.directories = readArray(r, flex, (r) => readAssignReplicasToDirsRequestDirectoryData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAssignReplicasToDirsRequest(w: Writer, v: number, s: Init<AssignReplicasToDirsRequest>): void {
  const flex = true;
  w.int32((s.brokerId === undefined ? 0 : s.brokerId));
  w.int64((s.brokerEpoch === undefined ? -1n : s.brokerEpoch));
  writeArray(w, flex, (s.directories === undefined ? [] : s.directories), (w, e) => { writeAssignReplicasToDirsRequestDirectoryData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AssignReplicasToDirsRequestVersions = { min: 0, max: 0 } as const;

export function decodeAssignReplicasToDirsRequest(r: Reader, v: number): AssignReplicasToDirsRequest {
  if (v < 0 || v > 0) throw new DecodeError(`AssignReplicasToDirsRequest version ${v} is outside 0-0`);
  return readAssignReplicasToDirsRequest(r, v);
}

export function encodeAssignReplicasToDirsRequest(w: Writer, v: number, m: Init<AssignReplicasToDirsRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`AssignReplicasToDirsRequest version ${v} is outside 0-0`);
  writeAssignReplicasToDirsRequest(w, v, m);
}

export interface AssignReplicasToDirsResponseDirectoryData {
  /** The ID of the directory */
  id: string;
  topics: AssignReplicasToDirsResponseTopicData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsResponseDirectoryData(): AssignReplicasToDirsResponseDirectoryData {
  return { id: ZERO_UUID, topics: [] };
}

function readAssignReplicasToDirsResponseDirectoryData(r: Reader, v: number): AssignReplicasToDirsResponseDirectoryData {
  const flex = true;
  const s = defaultAssignReplicasToDirsResponseDirectoryData();
  s.id = r.uuid();
  s.topics = readArray(r, flex, (r) => readAssignReplicasToDirsResponseTopicData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAssignReplicasToDirsResponseDirectoryData(w: Writer, v: number, s: Init<AssignReplicasToDirsResponseDirectoryData>): void {
  const flex = true;
  w.uuid((s.id === undefined ? ZERO_UUID : s.id));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeAssignReplicasToDirsResponseTopicData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsResponseTopicData {
  /** The ID of the assigned topic */
  topicId: string;
  partitions: AssignReplicasToDirsResponsePartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsResponseTopicData(): AssignReplicasToDirsResponseTopicData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readAssignReplicasToDirsResponseTopicData(r: Reader, v: number): AssignReplicasToDirsResponseTopicData {
  const flex = true;
  const s = defaultAssignReplicasToDirsResponseTopicData();
  s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => readAssignReplicasToDirsResponsePartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAssignReplicasToDirsResponseTopicData(w: Writer, v: number, s: Init<AssignReplicasToDirsResponseTopicData>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeAssignReplicasToDirsResponsePartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsResponsePartitionData {
  /** The partition index */
  partitionIndex: number;
  /** The partition level error code */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsResponsePartitionData(): AssignReplicasToDirsResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0 };
}

function readAssignReplicasToDirsResponsePartitionData(r: Reader, _v: number): AssignReplicasToDirsResponsePartitionData {
  const flex = true;
  const s = defaultAssignReplicasToDirsResponsePartitionData();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAssignReplicasToDirsResponsePartitionData(w: Writer, _v: number, s: Init<AssignReplicasToDirsResponsePartitionData>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code */
  errorCode: number;
  directories: AssignReplicasToDirsResponseDirectoryData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsResponse(): AssignReplicasToDirsResponse {
  return { throttleTimeMs: 0, errorCode: 0, directories: [] };
}

function readAssignReplicasToDirsResponse(r: Reader, v: number): AssignReplicasToDirsResponse {
  const flex = true;
  const s = defaultAssignReplicasToDirsResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.directories = readArray(r, flex, (r) => readAssignReplicasToDirsResponseDirectoryData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAssignReplicasToDirsResponse(w: Writer, v: number, s: Init<AssignReplicasToDirsResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.directories === undefined ? [] : s.directories), (w, e) => { writeAssignReplicasToDirsResponseDirectoryData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AssignReplicasToDirsResponseVersions = { min: 0, max: 0 } as const;

export function decodeAssignReplicasToDirsResponse(r: Reader, v: number): AssignReplicasToDirsResponse {
  if (v < 0 || v > 0) throw new DecodeError(`AssignReplicasToDirsResponse version ${v} is outside 0-0`);
  return readAssignReplicasToDirsResponse(r, v);
}

export function encodeAssignReplicasToDirsResponse(w: Writer, v: number, m: Init<AssignReplicasToDirsResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`AssignReplicasToDirsResponse version ${v} is outside 0-0`);
  writeAssignReplicasToDirsResponse(w, v, m);
}

export const AssignReplicasToDirsApi: ApiCodec<AssignReplicasToDirsRequest, AssignReplicasToDirsResponse> = {
  apiKey: 73,
  name: 'AssignReplicasToDirs',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeAssignReplicasToDirsRequest,
  encodeRequest: encodeAssignReplicasToDirsRequest,
  decodeResponse: decodeAssignReplicasToDirsResponse,
  encodeResponse: encodeAssignReplicasToDirsResponse,
};
