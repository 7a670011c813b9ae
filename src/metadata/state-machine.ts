// The metadata state machine: replay(image, record) -> image is the only way metadata changes,
// used alike for new commits, recovery and (later) followers of the replicated log. It is pure:
// the input image is never touched. A batch is applied on a draft that copies each map, topic and
// partition at most once and shares everything it did not change; a record that breaks an
// invariant (partition of an unknown topic, ...) throws MetadataReplayError and nothing is applied.
import {
  type BrokerInfo,
  isInternalTopic,
  type MetadataImage,
  type TopicInfo,
  topicIdFromHex,
} from './image.js';
import type {
  ConfigRecord,
  MetadataRecord,
  PartitionChangeRecord,
  PartitionRecord,
  RegisterBrokerRecord,
} from './records.js';

export class MetadataReplayError extends Error {
  override name = 'MetadataReplayError';
}

/** Applies one record; the result's offset is image.offset + 1. */
export function replay(image: MetadataImage, record: MetadataRecord): MetadataImage {
  return replayBatch(image, [record], image.offset + 1);
}

/** Applies records that hold offsets baseOffset, baseOffset + 1, ...; all or nothing. */
export function replayBatch(
  image: MetadataImage,
  records: readonly MetadataRecord[],
  baseOffset: number,
): MetadataImage {
  if (records.length === 0) return image;
  if (baseOffset <= image.offset) {
    throw new MetadataReplayError(
      `batch at offset ${baseOffset} is not past the image offset ${image.offset}`,
    );
  }
  const draft = new ImageDraft(image);
  for (const record of records) draft.apply(record);
  return draft.finish(baseOffset + records.length - 1);
}

class ImageDraft {
  private brokers: Map<number, BrokerInfo> | null = null;
  private topics: Map<string, TopicInfo> | null = null;
  private topicsById: Map<string, TopicInfo> | null = null;
  private brokerConfigs: Map<string, ReadonlyMap<string, string>> | null = null;
  private features: Map<string, number> | null = null;
  private nextProducerId: number | null = null;
  /** Topic and config objects created by this draft, which it may still mutate. */
  private readonly ownTopics = new Set<TopicInfo>();
  private readonly ownConfigMaps = new Set<ReadonlyMap<string, string>>();
  private readonly changedBrokers = new Set<number>();

  constructor(private readonly base: MetadataImage) {}

  apply(record: MetadataRecord): void {
    switch (record.type) {
      case 'FeatureLevel':
        this.features ??= new Map(this.base.features);
        if (record.featureLevel === 0) this.features.delete(record.name);
        else this.features.set(record.name, record.featureLevel);
        return;
      case 'RegisterBroker':
        this.registerBroker(record);
        return;
      case 'UnregisterBroker': {
        const broker = this.broker(record.brokerId);
        if (broker.epoch !== record.brokerEpoch) {
          fail(
            `unregister broker ${record.brokerId} epoch ${record.brokerEpoch}, registered ${broker.epoch}`,
          );
        }
        this.mutableBrokers().delete(record.brokerId);
        this.changedBrokers.add(record.brokerId);
        return;
      }
      case 'FenceBroker':
      case 'UnfenceBroker': {
        const broker = this.broker(record.id);
        if (broker.epoch !== record.epoch) {
          fail(`${record.type} for broker ${record.id} epoch ${record.epoch}, registered ${broker.epoch}`);
        }
        this.mutableBrokers().set(record.id, { ...broker, fenced: record.type === 'FenceBroker' });
        this.changedBrokers.add(record.id);
        return;
      }
      case 'Topic': {
        if (this.topicMap().has(record.name)) fail(`topic ${record.name} already exists`);
        if (this.topicByIdMap().has(record.topicId)) fail(`topic id ${record.topicId} already exists`);
        const topic: TopicInfo = {
          name: record.name,
          topicId: topicIdFromHex(record.topicId),
          partitions: [],
          configs: new Map(),
          internal: isInternalTopic(record.name),
        };
        this.ownTopics.add(topic);
        this.putTopic(record.topicId, topic);
        return;
      }
      case 'Partition':
        this.partition(record);
        return;
      case 'PartitionChange':
        this.partitionChange(record);
        return;
      case 'Config':
        this.config(record);
        return;
      case 'ProducerIds': {
        const current = this.nextProducerId ?? this.base.nextProducerId;
        if (!Number.isSafeInteger(record.nextProducerId) || record.nextProducerId <= current) {
          fail(`next producer id ${record.nextProducerId} is not above the current ${current}`);
        }
        this.nextProducerId = record.nextProducerId;
        return;
      }
      case 'RemoveTopic': {
        const topic = this.topicByIdMap().get(record.topicId);
        if (topic === undefined) fail(`cannot remove unknown topic id ${record.topicId}`);
        this.mutableTopicsById().delete(record.topicId);
        this.mutableTopics().delete(topic.name);
        return;
      }
      default:
        fail(`unknown metadata record type ${JSON.stringify((record as { type: unknown }).type)}`);
    }
  }

  finish(offset: number): MetadataImage {
    if (this.changedBrokers.size > 0) this.refreshOfflineReplicas();
    return {
      clusterId: this.base.clusterId,
      controllerId: this.base.controllerId,
      brokers: this.brokers ?? this.base.brokers,
      topics: this.topics ?? this.base.topics,
      topicsById: this.topicsById ?? this.base.topicsById,
      brokerConfigs: this.brokerConfigs ?? this.base.brokerConfigs,
      features: this.features ?? this.base.features,
      nextProducerId: this.nextProducerId ?? this.base.nextProducerId,
      offset,
    };
  }

  private registerBroker(record: RegisterBrokerRecord): void {
    const endpoint = record.endPoints[0];
    if (endpoint === undefined) fail(`broker ${record.brokerId} registered without an endpoint`);
    this.mutableBrokers().set(record.brokerId, {
      nodeId: record.brokerId,
      host: endpoint.host,
      port: endpoint.port,
      rack: record.rack,
      fenced: record.fenced,
      epoch: record.brokerEpoch,
    });
    this.changedBrokers.add(record.brokerId);
  }

  private partition(record: PartitionRecord): void {
    const topic = this.mutableTopic(record.topicId, `partition ${record.partitionId}`);
    if (!Number.isInteger(record.partitionId) || record.partitionId < 0) {
      fail(`invalid partition id ${record.partitionId} for topic ${topic.name}`);
    }
    if (record.partitionId > topic.partitions.length) {
      fail(`partition ${record.partitionId} of ${topic.name} skips ids (has ${topic.partitions.length})`);
    }
    topic.partitions[record.partitionId] = {
      partition: record.partitionId,
      leader: record.leader,
      leaderEpoch: record.leaderEpoch,
      partitionEpoch: record.partitionEpoch,
      replicas: [...record.replicas],
      isr: [...record.isr],
      offlineReplicas: this.offlineOf(record.replicas),
    };
  }

  private partitionChange(record: PartitionChangeRecord): void {
    const topic = this.mutableTopic(record.topicId, `partition change ${record.partitionId}`);
    const previous = topic.partitions[record.partitionId];
    if (previous === undefined) fail(`change to unknown partition ${topic.name}-${record.partitionId}`);
    const replicas = record.replicas === undefined ? previous.replicas : [...record.replicas];
    topic.partitions[record.partitionId] = {
      partition: previous.partition,
      leader: record.leader ?? previous.leader,
      leaderEpoch: record.leader === undefined ? previous.leaderEpoch : previous.leaderEpoch + 1,
      partitionEpoch: previous.partitionEpoch + 1,
      replicas,
      isr: record.isr === undefined ? previous.isr : [...record.isr],
      offlineReplicas: this.offlineOf(replicas),
    };
  }

  private config(record: ConfigRecord): void {
    if (record.resourceType === 'topic') {
      const id = this.topicMap().get(record.resourceName)?.topicId.toString('hex');
      if (id === undefined) fail(`config for unknown topic ${record.resourceName}`);
      const topic = this.mutableTopic(id, 'config');
      setOrDelete(topic.configs, record.name, record.value);
      return;
    }
    this.brokerConfigs ??= new Map(this.base.brokerConfigs);
    let configs = this.brokerConfigs.get(record.resourceName);
    if (configs === undefined || !this.ownConfigMaps.has(configs)) {
      configs = new Map(configs);
      this.ownConfigMaps.add(configs);
      this.brokerConfigs.set(record.resourceName, configs);
    }
    const mutable = configs as Map<string, string>;
    setOrDelete(mutable, record.name, record.value);
    if (mutable.size === 0) this.brokerConfigs.delete(record.resourceName);
  }

  private refreshOfflineReplicas(): void {
    for (const topic of this.topicMap().values()) {
      topic.partitions.forEach((partition, index) => {
        if (!partition.replicas.some((id) => this.changedBrokers.has(id))) return;
        const offlineReplicas = this.offlineOf(partition.replicas);
        if (sameNumbers(offlineReplicas, partition.offlineReplicas)) return;
        const own = this.mutableTopic(topic.topicId.toString('hex'), 'offline replicas');
        own.partitions[index] = { ...partition, offlineReplicas };
      });
    }
  }

  private offlineOf(replicas: readonly number[]): number[] {
    const brokers = this.brokerMap();
    return replicas.filter((id) => {
      const broker = brokers.get(id);
      return broker === undefined || broker.fenced;
    });
  }

  private broker(id: number): BrokerInfo {
    const broker = this.brokerMap().get(id);
    if (broker === undefined) fail(`unknown broker ${id}`);
    return broker;
  }

  private mutableTopic(topicId: string, what: string): TopicInfo {
    const topic = this.topicByIdMap().get(topicId);
    if (topic === undefined) fail(`${what} for unknown topic id ${topicId}`);
    if (this.ownTopics.has(topic)) return topic;
    const copy: TopicInfo = {
      name: topic.name,
      topicId: topic.topicId,
      partitions: topic.partitions.slice(),
      configs: new Map(topic.configs),
      internal: topic.internal,
    };
    this.ownTopics.add(copy);
    this.putTopic(topicId, copy);
    return copy;
  }

  private putTopic(topicId: string, topic: TopicInfo): void {
    this.mutableTopics().set(topic.name, topic);
    this.mutableTopicsById().set(topicId, topic);
  }

  private brokerMap(): ReadonlyMap<number, BrokerInfo> {
    return this.brokers ?? this.base.brokers;
  }

  private topicMap(): ReadonlyMap<string, TopicInfo> {
    return this.topics ?? this.base.topics;
  }

  private topicByIdMap(): ReadonlyMap<string, TopicInfo> {
    return this.topicsById ?? this.base.topicsById;
  }

  private mutableBrokers(): Map<number, BrokerInfo> {
    this.brokers ??= new Map(this.base.brokers);
    return this.brokers;
  }

  private mutableTopics(): Map<string, TopicInfo> {
    this.topics ??= new Map(this.base.topics);
    return this.topics;
  }

  private mutableTopicsById(): Map<string, TopicInfo> {
    this.topicsById ??= new Map(this.base.topicsById);
    return this.topicsById;
  }
}

function setOrDelete(map: Map<string, string>, key: string, value: string | null): void {
  if (value === null) map.delete(key);
  else map.set(key, value);
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function fail(message: string): never {
  throw new MetadataReplayError(message);
}
