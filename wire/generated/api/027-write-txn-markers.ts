// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// WriteTxnMarkers (api key 27): request and response, versions 0-1.

export interface WritableTxnMarker {
  /** The current producer ID. */
  producerId: bigint;
  /** The current epoch associated with the producer ID. */
  producerEpoch: number;
  /** The result of the transaction to write to the partitions (false = ABORT, true = COMMIT). */
  transactionResult: boolean;
  /** Each topic that we want to write transaction marker(s) for. */
  topics: WritableTxnMarkerTopic[];
  /** Epoch associated with the transaction state partition hosted by this transaction coordinator */
  coordinatorEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultWritableTxnMarker(): WritableTxnMarker {
  return { producerId: 0n, producerEpoch: 0, transactionResult: false, topics: [], coordinatorEpoch: 0 };
}

function readWritableTxnMarker(r: Reader, v: number): WritableTxnMarker {
  const flex = v >= 1;
  const s = defaultWritableTxnMarker();
  s.producerId = r.int64();
  s.producerEpoch = r.int16();
  s.transactionResult = r.bool();
  s.topics = readArray(r, flex, (r) => readWritableTxnMarkerTopic(r, v));
  s.coordinatorEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeWritableTxnMarker(w: Writer, v: number, s: Init<WritableTxnMarker>): void {
  const flex = v >= 1;
  w.int64((s.producerId === undefined ? 0n : s.producerId));
  w.int16((s.producerEpoch === undefined ? 0 : s.producerEpoch));
  w.bool((s.transactionResult === undefined ? false : s.transactionResult));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeWritableTxnMarkerTopic(w, v, e); });
  w.int32((s.coordinatorEpoch === undefined ? 0 : s.coordinatorEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface WritableTxnMarkerTopic {
  /** The topic name. */
  name: string;
  /** The indexes of the partitions to write transaction markers for. */
  partitionIndexes: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultWritableTxnMarkerTopic(): WritableTxnMarkerTopic {
  return { name: "", partitionIndexes: [] };
}

function readWritableTxnMarkerTopic(r: Reader, v: number): WritableTxnMarkerTopic {
  const flex = v >= 1;
  const s = defaultWritableTxnMarkerTopic();
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

function writeWritableTxnMarkerTopic(w: Writer, v: number, s: Init<WritableTxnMarkerTopic>): void {
  const flex = v >= 1;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitionIndexes === undefined ? [] : s.partitionIndexes), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface WriteTxnMarkersRequest {
  /** The transaction markers to be written. */
  markers: WritableTxnMarker[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultWriteTxnMarkersRequest(): WriteTxnMarkersRequest {
  return { markers: [] };
}

function readWriteTxnMarkersRequest(r: Reader, v: number): WriteTxnMarkersRequest {
  const flex = v >= 1;
  const s = defaultWriteTxnMarkersRequest();
  s.markers = readArray(r, flex, (r) => readWritableTxnMarker(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeWriteTxnMarkersRequest(w: Writer, v: number, s: Init<WriteTxnMarkersRequest>): void {
  const flex = v >= 1;
  writeArray(w, flex, (s.markers === undefined ? [] : s.markers), (w, e) => { writeWritableTxnMarker(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const WriteTxnMarkersRequestVersions = { min: 0, max: 1 } as const;

export function decodeWriteTxnMarkersRequest(r: Reader, v: number): WriteTxnMarkersRequest {
  if (v < 0 || v > 1) throw new DecodeError(`WriteTxnMarkersRequest version ${v} is outside 0-1`);
  return readWriteTxnMarkersRequest(r, v);
}

export function encodeWriteTxnMarkersRequest(w: Writer, v: number, m: Init<WriteTxnMarkersRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`WriteTxnMarkersRequest version ${v} is outside 0-1`);
  writeWriteTxnMarkersRequest(w, v, m);
}

export interface WritableTxnMarkerResult {
  /** The current producer ID in use by the transactional ID. */
  producerId: bigint;
  /** The results by topic. */
  topics: WritableTxnMarkerTopicResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultWritableTxnMarkerResult(): WritableTxnMarkerResult {
  return { producerId: 0n, topics: [] };
}

function readWritableTxnMarkerResult(r: Reader, v: number): WritableTxnMarkerResult {
  const flex = v >= 1;
  const s = defaultWritableTxnMarkerResult();
  s.producerId = r.int64();
  s.topics = readArray(r, flex, (r) => readWritableTxnMarkerTopicResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeWritableTxnMarkerResult(w: Writer, v: number, s: Init<WritableTxnMarkerResult>): void {
  const flex = v >= 1;
  w.int64((s.producerId === undefined ? 0n : s.producerId));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeWritableTxnMarkerTopicResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface WritableTxnMarkerTopicResult {
  /** The topic name. */
  name: string;
  /** The results by partition. */
  partitions: WritableTxnMarkerPartitionResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultWritableTxnMarkerTopicResult(): WritableTxnMarkerTopicResult {
  return { name: "", partitions: [] };
}

function readWritableTxnMarkerTopicResult(r: Reader, v: number): WritableTxnMarkerTopicResult {
  const flex = v >= 1;
  const s = defaultWritableTxnMarkerTopicResult();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readWritableTxnMarkerPartitionResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeWritableTxnMarkerTopicResult(w: Writer, v: number, s: Init<WritableTxnMarkerTopicResult>): void {
  const flex = v >= 1;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeWritableTxnMarkerPartitionResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface WritableTxnMarkerPartitionResult {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultWritableTxnMarkerPartitionResult(): WritableTxnMarkerPartitionResult {
  return { partitionIndex: 0, errorCode: 0 };
}

function readWritableTxnMarkerPartitionResult(r: Reader, v: number): WritableTxnMarkerPartitionResult {
  const flex = v >= 1;
  const s = defaultWritableTxnMarkerPartitionResult();
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

function writeWritableTxnMarkerPartitionResult(w: Writer, v: number, s: Init<WritableTxnMarkerPartitionResult>): void {
  const flex = v >= 1;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface WriteTxnMarkersResponse {
  /** The results for writing makers. */
  markers: WritableTxnMarkerResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultWriteTxnMarkersResponse(): WriteTxnMarkersResponse {
  return { markers: [] };
}

function readWriteTxnMarkersResponse(r: Reader, v: number): WriteTxnMarkersResponse {
  const flex = v >= 1;
  const s = defaultWriteTxnMarkersResponse();
  s.markers = readArray(r, flex, (r) => readWritableTxnMarkerResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeWriteTxnMarkersResponse(w: Writer, v: number, s: Init<WriteTxnMarkersResponse>): void {
  const flex = v >= 1;
  writeArray(w, flex, (s.markers === undefined ? [] : s.markers), (w, e) => { writeWritableTxnMarkerResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const WriteTxnMarkersResponseVersions = { min: 0, max: 1 } as const;

export function decodeWriteTxnMarkersResponse(r: Reader, v: number): WriteTxnMarkersResponse {
  if (v < 0 || v > 1) throw new DecodeError(`WriteTxnMarkersResponse version ${v} is outside 0-1`);
  return readWriteTxnMarkersResponse(r, v);
}

export function encodeWriteTxnMarkersResponse(w: Writer, v: number, m: Init<WriteTxnMarkersResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`WriteTxnMarkersResponse version ${v} is outside 0-1`);
  writeWriteTxnMarkersResponse(w, v, m);
}

export const WriteTxnMarkersApi: ApiCodec<WriteTxnMarkersRequest, WriteTxnMarkersResponse> = {
  apiKey: 27,
  name: 'WriteTxnMarkers',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 1,
  decodeRequest: decodeWriteTxnMarkersRequest,
  encodeRequest: encodeWriteTxnMarkersRequest,
  decodeResponse: decodeWriteTxnMarkersResponse,
  encodeResponse: encodeWriteTxnMarkersResponse,
};
