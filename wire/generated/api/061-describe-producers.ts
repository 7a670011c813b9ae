// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeProducers (api key 61): request and response, versions 0-0.

export interface TopicRequest {
  /** The topic name. */
  name: string;
  /** The indexes of the partitions to list producers for. */
  partitionIndexes: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicRequest(): TopicRequest {
  return { name: "", partitionIndexes: [] };
}

function readTopicRequest(r: Reader, _v: number): TopicRequest {
  const flex = true;
  const s = defaultTopicRequest();
  s.name = r.string(flex);
  s.partitionIndexes = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTopicRequest(w: Writer, _v: number, s: Init<TopicRequest>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitionIndexes === undefined ? [] : s.partitionIndexes), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeProducersRequest {
  topics: TopicRequest[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeProducersRequest(): DescribeProducersRequest {
  return { topics: [] };
}

function readDescribeProducersRequest(r: Reader, v: number): DescribeProducersRequest {
  const flex = true;
  const s = defaultDescribeProducersRequest();
  s.topics = readArray(r, flex, (r) => readTopicRequest(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeProducersRequest(w: Writer, v: number, s: Init<DescribeProducersRequest>): void {
  const flex = true;
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeTopicRequest(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeProducersRequestVersions = { min: 0, max: 0 } as const;

export function decodeDescribeProducersRequest(r: Reader, v: number): DescribeProducersRequest {
  if (v < 0 || v > 0) throw new DecodeError(`DescribeProducersRequest version ${v} is outside 0-0`);
  return readDescribeProducersRequest(r, v);
}

export function encodeDescribeProducersRequest(w: Writer, v: number, m: Init<DescribeProducersRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`DescribeProducersRequest version ${v} is outside 0-0`);
  writeDescribeProducersRequest(w, v, m);
}

export interface TopicResponse {
  /** The topic name */
  name: string;
  /** Each partition in the response. */
  partitions: PartitionResponse[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicResponse(): TopicResponse {
  return { name: "", partitions: [] };
}

function readTopicResponse(r: Reader, v: number): TopicResponse {
  const flex = true;
  const s = defaultTopicResponse();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readPartitionResponse(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTopicResponse(w: Writer, v: number, s: Init<TopicResponse>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writePartitionResponse(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface PartitionResponse {
  /** The partition index. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. */
  errorCode: number;
  /** The partition error message, which may be null if no additional details are available */
  errorMessage: string | null;
  activeProducers: ProducerState[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionResponse(): PartitionResponse {
  return { partitionIndex: 0, errorCode: 0, errorMessage: null, activeProducers: [] };
}

function readPartitionResponse(r: Reader, v: number): PartitionResponse {
  const flex = true;
  const s = defaultPartitionResponse();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.activeProducers = readArray(r, flex, (r) => readProducerState(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writePartitionResponse(w: Writer, v: number, s: Init<PartitionResponse>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex);
  writeArray(w, flex, (s.activeProducers === undefined ? [] : s.activeProducers), (w, e) => { writeProducerState(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ProducerState {
  producerId: bigint;
  producerEpoch: number;
  lastSequence: number;
  lastTimestamp: bigint;
  coordinatorEpoch: number;
  currentTxnStartOffset: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultProducerState(): ProducerState {
  return { producerId: 0n, producerEpoch: 0, lastSequence: -1, lastTimestamp: -1n, coordinatorEpoch: 0, currentTxnStartOffset: -1n };
}

function readProducerState(r: Reader, _v: number): ProducerState {
  const flex = true;
  const s = defaultProducerState();
  s.producerId = r.int64();
  s.producerEpoch = r.int32();
  s.lastSequence = r.int32();
  s.lastTimestamp = r.int64();
  s.coordinatorEpoch = r.int32();
  s.currentTxnStartOffset = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeProducerState(w: Writer, _v: number, s: Init<ProducerState>): void {
  const flex = true;
  w.int64((s.producerId === undefined ? 0n : s.producerId));
  w.int32((s.producerEpoch === undefined ? 0 : s.producerEpoch));
  w.int32((s.lastSequence === undefined ? -1 : s.lastSequence));
  w.int64((s.lastTimestamp === undefined ? -1n : s.lastTimestamp));
  w.int32((s.coordinatorEpoch === undefined ? 0 : s.coordinatorEpoch));
  w.int64((s.currentTxnStartOffset === undefined ? -1n : s.currentTxnStartOffset));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each topic in the response. */
  topics: TopicResponse[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeProducersResponse(): DescribeProducersResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readDescribeProducersResponse(r: Reader, v: number): DescribeProducersResponse {
  const flex = true;
  const s = defaultDescribeProducersResponse();
  s.throttleTimeMs = r.int32();
  s.topics = readArray(r, flex, (r) => readTopicResponse(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeProducersResponse(w: Writer, v: number, s: Init<DescribeProducersResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeTopicResponse(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeProducersResponseVersions = { min: 0, max: 0 } as const;

export function decodeDescribeProducersResponse(r: Reader, v: number): DescribeProducersResponse {
  if (v < 0 || v > 0) throw new DecodeError(`DescribeProducersResponse version ${v} is outside 0-0`);
  return readDescribeProducersResponse(r, v);
}

export function encodeDescribeProducersResponse(w: Writer, v: number, m: Init<DescribeProducersResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`DescribeProducersResponse version ${v} is outside 0-0`);
  writeDescribeProducersResponse(w, v, m);
}

export const DescribeProducersApi: ApiCodec<DescribeProducersRequest, DescribeProducersResponse> = {
  apiKey: 61,
  name: 'DescribeProducers',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeDescribeProducersRequest,
  encodeRequest: encodeDescribeProducersRequest,
  decodeResponse: decodeDescribeProducersResponse,
  encodeResponse: encodeDescribeProducersResponse,
};
