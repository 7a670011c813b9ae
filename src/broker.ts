// A running GOssip node: metadata, partition logs, the group coordinator, the Kafka listener and the
// HTTP server, started in that order and stopped in reverse. Only construction and wiring happen
// here, no protocol logic.
import { Dispatcher } from './api/dispatcher.js';
import { createHandlers } from './api/handlers/index.js';
import { openMetadataNode } from './cluster/metadata-node.js';
import type { Clock } from './common/clock.js';
import type { Logger } from './common/logger.js';
import type { Random } from './common/random.js';
import type { BrokerConfig } from './config/config.js';
import { ProducerIdManager } from './coordinator/producer-ids.js';
import { GroupCoordinatorRuntime } from './coordinator/runtime.js';
import { TxnCoordinatorRuntime } from './coordinator/txn-runtime.js';
import { createHttpServer } from './http/server.js';
import { logConfigFrom } from './log/log-config.js';
import { LogManager } from './log/log-manager.js';
import { BrokerMetrics } from './metrics/broker-metrics.js';
import { Listener } from './network/listener.js';
import { ImportService } from './replication/import-service.js';
import { PartitionReconciler } from './replication/partition-reconciler.js';
import { ReplicaManager } from './replication/replica-manager.js';
import { registrySchemaLookup } from './replication/schema-validation.js';
import { createSchemaStore, type SchemaStore } from './schema-registry/schema-store.js';
import { lazySchemasTopic } from './schema-registry/schemas-topic.js';

export interface BrokerDeps {
  config: BrokerConfig;
  logger: Logger;
  clock: Clock;
  random: Random;
  /** Export process and Node.js metrics (event loop, GC, heap) too: true when the broker owns the process. */
  processMetrics?: boolean;
}

export interface RunningBroker {
  readonly nodeId: number;
  readonly clusterId: string;
  readonly kafka: { host: string; port: number };
  readonly http: { host: string; port: number };
  stop(): Promise<void>;
}

export async function startBroker(deps: BrokerDeps): Promise<RunningBroker> {
  const { config, logger, clock } = deps;
  const cleanup: (() => Promise<void>)[] = [];
  const undo = async () => {
    for (const step of cleanup.reverse()) await step();
  };
  try {
    // One node (local metadata log) or a member of a Raft metadata quorum (controller.quorum.voters).
    const metadataNode = await openMetadataNode({ config, clock, random: deps.random, logger });
    cleanup.push(() => metadataNode.close());
    const metadata = metadataNode.metadata;

    let replicas: ReplicaManager | undefined;
    const logs = await LogManager.open({
      dataDir: config.dataDir,
      retentionCheckIntervalMs: longProperty(config.properties, 'log.retention.check.interval.ms', 300_000),
      cleanerBackoffMs: longProperty(config.properties, 'log.cleaner.backoff.ms', 15_000),
      cleanerEnabled: config.properties.get('log.cleaner.enable')?.trim() !== 'false',
      producerIdExpirationMs: longProperty(config.properties, 'producer.id.expiration.ms', 86_400_000),
      clock,
      logger: logger.child({ module: 'log' }),
      configFor: (topic: string) => {
        const info = metadata.image().topics.get(topic);
        return info && replicas ? replicas.configFor(info) : logConfigFrom(new Map(), config.properties);
      },
    });
    cleanup.push(() => logs.close());
    // The schema registry's store is created later (it needs the logs); validation looks it up lazily.
    let schemaStore: SchemaStore | undefined;
    replicas = new ReplicaManager({
      nodeId: config.nodeId,
      clock,
      image: () => metadata.image(),
      logs,
      brokerProps: config.properties,
      logsSettled: () => reconciler.idle(),
      schemas: registrySchemaLookup(() => schemaStore),
    });
    const reconciler = new PartitionReconciler(
      config.nodeId,
      logs,
      (topic) => replicas.configFor(topic),
      logger.child({ module: 'reconciler' }),
    );
    const unsubscribe = metadata.subscribe((image, previous) => {
      void reconciler.onImage(image, previous);
    });
    cleanup.push(async () => unsubscribe());
    await reconciler.reconcile(metadata.image());
    logs.startBackgroundTasks();

    const groups = new GroupCoordinatorRuntime({
      nodeId: config.nodeId,
      clock,
      random: deps.random,
      logger: logger.child({ module: 'group-coordinator' }),
      properties: config.properties,
      metadata,
      logs,
      logsSettled: () => reconciler.idle(),
    });
    // Subscribed after the reconciler, so logsSettled() covers the logs of the same change.
    const unsubscribeGroups = metadata.subscribe((image) => groups.onImage(image));
    cleanup.push(async () => {
      unsubscribeGroups();
      await groups.close();
    });
    groups.onImage(metadata.image());

    const producerIds = new ProducerIdManager(config.nodeId, metadata);
    const transactions = new TxnCoordinatorRuntime({
      nodeId: config.nodeId,
      clock,
      logger: logger.child({ module: 'txn-coordinator' }),
      properties: config.properties,
      metadata,
      logs,
      logsSettled: () => reconciler.idle(),
      producerIds,
      markers: replicas,
    });
    const unsubscribeTxns = metadata.subscribe((image) => transactions.onImage(image));
    // Markers written to __consumer_offsets decide pending TxnOffsetCommit offsets.
    const unsubscribeMarkers = replicas.onTxnMarker((topic, partition, producerId, commit) =>
      groups.onTxnMarker(topic, partition, producerId, commit),
    );
    cleanup.push(async () => {
      unsubscribeMarkers();
      unsubscribeTxns();
      await transactions.close();
    });
    transactions.onImage(metadata.image());

    const metrics = new BrokerMetrics({ processMetrics: deps.processMetrics === true });
    let dispatcher: Dispatcher | undefined;
    const handlers = createHandlers({
      config,
      clock,
      metadata,
      replicas,
      metrics,
      groups,
      producerIds,
      transactions,
      ...(metadataNode.quorum ? { quorum: metadataNode.quorum } : {}),
      advertisedVersions: () => dispatcher!.versions(),
    });
    dispatcher = new Dispatcher(handlers, { requests: metrics.requests, durations: metrics.requestSeconds });
    const listener = new Listener(dispatcher, config.limits, logger.child({ module: 'network' }));
    const kafka = await listener.listen(config.host, config.port);
    cleanup.push(() => listener.close());
    await metadataNode.register({ host: config.advertisedHost, port: config.advertisedPort || kafka.port });
    await reconciler.idle();

    schemaStore = await createSchemaStore(
      lazySchemasTopic({ metadata, logs, logsSettled: () => reconciler.idle(), clock }),
    );
    const http = createHttpServer({
      health: () => ({
        nodeId: config.nodeId,
        clusterId: metadata.image().clusterId,
        kafka: `${kafka.host}:${kafka.port}`,
      }),
      metrics: metrics.registry,
      schemaStore,
      import: {
        service: new ImportService({
          nodeId: config.nodeId,
          image: () => metadata.image(),
          logs,
          configFor: (topic) => replicas.configFor(topic),
          logsSettled: () => reconciler.idle(),
        }),
        token: config.properties.get('gossip.import.token')?.trim() || undefined,
        bodyBytesMax: config.limits.importBodyBytesMax,
      },
    });
    await http.listen({ host: config.host, port: config.httpPort });
    cleanup.push(() => http.close());
    const a = http.server.address();
    const httpAddress = { host: config.host, port: typeof a === 'object' && a ? a.port : config.httpPort };

    let stopping: Promise<void> | undefined;
    return {
      nodeId: config.nodeId,
      clusterId: metadata.image().clusterId,
      kafka,
      http: httpAddress,
      stop() {
        stopping ??= undo();
        return stopping;
      },
    };
  } catch (err) {
    await undo();
    throw err;
  }
}

/** A positive integer broker property, or its Kafka default. */
function longProperty(props: ReadonlyMap<string, string>, key: string, fallback: number): number {
  const raw = props.get(key)?.trim();
  const n = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}
