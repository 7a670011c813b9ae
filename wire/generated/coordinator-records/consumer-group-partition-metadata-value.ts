// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface TopicMetadata {
  /** The topic id. */
  topicId: string;
  /** The topic name. */
  topicName: string;
  /** The number of partitions of the topic. */
  numPartitions: number;
  /** Partitions mapped to a set of racks. If the rack information is unavailable for all the partitions, an empty list is stored */
  partitionMetadata: PartitionMetadata[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicMetadata(): TopicMetadata {
  return { topicId: ZERO_UUID, topicName: "", numPartitions: 0, partitionMetadata: [] };
}

function readTopicMetadata(r: Reader, v: number): TopicMetadata {
  const flex = true;
  const s = defaultTopicMetadata();
  s.topicId = r.uuid();
  s.topicName = r.string(flex);
  s.numPartitions = r.int32();
  s.partitionMetadata = readArray(r, flex, (r) => readPartitionMetadata(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTopicMetadata(w: Writer, v: number, s: Init<TopicMetadata>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  w.string((s.topicName === undefined ? "" : s.topicName), flex);
  w.int32((s.numPartitions === undefined ? 0 : s.numPartitions));
  writeArray(w, flex, (s.partitionMetadata === undefined ? [] : s.partitionMetadata), (w, e) => { writePartitionMetadata(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface PartitionMetadata {
  /** The partition number. */
  partition: number;
  /** The set of racks that the partition is mapped to. */
  racks: string[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultPartitionMetadata(): PartitionMetadata {
  return { partition: 0, racks: [] };
}

function readPartitionMetadata(r: Reader, _v: number): PartitionMetadata {
  const flex = true;
  const s = defaultPartitionMetadata();
  s.partition = r.int32();
  s.racks = readArray(r, flex, (r) => r.string(flex));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writePartitionMetadata(w: Writer, _v: number, s: Init<PartitionMetadata>): void {
  const flex = true;
  w.int32((s.partition === undefined ? 0 : s.partition));
  writeArray(w, flex, (s.racks === undefined ? [] : s.racks), (w, e) => { w.string(e, flex); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ConsumerGroupPartitionMetadataValue {
  /** The list of topic metadata. */
  topics: TopicMetadata[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupPartitionMetadataValue(): ConsumerGroupPartitionMetadataValue {
  return { topics: [] };
}

function readConsumerGroupPartitionMetadataValue(r: Reader, v: number): ConsumerGroupPartitionMetadataValue {
  const flex = true;
  const s = defaultConsumerGroupPartitionMetadataValue();
  s.topics = readArray(r, flex, (r) => readTopicMetadata(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeConsumerGroupPartitionMetadataValue(w: Writer, v: number, s: Init<ConsumerGroupPartitionMetadataValue>): void {
  const flex = true;
  writeArray(w, flex, (s.topics === undefined ? [] : s.topics), (w, e) => { writeTopicMetadata(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ConsumerGroupPartitionMetadataValueVersions = { min: 0, max: 0 } as const;

export function decodeConsumerGroupPartitionMetadataValue(r: Reader, v: number): ConsumerGroupPartitionMetadataValue {
  if (v < 0 || v > 0) throw new DecodeError(`ConsumerGroupPartitionMetadataValue version ${v} is outside 0-0`);
  return readConsumerGroupPartitionMetadataValue(r, v);
}

export function encodeConsumerGroupPartitionMetadataValue(w: Writer, v: number, m: Init<ConsumerGroupPartitionMetadataValue>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ConsumerGroupPartitionMetadataValue version ${v} is outside 0-0`);
  writeConsumerGroupPartitionMetadataValue(w, v, m);
}
