// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// Vote (api key 52): request and response, versions 0-1.

export interface VoteRequestTopicData {
  /** The topic name. */
  topicName: string;
  partitions: VoteRequestPartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultVoteRequestTopicData(): VoteRequestTopicData {
  return { topicName: "", partitions: [] };
}

function readVoteRequestTopicData(r: Reader, v: number): VoteRequestTopicData {
  const flex = true;
  const s = defaultVoteRequestTopicData();
  s.topicName = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readVoteRequestPartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeVoteRequestTopicData(w: Writer, v: number, s: Init<VoteRequestTopicData>): void {
  const flex = true;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeVoteRequestPartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface VoteRequestPartitionData {
  /** The partition index. */
  partitionIndex: number;
  /** The bumped epoch of the candidate sending the request */
  candidateEpoch: number;
  /** The replica id of the voter sending the request */
  candidateId: number;
  /** The directory id of the voter sending the request */
  candidateDirectoryId: string;
  /** The ID of the voter sending the request */
  voterDirectoryId: string;
  /** The epoch of the last record written to the metadata log */
  lastOffsetEpoch: number;
  /** The offset of the last record written to the metadata log */
  lastOffset: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultVoteRequestPartitionData(): VoteRequestPartitionData {
  return { partitionIndex: 0, candidateEpoch: 0, candidateId: 0, candidateDirectoryId: ZERO_UUID, voterDirectoryId: ZERO_UUID, lastOffsetEpoch: 0, lastOffset: 0n };
}

function readVoteRequestPartitionData(r: Reader, v: number): VoteRequestPartitionData {
  const flex = true;
  const s = defaultVoteRequestPartitionData();
  s.partitionIndex = r.int32();
  s.candidateEpoch = r.int32();
  s.candidateId = r.int32();
  if (v >= 1) s.candidateDirectoryId = r.uuid();
  if (v >= 1) s.voterDirectoryId = r.uuid();
  s.lastOffsetEpoch = r.int32();
  s.lastOffset = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeVoteRequestPartitionData(w: Writer, v: number, s: Init<VoteRequestPartitionData>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int32((s.candidateEpoch === undefined ? 0 : s.candidateEpoch));
  w.int32((s.candidateId === undefined ? 0 : s.candidateId));
  if (v >= 1) { w.uuid((s.candidateDirectoryId === undefined ? ZERO_UUID : s.candidateDirectoryId)); }
  if (v >= 1) { w.uuid((s.voterDirectoryId === undefined ? ZERO_UUID : s.voterDirectoryId)); }
  w.int32((s.lastOffsetEpoch === undefined ? 0 : s.lastOffsetEpoch));
  w.int64((s.lastOffset === undefined ? 0n : s.lastOffset));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface VoteRequest {
  clusterId: string | null;
  /** The replica id of the voter receiving the request */
  voterId: number;
  topics: VoteRequestTopicData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultVoteRequest(): VoteRequest {
  return { clusterId: null, voterId: -1, topics: [] };
}

function readVoteRequest(r: Reader, v: number): VoteRequest {
  const flex = true;
  const s = defaultVoteRequest();
  s.clusterId = r.nullableString(flex);
  if (v >= 1) s.voterId = r.int32();
  s.topics = readArray(r, flex, (r) => readVoteRequestTopicData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeVoteRequest(w: Writer, v: number, s: Init<VoteRequest>): void {
  const flex = true;
  w.nullableString((s.clusterId === undefined ? null : s.clusterId), flex);
  if (v >= 1) { w.int32((s.voterId === undefined ? -1 : s.voterId)); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeVoteRequestTopicData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const VoteRequestVersions = { min: 0, max: 1 } as const;

export function decodeVoteRequest(r: Reader, v: number): VoteRequest {
  if (v < 0 || v > 1) throw new DecodeError(`VoteRequest version ${v} is outside 0-1`);
  return readVoteRequest(r, v);
}

export function encodeVoteRequest(w: Writer, v: number, m: Init<VoteRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`VoteRequest version ${v} is outside 0-1`);
  writeVoteRequest(w, v, m);
}

export interface VoteResponseTopicData {
  /** The topic name. */
  topicName: string;
  partitions: VoteResponsePartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultVoteResponseTopicData(): VoteResponseTopicData {
  return { topicName: "", partitions: [] };
}

function readVoteResponseTopicData(r: Reader, v: number): VoteResponseTopicData {
  const flex = true;
  const s = defaultVoteResponseTopicData();
  s.topicName = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readVoteResponsePartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeVoteResponseTopicData(w: Writer, v: number, s: Init<VoteResponseTopicData>): void {
  const flex = true;
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeVoteResponsePartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface VoteResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  /** True if the vote was granted and false otherwise */
  voteGranted: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultVoteResponsePartitionData(): VoteResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0, voteGranted: false };
}

function readVoteResponsePartitionData(r: Reader, _v: number): VoteResponsePartitionData {
  const flex = true;
  const s = defaultVoteResponsePartitionData();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  s.leaderId = r.int32();
  s.leaderEpoch = r.int32();
  s.voteGranted = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeVoteResponsePartitionData(w: Writer, _v: number, s: Init<VoteResponsePartitionData>): void {
  const flex = true;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int32((s.leaderId === undefined ? 0 : s.leaderId));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  w.bool((s.voteGranted === undefined ? false : s.voteGranted));
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
  const flex = true;
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
  const flex = true;
  if (v >= 1) { w.int32((s.nodeId === undefined ? 0 : s.nodeId)); }
  if (v >= 1) { w.string((s.host === undefined ? "" : s.host), flex); }
  if (v >= 1) { w.uint16((s.port === undefined ? 0 : s.port)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface VoteResponse {
  /** The top level error code. */
  errorCode: number;
  topics: VoteResponseTopicData[];
  /** Endpoints for all current-leaders enumerated in PartitionData */
  nodeEndpoints: NodeEndpoint[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultVoteResponse(): VoteResponse {
  return { errorCode: 0, topics: [], nodeEndpoints: [] };
}

function readVoteResponse(r: Reader, v: number): VoteResponse {
  const flex = true;
  const s = defaultVoteResponse();
  s.errorCode = r.int16();
  s.topics = readArray(r, flex, (r) => readVoteResponseTopicData(r, v));
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

function writeVoteResponse(w: Writer, v: number, s: Init<VoteResponse>): void {
  const flex = true;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeVoteResponseTopicData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 1 && s.nodeEndpoints !== undefined && s.nodeEndpoints.length > 0) {
      const x = s.nodeEndpoints;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeArray(w, true, x, (w, e) => { writeNodeEndpoint(w, v, e); }); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const VoteResponseVersions = { min: 0, max: 1 } as const;

export function decodeVoteResponse(r: Reader, v: number): VoteResponse {
  if (v < 0 || v > 1) throw new DecodeError(`VoteResponse version ${v} is outside 0-1`);
  return readVoteResponse(r, v);
}

export function encodeVoteResponse(w: Writer, v: number, m: Init<VoteResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`VoteResponse version ${v} is outside 0-1`);
  writeVoteResponse(w, v, m);
}

export const VoteApi: ApiCodec<VoteRequest, VoteResponse> = {
  apiKey: 52,
  name: 'Vote',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 0,
  decodeRequest: decodeVoteRequest,
  encodeRequest: encodeVoteRequest,
  decodeResponse: decodeVoteResponse,
  encodeResponse: encodeVoteResponse,
};
