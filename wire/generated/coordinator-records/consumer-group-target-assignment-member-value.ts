// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface TopicPartition {
  topicId: string;
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicPartition(): TopicPartition {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readTopicPartition(r: Reader, _v: number): TopicPartition {
  const flex = true;
  const s = defaultTopicPartition();
  s.topicId = r.uuid();
  s.partitions = readArray(r, flex, (r) => r.int32());
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeTopicPartition(w: Writer, _v: number, s: Init<TopicPartition>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ConsumerGroupTargetAssignmentMemberValue {
  /** The assigned partitions. */
  topicPartitions: TopicPartition[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupTargetAssignmentMemberValue(): ConsumerGroupTargetAssignmentMemberValue {
  return { topicPartitions: [] };
}

function readConsumerGroupTargetAssignmentMemberValue(r: Reader, v: number): ConsumerGroupTargetAssignmentMemberValue {
  const flex = true;
  const s = defaultConsumerGroupTargetAssignmentMemberValue();
  s.topicPartitions = readArray(r, flex, (r) => readTopicPartition(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeConsumerGroupTargetAssignmentMemberValue(w: Writer, v: number, s: Init<ConsumerGroupTargetAssignmentMemberValue>): void {
  const flex = true;
  writeArray(w, flex, (s.topicPartitions === undefined ? [] : s.topicPartitions), (w, e) => { writeTopicPartition(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ConsumerGroupTargetAssignmentMemberValueVersions = { min: 0, max: 0 } as const;

export function decodeConsumerGroupTargetAssignmentMemberValue(r: Reader, v: number): ConsumerGroupTargetAssignmentMemberValue {
  if (v < 0 || v > 0) throw new DecodeError(`ConsumerGroupTargetAssignmentMemberValue version ${v} is outside 0-0`);
  return readConsumerGroupTargetAssignmentMemberValue(r, v);
}

export function encodeConsumerGroupTargetAssignmentMemberValue(w: Writer, v: number, m: Init<ConsumerGroupTargetAssignmentMemberValue>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ConsumerGroupTargetAssignmentMemberValue version ${v} is outside 0-0`);
  writeConsumerGroupTargetAssignmentMemberValue(w, v, m);
}
