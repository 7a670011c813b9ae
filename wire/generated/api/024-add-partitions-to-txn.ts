// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// AddPartitionsToTxn (api key 24): request and response, versions 0-5.

export interface AddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. */
  transactionalId: string;
  /** Current producer id in use by the transactional id. */
  producerId: bigint;
  /** Current epoch associated with the producer id. */
  producerEpoch: number;
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. */
  verifyOnly: boolean;
  /** The partitions to add to the transaction. */
  topics: AddPartitionsToTxnTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnTransaction(): AddPartitionsToTxnTransaction {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, verifyOnly: false, topics: [] };
}

function readAddPartitionsToTxnTransaction(r: Reader, v: number): AddPartitionsToTxnTransaction {
  const flex = v >= 3;
  const s = defaultAddPartitionsToTxnTransaction();
  if (v >= 4) s.transactionalId = r.string(flex);
  if (v >= 4) s.producerId = r.int64();
  if (v >= 4) s.producerEpoch = r.int16();
  if (v >= 4) s.verifyOnly = r.bool();
  if (v >= 4) s.topics = readArray(r, flex, (r) => readAddPartitionsToTxnTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAddPartitionsToTxnTransaction(w: Writer, v: number, s: Init<AddPartitionsToTxnTransaction>): void {
  const flex = v >= 3;
  if (v >= 4) { w.string((s.transactionalId === undefined ? "" : s.transactionalId), flex); }
  if (v >= 4) { w.int64((s.producerId === undefined ? 0n : s.producerId)); }
  if (v >= 4) { w.int16((s.producerEpoch === undefined ? 0 : s.producerEpoch)); }
  if (v >= 4) { w.bool((s.verifyOnly === undefined ? false : s.verifyOnly)); }
  if (v >= 4) { writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeAddPartitionsToTxnTopic(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AddPartitionsToTxnTopic {
  /** The name of the topic. */
  name: string;
  /** The partition indexes to add to the transaction */
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnTopic(): AddPartitionsToTxnTopic {
  return { name: "", partitions: [] };
}

function readAddPartitionsToTxnTopic(r: Reader, v: number): AddPartitionsToTxnTopic {
  const flex = v >= 3;
  const s = defaultAddPartitionsToTxnTopic();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAddPartitionsToTxnTopic(w: Writer, v: number, s: Init<AddPartitionsToTxnTopic>): void {
  const flex = v >= 3;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. */
  transactions: AddPartitionsToTxnTransaction[];
  /** The transactional id corresponding to the transaction. */
  v3AndBelowTransactionalId: string;
  /** Current producer id in use by the transactional id. */
  v3AndBelowProducerId: bigint;
  /** Current epoch associated with the producer id. */
  v3AndBelowProducerEpoch: number;
  /** The partitions to add to the transaction. */
  v3AndBelowTopics: AddPartitionsToTxnTopic[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnRequest(): AddPartitionsToTxnRequest {
  return { transactions: [], v3AndBelowTransactionalId: "", v3AndBelowProducerId: 0n, v3AndBelowProducerEpoch: 0, v3AndBelowTopics: [] };
}

function readAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
  const flex = v >= 3;
  const s = defaultAddPartitionsToTxnRequest();
  if (v >= 4) s.transactions = readArray(r, flex, (r) => readAddPartitionsToTxnTransaction(r, v));
  if (v <= 3) s.v3AndBelowTransactionalId = r.string(flex);
  if (v <= 3) s.v3AndBelowProducerId = r.int64();
  if (v <= 3) s.v3AndBelowProducerEpoch = r.int16();
  if (v <= 3) s.v3AndBelowTopics = readArray(r, flex, (r) => readAddPartitionsToTxnTopic(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAddPartitionsToTxnRequest(w: Writer, v: number, s: Init<AddPartitionsToTxnRequest>): void {
  const flex = v >= 3;
  if (v >= 4) { writeArray(w, flex, (s.transactions === undefined ? [] : s.transactions), (w, e) => { writeAddPartitionsToTxnTransaction(w, v, e); }); }
  if (v <= 3) { w.string((s.v3AndBelowTransactionalId === undefined ? "" : s.v3AndBelowTransactionalId), flex); }
  if (v <= 3) { w.int64((s.v3AndBelowProducerId === undefined ? 0n : s.v3AndBelowProducerId)); }
  if (v <= 3) { w.int16((s.v3AndBelowProducerEpoch === undefined ? 0 : s.v3AndBelowProducerEpoch)); }
  if (v <= 3) { writeArray(w, flex, (s.v3AndBelowTopics === undefined ? [] : s.v3AndBelowTopics), (w, e) => { writeAddPartitionsToTxnTopic(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AddPartitionsToTxnRequestVersions = { min: 0, max: 5 } as const;

export function decodeAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
  if (v < 0 || v > 5) throw new DecodeError(`AddPartitionsToTxnRequest version ${v} is outside 0-5`);
  return readAddPartitionsToTxnRequest(r, v);
}

export function encodeAddPartitionsToTxnRequest(w: Writer, v: number, m: Init<AddPartitionsToTxnRequest>): void {
  if (v < 0 || v > 5) throw new EncodeError(`AddPartitionsToTxnRequest version ${v} is outside 0-5`);
  writeAddPartitionsToTxnRequest(w, v, m);
}

export interface AddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. */
  transactionalId: string;
  /** The results for each topic. */
  topicResults: AddPartitionsToTxnTopicResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnResult(): AddPartitionsToTxnResult {
  return { transactionalId: "", topicResults: [] };
}

function readAddPartitionsToTxnResult(r: Reader, v: number): AddPartitionsToTxnResult {
  const flex = v >= 3;
  const s = defaultAddPartitionsToTxnResult();
  if (v >= 4) s.transactionalId = r.string(flex);
  if (v >= 4) s.topicResults = readArray(r, flex, (r) => readAddPartitionsToTxnTopicResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAddPartitionsToTxnResult(w: Writer, v: number, s: Init<AddPartitionsToTxnResult>): void {
  const flex = v >= 3;
  if (v >= 4) { w.string((s.transactionalId === undefined ? "" : s.transactionalId), flex); }
  if (v >= 4) { writeArray(w, flex, (s.topicResults === undefined ? [] : s.topicResults), (w, e) => { writeAddPartitionsToTxnTopicResult(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AddPartitionsToTxnTopicResult {
  /** The topic name. */
  name: string;
  /** The results for each partition */
  resultsByPartition: AddPartitionsToTxnPartitionResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnTopicResult(): AddPartitionsToTxnTopicResult {
  return { name: "", resultsByPartition: [] };
}

function readAddPartitionsToTxnTopicResult(r: Reader, v: number): AddPartitionsToTxnTopicResult {
  const flex = v >= 3;
  const s = defaultAddPartitionsToTxnTopicResult();
  s.name = r.string(flex);
  s.resultsByPartition = readArray(r, flex, (r) => readAddPartitionsToTxnPartitionResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAddPartitionsToTxnTopicResult(w: Writer, v: number, s: Init<AddPartitionsToTxnTopicResult>): void {
  const flex = v >= 3;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.resultsByPartition === undefined ? [] : s.resultsByPartition), (w, e) => { writeAddPartitionsToTxnPartitionResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AddPartitionsToTxnPartitionResult {
  /** The partition indexes. */
  partitionIndex: number;
  /** The response error code. */
  partitionErrorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnPartitionResult(): AddPartitionsToTxnPartitionResult {
  return { partitionIndex: 0, partitionErrorCode: 0 };
}

function readAddPartitionsToTxnPartitionResult(r: Reader, v: number): AddPartitionsToTxnPartitionResult {
  const flex = v >= 3;
  const s = defaultAddPartitionsToTxnPartitionResult();
  s.partitionIndex = r.int32();
  s.partitionErrorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAddPartitionsToTxnPartitionResult(w: Writer, v: number, s: Init<AddPartitionsToTxnPartitionResult>): void {
  const flex = v >= 3;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.partitionErrorCode === undefined ? 0 : s.partitionErrorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The response top level error code. */
  errorCode: number;
  /** Results categorized by transactional ID. */
  resultsByTransaction: AddPartitionsToTxnResult[];
  /** The results for each topic. */
  resultsByTopicV3AndBelow: AddPartitionsToTxnTopicResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnResponse(): AddPartitionsToTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0, resultsByTransaction: [], resultsByTopicV3AndBelow: [] };
}

function readAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
  const flex = v >= 3;
  const s = defaultAddPartitionsToTxnResponse();
  s.throttleTimeMs = r.int32();
  if (v >= 4) s.errorCode = r.int16();
  if (v >= 4) s.resultsByTransaction = readArray(r, flex, (r) => readAddPartitionsToTxnResult(r, v));
  if (v <= 3) s.resultsByTopicV3AndBelow = readArray(r, flex, (r) => readAddPartitionsToTxnTopicResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAddPartitionsToTxnResponse(w: Writer, v: number, s: Init<AddPartitionsToTxnResponse>): void {
  const flex = v >= 3;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  if (v >= 4) { w.int16((s.errorCode === undefined ? 0 : s.errorCode)); }
  if (v >= 4) { writeArray(w, flex, (s.resultsByTransaction === undefined ? [] : s.resultsByTransaction), (w, e) => { writeAddPartitionsToTxnResult(w, v, e); }); }
  if (v <= 3) { writeArray(w, flex, (s.resultsByTopicV3AndBelow === undefined ? [] : s.resultsByTopicV3AndBelow), (w, e) => { writeAddPartitionsToTxnTopicResult(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AddPartitionsToTxnResponseVersions = { min: 0, max: 5 } as const;

export function decodeAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
  if (v < 0 || v > 5) throw new DecodeError(`AddPartitionsToTxnResponse version ${v} is outside 0-5`);
  return readAddPartitionsToTxnResponse(r, v);
}

export function encodeAddPartitionsToTxnResponse(w: Writer, v: number, m: Init<AddPartitionsToTxnResponse>): void {
  if (v < 0 || v > 5) throw new EncodeError(`AddPartitionsToTxnResponse version ${v} is outside 0-5`);
  writeAddPartitionsToTxnResponse(w, v, m);
}

export const AddPartitionsToTxnApi: ApiCodec<AddPartitionsToTxnRequest, AddPartitionsToTxnResponse> = {
  apiKey: 24,
  name: 'AddPartitionsToTxn',
  minVersion: 0,
  maxVersion: 5,
  flexibleMin: 3,
  decodeRequest: decodeAddPartitionsToTxnRequest,
  encodeRequest: encodeAddPartitionsToTxnRequest,
  decodeResponse: decodeAddPartitionsToTxnResponse,
  encodeResponse: encodeAddPartitionsToTxnResponse,
};
