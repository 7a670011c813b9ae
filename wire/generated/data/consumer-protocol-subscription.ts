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

function readTopicPartition(r: Reader, v: number): TopicPartition {
  const s = defaultTopicPartition();
  if (v >= 1) s.topic = r.string(false);
  if (v >= 1) s.partitions = readArray(r, false, (r) => r.int32());
  return s;
}

function writeTopicPartition(w: Writer, v: number, s: Init<TopicPartition>): void {
  if (v >= 1) { w.string((s.topic === undefined ? "" : s.topic), false); }
  if (v >= 1) { writeArray(w, false, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); }); }
}

export interface ConsumerProtocolSubscription {
  topics: string[];
  userData: Buffer | null;
  ownedPartitions: TopicPartition[];
  generationId: number;
  rackId: string | null;
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerProtocolSubscription(): ConsumerProtocolSubscription {
  return { topics: [], userData: null, ownedPartitions: [], generationId: -1, rackId: null };
}

function readConsumerProtocolSubscription(r: Reader, v: number): ConsumerProtocolSubscription {
  const s = defaultConsumerProtocolSubscription();
  s.topics = readArray(r, false, (r) => r.string(false));
  s.userData = r.nullableBytes(false);
  if (v >= 1) s.ownedPartitions = readArray(r, false, (r) => readTopicPartition(r, v));
  if (v >= 2) s.generationId = r.int32();
  if (v >= 3) s.rackId = (v >= 3 ? r.nullableString(false) : r.string(false));
  return s;
}

function writeConsumerProtocolSubscription(w: Writer, v: number, s: Init<ConsumerProtocolSubscription>): void {
  writeArray(w, false, (s.topics === undefined ? [] : s.topics), (w, e) => { w.string(e, false); });
  w.nullableBytes((s.userData === undefined ? null : s.userData), false);
  if (v >= 1) { writeArray(w, false, (s.ownedPartitions === undefined ? [] : s.ownedPartitions), (w, e) => { writeTopicPartition(w, v, e); }); }
  if (v >= 2) { w.int32((s.generationId === undefined ? -1 : s.generationId)); }
  if (v >= 3) { w.nullableString((s.rackId === undefined ? null : s.rackId), false); }
}

export const ConsumerProtocolSubscriptionVersions = { min: 0, max: 3 } as const;

export function decodeConsumerProtocolSubscription(r: Reader, v: number): ConsumerProtocolSubscription {
  if (v < 0 || v > 3) throw new DecodeError(`ConsumerProtocolSubscription version ${v} is outside 0-3`);
  return readConsumerProtocolSubscription(r, v);
}

export function encodeConsumerProtocolSubscription(w: Writer, v: number, m: Init<ConsumerProtocolSubscription>): void {
  if (v < 0 || v > 3) throw new EncodeError(`ConsumerProtocolSubscription version ${v} is outside 0-3`);
  writeConsumerProtocolSubscription(w, v, m);
}
