// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface TopicPartition {
  topic: string;
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicPartition(): TopicPartition {
  return { topic: "", partitions: [] };
}

function readTopicPartition(r: Reader, _v: number): TopicPartition {
  const s = defaultTopicPartition();
  s.topic = r.string(false);
  s.partitions = readArray(r, false, (r) => r.int32());
  return s;
}

function writeTopicPartition(w: Writer, _v: number, s: Init<TopicPartition>): void {
  w.string((s.topic === undefined ? "" : s.topic), false);
  writeArray(w, false, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); });
}

export interface ConsumerProtocolAssignment {
  assignedPartitions: TopicPartition[];
  userData: Buffer | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerProtocolAssignment(): ConsumerProtocolAssignment {
  return { assignedPartitions: [], userData: null };
}

function readConsumerProtocolAssignment(r: Reader, v: number): ConsumerProtocolAssignment {
  const s = defaultConsumerProtocolAssignment();
  s.assignedPartitions = readArray(r, false, (r) => readTopicPartition(r, v));
  s.userData = r.nullableBytes(false);
  return s;
}

function writeConsumerProtocolAssignment(w: Writer, v: number, s: Init<ConsumerProtocolAssignment>): void {
  writeArray(w, false, (s.assignedPartitions === undefined ? [] : s.assignedPartitions), (w, e) => { writeTopicPartition(w, v, e); });
  w.nullableBytes((s.userData === undefined ? null : s.userData), false);
}

export const ConsumerProtocolAssignmentVersions = { min: 0, max: 3 } as const;

export function decodeConsumerProtocolAssignment(r: Reader, v: number): ConsumerProtocolAssignment {
  if (v < 0 || v > 3) throw new DecodeError(`ConsumerProtocolAssignment version ${v} is outside 0-3`);
  return readConsumerProtocolAssignment(r, v);
}

export function encodeConsumerProtocolAssignment(w: Writer, v: number, m: Init<ConsumerProtocolAssignment>): void {
  if (v < 0 || v > 3) throw new EncodeError(`ConsumerProtocolAssignment version ${v} is outside 0-3`);
  writeConsumerProtocolAssignment(w, v, m);
}
