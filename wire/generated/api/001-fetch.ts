// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// Fetch (api key 1): request and response, versions 0-17.

export interface ReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. */
  replicaId: number;
  /** The epoch of this follower, or -1 if not available. */
  replicaEpoch: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultReplicaState(): ReplicaState {
  return { replicaId: -1, replicaEpoch: -1n };
}

function readReplicaState(r: Reader, v: number): ReplicaState {
  const flex = v >= 12;
  const s = defaultReplicaState();
  if (v >= 15) s.replicaId = r.int32();
  if (v >= 15) s.replicaEpoch = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeReplicaState(w: Writer, v: number, s: Init<ReplicaState>): void {
  const flex = v >= 12;
  if (v >= 15) { w.int32((s.replicaId === undefined ? -1 : s.replicaId)); }
  if (v >= 15) { w.int64((s.replicaEpoch === undefined ? -1n : s.replicaEpoch)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FetchTopic {
  /** The name of the topic to fetch. */
  topic: string;
  /** The unique topic ID */
  topicId: string;
  /** The partitions to fetch. */
  partitions: FetchPartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchTopic(): FetchTopic {
  return { topic: "", topicId: ZERO_UUID, partitions: [] };
}

function readFetchTopic(r: Reader, v: number): FetchTopic {
  const flex = v >= 12;
  const s = defaultFetchTopic();
  if (v <= 12) s.topic = r.string(flex);
  if (v >= 13) s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => readFetchPartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFetchTopic(w: Writer, v: number, s: Init<FetchTopic>): void {
  const flex = v >= 12;
  if (v <= 12) { w.string((s.topic === undefined ? "" : s.topic), flex); }
  if (v >= 13) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writeFetchPartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FetchPartition {
  /** The partition index. */
  partition: number;
  /** The current leader epoch of the partition. */
  currentLeaderEpoch: number;
  /** The message offset. */
  fetchOffset: bigint;
  /** The epoch of the last fetched record or -1 if there is none */
  lastFetchedEpoch: number;
  /** The earliest available offset of the follower replica. The field is only used when the request is sent by the follower. */
  logStartOffset: bigint;
  /** The maximum bytes to fetch from this partition. See KIP-74 for cases where this limit may not be honored. */
  partitionMaxBytes: number;
  /** The directory id of the follower fetching */
  replicaDirectoryId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchPartition(): FetchPartition {
  return { partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 0, replicaDirectoryId: ZERO_UUID };
}

function readFetchPartition(r: Reader, v: number): FetchPartition {
  const flex = v >= 12;
  const s = defaultFetchPartition();
  s.partition = r.int32();
  if (v >= 9) s.currentLeaderEpoch = r.int32();
  s.fetchOffset = r.int64();
  if (v >= 12) s.lastFetchedEpoch = r.int32();
  if (v >= 5) s.logStartOffset = r.int64();
  s.partitionMaxBytes = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 17) {
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

function writeFetchPartition(w: Writer, v: number, s: Init<FetchPartition>): void {
  const flex = v >= 12;
  w.int32((s.partition === undefined ? 0 : s.partition));
  if (v >= 9) { w.int32((s.currentLeaderEpoch === undefined ? -1 : s.currentLeaderEpoch)); }
  w.int64((s.fetchOffset === undefined ? 0n : s.fetchOffset));
  if (v >= 12) { w.int32((s.lastFetchedEpoch === undefined ? -1 : s.lastFetchedEpoch)); }
  if (v >= 5) { w.int64((s.logStartOffset === undefined ? -1n : s.logStartOffset)); }
  w.int32((s.partitionMaxBytes === undefined ? 0 : s.partitionMaxBytes));
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 17 && s.replicaDirectoryId !== undefined && s.replicaDirectoryId !== ZERO_UUID) {
      const x = s.replicaDirectoryId;
      tagged.push({ tag: 0, data: encodeTagged((w) => { w.uuid(x); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ForgottenTopic {
  /** The topic name. */
  topic: string;
  /** The unique topic ID */
  topicId: string;
  /** The partitions indexes to forget. */
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultForgottenTopic(): ForgottenTopic {
  return { topic: "", topicId: ZERO_UUID, partitions: [] };
}

function readForgottenTopic(r: Reader, v: number): ForgottenTopic {
  const flex = v >= 12;
  const s = defaultForgottenTopic();
  if (v >= 7 && v <= 12) s.topic = r.string(flex);
  if (v >= 13) s.topicId = r.uuid();
  if (v >= 7) s.partitions = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeForgottenTopic(w: Writer, v: number, s: Init<ForgottenTopic>): void {
  const flex = v >= 12;
  if (v >= 7 && v <= 12) { w.string((s.topic === undefined ? "" : s.topic), flex); }
  if (v >= 13) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  if (v >= 7) { writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. */
  clusterId: string | null;
  /** The broker ID of the follower, of -1 if this request is from a consumer. */
  replicaId: number;
  replicaState: ReplicaState;
  /** The maximum time in milliseconds to wait for the response. */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. */
  maxBytes: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records */
  isolationLevel: number;
  /** The fetch session ID. */
  sessionId: number;
  /** The fetch session epoch, which is used for ordering requests in a session. */
  sessionEpoch: number;
  /** The topics to fetch. */
  topics: FetchTopic[];
  /** In an incremental fetch request, the partitions to remove. */
  forgottenTopicsData: ForgottenTopic[];
  /** Rack ID of the consumer making this request */
  rackId: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchRequest(): FetchRequest {
  return { clusterId: null, replicaId: -1, replicaState: defaultReplicaState(), maxWaitMs: 0, minBytes: 0, maxBytes: 2147483647, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [], forgottenTopicsData: [], rackId: "" };
}

function readFetchRequest(r: Reader, v: number): FetchRequest {
  const flex = v >= 12;
  const s = defaultFetchRequest();
  if (v <= 14) s.replicaId = r.int32();
  s.maxWaitMs = r.int32();
  s.minBytes = r.int32();
  if (v >= 3) s.maxBytes = r.int32();
  if (v >= 4) s.isolationLevel = r.int8();
  if (v >= 7) s.sessionId = r.int32();
  if (v >= 7) s.sessionEpoch = r.int32();
  s.topics = readArray(r, flex, (r) => readFetchTopic(r, v));
  if (v >= 7) s.forgottenTopicsData = readArray(r, flex, (r) => readForgottenTopic(r, v));
  if (v >= 11) s.rackId = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 12) {
            const sub = Reader.over(f.data);
            s.clusterId = ((r: Reader) => (v >= 12 ? r.nullableString(true) : r.string(true)))(sub);
            continue;
          }
          break;
        case 1:
          if (v >= 15) {
            const sub = Reader.over(f.data);
            s.replicaState = ((r: Reader) => readReplicaState(r, v))(sub);
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

function writeFetchRequest(w: Writer, v: number, s: Init<FetchRequest>): void {
  const flex = v >= 12;
  if (v <= 14) { w.int32((s.replicaId === undefined ? -1 : s.replicaId)); }
  w.int32((s.maxWaitMs === undefined ? 0 : s.maxWaitMs));
  w.int32((s.minBytes === undefined ? 0 : s.minBytes));
  if (v >= 3) { w.int32((s.maxBytes === undefined ? 2147483647 : s.maxBytes)); }
  if (v >= 4) { w.int8((s.isolationLevel === undefined ? 0 : s.isolationLevel)); }
  if (v >= 7) { w.int32((s.sessionId === undefined ? 0 : s.sessionId)); }
  if (v >= 7) { w.int32((s.sessionEpoch === undefined ? -1 : s.sessionEpoch)); }
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeFetchTopic(w, v, e); });
  if (v >= 7) { writeArray(w, flex, (s.forgottenTopicsData === undefined ? [] : s.forgottenTopicsData), (w, e) => { writeForgottenTopic(w, v, e); }); }
  if (v >= 11) { w.string((s.rackId === undefined ? "" : s.rackId), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 12 && s.clusterId !== undefined && s.clusterId !== null) {
      const x = s.clusterId;
      tagged.push({ tag: 0, data: encodeTagged((w) => { w.nullableString(x, true); }) });
    }
    if (v >= 15 && s.replicaState !== undefined && s.replicaState !== null) {
      const x = s.replicaState;
      tagged.push({ tag: 1, data: encodeTagged((w) => { writeReplicaState(w, v, x); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const FetchRequestVersions = { min: 0, max: 17 } as const;

export function decodeFetchRequest(r: Reader, v: number): FetchRequest {
  if (v < 0 || v > 17) throw new DecodeError(`FetchRequest version ${v} is outside 0-17`);
  return readFetchRequest(r, v);
}

export function encodeFetchRequest(w: Writer, v: number, m: Init<FetchRequest>): void {
  if (v < 0 || v > 17) throw new EncodeError(`FetchRequest version ${v} is outside 0-17`);
  writeFetchRequest(w, v, m);
}

export interface FetchableTopicResponse {
  /** The topic name. */
  topic: string;
  /** The unique topic ID */
  topicId: string;
  /** The topic partitions. */
  partitions: PartitionData[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchableTopicResponse(): FetchableTopicResponse {
  return { topic: "", topicId: ZERO_UUID, partitions: [] };
}

function readFetchableTopicResponse(r: Reader, v: number): FetchableTopicResponse {
  const flex = v >= 12;
  const s = defaultFetchableTopicResponse();
  if (v <= 12) s.topic = r.string(flex);
  if (v >= 13) s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => readPartitionData(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeFetchableTopicResponse(w: Writer, v: number, s: Init<FetchableTopicResponse>): void {
  const flex = v >= 12;
  if (v <= 12) { w.string((s.topic === undefined ? "" : s.topic), flex); }
  if (v >= 13) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { writePartitionData(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface PartitionData {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no fetch error. */
  errorCode: number;
  /** The current high water mark. */
  highWatermark: bigint;
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED) */
  lastStableOffset: bigint;
  /** The current log start offset. */
  logStartOffset: bigint;
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge */
  divergingEpoch: EpochEndOffset;
  currentLeader: LeaderIdAndEpoch;
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. */
  snapshotId: SnapshotId;
  /** The aborted transactions. */
  abortedTransactions: AbortedTransaction[] | null;
  /** The preferred read replica for the consumer to use on its next fetch request */
  preferredReadReplica: number;
  /** The record data. */
  records: Buffer | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionData(): PartitionData {
  return { partitionIndex: 0, errorCode: 0, highWatermark: 0n, lastStableOffset: -1n, logStartOffset: -1n, divergingEpoch: defaultEpochEndOffset(), currentLeader: defaultLeaderIdAndEpoch(), snapshotId: defaultSnapshotId(), abortedTransactions: [], preferredReadReplica: -1, records: null };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = v >= 12;
  const s = defaultPartitionData();
  s.partitionIndex = r.int32();
  s.errorCode = r.int16();
  s.highWatermark = r.int64();
  if (v >= 4) s.lastStableOffset = r.int64();
  if (v >= 5) s.logStartOffset = r.int64();
  if (v >= 4) s.abortedTransactions = (v >= 4 ? readNullableArray(r, flex, (r) => readAbortedTransaction(r, v)) : readArray(r, flex, (r) => readAbortedTransaction(r, v)));
  if (v >= 11) s.preferredReadReplica = r.int32();
  s.records = r.nullableBytes(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 12) {
            const sub = Reader.over(f.data);
            s.divergingEpoch = ((r: Reader) => readEpochEndOffset(r, v))(sub);
            continue;
          }
          break;
        case 1:
          if (v >= 12) {
            const sub = Reader.over(f.data);
            s.currentLeader = ((r: Reader) => readLeaderIdAndEpoch(r, v))(sub);
            continue;
          }
          break;
        case 2:
          if (v >= 12) {
            const sub = Reader.over(f.data);
            s.snapshotId = ((r: Reader) => readSnapshotId(r, v))(sub);
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

function writePartitionData(w: Writer, v: number, s: Init<PartitionData>): void {
  const flex = v >= 12;
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.int64((s.highWatermark === undefined ? 0n : s.highWatermark));
  if (v >= 4) { w.int64((s.lastStableOffset === undefined ? -1n : s.lastStableOffset)); }
  if (v >= 5) { w.int64((s.logStartOffset === undefined ? -1n : s.logStartOffset)); }
  if (v >= 4) { writeArray(w, flex, (s.abortedTransactions === undefined ? [] : s.abortedTransactions), (w, e) => { writeAbortedTransaction(w, v, e); }); }
  if (v >= 11) { w.int32((s.preferredReadReplica === undefined ? -1 : s.preferredReadReplica)); }
  w.nullableBytes((s.records === undefined ? null : s.records), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 12 && s.divergingEpoch !== undefined && s.divergingEpoch !== null) {
      const x = s.divergingEpoch;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeEpochEndOffset(w, v, x); }) });
    }
    if (v >= 12 && s.currentLeader !== undefined && s.currentLeader !== null) {
      const x = s.currentLeader;
      tagged.push({ tag: 1, data: encodeTagged((w) => { writeLeaderIdAndEpoch(w, v, x); }) });
    }
    if (v >= 12 && s.snapshotId !== undefined && s.snapshotId !== null) {
      const x = s.snapshotId;
      tagged.push({ tag: 2, data: encodeTagged((w) => { writeSnapshotId(w, v, x); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface EpochEndOffset {
  epoch: number;
  endOffset: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultEpochEndOffset(): EpochEndOffset {
  return { epoch: -1, endOffset: -1n };
}

function readEpochEndOffset(r: Reader, v: number): EpochEndOffset {
  const flex = v >= 12;
  const s = defaultEpochEndOffset();
  if (v >= 12) s.epoch = r.int32();
  if (v >= 12) s.endOffset = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeEpochEndOffset(w: Writer, v: number, s: Init<EpochEndOffset>): void {
  const flex = v >= 12;
  if (v >= 12) { w.int32((s.epoch === undefined ? -1 : s.epoch)); }
  if (v >= 12) { w.int64((s.endOffset === undefined ? -1n : s.endOffset)); }
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
  return { leaderId: -1, leaderEpoch: -1 };
}

function readLeaderIdAndEpoch(r: Reader, v: number): LeaderIdAndEpoch {
  const flex = v >= 12;
  const s = defaultLeaderIdAndEpoch();
  if (v >= 12) s.leaderId = r.int32();
  if (v >= 12) s.leaderEpoch = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeLeaderIdAndEpoch(w: Writer, v: number, s: Init<LeaderIdAndEpoch>): void {
  const flex = v >= 12;
  if (v >= 12) { w.int32((s.leaderId === undefined ? -1 : s.leaderId)); }
  if (v >= 12) { w.int32((s.leaderEpoch === undefined ? -1 : s.leaderEpoch)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface SnapshotId {
  endOffset: bigint;
  epoch: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultSnapshotId(): SnapshotId {
  return { endOffset: -1n, epoch: -1 };
}

function readSnapshotId(r: Reader, v: number): SnapshotId {
  const flex = v >= 12;
  const s = defaultSnapshotId();
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

function writeSnapshotId(w: Writer, v: number, s: Init<SnapshotId>): void {
  const flex = v >= 12;
  w.int64((s.endOffset === undefined ? -1n : s.endOffset));
  w.int32((s.epoch === undefined ? -1 : s.epoch));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface AbortedTransaction {
  /** The producer id associated with the aborted transaction. */
  producerId: bigint;
  /** The first offset in the aborted transaction. */
  firstOffset: bigint;
  unknownTaggedFields?: TaggedField[];
}

export function defaultAbortedTransaction(): AbortedTransaction {
  return { producerId: 0n, firstOffset: 0n };
}

function readAbortedTransaction(r: Reader, v: number): AbortedTransaction {
  const flex = v >= 12;
  const s = defaultAbortedTransaction();
  if (v >= 4) s.producerId = r.int64();
  if (v >= 4) s.firstOffset = r.int64();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAbortedTransaction(w: Writer, v: number, s: Init<AbortedTransaction>): void {
  const flex = v >= 12;
  if (v >= 4) { w.int64((s.producerId === undefined ? 0n : s.producerId)); }
  if (v >= 4) { w.int64((s.firstOffset === undefined ? 0n : s.firstOffset)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface NodeEndpoint {
  /** The ID of the associated node. */
  nodeId: number;
  /** The node's hostname. */
  host: string;
  /** The node's port. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. */
  rack: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultNodeEndpoint(): NodeEndpoint {
  return { nodeId: 0, host: "", port: 0, rack: null };
}

function readNodeEndpoint(r: Reader, v: number): NodeEndpoint {
  const flex = v >= 12;
  const s = defaultNodeEndpoint();
  if (v >= 16) s.nodeId = r.int32();
  if (v >= 16) s.host = r.string(flex);
  if (v >= 16) s.port = r.int32();
  if (v >= 16) s.rack = (v >= 16 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeNodeEndpoint(w: Writer, v: number, s: Init<NodeEndpoint>): void {
  const flex = v >= 12;
  if (v >= 16) { w.int32((s.nodeId === undefined ? 0 : s.nodeId)); }
  if (v >= 16) { w.string((s.host === undefined ? "" : s.host), flex); }
  if (v >= 16) { w.int32((s.port === undefined ? 0 : s.port)); }
  if (v >= 16) { w.nullableString((s.rack === undefined ? null : s.rack), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code. */
  errorCode: number;
  /** The fetch session ID, or 0 if this is not part of a fetch session. */
  sessionId: number;
  /** The response topics. */
  responses: FetchableTopicResponse[];
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. */
  nodeEndpoints: NodeEndpoint[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultFetchResponse(): FetchResponse {
  return { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses: [], nodeEndpoints: [] };
}

function readFetchResponse(r: Reader, v: number): FetchResponse {
  const flex = v >= 12;
  const s = defaultFetchResponse();
  if (v >= 1) s.throttleTimeMs = r.int32();
  if (v >= 7) s.errorCode = r.int16();
  if (v >= 7) s.sessionId = r.int32();
  s.responses = readArray(r, flex, (r) => readFetchableTopicResponse(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 16) {
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

function writeFetchResponse(w: Writer, v: number, s: Init<FetchResponse>): void {
  const flex = v >= 12;
  if (v >= 1) { w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs)); }
  if (v >= 7) { w.int16((s.errorCode === undefined ? 0 : s.errorCode)); }
  if (v >= 7) { w.int32((s.sessionId === undefined ? 0 : s.sessionId)); }
  writeArray(w, flex, (s.responses === undefined ? [] : s.responses), (w, e) => { writeFetchableTopicResponse(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 16 && s.nodeEndpoints !== undefined && s.nodeEndpoints.length > 0) {
      const x = s.nodeEndpoints;
      tagged.push({ tag: 0, data: encodeTagged((w) => { writeArray(w, true, x, (w, e) => { writeNodeEndpoint(w, v, e); }); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const FetchResponseVersions = { min: 0, max: 17 } as const;

export function decodeFetchResponse(r: Reader, v: number): FetchResponse {
  if (v < 0 || v > 17) throw new DecodeError(`FetchResponse version ${v} is outside 0-17`);
  return readFetchResponse(r, v);
}

export function encodeFetchResponse(w: Writer, v: number, m: Init<FetchResponse>): void {
  if (v < 0 || v > 17) throw new EncodeError(`FetchResponse version ${v} is outside 0-17`);
  writeFetchResponse(w, v, m);
}

export const FetchApi: ApiCodec<FetchRequest, FetchResponse> = {
  apiKey: 1,
  name: 'Fetch',
  minVersion: 0,
  maxVersion: 17,
  flexibleMin: 12,
  decodeRequest: decodeFetchRequest,
  encodeRequest: encodeFetchRequest,
  decodeResponse: decodeFetchResponse,
  encodeResponse: encodeFetchResponse,
};
