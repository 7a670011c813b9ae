// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// LeaderAndIsr (api key 4): request and response, versions 0-7.

export interface LeaderAndIsrPartitionState {
  /** The topic name. This is only present in v0 or v1. */
  topicName: string;
  /** The partition index. */
  partitionIndex: number;
  /** The controller epoch. */
  controllerEpoch: number;
  /** The broker ID of the leader. */
  leader: number;
  /** The leader epoch. */
  leaderEpoch: number;
  /** The in-sync replica IDs. */
  isr: number[];
  /** The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion) */
  partitionEpoch: number;
  /** The replica IDs. */
  replicas: number[];
  /** The replica IDs that we are adding this partition to, or null if no replicas are being added. */
  addingReplicas: number[];
  /** The replica IDs that we are removing this partition from, or null if no replicas are being removed. */
  removingReplicas: number[];
  /** Whether the replica should have existed on the broker or not. */
  isNew: boolean;
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. */
  leaderRecoveryState: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrPartitionState(): LeaderAndIsrPartitionState {
  return { topicName: "", partitionIndex: 0, controllerEpoch: 0, leader: 0, leaderEpoch: 0, isr: [], partitionEpoch: 0, replicas: [], addingReplicas: [], removingReplicas: [], isNew: false, leaderRecoveryState: 0 };
}

function readLeaderAndIsrPartitionState(r: Reader, v: number): LeaderAndIsrPartitionState {
  const flex = v >= 4;
  const s = defaultLeaderAndIsrPartitionState();
  if (v <= 1) s.topicName = r.string(flex);
  s.partitionIndex = r.int32();
  s.controllerEpoch = r.int32();
  s.leader = r.int32();
  s.leaderEpoch = r.int32();
  s.isr = readArray(r, flex, (r) => r.int32());
  s.partitionEpoch = r.int32();
  s.replicas = readArray(r, flex, (r) => r.int32());
  if (v >= 3) s.addingReplicas = readArray(r, flex, (r) => r.int32());
  if (v >= 3) s.removingReplicas = readArray(r, flex, (r) => r.int32());
  if (v >= 1) s.isNew = r.bool();
  if (v >= 6) s.leaderRecoveryState = r.int8();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaderAndIsrPartitionState(w: Writer, v: number, s: Init<LeaderAndIsrPartitionState>): void {
  const flex = v >= 4;
  if (v <= 1) { w.string((s.topicName === undefined ? "" : s.topicName), flex); }
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int32((s.controllerEpoch === undefined ? 0 : s.controllerEpoch));
  w.int32((s.leader === undefined ? 0 : s.leader));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  writeArray(w, flex, (s.isr === undefined ? [] : s.isr), (w, e) => { w.int32(e); });
  w.int32((s.partitionEpoch === undefined ? 0 : s.partitionEpoch));
  writeArray(w, flex, (s.replicas === undefined ? [] : s.replicas), (w, e) => { w.int32(e); });
  if (v >= 3) { writeArray(w, flex, (s.addingReplicas === undefined ? [] : s.addingReplicas), (w, e) => { w.int32(e); }); }
  if (v >= 3) { writeArray(w, flex, (s.removingReplicas === undefined ? [] : s.removingReplicas), (w, e) => { w.int32(e); }); }
  if (v >= 1) { w.bool((s.isNew === undefined ? false : s.isNew)); }
  if (v >= 6) { w.int8((s.leaderRecoveryState === undefined ? 0 : s.leaderRecoveryState)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaderAndIsrTopicState {
  /** The topic name. */
  topicName: string;
  /** The unique topic ID. */
  topicId: string;
  /** The state of each partition */
  partitionStates: LeaderAndIsrPartitionState[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrTopicState(): LeaderAndIsrTopicState {
  return { topicName: "", topicId: ZERO_UUID, partitionStates: [] };
}

function readLeaderAndIsrTopicState(r: Reader, v: number): LeaderAndIsrTopicState {
  const flex = v >= 4;
  const s = defaultLeaderAndIsrTopicState();
  if (v >= 2) s.topicName = r.string(flex);
  if (v >= 5) s.topicId = r.uuid();
  if (v >= 2) s.partitionStates = readArray(r, flex, (r) => readLeaderAndIsrPartitionState(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaderAndIsrTopicState(w: Writer, v: number, s: Init<LeaderAndIsrTopicState>): void {
  const flex = v >= 4;
  if (v >= 2) { w.string((s.topicName === undefined ? "" : s.topicName), flex); }
  if (v >= 5) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  if (v >= 2) { writeArray(w, flex, (s.partitionStates === undefined ? [] : s.partitionStates), (w, e) => { writeLeaderAndIsrPartitionState(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaderAndIsrLiveLeader {
  /** The leader's broker ID. */
  brokerId: number;
  /** The leader's hostname. */
  hostName: string;
  /** The leader's port. */
  port: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrLiveLeader(): LeaderAndIsrLiveLeader {
  return { brokerId: 0, hostName: "", port: 0 };
}

function readLeaderAndIsrLiveLeader(r: Reader, v: number): LeaderAndIsrLiveLeader {
  const flex = v >= 4;
  const s = defaultLeaderAndIsrLiveLeader();
  s.brokerId = r.int32();
  s.hostName = r.string(flex);
  s.port = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaderAndIsrLiveLeader(w: Writer, v: number, s: Init<LeaderAndIsrLiveLeader>): void {
  const flex = v >= 4;
  w.int32((s.brokerId === undefined ? 0 : s.brokerId));
  w.string((s.hostName === undefined ? "" : s.hostName), flex);
  w.int32((s.port === undefined ? 0 : s.port));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaderAndIsrRequest {
  /** The current controller ID. */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 */
  isKRaftController: boolean;
  /** The current controller epoch. */
  controllerEpoch: number;
  /** The current broker epoch. */
  brokerEpoch: bigint;
  /** The type that indicates whether all topics are included in the request */
  type: number;
  /** The state of each partition, in a v0 or v1 message. */
  ungroupedPartitionStates: LeaderAndIsrPartitionState[];
  /** Each topic. */
  topicStates: LeaderAndIsrTopicState[];
  /** The current live leaders. */
  liveLeaders: LeaderAndIsrLiveLeader[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrRequest(): LeaderAndIsrRequest {
  return { controllerId: 0, isKRaftController: false, controllerEpoch: 0, brokerEpoch: -1n, type: 0, ungroupedPartitionStates: [], topicStates: [], liveLeaders: [] };
}

function readLeaderAndIsrRequest(r: Reader, v: number): LeaderAndIsrRequest {
  const flex = v >= 4;
  const s = defaultLeaderAndIsrRequest();
  s.controllerId = r.int32();
  if (v >= 7) s.isKRaftController = r.bool();
  s.controllerEpoch = r.int32();
  if (v >= 2) s.brokerEpoch = r.int64();
  if (v >= 5) s.type = r.int8();
  if (v <= 1) s.ungroupedPartitionStates = readArray(r, flex, (r) => readLeaderAndIsrPartitionState(r, v));
  if (v >= 2) s.topicStates = readArray(r, flex, (r) => readLeaderAndIsrTopicState(r, v));
  s.liveLeaders = readArray(r, flex, (r) => readLeaderAndIsrLiveLeader(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaderAndIsrRequest(w: Writer, v: number, s: Init<LeaderAndIsrRequest>): void {
  const flex = v >= 4;
  w.int32((s.controllerId === undefined ? 0 : s.controllerId));
  if (v >= 7) { w.bool((s.isKRaftController === undefined ? false : s.isKRaftController)); }
  w.int32((s.controllerEpoch === undefined ? 0 : s.controllerEpoch));
  if (v >= 2) { w.int64((s.brokerEpoch === undefined ? -1n : s.brokerEpoch)); }
  if (v >= 5) { w.int8((s.type === undefined ? 0 : s.type)); }
  if (v <= 1) { writeArray(w, flex, (s.ungroupedPartitionStates === undefined ? [] : s.ungroupedPartitionStates), (w, e) => { writeLeaderAndIsrPartitionState(w, v, e); }); }
  if (v >= 2) { writeArray(w, flex, (s.topicStates === undefined ? [] : s.topicStates), (w, e) => { writeLeaderAndIsrTopicState(w, v, e); }); }
  writeArray(w, flex, (s.liveLeaders === undefined ? [] : s.liveLeaders), (w, e) => { writeLeaderAndIsrLiveLeader(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const LeaderAndIsrRequestVersions = { min: 0, max: 7 } as const;

export function decodeLeaderAndIsrRequest(r: Reader, v: number): LeaderAndIsrRequest {
  if (v < 0 || v > 7) throw new DecodeError(`LeaderAndIsrRequest version ${v} is outside 0-7`);
  return readLeaderAndIsrRequest(r, v);
}

export function encodeLeaderAndIsrRequest(w: Writer, v: number, m: Init<LeaderAndIsrRequest>): void {
  if (v < 0 || v > 7) throw new EncodeError(`LeaderAndIsrRequest version ${v} is outside 0-7`);
  writeLeaderAndIsrRequest(w, v, m);
}

export interface LeaderAndIsrPartitionError {
  /** The topic name. */
  topicName: string;
  /** The partition index. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrPartitionError(): LeaderAndIsrPartitionError {
  return { topicName: "", partitionIndex: 0, errorCode: 0 };
}

function readLeaderAndIsrPartitionError(r: Reader, v: number): LeaderAndIsrPartitionError {
  const flex = v >= 4;
  const s = defaultLeaderAndIsrPartitionError();
  if (v <= 4) s.topicName = r.string(flex);
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

function writeLeaderAndIsrPartitionError(w: Writer, v: number, s: Init<LeaderAndIsrPartitionError>): void {
  const flex = v >= 4;
  if (v <= 4) { w.string((s.topicName === undefined ? "" : s.topicName), flex); }
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaderAndIsrTopicError {
  /** The unique topic ID */
  topicId: string;
  /** Each partition. */
  partitionErrors: LeaderAndIsrPartitionError[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrTopicError(): LeaderAndIsrTopicError {
  return { topicId: ZERO_UUID, partitionErrors: [] };
}

function readLeaderAndIsrTopicError(r: Reader, v: number): LeaderAndIsrTopicError {
  const flex = v >= 4;
  const s = defaultLeaderAndIsrTopicError();
  if (v >= 5) s.topicId = r.uuid();
  if (v >= 5) s.partitionErrors = readArray(r, flex, (r) => readLeaderAndIsrPartitionError(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaderAndIsrTopicError(w: Writer, v: number, s: Init<LeaderAndIsrTopicError>): void {
  const flex = v >= 4;
  if (v >= 5) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  if (v >= 5) { writeArray(w, flex, (s.partitionErrors === undefined ? [] : s.partitionErrors), (w, e) => { writeLeaderAndIsrPartitionError(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaderAndIsrResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** Each partition in v0 to v4 message. */
  partitionErrors: LeaderAndIsrPartitionError[];
  /** Each topic */
  topics: LeaderAndIsrTopicError[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrResponse(): LeaderAndIsrResponse {
  return { errorCode: 0, partitionErrors: [], topics: [] };
}

function readLeaderAndIsrResponse(r: Reader, v: number): LeaderAndIsrResponse {
  const flex = v >= 4;
  const s = defaultLeaderAndIsrResponse();
  s.errorCode = r.int16();
  if (v <= 4) s.partitionErrors = readArray(r, flex, (r) => readLeaderAndIsrPartitionError(r, v));
  if (v >= 5) s.topics = readArray(r, flex, (r) => readLeaderAndIsrTopicError(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaderAndIsrResponse(w: Writer, v: number, s: Init<LeaderAndIsrResponse>): void {
  const flex = v >= 4;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (v <= 4) { writeArray(w, flex, (s.partitionErrors === undefined ? [] : s.partitionErrors), (w, e) => { writeLeaderAndIsrPartitionError(w, v, e); }); }
  if (v >= 5) { writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeLeaderAndIsrTopicError(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const LeaderAndIsrResponseVersions = { min: 0, max: 7 } as const;

export function decodeLeaderAndIsrResponse(r: Reader, v: number): LeaderAndIsrResponse {
  if (v < 0 || v > 7) throw new DecodeError(`LeaderAndIsrResponse version ${v} is outside 0-7`);
  return readLeaderAndIsrResponse(r, v);
}

export function encodeLeaderAndIsrResponse(w: Writer, v: number, m: Init<LeaderAndIsrResponse>): void {
  if (v < 0 || v > 7) throw new EncodeError(`LeaderAndIsrResponse version ${v} is outside 0-7`);
  writeLeaderAndIsrResponse(w, v, m);
}

export const LeaderAndIsrApi: ApiCodec<LeaderAndIsrRequest, LeaderAndIsrResponse> = {
  apiKey: 4,
  name: 'LeaderAndIsr',
  minVersion: 0,
  maxVersion: 7,
  flexibleMin: 4,
  decodeRequest: decodeLeaderAndIsrRequest,
  encodeRequest: encodeLeaderAndIsrRequest,
  decodeResponse: decodeLeaderAndIsrResponse,
  encodeResponse: encodeLeaderAndIsrResponse,
};
