// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeTransactions (api key 65): request and response, versions 0-0.

export interface DescribeTransactionsRequest {
  /** Array of transactionalIds to include in describe results. If empty, then no results will be returned. */
  transactionalIds: string[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTransactionsRequest(): DescribeTransactionsRequest {
  return { transactionalIds: [] };
}

function readDescribeTransactionsRequest(r: Reader, _v: number): DescribeTransactionsRequest {
  const flex = true;
  const s = defaultDescribeTransactionsRequest();
  s.transactionalIds = readArray(r, flex, (r) => r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeTransactionsRequest(w: Writer, _v: number, s: Init<DescribeTransactionsRequest>): void {
  const flex = true;
  writeArray(w, flex, (s.transactionalIds === undefined ? [] : s.transactionalIds), (w, e) => { w.string(e, flex); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeTransactionsRequestVersions = { min: 0, max: 0 } as const;

export function decodeDescribeTransactionsRequest(r: Reader, v: number): DescribeTransactionsRequest {
  if (v < 0 || v > 0) throw new DecodeError(`DescribeTransactionsRequest version ${v} is outside 0-0`);
  return readDescribeTransactionsRequest(r, v);
}

export function encodeDescribeTransactionsRequest(w: Writer, v: number, m: Init<DescribeTransactionsRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`DescribeTransactionsRequest version ${v} is outside 0-0`);
  writeDescribeTransactionsRequest(w, v, m);
}

export interface TransactionState {
  errorCode: number;
  transactionalId: string;
  transactionState: string;
  transactionTimeoutMs: number;
  transactionStartTimeMs: bigint;
  producerId: bigint;
  producerEpoch: number;
  /** The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers. */
  topics: TopicData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTransactionState(): TransactionState {
  return { errorCode: 0, transactionalId: "", transactionState: "", transactionTimeoutMs: 0, transactionStartTimeMs: 0n, producerId: 0n, producerEpoch: 0, topics: [] };
}

function readTransactionState(r: Reader, v: number): TransactionState {
  const flex = true;
  const s = defaultTransactionState();
  s.errorCode = r.int16();
  s.transactionalId = r.string(flex);
  s.transactionState = r.string(flex);
  s.transactionTimeoutMs = r.int32();
  s.transactionStartTimeMs = r.int64();
  s.producerId = r.int64();
  s.producerEpoch = r.int16();
  s.topics = readArray(r, flex, (r) => readTopicData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTransactionState(w: Writer, v: number, s: Init<TransactionState>): void {
  const flex = true;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.string((s.transactionalId === undefined ? "" : s.transactionalId), flex);
  w.string((s.transactionState === undefined ? "" : s.transactionState), flex);
  w.int32((s.transactionTimeoutMs === undefined ? 0 : s.transactionTimeoutMs));
  w.int64((s.transactionStartTimeMs === undefined ? 0n : s.transactionStartTimeMs));
  w.int64((s.producerId === undefined ? 0n : s.producerId));
  w.int16((s.producerEpoch === undefined ? 0 : s.producerEpoch));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeTopicData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface TopicData {
  topic: string;
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicData(): TopicData {
  return { topic: "", partitions: [] };
}

function readTopicData(r: Reader, _v: number): TopicData {
  const flex = true;
  const s = defaultTopicData();
  s.topic = r.string(flex);
  s.partitions = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTopicData(w: Writer, _v: number, s: Init<TopicData>): void {
  const flex = true;
  w.string((s.topic === undefined ? "" : s.topic), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  transactionStates: TransactionState[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTransactionsResponse(): DescribeTransactionsResponse {
  return { throttleTimeMs: 0, transactionStates: [] };
}

function readDescribeTransactionsResponse(r: Reader, v: number): DescribeTransactionsResponse {
  const flex = true;
  const s = defaultDescribeTransactionsResponse();
  s.throttleTimeMs = r.int32();
  s.transactionStates = readArray(r, flex, (r) => readTransactionState(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeTransactionsResponse(w: Writer, v: number, s: Init<DescribeTransactionsResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.transactionStates === undefined ? [] : s.transactionStates), (w, e) => { writeTransactionState(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeTransactionsResponseVersions = { min: 0, max: 0 } as const;

export function decodeDescribeTransactionsResponse(r: Reader, v: number): DescribeTransactionsResponse {
  if (v < 0 || v > 0) throw new DecodeError(`DescribeTransactionsResponse version ${v} is outside 0-0`);
  return readDescribeTransactionsResponse(r, v);
}

export function encodeDescribeTransactionsResponse(w: Writer, v: number, m: Init<DescribeTransactionsResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`DescribeTransactionsResponse version ${v} is outside 0-0`);
  writeDescribeTransactionsResponse(w, v, m);
}

export const DescribeTransactionsApi: ApiCodec<DescribeTransactionsRequest, DescribeTransactionsResponse> = {
  apiKey: 65,
  name: 'DescribeTransactions',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeDescribeTransactionsRequest,
  encodeRequest: encodeDescribeTransactionsRequest,
  decodeResponse: decodeDescribeTransactionsResponse,
  encodeResponse: encodeDescribeTransactionsResponse,
};
