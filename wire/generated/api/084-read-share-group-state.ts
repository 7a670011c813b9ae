// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ReadShareGroupState (api key 84): request and response, versions 0-0.

export interface ReadStateData {
  /** The topic identifier. */
  topicId: string;
  /** The data for the partitions. */
  partitions: PartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultReadStateData(): ReadStateData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readReadStateData(r: Reader, v: number): ReadStateData {
  const flex = true;
  const s = defaultReadStateData();
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

function writeReadStateData(w: Writer, v: number, s: Init<ReadStateData>): void {
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

export interface ReadShareGroupStateRequest {
  /** The group identifier. */
  groupId: string;
  /** The data for the topics. */
  topics: ReadStateData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateRequest(): ReadShareGroupStateRequest {
  return { groupId: "", topics: [] };
}

function readReadShareGroupStateRequest(r: Reader, v: number): ReadShareGroupStateRequest {
  const flex = true;
  const s = defaultReadShareGroupStateRequest();
  s.groupId = r.string(flex);
  s.topics = readArray(r, flex, (r) => readReadStateData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReadShareGroupStateRequest(w: Writer, v: number, s: Init<ReadShareGroupStateRequest>): void {
  const flex = true;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeReadStateData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ReadShareGroupStateRequestVersions = { min: 0, max: 0 } as const;

export function decodeReadShareGroupStateRequest(r: Reader, v: number): ReadShareGroupStateRequest {
  if (v < 0 || v > 0) throw new DecodeError(`ReadShareGroupStateRequest version ${v} is outside 0-0`);
  return readReadShareGroupStateRequest(r, v);
}

export function encodeReadShareGroupStateRequest(w: Writer, v: number, m: Init<ReadShareGroupStateRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ReadShareGroupStateRequest version ${v} is outside 0-0`);
  writeReadShareGroupStateRequest(w, v, m);
}

export interface ReadStateResult {
  /** The topic identifier */
  topicId: string;
  /** The results for the partitions. */
  partitions: PartitionResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultReadStateResult(): ReadStateResult {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readReadStateResult(r: Reader, v: number): ReadStateResult {
  const flex = true;
  const s = defaultReadStateResult();
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

function writeReadStateResult(w: Writer, v: number, s: Init<ReadStateResult>): void {
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
  /** The state epoch for this share-partition. */
  stateEpoch: number;
  /** The share-partition start offset, which can be -1 if it is not yet initialized. */
  startOffset: bigint;
  stateBatches: StateBatch[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionResult(): PartitionResult {
  return { partition: 0, errorCode: 0, errorMessage: null, stateEpoch: 0, startOffset: 0n, stateBatches: [] };
}

function readPartitionResult(r: Reader, v: number): PartitionResult {
  const flex = true;
  const s = defaultPartitionResult();
  s.partition = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.stateEpoch = r.int32();
  s.startOffset = r.int64();
  s.stateBatches = readArray(r, flex, (r) => readStateBatch(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writePartitionResult(w: Writer, v: number, s: Init<PartitionResult>): void {
  const flex = true;
  w.int32((s.partition === undefined ? 0 : s.partition));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex);
  w.int32((s.stateEpoch === undefined ? 0 : s.stateEpoch));
  w.int64((s.startOffset === undefined ? 0n : s.startOffset));
  writeArray(w, flex, (s.stateBatches === undefined ? [] : s.stateBatches), (w, e) => { writeStateBatch(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface StateBatch {
  /** The base offset of this state batch. */
  firstOffset: bigint;
  /** The last offset of this state batch. */
  lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived. */
  deliveryState: number;
  /** The delivery count. */
  deliveryCount: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultStateBatch(): StateBatch {
  return { firstOffset: 0n, lastOffset: 0n, deliveryState: 0, deliveryCount: 0 };
}

function readStateBatch(r: Reader, _v: number): StateBatch {
  const flex = true;
  const s = defaultStateBatch();
  s.firstOffset = r.int64();
  s.lastOffset = r.int64();
  s.deliveryState = r.int8();
  s.deliveryCount = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeStateBatch(w: Writer, _v: number, s: Init<StateBatch>): void {
  const flex = true;
  w.int64((s.firstOffset === undefined ? 0n : s.firstOffset));
  w.int64((s.lastOffset === undefined ? 0n : s.lastOffset));
  w.int8((s.deliveryState === undefined ? 0 : s.deliveryState));
  w.int16((s.deliveryCount === undefined ? 0 : s.deliveryCount));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ReadShareGroupStateResponse {
  /** The read results */
  results: ReadStateResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateResponse(): ReadShareGroupStateResponse {
  return { results: [] };
}

function readReadShareGroupStateResponse(r: Reader, v: number): ReadShareGroupStateResponse {
  const flex = true;
  const s = defaultReadShareGroupStateResponse();
  s.results = readArray(r, flex, (r) => readReadStateResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReadShareGroupStateResponse(w: Writer, v: number, s: Init<ReadShareGroupStateResponse>): void {
  const flex = true;
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeReadStateResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ReadShareGroupStateResponseVersions = { min: 0, max: 0 } as const;

export function decodeReadShareGroupStateResponse(r: Reader, v: number): ReadShareGroupStateResponse {
  if (v < 0 || v > 0) throw new DecodeError(`ReadShareGroupStateResponse version ${v} is outside 0-0`);
  return readReadShareGroupStateResponse(r, v);
}

export function encodeReadShareGroupStateResponse(w: Writer, v: number, m: Init<ReadShareGroupStateResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ReadShareGroupStateResponse version ${v} is outside 0-0`);
  writeReadShareGroupStateResponse(w, v, m);
}

export const ReadShareGroupStateApi: ApiCodec<ReadShareGroupStateRequest, ReadShareGroupStateResponse> = {
  apiKey: 84,
  name: 'ReadShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeReadShareGroupStateRequest,
  encodeRequest: encodeReadShareGroupStateRequest,
  decodeResponse: decodeReadShareGroupStateResponse,
  encodeResponse: encodeReadShareGroupStateResponse,
};
