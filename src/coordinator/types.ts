// Plain request/response shapes of the group coordinator shard. They mirror the Kafka request
// fields (camelCase) but belong to the domain: handlers copy fields from the decoded wire messages
// into these and back, and fill version-dependent defaults (e.g. null -> '' for old versions).
import type { CoordinatorRecord } from './records.js';

/** Opaque id the caller attaches to a JoinGroup/SyncGroup so it can route the later completion. */
export type RequestId = number;

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

export interface JoinGroupProtocol {
  name: string;
  metadata: Buffer;
}

export interface JoinGroupRequest {
  requestId: RequestId;
  /** The JoinGroup version: MEMBER_ID_REQUIRED is only used from v4. */
  apiVersion: number;
  groupId: string;
  sessionTimeoutMs: number;
  /** v0 has none: pass sessionTimeoutMs, as Kafka does. */
  rebalanceTimeoutMs: number;
  memberId: string;
  groupInstanceId: string | null;
  protocolType: string;
  protocols: JoinGroupProtocol[];
  reason?: string | null;
  /** From the request header / connection. */
  clientId: string;
  clientHost: string;
}

export interface JoinGroupResponseMember {
  memberId: string;
  groupInstanceId: string | null;
  metadata: Buffer;
}

export interface JoinGroupResponse {
  errorCode: number;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leader: string;
  skipAssignment: boolean;
  memberId: string;
  members: JoinGroupResponseMember[];
}

export interface SyncGroupRequest {
  requestId: RequestId;
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  /** v5+; null when the version does not carry it. */
  protocolType: string | null;
  protocolName: string | null;
  assignments: Array<{ memberId: string; assignment: Buffer }>;
}

export interface SyncGroupResponse {
  errorCode: number;
  protocolType: string | null;
  protocolName: string | null;
  assignment: Buffer;
}

export type Completion =
  | { kind: 'join'; requestId: RequestId; response: JoinGroupResponse }
  | { kind: 'sync'; requestId: RequestId; response: SyncGroupResponse };

/**
 * What every shard operation returns. The records have already been applied to the shard through
 * replay(); the caller appends them to the coordinator partition and must hold back `response` and
 * `completions` until that append is durable. If the append fails, the caller discards the shard
 * and rebuilds it from the log.
 */
export interface ShardResult<R = undefined> {
  records: CoordinatorRecord[];
  completions: Completion[];
  response: R;
  /** TxnOffsetCommit: the records go in one transactional batch of this producer. */
  transaction?: { producerId: bigint; producerEpoch: number };
}

export interface HeartbeatRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
}

export interface HeartbeatResponse {
  errorCode: number;
}

export interface LeaveGroupMember {
  memberId: string;
  groupInstanceId: string | null;
  reason?: string | null;
}

/** v0-2 carry one member id: pass it as a single-element `members`. */
export interface LeaveGroupRequest {
  groupId: string;
  members: LeaveGroupMember[];
}

export interface LeaveGroupResponse {
  /** Top-level error (unknown group, Dead group, invalid group id); per-member errors below. */
  errorCode: number;
  members: Array<{ memberId: string; groupInstanceId: string | null; errorCode: number }>;
}

export interface OffsetCommitRequest {
  apiVersion: number;
  groupId: string;
  /** -1 when the version has none (v0). */
  generationIdOrMemberEpoch: number;
  memberId: string;
  groupInstanceId: string | null;
  /** v2-4; -1 means the broker's retention. */
  retentionTimeMs: bigint;
  topics: Array<{
    name: string;
    partitions: Array<{
      partitionIndex: number;
      committedOffset: bigint;
      /** v6+; -1 when unknown. */
      committedLeaderEpoch: number;
      /** v1 only; -1 means "now". */
      commitTimestamp: bigint;
      committedMetadata: string | null;
    }>;
  }>;
}

export interface OffsetCommitResponse {
  topics: Array<{ name: string; partitions: Array<{ partitionIndex: number; errorCode: number }> }>;
}

export interface OffsetFetchRequest {
  groupId: string;
  /** null = all committed offsets of the group (v2+). */
  topics: Array<{ name: string; partitionIndexes: number[] }> | null;
  requireStable: boolean;
}

export interface OffsetFetchPartition {
  partitionIndex: number;
  committedOffset: bigint;
  committedLeaderEpoch: number;
  metadata: string;
  errorCode: number;
}

export interface OffsetFetchResponse {
  errorCode: number;
  topics: Array<{ name: string; partitions: OffsetFetchPartition[] }>;
}

export interface OffsetDeleteRequest {
  groupId: string;
  topics: Array<{ name: string; partitions: number[] }>;
}

export interface OffsetDeleteResponse {
  errorCode: number;
  topics: Array<{ name: string; partitions: Array<{ partitionIndex: number; errorCode: number }> }>;
}

export interface DescribedGroupMember {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  memberMetadata: Buffer;
  memberAssignment: Buffer;
}

export interface DescribedGroup {
  errorCode: number;
  groupId: string;
  groupState: GroupState;
  protocolType: string;
  protocolData: string;
  members: DescribedGroupMember[];
}

export interface ListedGroup {
  groupId: string;
  protocolType: string;
  groupState: GroupState;
}

export interface DeleteGroupResult {
  groupId: string;
  errorCode: number;
}
