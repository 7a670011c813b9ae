// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// InitializeShareGroupState (api key 83): request and response, versions 0-0.

export interface InitializeStateData {
  /** The topic identifier. */
  topicId: string;
  /** The data for the partitions. */
  partitions: PartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultInitializeStateData(): InitializeStateData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readInitializeStateData(r: Reader, v: number): InitializeStateData {
  const flex = true;
  const s = defaultInitializeStateData();
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

function writeInitializeStateData(w: Writer, v: number, s: Init<InitializeStateData>): void {
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
  partition: number;
  /** The state epoch for this share-partition. */
  stateEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being initialized. */
  startOffset: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionData(): PartitionData {
  return { partition: 0, stateEpoch: 0, startOffset: 0n };
}

function readPartitionData(r: Reader, _v: number): PartitionData {
  const flex = true;
  const s = defaultPartitionData();
  s.partition = r.int32();
  s.stateEpoch = r.int32();
  s.startOffset = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writePartitionData(w: Writer, _v: number, s: Init<PartitionData>): void {
  const flex = true;
  w.int32((s.partition === undefined ? 0 : s.partition));
  w.int32((s.stateEpoch === undefined ? 0 : s.stateEpoch));
  w.int64((s.startOffset === undefined ? 0n : s.startOffset));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface InitializeShareGroupStateRequest {
  /** The group identifier. */
  groupId: string;
  /** The data for the topics. */
  topics: InitializeStateData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultInitializeShareGroupStateRequest(): InitializeShareGroupStateRequest {
  return { groupId: "", topics: [] };
}

function readInitializeShareGroupStateRequest(r: Reader, v: number): InitializeShareGroupStateRequest {
  const flex = true;
  const s = defaultInitializeShareGroupStateRequest();
  s.groupId = r.string(flex);
  s.topics = readArray(r, flex, (r) => readInitializeStateData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeInitializeShareGroupStateRequest(w: Writer, v: number, s: Init<InitializeShareGroupStateRequest>): void {
  const flex = true;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeInitializeStateData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const InitializeShareGroupStateRequestVersions = { min: 0, max: 0 } as const;

export function decodeInitializeShareGroupStateRequest(r: Reader, v: number): InitializeShareGroupStateRequest {
  if (v < 0 || v > 0) throw new DecodeError(`InitializeShareGroupStateRequest version ${v} is outside 0-0`);
  return readInitializeShareGroupStateRequest(r, v);
}

export function encodeInitializeShareGroupStateRequest(w: Writer, v: number, m: Init<InitializeShareGroupStateRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`InitializeShareGroupStateRequest version ${v} is outside 0-0`);
  writeInitializeShareGroupStateRequest(w, v, m);
}

export interface InitializeStateResult {
  /** The topic identifier */
  topicId: string;
  /** The results for the partitions. */
  partitions: PartitionResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultInitializeStateResult(): InitializeStateResult {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readInitializeStateResult(r: Reader, v: number): InitializeStateResult {
  const flex = true;
  const s = defaultInitializeStateResult();
  s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => readPartitionResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeInitializeStateResult(w: Writer, v: number, s: Init<InitializeStateResult>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writePartitionResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface PartitionResult {
  /** The partition index. */
  partition: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionResult(): PartitionResult {
  return { partition: 0, errorCode: 0, errorMessage: null };
}

function readPartitionResult(r: Reader, _v: number): PartitionResult {
  const flex = true;
  const s = defaultPartitionResult();
  s.partition = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writePartitionResult(w: Writer, _v: number, s: Init<PartitionResult>): void {
  const flex = true;
  w.int32((s.partition === undefined ? 0 : s.partition));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface InitializeShareGroupStateResponse {
  /** The initialization results */
  results: InitializeStateResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultInitializeShareGroupStateResponse(): InitializeShareGroupStateResponse {
  return { results: [] };
}

function readInitializeShareGroupStateResponse(r: Reader, v: number): InitializeShareGroupStateResponse {
  const flex = true;
  const s = defaultInitializeShareGroupStateResponse();
  s.results = readArray(r, flex, (r) => readInitializeStateResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeInitializeShareGroupStateResponse(w: Writer, v: number, s: Init<InitializeShareGroupStateResponse>): void {
  const flex = true;
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeInitializeStateResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const InitializeShareGroupStateResponseVersions = { min: 0, max: 0 } as const;

export function decodeInitializeShareGroupStateResponse(r: Reader, v: number): InitializeShareGroupStateResponse {
  if (v < 0 || v > 0) throw new DecodeError(`InitializeShareGroupStateResponse version ${v} is outside 0-0`);
  return readInitializeShareGroupStateResponse(r, v);
}

export function encodeInitializeShareGroupStateResponse(w: Writer, v: number, m: Init<InitializeShareGroupStateResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`InitializeShareGroupStateResponse version ${v} is outside 0-0`);
  writeInitializeShareGroupStateResponse(w, v, m);
}

export const InitializeShareGroupStateApi: ApiCodec<InitializeShareGroupStateRequest, InitializeShareGroupStateResponse> = {
  apiKey: 83,
  name: 'InitializeShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeInitializeShareGroupStateRequest,
  encodeRequest: encodeInitializeShareGroupStateRequest,
  decodeResponse: decodeInitializeShareGroupStateResponse,
  encodeResponse: encodeInitializeShareGroupStateResponse,
};
