// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// UpdateRaftVoter (api key 82): request and response, versions 0-0.

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

export interface KRaftVersionFeature {
  /** The minimum supported KRaft protocol version */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version */
  maxSupportedVersion: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultKRaftVersionFeature(): KRaftVersionFeature {
  return { minSupportedVersion: 0, maxSupportedVersion: 0 };
}

function readKRaftVersionFeature(r: Reader, _v: number): KRaftVersionFeature {
  const flex = true;
  const s = defaultKRaftVersionFeature();
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

function writeKRaftVersionFeature(w: Writer, _v: number, s: Init<KRaftVersionFeature>): void {
  const flex = true;
  w.int16((s.minSupportedVersion === undefined ? 0 : s.minSupportedVersion));
  w.int16((s.maxSupportedVersion === undefined ? 0 : s.maxSupportedVersion));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface UpdateRaftVoterRequest {
  clusterId: string | null;
  /** The current leader epoch of the partition, -1 for unknown leader epoch */
  currentLeaderEpoch: number;
  /** The replica id of the voter getting updated in the topic partition */
  voterId: number;
  /** The directory id of the voter getting updated in the topic partition */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the leader */
  listeners: Listener[];
  /** The range of versions of the protocol that the replica supports */
  kRaftVersionFeature: KRaftVersionFeature;
  unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateRaftVoterRequest(): UpdateRaftVoterRequest {
  return { clusterId: "", currentLeaderEpoch: 0, voterId: 0, voterDirectoryId: ZERO_UUID, listeners: [], kRaftVersionFeature: defaultKRaftVersionFeature() };
}

function readUpdateRaftVoterRequest(r: Reader, v: number): UpdateRaftVoterRequest {
  const flex = true;
  const s = defaultUpdateRaftVoterRequest();
  s.clusterId = r.nullableString(flex);
  s.currentLeaderEpoch = r.int32();
  s.voterId = r.int32();
  s.voterDirectoryId = r.uuid();
  s.listeners = readArray(r, flex, (r) => readListener(r, v));
  s.kRaftVersionFeature = readKRaftVersionFeature(r, v);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUpdateRaftVoterRequest(w: Writer, v: number, s: Init<UpdateRaftVoterRequest>): void {
  const flex = true;
  w.nullableString((s.clusterId === undefined ? "" : s.clusterId), flex);
  w.int32((s.currentLeaderEpoch === undefined ? 0 : s.currentLeaderEpoch));
  w.int32((s.voterId === undefined ? 0 : s.voterId));
  w.uuid((s.voterDirectoryId === undefined ? ZERO_UUID : s.voterDirectoryId));
  writeArray(w, flex, (s.listeners === undefined ? [] : s.listeners), (w, e) => { writeListener(w, v, e); });
  writeKRaftVersionFeature(w, v, (s.kRaftVersionFeature === undefined ? defaultKRaftVersionFeature() : s.kRaftVersionFeature));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const UpdateRaftVoterRequestVersions = { min: 0, max: 0 } as const;

export function decodeUpdateRaftVoterRequest(r: Reader, v: number): UpdateRaftVoterRequest {
  if (v < 0 || v > 0) throw new DecodeError(`UpdateRaftVoterRequest version ${v} is outside 0-0`);
  return readUpdateRaftVoterRequest(r, v);
}

export function encodeUpdateRaftVoterRequest(w: Writer, v: number, m: Init<UpdateRaftVoterRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`UpdateRaftVoterRequest version ${v} is outside 0-0`);
  writeUpdateRaftVoterRequest(w, v, m);
}

export interface CurrentLeader {
  /** The replica id of the current leader or -1 if the leader is unknown */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  /** The node's hostname */
  host: string;
  /** The node's port */
  port: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultCurrentLeader(): CurrentLeader {
  return { leaderId: -1, leaderEpoch: -1, host: "", port: 0 };
}

function readCurrentLeader(r: Reader, _v: number): CurrentLeader {
  const flex = true;
  const s = defaultCurrentLeader();
  s.leaderId = r.int32();
  s.leaderEpoch = r.int32();
  s.host = r.string(flex);
  s.port = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeCurrentLeader(w: Writer, _v: number, s: Init<CurrentLeader>): void {
  const flex = true;
  w.int32((s.leaderId === undefined ? -1 : s.leaderId));
  w.int32((s.leaderEpoch === undefined ? -1 : s.leaderEpoch));
  w.string((s.host === undefined ? "" : s.host), flex);
  w.int32((s.port === undefined ? 0 : s.port));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface UpdateRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error */
  errorCode: number;
  currentLeader: CurrentLeader;
  unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateRaftVoterResponse(): UpdateRaftVoterResponse {
  return { throttleTimeMs: 0, errorCode: 0, currentLeader: defaultCurrentLeader() };
}

function readUpdateRaftVoterResponse(r: Reader, v: number): UpdateRaftVoterResponse {
  const flex = true;
  const s = defaultUpdateRaftVoterResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (true) {
            const sub = Reader.over(f.data);
            s.currentLeader = ((r: Reader) => readCurrentLeader(r, v))(sub);
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

function writeUpdateRaftVoterResponse(w: Writer, v: number, s: Init<UpdateRaftVoterResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    if (true && s.currentLeader !== undefined && s.currentLeader !== null) {
      const x = s.currentLeader;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeCurrentLeader(w, v, x); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const UpdateRaftVoterResponseVersions = { min: 0, max: 0 } as const;

export function decodeUpdateRaftVoterResponse(r: Reader, v: number): UpdateRaftVoterResponse {
  if (v < 0 || v > 0) throw new DecodeError(`UpdateRaftVoterResponse version ${v} is outside 0-0`);
  return readUpdateRaftVoterResponse(r, v);
}

export function encodeUpdateRaftVoterResponse(w: Writer, v: number, m: Init<UpdateRaftVoterResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`UpdateRaftVoterResponse version ${v} is outside 0-0`);
  writeUpdateRaftVoterResponse(w, v, m);
}

export const UpdateRaftVoterApi: ApiCodec<UpdateRaftVoterRequest, UpdateRaftVoterResponse> = {
  apiKey: 82,
  name: 'UpdateRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeUpdateRaftVoterRequest,
  encodeRequest: encodeUpdateRaftVoterRequest,
  decodeResponse: decodeUpdateRaftVoterResponse,
  encodeResponse: encodeUpdateRaftVoterResponse,
};
