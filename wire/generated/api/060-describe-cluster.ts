// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// DescribeCluster (api key 60): request and response, versions 0-1.

export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. */
  includeClusterAuthorizedOperations: boolean;
  /** The endpoint type to describe. 1=brokers, 2=controllers. */
  endpointType: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClusterRequest(): DescribeClusterRequest {
  return { includeClusterAuthorizedOperations: false, endpointType: 1 };
}

function readDescribeClusterRequest(r: Reader, v: number): DescribeClusterRequest {
  const flex = true;
  const s = defaultDescribeClusterRequest();
  s.includeClusterAuthorizedOperations = r.bool();
  if (v >= 1) s.endpointType = r.int8();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeClusterRequest(w: Writer, v: number, s: Init<DescribeClusterRequest>): void {
  const flex = true;
  w.bool((s.includeClusterAuthorizedOperations === undefined ? false : s.includeClusterAuthorizedOperations));
  if (v >= 1) { w.int8((s.endpointType === undefined ? 1 : s.endpointType)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeClusterRequestVersions = { min: 0, max: 1 } as const;

export function decodeDescribeClusterRequest(r: Reader, v: number): DescribeClusterRequest {
  if (v < 0 || v > 1) throw new DecodeError(`DescribeClusterRequest version ${v} is outside 0-1`);
  return readDescribeClusterRequest(r, v);
}

export function encodeDescribeClusterRequest(w: Writer, v: number, m: Init<DescribeClusterRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`DescribeClusterRequest version ${v} is outside 0-1`);
  writeDescribeClusterRequest(w, v, m);
}

export interface DescribeClusterBroker {
  /** The broker ID. */
  brokerId: number;
  /** The broker hostname. */
  host: string;
  /** The broker port. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. */
  rack: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClusterBroker(): DescribeClusterBroker {
  return { brokerId: 0, host: "", port: 0, rack: null };
}

function readDescribeClusterBroker(r: Reader, _v: number): DescribeClusterBroker {
  const flex = true;
  const s = defaultDescribeClusterBroker();
  s.brokerId = r.int32();
  s.host = r.string(flex);
  s.port = r.int32();
  s.rack = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeClusterBroker(w: Writer, _v: number, s: Init<DescribeClusterBroker>): void {
  const flex = true;
  w.int32((s.brokerId === undefined ? 0 : s.brokerId));
  w.string((s.host === undefined ? "" : s.host), flex);
  w.int32((s.port === undefined ? 0 : s.port));
  w.nullableString((s.rack === undefined ? null : s.rack), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The endpoint type that was described. 1=brokers, 2=controllers. */
  endpointType: number;
  /** The cluster ID that responding broker belongs to. */
  clusterId: string;
  /** The ID of the controller broker. */
  controllerId: number;
  /** Each broker in the response. */
  brokers: DescribeClusterBroker[];
  /** 32-bit bitfield to represent authorized operations for this cluster. */
  clusterAuthorizedOperations: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClusterResponse(): DescribeClusterResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, endpointType: 1, clusterId: "", controllerId: -1, brokers: [], clusterAuthorizedOperations: -2147483648 };
}

function readDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse {
  const flex = true;
  const s = defaultDescribeClusterResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  if (v >= 1) s.endpointType = r.int8();
  s.clusterId = r.string(flex);
  s.controllerId = r.int32();
  s.brokers = readArray(r, flex, (r) => readDescribeClusterBroker(r, v));
  s.clusterAuthorizedOperations = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribeClusterResponse(w: Writer, v: number, s: Init<DescribeClusterResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex);
  if (v >= 1) { w.int8((s.endpointType === undefined ? 1 : s.endpointType)); }
  w.string((s.clusterId === undefined ? "" : s.clusterId), flex);
  w.int32((s.controllerId === undefined ? -1 : s.controllerId));
  writeArray(w, flex, (s.brokers === undefined ? [] : s.brokers), (w, e) => { writeDescribeClusterBroker(w, v, e); });
  w.int32((s.clusterAuthorizedOperations === undefined ? -2147483648 : s.clusterAuthorizedOperations));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const DescribeClusterResponseVersions = { min: 0, max: 1 } as const;

export function decodeDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse {
  if (v < 0 || v > 1) throw new DecodeError(`DescribeClusterResponse version ${v} is outside 0-1`);
  return readDescribeClusterResponse(r, v);
}

export function encodeDescribeClusterResponse(w: Writer, v: number, m: Init<DescribeClusterResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`DescribeClusterResponse version ${v} is outside 0-1`);
  writeDescribeClusterResponse(w, v, m);
}

export const DescribeClusterApi: ApiCodec<DescribeClusterRequest, DescribeClusterResponse> = {
  apiKey: 60,
  name: 'DescribeCluster',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 0,
  decodeRequest: decodeDescribeClusterRequest,
  encodeRequest: encodeDescribeClusterRequest,
  decodeResponse: decodeDescribeClusterResponse,
  encodeResponse: encodeDescribeClusterResponse,
};
