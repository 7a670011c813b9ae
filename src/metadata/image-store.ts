// The materialized image on disk, in LevelDB (classic-level), so a restart loads it and replays
// only the metadata log past its offset instead of the whole log. save(previous, next) writes
// just what differs (images share unchanged objects, so identity says what changed) together
// with the new offset, in one atomic batch. The log stays the source of truth: a lost or stale
// image only costs a longer replay.
import { ClassicLevel } from 'classic-level';
import type { BrokerInfo, MetadataImage, PartitionInfo, TopicInfo } from './image.js';
import { emptyImage, isInternalTopic, topicIdFromHex, topicIdHex } from './image.js';

const FORMAT_VERSION = '1';
const KEY_VERSION = 'meta/version';
const KEY_OFFSET = 'meta/offset';
const BROKER = 'broker/';
const TOPIC = 'topic/';
const BROKER_CONFIG = 'broker-config/';
const FEATURE = 'feature/';

interface StoredTopic {
  topicId: string;
  partitions: PartitionInfo[];
  configs: [string, string][];
}

type Operation = { type: 'put'; key: string; value: string } | { type: 'del'; key: string };

export class ImageStore {
  private constructor(private readonly db: ClassicLevel<string, string>) {}

  static async open(location: string): Promise<ImageStore> {
    const db = new ClassicLevel<string, string>(location, { keyEncoding: 'utf8', valueEncoding: 'utf8' });
    await db.open();
    return new ImageStore(db);
  }

  /** The stored image, or null when nothing (or an unknown format) is stored. */
  async load(clusterId: string, controllerId: number): Promise<MetadataImage | null> {
    if ((await this.db.get(KEY_VERSION)) !== FORMAT_VERSION) return null;
    const offsetText = await this.db.get(KEY_OFFSET);
    if (offsetText === undefined) return null;
    const brokers = new Map<number, BrokerInfo>();
    const topics = new Map<string, TopicInfo>();
    const topicsById = new Map<string, TopicInfo>();
    const brokerConfigs = new Map<string, ReadonlyMap<string, string>>();
    const features = new Map<string, number>();
    for await (const [key, value] of this.db.iterator()) {
      if (key.startsWith(BROKER)) {
        const broker = JSON.parse(value) as BrokerInfo;
        brokers.set(broker.nodeId, broker);
      } else if (key.startsWith(TOPIC)) {
        const name = key.slice(TOPIC.length);
        const stored = JSON.parse(value) as StoredTopic;
        const topic: TopicInfo = {
          name,
          topicId: topicIdFromHex(stored.topicId),
          partitions: stored.partitions,
          configs: new Map(stored.configs),
          internal: isInternalTopic(name),
        };
        topics.set(name, topic);
        topicsById.set(stored.topicId, topic);
      } else if (key.startsWith(BROKER_CONFIG)) {
        brokerConfigs.set(key.slice(BROKER_CONFIG.length), new Map(JSON.parse(value) as [string, string][]));
      } else if (key.startsWith(FEATURE)) {
        features.set(key.slice(FEATURE.length), Number(value));
      }
    }
    return {
      ...emptyImage(clusterId, controllerId),
      brokers,
      topics,
      topicsById,
      brokerConfigs,
      features,
      offset: Number(offsetText),
    };
  }

  /** Stores `next`, given that `previous` is what the store holds now. */
  async save(previous: MetadataImage, next: MetadataImage): Promise<void> {
    const ops: Operation[] = [{ type: 'put', key: KEY_VERSION, value: FORMAT_VERSION }];
    diff(
      previous.brokers,
      next.brokers,
      (id) => `${BROKER}${id}`,
      (b) => JSON.stringify(b),
      ops,
    );
    diff(previous.topics, next.topics, (name) => `${TOPIC}${name}`, encodeTopic, ops);
    diff(
      previous.brokerConfigs,
      next.brokerConfigs,
      (name) => `${BROKER_CONFIG}${name}`,
      (configs) => JSON.stringify([...configs]),
      ops,
    );
    diff(previous.features, next.features, (name) => `${FEATURE}${name}`, String, ops);
    ops.push({ type: 'put', key: KEY_OFFSET, value: String(next.offset) });
    await this.db.batch(ops);
  }

  async clear(): Promise<void> {
    await this.db.clear();
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

function encodeTopic(topic: TopicInfo): string {
  const stored: StoredTopic = {
    topicId: topicIdHex(topic.topicId),
    partitions: topic.partitions,
    configs: [...topic.configs],
  };
  return JSON.stringify(stored);
}

function diff<K, V>(
  before: ReadonlyMap<K, V>,
  after: ReadonlyMap<K, V>,
  keyOf: (key: K) => string,
  encode: (value: V) => string,
  ops: Operation[],
): void {
  if (before === after) return;
  for (const [key, value] of after) {
    if (before.get(key) !== value) ops.push({ type: 'put', key: keyOf(key), value: encode(value) });
  }
  for (const key of before.keys()) {
    if (!after.has(key)) ops.push({ type: 'del', key: keyOf(key) });
  }
}
