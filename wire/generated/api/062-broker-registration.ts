// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// BrokerRegistration (api key 62): request and response, versions 0-4.

export interface Listener {
  /** The name of the endpoint. */
  name: string;
  /** The hostname. */
  host: string;
  /** The port. */
  port: number;
  /** The security protocol. */
  securityProtocol: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultListener(): Listener {
  return { name: "", host: "", port: 0, securityProtocol: 0 };
}

function readListener(r: Reader, _v: number): Listener {
  const flex = true;
  const s = defaultListener();
  s.name = r.string(flex);
  s.host = r.string(flex);
  s.port = r.uint16();
  s.securityProtocol = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeListener(w: Writer, _v: number, s: Init<Listener>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  w.string((s.host === undefined ? "" : s.host), flex);
  w.uint16((s.port === undefined ? 0 : s.port));
  w.int16((s.securityProtocol === undefined ? 0 : s.securityProtocol));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface Feature {
  /** The feature name. */
  name: string;
  /** The minimum supported feature level. */
  minSupportedVersion: number;
  /** The maximum supported feature level. */
  maxSupportedVersion: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultFeature(): Feature {
  return { name: "", minSupportedVersion: 0, maxSupportedVersion: 0 };
}

function readFeature(r: Reader, _v: number): Feature {
  const flex = true;
  const s = defaultFeature();
  s.name = r.string(flex);
  s.minSupportedVersion = r.int16();
  s.maxSupportedVersion = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFeature(w: Writer, _v: number, s: Init<Feature>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  w.int16((s.minSupportedVersion === undefined ? 0 : s.minSupportedVersion));
  w.int16((s.maxSupportedVersion === undefined ? 0 : s.maxSupportedVersion));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface BrokerRegistrationRequest {
  /** The broker ID. */
  brokerId: number;
  /** The cluster id of the broker process. */
  clusterId: string;
  /** The incarnation id of the broker process. */
  incarnationId: string;
  /** The listeners of this broker */
  listeners: Listener[];
  /** The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. */
  features: Feature[];
  /** The rack which this broker is in. */
  rack: string | null;
  /** If the required configurations for ZK migration are present, this value is set to true */
  isMigratingZkBroker: boolean;
  /** Log directories configured in this broker which are available. */
  logDirs: string[];
  /** The epoch before a clean shutdown. */
  previousBrokerEpoch: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultBrokerRegistrationRequest(): BrokerRegistrationRequest {
  return { brokerId: 0, clusterId: "", incarnationId: ZERO_UUID, listeners: [], features: [], rack: "", isMigratingZkBroker: false, logDirs: [], previousBrokerEpoch: -1n };
}

function readBrokerRegistrationRequest(r: Reader, v: number): BrokerRegistrationRequest {
  const flex = true;
  const s = defaultBrokerRegistrationRequest();
  s.brokerId = r.int32();
  s.clusterId = r.string(flex);
  s.incarnationId = r.uuid();
  s.listeners = readArray(r, flex, (r) => readListener(r, v));
  s.features = readArray(r, flex, (r) => readFeature(r, v));
  s.rack = r.nullableString(flex);
  if (v >= 1) s.isMigratingZkBroker = r.bool();
  if (v >= 2) s.logDirs = readArray(r, flex, (r) => r.uuid());
  if (v >= 3) s.previousBrokerEpoch = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeBrokerRegistrationRequest(w: Writer, v: number, s: Init<BrokerRegistrationRequest>): void {
  const flex = true;
  w.int32((s.brokerId === undefined ? 0 : s.brokerId));
  w.string((s.clusterId === undefined ? "" : s.clusterId), flex);
  w.uuid((s.incarnationId === undefined ? ZERO_UUID : s.incarnationId));
  writeArray(w, flex, (s.listeners === undefined ? [] : s.listeners), (w, e) => { writeListener(w, v, e); });
  writeArray(w, flex, (s.features === undefined ? [] : s.features), (w, e) => { writeFeature(w, v, e); });
  w.nullableString((s.rack === undefined ? "" : s.rack), flex);
  if (v >= 1) { w.bool((s.isMigratingZkBroker === undefined ? false : s.isMigratingZkBroker)); }
  if (v >= 2) { writeArray(w, flex, (s.logDirs === undefined ? [] : s.logDirs), (w, e) => { w.uuid(e); }); }
  if (v >= 3) { w.int64((s.previousBrokerEpoch === undefined ? -1n : s.previousBrokerEpoch)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const BrokerRegistrationRequestVersions = { min: 0, max: 4 } as const;

export function decodeBrokerRegistrationRequest(r: Reader, v: number): BrokerRegistrationRequest {
  if (v < 0 || v > 4) throw new DecodeError(`BrokerRegistrationRequest version ${v} is outside 0-4`);
  return readBrokerRegistrationRequest(r, v);
}

export function encodeBrokerRegistrationRequest(w: Writer, v: number, m: Init<BrokerRegistrationRequest>): void {
  if (v < 0 || v > 4) throw new EncodeError(`BrokerRegistrationRequest version ${v} is outside 0-4`);
  writeBrokerRegistrationRequest(w, v, m);
}

export interface BrokerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The broker's assigned epoch, or -1 if none was assigned. */
  brokerEpoch: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultBrokerRegistrationResponse(): BrokerRegistrationResponse {
  return { throttleTimeMs: 0, errorCode: 0, brokerEpoch: -1n };
}

function readBrokerRegistrationResponse(r: Reader, _v: number): BrokerRegistrationResponse {
  const flex = true;
  const s = defaultBrokerRegistrationResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.brokerEpoch = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeBrokerRegistrationResponse(w: Writer, _v: number, s: Init<BrokerRegistrationResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int64((s.brokerEpoch === undefined ? -1n : s.brokerEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const BrokerRegistrationResponseVersions = { min: 0, max: 4 } as const;

export function decodeBrokerRegistrationResponse(r: Reader, v: number): BrokerRegistrationResponse {
  if (v < 0 || v > 4) throw new DecodeError(`BrokerRegistrationResponse version ${v} is outside 0-4`);
  return readBrokerRegistrationResponse(r, v);
}

export function encodeBrokerRegistrationResponse(w: Writer, v: number, m: Init<BrokerRegistrationResponse>): void {
  if (v < 0 || v > 4) throw new EncodeError(`BrokerRegistrationResponse version ${v} is outside 0-4`);
  writeBrokerRegistrationResponse(w, v, m);
}

export const BrokerRegistrationApi: ApiCodec<BrokerRegistrationRequest, BrokerRegistrationResponse> = {
  apiKey: 62,
  name: 'BrokerRegistration',
  minVersion: 0,
  maxVersion: 4,
  flexibleMin: 0,
  decodeRequest: decodeBrokerRegistrationRequest,
  encodeRequest: encodeBrokerRegistrationRequest,
  decodeResponse: decodeBrokerRegistrationResponse,
  encodeResponse: encodeBrokerRegistrationResponse,
};
