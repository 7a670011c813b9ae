// The __consumer_offsets record format, byte-compatible with Kafka 3.9: key = int16 key version +
// key struct, value = int16 value version + value struct, or a null value (tombstone). Key version
// 0/1 is an offset commit, 2 is classic group metadata; newer key versions (KIP-848 and share groups)
// are surfaced as 'unknown' so a loader can skip them. The codecs themselves are generated.
import {
  decodeGroupMetadataKey,
  encodeGroupMetadataKey,
} from '../../wire/generated/coordinator-records/group-metadata-key.js';
import {
  decodeGroupMetadataValue,
  encodeGroupMetadataValue,
  type GroupMetadataValue,
  type MemberMetadata,
} from '../../wire/generated/coordinator-records/group-metadata-value.js';
import {
  decodeOffsetCommitKey,
  encodeOffsetCommitKey,
} from '../../wire/generated/coordinator-records/offset-commit-key.js';
import {
  decodeOffsetCommitValue,
  encodeOffsetCommitValue,
  type OffsetCommitValue,
} from '../../wire/generated/coordinator-records/offset-commit-value.js';
import { DecodeError, Reader, Writer } from '../../wire/primitives/index.js';

export type { GroupMetadataValue, MemberMetadata, OffsetCommitValue };

/** Key version Kafka writes for offset commits (version 0 is only read). */
export const OFFSET_COMMIT_KEY_VERSION = 1;
/** Key version of classic group metadata. */
export const GROUP_METADATA_KEY_VERSION = 2;
/** GroupMetadataValue version Kafka 3.9 writes (the highest non-flexible one). */
export const GROUP_METADATA_VALUE_VERSION = 3;

/** A committed offset (value) or its deletion (value null). */
export interface OffsetCommitRecord {
  kind: 'offset-commit';
  group: string;
  topic: string;
  partition: number;
  value: OffsetCommitValue | null;
}

/** A classic group's persisted metadata (value) or its deletion (value null). */
export interface GroupMetadataRecord {
  kind: 'group-metadata';
  group: string;
  value: GroupMetadataValue | null;
}

/** A record of a kind this coordinator does not handle (consumer/share group records). */
export interface UnknownCoordinatorRecord {
  kind: 'unknown';
  keyVersion: number;
}

export type CoordinatorRecord = OffsetCommitRecord | GroupMetadataRecord;
export type DecodedCoordinatorRecord = CoordinatorRecord | UnknownCoordinatorRecord;

export interface EncodedRecord {
  key: Buffer;
  value: Buffer | null;
}

/**
 * Kafka 3.9 writes OffsetCommitValue v1 when the commit carries an explicit expire timestamp
 * (retention_time in OffsetCommit v2-4) and v3 otherwise (v3 adds the leader epoch).
 */
export function offsetCommitValueVersion(value: OffsetCommitValue): number {
  return value.expireTimestamp !== -1n ? 1 : 3;
}

export function encodeCoordinatorRecord(record: CoordinatorRecord): EncodedRecord {
  const key = new Writer(64);
  if (record.kind === 'offset-commit') {
    key.int16(OFFSET_COMMIT_KEY_VERSION);
    encodeOffsetCommitKey(key, OFFSET_COMMIT_KEY_VERSION, record);
    if (record.value === null) return { key: copyOut(key), value: null };
    const value = new Writer(64);
    const version = offsetCommitValueVersion(record.value);
    value.int16(version);
    encodeOffsetCommitValue(value, version, record.value);
    return { key: copyOut(key), value: copyOut(value) };
  }
  key.int16(GROUP_METADATA_KEY_VERSION);
  encodeGroupMetadataKey(key, GROUP_METADATA_KEY_VERSION, { group: record.group });
  if (record.value === null) return { key: copyOut(key), value: null };
  const value = new Writer(256);
  value.int16(GROUP_METADATA_VALUE_VERSION);
  encodeGroupMetadataValue(value, GROUP_METADATA_VALUE_VERSION, record.value);
  return { key: copyOut(key), value: copyOut(value) };
}

/** Decodes one stored record; throws DecodeError on malformed bytes. */
export function decodeCoordinatorRecord(key: Buffer, value: Buffer | null): DecodedCoordinatorRecord {
  const kr = new Reader(key);
  const keyVersion = kr.int16();
  if (keyVersion === 0 || keyVersion === 1) {
    const k = decodeOffsetCommitKey(kr, keyVersion);
    let v: OffsetCommitValue | null = null;
    if (value !== null) {
      const vr = new Reader(value);
      v = decodeOffsetCommitValue(vr, vr.int16());
    }
    return { kind: 'offset-commit', group: k.group, topic: k.topic, partition: k.partition, value: v };
  }
  if (keyVersion === GROUP_METADATA_KEY_VERSION) {
    const k = decodeGroupMetadataKey(kr, keyVersion);
    let v: GroupMetadataValue | null = null;
    if (value !== null) {
      const vr = new Reader(value);
      v = decodeGroupMetadataValue(vr, vr.int16());
      for (const m of v.members) {
        // Own the bytes: the reader returns views into the stored batch.
        m.subscription = Buffer.from(m.subscription);
        m.assignment = Buffer.from(m.assignment);
      }
    }
    return { kind: 'group-metadata', group: k.group, value: v };
  }
  if (keyVersion < 0) throw new DecodeError(`negative coordinator record key version ${keyVersion}`);
  return { kind: 'unknown', keyVersion };
}

function copyOut(w: Writer): Buffer {
  return Buffer.from(w.toBuffer());
}
