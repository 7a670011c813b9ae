// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import { DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, type Init, Reader, readArray, readNullableArray, readStructPresent, type TaggedField, writeArray, writeTaggedFields, type Writer, ZERO_UUID } from '../../primitives/index.js';

void [DecodeError, EMPTY_BYTES, EncodeError, encodeTagged, Reader, readArray, readNullableArray, readStructPresent, writeArray, writeTaggedFields, ZERO_UUID];

export interface TopicPartitions {
  /** The topic Id. */
  topicId: string;
  /** The partition Ids. */
  partitions: number[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultTopicPartitions(): TopicPartitions {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readTopicPartitions(r: Reader, _v: number): TopicPartitions {
  const flex = true;
  const s = defaultTopicPartitions();
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

function writeTopicPartitions(w: Writer, _v: number, s: Init<TopicPartitions>): void {
  const flex = true;
  w.uuid((s.topicId === undefined ? ZERO_UUID : s.topicId));
  writeArray(w, flex, (s.partitions === undefined ? [] : s.partitions), (w, e) => { w.int32(e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export interface ConsumerGroupCurrentMemberAssignmentValue {
  /** The current member epoch that is expected from the member in the heartbeat request. */
  memberEpoch: number;
  /** If the last epoch bump is lost before reaching the member, the member will retry with the previous epoch. */
  previousMemberEpoch: number;
  /** The member state. See ConsumerGroupMember.MemberState for the possible values. */
  state: number;
  /** The partitions assigned to (or owned by) this member. */
  assignedPartitions: TopicPartitions[];
  /** The partitions that must be revoked by this member. */
  partitionsPendingRevocation: TopicPartitions[];
  unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupCurrentMemberAssignmentValue(): ConsumerGroupCurrentMemberAssignmentValue {
  return { memberEpoch: 0, previousMemberEpoch: 0, state: 0, assignedPartitions: [], partitionsPendingRevocation: [] };
}

function readConsumerGroupCurrentMemberAssignmentValue(r: Reader, v: number): ConsumerGroupCurrentMemberAssignmentValue {
  const flex = true;
  const s = defaultConsumerGroupCurrentMemberAssignmentValue();
  s.memberEpoch = r.int32();
  s.previousMemberEpoch = r.int32();
  s.state = r.int8();
  s.assignedPartitions = readArray(r, flex, (r) => readTopicPartitions(r, v));
  s.partitionsPendingRevocation = readArray(r, flex, (r) => readTopicPartitions(r, v));
  if (flex) {
    for (const f of r.taggedFields()) {
      s.unknownTaggedFields ??= [];
      s.unknownTaggedFields.push(f);
    }
  }
  return s;
}

function writeConsumerGroupCurrentMemberAssignmentValue(w: Writer, v: number, s: Init<ConsumerGroupCurrentMemberAssignmentValue>): void {
  const flex = true;
  w.int32((s.memberEpoch === undefined ? 0 : s.memberEpoch));
  w.int32((s.previousMemberEpoch === undefined ? 0 : s.previousMemberEpoch));
  w.int8((s.state === undefined ? 0 : s.state));
  writeArray(w, flex, (s.assignedPartitions === undefined ? [] : s.assignedPartitions), (w, e) => { writeTopicPartitions(w, v, e); });
  writeArray(w, flex, (s.partitionsPendingRevocation === undefined ? [] : s.partitionsPendingRevocation), (w, e) => { writeTopicPartitions(w, v, e); });
  if (flex) {
    const tagged: TaggedField[] = [];
    writeTaggedFields(w, tagged, s.unknownTaggedFields);
  }
}

export const ConsumerGroupCurrentMemberAssignmentValueVersions = { min: 0, max: 0 } as const;

export function decodeConsumerGroupCurrentMemberAssignmentValue(r: Reader, v: number): ConsumerGroupCurrentMemberAssignmentValue {
  if (v < 0 || v > 0) throw new DecodeError(`ConsumerGroupCurrentMemberAssignmentValue version ${v} is outside 0-0`);
  return readConsumerGroupCurrentMemberAssignmentValue(r, v);
}

export function encodeConsumerGroupCurrentMemberAssignmentValue(w: Writer, v: number, m: Init<ConsumerGroupCurrentMemberAssignmentValue>): void {
  if (v < 0 || v > 0) throw new EncodeError(`ConsumerGroupCurrentMemberAssignmentValue version ${v} is outside 0-0`);
  writeConsumerGroupCurrentMemberAssignmentValue(w, v, m);
}
