// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// AlterReplicaLogDirs (api key 34): request and response, versions 0-2.

export interface AlterReplicaLogDir {
  /** The absolute directory path. */
  path: string;
  /** The topics to add to the directory. */
  topics: AlterReplicaLogDirTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDir(): AlterReplicaLogDir {
  return { path: "", topics: [] };
}

function readAlterReplicaLogDir(r: Reader, v: number): AlterReplicaLogDir {
  const flex = v >= 2;
  const s = defaultAlterReplicaLogDir();
  s.path = r.string(flex);
  s.topics = readArray(r, flex, (r) => readAlterReplicaLogDirTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterReplicaLogDir(w: Writer, v: number, s: Init<AlterReplicaLogDir>): void {
  const flex = v >= 2;
  w.string((s.path === undefined ? "" : s.path), flex);
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeAlterReplicaLogDirTopic(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterReplicaLogDirTopic {
  /** The topic name. */
  name: string;
  /** The partition indexes. */
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDirTopic(): AlterReplicaLogDirTopic {
  return { name: "", partitions: [] };
}

function readAlterReplicaLogDirTopic(r: Reader, v: number): AlterReplicaLogDirTopic {
  const flex = v >= 2;
  const s = defaultAlterReplicaLogDirTopic();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterReplicaLogDirTopic(w: Writer, v: number, s: Init<AlterReplicaLogDirTopic>): void {
  const flex = v >= 2;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterReplicaLogDirsRequest {
  /** The alterations to make for each directory. */
  dirs: AlterReplicaLogDir[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDirsRequest(): AlterReplicaLogDirsRequest {
  return { dirs: [] };
}

function readAlterReplicaLogDirsRequest(r: Reader, v: number): AlterReplicaLogDirsRequest {
  const flex = v >= 2;
  const s = defaultAlterReplicaLogDirsRequest();
  s.dirs = readArray(r, flex, (r) => readAlterReplicaLogDir(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterReplicaLogDirsRequest(w: Writer, v: number, s: Init<AlterReplicaLogDirsRequest>): void {
  const flex = v >= 2;
  writeArray(w, flex, (s.dirs === undefined ? [] : s.dirs), (w, e) => { writeAlterReplicaLogDir(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AlterReplicaLogDirsRequestVersions = { min: 0, max: 2 } as const;

export function decodeAlterReplicaLogDirsRequest(r: Reader, v: number): AlterReplicaLogDirsRequest {
  if (v < 0 || v > 2) throw new DecodeError(`AlterReplicaLogDirsRequest version ${v} is outside 0-2`);
  return readAlterReplicaLogDirsRequest(r, v);
}

export function encodeAlterReplicaLogDirsRequest(w: Writer, v: number, m: Init<AlterReplicaLogDirsRequest>): void {
  if (v < 0 || v > 2) throw new EncodeError(`AlterReplicaLogDirsRequest version ${v} is outside 0-2`);
  writeAlterReplicaLogDirsRequest(w, v, m);
}

export interface AlterReplicaLogDirTopicResult {
  /** The name of the topic. */
  topicName: string;
  /** The results for each partition. */
  partitions: AlterReplicaLogDirPartitionResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDirTopicResult(): AlterReplicaLogDirTopicResult {
  return { topicName: "", partitions: [] };
}

function readAlterReplicaLogDirTopicResult(r: Reader, v: number): AlterReplicaLogDirTopicResult {
  const flex = v >= 2;
  const s = defaultAlterReplicaLogDirTopicResult();
  s.topicName = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readAlterReplicaLogDirPartitionResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterReplicaLogDirTopicResult(w: Writer, v: number, s: Init<AlterReplicaLogDirTopicResult>): void {
  const flex = v >= 2;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeAlterReplicaLogDirPartitionResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterReplicaLogDirPartitionResult {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDirPartitionResult(): AlterReplicaLogDirPartitionResult {
  return { partitionIndex: 0, errorCode: 0 };
}

function readAlterReplicaLogDirPartitionResult(r: Reader, v: number): AlterReplicaLogDirPartitionResult {
  const flex = v >= 2;
  const s = defaultAlterReplicaLogDirPartitionResult();
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

function writeAlterReplicaLogDirPartitionResult(w: Writer, v: number, s: Init<AlterReplicaLogDirPartitionResult>): void {
  const flex = v >= 2;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterReplicaLogDirsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for each topic. */
  results: AlterReplicaLogDirTopicResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDirsResponse(): AlterReplicaLogDirsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function readAlterReplicaLogDirsResponse(r: Reader, v: number): AlterReplicaLogDirsResponse {
  const flex = v >= 2;
  const s = defaultAlterReplicaLogDirsResponse();
  s.throttleTimeMs = r.int32();
  s.results = readArray(r, flex, (r) => readAlterReplicaLogDirTopicResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterReplicaLogDirsResponse(w: Writer, v: number, s: Init<AlterReplicaLogDirsResponse>): void {
  const flex = v >= 2;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeAlterReplicaLogDirTopicResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AlterReplicaLogDirsResponseVersions = { min: 0, max: 2 } as const;

export function decodeAlterReplicaLogDirsResponse(r: Reader, v: number): AlterReplicaLogDirsResponse {
  if (v < 0 || v > 2) throw new DecodeError(`AlterReplicaLogDirsResponse version ${v} is outside 0-2`);
  return readAlterReplicaLogDirsResponse(r, v);
}

export function encodeAlterReplicaLogDirsResponse(w: Writer, v: number, m: Init<AlterReplicaLogDirsResponse>): void {
  if (v < 0 || v > 2) throw new EncodeError(`AlterReplicaLogDirsResponse version ${v} is outside 0-2`);
  writeAlterReplicaLogDirsResponse(w, v, m);
}

export const AlterReplicaLogDirsApi: ApiCodec<AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse> = {
  apiKey: 34,
  name: 'AlterReplicaLogDirs',
  minVersion: 0,
  maxVersion: 2,
  flexibleMin: 2,
  decodeRequest: decodeAlterReplicaLogDirsRequest,
  encodeRequest: encodeAlterReplicaLogDirsRequest,
  decodeResponse: decodeAlterReplicaLogDirsResponse,
  encodeResponse: encodeAlterReplicaLogDirsResponse,
};
