// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// CreatePartitions (api key 37): request and response, versions 0-3.

export interface CreatePartitionsTopic {
  /** The topic name. */
  name: string;
  /** The new partition count. */
  count: number;
  /** The new partition assignments. */
  assignments: CreatePartitionsAssignment[] | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreatePartitionsTopic(): CreatePartitionsTopic {
  return { name: "", count: 0, assignments: [] };
}

function readCreatePartitionsTopic(r: Reader, v: number): CreatePartitionsTopic {
  const flex = v >= 2;
  const s = defaultCreatePartitionsTopic();
  s.name = r.string(flex);
  s.count = r.int32();
  s.assignments = readNullableArray(r, flex, (r) => readCreatePartitionsAssignment(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreatePartitionsTopic(w: Writer, v: number, s: Init<CreatePartitionsTopic>): void {
  const flex = v >= 2;
  w.string((s.name === undefined ? "" : s.name), flex);
  w.int32((s.count === undefined ? 0 : s.count));
  writeArray(w, flex, (s.assignments === undefined ? [] : s.assignments), (w, e) => { writeCreatePartitionsAssignment(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CreatePartitionsAssignment {
  /** The assigned broker IDs. */
  brokerIds: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreatePartitionsAssignment(): CreatePartitionsAssignment {
  return { brokerIds: [] };
}

function readCreatePartitionsAssignment(r: Reader, v: number): CreatePartitionsAssignment {
  const flex = v >= 2;
  const s = defaultCreatePartitionsAssignment();
  s.brokerIds = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreatePartitionsAssignment(w: Writer, v: number, s: Init<CreatePartitionsAssignment>): void {
  const flex = v >= 2;
  writeArray(w, flex, (s.brokerIds === undefined ? [] : s.brokerIds), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. */
  topics: CreatePartitionsTopic[];
  /** The time in ms to wait for the partitions to be created. */
  timeoutMs: number;
  /** If true, then validate the request, but don't actually increase the number of partitions. */
  validateOnly: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreatePartitionsRequest(): CreatePartitionsRequest {
  return { topics: [], timeoutMs: 0, validateOnly: false };
}

function readCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest {
  const flex = v >= 2;
  const s = defaultCreatePartitionsRequest();
  s.topics = readArray(r, flex, (r) => readCreatePartitionsTopic(r, v));
  s.timeoutMs = r.int32();
  s.validateOnly = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreatePartitionsRequest(w: Writer, v: number, s: Init<CreatePartitionsRequest>): void {
  const flex = v >= 2;
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeCreatePartitionsTopic(w, v, e); });
  w.int32((s.timeoutMs === undefined ? 0 : s.timeoutMs));
  w.bool((s.validateOnly === undefined ? false : s.validateOnly));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const CreatePartitionsRequestVersions = { min: 0, max: 3 } as const;

export function decodeCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest {
  if (v < 0 || v > 3) throw new DecodeError(`CreatePartitionsRequest version ${v} is outside 0-3`);
  return readCreatePartitionsRequest(r, v);
}

export function encodeCreatePartitionsRequest(w: Writer, v: number, m: Init<CreatePartitionsRequest>): void {
  if (v < 0 || v > 3) throw new EncodeError(`CreatePartitionsRequest version ${v} is outside 0-3`);
  writeCreatePartitionsRequest(w, v, m);
}

export interface CreatePartitionsTopicResult {
  /** The topic name. */
  name: string;
  /** The result error, or zero if there was no error. */
  errorCode: number;
  /** The result message, or null if there was no error. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreatePartitionsTopicResult(): CreatePartitionsTopicResult {
  return { name: "", errorCode: 0, errorMessage: null };
}

function readCreatePartitionsTopicResult(r: Reader, v: number): CreatePartitionsTopicResult {
  const flex = v >= 2;
  const s = defaultCreatePartitionsTopicResult();
  s.name = r.string(flex);
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

function writeCreatePartitionsTopicResult(w: Writer, v: number, s: Init<CreatePartitionsTopicResult>): void {
  const flex = v >= 2;
  w.string((s.name === undefined ? "" : s.name), flex);
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The partition creation results for each topic. */
  results: CreatePartitionsTopicResult[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultCreatePartitionsResponse(): CreatePartitionsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function readCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse {
  const flex = v >= 2;
  const s = defaultCreatePartitionsResponse();
  s.throttleTimeMs = r.int32();
  s.results = readArray(r, flex, (r) => readCreatePartitionsTopicResult(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCreatePartitionsResponse(w: Writer, v: number, s: Init<CreatePartitionsResponse>): void {
  const flex = v >= 2;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.results === undefined ? [] : s.results), (w, e) => { writeCreatePartitionsTopicResult(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const CreatePartitionsResponseVersions = { min: 0, max: 3 } as const;

export function decodeCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse {
  if (v < 0 || v > 3) throw new DecodeError(`CreatePartitionsResponse version ${v} is outside 0-3`);
  return readCreatePartitionsResponse(r, v);
}

export function encodeCreatePartitionsResponse(w: Writer, v: number, m: Init<CreatePartitionsResponse>): void {
  if (v < 0 || v > 3) throw new EncodeError(`CreatePartitionsResponse version ${v} is outside 0-3`);
  writeCreatePartitionsResponse(w, v, m);
}

export const CreatePartitionsApi: ApiCodec<CreatePartitionsRequest, CreatePartitionsResponse> = {
  apiKey: 37,
  name: 'CreatePartitions',
  minVersion: 0,
  maxVersion: 3,
  flexibleMin: 2,
  decodeRequest: decodeCreatePartitionsRequest,
  encodeRequest: encodeCreatePartitionsRequest,
  decodeResponse: decodeCreatePartitionsResponse,
  encodeResponse: encodeCreatePartitionsResponse,
};
