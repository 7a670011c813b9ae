// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ReadShareGroupStateSummary (api key 87): request and response, versions 0-0.

export interface ReadStateSummaryData {
  /** The topic identifier. */
  topicId: string;
  /** The data for the partitions. */
  partitions: PartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultReadStateSummaryData(): ReadStateSummaryData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readReadStateSummaryData(r: Reader, v: number): ReadStateSummaryData {
  const flex = true;
  const s = defaultReadStateSummaryData();
  s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => readPartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReadStateSummaryData(w: Writer, v: number, s: Init<ReadStateSummaryData>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writePartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface PartitionData {
  /** The partition index. */
  partition: number;
  /** The leader epoch of the share-partition. */
  leaderEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionData(): PartitionData {
  return { partition: 0, leaderEpoch: 0 };
}

function readPartitionData(r: Reader, _v: number): PartitionData {
  const flex = true;
  const s = defaultPartitionData();
  s.partition = r.int32();
  s.leaderEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writePartitionData(w: Writer, _v: number, s: Init<PartitionData>): void {
  const flex = true;
  w.int32((s.partition === undefined ? 0 : s.partition));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ReadShareGroupStateSummaryRequest {
  /** The group identifier. */
  groupId: string;
  /** The data for the topics. */
  topics: ReadStateSummaryData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateSummaryRequest(): ReadShareGroupStateSummaryRequest {
  return { groupId: "", topics: [] };
}

function readReadShareGroupStateSummaryRequest(r: Reader, v: number): ReadShareGroupStateSummaryRequest {
  const flex = true;
  const s = defaultReadShareGroupStateSummaryRequest();
  s.groupId = r.string(flex);
  s.topics = readArray(r, flex, (r) => readReadStateSummaryData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReadShareGroupStateSummaryRequest(w: Writer, v: number, s: Init<ReadShareGroupStateSummaryRequest>): void {
  const flex = true;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeReadStateSummaryData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ReadShareGroupStateSummaryRequestVersions = { min: 0, max: 0 } as const;

export function decodeReadShareGroupStateSummaryRequest(r: Reader, v: number): ReadShareGroupStateSummaryRequest {
  if (v < 0 || v > 0) throw new DecodeError(`ReadShareGroupStateSummaryRequest version ${v} is outside 0-0`);
  return readReadShareGroupStateSummaryRequest(r, v);
}

export function encodeReadShareGroupStateSummaryRequest(w: Writer, v: number, m: Init<ReadShareGroupStateSummaryRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ReadShareGroupStateSummaryRequest version ${v} is outside 0-0`);
  writeReadShareGroupStateSummaryRequest(w, v, m);
}

export interface ReadStateSummaryResult {
  /** The topic identifier */
  topicId: string;
  /** The results for the partitions. */
  partitions: PartitionResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultReadStateSummaryResult(): ReadStateSummaryResult {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readReadStateSummaryResult(r: Reader, v: number): ReadStateSummaryResult {
  const flex = true;
  const s = defaultReadStateSummaryResult();
  s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => readPartitionResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReadStateSummaryResult(w: Writer, v: number, s: Init<ReadStateSummaryResult>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writePartitionResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface PartitionResult {
  /** The partition index. */
  partition: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** The state epoch of the share-partition. */
  stateEpoch: number;
  /** The share-partition start offset. */
  startOffset: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionResult(): PartitionResult {
  return { partition: 0, errorCode: 0, errorMessage: null, stateEpoch: 0, startOffset: 0n };
}

function readPartitionResult(r: Reader, _v: number): PartitionResult {
  const flex = true;
  const s = defaultPartitionResult();
  s.partition = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.stateEpoch = r.int32();
  s.startOffset = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writePartitionResult(w: Writer, _v: number, s: Init<PartitionResult>): void {
  const flex = true;
  w.int32((s.partition === undefined ? 0 : s.partition));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex);
  w.int32((s.stateEpoch === undefined ? 0 : s.stateEpoch));
  w.int64((s.startOffset === undefined ? 0n : s.startOffset));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ReadShareGroupStateSummaryResponse {
  /** The read results */
  results: ReadStateSummaryResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateSummaryResponse(): ReadShareGroupStateSummaryResponse {
  return { results: [] };
}

function readReadShareGroupStateSummaryResponse(r: Reader, v: number): ReadShareGroupStateSummaryResponse {
  const flex = true;
  const s = defaultReadShareGroupStateSummaryResponse();
  s.results = readArray(r, flex, (r) => readReadStateSummaryResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReadShareGroupStateSummaryResponse(w: Writer, v: number, s: Init<ReadShareGroupStateSummaryResponse>): void {
  const flex = true;
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeReadStateSummaryResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ReadShareGroupStateSummaryResponseVersions = { min: 0, max: 0 } as const;

export function decodeReadShareGroupStateSummaryResponse(r: Reader, v: number): ReadShareGroupStateSummaryResponse {
  if (v < 0 || v > 0) throw new DecodeError(`ReadShareGroupStateSummaryResponse version ${v} is outside 0-0`);
  return readReadShareGroupStateSummaryResponse(r, v);
}

export function encodeReadShareGroupStateSummaryResponse(w: Writer, v: number, m: Init<ReadShareGroupStateSummaryResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ReadShareGroupStateSummaryResponse version ${v} is outside 0-0`);
  writeReadShareGroupStateSummaryResponse(w, v, m);
}

export const ReadShareGroupStateSummaryApi: ApiCodec<ReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryResponse> = {
  apiKey: 87,
  name: 'ReadShareGroupStateSummary',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeReadShareGroupStateSummaryRequest,
  encodeRequest: encodeReadShareGroupStateSummaryRequest,
  decodeResponse: decodeReadShareGroupStateSummaryResponse,
  encodeResponse: encodeReadShareGroupStateSummaryResponse,
};
