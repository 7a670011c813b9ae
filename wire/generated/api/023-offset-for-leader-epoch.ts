// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// OffsetForLeaderEpoch (api key 23): request and response, versions 0-4.

export interface OffsetForLeaderTopic {
  /** The topic name. */
  topic: string;
  /** Each partition to get offsets for. */
  partitions: OffsetForLeaderPartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetForLeaderTopic(): OffsetForLeaderTopic {
  return { topic: "", partitions: [] };
}

function readOffsetForLeaderTopic(r: Reader, v: number): OffsetForLeaderTopic {
  const flex = v >= 4;
  const s = defaultOffsetForLeaderTopic();
  s.topic = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readOffsetForLeaderPartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetForLeaderTopic(w: Writer, v: number, s: Init<OffsetForLeaderTopic>): void {
  const flex = v >= 4;
  w.string((s.topic === undefined ? "" : s.topic), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeOffsetForLeaderPartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetForLeaderPartition {
  /** The partition index. */
  partition: number;
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. */
  currentLeaderEpoch: number;
  /** The epoch to look up an offset for. */
  leaderEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetForLeaderPartition(): OffsetForLeaderPartition {
  return { partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 };
}

function readOffsetForLeaderPartition(r: Reader, v: number): OffsetForLeaderPartition {
  const flex = v >= 4;
  const s = defaultOffsetForLeaderPartition();
  s.partition = r.int32();
  if (v >= 2) s.currentLeaderEpoch = r.int32();
  s.leaderEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetForLeaderPartition(w: Writer, v: number, s: Init<OffsetForLeaderPartition>): void {
  const flex = v >= 4;
  w.int32((s.partition === undefined ? 0 : s.partition));
  if (v >= 2) { w.int32((s.currentLeaderEpoch === undefined ? -1 : s.currentLeaderEpoch)); }
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. */
  replicaId: number;
  /** Each topic to get offsets for. */
  topics: OffsetForLeaderTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetForLeaderEpochRequest(): OffsetForLeaderEpochRequest {
  return { replicaId: -2, topics: [] };
}

function readOffsetForLeaderEpochRequest(r: Reader, v: number): OffsetForLeaderEpochRequest {
  const flex = v >= 4;
  const s = defaultOffsetForLeaderEpochRequest();
  if (v >= 3) s.replicaId = r.int32();
  s.topics = readArray(r, flex, (r) => readOffsetForLeaderTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetForLeaderEpochRequest(w: Writer, v: number, s: Init<OffsetForLeaderEpochRequest>): void {
  const flex = v >= 4;
  if (v >= 3) { w.int32((s.replicaId === undefined ? -2 : s.replicaId)); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeOffsetForLeaderTopic(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const OffsetForLeaderEpochRequestVersions = { min: 0, max: 4 } as const;

export function decodeOffsetForLeaderEpochRequest(r: Reader, v: number): OffsetForLeaderEpochRequest {
  if (v < 0 || v > 4) throw new DecodeError(`OffsetForLeaderEpochRequest version ${v} is outside 0-4`);
  return readOffsetForLeaderEpochRequest(r, v);
}

export function encodeOffsetForLeaderEpochRequest(w: Writer, v: number, m: Init<OffsetForLeaderEpochRequest>): void {
  if (v < 0 || v > 4) throw new EncodeError(`OffsetForLeaderEpochRequest version ${v} is outside 0-4`);
  writeOffsetForLeaderEpochRequest(w, v, m);
}

export interface OffsetForLeaderTopicResult {
  /** The topic name. */
  topic: string;
  /** Each partition in the topic we fetched offsets for. */
  partitions: EpochEndOffset[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetForLeaderTopicResult(): OffsetForLeaderTopicResult {
  return { topic: "", partitions: [] };
}

function readOffsetForLeaderTopicResult(r: Reader, v: number): OffsetForLeaderTopicResult {
  const flex = v >= 4;
  const s = defaultOffsetForLeaderTopicResult();
  s.topic = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readEpochEndOffset(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetForLeaderTopicResult(w: Writer, v: number, s: Init<OffsetForLeaderTopicResult>): void {
  const flex = v >= 4;
  w.string((s.topic === undefined ? "" : s.topic), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeEpochEndOffset(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface EpochEndOffset {
  /** The error code 0, or if there was no error. */
  errorCode: number;
  /** The partition index. */
  partition: number;
  /** The leader epoch of the partition. */
  leaderEpoch: number;
  /** The end offset of the epoch. */
  endOffset: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultEpochEndOffset(): EpochEndOffset {
  return { errorCode: 0, partition: 0, leaderEpoch: -1, endOffset: -1n };
}

function readEpochEndOffset(r: Reader, v: number): EpochEndOffset {
  const flex = v >= 4;
  const s = defaultEpochEndOffset();
  s.errorCode = r.int16();
  s.partition = r.int32();
  if (v >= 1) s.leaderEpoch = r.int32();
  s.endOffset = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEpochEndOffset(w: Writer, v: number, s: Init<EpochEndOffset>): void {
  const flex = v >= 4;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int32((s.partition === undefined ? 0 : s.partition));
  if (v >= 1) { w.int32((s.leaderEpoch === undefined ? -1 : s.leaderEpoch)); }
  w.int64((s.endOffset === undefined ? -1n : s.endOffset));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each topic we fetched offsets for. */
  topics: OffsetForLeaderTopicResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetForLeaderEpochResponse(): OffsetForLeaderEpochResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readOffsetForLeaderEpochResponse(r: Reader, v: number): OffsetForLeaderEpochResponse {
  const flex = v >= 4;
  const s = defaultOffsetForLeaderEpochResponse();
  if (v >= 2) s.throttleTimeMs = r.int32();
  s.topics = readArray(r, flex, (r) => readOffsetForLeaderTopicResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetForLeaderEpochResponse(w: Writer, v: number, s: Init<OffsetForLeaderEpochResponse>): void {
  const flex = v >= 4;
  if (v >= 2) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeOffsetForLeaderTopicResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const OffsetForLeaderEpochResponseVersions = { min: 0, max: 4 } as const;

export function decodeOffsetForLeaderEpochResponse(r: Reader, v: number): OffsetForLeaderEpochResponse {
  if (v < 0 || v > 4) throw new DecodeError(`OffsetForLeaderEpochResponse version ${v} is outside 0-4`);
  return readOffsetForLeaderEpochResponse(r, v);
}

export function encodeOffsetForLeaderEpochResponse(w: Writer, v: number, m: Init<OffsetForLeaderEpochResponse>): void {
  if (v < 0 || v > 4) throw new EncodeError(`OffsetForLeaderEpochResponse version ${v} is outside 0-4`);
  writeOffsetForLeaderEpochResponse(w, v, m);
}

export const OffsetForLeaderEpochApi: ApiCodec<OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse> = {
  apiKey: 23,
  name: 'OffsetForLeaderEpoch',
  minVersion: 0,
  maxVersion: 4,
  flexibleMin: 4,
  decodeRequest: decodeOffsetForLeaderEpochRequest,
  encodeRequest: encodeOffsetForLeaderEpochRequest,
  decodeResponse: decodeOffsetForLeaderEpochResponse,
  encodeResponse: encodeOffsetForLeaderEpochResponse,
};
