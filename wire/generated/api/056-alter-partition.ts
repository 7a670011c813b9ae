// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// AlterPartition (api key 56): request and response, versions 0-3.

export interface AlterPartitionRequestTopicData {
  /** The name of the topic to alter ISRs for */
  topicName: string;
  /** The ID of the topic to alter ISRs for */
  topicId: string;
  partitions: AlterPartitionRequestPartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionRequestTopicData(): AlterPartitionRequestTopicData {
  return { topicName: "", topicId: ZERO_UUID, partitions: [] };
}

function readAlterPartitionRequestTopicData(r: Reader, v: number): AlterPartitionRequestTopicData {
  const flex = true;
  const s = defaultAlterPartitionRequestTopicData();
  if (v <= 1) s.topicName = r.string(flex);
  if (v >= 2) s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => readAlterPartitionRequestPartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterPartitionRequestTopicData(w: Writer, v: number, s: Init<AlterPartitionRequestTopicData>): void {
  const flex = true;
  if (v <= 1) { w.string((s.topicName === undefined ? "" : s.topicName), flex); }
  if (v >= 2) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeAlterPartitionRequestPartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterPartitionRequestPartitionData {
  /** The partition index */
  partitionIndex: number;
  /** The leader epoch of this partition */
  leaderEpoch: number;
  /** The ISR for this partition. Deprecated since version 3. */
  newIsr: number[];
  newIsrWithEpochs: BrokerState[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. */
  leaderRecoveryState: number;
  /** The expected epoch of the partition which is being updated. For legacy cluster this is the ZkVersion in the LeaderAndIsr request. */
  partitionEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionRequestPartitionData(): AlterPartitionRequestPartitionData {
  return { partitionIndex: 0, leaderEpoch: 0, newIsr: [], newIsrWithEpochs: [], leaderRecoveryState: 0, partitionEpoch: 0 };
}

function readAlterPartitionRequestPartitionData(r: Reader, v: number): AlterPartitionRequestPartitionData {
  const flex = true;
  const s = defaultAlterPartitionRequestPartitionData();
  s.partitionIndex = r.int32();
  s.leaderEpoch = r.int32();
  if (v <= 2) s.newIsr = readArray(r, flex, (r) => r.int32());
  if (v >= 3) s.newIsrWithEpochs = readArray(r, flex, (r) => readBrokerState(r, v));
  if (v >= 1) s.leaderRecoveryState = r.int8();
  s.partitionEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterPartitionRequestPartitionData(w: Writer, v: number, s: Init<AlterPartitionRequestPartitionData>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  if (v <= 2) { writeArray(w, flex, (s.newIsr === undefined ? [] : s.newIsr), (w, e) => { w.int32(e); }); }
  if (v >= 3) { writeArray(w, flex, (s.newIsrWithEpochs === undefined ? [] : s.newIsrWithEpochs), (w, e) => { writeBrokerState(w, v, e); }); }
  if (v >= 1) { w.int8((s.leaderRecoveryState === undefined ? 0 : s.leaderRecoveryState)); }
  w.int32((s.partitionEpoch === undefined ? 0 : s.partitionEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface BrokerState {
  /** The ID of the broker. */
  brokerId: number;
  /** The epoch of the broker. It will be -1 if the epoch check is not supported. */
  brokerEpoch: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultBrokerState(): BrokerState {
  return { brokerId: 0, brokerEpoch: -1n };
}

function readBrokerState(r: Reader, v: number): BrokerState {
  const flex = true;
  const s = defaultBrokerState();
  if (v >= 3) s.brokerId = r.int32();
  if (v >= 3) s.brokerEpoch = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeBrokerState(w: Writer, v: number, s: Init<BrokerState>): void {
  const flex = true;
  if (v >= 3) { w.int32((s.brokerId === undefined ? 0 : s.brokerId)); }
  if (v >= 3) { w.int64((s.brokerEpoch === undefined ? -1n : s.brokerEpoch)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterPartitionRequest {
  /** The ID of the requesting broker */
  brokerId: number;
  /** The epoch of the requesting broker */
  brokerEpoch: bigint;
  topics: AlterPartitionRequestTopicData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionRequest(): AlterPartitionRequest {
  return { brokerId: 0, brokerEpoch: -1n, topics: [] };
}

function readAlterPartitionRequest(r: Reader, v: number): AlterPartitionRequest {
  const flex = true;
  const s = defaultAlterPartitionRequest();
  s.brokerId = r.int32();
  s.brokerEpoch = r.int64();
  s.topics = readArray(r, flex, (r) => readAlterPartitionRequestTopicData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterPartitionRequest(w: Writer, v: number, s: Init<AlterPartitionRequest>): void {
  const flex = true;
  w.int32((s.brokerId === undefined ? 0 : s.brokerId));
  w.int64((s.brokerEpoch === undefined ? -1n : s.brokerEpoch));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeAlterPartitionRequestTopicData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AlterPartitionRequestVersions = { min: 0, max: 3 } as const;

export function decodeAlterPartitionRequest(r: Reader, v: number): AlterPartitionRequest {
  if (v < 0 || v > 3) throw new DecodeError(`AlterPartitionRequest version ${v} is outside 0-3`);
  return readAlterPartitionRequest(r, v);
}

export function encodeAlterPartitionRequest(w: Writer, v: number, m: Init<AlterPartitionRequest>): void {
  if (v < 0 || v > 3) throw new EncodeError(`AlterPartitionRequest version ${v} is outside 0-3`);
  writeAlterPartitionRequest(w, v, m);
}

export interface AlterPartitionResponseTopicData {
  /** The name of the topic */
  topicName: string;
  /** The ID of the topic */
  topicId: string;
  partitions: AlterPartitionResponsePartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionResponseTopicData(): AlterPartitionResponseTopicData {
  return { topicName: "", topicId: ZERO_UUID, partitions: [] };
}

function readAlterPartitionResponseTopicData(r: Reader, v: number): AlterPartitionResponseTopicData {
  const flex = true;
  const s = defaultAlterPartitionResponseTopicData();
  if (v <= 1) s.topicName = r.string(flex);
  if (v >= 2) s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => readAlterPartitionResponsePartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterPartitionResponseTopicData(w: Writer, v: number, s: Init<AlterPartitionResponseTopicData>): void {
  const flex = true;
  if (v <= 1) { w.string((s.topicName === undefined ? "" : s.topicName), flex); }
  if (v >= 2) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeAlterPartitionResponsePartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterPartitionResponsePartitionData {
  /** The partition index */
  partitionIndex: number;
  /** The partition level error code */
  errorCode: number;
  /** The broker ID of the leader. */
  leaderId: number;
  /** The leader epoch. */
  leaderEpoch: number;
  /** The in-sync replica IDs. */
  isr: number[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. */
  leaderRecoveryState: number;
  /** The current epoch for the partition for KRaft controllers. The current ZK version for the legacy controllers. */
  partitionEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionResponsePartitionData(): AlterPartitionResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0, isr: [], leaderRecoveryState: 0, partitionEpoch: 0 };
}

function readAlterPartitionResponsePartitionData(r: Reader, v: number): AlterPartitionResponsePartitionData {
  const flex = true;
  const s = defaultAlterPartitionResponsePartitionData();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  s.leaderId = r.int32();
  s.leaderEpoch = r.int32();
  s.isr = readArray(r, flex, (r) => r.int32());
  if (v >= 1) s.leaderRecoveryState = r.int8();
  s.partitionEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterPartitionResponsePartitionData(w: Writer, v: number, s: Init<AlterPartitionResponsePartitionData>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int32((s.leaderId === undefined ? 0 : s.leaderId));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  writeArray(w, flex, (s.isr === undefined ? [] : s.isr), (w, e) => { w.int32(e); });
  if (v >= 1) { w.int8((s.leaderRecoveryState === undefined ? 0 : s.leaderRecoveryState)); }
  w.int32((s.partitionEpoch === undefined ? 0 : s.partitionEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AlterPartitionResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code */
  errorCode: number;
  topics: AlterPartitionResponseTopicData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionResponse(): AlterPartitionResponse {
  return { throttleTimeMs: 0, errorCode: 0, topics: [] };
}

function readAlterPartitionResponse(r: Reader, v: number): AlterPartitionResponse {
  const flex = true;
  const s = defaultAlterPartitionResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.topics = readArray(r, flex, (r) => readAlterPartitionResponseTopicData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAlterPartitionResponse(w: Writer, v: number, s: Init<AlterPartitionResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeAlterPartitionResponseTopicData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AlterPartitionResponseVersions = { min: 0, max: 3 } as const;

export function decodeAlterPartitionResponse(r: Reader, v: number): AlterPartitionResponse {
  if (v < 0 || v > 3) throw new DecodeError(`AlterPartitionResponse version ${v} is outside 0-3`);
  return readAlterPartitionResponse(r, v);
}

export function encodeAlterPartitionResponse(w: Writer, v: number, m: Init<AlterPartitionResponse>): void {
  if (v < 0 || v > 3) throw new EncodeError(`AlterPartitionResponse version ${v} is outside 0-3`);
  writeAlterPartitionResponse(w, v, m);
}

export const AlterPartitionApi: ApiCodec<AlterPartitionRequest, AlterPartitionResponse> = {
  apiKey: 56,
  name: 'AlterPartition',
  minVersion: 0,
  maxVersion: 3,
  flexibleMin: 0,
  decodeRequest: decodeAlterPartitionRequest,
  encodeRequest: encodeAlterPartitionRequest,
  decodeResponse: decodeAlterPartitionResponse,
  encodeResponse: encodeAlterPartitionResponse,
};
