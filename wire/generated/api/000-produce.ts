// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// Produce (api key 0): request and response, versions 0-11.

export interface TopicProduceData {
  /** The topic name. */
  name: string;
  /** Each partition to produce to. */
  partitionData: PartitionProduceData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicProduceData(): TopicProduceData {
  return { name: "", partitionData: [] };
}

function readTopicProduceData(r: Reader, v: number): TopicProduceData {
  const flex = v >= 9;
  const s = defaultTopicProduceData();
  s.name = r.string(flex);
  s.partitionData = readArray(r, flex, (r) => readPartitionProduceData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTopicProduceData(w: Writer, v: number, s: Init<TopicProduceData>): void {
  const flex = v >= 9;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitionData === undefined ? [] : s.partitionData), (w, e) => { writePartitionProduceData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface PartitionProduceData {
  /** The partition index. */
  index: number;
  /** The record data to be produced. */
  records: Buffer | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionProduceData(): PartitionProduceData {
  return { index: 0, records: null };
}

function readPartitionProduceData(r: Reader, v: number): PartitionProduceData {
  const flex = v >= 9;
  const s = defaultPartitionProduceData();
  s.index = r.int32();
  s.records = r.nullableBytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writePartitionProduceData(w: Writer, v: number, s: Init<PartitionProduceData>): void {
  const flex = v >= 9;
  w.int32((s.index === undefined ? 0 : s.index));
  w.nullableBytes((s.records === undefined ? null : s.records), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. */
  transactionalId: string | null;
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. */
  acks: number;
  /** The timeout to await a response in milliseconds. */
  timeoutMs: number;
  /** Each topic to produce to. */
  topicData: TopicProduceData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultProduceRequest(): ProduceRequest {
  return { transactionalId: null, acks: 0, timeoutMs: 0, topicData: [] };
}

function readProduceRequest(r: Reader, v: number): ProduceRequest {
  const flex = v >= 9;
  const s = defaultProduceRequest();
  if (v >= 3) s.transactionalId = (v >= 3 ? r.nullableString(flex) : r.string(flex));
  s.acks = r.int16();
  s.timeoutMs = r.int32();
  s.topicData = readArray(r, flex, (r) => readTopicProduceData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeProduceRequest(w: Writer, v: number, s: Init<ProduceRequest>): void {
  const flex = v >= 9;
  if (v >= 3) { w.nullableString((s.transactionalId === undefined ? null : s.transactionalId), flex); }
  w.int16((s.acks === undefined ? 0 : s.acks));
  w.int32((s.timeoutMs === undefined ? 0 : s.timeoutMs));
  writeArray(w, flex, (s.topicData === undefined ? [] : s.topicData), (w, e) => { writeTopicProduceData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ProduceRequestVersions = { min: 0, max: 11 } as const;

export function decodeProduceRequest(r: Reader, v: number): ProduceRequest {
  if (v < 0 || v > 11) throw new DecodeError(`ProduceRequest version ${v} is outside 0-11`);
  return readProduceRequest(r, v);
}

export function encodeProduceRequest(w: Writer, v: number, m: Init<ProduceRequest>): void {
  if (v < 0 || v > 11) throw new EncodeError(`ProduceRequest version ${v} is outside 0-11`);
  writeProduceRequest(w, v, m);
}

export interface TopicProduceResponse {
  /** The topic name */
  name: string;
  /** Each partition that we produced to within the topic. */
  partitionResponses: PartitionProduceResponse[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicProduceResponse(): TopicProduceResponse {
  return { name: "", partitionResponses: [] };
}

function readTopicProduceResponse(r: Reader, v: number): TopicProduceResponse {
  const flex = v >= 9;
  const s = defaultTopicProduceResponse();
  s.name = r.string(flex);
  s.partitionResponses = readArray(r, flex, (r) => readPartitionProduceResponse(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTopicProduceResponse(w: Writer, v: number, s: Init<TopicProduceResponse>): void {
  const flex = v >= 9;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitionResponses === undefined ? [] : s.partitionResponses), (w, e) => { writePartitionProduceResponse(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface PartitionProduceResponse {
  /** The partition index. */
  index: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The base offset. */
  baseOffset: bigint;
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1. If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. */
  logAppendTimeMs: bigint;
  /** The log start offset. */
  logStartOffset: bigint;
  /** The batch indices of records that caused the batch to be dropped */
  recordErrors: BatchIndexAndErrorMessage[];
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped */
  errorMessage: string | null;
  currentLeader: LeaderIdAndEpoch;
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionProduceResponse(): PartitionProduceResponse {
  return { index: 0, errorCode: 0, baseOffset: 0n, logAppendTimeMs: -1n, logStartOffset: -1n, recordErrors: [], errorMessage: null, currentLeader: defaultLeaderIdAndEpoch() };
}

function readPartitionProduceResponse(r: Reader, v: number): PartitionProduceResponse {
  const flex = v >= 9;
  const s = defaultPartitionProduceResponse();
  s.index = r.int32();
  s.errorCode = r.int16();
  s.baseOffset = r.int64();
  if (v >= 2) s.logAppendTimeMs = r.int64();
  if (v >= 5) s.logStartOffset = r.int64();
  if (v >= 8) s.recordErrors = readArray(r, flex, (r) => readBatchIndexAndErrorMessage(r, v));
  if (v >= 8) s.errorMessage = (v >= 8 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 10) {
            const sub = Reader.over(f.data);
            s.currentLeader = ((r: Reader) => readLeaderIdAndEpoch(r, v))(sub);
            continue;
          }
          break;
      }
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writePartitionProduceResponse(w: Writer, v: number, s: Init<PartitionProduceResponse>): void {
  const flex = v >= 9;
  w.int32((s.index === undefined ? 0 : s.index));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int64((s.baseOffset === undefined ? 0n : s.baseOffset));
  if (v >= 2) { w.int64((s.logAppendTimeMs === undefined ? -1n : s.logAppendTimeMs)); }
  if (v >= 5) { w.int64((s.logStartOffset === undefined ? -1n : s.logStartOffset)); }
  if (v >= 8) { writeArray(w, flex, (s.recordErrors === undefined ? [] : s.recordErrors), (w, e) => { writeBatchIndexAndErrorMessage(w, v, e); }); }
  if (v >= 8) { w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 10 && s.currentLeader !== undefined && s.currentLeader !== null) {
      const x = s.currentLeader;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeLeaderIdAndEpoch(w, v, x); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface BatchIndexAndErrorMessage {
  /** The batch index of the record that cause the batch to be dropped */
  batchIndex: number;
  /** The error message of the record that caused the batch to be dropped */
  batchIndexErrorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultBatchIndexAndErrorMessage(): BatchIndexAndErrorMessage {
  return { batchIndex: 0, batchIndexErrorMessage: null };
}

function readBatchIndexAndErrorMessage(r: Reader, v: number): BatchIndexAndErrorMessage {
  const flex = v >= 9;
  const s = defaultBatchIndexAndErrorMessage();
  if (v >= 8) s.batchIndex = r.int32();
  if (v >= 8) s.batchIndexErrorMessage = (v >= 8 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeBatchIndexAndErrorMessage(w: Writer, v: number, s: Init<BatchIndexAndErrorMessage>): void {
  const flex = v >= 9;
  if (v >= 8) { w.int32((s.batchIndex === undefined ? 0 : s.batchIndex)); }
  if (v >= 8) { w.nullableString((s.batchIndexErrorMessage === undefined ? null : s.batchIndexErrorMessage), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 };
}

function readLeaderIdAndEpoch(r: Reader, v: number): LeaderIdAndEpoch {
  const flex = v >= 9;
  const s = defaultLeaderIdAndEpoch();
  if (v >= 10) s.leaderId = r.int32();
  if (v >= 10) s.leaderEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaderIdAndEpoch(w: Writer, v: number, s: Init<LeaderIdAndEpoch>): void {
  const flex = v >= 9;
  if (v >= 10) { w.int32((s.leaderId === undefined ? -1 : s.leaderId)); }
  if (v >= 10) { w.int32((s.leaderEpoch === undefined ? -1 : s.leaderEpoch)); }
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

function readNodeEndpoint(r: Reader, v: number): NodeEndpoint {
  const flex = v >= 9;
  const s = defaultNodeEndpoint();
  if (v >= 10) s.nodeId = r.int32();
  if (v >= 10) s.host = r.string(flex);
  if (v >= 10) s.port = r.int32();
  if (v >= 10) s.rack = (v >= 10 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeNodeEndpoint(w: Writer, v: number, s: Init<NodeEndpoint>): void {
  const flex = v >= 9;
  if (v >= 10) { w.int32((s.nodeId === undefined ? 0 : s.nodeId)); }
  if (v >= 10) { w.string((s.host === undefined ? "" : s.host), flex); }
  if (v >= 10) { w.int32((s.port === undefined ? 0 : s.port)); }
  if (v >= 10) { w.nullableString((s.rack === undefined ? null : s.rack), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ProduceResponse {
  /** Each produce response */
  responses: TopicProduceResponse[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. */
  nodeEndpoints: NodeEndpoint[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultProduceResponse(): ProduceResponse {
  return { responses: [], throttleTimeMs: 0, nodeEndpoints: [] };
}

function readProduceResponse(r: Reader, v: number): ProduceResponse {
  const flex = v >= 9;
  const s = defaultProduceResponse();
  s.responses = readArray(r, flex, (r) => readTopicProduceResponse(r, v));
  if (v >= 1) s.throttleTimeMs = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 10) {
            const sub = Reader.over(f.data);
            s.nodeEndpoints = ((r: Reader) => readArray(r, true, (r) => readNodeEndpoint(r, v)))(sub);
            continue;
          }
          break;
      }
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeProduceResponse(w: Writer, v: number, s: Init<ProduceResponse>): void {
  const flex = v >= 9;
  writeArray(w, flex, (s.responses === undefined ? [] : s.responses), (w, e) => { writeTopicProduceResponse(w, v, e); });
  if (v >= 1) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 10 && s.nodeEndpoints !== undefined && s.nodeEndpoints.length > 0) {
      const x = s.nodeEndpoints;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeArray(w, true, x, (w, e) => { writeNodeEndpoint(w, v, e); }); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ProduceResponseVersions = { min: 0, max: 11 } as const;

export function decodeProduceResponse(r: Reader, v: number): ProduceResponse {
  if (v < 0 || v > 11) throw new DecodeError(`ProduceResponse version ${v} is outside 0-11`);
  return readProduceResponse(r, v);
}

export function encodeProduceResponse(w: Writer, v: number, m: Init<ProduceResponse>): void {
  if (v < 0 || v > 11) throw new EncodeError(`ProduceResponse version ${v} is outside 0-11`);
  writeProduceResponse(w, v, m);
}

export const ProduceApi: ApiCodec<ProduceRequest, ProduceResponse> = {
  apiKey: 0,
  name: 'Produce',
  minVersion: 0,
  maxVersion: 11,
  flexibleMin: 9,
  decodeRequest: decodeProduceRequest,
  encodeRequest: encodeProduceRequest,
  decodeResponse: decodeProduceResponse,
  encodeResponse: encodeProduceResponse,
};
