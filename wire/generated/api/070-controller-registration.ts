// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ControllerRegistration (api key 70): request and response, versions 0-0.

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

export interface ControllerRegistrationRequest {
  /** The ID of the controller to register. */
  controllerId: number;
  /** The controller incarnation ID, which is unique to each process run. */
  incarnationId: string;
  /** Set if the required configurations for ZK migration are present. */
  zkMigrationReady: boolean;
  /** The listeners of this controller */
  listeners: Listener[];
  /** The features on this controller */
  features: Feature[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultControllerRegistrationRequest(): ControllerRegistrationRequest {
  return { controllerId: 0, incarnationId: ZERO_UUID, zkMigrationReady: false, listeners: [], features: [] };
}

function readControllerRegistrationRequest(r: Reader, v: number): ControllerRegistrationRequest {
  const flex = true;
  const s = defaultControllerRegistrationRequest();
  s.controllerId = r.int32();
  s.incarnationId = r.uuid();
  s.zkMigrationReady = r.bool();
  s.listeners = readArray(r, flex, (r) => readListener(r, v));
  s.features = readArray(r, flex, (r) => readFeature(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeControllerRegistrationRequest(w: Writer, v: number, s: Init<ControllerRegistrationRequest>): void {
  const flex = true;
  w.int32((s.controllerId === undefined ? 0 : s.controllerId));
  w.uuid((s.incarnationId === undefined ? ZERO_UUID : s.incarnationId));
  w.bool((s.zkMigrationReady === undefined ? false : s.zkMigrationReady));
  writeArray(w, flex, (s.listeners === undefined ? [] : s.listeners), (w, e) => { writeListener(w, v, e); });
  writeArray(w, flex, (s.features === undefined ? [] : s.features), (w, e) => { writeFeature(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ControllerRegistrationRequestVersions = { min: 0, max: 0 } as const;

export function decodeControllerRegistrationRequest(r: Reader, v: number): ControllerRegistrationRequest {
  if (v < 0 || v > 0) throw new DecodeError(`ControllerRegistrationRequest version ${v} is outside 0-0`);
  return readControllerRegistrationRequest(r, v);
}

export function encodeControllerRegistrationRequest(w: Writer, v: number, m: Init<ControllerRegistrationRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ControllerRegistrationRequest version ${v} is outside 0-0`);
  writeControllerRegistrationRequest(w, v, m);
}

export interface ControllerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The response error code. */
  errorCode: number;
  /** The response error message, or null if there was no error. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultControllerRegistrationResponse(): ControllerRegistrationResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "" };
}

function readControllerRegistrationResponse(r: Reader, _v: number): ControllerRegistrationResponse {
  const flex = true;
  const s = defaultControllerRegistrationResponse();
  s.throttleTimeMs = r.int32();
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

function writeControllerRegistrationResponse(w: Writer, _v: number, s: Init<ControllerRegistrationResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ControllerRegistrationResponseVersions = { min: 0, max: 0 } as const;

export function decodeControllerRegistrationResponse(r: Reader, v: number): ControllerRegistrationResponse {
  if (v < 0 || v > 0) throw new DecodeError(`ControllerRegistrationResponse version ${v} is outside 0-0`);
  return readControllerRegistrationResponse(r, v);
}

export function encodeControllerRegistrationResponse(w: Writer, v: number, m: Init<ControllerRegistrationResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ControllerRegistrationResponse version ${v} is outside 0-0`);
  writeControllerRegistrationResponse(w, v, m);
}

export const ControllerRegistrationApi: ApiCodec<ControllerRegistrationRequest, ControllerRegistrationResponse> = {
  apiKey: 70,
  name: 'ControllerRegistration',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeControllerRegistrationRequest,
  encodeRequest: encodeControllerRegistrationRequest,
  decodeResponse: decodeControllerRegistrationResponse,
  encodeResponse: encodeControllerRegistrationResponse,
};
