// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// FetchSnapshot (api key 59): request and response, versions 0-1.

export interface FetchSnapshotRequestTopicSnapshot {
  /** The name of the topic to fetch */
  name: string;
  /** The partitions to fetch */
  partitions: FetchSnapshotRequestPartitionSnapshot[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotRequestTopicSnapshot(): FetchSnapshotRequestTopicSnapshot {
  return { name: "", partitions: [] };
}

function readFetchSnapshotRequestTopicSnapshot(r: Reader, v: number): FetchSnapshotRequestTopicSnapshot {
  const flex = true;
  const s = defaultFetchSnapshotRequestTopicSnapshot();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readFetchSnapshotRequestPartitionSnapshot(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFetchSnapshotRequestTopicSnapshot(w: Writer, v: number, s: Init<FetchSnapshotRequestTopicSnapshot>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeFetchSnapshotRequestPartitionSnapshot(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FetchSnapshotRequestPartitionSnapshot {
  /** The partition index */
  partition: number;
  /** The current leader epoch of the partition, -1 for unknown leader epoch */
  currentLeaderEpoch: number;
  /** The snapshot endOffset and epoch to fetch */
  snapshotId: FetchSnapshotRequestSnapshotId;
  /** The byte position within the snapshot to start fetching from */
  position: bigint;
  /** The directory id of the follower fetching */
  replicaDirectoryId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotRequestPartitionSnapshot(): FetchSnapshotRequestPartitionSnapshot {
  return { partition: 0, currentLeaderEpoch: 0, snapshotId: defaultFetchSnapshotRequestSnapshotId(), position: 0n, replicaDirectoryId: ZERO_UUID };
}

function readFetchSnapshotRequestPartitionSnapshot(r: Reader, v: number): FetchSnapshotRequestPartitionSnapshot {
  const flex = true;
  const s = defaultFetchSnapshotRequestPartitionSnapshot();
  s.partition = r.int32();
  s.currentLeaderEpoch = r.int32();
  s.snapshotId = readFetchSnapshotRequestSnapshotId(r, v);
  s.position = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 1) {
            const sub = Reader.over(f.data);
            s.replicaDirectoryId = ((r: Reader) => r.uuid())(sub);
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

function writeFetchSnapshotRequestPartitionSnapshot(w: Writer, v: number, s: Init<FetchSnapshotRequestPartitionSnapshot>): void {
  const flex = true;
  w.int32((s.partition === undefined ? 0 : s.partition));
  w.int32((s.currentLeaderEpoch === undefined ? 0 : s.currentLeaderEpoch));
  writeFetchSnapshotRequestSnapshotId(w, v, (s.snapshotId === undefined ? defaultFetchSnapshotRequestSnapshotId() : s.snapshotId));
  w.int64((s.position === undefined ? 0n : s.position));
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 1 && s.replicaDirectoryId !== undefined && s.replicaDirectoryId !== ZERO_UUID) {
      const x = s.replicaDirectoryId;
      tagged.push({ tag: 0, data: encodeTagged((w) => { w.uuid(x); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FetchSnapshotRequestSnapshotId {
  endOffset: bigint;
  epoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotRequestSnapshotId(): FetchSnapshotRequestSnapshotId {
  return { endOffset: 0n, epoch: 0 };
}

function readFetchSnapshotRequestSnapshotId(r: Reader, _v: number): FetchSnapshotRequestSnapshotId {
  const flex = true;
  const s = defaultFetchSnapshotRequestSnapshotId();
  s.endOffset = r.int64();
  s.epoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFetchSnapshotRequestSnapshotId(w: Writer, _v: number, s: Init<FetchSnapshotRequestSnapshotId>): void {
  const flex = true;
  w.int64((s.endOffset === undefined ? 0n : s.endOffset));
  w.int32((s.epoch === undefined ? 0 : s.epoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FetchSnapshotRequest {
  /** The clusterId if known, this is used to validate metadata fetches prior to broker registration */
  clusterId: string | null;
  /** The broker ID of the follower */
  replicaId: number;
  /** The maximum bytes to fetch from all of the snapshots */
  maxBytes: number;
  /** The topics to fetch */
  topics: FetchSnapshotRequestTopicSnapshot[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotRequest(): FetchSnapshotRequest {
  return { clusterId: null, replicaId: -1, maxBytes: 2147483647, topics: [] };
}

function readFetchSnapshotRequest(r: Reader, v: number): FetchSnapshotRequest {
  const flex = true;
  const s = defaultFetchSnapshotRequest();
  s.replicaId = r.int32();
  s.maxBytes = r.int32();
  s.topics = readArray(r, flex, (r) => readFetchSnapshotRequestTopicSnapshot(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (true) {
            const sub = Reader.over(f.data);
            s.clusterId = ((r: Reader) => r.nullableString(true))(sub);
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

function writeFetchSnapshotRequest(w: Writer, v: number, s: Init<FetchSnapshotRequest>): void {
  const flex = true;
  w.int32((s.replicaId === undefined ? -1 : s.replicaId));
  w.int32((s.maxBytes === undefined ? 2147483647 : s.maxBytes));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeFetchSnapshotRequestTopicSnapshot(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    if (true && s.clusterId !== undefined && s.clusterId !== null) {
      const x = s.clusterId;
      tagged.push({ tag: 0, data: encodeTagged((w) => { w.nullableString(x, true); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const FetchSnapshotRequestVersions = { min: 0, max: 1 } as const;

export function decodeFetchSnapshotRequest(r: Reader, v: number): FetchSnapshotRequest {
  if (v < 0 || v > 1) throw new DecodeError(`FetchSnapshotRequest version ${v} is outside 0-1`);
  return readFetchSnapshotRequest(r, v);
}

export function encodeFetchSnapshotRequest(w: Writer, v: number, m: Init<FetchSnapshotRequest>): void {
  if (v < 0 || v > 1) throw new EncodeError(`FetchSnapshotRequest version ${v} is outside 0-1`);
  writeFetchSnapshotRequest(w, v, m);
}

export interface FetchSnapshotResponseTopicSnapshot {
  /** The name of the topic to fetch. */
  name: string;
  /** The partitions to fetch. */
  partitions: FetchSnapshotResponsePartitionSnapshot[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotResponseTopicSnapshot(): FetchSnapshotResponseTopicSnapshot {
  return { name: "", partitions: [] };
}

function readFetchSnapshotResponseTopicSnapshot(r: Reader, v: number): FetchSnapshotResponseTopicSnapshot {
  const flex = true;
  const s = defaultFetchSnapshotResponseTopicSnapshot();
  s.name = r.string(flex);
  s.partitions = readArray(r, flex, (r) => readFetchSnapshotResponsePartitionSnapshot(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFetchSnapshotResponseTopicSnapshot(w: Writer, v: number, s: Init<FetchSnapshotResponseTopicSnapshot>): void {
  const flex = true;
  w.string((s.name === undefined ? "" : s.name), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeFetchSnapshotResponsePartitionSnapshot(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FetchSnapshotResponsePartitionSnapshot {
  /** The partition index. */
  index: number;
  /** The error code, or 0 if there was no fetch error. */
  errorCode: number;
  /** The snapshot endOffset and epoch fetched */
  snapshotId: FetchSnapshotResponseSnapshotId;
  currentLeader: LeaderIdAndEpoch;
  /** The total size of the snapshot. */
  size: bigint;
  /** The starting byte position within the snapshot included in the Bytes field. */
  position: bigint;
  /** Snapshot data in records format which may not be aligned on an offset boundary */
  unalignedRecords: Buffer;
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotResponsePartitionSnapshot(): FetchSnapshotResponsePartitionSnapshot {
  return { index: 0, errorCode: 0, snapshotId: defaultFetchSnapshotResponseSnapshotId(), currentLeader: defaultLeaderIdAndEpoch(), size: 0n, position: 0n, unalignedRecords: EMPTY_BYTES };
}

function readFetchSnapshotResponsePartitionSnapshot(r: Reader, v: number): FetchSnapshotResponsePartitionSnapshot {
  const flex = true;
  const s = defaultFetchSnapshotResponsePartitionSnapshot();
  s.index = r.int32();
  s.errorCode = r.int16();
  s.snapshotId = readFetchSnapshotResponseSnapshotId(r, v);
  s.size = r.int64();
  s.position = r.int64();
  s.unalignedRecords = r.bytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (true) {
            const sub = Reader.over(f.data);
            s.currentLeader = ((r: Reader) => readLeaderIdAndEpoch(r, v))(sub);
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

function writeFetchSnapshotResponsePartitionSnapshot(w: Writer, v: number, s: Init<FetchSnapshotResponsePartitionSnapshot>): void {
  const flex = true;
  w.int32((s.index === undefined ? 0 : s.index));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeFetchSnapshotResponseSnapshotId(w, v, (s.snapshotId === undefined ? defaultFetchSnapshotResponseSnapshotId() : s.snapshotId));
  w.int64((s.size === undefined ? 0n : s.size));
  w.int64((s.position === undefined ? 0n : s.position));
  w.bytes((s.unalignedRecords === undefined ? EMPTY_BYTES : s.unalignedRecords), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    if (true && s.currentLeader !== undefined && s.currentLeader !== null) {
      const x = s.currentLeader;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeLeaderIdAndEpoch(w, v, x); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FetchSnapshotResponseSnapshotId {
  endOffset: bigint;
  epoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotResponseSnapshotId(): FetchSnapshotResponseSnapshotId {
  return { endOffset: 0n, epoch: 0 };
}

function readFetchSnapshotResponseSnapshotId(r: Reader, _v: number): FetchSnapshotResponseSnapshotId {
  const flex = true;
  const s = defaultFetchSnapshotResponseSnapshotId();
  s.endOffset = r.int64();
  s.epoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFetchSnapshotResponseSnapshotId(w: Writer, _v: number, s: Init<FetchSnapshotResponseSnapshotId>): void {
  const flex = true;
  w.int64((s.endOffset === undefined ? 0n : s.endOffset));
  w.int32((s.epoch === undefined ? 0 : s.epoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface LeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 };
}

function readLeaderIdAndEpoch(r: Reader, _v: number): LeaderIdAndEpoch {
  const flex = true;
  const s = defaultLeaderIdAndEpoch();
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

function writeLeaderIdAndEpoch(w: Writer, _v: number, s: Init<LeaderIdAndEpoch>): void {
  const flex = true;
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

export interface FetchSnapshotResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code. */
  errorCode: number;
  /** The topics to fetch. */
  topics: FetchSnapshotResponseTopicSnapshot[];
  /** Endpoints for all current-leaders enumerated in PartitionSnapshot */
  nodeEndpoints: NodeEndpoint[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotResponse(): FetchSnapshotResponse {
  return { throttleTimeMs: 0, errorCode: 0, topics: [], nodeEndpoints: [] };
}

function readFetchSnapshotResponse(r: Reader, v: number): FetchSnapshotResponse {
  const flex = true;
  const s = defaultFetchSnapshotResponse();
  s.throttleTimeMs = r.int32();
  s.errorCode = r.int16();
  s.topics = readArray(r, flex, (r) => readFetchSnapshotResponseTopicSnapshot(r, v));
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

function writeFetchSnapshotResponse(w: Writer, v: number, s: Init<FetchSnapshotResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeFetchSnapshotResponseTopicSnapshot(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 1 && s.nodeEndpoints !== undefined && s.nodeEndpoints.length > 0) {
      const x = s.nodeEndpoints;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeArray(w, true, x, (w, e) => { writeNodeEndpoint(w, v, e); }); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const FetchSnapshotResponseVersions = { min: 0, max: 1 } as const;

export function decodeFetchSnapshotResponse(r: Reader, v: number): FetchSnapshotResponse {
  if (v < 0 || v > 1) throw new DecodeError(`FetchSnapshotResponse version ${v} is outside 0-1`);
  return readFetchSnapshotResponse(r, v);
}

export function encodeFetchSnapshotResponse(w: Writer, v: number, m: Init<FetchSnapshotResponse>): void {
  if (v < 0 || v > 1) throw new EncodeError(`FetchSnapshotResponse version ${v} is outside 0-1`);
  writeFetchSnapshotResponse(w, v, m);
}

export const FetchSnapshotApi: ApiCodec<FetchSnapshotRequest, FetchSnapshotResponse> = {
  apiKey: 59,
  name: 'FetchSnapshot',
  minVersion: 0,
  maxVersion: 1,
  flexibleMin: 0,
  decodeRequest: decodeFetchSnapshotRequest,
  encodeRequest: encodeFetchSnapshotRequest,
  decodeResponse: decodeFetchSnapshotResponse,
  encodeResponse: encodeFetchSnapshotResponse,
};
