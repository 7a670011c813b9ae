// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeQuorum (api key 55): request and response, versions 0-2.

export interface DescribeQuorumRequestTopicData {
  /** The topic name. */
  topicName: string;
  partitions: DescribeQuorumRequestPartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumRequestTopicData(): DescribeQuorumRequestTopicData {
  return { topicName: "", partitions: [] };
}

function readDescribeQuorumRequestTopicData(r: Reader, v: number): DescribeQuorumRequestTopicData {
  const flex = true;
  const s = defaultDescribeQuorumRequestTopicData();
  s.topicName = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readDescribeQuorumRequestPartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeQuorumRequestTopicData(w: Writer, v: number, s: Init<DescribeQuorumRequestTopicData>): void {
  const flex = true;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeDescribeQuorumRequestPartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeQuorumRequestPartitionData {
  /** The partition index. */
  partitionIndex: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumRequestPartitionData(): DescribeQuorumRequestPartitionData {
  return { partitionIndex: 0 };
}

function readDescribeQuorumRequestPartitionData(r: Reader, _v: number): DescribeQuorumRequestPartitionData {
  const flex = true;
  const s = defaultDescribeQuorumRequestPartitionData();
  s.partitionIndex = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeQuorumRequestPartitionData(w: Writer, _v: number, s: Init<DescribeQuorumRequestPartitionData>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeQuorumRequest {
  topics: DescribeQuorumRequestTopicData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumRequest(): DescribeQuorumRequest {
  return { topics: [] };
}

function readDescribeQuorumRequest(r: Reader, v: number): DescribeQuorumRequest {
  const flex = true;
  const s = defaultDescribeQuorumRequest();
  s.topics = readArray(r, flex, (r) => readDescribeQuorumRequestTopicData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeQuorumRequest(w: Writer, v: number, s: Init<DescribeQuorumRequest>): void {
  const flex = true;
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeDescribeQuorumRequestTopicData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeQuorumRequestVersions = { min: 0, max: 2 } as const;

export function decodeDescribeQuorumRequest(r: Reader, v: number): DescribeQuorumRequest {
  if (v < 0 || v > 2) throw new DecodeError(`DescribeQuorumRequest version ${v} is outside 0-2`);
  return readDescribeQuorumRequest(r, v);
}

export function encodeDescribeQuorumRequest(w: Writer, v: number, m: Init<DescribeQuorumRequest>): void {
  if (v < 0 || v > 2) throw new EncodeError(`DescribeQuorumRequest version ${v} is outside 0-2`);
  writeDescribeQuorumRequest(w, v, m);
}

export interface DescribeQuorumResponseTopicData {
  /** The topic name. */
  topicName: string;
  partitions: DescribeQuorumResponsePartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumResponseTopicData(): DescribeQuorumResponseTopicData {
  return { topicName: "", partitions: [] };
}

function readDescribeQuorumResponseTopicData(r: Reader, v: number): DescribeQuorumResponseTopicData {
  const flex = true;
  const s = defaultDescribeQuorumResponseTopicData();
  s.topicName = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readDescribeQuorumResponsePartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeQuorumResponseTopicData(w: Writer, v: number, s: Init<DescribeQuorumResponseTopicData>): void {
  const flex = true;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeDescribeQuorumResponsePartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeQuorumResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  highWatermark: bigint;
  currentVoters: ReplicaState[];
  observers: ReplicaState[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumResponsePartitionData(): DescribeQuorumResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, errorMessage: "", leaderId: 0, leaderEpoch: 0, highWatermark: 0n, currentVoters: [], observers: [] };
}

function readDescribeQuorumResponsePartitionData(r: Reader, v: number): DescribeQuorumResponsePartitionData {
  const flex = true;
  const s = defaultDescribeQuorumResponsePartitionData();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  if (v >= 2) s.errorMessage = (v >= 2 ? r.nullableString(flex) : r.string(flex));
  s.leaderId = r.int32();
  s.leaderEpoch = r.int32();
  s.highWatermark = r.int64();
  s.currentVoters = readArray(r, flex, (r) => readReplicaState(r, v));
  s.observers = readArray(r, flex, (r) => readReplicaState(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeQuorumResponsePartitionData(w: Writer, v: number, s: Init<DescribeQuorumResponsePartitionData>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (v >= 2) { w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex); }
  w.int32((s.leaderId === undefined ? 0 : s.leaderId));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  w.int64((s.highWatermark === undefined ? 0n : s.highWatermark));
  writeArray(w, flex, (s.currentVoters === undefined ? [] : s.currentVoters), (w, e) => { writeReplicaState(w, v, e); });
  writeArray(w, flex, (s.observers === undefined ? [] : s.observers), (w, e) => { writeReplicaState(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ReplicaState {
  replicaId: number;
  replicaDirectoryId: string;
  /** The last known log end offset of the follower or -1 if it is unknown */
  logEndOffset: bigint;
  /** The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter */
  lastFetchTimestamp: bigint;
  /** The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter */
  lastCaughtUpTimestamp: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultReplicaState(): ReplicaState {
  return { replicaId: 0, replicaDirectoryId: ZERO_UUID, logEndOffset: 0n, lastFetchTimestamp: -1n, lastCaughtUpTimestamp: -1n };
}

function readReplicaState(r: Reader, v: number): ReplicaState {
  const flex = true;
  const s = defaultReplicaState();
  s.replicaId = r.int32();
  if (v >= 2) s.replicaDirectoryId = r.uuid();
  s.logEndOffset = r.int64();
  if (v >= 1) s.lastFetchTimestamp = r.int64();
  if (v >= 1) s.lastCaughtUpTimestamp = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReplicaState(w: Writer, v: number, s: Init<ReplicaState>): void {
  const flex = true;
  w.int32((s.replicaId === undefined ? 0 : s.replicaId));
  if (v >= 2) { w.uuid((s.replicaDirectoryId === undefined ? ZERO_UUID : s.replicaDirectoryId)); }
  w.int64((s.logEndOffset === undefined ? 0n : s.logEndOffset));
  if (v >= 1) { w.int64((s.lastFetchTimestamp === undefined ? -1n : s.lastFetchTimestamp)); }
  if (v >= 1) { w.int64((s.lastCaughtUpTimestamp === undefined ? -1n : s.lastCaughtUpTimestamp)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface Node {
  /** The ID of the associated node */
  nodeId: number;
  /** The listeners of this controller */
  listeners: Listener[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultNode(): Node {
  return { nodeId: 0, listeners: [] };
}

function readNode(r: Reader, v: number): Node {
  const flex = true;
  const s = defaultNode();
  if (v >= 2) s.nodeId = r.int32();
  if (v >= 2) s.listeners = readArray(r, flex, (r) => readListener(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeNode(w: Writer, v: number, s: Init<Node>): void {
  const flex = true;
  if (v >= 2) { w.int32((s.nodeId === undefined ? 0 : s.nodeId)); }
  if (v >= 2) { writeArray(w, flex, (s.listeners === undefined ? [] : s.listeners), (w, e) => { writeListener(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface Listener {
  /** The name of the endpoint */
  name: string;
  /** The hostname */
  host: string;
  /** The port */
  port: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultListener(): Listener {
  return { name: "", host: "", port: 0 };
}

function readListener(r: Reader, v: number): Listener {
  const flex = true;
  const s = defaultListener();
  if (v >= 2) s.name = r.string(flex);
  if (v >= 2) s.host = r.string(flex);
  if (v >= 2) s.port = r.uint16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListener(w: Writer, v: number, s: Init<Listener>): void {
  const flex = true;
  if (v >= 2) { w.string((s.name === undefined ? "" : s.name), flex); }
  if (v >= 2) { w.string((s.host === undefined ? "" : s.host), flex); }
  if (v >= 2) { w.uint16((s.port === undefined ? 0 : s.port)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeQuorumResponse {
  /** The top level error code. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  topics: DescribeQuorumResponseTopicData[];
  nodes: Node[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumResponse(): DescribeQuorumResponse {
  return { errorCode: 0, errorMessage: "", topics: [], nodes: [] };
}

function readDescribeQuorumResponse(r: Reader, v: number): DescribeQuorumResponse {
  const flex = true;
  const s = defaultDescribeQuorumResponse();
  s.errorCode = r.int16();
  if (v >= 2) s.errorMessage = (v >= 2 ? r.nullableString(flex) : r.string(flex));
  s.topics = readArray(r, flex, (r) => readDescribeQuorumResponseTopicData(r, v));
  if (v >= 2) s.nodes = readArray(r, flex, (r) => readNode(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeQuorumResponse(w: Writer, v: number, s: Init<DescribeQuorumResponse>): void {
  const flex = true;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (v >= 2) { w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeDescribeQuorumResponseTopicData(w, v, e); });
  if (v >= 2) { writeArray(w, flex, (s.nodes === undefined ? [] : s.nodes), (w, e) => { writeNode(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeQuorumResponseVersions = { min: 0, max: 2 } as const;

export function decodeDescribeQuorumResponse(r: Reader, v: number): DescribeQuorumResponse {
  if (v < 0 || v > 2) throw new DecodeError(`DescribeQuorumResponse version ${v} is outside 0-2`);
  return readDescribeQuorumResponse(r, v);
}

export function encodeDescribeQuorumResponse(w: Writer, v: number, m: Init<DescribeQuorumResponse>): void {
  if (v < 0 || v > 2) throw new EncodeError(`DescribeQuorumResponse version ${v} is outside 0-2`);
  writeDescribeQuorumResponse(w, v, m);
}

export const DescribeQuorumApi: ApiCodec<DescribeQuorumRequest, DescribeQuorumResponse> = {
  apiKey: 55,
  name: 'DescribeQuorum',
  minVersion: 0,
  maxVersion: 2,
  flexibleMin: 0,
  decodeRequest: decodeDescribeQuorumRequest,
  encodeRequest: encodeDescribeQuorumRequest,
  decodeResponse: decodeDescribeQuorumResponse,
  encodeResponse: encodeDescribeQuorumResponse,
};
