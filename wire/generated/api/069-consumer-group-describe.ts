// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';
import type { ApiCodec } from '../../api-codec.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

// ConsumerGroupDescribe (api key 69): request and response, versions 0-0.

export interface ConsumerGroupDescribeRequest {
  /** The ids of the groups to describe */
  groupIds: string[];
  /** Whether to include authorized operations. */
  includeAuthorizedOperations: boolean;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupDescribeRequest(): ConsumerGroupDescribeRequest {
  return { groupIds: [], includeAuthorizedOperations: false };
}

function readConsumerGroupDescribeRequest(r: Reader, _v: number): ConsumerGroupDescribeRequest {
  const flex = true;
  const s = defaultConsumerGroupDescribeRequest();
  s.groupIds = readArray(r, flex, (r) => r.string(flex));
  s.includeAuthorizedOperations = r.bool();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeConsumerGroupDescribeRequest(w: Writer, _v: number, s: Init<ConsumerGroupDescribeRequest>): void {
  const flex = true;
  writeArray(w, flex, (s.groupIds === undefined ? [] : s.groupIds), (w, e) => { w.string(e, flex); });
  w.bool((s.includeAuthorizedOperations === undefined ? false : s.includeAuthorizedOperations));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ConsumerGroupDescribeRequestVersions = { min: 0, max: 0 } as const;

export function decodeConsumerGroupDescribeRequest(r: Reader, v: number): ConsumerGroupDescribeRequest {
  if (v < 0 || v > 0) throw new DecodeError(`ConsumerGroupDescribeRequest version ${v} is outside 0-0`);
  return readConsumerGroupDescribeRequest(r, v);
}

export function encodeConsumerGroupDescribeRequest(w: Writer, v: number, m: Init<ConsumerGroupDescribeRequest>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ConsumerGroupDescribeRequest version ${v} is outside 0-0`);
  writeConsumerGroupDescribeRequest(w, v, m);
}

export interface DescribedGroup {
  /** The describe error, or 0 if there was no error. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The group ID string. */
  groupId: string;
  /** The group state string, or the empty string. */
  groupState: string;
  /** The group epoch. */
  groupEpoch: number;
  /** The assignment epoch. */
  assignmentEpoch: number;
  /** The selected assignor. */
  assignorName: string;
  /** The members. */
  members: Member[];
  /** 32-bit bitfield to represent authorized operations for this group. */
  authorizedOperations: number;
  unknownTaggedFields?: TaggedField[];
}

export function defaultDescribedGroup(): DescribedGroup {
  return { errorCode: 0, errorMessage: null, groupId: "", groupState: "", groupEpoch: 0, assignmentEpoch: 0, assignorName: "", members: [], authorizedOperations: -2147483648 };
}

function readDescribedGroup(r: Reader, v: number): DescribedGroup {
  const flex = true;
  const s = defaultDescribedGroup();
  s.errorCode = r.int16();
  s.errorMessage = r.nullableString(flex);
  s.groupId = r.string(flex);
  s.groupState = r.string(flex);
  s.groupEpoch = r.int32();
  s.assignmentEpoch = r.int32();
  s.assignorName = r.string(flex);
  s.members = readArray(r, flex, (r) => readMember(r, v));
  s.authorizedOperations = r.int32();
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeDescribedGroup(w: Writer, v: number, s: Init<DescribedGroup>): void {
  const flex = true;
  w.int16((s.errorCode === undefined ? 0 : s.errorCode));
  w.nullableString((s.errorMessage === undefined ? null : s.errorMessage), flex);
  w.string((s.groupId === undefined ? "" : s.groupId), flex);
  w.string((s.groupState === undefined ? "" : s.groupState), flex);
  w.int32((s.groupEpoch === undefined ? 0 : s.groupEpoch));
  w.int32((s.assignmentEpoch === undefined ? 0 : s.assignmentEpoch));
  w.string((s.assignorName === undefined ? "" : s.assignorName), flex);
  writeArray(w, flex, (s.members === undefined ? [] : s.members), (w, e) => { writeMember(w, v, e); });
  w.int32((s.authorizedOperations === undefined ? -2147483648 : s.authorizedOperations));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface Member {
  /** The member ID. */
  memberId: string;
  /** The member instance ID. */
  instanceId: string | null;
  /** The member rack ID. */
  rackId: string | null;
  /** The current member epoch. */
  memberEpoch: number;
  /** The client ID. */
  clientId: string;
  /** The client host. */
  clientHost: string;
  /** The subscribed topic names. */
  subscribedTopicNames: string[];
  /** the subscribed topic regex otherwise or null of not provided. */
  subscribedTopicRegex: string | null;
  /** The current assignment. */
  assignment: Assignment;
  /** The target assignment. */
  targetAssignment: Assignment;
  unknownTaggedFields?: TaggedField[];
}

export function defaultMember(): Member {
  return { memberId: "", instanceId: null, rackId: null, memberEpoch: 0, clientId: "", clientHost: "", subscribedTopicNames: [], subscribedTopicRegex: null, assignment: defaultAssignment(), targetAssignment: defaultAssignment() };
}

function readMember(r: Reader, v: number): Member {
  const flex = true;
  const s = defaultMember();
  s.memberId = r.string(flex);
  s.instanceId = r.nullableString(flex);
  s.rackId = r.nullableString(flex);
  s.memberEpoch = r.int32();
  s.clientId = r.string(flex);
  s.clientHost = r.string(flex);
  s.subscribedTopicNames = readArray(r, flex, (r) => r.string(flex));
  s.subscribedTopicRegex = r.nullableString(flex);
  s.assignment = readAssignment(r, v);
  s.targetAssignment = readAssignment(r, v);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeMember(w: Writer, v: number, s: Init<Member>): void {
  const flex = true;
  w.string((s.memberId === undefined ? "" : s.memberId), flex);
  w.nullableString((s.instanceId === undefined ? null : s.instanceId), flex);
  w.nullableString((s.rackId === undefined ? null : s.rackId), flex);
  w.int32((s.memberEpoch === undefined ? 0 : s.memberEpoch));
  w.string((s.clientId === undefined ? "" : s.clientId), flex);
  w.string((s.clientHost === undefined ? "" : s.clientHost), flex);
  writeArray(w, flex, (s.subscribedTopicNames === undefined ? [] : s.subscribedTopicNames), (w, e) => { w.string(e, flex); });
  w.nullableString((s.subscribedTopicRegex === undefined ? null : s.subscribedTopicRegex), flex);
  writeAssignment(w, v, (s.assignment === undefined ? defaultAssignment() : s.assignment));
  writeAssignment(w, v, (s.targetAssignment === undefined ? defaultAssignment() : s.targetAssignment));
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface Assignment {
  /** The assigned topic-partitions to the member. */
  topicPartitions: TopicPartitions[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultAssignment(): Assignment {
  return { topicPartitions: [] };
}

function readAssignment(r: Reader, v: number): Assignment {
  const flex = true;
  const s = defaultAssignment();
  s.topicPartitions = readArray(r, flex, (r) => readTopicPartitions(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeAssignment(w: Writer, v: number, s: Init<Assignment>): void {
  const flex = true;
  writeArray(w, flex, (s.topicPartitions === undefined ? [] : s.topicPartitions), (w, e) => { writeTopicPartitions(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface TopicPartitions {
  /** The topic ID. */
  topicId: string;
  /** The topic name. */
  topicName: string;
  /** The partitions. */
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicPartitions(): TopicPartitions {
  return { topicId: ZERO_UUID, topicName: "", partitions: [] };
}

function readTopicPartitions(r: Reader, _v: number): TopicPartitions {
  const flex = true;
  const s = defaultTopicPartitions();
  s.topicId = r.uuid();
  s.topicName = r.string(flex);
  s.partitions = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTopicPartitions(w: Writer, _v: number, s: Init<TopicPartitions>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each described group. */
  groups: DescribedGroup[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupDescribeResponse(): ConsumerGroupDescribeResponse {
  return { throttleTimeMs: 0, groups: [] };
}

function readConsumerGroupDescribeResponse(r: Reader, v: number): ConsumerGroupDescribeResponse {
  const flex = true;
  const s = defaultConsumerGroupDescribeResponse();
  s.throttleTimeMs = r.int32();
  s.groups = readArray(r, flex, (r) => readDescribedGroup(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeConsumerGroupDescribeResponse(w: Writer, v: number, s: Init<ConsumerGroupDescribeResponse>): void {
  const flex = true;
  w.int32((s.throttleTimeMs === undefined ? 0 : s.throttleTimeMs));
  writeArray(w, flex, (s.groups === undefined ? [] : s.groups), (w, e) => { writeDescribedGroup(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ConsumerGroupDescribeResponseVersions = { min: 0, max: 0 } as const;

export function decodeConsumerGroupDescribeResponse(r: Reader, v: number): ConsumerGroupDescribeResponse {
  if (v < 0 || v > 0) throw new DecodeError(`ConsumerGroupDescribeResponse version ${v} is outside 0-0`);
  return readConsumerGroupDescribeResponse(r, v);
}

export function encodeConsumerGroupDescribeResponse(w: Writer, v: number, m: Init<ConsumerGroupDescribeResponse>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ConsumerGroupDescribeResponse version ${v} is outside 0-0`);
  writeConsumerGroupDescribeResponse(w, v, m);
}

export const ConsumerGroupDescribeApi: ApiCodec<ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse> = {
  apiKey: 69,
  name: 'ConsumerGroupDescribe',
  minVersion: 0,
  maxVersion: 0,
  flexibleMin: 0,
  decodeRequest: decodeConsumerGroupDescribeRequest,
  encodeRequest: encodeConsumerGroupDescribeRequest,
  decodeResponse: decodeConsumerGroupDescribeResponse,
  encodeResponse: encodeConsumerGroupDescribeResponse,
};
