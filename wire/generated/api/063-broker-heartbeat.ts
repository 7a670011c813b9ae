// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// BrokerHeartbeat (api key 63): request and response, versions 0-1.

export interface BrokerHeartbeatRequest {
  /** The broker ID. */
  brokerId: number;
  /** The broker epoch. */
  brokerEpoch: bigint;
  /** The highest metadata offset which the broker has reached. */
  currentMetadataOffset: bigint;
  /** True if the broker wants to be fenced, false otherwise. */
  wantFence: boolean;
  /** True if the broker wants to be shut down, false otherwise. */
  wantShutDown: boolean;
  /** Log directories that failed and went offline. */
  offlineLogDirs: string[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultBrokerHeartbeatRequest(): BrokerHeartbeatRequest {
  return { brokerId: 0, brokerEpoch: -1n, currentMetadataOffset: 0n, wantFence: false, wantShutDown: false, offlineLogDirs: [] };
}

function readBrokerHeartbeatRequest(r: Reader, v: number): BrokerHeartbeatRequest {
  const flex = true;
  const s = defaultBrokerHeartbeatRequest();
  s.brokerId = r.int32();
  s.brokerEpoch = r.int64();
  s.currentMetadataOffset = r.int64();
  s.wantFence = r.bool();
  s.wantShutDown = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 1) {
            const sub = Reader.over(f.data);
            s.offlineLogDirs = ((r: Reader) => readArray(r, true, (r) => r.uuid()))(sub);
            continue;
          }
          break;
      }
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeBrokerHeartbeatRequest(w: Writer, v: number, s: Init<BrokerHeartbeatRequest>): void {
  const flex = true;
  w.int32((s.brokerId === undefined ? 0 : s.brokerId));
  w.int64((s.brokerEpoch === undefined ? -1n : s.brokerEpoch));
  w.int64((s.currentMetadataOffset === undefined ? 0n : s.currentMetadataOffset));
  w.bool((s.wantFence === undefined ? false : s.wantFence));
  w.bool((s.wantShutDown === undefined ? false : s.wantShutDown));
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 1 && s.offlineLogDirs !== undefined && s.offlineLogDirs.length > 0) {
      const x = s.offlineLogDirs;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeArray(w, true, x, (w, e) => { w.uuid(e); }); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const BrokerHeartbeatRequestVersions = { min: 0, max: 1 } as const;

export function decodeBrokerHeartbeatRequest(r: Reader, v: number): BrokerHeartbeatRequest {
  if (v < 0 || v > 1) throw new DecodeError(`BrokerHeartbeatRequest version ${v} is outside 0-1`);
  return readBrokerHeartbeatRequest(r, v);
}

export function encodeBrokerHeartbeatRequest(w: Writer, v: number, m: Init<BrokerHeartbeatRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`BrokerHeartbeatRequest version ${v} is outside 0-1`);
  writeBrokerHeartbeatRequest(w, v, m);
}

export interface BrokerHeartbeatResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** True if the broker has approximately caught up with the latest metadata. */
  isCaughtUp: boolean;
  /** True if the broker is fenced. */
  isFenced: boolean;
  /** True if the broker should proceed with its shutdown. */
  shouldShutDown: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultBrokerHeartbeatResponse(): BrokerHeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0, isCaughtUp: false, isFenced: true, shouldShutDown: false };
}

function readBrokerHeartbeatResponse(r: Reader, _v: number): BrokerHeartbeatResponse {
  const flex = true;
  const s = defaultBrokerHeartbeatResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.isCaughtUp = r.bool();
  s.isFenced = r.bool();
  s.shouldShutDown = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeBrokerHeartbeatResponse(w: Writer, _v: number, s: Init<BrokerHeartbeatResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.bool((s.isCaughtUp === undefined ? false : s.isCaughtUp));
  w.bool((s.isFenced === undefined ? true : s.isFenced));
  w.bool((s.shouldShutDown === undefined ? false : s.shouldShutDown));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const BrokerHeartbeatResponseVersions = { min: 0, max: 1 } as const;

export function decodeBrokerHeartbeatResponse(r: Reader, v: number): BrokerHeartbeatResponse {
  if (v < 0 || v > 1) throw new DecodeError(`BrokerHeartbeatResponse version ${v} is outside 0-1`);
  return readBrokerHeartbeatResponse(r, v);
}

export function encodeBrokerHeartbeatResponse(w: Writer, v: number, m: Init<BrokerHeartbeatResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`BrokerHeartbeatResponse version ${v} is outside 0-1`);
  writeBrokerHeartbeatResponse(w, v, m);
}

export const BrokerHeartbeatApi: ApiCodec<BrokerHeartbeatRequest, BrokerHeartbeatResponse> = {
  apiKey: 63,
  name: 'BrokerHeartbeat',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 0,
  decodeRequest: decodeBrokerHeartbeatRequest,
  encodeRequest: encodeBrokerHeartbeatRequest,
  decodeResponse: decodeBrokerHeartbeatResponse,
  encodeResponse: encodeBrokerHeartbeatResponse,
};
