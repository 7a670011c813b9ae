// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ControlledShutdown (api key 7): request and response, versions 0-3.

export interface ControlledShutdownRequest {
  /** The id of the broker for which controlled shutdown has been requested. */
  brokerId: number;
  /** The broker epoch. */
  brokerEpoch: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultControlledShutdownRequest(): ControlledShutdownRequest {
  return { brokerId: 0, brokerEpoch: -1n };
}

function readControlledShutdownRequest(r: Reader, v: number): ControlledShutdownRequest {
  const flex = v >= 3;
  const s = defaultControlledShutdownRequest();
  s.brokerId = r.int32();
  if (v >= 2) s.brokerEpoch = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeControlledShutdownRequest(w: Writer, v: number, s: Init<ControlledShutdownRequest>): void {
  const flex = v >= 3;
  w.int32((s.brokerId === undefined ? 0 : s.brokerId));
  if (v >= 2) { w.int64((s.brokerEpoch === undefined ? -1n : s.brokerEpoch)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ControlledShutdownRequestVersions = { min: 0, max: 3 } as const;

export function decodeControlledShutdownRequest(r: Reader, v: number): ControlledShutdownRequest {
  if (v < 0 || v > 3) throw new DecodeError(`ControlledShutdownRequest version ${v} is outside 0-3`);
  return readControlledShutdownRequest(r, v);
}

export function encodeControlledShutdownRequest(w: Writer, v: number, m: Init<ControlledShutdownRequest>): void {
  if (v < 0 || v > 3) throw new EncodeError(`ControlledShutdownRequest version ${v} is outside 0-3`);
  writeControlledShutdownRequest(w, v, m);
}

export interface RemainingPartition {
  /** The name of the topic. */
  topicName: string;
  /** The index of the partition. */
  partitionIndex: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultRemainingPartition(): RemainingPartition {
  return { topicName: "", partitionIndex: 0 };
}

function readRemainingPartition(r: Reader, v: number): RemainingPartition {
  const flex = v >= 3;
  const s = defaultRemainingPartition();
  s.topicName = r.string(flex);
  s.partitionIndex = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeRemainingPartition(w: Writer, v: number, s: Init<RemainingPartition>): void {
  const flex = v >= 3;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ControlledShutdownResponse {
  /** The top-level error code. */
  errorCode: number;
  /** The partitions that the broker still leads. */
  remainingPartitions: RemainingPartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultControlledShutdownResponse(): ControlledShutdownResponse {
  return { errorCode: 0, remainingPartitions: [] };
}

function readControlledShutdownResponse(r: Reader, v: number): ControlledShutdownResponse {
  const flex = v >= 3;
  const s = defaultControlledShutdownResponse();
  s.errorCode = r.int16();
  s.remainingPartitions = readArray(r, flex, (r) => readRemainingPartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeControlledShutdownResponse(w: Writer, v: number, s: Init<ControlledShutdownResponse>): void {
  const flex = v >= 3;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.remainingPartitions === undefined ? [] : s.remainingPartitions), (w, e) => { writeRemainingPartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ControlledShutdownResponseVersions = { min: 0, max: 3 } as const;

export function decodeControlledShutdownResponse(r: Reader, v: number): ControlledShutdownResponse {
  if (v < 0 || v > 3) throw new DecodeError(`ControlledShutdownResponse version ${v} is outside 0-3`);
  return readControlledShutdownResponse(r, v);
}

export function encodeControlledShutdownResponse(w: Writer, v: number, m: Init<ControlledShutdownResponse>): void {
  if (v < 0 || v > 3) throw new EncodeError(`ControlledShutdownResponse version ${v} is outside 0-3`);
  writeControlledShutdownResponse(w, v, m);
}

export const ControlledShutdownApi: ApiCodec<ControlledShutdownRequest, ControlledShutdownResponse> = {
  apiKey: 7,
  name: 'ControlledShutdown',
  minVersion: 0,
  maxVersion: 3,
  flexibleMin: 3,
  decodeRequest: decodeControlledShutdownRequest,
  encodeRequest: encodeControlledShutdownRequest,
  decodeResponse: decodeControlledShutdownResponse,
  encodeResponse: encodeControlledShutdownResponse,
};
