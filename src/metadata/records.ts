// Metadata records: every change to the cluster metadata is one or more of these, appended to the
// metadata log and applied by the state machine. They follow Kafka's KRaft records (TopicRecord,
// PartitionRecord, ...) field for field where we need the field, as plain JSON-friendly objects:
// uuids are 32-char lowercase hex strings, "no change" in PartitionChange is an absent field.

export type ConfigResourceKind = 'topic' | 'broker';

export interface FeatureLevelRecord {
  type: 'FeatureLevel';
  name: string;
  featureLevel: number;
}

export interface BrokerEndpoint {
  name: string;
  host: string;
  port: number;
  securityProtocol: number;
}

export interface RegisterBrokerRecord {
  type: 'RegisterBroker';
  brokerId: number;
  incarnationId: string;
  brokerEpoch: number;
  endPoints: BrokerEndpoint[];
  rack: string | null;
  fenced: boolean;
}

export interface UnregisterBrokerRecord {
  type: 'UnregisterBroker';
  brokerId: number;
  brokerEpoch: number;
}

export interface FenceBrokerRecord {
  type: 'FenceBroker';
  id: number;
  epoch: number;
}

export interface UnfenceBrokerRecord {
  type: 'UnfenceBroker';
  id: number;
  epoch: number;
}

export interface TopicRecord {
  type: 'Topic';
  name: string;
  topicId: string;
}

export interface PartitionRecord {
  type: 'Partition';
  partitionId: number;
  topicId: string;
  replicas: number[];
  isr: number[];
  removingReplicas: number[];
  addingReplicas: number[];
  leader: number;
  leaderEpoch: number;
  partitionEpoch: number;
}

/** Fields left out did not change. Setting `leader` (even to the same broker) bumps the leader epoch. */
export interface PartitionChangeRecord {
  type: 'PartitionChange';
  partitionId: number;
  topicId: string;
  isr?: number[];
  leader?: number;
  replicas?: number[];
  removingReplicas?: number[];
  addingReplicas?: number[];
}

/** A null value removes the key. */
export interface ConfigRecord {
  type: 'Config';
  resourceType: ConfigResourceKind;
  resourceName: string;
  name: string;
  value: string | null;
}

export interface RemoveTopicRecord {
  type: 'RemoveTopic';
  topicId: string;
}

/**
 * A block of producer ids handed to a broker: ids below nextProducerId are taken for good, so a
 * restart (which replays this record) never hands one out twice. Kafka's ProducerIdsRecord.
 */
export interface ProducerIdsRecord {
  type: 'ProducerIds';
  brokerId: number;
  brokerEpoch: number;
  /** First id of the next block to allocate. */
  nextProducerId: number;
}

export type MetadataRecord =
  | FeatureLevelRecord
  | RegisterBrokerRecord
  | UnregisterBrokerRecord
  | FenceBrokerRecord
  | UnfenceBrokerRecord
  | TopicRecord
  | PartitionRecord
  | PartitionChangeRecord
  | ConfigRecord
  | RemoveTopicRecord
  | ProducerIdsRecord;

export type MetadataRecordType = MetadataRecord['type'];

export const NO_LEADER = -1;

/** Producer ids per ProducerIdsRecord block (Kafka's ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE). */
export const PRODUCER_ID_BLOCK_SIZE = 1000;

/** metadata.version feature level GOssip writes at bootstrap (Kafka 3.9's IBP_3_9_IV0). */
export const METADATA_VERSION_FEATURE = 'metadata.version';
export const METADATA_VERSION_LEVEL = 21;
