// The transaction coordinator runtime: one TxnCoordinatorShard per __transaction_state partition
// this node leads (loaded by replaying the log; NOT_COORDINATOR / COORDINATOR_LOAD_IN_PROGRESS
// otherwise), routing each transactional id to abs(hash(id)) % partitions as FindCoordinator does.
// It allocates producer ids when a shard asks, and writes transaction markers through a
// TxnMarkerWriter (retrying until every partition took its marker), then completes the transaction.
import { ErrorCode } from '../../wire/generated/error-codes.js';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import type { MetadataImage } from '../metadata/image.js';
import type { LogService } from '../replication/log-view.js';
import { coordinatorPartitionFor } from './coordinator-key.js';
import { closeAllRunners, followLeadership, type PartitionState } from './led-partitions.js';
import { forgetFailedRunner, loadPartition } from './partition-loading.js';
import type { ProducerIdService } from './producer-ids.js';
import { coordinatorRuntimeConfig, GROUP_METADATA_TOPIC, TRANSACTION_STATE_TOPIC } from './runtime-config.js';
import { type CoordinatorError, coordinatorError, isCoordinatorError } from './shard-runner.js';
import {
  type DescribedTxn,
  type InitProducerIdInput,
  type ListedTxn,
  type ListTxnFilters,
  TxnCoordinatorShard,
  type TxnIdentity,
  type TxnMarkerJob,
} from './txn-coordinator.js';
import { loadTxnPartition, TxnShardRunner } from './txn-runner.js';

/** Writes one transaction marker (a COMMIT/ABORT control batch) to a partition; resolves to an error code. */
export interface TxnMarkerWriter {
  writeTxnMarker(request: {
    topic: string;
    partition: number;
    producerId: bigint;
    producerEpoch: number;
    coordinatorEpoch: number;
    commit: boolean;
  }): Promise<number>;
}

export interface TxnRuntimeDeps {
  nodeId: number;
  clock: Clock;
  logger: Logger;
  /** Broker properties (transaction.max.timeout.ms, transactional.id.expiration.ms, offsets.topic.num.partitions). */
  properties: ReadonlyMap<string, string>;
  metadata: { image(): MetadataImage };
  logs: LogService;
  logsSettled(): Promise<void>;
  producerIds: ProducerIdService;
  markers: TxnMarkerWriter;
  /** Delay before a failed marker is retried (default 100 ms, doubling up to 2 s). */
  markerRetryBackoffMs?: number;
}

/** The service the transaction APIs call (one per broker). */
export interface TransactionService {
  initProducerId(
    req: InitProducerIdInput,
  ): Promise<{ errorCode: number; producerId: bigint; producerEpoch: number } | CoordinatorError>;
  addPartitionsToTxn(
    req: TxnIdentity & { partitions: Array<{ topic: string; partition: number }> },
  ): Promise<{ errorCode: number } | CoordinatorError>;
  addOffsetsToTxn(req: TxnIdentity & { groupId: string }): Promise<{ errorCode: number } | CoordinatorError>;
  endTxn(req: TxnIdentity & { commit: boolean }): Promise<{ errorCode: number } | CoordinatorError>;
  describeTransactions(
    ids: readonly string[],
  ): Promise<Array<DescribedTxn | (CoordinatorError & { transactionalId: string })>>;
  listTransactions(filters: ListTxnFilters): Promise<{ errorCode: number; transactions: ListedTxn[] }>;
}

const MARKER_RETRY_MAX_MS = 2000;

export class TxnCoordinatorRuntime implements TransactionService {
  private readonly partitions = new Map<number, PartitionState<TxnShardRunner>>();
  private readonly maxTimeoutMs: number;
  private readonly idExpirationMs: number;
  private readonly offsetsPartitions: number;
  private readonly pendingMarkers = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly deps: TxnRuntimeDeps) {
    const int = (key: string, fallback: number): number => {
      const raw = deps.properties.get(key)?.trim();
      const n = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
      return Number.isSafeInteger(n) && n > 0 ? n : fallback;
    };
    this.maxTimeoutMs = int('transaction.max.timeout.ms', 900_000);
    this.idExpirationMs = int('transactional.id.expiration.ms', 604_800_000);
    this.offsetsPartitions = coordinatorRuntimeConfig(deps.properties).offsetsTopic.numPartitions;
  }

  // ---------------------------------------------------------------- leadership

  onImage(image: MetadataImage): void {
    if (this.closed) return;
    followLeadership(this.partitions, image.topics.get(TRANSACTION_STATE_TOPIC), this.deps.nodeId, (p) =>
      this.load(p),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    await closeAllRunners(this.partitions);
    await Promise.all([...this.pendingMarkers]);
  }

  /** Resolves once no marker job is in flight (for tests and orderly shutdown). */
  async markersSettled(): Promise<void> {
    while (this.pendingMarkers.size > 0) await Promise.all([...this.pendingMarkers]);
  }

  private load(partition: number): void {
    loadPartition(this.partitions, partition, this.deps, {
      topic: TRANSACTION_STATE_TOPIC,
      replay: async (log, label) => {
        const shard = new TxnCoordinatorShard({
          transactionMaxTimeoutMs: this.maxTimeoutMs,
          transactionalIdExpirationMs: this.idExpirationMs,
        });
        return { shard, stats: await loadTxnPartition(log, shard, label) };
      },
      createRunner: ({ shard }, log, leaderEpoch) =>
        new TxnShardRunner({
          partition,
          shard,
          log,
          leaderEpoch,
          clock: this.deps.clock,
          logger: this.deps.logger,
          onFailed: (failed) => this.reload(failed),
          onMarkers: (r, jobs) => {
            for (const job of jobs) this.sendMarkers(r, job);
          },
        }),
      started: (runner, { stats }) => {
        // Markers owed by transactions left in PrepareCommit/PrepareAbort, and expired transactions.
        void runner.run((s) => s.onLoaded());
        void runner.run((s, nowMs) => s.tick(nowMs));
        this.deps.logger.debug({ partition, records: stats.records }, 'transaction shard loaded');
      },
      failureMessage: 'loading a transaction coordinator partition failed',
    });
  }

  private reload(failed: TxnShardRunner): void {
    if (!forgetFailedRunner(this.partitions, failed)) return;
    const leader = this.deps.metadata.image().topics.get(TRANSACTION_STATE_TOPIC)?.partitions[
      failed.partition
    ]?.leader;
    if (!this.closed && leader === this.deps.nodeId) this.load(failed.partition);
  }

  // ---------------------------------------------------------------- markers

  /** Writes every marker of `job` (retrying failures) and then completes the transaction. */
  private sendMarkers(runner: TxnShardRunner, job: TxnMarkerJob): void {
    const task = (async () => {
      const base = this.deps.markerRetryBackoffMs ?? 100;
      let abandoned = false;
      await Promise.all(
        job.partitions.map(async ({ topic, partition }) => {
          let backoffMs = base;
          for (;;) {
            if (!runner.serving) return;
            let code: number;
            try {
              code = await this.deps.markers.writeTxnMarker({
                topic,
                partition,
                producerId: job.producerId,
                producerEpoch: job.producerEpoch,
                coordinatorEpoch: runner.coordinatorEpoch,
                commit: job.commit,
              });
            } catch (err) {
              this.deps.logger.warn({ err, topic, partition }, 'writing a transaction marker failed');
              code = ErrorCode.UNKNOWN_SERVER_ERROR;
            }
            if (code === ErrorCode.NONE) return;
            // A deleted topic takes no marker, as in Kafka.
            if (code === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION && !this.partitionExists(topic, partition))
              return;
            if (
              code === ErrorCode.TRANSACTION_COORDINATOR_FENCED ||
              code === ErrorCode.INVALID_PRODUCER_EPOCH
            ) {
              // A newer coordinator or producer epoch owns the partition: stop, as Kafka does; the
              // transaction stays prepared until the next load re-sends its markers.
              this.deps.logger.warn(
                { topic, partition, code, transactionalId: job.transactionalId },
                'transaction marker refused',
              );
              abandoned = true;
              return;
            }
            await sleep(backoffMs);
            backoffMs = Math.min(backoffMs * 2, MARKER_RETRY_MAX_MS);
          }
        }),
      );
      if (!runner.serving || abandoned) return;
      await runner.run((s, nowMs) => s.completeTransaction(job, nowMs));
    })().catch((err: unknown) => this.deps.logger.error({ err }, 'completing a transaction failed'));
    this.pendingMarkers.add(task);
    void task.finally(() => this.pendingMarkers.delete(task));
  }

  private partitionExists(topic: string, partition: number): boolean {
    return this.deps.metadata.image().topics.get(topic)?.partitions[partition] !== undefined;
  }

  // ---------------------------------------------------------------- routing

  private route(transactionalId: string): TxnShardRunner | CoordinatorError {
    if (this.closed) return coordinatorError(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    const topic = this.deps.metadata.image().topics.get(TRANSACTION_STATE_TOPIC);
    if (!topic || topic.partitions.length === 0) return coordinatorError(ErrorCode.NOT_COORDINATOR);
    const partition = coordinatorPartitionFor(transactionalId, topic.partitions.length);
    const state = this.partitions.get(partition);
    if (state?.kind === 'active' && state.runner.serving) return state.runner;
    if (state !== undefined) return coordinatorError(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    if (topic.partitions[partition]?.leader !== this.deps.nodeId)
      return coordinatorError(ErrorCode.NOT_COORDINATOR);
    this.load(partition);
    return coordinatorError(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
  }

  // ---------------------------------------------------------------- APIs

  async initProducerId(
    req: InitProducerIdInput,
  ): Promise<{ errorCode: number; producerId: bigint; producerEpoch: number } | CoordinatorError> {
    // Checked before the coordinator is looked up, as in Kafka.
    if (req.transactionTimeoutMs <= 0 || req.transactionTimeoutMs > this.maxTimeoutMs) {
      return { errorCode: ErrorCode.INVALID_TRANSACTION_TIMEOUT, producerId: -1n, producerEpoch: -1 };
    }
    const r = this.route(req.transactionalId);
    if (isCoordinatorError(r)) return r;
    let fresh: bigint | null = null;
    for (;;) {
      const id = fresh;
      const out = await r.run((s, nowMs) => s.initProducerId(req, nowMs, id));
      if (isCoordinatorError(out) || !('needProducerId' in out)) return out;
      if (fresh !== null) throw new Error('the shard asked twice for a producer id');
      try {
        fresh = await this.deps.producerIds.generateProducerId();
      } catch {
        return coordinatorError(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
      }
    }
  }

  async addPartitionsToTxn(
    req: TxnIdentity & { partitions: Array<{ topic: string; partition: number }> },
  ): Promise<{ errorCode: number } | CoordinatorError> {
    const r = this.route(req.transactionalId);
    return isCoordinatorError(r) ? r : r.run((s, nowMs) => s.addPartitions(req, nowMs));
  }

  async addOffsetsToTxn(
    req: TxnIdentity & { groupId: string },
  ): Promise<{ errorCode: number } | CoordinatorError> {
    const r = this.route(req.transactionalId);
    if (isCoordinatorError(r)) return r;
    const count =
      this.deps.metadata.image().topics.get(GROUP_METADATA_TOPIC)?.partitions.length ??
      this.offsetsPartitions;
    const partition = coordinatorPartitionFor(req.groupId, count);
    return r.run((s, nowMs) =>
      s.addPartitions({ ...req, partitions: [{ topic: GROUP_METADATA_TOPIC, partition }] }, nowMs),
    );
  }

  async endTxn(req: TxnIdentity & { commit: boolean }): Promise<{ errorCode: number } | CoordinatorError> {
    const r = this.route(req.transactionalId);
    return isCoordinatorError(r) ? r : r.run((s, nowMs) => s.endTxn(req, nowMs));
  }

  async describeTransactions(
    ids: readonly string[],
  ): Promise<Array<DescribedTxn | (CoordinatorError & { transactionalId: string })>> {
    return Promise.all(
      ids.map(async (transactionalId) => {
        const r = this.route(transactionalId);
        const out = isCoordinatorError(r) ? r : await r.read((s) => s.describe(transactionalId));
        return isCoordinatorError(out) ? { ...out, transactionalId } : out;
      }),
    );
  }

  async listTransactions(filters: ListTxnFilters): Promise<{ errorCode: number; transactions: ListedTxn[] }> {
    if (this.closed) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, transactions: [] };
    let errorCode: number = ErrorCode.NONE;
    const transactions: ListedTxn[] = [];
    for (const state of [...this.partitions.values()]) {
      if (state.kind === 'loading') {
        errorCode = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
        continue;
      }
      const listed = await state.runner.read((s, nowMs) => s.list(filters, nowMs));
      if (isCoordinatorError(listed)) errorCode = listed.coordinatorError;
      else transactions.push(...listed);
    }
    return { errorCode, transactions };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
