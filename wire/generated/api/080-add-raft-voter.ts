// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// AddRaftVoter (api key 80): request and response, versions 0-0.

export interface Listener {
  /** The name of the endpoint */
  name: string;
  /** The hostname */
  host: string;
  /** The port */
  port: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultListener(): Listener {
  return { name: "", host: "", port: 0 };
}

function readListener(r: Reader, _v: number): Listener {
  const flex = true;
  const s = defaultListener();
  s.name = r.string(flex);
  s.host = r.string(flex);
  s.port = r.uint16();
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
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AddRaftVoterRequest {
  clusterId: string | null;
  timeoutMs: number;
  /** The replica id of the voter getting added to the topic partition */
  voterId: number;
  /** The directory id of the voter getting added to the topic partition */
  voterDirectoryId: string;
  /** The endpoints that can be used to communicate with the voter */
  listeners: Listener[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAddRaftVoterRequest(): AddRaftVoterRequest {
  return { clusterId: "", timeoutMs: 0, voterId: 0, voterDirectoryId: ZERO_UUID, listeners: [] };
}

function readAddRaftVoterRequest(r: Reader, v: number): AddRaftVoterRequest {
  const flex = true;
  const s = defaultAddRaftVoterRequest();
  s.clusterId = r.nullableString(flex);
  s.timeoutMs = r.int32();
  s.voterId = r.int32();
  s.voterDirectoryId = r.uuid();
  s.listeners = readArray(r, flex, (r) => readListener(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAddRaftVoterRequest(w: Writer, v: number, s: Init<AddRaftVoterRequest>): void {
  const flex = true;
  w.nullableString((s.clusterId === undefined ? "" : s.clusterId), flex);
  w.int32((s.timeoutMs === undefined ? 0 : s.timeoutMs));
  w.int32((s.voterId === undefined ? 0 : s.voterId));
  w.uuid((s.voterDirectoryId === undefined ? ZERO_UUID : s.voterDirectoryId));
  writeArray(w, flex, (s.listeners === undefined ? [] : s.listeners), (w, e) => { writeListener(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AddRaftVoterRequestVersions = { min: 0, max: 0 } as const;

export function decodeAddRaftVoterRequest(r: Reader, v: number): AddRaftVoterRequest {
  if (v < 0 || v > 0) throw new DecodeError(`AddRaftVoterRequest version ${v} is outside 0-0`);
  return readAddRaftVoterRequest(r, v);
}

export function encodeAddRaftVoterRequest(w: Writer, v: number, m: Init<AddRaftVoterRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`AddRaftVoterRequest version ${v} is outside 0-0`);
  writeAddRaftVoterRequest(w, v, m);
}

export interface AddRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAddRaftVoterResponse(): AddRaftVoterResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "" };
}

function readAddRaftVoterResponse(r: Reader, _v: number): AddRaftVoterResponse {
  const flex = true;
  const s = defaultAddRaftVoterResponse();
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

function writeAddRaftVoterResponse(w: Writer, _v: number, s: Init<AddRaftVoterResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const AddRaftVoterResponseVersions = { min: 0, max: 0 } as const;

export function decodeAddRaftVoterResponse(r: Reader, v: number): AddRaftVoterResponse {
  if (v < 0 || v > 0) throw new DecodeError(`AddRaftVoterResponse version ${v} is outside 0-0`);
  return readAddRaftVoterResponse(r, v);
}

export function encodeAddRaftVoterResponse(w: Writer, v: number, m: Init<AddRaftVoterResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`AddRaftVoterResponse version ${v} is outside 0-0`);
  writeAddRaftVoterResponse(w, v, m);
}

export const AddRaftVoterApi: ApiCodec<AddRaftVoterRequest, AddRaftVoterResponse> = {
  apiKey: 80,
  name: 'AddRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeAddRaftVoterRequest,
  encodeRequest: encodeAddRaftVoterRequest,
  decodeResponse: decodeAddRaftVoterResponse,
  encodeResponse: encodeAddRaftVoterResponse,
};
