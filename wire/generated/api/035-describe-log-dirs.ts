// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeLogDirs (api key 35): request and response, versions 0-4.

export interface DescribableLogDirTopic {
  /** The topic name */
  topic: string;
  /** The partition indexes. */
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribableLogDirTopic(): DescribableLogDirTopic {
  return { topic: "", partitions: [] };
}

function readDescribableLogDirTopic(r: Reader, v: number): DescribableLogDirTopic {
  const flex = v >= 2;
  const s = defaultDescribableLogDirTopic();
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

function writeDescribableLogDirTopic(w: Writer, v: number, s: Init<DescribableLogDirTopic>): void {
  const flex = v >= 2;
  w.string((s.topic === undefined ? "" : s.topic), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeLogDirsRequest {
  /** Each topic that we want to describe log directories for, or null for all topics. */
  topics: DescribableLogDirTopic[] | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeLogDirsRequest(): DescribeLogDirsRequest {
  return { topics: [] };
}

function readDescribeLogDirsRequest(r: Reader, v: number): DescribeLogDirsRequest {
  const flex = v >= 2;
  const s = defaultDescribeLogDirsRequest();
  s.topics = readNullableArray(r, flex, (r) => readDescribableLogDirTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeLogDirsRequest(w: Writer, v: number, s: Init<DescribeLogDirsRequest>): void {
  const flex = v >= 2;
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeDescribableLogDirTopic(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeLogDirsRequestVersions = { min: 0, max: 4 } as const;

export function decodeDescribeLogDirsRequest(r: Reader, v: number): DescribeLogDirsRequest {
  if (v < 0 || v > 4) throw new DecodeError(`DescribeLogDirsRequest version ${v} is outside 0-4`);
  return readDescribeLogDirsRequest(r, v);
}

export function encodeDescribeLogDirsRequest(w: Writer, v: number, m: Init<DescribeLogDirsRequest>): void {
  if (v < 0 || v > 4) throw new EncodeError(`DescribeLogDirsRequest version ${v} is outside 0-4`);
  writeDescribeLogDirsRequest(w, v, m);
}

export interface DescribeLogDirsResult {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The absolute log directory path. */
  logDir: string;
  /** Each topic. */
  topics: DescribeLogDirsTopic[];
  /** The total size in bytes of the volume the log directory is in. */
  totalBytes: bigint;
  /** The usable size in bytes of the volume the log directory is in. */
  usableBytes: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeLogDirsResult(): DescribeLogDirsResult {
  return { errorCode: 0, logDir: "", topics: [], totalBytes: -1n, usableBytes: -1n };
}

function readDescribeLogDirsResult(r: Reader, v: number): DescribeLogDirsResult {
  const flex = v >= 2;
  const s = defaultDescribeLogDirsResult();
  s.errorCode = r.int16();
  s.logDir = r.string(flex);
  s.topics = readArray(r, flex, (r) => readDescribeLogDirsTopic(r, v));
  if (v >= 4) s.totalBytes = r.int64();
  if (v >= 4) s.usableBytes = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeLogDirsResult(w: Writer, v: number, s: Init<DescribeLogDirsResult>): void {
  const flex = v >= 2;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.string((s.logDir === undefined ? "" : s.logDir), flex);
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeDescribeLogDirsTopic(w, v, e); });
  if (v >= 4) { w.int64((s.totalBytes === undefined ? -1n : s.totalBytes)); }
  if (v >= 4) { w.int64((s.usableBytes === undefined ? -1n : s.usableBytes)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeLogDirsTopic {
  /** The topic name. */
  name: string;
  partitions: DescribeLogDirsPartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeLogDirsTopic(): DescribeLogDirsTopic {
  return { name: "", partitions: [] };
}

function readDescribeLogDirsTopic(r: Reader, v: number): DescribeLogDirsTopic {
  const flex = v >= 2;
  const s = defaultDescribeLogDirsTopic();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readDescribeLogDirsPartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeLogDirsTopic(w: Writer, v: number, s: Init<DescribeLogDirsTopic>): void {
  const flex = v >= 2;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeDescribeLogDirsPartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeLogDirsPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The size of the log segments in this partition in bytes. */
  partitionSize: bigint;
  /** The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition) */
  offsetLag: bigint;
  /** True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future. */
  isFutureKey: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeLogDirsPartition(): DescribeLogDirsPartition {
  return { partitionIndex: 0, partitionSize: 0n, offsetLag: 0n, isFutureKey: false };
}

function readDescribeLogDirsPartition(r: Reader, v: number): DescribeLogDirsPartition {
  const flex = v >= 2;
  const s = defaultDescribeLogDirsPartition();
  s.partitionIndex = r.int32();
  s.partitionSize = r.int64();
  s.offsetLag = r.int64();
  s.isFutureKey = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeLogDirsPartition(w: Writer, v: number, s: Init<DescribeLogDirsPartition>): void {
  const flex = v >= 2;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int64((s.partitionSize === undefined ? 0n : s.partitionSize));
  w.int64((s.offsetLag === undefined ? 0n : s.offsetLag));
  w.bool((s.isFutureKey === undefined ? false : s.isFutureKey));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeLogDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The log directories. */
  results: DescribeLogDirsResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeLogDirsResponse(): DescribeLogDirsResponse {
  return { throttleTimeMs: 0, errorCode: 0, results: [] };
}

function readDescribeLogDirsResponse(r: Reader, v: number): DescribeLogDirsResponse {
  const flex = v >= 2;
  const s = defaultDescribeLogDirsResponse();
  s.throttleTimeMs = r.int32();
  if (v >= 3) s.errorCode = r.int16();
  s.results = readArray(r, flex, (r) => readDescribeLogDirsResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeLogDirsResponse(w: Writer, v: number, s: Init<DescribeLogDirsResponse>): void {
  const flex = v >= 2;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  if (v >= 3) { w.int16((s.errorCode === undefined ? 0 : s.errorCode)); }
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeDescribeLogDirsResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeLogDirsResponseVersions = { min: 0, max: 4 } as const;

export function decodeDescribeLogDirsResponse(r: Reader, v: number): DescribeLogDirsResponse {
  if (v < 0 || v > 4) throw new DecodeError(`DescribeLogDirsResponse version ${v} is outside 0-4`);
  return readDescribeLogDirsResponse(r, v);
}

export function encodeDescribeLogDirsResponse(w: Writer, v: number, m: Init<DescribeLogDirsResponse>): void {
  if (v < 0 || v > 4) throw new EncodeError(`DescribeLogDirsResponse version ${v} is outside 0-4`);
  writeDescribeLogDirsResponse(w, v, m);
}

export const DescribeLogDirsApi: ApiCodec<DescribeLogDirsRequest, DescribeLogDirsResponse> = {
  apiKey: 35,
  name: 'DescribeLogDirs',
  minVersion: 0,
  maxVersion: 4,
  flexibleMin: 2,
  decodeRequest: decodeDescribeLogDirsRequest,
  encodeRequest: encodeDescribeLogDirsRequest,
  decodeResponse: decodeDescribeLogDirsResponse,
  encodeResponse: encodeDescribeLogDirsResponse,
};
