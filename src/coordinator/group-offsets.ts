// Committed offsets in the classic group coordinator: OffsetCommit, TxnOffsetCommit (pending until
// the producer's marker), OffsetFetch (with require_stable), OffsetDelete, and expiration by
// offsets.retention.minutes, which also deletes Empty groups left without offsets.

import { ErrorCode } from '../../wire/generated/error-codes.js';
import { Effects, type GroupShardContext, validateMember } from './group-context.js';
import { type ClassicGroup, CONSUMER_PROTOCOL_TYPE } from './group-state.js';
import { isOffsetExpired } from './offsets.js';
import type { CoordinatorRecord, OffsetCommitValue } from './records.js';
import type {
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetDeleteRequest,
  OffsetDeleteResponse,
  OffsetFetchPartition,
  OffsetFetchRequest,
  OffsetFetchResponse,
  ShardResult,
} from './types.js';

/** A TxnOffsetCommit as the shard takes it; v0-2 pass memberId '', generationId -1, no instance id. */
export interface TxnOffsetCommitInput {
  groupId: string;
  producerId: bigint;
  producerEpoch: number;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  topics: Array<{
    name: string;
    partitions: Array<{
      partitionIndex: number;
      committedOffset: bigint;
      /** v2+; -1 when unknown. */
      committedLeaderEpoch: number;
      committedMetadata: string | null;
    }>;
  }>;
}

export function commitOffsets(
  ctx: GroupShardContext,
  req: OffsetCommitRequest,
  nowMs: number,
): ShardResult<OffsetCommitResponse> {
  const fx = new Effects();
  const group = ctx.groups.get(req.groupId);
  let error: number = ErrorCode.NONE;
  if (req.groupId === '') error = ErrorCode.INVALID_GROUP_ID;
  else if (!group) {
    // A generation of -1 commits for a simple consumer; the offsets create the group.
    if (req.generationIdOrMemberEpoch >= 0) {
      error = req.apiVersion >= 9 ? ErrorCode.GROUP_ID_NOT_FOUND : ErrorCode.ILLEGAL_GENERATION;
    }
  } else {
    error = validateOffsetCommit(group, req);
  }
  if (error === ErrorCode.NONE && group && (group.is('Stable') || group.is('PreparingRebalance'))) {
    // A commit keeps the session alive, as a heartbeat does.
    const member = group.members.get(req.memberId);
    if (member) member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
  }
  const expireTimestamp = req.retentionTimeMs === -1n ? -1n : BigInt(nowMs) + req.retentionTimeMs;
  const topics: OffsetCommitResponse['topics'] = [];
  for (const topic of req.topics) {
    const partitions: Array<{ partitionIndex: number; errorCode: number }> = [];
    topics.push({ name: topic.name, partitions });
    for (const p of topic.partitions) {
      if (error !== ErrorCode.NONE) {
        partitions.push({ partitionIndex: p.partitionIndex, errorCode: error });
        continue;
      }
      if (p.committedMetadata !== null && p.committedMetadata.length > ctx.config.offsetMetadataMaxBytes) {
        partitions.push({
          partitionIndex: p.partitionIndex,
          errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE,
        });
        continue;
      }
      partitions.push({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE });
      const commitTimestamp = p.commitTimestamp === -1n ? BigInt(nowMs) : p.commitTimestamp;
      ctx.emit(fx, offsetCommitRecord(req.groupId, topic.name, p, commitTimestamp, expireTimestamp));
    }
  }
  return fx.result({ topics });
}

/**
 * TxnOffsetCommit (Kafka 3.9's doTxnCommitOffsets rules: a Dead group is COORDINATOR_NOT_AVAILABLE,
 * a member id must be known, a generation >= 0 must match; no REBALANCE_IN_PROGRESS). The records
 * are OffsetCommit records that the caller appends as one transactional batch of
 * `transaction.producerId`; they are replayed as pending and take effect with the COMMIT marker.
 */
export function txnCommitOffsets(
  ctx: GroupShardContext,
  req: TxnOffsetCommitInput,
  nowMs: number,
): ShardResult<OffsetCommitResponse> & { transaction: { producerId: bigint; producerEpoch: number } } {
  const records: CoordinatorRecord[] = [];
  const group = ctx.groups.get(req.groupId);
  let error: number = ErrorCode.NONE;
  if (req.groupId === '') error = ErrorCode.INVALID_GROUP_ID;
  else if (group?.is('Dead')) error = ErrorCode.COORDINATOR_NOT_AVAILABLE;
  else if (req.groupInstanceId !== null && group && group.staticMemberId(req.groupInstanceId) !== undefined) {
    if (group.staticMemberId(req.groupInstanceId) !== req.memberId) error = ErrorCode.FENCED_INSTANCE_ID;
  }
  if (error === ErrorCode.NONE && req.memberId !== '' && !group?.members.has(req.memberId)) {
    error = ErrorCode.UNKNOWN_MEMBER_ID;
  } else if (
    error === ErrorCode.NONE &&
    req.generationId >= 0 &&
    req.generationId !== (group?.generationId ?? -1)
  ) {
    error = ErrorCode.ILLEGAL_GENERATION;
  }
  const topics: OffsetCommitResponse['topics'] = req.topics.map((topic) => ({
    name: topic.name,
    partitions: topic.partitions.map((p) => {
      if (error !== ErrorCode.NONE) return { partitionIndex: p.partitionIndex, errorCode: error };
      if (p.committedMetadata !== null && p.committedMetadata.length > ctx.config.offsetMetadataMaxBytes) {
        return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE };
      }
      const record = offsetCommitRecord(req.groupId, topic.name, p, BigInt(nowMs), -1n);
      replayTransactional(ctx, record, req.producerId);
      records.push(record);
      return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE };
    }),
  }));
  return {
    records,
    completions: [],
    response: { topics },
    transaction: { producerId: req.producerId, producerEpoch: req.producerEpoch },
  };
}

/** The OffsetCommit record of one committed partition. */
function offsetCommitRecord(
  group: string,
  topic: string,
  p: {
    partitionIndex: number;
    committedOffset: bigint;
    committedLeaderEpoch: number;
    committedMetadata: string | null;
  },
  commitTimestamp: bigint,
  expireTimestamp: bigint,
): CoordinatorRecord {
  return {
    kind: 'offset-commit',
    group,
    topic,
    partition: p.partitionIndex,
    value: {
      offset: p.committedOffset,
      leaderEpoch: p.committedLeaderEpoch,
      metadata: p.committedMetadata ?? '',
      commitTimestamp,
      expireTimestamp,
    },
  };
}

/** Applies an OffsetCommit record of a transactional batch of `producerId`: pending until its marker. */
export function replayTransactional(
  ctx: GroupShardContext,
  record: CoordinatorRecord,
  producerId: bigint,
): void {
  if (record.kind !== 'offset-commit' || record.value === null) return;
  ctx.pendingTxnOffsets.put(producerId, record.group, record.topic, record.partition, record.value);
}

/** Read-only. With require_stable, partitions with a pending transactional offset get UNSTABLE_OFFSET_COMMIT. */
export function fetchOffsets(ctx: GroupShardContext, req: OffsetFetchRequest): OffsetFetchResponse {
  if (req.groupId === '') return { errorCode: ErrorCode.INVALID_GROUP_ID, topics: [] };
  if (req.requireStable) {
    const unstable = unstableFetch(ctx, req);
    if (unstable !== null) return unstable;
  }
  const known = ctx.groups.has(req.groupId);
  const stored = known ? ctx.offsets.groupOffsets(req.groupId) : undefined;
  if (req.topics === null) {
    const topics: OffsetFetchResponse['topics'] = [];
    for (const [name, partitions] of stored ?? []) {
      topics.push({ name, partitions: [...partitions].map(([index, v]) => fetched(index, v)) });
    }
    return { errorCode: ErrorCode.NONE, topics };
  }
  return {
    errorCode: ErrorCode.NONE,
    topics: req.topics.map((t) => ({
      name: t.name,
      partitions: t.partitionIndexes.map((index) => fetched(index, stored?.get(t.name)?.get(index))),
    })),
  };
}

function unstableFetch(ctx: GroupShardContext, req: OffsetFetchRequest): OffsetFetchResponse | null {
  const requireStable = { ...req, requireStable: false };
  const stable = fetchOffsets(ctx, requireStable);
  let any = false;
  for (const t of stable.topics) {
    for (const p of t.partitions) {
      if (!ctx.pendingTxnOffsets.has(req.groupId, t.name, p.partitionIndex)) continue;
      any = true;
      p.errorCode = ErrorCode.UNSTABLE_OFFSET_COMMIT;
      p.committedOffset = -1n;
      p.committedLeaderEpoch = -1;
      p.metadata = '';
    }
  }
  return any ? stable : null;
}

export function deleteOffsets(
  ctx: GroupShardContext,
  req: OffsetDeleteRequest,
): ShardResult<OffsetDeleteResponse> {
  const fx = new Effects();
  const fail = (errorCode: number) => fx.result({ errorCode, topics: [] });
  if (req.groupId === '') return fail(ErrorCode.INVALID_GROUP_ID);
  const group = ctx.groups.get(req.groupId);
  if (!group) return fail(ErrorCode.GROUP_ID_NOT_FOUND);
  if (!group.is('Empty') && group.protocolType !== CONSUMER_PROTOCOL_TYPE)
    return fail(ErrorCode.NON_EMPTY_GROUP);
  const topics: OffsetDeleteResponse['topics'] = [];
  for (const topic of req.topics) {
    const subscribed = group.isSubscribedToTopic(topic.name);
    topics.push({
      name: topic.name,
      partitions: topic.partitions.map((partitionIndex) => {
        if (subscribed) return { partitionIndex, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC };
        if (ctx.offsets.get(req.groupId, topic.name, partitionIndex)) {
          ctx.emit(fx, {
            kind: 'offset-commit',
            group: req.groupId,
            topic: topic.name,
            partition: partitionIndex,
            value: null,
          });
        }
        return { partitionIndex, errorCode: ErrorCode.NONE };
      }),
    });
  }
  return fx.result({ errorCode: ErrorCode.NONE, topics });
}

export function collectExpired(ctx: GroupShardContext, fx: Effects, nowMs: number): void {
  const retentionMs = ctx.config.offsetsRetentionMinutes * 60_000;
  for (const group of [...ctx.groups.values()]) {
    const stored = ctx.offsets.groupOffsets(group.groupId);
    let allExpired = true;
    if (stored) {
      const base = offsetExpirationBase(group);
      if (base === null) continue;
      const expired: Array<[string, number]> = [];
      for (const [topic, partitions] of stored) {
        if (group.isSubscribedToTopic(topic)) {
          allExpired = false;
          continue;
        }
        for (const [partition, value] of partitions) {
          if (isOffsetExpired(value, base(value), nowMs, retentionMs)) expired.push([topic, partition]);
          else allExpired = false;
        }
      }
      for (const [topic, partition] of expired) {
        ctx.emit(fx, { kind: 'offset-commit', group: group.groupId, topic, partition, value: null });
      }
    }
    if (allExpired && group.is('Empty')) {
      ctx.emit(fx, { kind: 'group-metadata', group: group.groupId, value: null });
    }
  }
}

function fetched(partitionIndex: number, value: OffsetCommitValue | undefined): OffsetFetchPartition {
  if (!value) {
    return {
      partitionIndex,
      committedOffset: -1n,
      committedLeaderEpoch: -1,
      metadata: '',
      errorCode: ErrorCode.NONE,
    };
  }
  return {
    partitionIndex,
    committedOffset: value.offset,
    committedLeaderEpoch: value.leaderEpoch,
    metadata: value.metadata,
    errorCode: ErrorCode.NONE,
  };
}

function validateOffsetCommit(group: ClassicGroup, req: OffsetCommitRequest): number {
  const generation = req.generationIdOrMemberEpoch;
  if (generation < 0 && group.is('Empty')) return ErrorCode.NONE;
  if (generation >= 0 || req.memberId !== '' || req.groupInstanceId !== null) {
    const error = validateMember(group, req.memberId, req.groupInstanceId);
    if (error !== ErrorCode.NONE) return error;
    if (generation !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
  } else if (!group.is('Empty')) {
    // No member id and no generation: only accepted while the group is Empty.
    return ErrorCode.UNKNOWN_MEMBER_ID;
  }
  if (group.is('CompletingRebalance')) return ErrorCode.REBALANCE_IN_PROGRESS;
  return ErrorCode.NONE;
}

/**
 * Kafka 3.9's ClassicGroup.offsetExpirationCondition: from when retention counts, or null if the
 * group's offsets do not expire now.
 */
function offsetExpirationBase(group: ClassicGroup): ((v: OffsetCommitValue) => number) | null {
  if (group.protocolType === null) return (v) => Number(v.commitTimestamp);
  if (group.is('Empty')) {
    const since = group.currentStateTimestampMs;
    return (v) => since ?? Number(v.commitTimestamp);
  }
  if (
    group.protocolType === CONSUMER_PROTOCOL_TYPE &&
    group.subscribedTopics !== null &&
    group.is('Stable')
  ) {
    return (v) => Number(v.commitTimestamp);
  }
  return null;
}
