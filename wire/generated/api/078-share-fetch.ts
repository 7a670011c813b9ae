// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ShareFetch (api key 78): request and response, versions 0-0.

export interface FetchTopic {
  /** The unique topic ID. */
  topicId: string;
  /** The partitions to fetch. */
  partitions: FetchPartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchTopic(): FetchTopic {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readFetchTopic(r: Reader, v: number): FetchTopic {
  const flex = true;
  const s = defaultFetchTopic();
  s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => readFetchPartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFetchTopic(w: Writer, v: number, s: Init<FetchTopic>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeFetchPartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FetchPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored. */
  partitionMaxBytes: number;
  /** Record batches to acknowledge. */
  acknowledgementBatches: AcknowledgementBatch[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchPartition(): FetchPartition {
  return { partitionIndex: 0, partitionMaxBytes: 0, acknowledgementBatches: [] };
}

function readFetchPartition(r: Reader, v: number): FetchPartition {
  const flex = true;
  const s = defaultFetchPartition();
  s.partitionIndex = r.int32();
  s.partitionMaxBytes = r.int32();
  s.acknowledgementBatches = readArray(r, flex, (r) => readAcknowledgementBatch(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFetchPartition(w: Writer, v: number, s: Init<FetchPartition>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int32((s.partitionMaxBytes === undefined ? 0 : s.partitionMaxBytes));
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

export interface ForgottenTopic {
  /** The unique topic ID. */
  topicId: string;
  /** The partitions indexes to forget. */
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultForgottenTopic(): ForgottenTopic {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readForgottenTopic(r: Reader, _v: number): ForgottenTopic {
  const flex = true;
  const s = defaultForgottenTopic();
  s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeForgottenTopic(w: Writer, _v: number, s: Init<ForgottenTopic>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ShareFetchRequest {
  /** The group identifier. */
  groupId: string | null;
  /** The member ID. */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. */
  shareSessionEpoch: number;
  /** The maximum time in milliseconds to wait for the response. */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. */
  maxBytes: number;
  /** The topics to fetch. */
  topics: FetchTopic[];
  /** The partitions to remove from this share session. */
  forgottenTopicsData: ForgottenTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchRequest(): ShareFetchRequest {
  return { groupId: null, memberId: "", shareSessionEpoch: 0, maxWaitMs: 0, minBytes: 0, maxBytes: 2147483647, topics: [], forgottenTopicsData: [] };
}

function readShareFetchRequest(r: Reader, v: number): ShareFetchRequest {
  const flex = true;
  const s = defaultShareFetchRequest();
  s.groupId = r.nullableString(flex);
  s.memberId = r.nullableString(flex);
  s.shareSessionEpoch = r.int32();
  s.maxWaitMs = r.int32();
  s.minBytes = r.int32();
  s.maxBytes = r.int32();
  s.topics = readArray(r, flex, (r) => readFetchTopic(r, v));
  s.forgottenTopicsData = readArray(r, flex, (r) => readForgottenTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeShareFetchRequest(w: Writer, v: number, s: Init<ShareFetchRequest>): void {
  const flex = true;
  w.nullableString((s.groupId === undefined ? null : s.groupId), flex);
  w.nullableString((s.memberId === undefined ? "" : s.memberId), flex);
  w.int32((s.shareSessionEpoch === undefined ? 0 : s.shareSessionEpoch));
  w.int32((s.maxWaitMs === undefined ? 0 : s.maxWaitMs));
  w.int32((s.minBytes === undefined ? 0 : s.minBytes));
  w.int32((s.maxBytes === undefined ? 2147483647 : s.maxBytes));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeFetchTopic(w, v, e); });
  writeArray(w, flex, (s.forgottenTopicsData === undefined ? [] : s.forgottenTopicsData), (w, e) => { writeForgottenTopic(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ShareFetchRequestVersions = { min: 0, max: 0 } as const;

export function decodeShareFetchRequest(r: Reader, v: number): ShareFetchRequest {
  if (v < 0 || v > 0) throw new DecodeError(`ShareFetchRequest version ${v} is outside 0-0`);
  return readShareFetchRequest(r, v);
}

export function encodeShareFetchRequest(w: Writer, v: number, m: Init<ShareFetchRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ShareFetchRequest version ${v} is outside 0-0`);
  writeShareFetchRequest(w, v, m);
}

export interface ShareFetchableTopicResponse {
  /** The unique topic ID. */
  topicId: string;
  /** The topic partitions. */
  partitions: PartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchableTopicResponse(): ShareFetchableTopicResponse {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readShareFetchableTopicResponse(r: Reader, v: number): ShareFetchableTopicResponse {
  const flex = true;
  const s = defaultShareFetchableTopicResponse();
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

function writeShareFetchableTopicResponse(w: Writer, v: number, s: Init<ShareFetchableTopicResponse>): void {
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
  /** The fetch error code, or 0 if there was no fetch error. */
  errorCode: number;
  /** The fetch error message, or null if there was no fetch error. */
  errorMessage: string | null;
  /** The acknowledge error code, or 0 if there was no acknowledge error. */
  acknowledgeErrorCode: number;
  /** The acknowledge error message, or null if there was no acknowledge error. */
  acknowledgeErrorMessage: string | null;
  currentLeader: LeaderIdAndEpoch;
  /** The record data. */
  records: Buffer | null;
  /** The acquired records. */
  acquiredRecords: AcquiredRecords[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionData(): PartitionData {
  return { partitionIndex: 0, errorCode: 0, errorMessage: null, acknowledgeErrorCode: 0, acknowledgeErrorMessage: null, currentLeader: defaultLeaderIdAndEpoch(), records: null, acquiredRecords: [] };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  const s = defaultPartitionData();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.acknowledgeErrorCode = r.int16();
  s.acknowledgeErrorMessage = r.nullableString(flex);
  s.currentLeader = readLeaderIdAndEpoch(r, v);
  s.records = r.nullableBytes(flex);
  s.acquiredRecords = readArray(r, flex, (r) => readAcquiredRecords(r, v));
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
  w.int16((s.acknowledgeErrorCode === undefined ? 0 : s.acknowledgeErrorCode));
  w.nullableString((s.acknowledgeErrorMessage === undefined ? null : s.acknowledgeErrorMessage), flex);
  writeLeaderIdAndEpoch(w, v, (s.currentLeader === undefined ? defaultLeaderIdAndEpoch() : s.currentLeader));
  w.nullableBytes((s.records === undefined ? null : s.records), flex);
  writeArray(w, flex, (s.acquiredRecords === undefined ? [] : s.acquiredRecords), (w, e) => { writeAcquiredRecords(w, v, e); });
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

export interface AcquiredRecords {
  /** The earliest offset in this batch of acquired records. */
  firstOffset: bigint;
  /** The last offset of this batch of acquired records. */
  lastOffset: bigint;
  /** The delivery count of this batch of acquired records. */
  deliveryCount: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAcquiredRecords(): AcquiredRecords {
  return { firstOffset: 0n, lastOffset: 0n, deliveryCount: 0 };
}

function readAcquiredRecords(r: Reader, _v: number): AcquiredRecords {
  const flex = true;
  const s = defaultAcquiredRecords();
  s.firstOffset = r.int64();
  s.lastOffset = r.int64();
  s.deliveryCount = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAcquiredRecords(w: Writer, _v: number, s: Init<AcquiredRecords>): void {
  const flex = true;
  w.int64((s.firstOffset === undefined ? 0n : s.firstOffset));
  w.int64((s.lastOffset === undefined ? 0n : s.lastOffset));
  w.int16((s.deliveryCount === undefined ? 0 : s.deliveryCount));
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

export interface ShareFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top-level response error code. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The response topics. */
  responses: ShareFetchableTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. */
  nodeEndpoints: NodeEndpoint[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchResponse(): ShareFetchResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, responses: [], nodeEndpoints: [] };
}

function readShareFetchResponse(r: Reader, v: number): ShareFetchResponse {
  const flex = true;
  const s = defaultShareFetchResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.responses = readArray(r, flex, (r) => readShareFetchableTopicResponse(r, v));
  s.nodeEndpoints = readArray(r, flex, (r) => readNodeEndpoint(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeShareFetchResponse(w: Writer, v: number, s: Init<ShareFetchResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex);
  writeArray(w, flex, (s.responses === undefined ? [] : s.responses), (w, e) => { writeShareFetchableTopicResponse(w, v, e); });
  writeArray(w, flex, (s.nodeEndpoints === undefined ? [] : s.nodeEndpoints), (w, e) => { writeNodeEndpoint(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ShareFetchResponseVersions = { min: 0, max: 0 } as const;

export function decodeShareFetchResponse(r: Reader, v: number): ShareFetchResponse {
  if (v < 0 || v > 0) throw new DecodeError(`ShareFetchResponse version ${v} is outside 0-0`);
  return readShareFetchResponse(r, v);
}

export function encodeShareFetchResponse(w: Writer, v: number, m: Init<ShareFetchResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ShareFetchResponse version ${v} is outside 0-0`);
  writeShareFetchResponse(w, v, m);
}

export const ShareFetchApi: ApiCodec<ShareFetchRequest, ShareFetchResponse> = {
  apiKey: 78,
  name: 'ShareFetch',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeShareFetchRequest,
  encodeRequest: encodeShareFetchRequest,
  decodeResponse: decodeShareFetchResponse,
  encodeResponse: encodeShareFetchResponse,
};
