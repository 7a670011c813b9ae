// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// StopReplica (api key 5): request and response, versions 0-4.

export interface StopReplicaPartitionV0 {
  /** The topic name. */
  topicName: string;
  /** The partition index. */
  partitionIndex: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaPartitionV0(): StopReplicaPartitionV0 {
  return { topicName: "", partitionIndex: 0 };
}

function readStopReplicaPartitionV0(r: Reader, v: number): StopReplicaPartitionV0 {
  const flex = v >= 2;
  const s = defaultStopReplicaPartitionV0();
  if (v === 0) s.topicName = r.string(flex);
  if (v === 0) s.partitionIndex = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeStopReplicaPartitionV0(w: Writer, v: number, s: Init<StopReplicaPartitionV0>): void {
  const flex = v >= 2;
  if (v === 0) { w.string((s.topicName === undefined ? "" : s.topicName), flex); }
  if (v === 0) { w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface StopReplicaTopicV1 {
  /** The topic name. */
  name: string;
  /** The partition indexes. */
  partitionIndexes: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaTopicV1(): StopReplicaTopicV1 {
  return { name: "", partitionIndexes: [] };
}

function readStopReplicaTopicV1(r: Reader, v: number): StopReplicaTopicV1 {
  const flex = v >= 2;
  const s = defaultStopReplicaTopicV1();
  if (v >= 1 && v <= 2) s.name = r.string(flex);
  if (v >= 1 && v <= 2) s.partitionIndexes = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeStopReplicaTopicV1(w: Writer, v: number, s: Init<StopReplicaTopicV1>): void {
  const flex = v >= 2;
  if (v >= 1 && v <= 2) { w.string((s.name === undefined ? "" : s.name), flex); }
  if (v >= 1 && v <= 2) { writeArray(w, flex, (s.partitionIndexes === undefined ? [] : s.partitionIndexes), (w, e) => { w.int32(e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface StopReplicaTopicState {
  /** The topic name. */
  topicName: string;
  /** The state of each partition */
  partitionStates: StopReplicaPartitionState[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaTopicState(): StopReplicaTopicState {
  return { topicName: "", partitionStates: [] };
}

function readStopReplicaTopicState(r: Reader, v: number): StopReplicaTopicState {
  const flex = v >= 2;
  const s = defaultStopReplicaTopicState();
  if (v >= 3) s.topicName = r.string(flex);
  if (v >= 3) s.partitionStates = readArray(r, flex, (r) => readStopReplicaPartitionState(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeStopReplicaTopicState(w: Writer, v: number, s: Init<StopReplicaTopicState>): void {
  const flex = v >= 2;
  if (v >= 3) { w.string((s.topicName === undefined ? "" : s.topicName), flex); }
  if (v >= 3) { writeArray(w, flex, (s.partitionStates === undefined ? [] : s.partitionStates), (w, e) => { writeStopReplicaPartitionState(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface StopReplicaPartitionState {
  /** The partition index. */
  partitionIndex: number;
  /** The leader epoch. */
  leaderEpoch: number;
  /** Whether this partition should be deleted. */
  deletePartition: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaPartitionState(): StopReplicaPartitionState {
  return { partitionIndex: 0, leaderEpoch: -1, deletePartition: false };
}

function readStopReplicaPartitionState(r: Reader, v: number): StopReplicaPartitionState {
  const flex = v >= 2;
  const s = defaultStopReplicaPartitionState();
  if (v >= 3) s.partitionIndex = r.int32();
  if (v >= 3) s.leaderEpoch = r.int32();
  if (v >= 3) s.deletePartition = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeStopReplicaPartitionState(w: Writer, v: number, s: Init<StopReplicaPartitionState>): void {
  const flex = v >= 2;
  if (v >= 3) { w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex)); }
  if (v >= 3) { w.int32((s.leaderEpoch === undefined ? -1 : s.leaderEpoch)); }
  if (v >= 3) { w.bool((s.deletePartition === undefined ? false : s.deletePartition)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface StopReplicaRequest {
  /** The controller id. */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 */
  isKRaftController: boolean;
  /** The controller epoch. */
  controllerEpoch: number;
  /** The broker epoch. */
  brokerEpoch: bigint;
  /** Whether these partitions should be deleted. */
  deletePartitions: boolean;
  /** The partitions to stop. */
  ungroupedPartitions: StopReplicaPartitionV0[];
  /** The topics to stop. */
  topics: StopReplicaTopicV1[];
  /** Each topic. */
  topicStates: StopReplicaTopicState[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaRequest(): StopReplicaRequest {
  return { controllerId: 0, isKRaftController: false, controllerEpoch: 0, brokerEpoch: -1n, deletePartitions: false, ungroupedPartitions: [], topics: [], topicStates: [] };
}

function readStopReplicaRequest(r: Reader, v: number): StopReplicaRequest {
  const flex = v >= 2;
  const s = defaultStopReplicaRequest();
  s.controllerId = r.int32();
  if (v >= 4) s.isKRaftController = r.bool();
  s.controllerEpoch = r.int32();
  if (v >= 1) s.brokerEpoch = r.int64();
  if (v <= 2) s.deletePartitions = r.bool();
  if (v === 0) s.ungroupedPartitions = readArray(r, flex, (r) => readStopReplicaPartitionV0(r, v));
  if (v >= 1 && v <= 2) s.topics = readArray(r, flex, (r) => readStopReplicaTopicV1(r, v));
  if (v >= 3) s.topicStates = readArray(r, flex, (r) => readStopReplicaTopicState(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeStopReplicaRequest(w: Writer, v: number, s: Init<StopReplicaRequest>): void {
  const flex = v >= 2;
  w.int32((s.controllerId === undefined ? 0 : s.controllerId));
  if (v >= 4) { w.bool((s.isKRaftController === undefined ? false : s.isKRaftController)); }
  w.int32((s.controllerEpoch === undefined ? 0 : s.controllerEpoch));
  if (v >= 1) { w.int64((s.brokerEpoch === undefined ? -1n : s.brokerEpoch)); }
  if (v <= 2) { w.bool((s.deletePartitions === undefined ? false : s.deletePartitions)); }
  if (v === 0) { writeArray(w, flex, (s.ungroupedPartitions === undefined ? [] : s.ungroupedPartitions), (w, e) => { writeStopReplicaPartitionV0(w, v, e); }); }
  if (v >= 1 && v <= 2) { writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeStopReplicaTopicV1(w, v, e); }); }
  if (v >= 3) { writeArray(w, flex, (s.topicStates === undefined ? [] : s.topicStates), (w, e) => { writeStopReplicaTopicState(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const StopReplicaRequestVersions = { min: 0, max: 4 } as const;

export function decodeStopReplicaRequest(r: Reader, v: number): StopReplicaRequest {
  if (v < 0 || v > 4) throw new DecodeError(`StopReplicaRequest version ${v} is outside 0-4`);
  return readStopReplicaRequest(r, v);
}

export function encodeStopReplicaRequest(w: Writer, v: number, m: Init<StopReplicaRequest>): void {
  if (v < 0 || v > 4) throw new EncodeError(`StopReplicaRequest version ${v} is outside 0-4`);
  writeStopReplicaRequest(w, v, m);
}

export interface StopReplicaPartitionError {
  /** The topic name. */
  topicName: string;
  /** The partition index. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no partition error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaPartitionError(): StopReplicaPartitionError {
  return { topicName: "", partitionIndex: 0, errorCode: 0 };
}

function readStopReplicaPartitionError(r: Reader, v: number): StopReplicaPartitionError {
  const flex = v >= 2;
  const s = defaultStopReplicaPartitionError();
  s.topicName = r.string(flex);
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

function writeStopReplicaPartitionError(w: Writer, v: number, s: Init<StopReplicaPartitionError>): void {
  const flex = v >= 2;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface StopReplicaResponse {
  /** The top-level error code, or 0 if there was no top-level error. */
  errorCode: number;
  /** The responses for each partition. */
  partitionErrors: StopReplicaPartitionError[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaResponse(): StopReplicaResponse {
  return { errorCode: 0, partitionErrors: [] };
}

function readStopReplicaResponse(r: Reader, v: number): StopReplicaResponse {
  const flex = v >= 2;
  const s = defaultStopReplicaResponse();
  s.errorCode = r.int16();
  s.partitionErrors = readArray(r, flex, (r) => readStopReplicaPartitionError(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeStopReplicaResponse(w: Writer, v: number, s: Init<StopReplicaResponse>): void {
  const flex = v >= 2;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.partitionErrors === undefined ? [] : s.partitionErrors), (w, e) => { writeStopReplicaPartitionError(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const StopReplicaResponseVersions = { min: 0, max: 4 } as const;

export function decodeStopReplicaResponse(r: Reader, v: number): StopReplicaResponse {
  if (v < 0 || v > 4) throw new DecodeError(`StopReplicaResponse version ${v} is outside 0-4`);
  return readStopReplicaResponse(r, v);
}

export function encodeStopReplicaResponse(w: Writer, v: number, m: Init<StopReplicaResponse>): void {
  if (v < 0 || v > 4) throw new EncodeError(`StopReplicaResponse version ${v} is outside 0-4`);
  writeStopReplicaResponse(w, v, m);
}

export const StopReplicaApi: ApiCodec<StopReplicaRequest, StopReplicaResponse> = {
  apiKey: 5,
  name: 'StopReplica',
  minVersion: 0,
  maxVersion: 4,
  flexibleMin: 2,
  decodeRequest: decodeStopReplicaRequest,
  encodeRequest: encodeStopReplicaRequest,
  decodeResponse: decodeStopReplicaResponse,
  encodeResponse: encodeStopReplicaResponse,
};
