// The metadata controller: the only writer of the metadata log. Each change request is checked
// against the current image, turned into records (Kafka's KRaft records, see records.ts) and
// appended as one batch; the image advances only when the log reports the batch committed, by
// replaying it (state-machine.ts), exactly as recovery and future Raft followers do. Changes run
// one at a time, so validation always sees every earlier change. The image is persisted to
// LevelDB after each commit and a restart replays only the log tail past it. Producer id blocks are
// allocated here too (ProducerIdsRecord), so ids stay unique across restarts.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../common/clock.js';
import type { Random } from '../common/random.js';
import {
  BROKER_ID_NOT_REGISTERED,
  type ChangeResult,
  failure,
  INVALID_CONFIG,
  INVALID_PARTITIONS,
  INVALID_REPLICATION_FACTOR,
  INVALID_REQUEST,
  INVALID_TOPIC_EXCEPTION,
  OK,
  TOPIC_ALREADY_EXISTS,
  UNKNOWN_TOPIC_OR_PARTITION,
  UNKNOWN_TOPIC_OR_PARTITION_MESSAGE,
} from './error-codes.js';
import { generateClusterId, isValidClusterId, randomUuid } from './ids.js';
import { emptyImage, type MetadataImage, type TopicInfo } from './image.js';
import { ImageStore } from './image-store.js';
import { LocalMetadataLog } from './local-metadata-log.js';
import { type MetadataLogger, silentLogger } from './logger.js';
import { readMetaProperties, writeMetaProperties } from './meta-properties.js';
import type { CommittedBatch, MetadataLog } from './metadata-log.js';
import { placePartitions } from './placement.js';
import {
  type ConfigRecord,
  METADATA_VERSION_FEATURE,
  METADATA_VERSION_LEVEL,
  type MetadataRecord,
  type PartitionRecord,
  PRODUCER_ID_BLOCK_SIZE,
} from './records.js';
import { replayBatch } from './state-machine.js';
import { validateTopicConfigs } from './topic-configs.js';
import { collidingTopic, topicNameProblem } from './topic-names.js';

/** Kafka's limit on records produced by one user operation. */
export const RECORDS_PER_CHANGE_MAX = 10_000;
export const CLUSTER_METADATA_TOPIC = '__cluster_metadata';

export interface MetadataControllerOptions {
  /** Directory owned by the metadata module: meta.properties, metadata.log, image/. */
  dataDir: string;
  nodeId: number;
  /** Used when the directory is new; must match meta.properties otherwise. Generated if absent. */
  clusterId?: string;
  clock: Clock;
  random: Random;
  logger?: MetadataLogger;
  /** num.partitions: used when CreateTopics asks for -1 partitions. Default 1. */
  defaultNumPartitions?: number;
  /** default.replication.factor: used when CreateTopics asks for -1. Default 1. */
  defaultReplicationFactor?: number;
  /** The log to write to; defaults to a LocalMetadataLog in dataDir. The controller closes it. */
  log?: MetadataLog;
  /**
   * Write the bootstrap records (metadata.version) during open() when missing. Default true; a
   * member of a Raft quorum cannot append before it leads, so its leader calls bootstrap() instead.
   */
  bootstrap?: boolean;
}

export interface RegisterBrokerInfo {
  nodeId: number;
  host: string;
  port: number;
  rack?: string | null;
  /** Listener the endpoint belongs to. Default 'PLAINTEXT'. */
  listenerName?: string;
}

export interface CreateTopicRequest {
  name: string;
  /** -1 for the default. */
  numPartitions: number;
  /** -1 for the default. */
  replicationFactor: number;
  /** Topic config overrides; a null value is rejected, as Kafka does. */
  configs?: Record<string, string | null>;
  validateOnly?: boolean;
}

export interface CreateTopicResult extends ChangeResult {
  /** The created topic (with validateOnly, the topic as it would be). Present on success only. */
  topic?: TopicInfo;
}

export interface ConfigResourceRef {
  type: 'topic' | 'broker';
  /** Topic name, or for a broker its node id as text ('' = cluster-wide default). */
  name: string;
}

/** A block of producer ids owned by one broker: [firstProducerId, firstProducerId + size). */
export interface ProducerIdBlock {
  brokerId: number;
  firstProducerId: number;
  size: number;
}

export type ImageListener = (image: MetadataImage, previous: MetadataImage) => void;

interface Plan<T> {
  records: MetadataRecord[];
  finish: (image: MetadataImage) => T;
}

export class MetadataController {
  private current: MetadataImage;
  private saved: MetadataImage;
  private saving: Promise<void> = Promise.resolve();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly imageListeners = new Set<ImageListener>();
  private readonly unsubscribe: () => void;
  private broken: Error | null = null;
  private closed = false;

  private constructor(
    image: MetadataImage,
    saved: MetadataImage,
    private readonly log: MetadataLog,
    private readonly store: ImageStore,
    private readonly options: MetadataControllerOptions,
    private readonly logger: MetadataLogger,
  ) {
    this.current = image;
    this.saved = saved;
    this.unsubscribe = log.subscribe((batch) => this.applyCommitted(batch));
  }

  static async open(options: MetadataControllerOptions): Promise<MetadataController> {
    const logger = options.logger ?? silentLogger;
    const { dataDir, nodeId } = options;
    if (!Number.isInteger(nodeId) || nodeId < 0) throw new RangeError(`invalid node id ${nodeId}`);
    await mkdir(dataDir, { recursive: true });
    const clusterId = await loadClusterId(options);
    const log = options.log ?? (await LocalMetadataLog.open({ dir: dataDir, logger }));
    let store: ImageStore | null = null;
    try {
      store = await ImageStore.open(join(dataDir, 'image'));
      const empty = emptyImage(clusterId, nodeId);
      let stored = await store.load(clusterId, nodeId);
      if (stored !== null && stored.offset > log.committedOffset()) {
        logger.warn(
          `metadata image at offset ${stored.offset} is ahead of the metadata log ` +
            `(ends at ${log.committedOffset()}); rebuilding it from the log`,
        );
        stored = null;
      }
      if (stored === null) await store.clear();
      let image = stored ?? empty;
      if (stored !== null && stored.nextProducerId === 0) {
        image = { ...image, nextProducerId: await nextProducerIdInLog(log, stored.offset) };
      }
      const tail = await log.read(image.offset + 1);
      let replayed = 0;
      for (const batch of tail) {
        image = replayBatch(image, batch.records, batch.baseOffset);
        replayed += batch.records.length;
      }
      logger.info(
        `metadata loaded: cluster ${clusterId}, image ${stored === null ? 'rebuilt' : `at offset ${stored.offset}`}, ` +
          `replayed ${replayed} record(s) to offset ${image.offset}`,
      );
      const controller = new MetadataController(image, stored ?? empty, log, store, options, logger);
      controller.persist();
      if (options.bootstrap !== false) await controller.bootstrap();
      return controller;
    } catch (error) {
      await store?.close();
      await log.close();
      throw error;
    }
  }

  image(): MetadataImage {
    return this.current;
  }

  /** Calls `listener` after each committed change, with the new and the previous image. */
  subscribe(listener: ImageListener): () => void {
    this.imageListeners.add(listener);
    return () => {
      this.imageListeners.delete(listener);
    };
  }

  /** Writes the bootstrap records (the metadata.version feature level) unless already there. */
  bootstrap(): Promise<void> {
    return this.change((image) => ({
      records: image.features.has(METADATA_VERSION_FEATURE)
        ? []
        : [{ type: 'FeatureLevel', name: METADATA_VERSION_FEATURE, featureLevel: METADATA_VERSION_LEVEL }],
      finish: () => undefined,
    }));
  }

  /**
   * Appends the records `build` derives from the current image, as one change (nothing when it
   * returns none). For record producers outside the controller, e.g. broker fencing in a cluster.
   */
  appendRecords(build: (image: MetadataImage) => MetadataRecord[]): Promise<void> {
    return this.change((image) => ({ records: build(image), finish: () => undefined }));
  }

  /** Registers (or re-registers, with a new epoch) a broker as live and unfenced. */
  registerBroker(info: RegisterBrokerInfo): Promise<void> {
    if (!Number.isInteger(info.nodeId) || info.nodeId < 0)
      throw new RangeError(`invalid node id ${info.nodeId}`);
    if (!Number.isInteger(info.port) || info.port < 0 || info.port > 65535) {
      throw new RangeError(`invalid port ${info.port}`);
    }
    return this.change((image) => ({
      records: [
        {
          type: 'RegisterBroker',
          brokerId: info.nodeId,
          incarnationId: randomUuid(this.options.random).toString('hex'),
          brokerEpoch: image.offset + 1,
          endPoints: [
            { name: info.listenerName ?? 'PLAINTEXT', host: info.host, port: info.port, securityProtocol: 0 },
          ],
          rack: info.rack ?? null,
          fenced: false,
        },
      ],
      finish: () => undefined,
    }));
  }

  /**
   * Hands the next block of PRODUCER_ID_BLOCK_SIZE producer ids to `brokerId`, as Kafka's
   * AllocateProducerIds does; the block is the broker's once the record is committed.
   */
  allocateProducerIds(brokerId: number): Promise<ProducerIdBlock> {
    return this.change((image) => {
      const firstProducerId = image.nextProducerId;
      const nextProducerId = firstProducerId + PRODUCER_ID_BLOCK_SIZE;
      if (!Number.isSafeInteger(nextProducerId)) throw new Error('producer ids are exhausted');
      return {
        records: [
          {
            type: 'ProducerIds',
            brokerId,
            brokerEpoch: image.brokers.get(brokerId)?.epoch ?? -1,
            nextProducerId,
          },
        ],
        finish: () => ({ brokerId, firstProducerId, size: PRODUCER_ID_BLOCK_SIZE }),
      };
    });
  }

  createTopic(req: CreateTopicRequest): Promise<CreateTopicResult> {
    return this.change((image) => {
      const plan = this.planCreateTopic(image, req);
      if ('errorCode' in plan) return { records: [], finish: () => plan };
      if (req.validateOnly) {
        const preview = replayBatch(image, plan.records, image.offset + 1).topics.get(req.name);
        return { records: [], finish: () => ({ ...OK, topic: preview }) };
      }
      return { records: plan.records, finish: (after) => ({ ...OK, topic: after.topics.get(req.name) }) };
    });
  }

  createPartitions(name: string, totalCount: number): Promise<ChangeResult> {
    return this.change((image) => {
      const topic = image.topics.get(name);
      if (topic === undefined) return rejected(failure(UNKNOWN_TOPIC_OR_PARTITION, null));
      const current = topic.partitions.length;
      if (!Number.isInteger(totalCount)) {
        return rejected(failure(INVALID_PARTITIONS, `Invalid partition count ${totalCount}.`));
      }
      if (totalCount === current) {
        return rejected(failure(INVALID_PARTITIONS, `Topic already has ${current} partition(s).`));
      }
      if (totalCount < current) {
        return rejected(
          failure(
            INVALID_PARTITIONS,
            `The topic ${name} currently has ${current} partition(s); ${totalCount} would not be an increase.`,
          ),
        );
      }
      const additional = totalCount - current;
      if (additional > RECORDS_PER_CHANGE_MAX) {
        return rejected(failure(INVALID_PARTITIONS, tooManyPartitions(additional)));
      }
      const replicationFactor = topic.partitions[0]?.replicas.length ?? 1;
      const placed = placePartitions(image, this.options.random, current, additional, replicationFactor);
      if (!placed.ok) return rejected(failure(INVALID_REPLICATION_FACTOR, placed.message));
      const topicId = topic.topicId.toString('hex');
      return {
        records: placed.partitions.map((p, i) => partitionRecord(topicId, current + i, p.replicas)),
        finish: () => OK,
      };
    });
  }

  deleteTopic(name: string): Promise<ChangeResult> {
    return this.change((image) => {
      const topic = image.topics.get(name);
      if (topic === undefined) {
        return rejected(failure(UNKNOWN_TOPIC_OR_PARTITION, UNKNOWN_TOPIC_OR_PARTITION_MESSAGE));
      }
      return { records: [{ type: 'RemoveTopic', topicId: topic.topicId.toString('hex') }], finish: () => OK };
    });
  }

  /** Sets (or with null, removes) config overrides of one topic or broker, all or nothing. */
  alterConfigs(resource: ConfigResourceRef, set: Record<string, string | null>): Promise<ChangeResult> {
    return this.change((image) => {
      const result =
        resource.type === 'topic'
          ? planTopicConfigs(image, resource.name, set)
          : planBrokerConfigs(image, resource.name, set);
      if ('errorCode' in result) return rejected(result);
      return { records: result, finish: () => OK };
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    this.unsubscribe();
    await this.log.close();
    await this.saving;
    await this.store.close();
  }

  private planCreateTopic(
    image: MetadataImage,
    req: CreateTopicRequest,
  ): ChangeResult | { records: MetadataRecord[] } {
    const { name } = req;
    if (name === CLUSTER_METADATA_TOPIC) {
      return failure(INVALID_REQUEST, `Creation of internal topic ${CLUSTER_METADATA_TOPIC} is prohibited.`);
    }
    const nameProblem = topicNameProblem(name);
    if (nameProblem !== null) return failure(INVALID_TOPIC_EXCEPTION, nameProblem);
    if (image.topics.has(name)) return failure(TOPIC_ALREADY_EXISTS, `Topic '${name}' already exists.`);
    const collision = collidingTopic(image, name);
    if (collision !== null) {
      return failure(INVALID_TOPIC_EXCEPTION, `Topic '${name}' collides with existing topic: ${collision}`);
    }
    const entries = Object.entries(req.configs ?? {});
    const nulls = entries.filter(([, value]) => value === null).map(([key]) => key);
    if (nulls.length > 0) {
      return failure(INVALID_CONFIG, `Null value not supported for topic configs: ${nulls.join(',')}`);
    }
    const configs = new Map(entries as [string, string][]);
    const configProblem = validateTopicConfigs(configs);
    if (configProblem !== null) return failure(INVALID_CONFIG, configProblem);
    const { replicationFactor: rf, numPartitions } = req;
    if (!Number.isInteger(rf) || rf < -1 || rf === 0) {
      return failure(
        INVALID_REPLICATION_FACTOR,
        'Replication factor must be larger than 0, or -1 to use the default value.',
      );
    }
    if (!Number.isInteger(numPartitions) || numPartitions < -1 || numPartitions === 0) {
      return failure(INVALID_PARTITIONS, 'Number of partitions was set to an invalid non-positive value.');
    }
    const partitions = numPartitions === -1 ? (this.options.defaultNumPartitions ?? 1) : numPartitions;
    const replicationFactor = rf === -1 ? (this.options.defaultReplicationFactor ?? 1) : rf;
    if (partitions + configs.size + 1 > RECORDS_PER_CHANGE_MAX) {
      return failure(INVALID_PARTITIONS, tooManyPartitions(partitions));
    }
    const placed = placePartitions(image, this.options.random, 0, partitions, replicationFactor);
    if (!placed.ok) {
      return failure(
        INVALID_REPLICATION_FACTOR,
        `Unable to replicate the partition ${replicationFactor} time(s): ${placed.message}`,
      );
    }
    const topicId = randomUuid(this.options.random, (hex) => image.topicsById.has(hex)).toString('hex');
    const records: MetadataRecord[] = [{ type: 'Topic', name, topicId }];
    for (const [key, value] of configs) records.push(configRecord('topic', name, key, value));
    placed.partitions.forEach((p, i) => {
      records.push(partitionRecord(topicId, i, p.replicas));
    });
    return { records };
  }

  /** Runs one change at a time: plan against the current image, append, wait for the commit. */
  private change<T>(plan: (image: MetadataImage) => Plan<T>): Promise<T> {
    const run = this.queue.then(async () => {
      if (this.closed) throw new Error('metadata controller is closed');
      if (this.broken !== null) throw this.broken;
      const { records, finish } = plan(this.current);
      if (records.length === 0) return finish(this.current);
      const offset = await this.log.append(records);
      if (this.current.offset < offset) {
        throw this.broken ?? new Error(`metadata offset ${offset} committed but not applied`);
      }
      return finish(this.current);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private applyCommitted(batch: CommittedBatch): void {
    const previous = this.current;
    try {
      if (batch.baseOffset !== previous.offset + 1) {
        throw new Error(`metadata batch at offset ${batch.baseOffset} does not follow ${previous.offset}`);
      }
      this.current = replayBatch(previous, batch.records, batch.baseOffset);
    } catch (error) {
      this.broken ??= new Error(`metadata image stopped at offset ${previous.offset}: ${String(error)}`, {
        cause: error,
      });
      this.logger.error(this.broken.message);
      return;
    }
    this.persist();
    for (const listener of this.imageListeners) {
      try {
        listener(this.current, previous);
      } catch (error) {
        this.logger.error(`metadata image listener failed: ${String(error)}`);
      }
    }
  }

  /** Queues a write of the current image; writes that pile up collapse into one. */
  private persist(): void {
    this.saving = this.saving.then(async () => {
      const target = this.current;
      if (target === this.saved) return;
      try {
        await this.store.save(this.saved, target);
        this.saved = target;
      } catch (error) {
        this.logger.error(`saving the metadata image at offset ${target.offset} failed: ${String(error)}`);
      }
    });
  }
}

/**
 * The next producer id as of metadata offset `upTo`, from the ProducerIds records in the log (the
 * image store does not keep it, so a stored image needs this to never hand out an id twice).
 */
async function nextProducerIdInLog(log: MetadataLog, upTo: number): Promise<number> {
  let next = 0;
  for (const batch of await log.read(0)) {
    batch.records.forEach((record, i) => {
      if (record.type === 'ProducerIds' && batch.baseOffset + i <= upTo) next = record.nextProducerId;
    });
  }
  return next;
}

async function loadClusterId(options: MetadataControllerOptions): Promise<string> {
  const meta = await readMetaProperties(options.dataDir);
  if (meta !== null) {
    if (meta.nodeId !== options.nodeId) {
      throw new Error(
        `metadata directory ${options.dataDir} belongs to node ${meta.nodeId}, not ${options.nodeId}`,
      );
    }
    if (options.clusterId !== undefined && options.clusterId !== meta.clusterId) {
      throw new Error(
        `metadata directory ${options.dataDir} belongs to cluster ${meta.clusterId}, not ${options.clusterId}`,
      );
    }
    return meta.clusterId;
  }
  const clusterId = options.clusterId ?? generateClusterId(options.random);
  if (!isValidClusterId(clusterId)) {
    throw new Error(`cluster id ${JSON.stringify(clusterId)} is not 16 bytes in 22 characters of base64url`);
  }
  await writeMetaProperties(options.dataDir, { clusterId, nodeId: options.nodeId });
  return clusterId;
}

function planTopicConfigs(
  image: MetadataImage,
  name: string,
  set: Record<string, string | null>,
): ChangeResult | MetadataRecord[] {
  if (name === '') return failure(INVALID_REQUEST, 'Default topic resources are not allowed.');
  const nameProblem = topicNameProblem(name);
  if (nameProblem !== null) return failure(INVALID_TOPIC_EXCEPTION, nameProblem);
  const topic = image.topics.get(name);
  const merged = new Map(topic?.configs);
  const records: MetadataRecord[] = [];
  for (const [key, value] of Object.entries(set)) {
    if (merged.get(key) === (value ?? undefined)) continue;
    if (value === null) merged.delete(key);
    else merged.set(key, value);
    records.push(configRecord('topic', name, key, value));
  }
  const problem = validateTopicConfigs(merged);
  if (problem !== null) return failure(INVALID_CONFIG, problem);
  if (topic === undefined) return failure(UNKNOWN_TOPIC_OR_PARTITION, `The topic '${name}' does not exist.`);
  return records;
}

function planBrokerConfigs(
  image: MetadataImage,
  name: string,
  set: Record<string, string | null>,
): ChangeResult | MetadataRecord[] {
  if (name !== '') {
    if (!/^[+-]?\d+$/.test(name) || Number(name) > 2 ** 31 - 1 || Number(name) < -(2 ** 31)) {
      return failure(INVALID_REQUEST, 'Unable to parse broker name as a base 10 number.');
    }
    const nodeId = Number(name);
    if (nodeId < 0) return failure(INVALID_REQUEST, 'Invalid negative broker ID.');
    if (!image.brokers.has(nodeId) && nodeId !== image.controllerId) {
      return failure(BROKER_ID_NOT_REGISTERED, `No node with id ${nodeId} found.`);
    }
    name = String(nodeId);
  }
  const existing = image.brokerConfigs.get(name);
  const records: MetadataRecord[] = [];
  for (const [key, value] of Object.entries(set)) {
    if (key === '') return failure(INVALID_CONFIG, 'Config names may not be empty.');
    if (existing?.get(key) === (value ?? undefined)) continue;
    records.push(configRecord('broker', name, key, value));
  }
  return records;
}

function configRecord(
  resourceType: ConfigRecord['resourceType'],
  resourceName: string,
  name: string,
  value: string | null,
): ConfigRecord {
  return { type: 'Config', resourceType, resourceName, name, value };
}

function partitionRecord(topicId: string, partitionId: number, replicas: number[]): PartitionRecord {
  return {
    type: 'Partition',
    partitionId,
    topicId,
    replicas,
    isr: [...replicas],
    removingReplicas: [],
    addingReplicas: [],
    leader: replicas[0]!,
    leaderEpoch: 0,
    partitionEpoch: 0,
  };
}

function rejected<T>(result: T): Plan<T> {
  return { records: [], finish: () => result };
}

function tooManyPartitions(count: number): string {
  return `Cannot add ${count} partitions in one request; at most ${RECORDS_PER_CHANGE_MAX} records fit in one change.`;
}
