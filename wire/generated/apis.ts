// generated, do not edit: `npm run generate` writes this file from Kafka's JSON message specs.

import type { ApiCodec } from '../api-codec.js';
import { ProduceApi } from './api/000-produce.js';
import { FetchApi } from './api/001-fetch.js';
import { ListOffsetsApi } from './api/002-list-offsets.js';
import { MetadataApi } from './api/003-metadata.js';
import { LeaderAndIsrApi } from './api/004-leader-and-isr.js';
import { StopReplicaApi } from './api/005-stop-replica.js';
import { UpdateMetadataApi } from './api/006-update-metadata.js';
import { ControlledShutdownApi } from './api/007-controlled-shutdown.js';
import { OffsetCommitApi } from './api/008-offset-commit.js';
import { OffsetFetchApi } from './api/009-offset-fetch.js';
import { FindCoordinatorApi } from './api/010-find-coordinator.js';
import { JoinGroupApi } from './api/011-join-group.js';
import { HeartbeatApi } from './api/012-heartbeat.js';
import { LeaveGroupApi } from './api/013-leave-group.js';
import { SyncGroupApi } from './api/014-sync-group.js';
import { DescribeGroupsApi } from './api/015-describe-groups.js';
import { ListGroupsApi } from './api/016-list-groups.js';
import { SaslHandshakeApi } from './api/017-sasl-handshake.js';
import { ApiVersionsApi } from './api/018-api-versions.js';
import { CreateTopicsApi } from './api/019-create-topics.js';
import { DeleteTopicsApi } from './api/020-delete-topics.js';
import { DeleteRecordsApi } from './api/021-delete-records.js';
import { InitProducerIdApi } from './api/022-init-producer-id.js';
import { OffsetForLeaderEpochApi } from './api/023-offset-for-leader-epoch.js';
import { AddPartitionsToTxnApi } from './api/024-add-partitions-to-txn.js';
import { AddOffsetsToTxnApi } from './api/025-add-offsets-to-txn.js';
import { EndTxnApi } from './api/026-end-txn.js';
import { WriteTxnMarkersApi } from './api/027-write-txn-markers.js';
import { TxnOffsetCommitApi } from './api/028-txn-offset-commit.js';
import { DescribeAclsApi } from './api/029-describe-acls.js';
import { CreateAclsApi } from './api/030-create-acls.js';
import { DeleteAclsApi } from './api/031-delete-acls.js';
import { DescribeConfigsApi } from './api/032-describe-configs.js';
import { AlterConfigsApi } from './api/033-alter-configs.js';
import { AlterReplicaLogDirsApi } from './api/034-alter-replica-log-dirs.js';
import { DescribeLogDirsApi } from './api/035-describe-log-dirs.js';
import { SaslAuthenticateApi } from './api/036-sasl-authenticate.js';
import { CreatePartitionsApi } from './api/037-create-partitions.js';
import { CreateDelegationTokenApi } from './api/038-create-delegation-token.js';
import { RenewDelegationTokenApi } from './api/039-renew-delegation-token.js';
import { ExpireDelegationTokenApi } from './api/040-expire-delegation-token.js';
import { DescribeDelegationTokenApi } from './api/041-describe-delegation-token.js';
import { DeleteGroupsApi } from './api/042-delete-groups.js';
import { ElectLeadersApi } from './api/043-elect-leaders.js';
import { IncrementalAlterConfigsApi } from './api/044-incremental-alter-configs.js';
import { AlterPartitionReassignmentsApi } from './api/045-alter-partition-reassignments.js';
import { ListPartitionReassignmentsApi } from './api/046-list-partition-reassignments.js';
import { OffsetDeleteApi } from './api/047-offset-delete.js';
import { DescribeClientQuotasApi } from './api/048-describe-client-quotas.js';
import { AlterClientQuotasApi } from './api/049-alter-client-quotas.js';
import { DescribeUserScramCredentialsApi } from './api/050-describe-user-scram-credentials.js';
import { AlterUserScramCredentialsApi } from './api/051-alter-user-scram-credentials.js';
import { VoteApi } from './api/052-vote.js';
import { BeginQuorumEpochApi } from './api/053-begin-quorum-epoch.js';
import { EndQuorumEpochApi } from './api/054-end-quorum-epoch.js';
import { DescribeQuorumApi } from './api/055-describe-quorum.js';
import { AlterPartitionApi } from './api/056-alter-partition.js';
import { UpdateFeaturesApi } from './api/057-update-features.js';
import { EnvelopeApi } from './api/058-envelope.js';
import { FetchSnapshotApi } from './api/059-fetch-snapshot.js';
import { DescribeClusterApi } from './api/060-describe-cluster.js';
import { DescribeProducersApi } from './api/061-describe-producers.js';
import { BrokerRegistrationApi } from './api/062-broker-registration.js';
import { BrokerHeartbeatApi } from './api/063-broker-heartbeat.js';
import { UnregisterBrokerApi } from './api/064-unregister-broker.js';
import { DescribeTransactionsApi } from './api/065-describe-transactions.js';
import { ListTransactionsApi } from './api/066-list-transactions.js';
import { AllocateProducerIdsApi } from './api/067-allocate-producer-ids.js';
import { ConsumerGroupHeartbeatApi } from './api/068-consumer-group-heartbeat.js';
import { ConsumerGroupDescribeApi } from './api/069-consumer-group-describe.js';
import { ControllerRegistrationApi } from './api/070-controller-registration.js';
import { GetTelemetrySubscriptionsApi } from './api/071-get-telemetry-subscriptions.js';
import { PushTelemetryApi } from './api/072-push-telemetry.js';
import { AssignReplicasToDirsApi } from './api/073-assign-replicas-to-dirs.js';
import { ListClientMetricsResourcesApi } from './api/074-list-client-metrics-resources.js';
import { DescribeTopicPartitionsApi } from './api/075-describe-topic-partitions.js';
import { ShareGroupHeartbeatApi } from './api/076-share-group-heartbeat.js';
import { ShareGroupDescribeApi } from './api/077-share-group-describe.js';
import { ShareFetchApi } from './api/078-share-fetch.js';
import { ShareAcknowledgeApi } from './api/079-share-acknowledge.js';
import { AddRaftVoterApi } from './api/080-add-raft-voter.js';
import { RemoveRaftVoterApi } from './api/081-remove-raft-voter.js';
import { UpdateRaftVoterApi } from './api/082-update-raft-voter.js';
import { InitializeShareGroupStateApi } from './api/083-initialize-share-group-state.js';
import { ReadShareGroupStateApi } from './api/084-read-share-group-state.js';
import { WriteShareGroupStateApi } from './api/085-write-share-group-state.js';
import { DeleteShareGroupStateApi } from './api/086-delete-share-group-state.js';
import { ReadShareGroupStateSummaryApi } from './api/087-read-share-group-state-summary.js';

/** Every API in Kafka's specs, by key. What GOssip serves is decided by its handlers, not by this table. */
export const API_CODECS: ReadonlyMap<number, ApiCodec<unknown, unknown>> = new Map<number, ApiCodec<unknown, unknown>>([
  [0, ProduceApi as ApiCodec<unknown, unknown>],
  [1, FetchApi as ApiCodec<unknown, unknown>],
  [2, ListOffsetsApi as ApiCodec<unknown, unknown>],
  [3, MetadataApi as ApiCodec<unknown, unknown>],
  [4, LeaderAndIsrApi as ApiCodec<unknown, unknown>],
  [5, StopReplicaApi as ApiCodec<unknown, unknown>],
  [6, UpdateMetadataApi as ApiCodec<unknown, unknown>],
  [7, ControlledShutdownApi as ApiCodec<unknown, unknown>],
  [8, OffsetCommitApi as ApiCodec<unknown, unknown>],
  [9, OffsetFetchApi as ApiCodec<unknown, unknown>],
  [10, FindCoordinatorApi as ApiCodec<unknown, unknown>],
  [11, JoinGroupApi as ApiCodec<unknown, unknown>],
  [12, HeartbeatApi as ApiCodec<unknown, unknown>],
  [13, LeaveGroupApi as ApiCodec<unknown, unknown>],
  [14, SyncGroupApi as ApiCodec<unknown, unknown>],
  [15, DescribeGroupsApi as ApiCodec<unknown, unknown>],
  [16, ListGroupsApi as ApiCodec<unknown, unknown>],
  [17, SaslHandshakeApi as ApiCodec<unknown, unknown>],
  [18, ApiVersionsApi as ApiCodec<unknown, unknown>],
  [19, CreateTopicsApi as ApiCodec<unknown, unknown>],
  [20, DeleteTopicsApi as ApiCodec<unknown, unknown>],
  [21, DeleteRecordsApi as ApiCodec<unknown, unknown>],
  [22, InitProducerIdApi as ApiCodec<unknown, unknown>],
  [23, OffsetForLeaderEpochApi as ApiCodec<unknown, unknown>],
  [24, AddPartitionsToTxnApi as ApiCodec<unknown, unknown>],
  [25, AddOffsetsToTxnApi as ApiCodec<unknown, unknown>],
  [26, EndTxnApi as ApiCodec<unknown, unknown>],
  [27, WriteTxnMarkersApi as ApiCodec<unknown, unknown>],
  [28, TxnOffsetCommitApi as ApiCodec<unknown, unknown>],
  [29, DescribeAclsApi as ApiCodec<unknown, unknown>],
  [30, CreateAclsApi as ApiCodec<unknown, unknown>],
  [31, DeleteAclsApi as ApiCodec<unknown, unknown>],
  [32, DescribeConfigsApi as ApiCodec<unknown, unknown>],
  [33, AlterConfigsApi as ApiCodec<unknown, unknown>],
  [34, AlterReplicaLogDirsApi as ApiCodec<unknown, unknown>],
  [35, DescribeLogDirsApi as ApiCodec<unknown, unknown>],
  [36, SaslAuthenticateApi as ApiCodec<unknown, unknown>],
  [37, CreatePartitionsApi as ApiCodec<unknown, unknown>],
  [38, CreateDelegationTokenApi as ApiCodec<unknown, unknown>],
  [39, RenewDelegationTokenApi as ApiCodec<unknown, unknown>],
  [40, ExpireDelegationTokenApi as ApiCodec<unknown, unknown>],
  [41, DescribeDelegationTokenApi as ApiCodec<unknown, unknown>],
  [42, DeleteGroupsApi as ApiCodec<unknown, unknown>],
  [43, ElectLeadersApi as ApiCodec<unknown, unknown>],
  [44, IncrementalAlterConfigsApi as ApiCodec<unknown, unknown>],
  [45, AlterPartitionReassignmentsApi as ApiCodec<unknown, unknown>],
  [46, ListPartitionReassignmentsApi as ApiCodec<unknown, unknown>],
  [47, OffsetDeleteApi as ApiCodec<unknown, unknown>],
  [48, DescribeClientQuotasApi as ApiCodec<unknown, unknown>],
  [49, AlterClientQuotasApi as ApiCodec<unknown, unknown>],
  [50, DescribeUserScramCredentialsApi as ApiCodec<unknown, unknown>],
  [51, AlterUserScramCredentialsApi as ApiCodec<unknown, unknown>],
  [52, VoteApi as ApiCodec<unknown, unknown>],
  [53, BeginQuorumEpochApi as ApiCodec<unknown, unknown>],
  [54, EndQuorumEpochApi as ApiCodec<unknown, unknown>],
  [55, DescribeQuorumApi as ApiCodec<unknown, unknown>],
  [56, AlterPartitionApi as ApiCodec<unknown, unknown>],
  [57, UpdateFeaturesApi as ApiCodec<unknown, unknown>],
  [58, EnvelopeApi as ApiCodec<unknown, unknown>],
  [59, FetchSnapshotApi as ApiCodec<unknown, unknown>],
  [60, DescribeClusterApi as ApiCodec<unknown, unknown>],
  [61, DescribeProducersApi as ApiCodec<unknown, unknown>],
  [62, BrokerRegistrationApi as ApiCodec<unknown, unknown>],
  [63, BrokerHeartbeatApi as ApiCodec<unknown, unknown>],
  [64, UnregisterBrokerApi as ApiCodec<unknown, unknown>],
  [65, DescribeTransactionsApi as ApiCodec<unknown, unknown>],
  [66, ListTransactionsApi as ApiCodec<unknown, unknown>],
  [67, AllocateProducerIdsApi as ApiCodec<unknown, unknown>],
  [68, ConsumerGroupHeartbeatApi as ApiCodec<unknown, unknown>],
  [69, ConsumerGroupDescribeApi as ApiCodec<unknown, unknown>],
  [70, ControllerRegistrationApi as ApiCodec<unknown, unknown>],
  [71, GetTelemetrySubscriptionsApi as ApiCodec<unknown, unknown>],
  [72, PushTelemetryApi as ApiCodec<unknown, unknown>],
  [73, AssignReplicasToDirsApi as ApiCodec<unknown, unknown>],
  [74, ListClientMetricsResourcesApi as ApiCodec<unknown, unknown>],
  [75, DescribeTopicPartitionsApi as ApiCodec<unknown, unknown>],
  [76, ShareGroupHeartbeatApi as ApiCodec<unknown, unknown>],
  [77, ShareGroupDescribeApi as ApiCodec<unknown, unknown>],
  [78, ShareFetchApi as ApiCodec<unknown, unknown>],
  [79, ShareAcknowledgeApi as ApiCodec<unknown, unknown>],
  [80, AddRaftVoterApi as ApiCodec<unknown, unknown>],
  [81, RemoveRaftVoterApi as ApiCodec<unknown, unknown>],
  [82, UpdateRaftVoterApi as ApiCodec<unknown, unknown>],
  [83, InitializeShareGroupStateApi as ApiCodec<unknown, unknown>],
  [84, ReadShareGroupStateApi as ApiCodec<unknown, unknown>],
  [85, WriteShareGroupStateApi as ApiCodec<unknown, unknown>],
  [86, DeleteShareGroupStateApi as ApiCodec<unknown, unknown>],
  [87, ReadShareGroupStateSummaryApi as ApiCodec<unknown, unknown>],
]);

export {
  ProduceApi,
  FetchApi,
  ListOffsetsApi,
  MetadataApi,
  LeaderAndIsrApi,
  StopReplicaApi,
  UpdateMetadataApi,
  ControlledShutdownApi,
  OffsetCommitApi,
  OffsetFetchApi,
  FindCoordinatorApi,
  JoinGroupApi,
  HeartbeatApi,
  LeaveGroupApi,
  SyncGroupApi,
  DescribeGroupsApi,
  ListGroupsApi,
  SaslHandshakeApi,
  ApiVersionsApi,
  CreateTopicsApi,
  DeleteTopicsApi,
  DeleteRecordsApi,
  InitProducerIdApi,
  OffsetForLeaderEpochApi,
  AddPartitionsToTxnApi,
  AddOffsetsToTxnApi,
  EndTxnApi,
  WriteTxnMarkersApi,
  TxnOffsetCommitApi,
  DescribeAclsApi,
  CreateAclsApi,
  DeleteAclsApi,
  DescribeConfigsApi,
  AlterConfigsApi,
  AlterReplicaLogDirsApi,
  DescribeLogDirsApi,
  SaslAuthenticateApi,
  CreatePartitionsApi,
  CreateDelegationTokenApi,
  RenewDelegationTokenApi,
  ExpireDelegationTokenApi,
  DescribeDelegationTokenApi,
  DeleteGroupsApi,
  ElectLeadersApi,
  IncrementalAlterConfigsApi,
  AlterPartitionReassignmentsApi,
  ListPartitionReassignmentsApi,
  OffsetDeleteApi,
  DescribeClientQuotasApi,
  AlterClientQuotasApi,
  DescribeUserScramCredentialsApi,
  AlterUserScramCredentialsApi,
  VoteApi,
  BeginQuorumEpochApi,
  EndQuorumEpochApi,
  DescribeQuorumApi,
  AlterPartitionApi,
  UpdateFeaturesApi,
  EnvelopeApi,
  FetchSnapshotApi,
  DescribeClusterApi,
  DescribeProducersApi,
  BrokerRegistrationApi,
  BrokerHeartbeatApi,
  UnregisterBrokerApi,
  DescribeTransactionsApi,
  ListTransactionsApi,
  AllocateProducerIdsApi,
  ConsumerGroupHeartbeatApi,
  ConsumerGroupDescribeApi,
  ControllerRegistrationApi,
  GetTelemetrySubscriptionsApi,
  PushTelemetryApi,
  AssignReplicasToDirsApi,
  ListClientMetricsResourcesApi,
  DescribeTopicPartitionsApi,
  ShareGroupHeartbeatApi,
  ShareGroupDescribeApi,
  ShareFetchApi,
  ShareAcknowledgeApi,
  AddRaftVoterApi,
  RemoveRaftVoterApi,
  UpdateRaftVoterApi,
  InitializeShareGroupStateApi,
  ReadShareGroupStateApi,
  WriteShareGroupStateApi,
  DeleteShareGroupStateApi,
  ReadShareGroupStateSummaryApi,
};
