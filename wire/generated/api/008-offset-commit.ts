// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// OffsetCommit (api key 8): request and response, versions 0-9.

export interface OffsetCommitRequestTopic {
  /** The topic name. */
  name: string;
  /** Each partition to commit offsets for. */
  partitions: OffsetCommitRequestPartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitRequestTopic(): OffsetCommitRequestTopic {
  return { name: "", partitions: [] };
}

function readOffsetCommitRequestTopic(r: Reader, v: number): OffsetCommitRequestTopic {
  const flex = v >= 8;
  const s = defaultOffsetCommitRequestTopic();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readOffsetCommitRequestPartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetCommitRequestTopic(w: Writer, v: number, s: Init<OffsetCommitRequestTopic>): void {
  const flex = v >= 8;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeOffsetCommitRequestPartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetCommitRequestPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The message offset to be committed. */
  committedOffset: bigint;
  /** The leader epoch of this partition. */
  committedLeaderEpoch: number;
  /** The timestamp of the commit. */
  commitTimestamp: bigint;
  /** Any associated metadata the client wants to keep. */
  committedMetadata: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitRequestPartition(): OffsetCommitRequestPartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: "" };
}

function readOffsetCommitRequestPartition(r: Reader, v: number): OffsetCommitRequestPartition {
  const flex = v >= 8;
  const s = defaultOffsetCommitRequestPartition();
  s.partitionIndex = r.int32();
  s.committedOffset = r.int64();
  if (v >= 6) s.committedLeaderEpoch = r.int32();
  if (v === 1) s.commitTimestamp = r.int64();
  s.committedMetadata = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetCommitRequestPartition(w: Writer, v: number, s: Init<OffsetCommitRequestPartition>): void {
  const flex = v >= 8;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int64((s.committedOffset === undefined ? 0n : s.committedOffset));
  if (v >= 6) { w.int32((s.committedLeaderEpoch === undefined ? -1 : s.committedLeaderEpoch)); }
  if (v === 1) { w.int64((s.commitTimestamp === undefined ? -1n : s.commitTimestamp)); }
  w.nullableString((s.committedMetadata === undefined ? "" : s.committedMetadata), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetCommitRequest {
  /** The unique group identifier. */
  groupId: string;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** The time period in ms to retain the offset. */
  retentionTimeMs: bigint;
  /** The topics to commit offsets for. */
  topics: OffsetCommitRequestTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitRequest(): OffsetCommitRequest {
  return { groupId: "", generationIdOrMemberEpoch: -1, memberId: "", groupInstanceId: null, retentionTimeMs: -1n, topics: [] };
}

function readOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest {
  const flex = v >= 8;
  const s = defaultOffsetCommitRequest();
  s.groupId = r.string(flex);
  if (v >= 1) s.generationIdOrMemberEpoch = r.int32();
  if (v >= 1) s.memberId = r.string(flex);
  if (v >= 7) s.groupInstanceId = (v >= 7 ? r.nullableString(flex) : r.string(flex));
  if (v >= 2 && v <= 4) s.retentionTimeMs = r.int64();
  s.topics = readArray(r, flex, (r) => readOffsetCommitRequestTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetCommitRequest(w: Writer, v: number, s: Init<OffsetCommitRequest>): void {
  const flex = v >= 8;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  if (v >= 1) { w.int32((s.generationIdOrMemberEpoch === undefined ? -1 : s.generationIdOrMemberEpoch)); }
  if (v >= 1) { w.string((s.memberId === undefined ? "" : s.memberId), flex); }
  if (v >= 7) { w.nullableString((s.groupInstanceId === undefined ? null : s.groupInstanceId), flex); }
  if (v >= 2 && v <= 4) { w.int64((s.retentionTimeMs === undefined ? -1n : s.retentionTimeMs)); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeOffsetCommitRequestTopic(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const OffsetCommitRequestVersions = { min: 0, max: 9 } as const;

export function decodeOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest {
  if (v < 0 || v > 9) throw new DecodeError(`OffsetCommitRequest version ${v} is outside 0-9`);
  return readOffsetCommitRequest(r, v);
}

export function encodeOffsetCommitRequest(w: Writer, v: number, m: Init<OffsetCommitRequest>): void {
  if (v < 0 || v > 9) throw new EncodeError(`OffsetCommitRequest version ${v} is outside 0-9`);
  writeOffsetCommitRequest(w, v, m);
}

export interface OffsetCommitResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses for each partition in the topic. */
  partitions: OffsetCommitResponsePartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitResponseTopic(): OffsetCommitResponseTopic {
  return { name: "", partitions: [] };
}

function readOffsetCommitResponseTopic(r: Reader, v: number): OffsetCommitResponseTopic {
  const flex = v >= 8;
  const s = defaultOffsetCommitResponseTopic();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readOffsetCommitResponsePartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetCommitResponseTopic(w: Writer, v: number, s: Init<OffsetCommitResponseTopic>): void {
  const flex = v >= 8;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeOffsetCommitResponsePartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetCommitResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitResponsePartition(): OffsetCommitResponsePartition {
  return { partitionIndex: 0, errorCode: 0 };
}

function readOffsetCommitResponsePartition(r: Reader, v: number): OffsetCommitResponsePartition {
  const flex = v >= 8;
  const s = defaultOffsetCommitResponsePartition();
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

function writeOffsetCommitResponsePartition(w: Writer, v: number, s: Init<OffsetCommitResponsePartition>): void {
  const flex = v >= 8;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each topic. */
  topics: OffsetCommitResponseTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitResponse(): OffsetCommitResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse {
  const flex = v >= 8;
  const s = defaultOffsetCommitResponse();
  if (v >= 3) s.throttleTimeMs = r.int32();
  s.topics = readArray(r, flex, (r) => readOffsetCommitResponseTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetCommitResponse(w: Writer, v: number, s: Init<OffsetCommitResponse>): void {
  const flex = v >= 8;
  if (v >= 3) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeOffsetCommitResponseTopic(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const OffsetCommitResponseVersions = { min: 0, max: 9 } as const;

export function decodeOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse {
  if (v < 0 || v > 9) throw new DecodeError(`OffsetCommitResponse version ${v} is outside 0-9`);
  return readOffsetCommitResponse(r, v);
}

export function encodeOffsetCommitResponse(w: Writer, v: number, m: Init<OffsetCommitResponse>): void {
  if (v < 0 || v > 9) throw new EncodeError(`OffsetCommitResponse version ${v} is outside 0-9`);
  writeOffsetCommitResponse(w, v, m);
}

export const OffsetCommitApi: ApiCodec<OffsetCommitRequest, OffsetCommitResponse> = {
  apiKey: 8,
  name: 'OffsetCommit',
  minVersion: 0,
  maxVersion: 9,
  flexibleMin: 8,
  decodeRequest: decodeOffsetCommitRequest,
  encodeRequest: encodeOffsetCommitRequest,
  decodeResponse: decodeOffsetCommitResponse,
  encodeResponse: encodeOffsetCommitResponse,
};
