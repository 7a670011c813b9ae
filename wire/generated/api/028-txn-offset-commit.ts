// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// TxnOffsetCommit (api key 28): request and response, versions 0-4.

export interface TxnOffsetCommitRequestTopic {
  /** The topic name. */
  name: string;
  /** The partitions inside the topic that we want to commit offsets for. */
  partitions: TxnOffsetCommitRequestPartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitRequestTopic(): TxnOffsetCommitRequestTopic {
  return { name: "", partitions: [] };
}

function readTxnOffsetCommitRequestTopic(r: Reader, v: number): TxnOffsetCommitRequestTopic {
  const flex = v >= 3;
  const s = defaultTxnOffsetCommitRequestTopic();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readTxnOffsetCommitRequestPartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTxnOffsetCommitRequestTopic(w: Writer, v: number, s: Init<TxnOffsetCommitRequestTopic>): void {
  const flex = v >= 3;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeTxnOffsetCommitRequestPartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface TxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. */
  partitionIndex: number;
  /** The message offset to be committed. */
  committedOffset: bigint;
  /** The leader epoch of the last consumed record. */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. */
  committedMetadata: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitRequestPartition(): TxnOffsetCommitRequestPartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, committedMetadata: "" };
}

function readTxnOffsetCommitRequestPartition(r: Reader, v: number): TxnOffsetCommitRequestPartition {
  const flex = v >= 3;
  const s = defaultTxnOffsetCommitRequestPartition();
  s.partitionIndex = r.int32();
  s.committedOffset = r.int64();
  if (v >= 2) s.committedLeaderEpoch = r.int32();
  s.committedMetadata = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTxnOffsetCommitRequestPartition(w: Writer, v: number, s: Init<TxnOffsetCommitRequestPartition>): void {
  const flex = v >= 3;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int64((s.committedOffset === undefined ? 0n : s.committedOffset));
  if (v >= 2) { w.int32((s.committedLeaderEpoch === undefined ? -1 : s.committedLeaderEpoch)); }
  w.nullableString((s.committedMetadata === undefined ? "" : s.committedMetadata), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. */
  transactionalId: string;
  /** The ID of the group. */
  groupId: string;
  /** The current producer ID in use by the transactional ID. */
  producerId: bigint;
  /** The current epoch associated with the producer ID. */
  producerEpoch: number;
  /** The generation of the consumer. */
  generationId: number;
  /** The member ID assigned by the group coordinator. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** Each topic that we want to commit offsets for. */
  topics: TxnOffsetCommitRequestTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitRequest(): TxnOffsetCommitRequest {
  return { transactionalId: "", groupId: "", producerId: 0n, producerEpoch: 0, generationId: -1, memberId: "", groupInstanceId: null, topics: [] };
}

function readTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest {
  const flex = v >= 3;
  const s = defaultTxnOffsetCommitRequest();
  s.transactionalId = r.string(flex);
  s.groupId = r.string(flex);
  s.producerId = r.int64();
  s.producerEpoch = r.int16();
  if (v >= 3) s.generationId = r.int32();
  if (v >= 3) s.memberId = r.string(flex);
  if (v >= 3) s.groupInstanceId = (v >= 3 ? r.nullableString(flex) : r.string(flex));
  s.topics = readArray(r, flex, (r) => readTxnOffsetCommitRequestTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTxnOffsetCommitRequest(w: Writer, v: number, s: Init<TxnOffsetCommitRequest>): void {
  const flex = v >= 3;
  w.string((s.transactionalId === undefined ? "" : s.transactionalId), flex);
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  w.int64((s.producerId === undefined ? 0n : s.producerId));
  w.int16((s.producerEpoch === undefined ? 0 : s.producerEpoch));
  if (v >= 3) { w.int32((s.generationId === undefined ? -1 : s.generationId)); }
  if (v >= 3) { w.string((s.memberId === undefined ? "" : s.memberId), flex); }
  if (v >= 3) { w.nullableString((s.groupInstanceId === undefined ? null : s.groupInstanceId), flex); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeTxnOffsetCommitRequestTopic(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const TxnOffsetCommitRequestVersions = { min: 0, max: 4 } as const;

export function decodeTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest {
  if (v < 0 || v > 4) throw new DecodeError(`TxnOffsetCommitRequest version ${v} is outside 0-4`);
  return readTxnOffsetCommitRequest(r, v);
}

export function encodeTxnOffsetCommitRequest(w: Writer, v: number, m: Init<TxnOffsetCommitRequest>): void {
  if (v < 0 || v > 4) throw new EncodeError(`TxnOffsetCommitRequest version ${v} is outside 0-4`);
  writeTxnOffsetCommitRequest(w, v, m);
}

export interface TxnOffsetCommitResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses for each partition in the topic. */
  partitions: TxnOffsetCommitResponsePartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitResponseTopic(): TxnOffsetCommitResponseTopic {
  return { name: "", partitions: [] };
}

function readTxnOffsetCommitResponseTopic(r: Reader, v: number): TxnOffsetCommitResponseTopic {
  const flex = v >= 3;
  const s = defaultTxnOffsetCommitResponseTopic();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readTxnOffsetCommitResponsePartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTxnOffsetCommitResponseTopic(w: Writer, v: number, s: Init<TxnOffsetCommitResponseTopic>): void {
  const flex = v >= 3;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeTxnOffsetCommitResponsePartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface TxnOffsetCommitResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitResponsePartition(): TxnOffsetCommitResponsePartition {
  return { partitionIndex: 0, errorCode: 0 };
}

function readTxnOffsetCommitResponsePartition(r: Reader, v: number): TxnOffsetCommitResponsePartition {
  const flex = v >= 3;
  const s = defaultTxnOffsetCommitResponsePartition();
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

function writeTxnOffsetCommitResponsePartition(w: Writer, v: number, s: Init<TxnOffsetCommitResponsePartition>): void {
  const flex = v >= 3;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each topic. */
  topics: TxnOffsetCommitResponseTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitResponse(): TxnOffsetCommitResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse {
  const flex = v >= 3;
  const s = defaultTxnOffsetCommitResponse();
  s.throttleTimeMs = r.int32();
  s.topics = readArray(r, flex, (r) => readTxnOffsetCommitResponseTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTxnOffsetCommitResponse(w: Writer, v: number, s: Init<TxnOffsetCommitResponse>): void {
  const flex = v >= 3;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeTxnOffsetCommitResponseTopic(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const TxnOffsetCommitResponseVersions = { min: 0, max: 4 } as const;

export function decodeTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse {
  if (v < 0 || v > 4) throw new DecodeError(`TxnOffsetCommitResponse version ${v} is outside 0-4`);
  return readTxnOffsetCommitResponse(r, v);
}

export function encodeTxnOffsetCommitResponse(w: Writer, v: number, m: Init<TxnOffsetCommitResponse>): void {
  if (v < 0 || v > 4) throw new EncodeError(`TxnOffsetCommitResponse version ${v} is outside 0-4`);
  writeTxnOffsetCommitResponse(w, v, m);
}

export const TxnOffsetCommitApi: ApiCodec<TxnOffsetCommitRequest, TxnOffsetCommitResponse> = {
  apiKey: 28,
  name: 'TxnOffsetCommit',
  minVersion: 0,
  maxVersion: 4,
  flexibleMin: 3,
  decodeRequest: decodeTxnOffsetCommitRequest,
  encodeRequest: encodeTxnOffsetCommitRequest,
  decodeResponse: decodeTxnOffsetCommitResponse,
  encodeResponse: encodeTxnOffsetCommitResponse,
};
