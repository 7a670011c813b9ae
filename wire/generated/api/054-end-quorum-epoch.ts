// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// EndQuorumEpoch (api key 54): request and response, versions 0-1.

export interface EndQuorumEpochRequestTopicData {
  /** The topic name. */
  topicName: string;
  partitions: EndQuorumEpochRequestPartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochRequestTopicData(): EndQuorumEpochRequestTopicData {
  return { topicName: "", partitions: [] };
}

function readEndQuorumEpochRequestTopicData(r: Reader, v: number): EndQuorumEpochRequestTopicData {
  const flex = v >= 1;
  const s = defaultEndQuorumEpochRequestTopicData();
  s.topicName = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readEndQuorumEpochRequestPartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEndQuorumEpochRequestTopicData(w: Writer, v: number, s: Init<EndQuorumEpochRequestTopicData>): void {
  const flex = v >= 1;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeEndQuorumEpochRequestPartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface EndQuorumEpochRequestPartitionData {
  /** The partition index. */
  partitionIndex: number;
  /** The current leader ID that is resigning */
  leaderId: number;
  /** The current epoch */
  leaderEpoch: number;
  /** A sorted list of preferred successors to start the election */
  preferredSuccessors: number[];
  /** A sorted list of preferred candidates to start the election */
  preferredCandidates: ReplicaInfo[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochRequestPartitionData(): EndQuorumEpochRequestPartitionData {
  return { partitionIndex: 0, leaderId: 0, leaderEpoch: 0, preferredSuccessors: [], preferredCandidates: [] };
}

function readEndQuorumEpochRequestPartitionData(r: Reader, v: number): EndQuorumEpochRequestPartitionData {
  const flex = v >= 1;
  const s = defaultEndQuorumEpochRequestPartitionData();
  s.partitionIndex = r.int32();
  s.leaderId = r.int32();
  s.leaderEpoch = r.int32();
  if (v === 0) s.preferredSuccessors = readArray(r, flex, (r) => r.int32());
  if (v >= 1) s.preferredCandidates = readArray(r, flex, (r) => readReplicaInfo(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEndQuorumEpochRequestPartitionData(w: Writer, v: number, s: Init<EndQuorumEpochRequestPartitionData>): void {
  const flex = v >= 1;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int32((s.leaderId === undefined ? 0 : s.leaderId));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  if (v === 0) { writeArray(w, flex, (s.preferredSuccessors === undefined ? [] : s.preferredSuccessors), (w, e) => { w.int32(e); }); }
  if (v >= 1) { writeArray(w, flex, (s.preferredCandidates === undefined ? [] : s.preferredCandidates), (w, e) => { writeReplicaInfo(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ReplicaInfo {
  candidateId: number;
  candidateDirectoryId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultReplicaInfo(): ReplicaInfo {
  return { candidateId: 0, candidateDirectoryId: ZERO_UUID };
}

function readReplicaInfo(r: Reader, v: number): ReplicaInfo {
  const flex = v >= 1;
  const s = defaultReplicaInfo();
  if (v >= 1) s.candidateId = r.int32();
  if (v >= 1) s.candidateDirectoryId = r.uuid();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReplicaInfo(w: Writer, v: number, s: Init<ReplicaInfo>): void {
  const flex = v >= 1;
  if (v >= 1) { w.int32((s.candidateId === undefined ? 0 : s.candidateId)); }
  if (v >= 1) { w.uuid((s.candidateDirectoryId === undefined ? ZERO_UUID : s.candidateDirectoryId)); }
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

export interface EndQuorumEpochRequest {
  clusterId: string | null;
  topics: EndQuorumEpochRequestTopicData[];
  /** Endpoints for the leader */
  leaderEndpoints: LeaderEndpoint[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochRequest(): EndQuorumEpochRequest {
  return { clusterId: null, topics: [], leaderEndpoints: [] };
}

function readEndQuorumEpochRequest(r: Reader, v: number): EndQuorumEpochRequest {
  const flex = v >= 1;
  const s = defaultEndQuorumEpochRequest();
  s.clusterId = r.nullableString(flex);
  s.topics = readArray(r, flex, (r) => readEndQuorumEpochRequestTopicData(r, v));
  if (v >= 1) s.leaderEndpoints = readArray(r, flex, (r) => readLeaderEndpoint(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEndQuorumEpochRequest(w: Writer, v: number, s: Init<EndQuorumEpochRequest>): void {
  const flex = v >= 1;
  w.nullableString((s.clusterId === undefined ? null : s.clusterId), flex);
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeEndQuorumEpochRequestTopicData(w, v, e); });
  if (v >= 1) { writeArray(w, flex, (s.leaderEndpoints === undefined ? [] : s.leaderEndpoints), (w, e) => { writeLeaderEndpoint(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const EndQuorumEpochRequestVersions = { min: 0, max: 1 } as const;

export function decodeEndQuorumEpochRequest(r: Reader, v: number): EndQuorumEpochRequest {
  if (v < 0 || v > 1) throw new DecodeError(`EndQuorumEpochRequest version ${v} is outside 0-1`);
  return readEndQuorumEpochRequest(r, v);
}

export function encodeEndQuorumEpochRequest(w: Writer, v: number, m: Init<EndQuorumEpochRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`EndQuorumEpochRequest version ${v} is outside 0-1`);
  writeEndQuorumEpochRequest(w, v, m);
}

export interface EndQuorumEpochResponseTopicData {
  /** The topic name. */
  topicName: string;
  partitions: EndQuorumEpochResponsePartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochResponseTopicData(): EndQuorumEpochResponseTopicData {
  return { topicName: "", partitions: [] };
}

function readEndQuorumEpochResponseTopicData(r: Reader, v: number): EndQuorumEpochResponseTopicData {
  const flex = v >= 1;
  const s = defaultEndQuorumEpochResponseTopicData();
  s.topicName = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readEndQuorumEpochResponsePartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEndQuorumEpochResponseTopicData(w: Writer, v: number, s: Init<EndQuorumEpochResponseTopicData>): void {
  const flex = v >= 1;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeEndQuorumEpochResponsePartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface EndQuorumEpochResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochResponsePartitionData(): EndQuorumEpochResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0 };
}

function readEndQuorumEpochResponsePartitionData(r: Reader, v: number): EndQuorumEpochResponsePartitionData {
  const flex = v >= 1;
  const s = defaultEndQuorumEpochResponsePartitionData();
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

function writeEndQuorumEpochResponsePartitionData(w: Writer, v: number, s: Init<EndQuorumEpochResponsePartitionData>): void {
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

export interface EndQuorumEpochResponse {
  /** The top level error code. */
  errorCode: number;
  topics: EndQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData */
  nodeEndpoints: NodeEndpoint[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochResponse(): EndQuorumEpochResponse {
  return { errorCode: 0, topics: [], nodeEndpoints: [] };
}

function readEndQuorumEpochResponse(r: Reader, v: number): EndQuorumEpochResponse {
  const flex = v >= 1;
  const s = defaultEndQuorumEpochResponse();
  s.errorCode = r.int16();
  s.topics = readArray(r, flex, (r) => readEndQuorumEpochResponseTopicData(r, v));
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

function writeEndQuorumEpochResponse(w: Writer, v: number, s: Init<EndQuorumEpochResponse>): void {
  const flex = v >= 1;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeEndQuorumEpochResponseTopicData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 1 && s.nodeEndpoints !== undefined && s.nodeEndpoints.length > 0) {
      const x = s.nodeEndpoints;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeArray(w, true, x, (w, e) => { writeNodeEndpoint(w, v, e); }); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const EndQuorumEpochResponseVersions = { min: 0, max: 1 } as const;

export function decodeEndQuorumEpochResponse(r: Reader, v: number): EndQuorumEpochResponse {
  if (v < 0 || v > 1) throw new DecodeError(`EndQuorumEpochResponse version ${v} is outside 0-1`);
  return readEndQuorumEpochResponse(r, v);
}

export function encodeEndQuorumEpochResponse(w: Writer, v: number, m: Init<EndQuorumEpochResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`EndQuorumEpochResponse version ${v} is outside 0-1`);
  writeEndQuorumEpochResponse(w, v, m);
}

export const EndQuorumEpochApi: ApiCodec<EndQuorumEpochRequest, EndQuorumEpochResponse> = {
  apiKey: 54,
  name: 'EndQuorumEpoch',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 1,
  decodeRequest: decodeEndQuorumEpochRequest,
  encodeRequest: encodeEndQuorumEpochRequest,
  decodeResponse: decodeEndQuorumEpochResponse,
  encodeResponse: encodeEndQuorumEpochResponse,
};
