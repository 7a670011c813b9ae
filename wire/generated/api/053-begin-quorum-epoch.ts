// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// BeginQuorumEpoch (api key 53): request and response, versions 0-1.

export interface BeginQuorumEpochRequestTopicData {
  /** The topic name */
  topicName: string;
  partitions: BeginQuorumEpochRequestPartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochRequestTopicData(): BeginQuorumEpochRequestTopicData {
  return { topicName: "", partitions: [] };
}

function readBeginQuorumEpochRequestTopicData(r: Reader, v: number): BeginQuorumEpochRequestTopicData {
  const flex = v >= 1;
  const s = defaultBeginQuorumEpochRequestTopicData();
  s.topicName = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readBeginQuorumEpochRequestPartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeBeginQuorumEpochRequestTopicData(w: Writer, v: number, s: Init<BeginQuorumEpochRequestTopicData>): void {
  const flex = v >= 1;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeBeginQuorumEpochRequestPartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface BeginQuorumEpochRequestPartitionData {
  /** The partition index */
  partitionIndex: number;
  /** The directory id of the receiving replica */
  voterDirectoryId: string;
  /** The ID of the newly elected leader */
  leaderId: number;
  /** The epoch of the newly elected leader */
  leaderEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochRequestPartitionData(): BeginQuorumEpochRequestPartitionData {
  return { partitionIndex: 0, voterDirectoryId: ZERO_UUID, leaderId: 0, leaderEpoch: 0 };
}

function readBeginQuorumEpochRequestPartitionData(r: Reader, v: number): BeginQuorumEpochRequestPartitionData {
  const flex = v >= 1;
  const s = defaultBeginQuorumEpochRequestPartitionData();
  s.partitionIndex = r.int32();
  if (v >= 1) s.voterDirectoryId = r.uuid();
  s.leaderId = r.int32();
  s.leaderEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeBeginQuorumEpochRequestPartitionData(w: Writer, v: number, s: Init<BeginQuorumEpochRequestPartitionData>): void {
  const flex = v >= 1;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  if (v >= 1) { w.uuid((s.voterDirectoryId === undefined ? ZERO_UUID : s.voterDirectoryId)); }
  w.int32((s.leaderId === undefined ? 0 : s.leaderId));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaderEndpoint {
  /** The name of the endpoint */
  name: string;
  /** The node's hostname */
  host: string;
  /** The node's port */
  port: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderEndpoint(): LeaderEndpoint {
  return { name: "", host: "", port: 0 };
}

function readLeaderEndpoint(r: Reader, v: number): LeaderEndpoint {
  const flex = v >= 1;
  const s = defaultLeaderEndpoint();
  if (v >= 1) s.name = r.string(flex);
  if (v >= 1) s.host = r.string(flex);
  if (v >= 1) s.port = r.uint16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaderEndpoint(w: Writer, v: number, s: Init<LeaderEndpoint>): void {
  const flex = v >= 1;
  if (v >= 1) { w.string((s.name === undefined ? "" : s.name), flex); }
  if (v >= 1) { w.string((s.host === undefined ? "" : s.host), flex); }
  if (v >= 1) { w.uint16((s.port === undefined ? 0 : s.port)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface BeginQuorumEpochRequest {
  clusterId: string | null;
  /** The replica id of the voter receiving the request */
  voterId: number;
  topics: BeginQuorumEpochRequestTopicData[];
  /** Endpoints for the leader */
  leaderEndpoints: LeaderEndpoint[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochRequest(): BeginQuorumEpochRequest {
  return { clusterId: null, voterId: -1, topics: [], leaderEndpoints: [] };
}

function readBeginQuorumEpochRequest(r: Reader, v: number): BeginQuorumEpochRequest {
  const flex = v >= 1;
  const s = defaultBeginQuorumEpochRequest();
  s.clusterId = r.nullableString(flex);
  if (v >= 1) s.voterId = r.int32();
  s.topics = readArray(r, flex, (r) => readBeginQuorumEpochRequestTopicData(r, v));
  if (v >= 1) s.leaderEndpoints = readArray(r, flex, (r) => readLeaderEndpoint(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeBeginQuorumEpochRequest(w: Writer, v: number, s: Init<BeginQuorumEpochRequest>): void {
  const flex = v >= 1;
  w.nullableString((s.clusterId === undefined ? null : s.clusterId), flex);
  if (v >= 1) { w.int32((s.voterId === undefined ? -1 : s.voterId)); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeBeginQuorumEpochRequestTopicData(w, v, e); });
  if (v >= 1) { writeArray(w, flex, (s.leaderEndpoints === undefined ? [] : s.leaderEndpoints), (w, e) => { writeLeaderEndpoint(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const BeginQuorumEpochRequestVersions = { min: 0, max: 1 } as const;

export function decodeBeginQuorumEpochRequest(r: Reader, v: number): BeginQuorumEpochRequest {
  if (v < 0 || v > 1) throw new DecodeError(`BeginQuorumEpochRequest version ${v} is outside 0-1`);
  return readBeginQuorumEpochRequest(r, v);
}

export function encodeBeginQuorumEpochRequest(w: Writer, v: number, m: Init<BeginQuorumEpochRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`BeginQuorumEpochRequest version ${v} is outside 0-1`);
  writeBeginQuorumEpochRequest(w, v, m);
}

export interface BeginQuorumEpochResponseTopicData {
  /** The topic name. */
  topicName: string;
  partitions: BeginQuorumEpochResponsePartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochResponseTopicData(): BeginQuorumEpochResponseTopicData {
  return { topicName: "", partitions: [] };
}

function readBeginQuorumEpochResponseTopicData(r: Reader, v: number): BeginQuorumEpochResponseTopicData {
  const flex = v >= 1;
  const s = defaultBeginQuorumEpochResponseTopicData();
  s.topicName = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readBeginQuorumEpochResponsePartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeBeginQuorumEpochResponseTopicData(w: Writer, v: number, s: Init<BeginQuorumEpochResponseTopicData>): void {
  const flex = v >= 1;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeBeginQuorumEpochResponsePartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface BeginQuorumEpochResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochResponsePartitionData(): BeginQuorumEpochResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0 };
}

function readBeginQuorumEpochResponsePartitionData(r: Reader, v: number): BeginQuorumEpochResponsePartitionData {
  const flex = v >= 1;
  const s = defaultBeginQuorumEpochResponsePartitionData();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  s.leaderId = r.int32();
  s.leaderEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeBeginQuorumEpochResponsePartitionData(w: Writer, v: number, s: Init<BeginQuorumEpochResponsePartitionData>): void {
  const flex = v >= 1;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int32((s.leaderId === undefined ? 0 : s.leaderId));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface NodeEndpoint {
  /** The ID of the associated node */
  nodeId: number;
  /** The node's hostname */
  host: string;
  /** The node's port */
  port: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultNodeEndpoint(): NodeEndpoint {
  return { nodeId: 0, host: "", port: 0 };
}

function readNodeEndpoint(r: Reader, v: number): NodeEndpoint {
  const flex = v >= 1;
  const s = defaultNodeEndpoint();
  if (v >= 1) s.nodeId = r.int32();
  if (v >= 1) s.host = r.string(flex);
  if (v >= 1) s.port = r.uint16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeNodeEndpoint(w: Writer, v: number, s: Init<NodeEndpoint>): void {
  const flex = v >= 1;
  if (v >= 1) { w.int32((s.nodeId === undefined ? 0 : s.nodeId)); }
  if (v >= 1) { w.string((s.host === undefined ? "" : s.host), flex); }
  if (v >= 1) { w.uint16((s.port === undefined ? 0 : s.port)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface BeginQuorumEpochResponse {
  /** The top level error code. */
  errorCode: number;
  topics: BeginQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData */
  nodeEndpoints: NodeEndpoint[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochResponse(): BeginQuorumEpochResponse {
  return { errorCode: 0, topics: [], nodeEndpoints: [] };
}

function readBeginQuorumEpochResponse(r: Reader, v: number): BeginQuorumEpochResponse {
  const flex = v >= 1;
  const s = defaultBeginQuorumEpochResponse();
  s.errorCode = r.int16();
  s.topics = readArray(r, flex, (r) => readBeginQuorumEpochResponseTopicData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 1) {
            const sub = Reader.over(f.data);
            s.nodeEndpoints = ((r: Reader) => readArray(r, true, (r) => readNodeEndpoint(r, v)))(sub);
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

function writeBeginQuorumEpochResponse(w: Writer, v: number, s: Init<BeginQuorumEpochResponse>): void {
  const flex = v >= 1;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeBeginQuorumEpochResponseTopicData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 1 && s.nodeEndpoints !== undefined && s.nodeEndpoints.length > 0) {
      const x = s.nodeEndpoints;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeArray(w, true, x, (w, e) => { writeNodeEndpoint(w, v, e); }); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const BeginQuorumEpochResponseVersions = { min: 0, max: 1 } as const;

export function decodeBeginQuorumEpochResponse(r: Reader, v: number): BeginQuorumEpochResponse {
  if (v < 0 || v > 1) throw new DecodeError(`BeginQuorumEpochResponse version ${v} is outside 0-1`);
  return readBeginQuorumEpochResponse(r, v);
}

export function encodeBeginQuorumEpochResponse(w: Writer, v: number, m: Init<BeginQuorumEpochResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`BeginQuorumEpochResponse version ${v} is outside 0-1`);
  writeBeginQuorumEpochResponse(w, v, m);
}

export const BeginQuorumEpochApi: ApiCodec<BeginQuorumEpochRequest, BeginQuorumEpochResponse> = {
  apiKey: 53,
  name: 'BeginQuorumEpoch',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 1,
  decodeRequest: decodeBeginQuorumEpochRequest,
  encodeRequest: encodeBeginQuorumEpochRequest,
  decodeResponse: decodeBeginQuorumEpochResponse,
  encodeResponse: encodeBeginQuorumEpochResponse,
};
