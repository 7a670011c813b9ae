// The metadata image: a read-only view of the cluster (brokers, topics, partitions, configs) as of
// one metadata log offset. Images are immutable values; the state machine builds a new one per
// committed batch, sharing every unchanged broker and topic object, so reading is free and two
// images can be compared by object identity to find what changed.

export interface BrokerInfo {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
  fenced: boolean;
  /** The broker epoch of the registration (the metadata offset it was registered at). */
  epoch: number;
}

export interface PartitionInfo {
  partition: number;
  leader: number;
  leaderEpoch: number;
  partitionEpoch: number;
  replicas: number[];
  isr: number[];
  /** Replicas on brokers that are fenced or not registered. */
  offlineReplicas: number[];
}

export interface TopicInfo {
  name: string;
  /** 16 bytes. */
  topicId: Buffer;
  /** Indexed by partition id. */
  partitions: PartitionInfo[];
  /** Topic-level overrides only (no broker defaults). Treat as read-only. */
  configs: Map<string, string>;
  internal: boolean;
}

export interface MetadataImage {
  clusterId: string;
  controllerId: number;
  brokers: ReadonlyMap<number, BrokerInfo>;
  topics: ReadonlyMap<string, TopicInfo>;
  /** Keyed by the topic id as 32 lowercase hex characters. */
  topicsById: ReadonlyMap<string, TopicInfo>;
  /** Broker config overrides keyed by resource name: '' for the cluster default, else the node id. */
  brokerConfigs: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Finalized feature levels, e.g. metadata.version. */
  features: ReadonlyMap<string, number>;
  /** First producer id of the next block to allocate (ProducerIdsRecord); 0 before any. */
  nextProducerId: number;
  /** Offset of the last metadata record applied; -1 before any. */
  offset: number;
}

export function emptyImage(clusterId: string, controllerId: number): MetadataImage {
  return {
    clusterId,
    controllerId,
    brokers: new Map(),
    topics: new Map(),
    topicsById: new Map(),
    brokerConfigs: new Map(),
    features: new Map(),
    nextProducerId: 0,
    offset: -1,
  };
}

const INTERNAL_TOPICS: ReadonlySet<string> = new Set([
  '__consumer_offsets',
  '__transaction_state',
  '__share_group_state',
]);

export function isInternalTopic(name: string): boolean {
  return INTERNAL_TOPICS.has(name);
}

export function topicIdHex(topicId: Buffer): string {
  return topicId.toString('hex');
}

export function topicIdFromHex(hex: string): Buffer {
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new Error(`not a topic id: ${JSON.stringify(hex)}`);
  return Buffer.from(hex, 'hex');
}
