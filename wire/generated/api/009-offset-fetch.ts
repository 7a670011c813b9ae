// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// OffsetFetch (api key 9): request and response, versions 0-9.

export interface OffsetFetchRequestTopic {
  /** The topic name. */
  name: string;
  /** The partition indexes we would like to fetch offsets for. */
  partitionIndexes: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchRequestTopic(): OffsetFetchRequestTopic {
  return { name: "", partitionIndexes: [] };
}

function readOffsetFetchRequestTopic(r: Reader, v: number): OffsetFetchRequestTopic {
  const flex = v >= 6;
  const s = defaultOffsetFetchRequestTopic();
  if (v <= 7) s.name = r.string(flex);
  if (v <= 7) s.partitionIndexes = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetFetchRequestTopic(w: Writer, v: number, s: Init<OffsetFetchRequestTopic>): void {
  const flex = v >= 6;
  if (v <= 7) { w.string((s.name === undefined ? "" : s.name), flex); }
  if (v <= 7) { writeArray(w, flex, (s.partitionIndexes === undefined ? [] : s.partitionIndexes), (w, e) => { w.int32(e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetFetchRequestGroup {
  /** The group ID. */
  groupId: string;
  /** The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848). */
  memberId: string | null;
  /** The member epoch if using the new consumer protocol (KIP-848). */
  memberEpoch: number;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. */
  topics: OffsetFetchRequestTopics[] | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchRequestGroup(): OffsetFetchRequestGroup {
  return { groupId: "", memberId: null, memberEpoch: -1, topics: [] };
}

function readOffsetFetchRequestGroup(r: Reader, v: number): OffsetFetchRequestGroup {
  const flex = v >= 6;
  const s = defaultOffsetFetchRequestGroup();
  if (v >= 8) s.groupId = r.string(flex);
  if (v >= 9) s.memberId = (v >= 9 ? r.nullableString(flex) : r.string(flex));
  if (v >= 9) s.memberEpoch = r.int32();
  if (v >= 8) s.topics = (v >= 8 ? readNullableArray(r, flex, (r) => readOffsetFetchRequestTopics(r, v)) : readArray(r, flex, (r) => readOffsetFetchRequestTopics(r, v)));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetFetchRequestGroup(w: Writer, v: number, s: Init<OffsetFetchRequestGroup>): void {
  const flex = v >= 6;
  if (v >= 8) { w.string((s.groupId === undefined ? "" : s.groupId), flex); }
  if (v >= 9) { w.nullableString((s.memberId === undefined ? null : s.memberId), flex); }
  if (v >= 9) { w.int32((s.memberEpoch === undefined ? -1 : s.memberEpoch)); }
  if (v >= 8) { writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeOffsetFetchRequestTopics(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetFetchRequestTopics {
  /** The topic name. */
  name: string;
  /** The partition indexes we would like to fetch offsets for. */
  partitionIndexes: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchRequestTopics(): OffsetFetchRequestTopics {
  return { name: "", partitionIndexes: [] };
}

function readOffsetFetchRequestTopics(r: Reader, v: number): OffsetFetchRequestTopics {
  const flex = v >= 6;
  const s = defaultOffsetFetchRequestTopics();
  if (v >= 8) s.name = r.string(flex);
  if (v >= 8) s.partitionIndexes = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetFetchRequestTopics(w: Writer, v: number, s: Init<OffsetFetchRequestTopics>): void {
  const flex = v >= 6;
  if (v >= 8) { w.string((s.name === undefined ? "" : s.name), flex); }
  if (v >= 8) { writeArray(w, flex, (s.partitionIndexes === undefined ? [] : s.partitionIndexes), (w, e) => { w.int32(e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetFetchRequest {
  /** The group to fetch offsets for. */
  groupId: string;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. */
  topics: OffsetFetchRequestTopic[] | null;
  /** Each group we would like to fetch offsets for */
  groups: OffsetFetchRequestGroup[];
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. */
  requireStable: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchRequest(): OffsetFetchRequest {
  return { groupId: "", topics: [], groups: [], requireStable: false };
}

function readOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest {
  const flex = v >= 6;
  const s = defaultOffsetFetchRequest();
  if (v <= 7) s.groupId = r.string(flex);
  if (v <= 7) s.topics = (v >= 2 && v <= 7 ? readNullableArray(r, flex, (r) => readOffsetFetchRequestTopic(r, v)) : readArray(r, flex, (r) => readOffsetFetchRequestTopic(r, v)));
  if (v >= 8) s.groups = readArray(r, flex, (r) => readOffsetFetchRequestGroup(r, v));
  if (v >= 7) s.requireStable = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetFetchRequest(w: Writer, v: number, s: Init<OffsetFetchRequest>): void {
  const flex = v >= 6;
  if (v <= 7) { w.string((s.groupId === undefined ? "" : s.groupId), flex); }
  if (v <= 7) { writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeOffsetFetchRequestTopic(w, v, e); }); }
  if (v >= 8) { writeArray(w, flex, (s.groups === undefined ? [] : s.groups), (w, e) => { writeOffsetFetchRequestGroup(w, v, e); }); }
  if (v >= 7) { w.bool((s.requireStable === undefined ? false : s.requireStable)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const OffsetFetchRequestVersions = { min: 0, max: 9 } as const;

export function decodeOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest {
  if (v < 0 || v > 9) throw new DecodeError(`OffsetFetchRequest version ${v} is outside 0-9`);
  return readOffsetFetchRequest(r, v);
}

export function encodeOffsetFetchRequest(w: Writer, v: number, m: Init<OffsetFetchRequest>): void {
  if (v < 0 || v > 9) throw new EncodeError(`OffsetFetchRequest version ${v} is outside 0-9`);
  writeOffsetFetchRequest(w, v, m);
}

export interface OffsetFetchResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses per partition */
  partitions: OffsetFetchResponsePartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponseTopic(): OffsetFetchResponseTopic {
  return { name: "", partitions: [] };
}

function readOffsetFetchResponseTopic(r: Reader, v: number): OffsetFetchResponseTopic {
  const flex = v >= 6;
  const s = defaultOffsetFetchResponseTopic();
  if (v <= 7) s.name = r.string(flex);
  if (v <= 7) s.partitions = readArray(r, flex, (r) => readOffsetFetchResponsePartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetFetchResponseTopic(w: Writer, v: number, s: Init<OffsetFetchResponseTopic>): void {
  const flex = v >= 6;
  if (v <= 7) { w.string((s.name === undefined ? "" : s.name), flex); }
  if (v <= 7) { writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeOffsetFetchResponsePartition(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetFetchResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The committed message offset. */
  committedOffset: bigint;
  /** The leader epoch. */
  committedLeaderEpoch: number;
  /** The partition metadata. */
  metadata: string | null;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponsePartition(): OffsetFetchResponsePartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 };
}

function readOffsetFetchResponsePartition(r: Reader, v: number): OffsetFetchResponsePartition {
  const flex = v >= 6;
  const s = defaultOffsetFetchResponsePartition();
  if (v <= 7) s.partitionIndex = r.int32();
  if (v <= 7) s.committedOffset = r.int64();
  if (v >= 5 && v <= 7) s.committedLeaderEpoch = r.int32();
  if (v <= 7) s.metadata = (v <= 7 ? r.nullableString(flex) : r.string(flex));
  if (v <= 7) s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetFetchResponsePartition(w: Writer, v: number, s: Init<OffsetFetchResponsePartition>): void {
  const flex = v >= 6;
  if (v <= 7) { w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex)); }
  if (v <= 7) { w.int64((s.committedOffset === undefined ? 0n : s.committedOffset)); }
  if (v >= 5 && v <= 7) { w.int32((s.committedLeaderEpoch === undefined ? -1 : s.committedLeaderEpoch)); }
  if (v <= 7) { w.nullableString((s.metadata === undefined ? "" : s.metadata), flex); }
  if (v <= 7) { w.int16((s.errorCode === undefined ? 0 : s.errorCode)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetFetchResponseGroup {
  /** The group ID. */
  groupId: string;
  /** The responses per topic. */
  topics: OffsetFetchResponseTopics[];
  /** The group-level error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponseGroup(): OffsetFetchResponseGroup {
  return { groupId: "", topics: [], errorCode: 0 };
}

function readOffsetFetchResponseGroup(r: Reader, v: number): OffsetFetchResponseGroup {
  const flex = v >= 6;
  const s = defaultOffsetFetchResponseGroup();
  if (v >= 8) s.groupId = r.string(flex);
  if (v >= 8) s.topics = readArray(r, flex, (r) => readOffsetFetchResponseTopics(r, v));
  if (v >= 8) s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetFetchResponseGroup(w: Writer, v: number, s: Init<OffsetFetchResponseGroup>): void {
  const flex = v >= 6;
  if (v >= 8) { w.string((s.groupId === undefined ? "" : s.groupId), flex); }
  if (v >= 8) { writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeOffsetFetchResponseTopics(w, v, e); }); }
  if (v >= 8) { w.int16((s.errorCode === undefined ? 0 : s.errorCode)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetFetchResponseTopics {
  /** The topic name. */
  name: string;
  /** The responses per partition */
  partitions: OffsetFetchResponsePartitions[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponseTopics(): OffsetFetchResponseTopics {
  return { name: "", partitions: [] };
}

function readOffsetFetchResponseTopics(r: Reader, v: number): OffsetFetchResponseTopics {
  const flex = v >= 6;
  const s = defaultOffsetFetchResponseTopics();
  if (v >= 8) s.name = r.string(flex);
  if (v >= 8) s.partitions = readArray(r, flex, (r) => readOffsetFetchResponsePartitions(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetFetchResponseTopics(w: Writer, v: number, s: Init<OffsetFetchResponseTopics>): void {
  const flex = v >= 6;
  if (v >= 8) { w.string((s.name === undefined ? "" : s.name), flex); }
  if (v >= 8) { writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeOffsetFetchResponsePartitions(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetFetchResponsePartitions {
  /** The partition index. */
  partitionIndex: number;
  /** The committed message offset. */
  committedOffset: bigint;
  /** The leader epoch. */
  committedLeaderEpoch: number;
  /** The partition metadata. */
  metadata: string | null;
  /** The partition-level error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponsePartitions(): OffsetFetchResponsePartitions {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 };
}

function readOffsetFetchResponsePartitions(r: Reader, v: number): OffsetFetchResponsePartitions {
  const flex = v >= 6;
  const s = defaultOffsetFetchResponsePartitions();
  if (v >= 8) s.partitionIndex = r.int32();
  if (v >= 8) s.committedOffset = r.int64();
  if (v >= 8) s.committedLeaderEpoch = r.int32();
  if (v >= 8) s.metadata = (v >= 8 ? r.nullableString(flex) : r.string(flex));
  if (v >= 8) s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetFetchResponsePartitions(w: Writer, v: number, s: Init<OffsetFetchResponsePartitions>): void {
  const flex = v >= 6;
  if (v >= 8) { w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex)); }
  if (v >= 8) { w.int64((s.committedOffset === undefined ? 0n : s.committedOffset)); }
  if (v >= 8) { w.int32((s.committedLeaderEpoch === undefined ? -1 : s.committedLeaderEpoch)); }
  if (v >= 8) { w.nullableString((s.metadata === undefined ? "" : s.metadata), flex); }
  if (v >= 8) { w.int16((s.errorCode === undefined ? 0 : s.errorCode)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses per topic. */
  topics: OffsetFetchResponseTopic[];
  /** The top-level error code, or 0 if there was no error. */
  errorCode: number;
  /** The responses per group id. */
  groups: OffsetFetchResponseGroup[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponse(): OffsetFetchResponse {
  return { throttleTimeMs: 0, topics: [], errorCode: 0, groups: [] };
}

function readOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse {
  const flex = v >= 6;
  const s = defaultOffsetFetchResponse();
  if (v >= 3) s.throttleTimeMs = r.int32();
  if (v <= 7) s.topics = readArray(r, flex, (r) => readOffsetFetchResponseTopic(r, v));
  if (v >= 2 && v <= 7) s.errorCode = r.int16();
  if (v >= 8) s.groups = readArray(r, flex, (r) => readOffsetFetchResponseGroup(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeOffsetFetchResponse(w: Writer, v: number, s: Init<OffsetFetchResponse>): void {
  const flex = v >= 6;
  if (v >= 3) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  if (v <= 7) { writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeOffsetFetchResponseTopic(w, v, e); }); }
  if (v >= 2 && v <= 7) { w.int16((s.errorCode === undefined ? 0 : s.errorCode)); }
  if (v >= 8) { writeArray(w, flex, (s.groups === undefined ? [] : s.groups), (w, e) => { writeOffsetFetchResponseGroup(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const OffsetFetchResponseVersions = { min: 0, max: 9 } as const;

export function decodeOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse {
  if (v < 0 || v > 9) throw new DecodeError(`OffsetFetchResponse version ${v} is outside 0-9`);
  return readOffsetFetchResponse(r, v);
}

export function encodeOffsetFetchResponse(w: Writer, v: number, m: Init<OffsetFetchResponse>): void {
  if (v < 0 || v > 9) throw new EncodeError(`OffsetFetchResponse version ${v} is outside 0-9`);
  writeOffsetFetchResponse(w, v, m);
}

export const OffsetFetchApi: ApiCodec<OffsetFetchRequest, OffsetFetchResponse> = {
  apiKey: 9,
  name: 'OffsetFetch',
  minVersion: 0,
  maxVersion: 9,
  flexibleMin: 6,
  decodeRequest: decodeOffsetFetchRequest,
  encodeRequest: encodeOffsetFetchRequest,
  decodeResponse: decodeOffsetFetchResponse,
  encodeResponse: encodeOffsetFetchResponse,
};
