// What handlers may call: narrow service interfaces, passed in from main.ts. Handlers never reach
// into modules directly, so each can be tested with the real service behind its interface.
import type { Clock } from '../common/clock.js';
import type { BrokerConfig } from '../config/config.js';
import type { TxnOffsetCommitInput } from '../coordinator/group-coordinator.js';
import type { ProducerIdService } from '../coordinator/producer-ids.js';
import type { CoordinatorError, CoordinatorLocation } from '../coordinator/runtime.js';
import type { TransactionService } from '../coordinator/txn-runtime.js';
import type {
  DeleteGroupResult,
  DescribedGroup,
  HeartbeatRequest,
  HeartbeatResponse,
  JoinGroupRequest,
  JoinGroupResponse,
  LeaveGroupRequest,
  LeaveGroupResponse,
  ListedGroup,
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetDeleteRequest,
  OffsetDeleteResponse,
  OffsetFetchRequest,
  OffsetFetchResponse,
  SyncGroupRequest,
  SyncGroupResponse,
} from '../coordinator/types.js';
import type { MetadataImage, TopicInfo } from '../metadata/image.js';
import type { QuorumStatusSource } from '../metadata/quorum-status.js';
import type { BrokerMetrics } from '../metrics/broker-metrics.js';
import type { ReplicaManager } from '../replication/replica-manager.js';
import type { VersionRange } from './handler.js';

export interface CreateTopicRequest {
  name: string;
  numPartitions: number;
  replicationFactor: number;
  configs?: Record<string, string | null>;
  validateOnly?: boolean;
}

export interface CreateTopicResult {
  errorCode: number;
  errorMessage: string | null;
  topic?: TopicInfo;
}

export interface ChangeResult {
  errorCode: number;
  errorMessage: string | null;
}

export interface MetadataService {
  image(): MetadataImage;
  createTopic(request: CreateTopicRequest): Promise<CreateTopicResult>;
  createPartitions(name: string, totalCount: number): Promise<ChangeResult>;
  deleteTopic(name: string): Promise<ChangeResult>;
  /** null removes an override. */
  alterConfigs(
    resource: { type: 'topic' | 'broker'; name: string },
    set: Record<string, string | null>,
  ): Promise<ChangeResult>;
}

/**
 * The group coordinator (src/coordinator/runtime.ts). A `CoordinatorError` means this node cannot
 * serve the group now (NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE);
 * handlers put its code where the API carries errors.
 */
export interface GroupService {
  /** keyType 0 = group, 1 = transaction; creates the internal topic on first need. */
  findCoordinator(keyType: number, key: string): CoordinatorLocation;
  joinGroup(request: Omit<JoinGroupRequest, 'requestId'>): Promise<JoinGroupResponse | CoordinatorError>;
  syncGroup(request: Omit<SyncGroupRequest, 'requestId'>): Promise<SyncGroupResponse | CoordinatorError>;
  heartbeat(request: HeartbeatRequest): Promise<HeartbeatResponse | CoordinatorError>;
  leaveGroup(request: LeaveGroupRequest): Promise<LeaveGroupResponse | CoordinatorError>;
  commitOffsets(request: OffsetCommitRequest): Promise<OffsetCommitResponse | CoordinatorError>;
  /** TxnOffsetCommit: offsets pending in the producer's transaction until its marker. */
  txnCommitOffsets(request: TxnOffsetCommitInput): Promise<OffsetCommitResponse | CoordinatorError>;
  fetchOffsets(request: OffsetFetchRequest): Promise<OffsetFetchResponse | CoordinatorError>;
  deleteOffsets(request: OffsetDeleteRequest): Promise<OffsetDeleteResponse | CoordinatorError>;
  /** One entry per id, in order. */
  describeGroups(groupIds: readonly string[]): Promise<Array<DescribedGroup | CoordinatorError>>;
  /** Every group on this node's shards. */
  listGroups(statesFilter: readonly string[]): Promise<{ errorCode: number; groups: ListedGroup[] }>;
  /** One result per id, in order. */
  deleteGroups(groupIds: readonly string[]): Promise<DeleteGroupResult[]>;
}

export interface HandlerDeps {
  config: BrokerConfig;
  clock: Clock;
  metadata: MetadataService;
  replicas: ReplicaManager;
  metrics: BrokerMetrics;
  /** The group coordinator; without it the group APIs are not registered (nor advertised). */
  groups?: GroupService;
  /** Producer ids for InitProducerId; without it InitProducerId is not registered (nor advertised). */
  producerIds?: ProducerIdService;
  /** The transaction coordinator; without it the transaction APIs are not registered (nor advertised). */
  transactions?: TransactionService;
  /** The metadata quorum's status; without it DescribeQuorum is not registered (nor advertised). */
  quorum?: QuorumStatusSource;
  /** The versions this broker serves (the registered handlers); ApiVersions reports them. */
  advertisedVersions(): VersionRange[];
}
