// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface Voter {
  /** The replica id of the voter in the topic partition */
  voterId: number;
  /** The directory id of the voter in the topic partition */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the voter */
  endpoints: Endpoint[];
  /** The range of versions of the protocol that the replica supports */
  kRaftVersionFeature: KRaftVersionFeature;
  unknownTaggedFields?: TaggedField[];
}

export function defaultVoter(): Voter {
  return { voterId: 0, voterDirectoryId: ZERO_UUID, endpoints: [], kRaftVersionFeature: defaultKRaftVersionFeature() };
}

function readVoter(r: Reader, v: number): Voter {
  const flex = true;
  const s = defaultVoter();
  s.voterId = r.int32();
  s.voterDirectoryId = r.uuid();
  s.endpoints = readArray(r, flex, (r) => readEndpoint(r, v));
  s.kRaftVersionFeature = readKRaftVersionFeature(r, v);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeVoter(w: Writer, v: number, s: Init<Voter>): void {
  const flex = true;
  w.int32((s.voterId === undefined ? 0 : s.voterId));
  w.uuid((s.voterDirectoryId === undefined ? ZERO_UUID : s.voterDirectoryId));
  writeArray(w, flex, (s.endpoints === undefined ? [] : s.endpoints), (w, e) => { writeEndpoint(w, v, e); });
  writeKRaftVersionFeature(w, v, (s.kRaftVersionFeature === undefined ? defaultKRaftVersionFeature() : s.kRaftVersionFeature));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface Endpoint {
  /** The name of the endpoint */
  name: string;
  /** The hostname */
  host: string;
  /** The port */
  port: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultEndpoint(): Endpoint {
  return { name: "", host: "", port: 0 };
}

function readEndpoint(r: Reader, _v: number): Endpoint {
  const flex = true;
  const s = defaultEndpoint();
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

function writeEndpoint(w: Writer, _v: number, s: Init<Endpoint>): void {
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

export interface VotersRecord {
  /** The version of the voters record */
  version: number;
  voters: Voter[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultVotersRecord(): VotersRecord {
  return { version: 0, voters: [] };
}

function readVotersRecord(r: Reader, v: number): VotersRecord {
  const flex = true;
  const s = defaultVotersRecord();
  s.version = r.int16();
  s.voters = readArray(r, flex, (r) => readVoter(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeVotersRecord(w: Writer, v: number, s: Init<VotersRecord>): void {
  const flex = true;
  w.int16((s.version === undefined ? 0 : s.version));
  writeArray(w, flex, (s.voters === undefined ? [] : s.voters), (w, e) => { writeVoter(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const VotersRecordVersions = { min: 0, max: 0 } as const;

export function decodeVotersRecord(r: Reader, v: number): VotersRecord {
  if (v < 0 || v > 0) throw new DecodeError(`VotersRecord version ${v} is outside 0-0`);
  return readVotersRecord(r, v);
}

export function encodeVotersRecord(w: Writer, v: number, m: Init<VotersRecord>): void {
  if (v < 0 || v > 0) throw new EncodeError(`VotersRecord version ${v} is outside 0-0`);
  writeVotersRecord(w, v, m);
}
