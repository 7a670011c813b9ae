// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// UpdateMetadata (api key 6): request and response, versions 0-8.

export interface UpdateMetadataPartitionState {
  /** In older versions of this RPC, the topic name. */
  topicName: string;
  /** The partition index. */
  partitionIndex: number;
  /** The controller epoch. */
  controllerEpoch: number;
  /** The ID of the broker which is the current partition leader. */
  leader: number;
  /** The leader epoch of this partition. */
  leaderEpoch: number;
  /** The brokers which are in the ISR for this partition. */
  isr: number[];
  /** The Zookeeper version. */
  zkVersion: number;
  /** All the replicas of this partition. */
  replicas: number[];
  /** The replicas of this partition which are offline. */
  offlineReplicas: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataPartitionState(): UpdateMetadataPartitionState {
  return { topicName: "", partitionIndex: 0, controllerEpoch: 0, leader: 0, leaderEpoch: 0, isr: [], zkVersion: 0, replicas: [], offlineReplicas: [] };
}

function readUpdateMetadataPartitionState(r: Reader, v: number): UpdateMetadataPartitionState {
  const flex = v >= 6;
  const s = defaultUpdateMetadataPartitionState();
  if (v <= 4) s.topicName = r.string(flex);
  s.partitionIndex = r.int32();
  s.controllerEpoch = r.int32();
  s.leader = r.int32();
  s.leaderEpoch = r.int32();
  s.isr = readArray(r, flex, (r) => r.int32());
  s.zkVersion = r.int32();
  s.replicas = readArray(r, flex, (r) => r.int32());
  if (v >= 4) s.offlineReplicas = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUpdateMetadataPartitionState(w: Writer, v: number, s: Init<UpdateMetadataPartitionState>): void {
  const flex = v >= 6;
  if (v <= 4) { w.string((s.topicName === undefined ? "" : s.topicName), flex); }
  w.int32((s.partitionIndex === undefined ? 0 : s.partitionIndex));
  w.int32((s.controllerEpoch === undefined ? 0 : s.controllerEpoch));
  w.int32((s.leader === undefined ? 0 : s.leader));
  w.int32((s.leaderEpoch === undefined ? 0 : s.leaderEpoch));
  writeArray(w, flex, (s.isr === undefined ? [] : s.isr), (w, e) => { w.int32(e); });
  w.int32((s.zkVersion === undefined ? 0 : s.zkVersion));
  writeArray(w, flex, (s.replicas === undefined ? [] : s.replicas), (w, e) => { w.int32(e); });
  if (v >= 4) { writeArray(w, flex, (s.offlineReplicas === undefined ? [] : s.offlineReplicas), (w, e) => { w.int32(e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface UpdateMetadataTopicState {
  /** The topic name. */
  topicName: string;
  /** The topic id. */
  topicId: string;
  /** The partition that we would like to update. */
  partitionStates: UpdateMetadataPartitionState[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataTopicState(): UpdateMetadataTopicState {
  return { topicName: "", topicId: ZERO_UUID, partitionStates: [] };
}

function readUpdateMetadataTopicState(r: Reader, v: number): UpdateMetadataTopicState {
  const flex = v >= 6;
  const s = defaultUpdateMetadataTopicState();
  if (v >= 5) s.topicName = r.string(flex);
  if (v >= 7) s.topicId = r.uuid();
  if (v >= 5) s.partitionStates = readArray(r, flex, (r) => readUpdateMetadataPartitionState(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUpdateMetadataTopicState(w: Writer, v: number, s: Init<UpdateMetadataTopicState>): void {
  const flex = v >= 6;
  if (v >= 5) { w.string((s.topicName === undefined ? "" : s.topicName), flex); }
  if (v >= 7) { w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId)); }
  if (v >= 5) { writeArray(w, flex, (s.partitionStates === undefined ? [] : s.partitionStates), (w, e) => { writeUpdateMetadataPartitionState(w, v, e); }); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface UpdateMetadataBroker {
  /** The broker id. */
  id: number;
  /** The broker hostname. */
  v0Host: string;
  /** The broker port. */
  v0Port: number;
  /** The broker endpoints. */
  endpoints: UpdateMetadataEndpoint[];
  /** The rack which this broker belongs to. */
  rack: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataBroker(): UpdateMetadataBroker {
  return { id: 0, v0Host: "", v0Port: 0, endpoints: [], rack: "" };
}

function readUpdateMetadataBroker(r: Reader, v: number): UpdateMetadataBroker {
  const flex = v >= 6;
  const s = defaultUpdateMetadataBroker();
  s.id = r.int32();
  if (v === 0) s.v0Host = r.string(flex);
  if (v === 0) s.v0Port = r.int32();
  if (v >= 1) s.endpoints = readArray(r, flex, (r) => readUpdateMetadataEndpoint(r, v));
  if (v >= 2) s.rack = r.nullableString(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUpdateMetadataBroker(w: Writer, v: number, s: Init<UpdateMetadataBroker>): void {
  const flex = v >= 6;
  w.int32((s.id === undefined ? 0 : s.id));
  if (v === 0) { w.string((s.v0Host === undefined ? "" : s.v0Host), flex); }
  if (v === 0) { w.int32((s.v0Port === undefined ? 0 : s.v0Port)); }
  if (v >= 1) { writeArray(w, flex, (s.endpoints === undefined ? [] : s.endpoints), (w, e) => { writeUpdateMetadataEndpoint(w, v, e); }); }
  if (v >= 2) { w.nullableString((s.rack === undefined ? "" : s.rack), flex); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface UpdateMetadataEndpoint {
  /** The port of this endpoint */
  port: number;
  /** The hostname of this endpoint */
  host: string;
  /** The listener name. */
  listener: string;
  /** The security protocol type. */
  securityProtocol: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataEndpoint(): UpdateMetadataEndpoint {
  return { port: 0, host: "", listener: "", securityProtocol: 0 };
}

function readUpdateMetadataEndpoint(r: Reader, v: number): UpdateMetadataEndpoint {
  const flex = v >= 6;
  const s = defaultUpdateMetadataEndpoint();
  if (v >= 1) s.port = r.int32();
  if (v >= 1) s.host = r.string(flex);
  if (v >= 3) s.listener = r.string(flex);
  if (v >= 1) s.securityProtocol = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUpdateMetadataEndpoint(w: Writer, v: number, s: Init<UpdateMetadataEndpoint>): void {
  const flex = v >= 6;
  if (v >= 1) { w.int32((s.port === undefined ? 0 : s.port)); }
  if (v >= 1) { w.string((s.host === undefined ? "" : s.host), flex); }
  if (v >= 3) { w.string((s.listener === undefined ? "" : s.listener), flex); }
  if (v >= 1) { w.int16((s.securityProtocol === undefined ? 0 : s.securityProtocol)); }
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface UpdateMetadataRequest {
  /** The controller id. */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 */
  isKRaftController: boolean;
  /** Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866 */
  type: number;
  /** The controller epoch. */
  controllerEpoch: number;
  /** The broker epoch. */
  brokerEpoch: bigint;
  /** In older versions of this RPC, each partition that we would like to update. */
  ungroupedPartitionStates: UpdateMetadataPartitionState[];
  /** In newer versions of this RPC, each topic that we would like to update. */
  topicStates: UpdateMetadataTopicState[];
  liveBrokers: UpdateMetadataBroker[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataRequest(): UpdateMetadataRequest {
  return { controllerId: 0, isKRaftController: false, type: 0, controllerEpoch: 0, brokerEpoch: -1n, ungroupedPartitionStates: [], topicStates: [], liveBrokers: [] };
}

function readUpdateMetadataRequest(r: Reader, v: number): UpdateMetadataRequest {
  const flex = v >= 6;
  const s = defaultUpdateMetadataRequest();
  s.controllerId = r.int32();
  if (v >= 8) s.isKRaftController = r.bool();
  s.controllerEpoch = r.int32();
  if (v >= 5) s.brokerEpoch = r.int64();
  if (v <= 4) s.ungroupedPartitionStates = readArray(r, flex, (r) => readUpdateMetadataPartitionState(r, v));
  if (v >= 5) s.topicStates = readArray(r, flex, (r) => readUpdateMetadataTopicState(r, v));
  s.liveBrokers = readArray(r, flex, (r) => readUpdateMetadataBroker(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      switch (f.tag) {
        case 0:
          if (v >= 8) {
            const sub = Reader.over(f.data);
            s.type = ((r: Reader) => r.int8())(sub);
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

function writeUpdateMetadataRequest(w: Writer, v: number, s: Init<UpdateMetadataRequest>): void {
  const flex = v >= 6;
  w.int32((s.controllerId === undefined ? 0 : s.controllerId));
  if (v >= 8) { w.bool((s.isKRaftController === undefined ? false : s.isKRaftController)); }
  w.int32((s.controllerEpoch === undefined ? 0 : s.controllerEpoch));
  if (v >= 5) { w.int64((s.brokerEpoch === undefined ? -1n : s.brokerEpoch)); }
  if (v <= 4) { writeArray(w, flex, (s.ungroupedPartitionStates === undefined ? [] : s.ungroupedPartitionStates), (w, e) => { writeUpdateMetadataPartitionState(w, v, e); }); }
  if (v >= 5) { writeArray(w, flex, (s.topicStates === undefined ? [] : s.topicStates), (w, e) => { writeUpdateMetadataTopicState(w, v, e); }); }
  writeArray(w, flex, (s.liveBrokers === undefined ? [] : s.liveBrokers), (w, e) => { writeUpdateMetadataBroker(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    if (v >= 8 && s.type !== undefined && s.type !== 0) {
      const x = s.type;
      tagged.push({ tag: 0, data: encodeTagged((w) => { w.int8(x); }) });
    }
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const UpdateMetadataRequestVersions = { min: 0, max: 8 } as const;

export function decodeUpdateMetadataRequest(r: Reader, v: number): UpdateMetadataRequest {
  if (v < 0 || v > 8) throw new DecodeError(`UpdateMetadataRequest version ${v} is outside 0-8`);
  return readUpdateMetadataRequest(r, v);
}

export function encodeUpdateMetadataRequest(w: Writer, v: number, m: Init<UpdateMetadataRequest>): void {
  if (v < 0 || v > 8) throw new EncodeError(`UpdateMetadataRequest version ${v} is outside 0-8`);
  writeUpdateMetadataRequest(w, v, m);
}

export interface UpdateMetadataResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataResponse(): UpdateMetadataResponse {
  return { errorCode: 0 };
}

function readUpdateMetadataResponse(r: Reader, v: number): UpdateMetadataResponse {
  const flex = v >= 6;
  const s = defaultUpdateMetadataResponse();
  s.errorCode = r.int16();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeUpdateMetadataResponse(w: Writer, v: number, s: Init<UpdateMetadataResponse>): void {
  const flex = v >= 6;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const UpdateMetadataResponseVersions = { min: 0, max: 8 } as const;

export function decodeUpdateMetadataResponse(r: Reader, v: number): UpdateMetadataResponse {
  if (v < 0 || v > 8) throw new DecodeError(`UpdateMetadataResponse version ${v} is outside 0-8`);
  return readUpdateMetadataResponse(r, v);
}

export function encodeUpdateMetadataResponse(w: Writer, v: number, m: Init<UpdateMetadataResponse>): void {
  if (v < 0 || v > 8) throw new EncodeError(`UpdateMetadataResponse version ${v} is outside 0-8`);
  writeUpdateMetadataResponse(w, v, m);
}

export const UpdateMetadataApi: ApiCodec<UpdateMetadataRequest, UpdateMetadataResponse> = {
  apiKey: 6,
  name: 'UpdateMetadata',
  minVersion: 0,
  maxVersion: 8,
  flexibleMin: 6,
  decodeRequest: decodeUpdateMetadataRequest,
  encodeRequest: encodeUpdateMetadataRequest,
  decodeResponse: decodeUpdateMetadataResponse,
  encodeResponse: encodeUpdateMetadataResponse,
};
