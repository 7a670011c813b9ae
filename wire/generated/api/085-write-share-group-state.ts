// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// WriteShareGroupState (api key 85): request and response, versions 0-0.

export interface WriteStateData {
  /** The topic identifier. */
  topicId: string;
  /** The data for the partitions. */
  partitions: PartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultWriteStateData(): WriteStateData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readWriteStateData(r: Reader, v: number): WriteStateData {
  const flex = true;
  const s = defaultWriteStateData();
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

function writeWriteStateData(w: Writer, v: number, s: Init<WriteStateData>): void {
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
  /** The state epoch for this share-partition. */
  stateEpoch: number;
  /** The leader epoch of the share-partition. */
  leaderEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being written. */
  startOffset: bigint;
  stateBatches: StateBatch[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionData(): PartitionData {
  return { partition: 0, stateEpoch: 0, leaderEpoch: 0, startOffset: 0n, stateBatches: [] };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  const s = defaultPartitionData();
  s.partition = r.int32();
  s.stateEpoch = r.int32();
  s.leaderEpoch = r.int32();
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

function writePartitionData(w: Writer, v: number, s: Init<PartitionData>): void {
  const flex = true;
  w.int32((s.partition === undefined ? 0 : s.partition));
  w.int32((s.stateEpoch === undefined ? 0 : s.stateEpoch));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
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
  /** The state - 0:Available,2:Acked,4:Archived */
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

export interface WriteShareGroupStateRequest {
  /** The group identifier. */
  groupId: string;
  /** The data for the topics. */
  topics: WriteStateData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultWriteShareGroupStateRequest(): WriteShareGroupStateRequest {
  return { groupId: "", topics: [] };
}

function readWriteShareGroupStateRequest(r: Reader, v: number): WriteShareGroupStateRequest {
  const flex = true;
  const s = defaultWriteShareGroupStateRequest();
  s.groupId = r.string(flex);
  s.topics = readArray(r, flex, (r) => readWriteStateData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeWriteShareGroupStateRequest(w: Writer, v: number, s: Init<WriteShareGroupStateRequest>): void {
  const flex = true;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeWriteStateData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const WriteShareGroupStateRequestVersions = { min: 0, max: 0 } as const;

export function decodeWriteShareGroupStateRequest(r: Reader, v: number): WriteShareGroupStateRequest {
  if (v < 0 || v > 0) throw new DecodeError(`WriteShareGroupStateRequest version ${v} is outside 0-0`);
  return readWriteShareGroupStateRequest(r, v);
}

export function encodeWriteShareGroupStateRequest(w: Writer, v: number, m: Init<WriteShareGroupStateRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`WriteShareGroupStateRequest version ${v} is outside 0-0`);
  writeWriteShareGroupStateRequest(w, v, m);
}

export interface WriteStateResult {
  /** The topic identifier */
  topicId: string;
  /** The results for the partitions. */
  partitions: PartitionResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultWriteStateResult(): WriteStateResult {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readWriteStateResult(r: Reader, v: number): WriteStateResult {
  const flex = true;
  const s = defaultWriteStateResult();
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

function writeWriteStateResult(w: Writer, v: number, s: Init<WriteStateResult>): void {
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
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionResult(): PartitionResult {
  return { partition: 0, errorCode: 0, errorMessage: null };
}

function readPartitionResult(r: Reader, _v: number): PartitionResult {
  const flex = true;
  const s = defaultPartitionResult();
  s.partition = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
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
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface WriteShareGroupStateResponse {
  /** The write results */
  results: WriteStateResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultWriteShareGroupStateResponse(): WriteShareGroupStateResponse {
  return { results: [] };
}

function readWriteShareGroupStateResponse(r: Reader, v: number): WriteShareGroupStateResponse {
  const flex = true;
  const s = defaultWriteShareGroupStateResponse();
  s.results = readArray(r, flex, (r) => readWriteStateResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeWriteShareGroupStateResponse(w: Writer, v: number, s: Init<WriteShareGroupStateResponse>): void {
  const flex = true;
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeWriteStateResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const WriteShareGroupStateResponseVersions = { min: 0, max: 0 } as const;

export function decodeWriteShareGroupStateResponse(r: Reader, v: number): WriteShareGroupStateResponse {
  if (v < 0 || v > 0) throw new DecodeError(`WriteShareGroupStateResponse version ${v} is outside 0-0`);
  return readWriteShareGroupStateResponse(r, v);
}

export function encodeWriteShareGroupStateResponse(w: Writer, v: number, m: Init<WriteShareGroupStateResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`WriteShareGroupStateResponse version ${v} is outside 0-0`);
  writeWriteShareGroupStateResponse(w, v, m);
}

export const WriteShareGroupStateApi: ApiCodec<WriteShareGroupStateRequest, WriteShareGroupStateResponse> = {
  apiKey: 85,
  name: 'WriteShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeWriteShareGroupStateRequest,
  encodeRequest: encodeWriteShareGroupStateRequest,
  decodeResponse: decodeWriteShareGroupStateResponse,
  encodeResponse: encodeWriteShareGroupStateResponse,
};
