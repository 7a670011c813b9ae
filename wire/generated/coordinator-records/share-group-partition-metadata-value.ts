// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface TopicPartitionsInfo {
  /** The topic identifier. */
  topicId: string;
  /** The topic name. */
  topicName: string;
  /** The partitions. */
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicPartitionsInfo(): TopicPartitionsInfo {
  return { topicId: ZERO_UUID, topicName: "", partitions: [] };
}

function readTopicPartitionsInfo(r: Reader, _v: number): TopicPartitionsInfo {
  const flex = true;
  const s = defaultTopicPartitionsInfo();
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

function writeTopicPartitionsInfo(w: Writer, _v: number, s: Init<TopicPartitionsInfo>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface TopicInfo {
  /** The topic identifier. */
  topicId: string;
  /** The topic name. */
  topicName: string;
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicInfo(): TopicInfo {
  return { topicId: ZERO_UUID, topicName: "" };
}

function readTopicInfo(r: Reader, _v: number): TopicInfo {
  const flex = true;
  const s = defaultTopicInfo();
  s.topicId = r.uuid();
  s.topicName = r.string(flex);
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTopicInfo(w: Writer, _v: number, s: Init<TopicInfo>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ShareGroupPartitionMetadataValue {
  /** The topics with initialized share-group state. */
  initializedTopics: TopicPartitionsInfo[];
  /** The topics whose share-group state is being deleted. */
  deletingTopics: TopicInfo[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupPartitionMetadataValue(): ShareGroupPartitionMetadataValue {
  return { initializedTopics: [], deletingTopics: [] };
}

function readShareGroupPartitionMetadataValue(r: Reader, v: number): ShareGroupPartitionMetadataValue {
  const flex = true;
  const s = defaultShareGroupPartitionMetadataValue();
  s.initializedTopics = readArray(r, flex, (r) => readTopicPartitionsInfo(r, v));
  s.deletingTopics = readArray(r, flex, (r) => readTopicInfo(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeShareGroupPartitionMetadataValue(w: Writer, v: number, s: Init<ShareGroupPartitionMetadataValue>): void {
  const flex = true;
  writeArray(w, flex, (s.initializedTopics === undefined ? [] : s.initializedTopics), (w, e) => { writeTopicPartitionsInfo(w, v, e); });
  writeArray(w, flex, (s.deletingTopics === undefined ? [] : s.deletingTopics), (w, e) => { writeTopicInfo(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ShareGroupPartitionMetadataValueVersions = { min: 0, max: 0 } as const;

export function decodeShareGroupPartitionMetadataValue(r: Reader, v: number): ShareGroupPartitionMetadataValue {
  if (v < 0 || v > 0) throw new DecodeError(`ShareGroupPartitionMetadataValue version ${v} is outside 0-0`);
  return readShareGroupPartitionMetadataValue(r, v);
}

export function encodeShareGroupPartitionMetadataValue(w: Writer, v: number, m: Init<ShareGroupPartitionMetadataValue>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ShareGroupPartitionMetadataValue version ${v} is outside 0-0`);
  writeShareGroupPartitionMetadataValue(w, v, m);
}
