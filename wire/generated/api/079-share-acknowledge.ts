// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ShareAcknowledge (api key 79): request and response, versions 0-0.

export interface AcknowledgeTopic {
  /** The unique topic ID. */
  topicId: string;
  /** The partitions containing records to acknowledge. */
  partitions: AcknowledgePartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAcknowledgeTopic(): AcknowledgeTopic {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readAcknowledgeTopic(r: Reader, v: number): AcknowledgeTopic {
  const flex = true;
  const s = defaultAcknowledgeTopic();
  s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => readAcknowledgePartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAcknowledgeTopic(w: Writer, v: number, s: Init<AcknowledgeTopic>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeAcknowledgePartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AcknowledgePartition {
  /** The partition index. */
  partitionIndex: number;
  /** Record batches to acknowledge. */
  acknowledgementBatches: AcknowledgementBatch[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAcknowledgePartition(): AcknowledgePartition {
  return { partitionIndex: 0, acknowledgementBatches: [] };
}

function readAcknowledgePartition(r: Reader, v: number): AcknowledgePartition {
  const flex = true;
  const s = defaultAcknowledgePartition();
  s.partitionIndex = r.int32();
  s.acknowledgementBatches = readArray(r, flex, (r) => readAcknowledgementBatch(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAcknowledgePartition(w: Writer, v: number, s: Init<AcknowledgePartition>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  writeArray(w, flex, (s.acknowledgementBatches === undefined ? [] : s.acknowledgementBatches), (w, e) => { writeAcknowledgementBatch(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AcknowledgementBatch {
  /** First offset of batch of records to acknowledge. */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. */
  acknowledgeTypes: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAcknowledgementBatch(): AcknowledgementBatch {
  return { firstOffset: 0n, lastOffset: 0n, acknowledgeTypes: [] };
}

function readAcknowledgementBatch(r: Reader, _v: number): AcknowledgementBatch {
  const flex = true;
  const s = defaultAcknowledgementBatch();
  s.firstOffset = r.int64();
  s.lastOffset = r.int64();
  s.acknowledgeTypes = readArray(r, flex, (r) => r.int8());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAcknowledgementBatch(w: Writer, _v: number, s: Init<AcknowledgementBatch>): void {
  const flex = true;
  w.int64((s.firstOffset === undefined ? 0n : s.firstOffset));
  w.int64((s.lastOffset === undefined ? 0n : s.lastOffset));
  writeArray(w, flex, (s.acknowledgeTypes === undefined ? [] : s.acknowledgeTypes), (w, e) => { w.int8(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ShareAcknowledgeRequest {
  /** The group identifier. */
  groupId: string | null;
  /** The member ID. */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. */
  shareSessionEpoch: number;
  /** The topics containing records to acknowledge. */
  topics: AcknowledgeTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareAcknowledgeRequest(): ShareAcknowledgeRequest {
  return { groupId: null, memberId: "", shareSessionEpoch: 0, topics: [] };
}

function readShareAcknowledgeRequest(r: Reader, v: number): ShareAcknowledgeRequest {
  const flex = true;
  const s = defaultShareAcknowledgeRequest();
  s.groupId = r.nullableString(flex);
  s.memberId = r.nullableString(flex);
  s.shareSessionEpoch = r.int32();
  s.topics = readArray(r, flex, (r) => readAcknowledgeTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeShareAcknowledgeRequest(w: Writer, v: number, s: Init<ShareAcknowledgeRequest>): void {
  const flex = true;
  w.nullableString((s.groupId === undefined ? null : s.groupId), flex);
  w.nullableString((s.memberId === undefined ? "" : s.memberId), flex);
  w.int32((s.shareSessionEpoch === undefined ? 0 : s.shareSessionEpoch));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeAcknowledgeTopic(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ShareAcknowledgeRequestVersions = { min: 0, max: 0 } as const;

export function decodeShareAcknowledgeRequest(r: Reader, v: number): ShareAcknowledgeRequest {
  if (v < 0 || v > 0) throw new DecodeError(`ShareAcknowledgeRequest version ${v} is outside 0-0`);
  return readShareAcknowledgeRequest(r, v);
}

export function encodeShareAcknowledgeRequest(w: Writer, v: number, m: Init<ShareAcknowledgeRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ShareAcknowledgeRequest version ${v} is outside 0-0`);
  writeShareAcknowledgeRequest(w, v, m);
}

export interface ShareAcknowledgeTopicResponse {
  /** The unique topic ID. */
  topicId: string;
  /** The topic partitions. */
  partitions: PartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareAcknowledgeTopicResponse(): ShareAcknowledgeTopicResponse {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readShareAcknowledgeTopicResponse(r: Reader, v: number): ShareAcknowledgeTopicResponse {
  const flex = true;
  const s = defaultShareAcknowledgeTopicResponse();
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

function writeShareAcknowledgeTopicResponse(w: Writer, v: number, s: Init<ShareAcknowledgeTopicResponse>): void {
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
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  currentLeader: LeaderIdAndEpoch;
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionData(): PartitionData {
  return { partitionIndex: 0, errorCode: 0, errorMessage: null, currentLeader: defaultLeaderIdAndEpoch() };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  const s = defaultPartitionData();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.currentLeader = readLeaderIdAndEpoch(r, v);
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
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex);
  writeLeaderIdAndEpoch(w, v, (s.currentLeader === undefined ? defaultLeaderIdAndEpoch() : s.currentLeader));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch. */
  leaderEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 };
}

function readLeaderIdAndEpoch(r: Reader, _v: number): LeaderIdAndEpoch {
  const flex = true;
  const s = defaultLeaderIdAndEpoch();
  s.leaderId = r.int32();
  s.leaderEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaderIdAndEpoch(w: Writer, _v: number, s: Init<LeaderIdAndEpoch>): void {
  const flex = true;
  w.int32((s.leaderId === undefined ? 0 : s.leaderId));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface NodeEndpoint {
  /** The ID of the associated node. */
  nodeId: number;
  /** The node's hostname. */
  host: string;
  /** The node's port. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. */
  rack: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultNodeEndpoint(): NodeEndpoint {
  return { nodeId: 0, host: "", port: 0, rack: null };
}

function readNodeEndpoint(r: Reader, _v: number): NodeEndpoint {
  const flex = true;
  const s = defaultNodeEndpoint();
  s.nodeId = r.int32();
  s.host = r.string(flex);
  s.port = r.int32();
  s.rack = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeNodeEndpoint(w: Writer, _v: number, s: Init<NodeEndpoint>): void {
  const flex = true;
  w.int32((s.nodeId === undefined ? 0 : s.nodeId));
  w.string((s.host === undefined ? "" : s.host), flex);
  w.int32((s.port === undefined ? 0 : s.port));
  w.nullableString((s.rack === undefined ? null : s.rack), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ShareAcknowledgeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The response topics. */
  responses: ShareAcknowledgeTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. */
  nodeEndpoints: NodeEndpoint[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareAcknowledgeResponse(): ShareAcknowledgeResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, responses: [], nodeEndpoints: [] };
}

function readShareAcknowledgeResponse(r: Reader, v: number): ShareAcknowledgeResponse {
  const flex = true;
  const s = defaultShareAcknowledgeResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.responses = readArray(r, flex, (r) => readShareAcknowledgeTopicResponse(r, v));
  s.nodeEndpoints = readArray(r, flex, (r) => readNodeEndpoint(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeShareAcknowledgeResponse(w: Writer, v: number, s: Init<ShareAcknowledgeResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex);
  writeArray(w, flex, (s.responses === undefined ? [] : s.responses), (w, e) => { writeShareAcknowledgeTopicResponse(w, v, e); });
  writeArray(w, flex, (s.nodeEndpoints === undefined ? [] : s.nodeEndpoints), (w, e) => { writeNodeEndpoint(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ShareAcknowledgeResponseVersions = { min: 0, max: 0 } as const;

export function decodeShareAcknowledgeResponse(r: Reader, v: number): ShareAcknowledgeResponse {
  if (v < 0 || v > 0) throw new DecodeError(`ShareAcknowledgeResponse version ${v} is outside 0-0`);
  return readShareAcknowledgeResponse(r, v);
}

export function encodeShareAcknowledgeResponse(w: Writer, v: number, m: Init<ShareAcknowledgeResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ShareAcknowledgeResponse version ${v} is outside 0-0`);
  writeShareAcknowledgeResponse(w, v, m);
}

export const ShareAcknowledgeApi: ApiCodec<ShareAcknowledgeRequest, ShareAcknowledgeResponse> = {
  apiKey: 79,
  name: 'ShareAcknowledge',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeShareAcknowledgeRequest,
  encodeRequest: encodeShareAcknowledgeRequest,
  decodeResponse: decodeShareAcknowledgeResponse,
  encodeResponse: encodeShareAcknowledgeResponse,
};
