// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DeleteShareGroupState (api key 86): request and response, versions 0-0.

export interface DeleteStateData {
  /** The topic identifier. */
  topicId: string;
  /** The data for the partitions. */
  partitions: PartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteStateData(): DeleteStateData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readDeleteStateData(r: Reader, v: number): DeleteStateData {
  const flex = true;
  const s = defaultDeleteStateData();
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

function writeDeleteStateData(w: Writer, v: number, s: Init<DeleteStateData>): void {
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
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionData(): PartitionData {
  return { partition: 0 };
}

function readPartitionData(r: Reader, _v: number): PartitionData {
  const flex = true;
  const s = defaultPartitionData();
  s.partition = r.int32();
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
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DeleteShareGroupStateRequest {
  /** The group identifier. */
  groupId: string;
  /** The data for the topics. */
  topics: DeleteStateData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteShareGroupStateRequest(): DeleteShareGroupStateRequest {
  return { groupId: "", topics: [] };
}

function readDeleteShareGroupStateRequest(r: Reader, v: number): DeleteShareGroupStateRequest {
  const flex = true;
  const s = defaultDeleteShareGroupStateRequest();
  s.groupId = r.string(flex);
  s.topics = readArray(r, flex, (r) => readDeleteStateData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteShareGroupStateRequest(w: Writer, v: number, s: Init<DeleteShareGroupStateRequest>): void {
  const flex = true;
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeDeleteStateData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DeleteShareGroupStateRequestVersions = { min: 0, max: 0 } as const;

export function decodeDeleteShareGroupStateRequest(r: Reader, v: number): DeleteShareGroupStateRequest {
  if (v < 0 || v > 0) throw new DecodeError(`DeleteShareGroupStateRequest version ${v} is outside 0-0`);
  return readDeleteShareGroupStateRequest(r, v);
}

export function encodeDeleteShareGroupStateRequest(w: Writer, v: number, m: Init<DeleteShareGroupStateRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`DeleteShareGroupStateRequest version ${v} is outside 0-0`);
  writeDeleteShareGroupStateRequest(w, v, m);
}

export interface DeleteStateResult {
  /** The topic identifier */
  topicId: string;
  /** The results for the partitions. */
  partitions: PartitionResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteStateResult(): DeleteStateResult {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readDeleteStateResult(r: Reader, v: number): DeleteStateResult {
  const flex = true;
  const s = defaultDeleteStateResult();
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

function writeDeleteStateResult(w: Writer, v: number, s: Init<DeleteStateResult>): void {
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

export interface DeleteShareGroupStateResponse {
  /** The delete results */
  results: DeleteStateResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteShareGroupStateResponse(): DeleteShareGroupStateResponse {
  return { results: [] };
}

function readDeleteShareGroupStateResponse(r: Reader, v: number): DeleteShareGroupStateResponse {
  const flex = true;
  const s = defaultDeleteShareGroupStateResponse();
  s.results = readArray(r, flex, (r) => readDeleteStateResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDeleteShareGroupStateResponse(w: Writer, v: number, s: Init<DeleteShareGroupStateResponse>): void {
  const flex = true;
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeDeleteStateResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DeleteShareGroupStateResponseVersions = { min: 0, max: 0 } as const;

export function decodeDeleteShareGroupStateResponse(r: Reader, v: number): DeleteShareGroupStateResponse {
  if (v < 0 || v > 0) throw new DecodeError(`DeleteShareGroupStateResponse version ${v} is outside 0-0`);
  return readDeleteShareGroupStateResponse(r, v);
}

export function encodeDeleteShareGroupStateResponse(w: Writer, v: number, m: Init<DeleteShareGroupStateResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`DeleteShareGroupStateResponse version ${v} is outside 0-0`);
  writeDeleteShareGroupStateResponse(w, v, m);
}

export const DeleteShareGroupStateApi: ApiCodec<DeleteShareGroupStateRequest, DeleteShareGroupStateResponse> = {
  apiKey: 86,
  name: 'DeleteShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeDeleteShareGroupStateRequest,
  encodeRequest: encodeDeleteShareGroupStateRequest,
  decodeResponse: decodeDeleteShareGroupStateResponse,
  encodeResponse: encodeDeleteShareGroupStateResponse,
};
