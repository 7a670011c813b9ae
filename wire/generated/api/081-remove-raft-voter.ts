// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// RemoveRaftVoter (api key 81): request and response, versions 0-0.

export interface RemoveRaftVoterRequest {
  clusterId: string | null;
  /** The replica id of the voter getting removed from the topic partition */
  voterId: number;
  /** The directory id of the voter getting removed from the topic partition */
  voterDirectoryId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultRemoveRaftVoterRequest(): RemoveRaftVoterRequest {
  return { clusterId: "", voterId: 0, voterDirectoryId: ZERO_UUID };
}

function readRemoveRaftVoterRequest(r: Reader, _v: number): RemoveRaftVoterRequest {
  const flex = true;
  const s = defaultRemoveRaftVoterRequest();
  s.clusterId = r.nullableString(flex);
  s.voterId = r.int32();
  s.voterDirectoryId = r.uuid();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeRemoveRaftVoterRequest(w: Writer, _v: number, s: Init<RemoveRaftVoterRequest>): void {
  const flex = true;
  w.nullableString((s.clusterId === undefined ? "" : s.clusterId), flex);
  w.int32((s.voterId === undefined ? 0 : s.voterId));
  w.uuid((s.voterDirectoryId === undefined ? ZERO_UUID : s.voterDirectoryId));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const RemoveRaftVoterRequestVersions = { min: 0, max: 0 } as const;

export function decodeRemoveRaftVoterRequest(r: Reader, v: number): RemoveRaftVoterRequest {
  if (v < 0 || v > 0) throw new DecodeError(`RemoveRaftVoterRequest version ${v} is outside 0-0`);
  return readRemoveRaftVoterRequest(r, v);
}

export function encodeRemoveRaftVoterRequest(w: Writer, v: number, m: Init<RemoveRaftVoterRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`RemoveRaftVoterRequest version ${v} is outside 0-0`);
  writeRemoveRaftVoterRequest(w, v, m);
}

export interface RemoveRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultRemoveRaftVoterResponse(): RemoveRaftVoterResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "" };
}

function readRemoveRaftVoterResponse(r: Reader, _v: number): RemoveRaftVoterResponse {
  const flex = true;
  const s = defaultRemoveRaftVoterResponse();
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

function writeRemoveRaftVoterResponse(w: Writer, _v: number, s: Init<RemoveRaftVoterResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? "" : s.errorMessage), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const RemoveRaftVoterResponseVersions = { min: 0, max: 0 } as const;

export function decodeRemoveRaftVoterResponse(r: Reader, v: number): RemoveRaftVoterResponse {
  if (v < 0 || v > 0) throw new DecodeError(`RemoveRaftVoterResponse version ${v} is outside 0-0`);
  return readRemoveRaftVoterResponse(r, v);
}

export function encodeRemoveRaftVoterResponse(w: Writer, v: number, m: Init<RemoveRaftVoterResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`RemoveRaftVoterResponse version ${v} is outside 0-0`);
  writeRemoveRaftVoterResponse(w, v, m);
}

export const RemoveRaftVoterApi: ApiCodec<RemoveRaftVoterRequest, RemoveRaftVoterResponse> = {
  apiKey: 81,
  name: 'RemoveRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeRemoveRaftVoterRequest,
  encodeRequest: encodeRemoveRaftVoterRequest,
  decodeResponse: decodeRemoveRaftVoterResponse,
  encodeResponse: encodeRemoveRaftVoterResponse,
};
