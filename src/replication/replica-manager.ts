// The leader side of the data path, after Kafka's ReplicaManager: it checks that this node leads the
// partition and that the request's epoch is current, validates produced batches against the topic's
// config, appends them, and reads, lists and deletes by offset. Errors are data (Kafka error codes);
// nothing here knows request or response types, so handlers only translate. Idempotent-producer
// checks (sequence, epoch, duplicates) happen inside the log's append; their refusals come back as
// error codes and a retried duplicate as success with its original offsets. Transactions: the
// transaction coordinator writes COMMIT/ABORT markers through writeTxnMarker; read_committed reads
// stop at the LSO and carry the aborted transactions; listeners hear of __consumer_offsets markers.
import { ErrorCode } from '../../wire/generated/error-codes.js';
import {
  type BatchSpan,
  decodeRecordBatch,
  RecordBatchHeader,
  setPartitionLeaderEpoch,
  splitBatches,
  validateProduceBatches,
} from '../../wire/record-batch/index.js';
import type { Clock } from '../common/clock.js';
import { type LogConfig, logConfigFrom } from '../log/log-config.js';
import type { BufferAlloc } from '../log/segment.js';
import type { MetadataImage, PartitionInfo, TopicInfo } from '../metadata/image.js';
import type { LogService, PartitionLogView } from './log-view.js';
import { type SchemaIdLookup, schemaRecordErrors } from './schema-validation.js';

export interface ReplicaManagerDeps {
  nodeId: number;
  clock: Clock;
  image(): MetadataImage;
  logs: LogService;
  /** Broker properties as configured (log.* defaults for topics). */
  brokerProps: ReadonlyMap<string, string>;
  /** Resolves once logs for committed metadata changes exist (the reconciler catching up). */
  logsSettled?: () => Promise<void>;
  /** The schema registry, for topics with confluent.{key,value}.schema.validation (none: such records fail). */
  schemas?: SchemaIdLookup;
}

export interface ProduceResult {
  errorCode: number;
  errorMessage: string | null;
  baseOffset: bigint;
  logAppendTimeMs: bigint;
  logStartOffset: bigint;
  recordCount: number;
  bytes: number;
  /** Records rejected one by one (INVALID_RECORD), by index within the batch. */
  recordErrors: { batchIndex: number; batchIndexErrorMessage: string | null }[];
}

/** A transaction marker for one partition (what a WriteTxnMarkers entry asks of a leader). */
export interface TxnMarkerRequest {
  topic: string;
  partition: number;
  producerId: bigint;
  producerEpoch: number;
  coordinatorEpoch: number;
  commit: boolean;
}

/** Told of each marker written to a `__consumer_offsets` partition, with the marker's offset. */
export type TxnMarkerListener = (
  topic: string,
  partition: number,
  producerId: bigint,
  commit: boolean,
  offset: bigint,
) => void;

const CONSUMER_OFFSETS_TOPIC = '__consumer_offsets';

export type LeaderLookup =
  | { errorCode: 0; topic: TopicInfo; partition: PartitionInfo; log: PartitionLogView }
  | { errorCode: number };

export class ReplicaManager {
  private readonly configs = new WeakMap<TopicInfo, LogConfig>();
  private readonly txnMarkerListeners = new Set<TxnMarkerListener>();

  constructor(private readonly deps: ReplicaManagerDeps) {}

  /**
   * Registers a listener for markers written to `__consumer_offsets` partitions (the group
   * coordinator materializes transactional offset commits with it). Returns the unsubscribe.
   */
  onTxnMarker(listener: TxnMarkerListener): () => void {
    this.txnMarkerListeners.add(listener);
    return () => {
      this.txnMarkerListeners.delete(listener);
    };
  }

  /**
   * Appends a transaction marker to a partition this node leads and resolves once it is written:
   * 0, or UNKNOWN_TOPIC_OR_PARTITION / NOT_LEADER_OR_FOLLOWER, INVALID_PRODUCER_EPOCH (an older
   * producer epoch), TRANSACTION_COORDINATOR_FENCED (an older coordinator epoch), KAFKA_STORAGE_ERROR.
   * A marker for a producer with no open transaction is written all the same, as Kafka does.
   */
  async writeTxnMarker(m: TxnMarkerRequest): Promise<number> {
    const leader = await this.leader(m.topic, m.partition);
    if (leader.errorCode !== 0 || !('log' in leader)) return leader.errorCode;
    let info: { firstOffset: bigint; errorCode: number };
    try {
      info = await leader.log.appendMarker({
        producerId: m.producerId,
        producerEpoch: m.producerEpoch,
        coordinatorEpoch: m.coordinatorEpoch,
        commit: m.commit,
        partitionLeaderEpoch: leader.partition.leaderEpoch,
      });
    } catch {
      return ErrorCode.KAFKA_STORAGE_ERROR;
    }
    if (info.errorCode !== 0) return info.errorCode;
    if (m.topic === CONSUMER_OFFSETS_TOPIC) {
      for (const listener of this.txnMarkerListeners) {
        listener(m.topic, m.partition, m.producerId, m.commit, info.firstOffset);
      }
    }
    return 0;
  }

  /** DescribeProducers for one partition: its producer states, or the error Kafka gives. */
  activeProducers(topicName: string, partitionIndex: number) {
    const leader = this.leaderFor(topicName, partitionIndex);
    if (leader.errorCode !== 0 || !('log' in leader)) {
      return { errorCode: leader.errorCode, producers: [] };
    }
    return { errorCode: 0, producers: leader.log.activeProducers() };
  }

  /** The topic's effective log config (cached per topic version of the image). */
  configFor(topic: TopicInfo): LogConfig {
    let config = this.configs.get(topic);
    if (config === undefined) {
      config = logConfigFrom(topic.configs, this.deps.brokerProps);
      this.configs.set(topic, config);
    }
    return config;
  }

  /** Finds the partition and checks this node leads it at the given epoch (-1: any epoch). */
  leaderFor(topicName: string, partitionIndex: number, currentLeaderEpoch = -1): LeaderLookup {
    const topic = this.deps.image().topics.get(topicName);
    const partition = topic?.partitions[partitionIndex];
    if (!topic || !partition) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
    if (currentLeaderEpoch >= 0) {
      if (currentLeaderEpoch > partition.leaderEpoch) return { errorCode: ErrorCode.UNKNOWN_LEADER_EPOCH };
      if (currentLeaderEpoch < partition.leaderEpoch) return { errorCode: ErrorCode.FENCED_LEADER_EPOCH };
    }
    if (partition.leader !== this.deps.nodeId) return { errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER };
    const log = this.deps.logs.get(topicName, partitionIndex);
    if (!log) return { errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER };
    return { errorCode: 0, topic, partition, log };
  }

  /**
   * leaderFor, but a partition this node leads whose log is still being created (a topic committed
   * a moment ago) is waited for instead of answered with NOT_LEADER_OR_FOLLOWER.
   */
  private async leader(
    topicName: string,
    partitionIndex: number,
    currentLeaderEpoch = -1,
  ): Promise<LeaderLookup> {
    const first = this.leaderFor(topicName, partitionIndex, currentLeaderEpoch);
    if (first.errorCode !== ErrorCode.NOT_LEADER_OR_FOLLOWER || !this.deps.logsSettled) return first;
    const partition = this.deps.image().topics.get(topicName)?.partitions[partitionIndex];
    if (partition?.leader !== this.deps.nodeId) return first;
    await this.deps.logsSettled();
    return this.leaderFor(topicName, partitionIndex, currentLeaderEpoch);
  }

  /**
   * Validates and appends the record batches of one partition of a Produce request (v3+ format;
   * legacy message sets are up-converted by the caller first).
   */
  async produce(topicName: string, partitionIndex: number, records: Buffer | null, apiVersion: number) {
    const failed = (
      errorCode: number,
      errorMessage: string | null = null,
      recordErrors: ProduceResult['recordErrors'] = [],
    ): ProduceResult => ({
      recordErrors,
      errorCode,
      errorMessage,
      baseOffset: -1n,
      logAppendTimeMs: -1n,
      logStartOffset: -1n,
      recordCount: 0,
      bytes: 0,
    });
    const leader = await this.leader(topicName, partitionIndex);
    if (leader.errorCode !== 0 || !('log' in leader)) return failed(leader.errorCode);
    if (records === null || records.length === 0) {
      return failed(ErrorCode.INVALID_RECORD, 'Produce request has no records');
    }
    const config = this.configFor(leader.topic);
    // gossip-migrate is copying this topic: only the import API writes (import-service.ts).
    if (config.importMode) {
      return failed(ErrorCode.POLICY_VIOLATION, `topic ${topicName} is in import mode`);
    }
    const checked = this.validate(records, apiVersion, config);
    if ('code' in checked) return failed(checked.code, checked.message);
    if (config.cleanupCompact) {
      const keyErrors = recordsWithoutKey(records, checked.spans, `${topicName}-${partitionIndex}`);
      // Record-level rejections report the log start offset, as Kafka's do.
      if (keyErrors !== null) {
        return {
          ...failed(ErrorCode.INVALID_RECORD, keyErrors.message, keyErrors.recordErrors),
          logStartOffset: leader.log.logStartOffset,
        };
      }
    }
    const schemaErrors = schemaRecordErrors(records, checked.spans, topicName, config, this.deps.schemas);
    if (schemaErrors.length > 0) {
      return {
        ...failed(ErrorCode.INVALID_RECORD, recordErrorsMessage(schemaErrors), schemaErrors),
        logStartOffset: leader.log.logStartOffset,
      };
    }
    // Like Kafka, the leader stamps its epoch into each batch (outside the CRC).
    const valid = records.subarray(0, checked.validBytes);
    for (const span of checked.spans)
      setPartitionLeaderEpoch(valid, span.offset, leader.partition.leaderEpoch);
    const now = this.deps.clock.nowMs();
    const logAppendTime = config.messageTimestampType === 'LogAppendTime';
    try {
      const info = await leader.log.append(valid, logAppendTime ? { logAppendTimeMs: now } : {});
      if (info.errorCode !== 0) return failed(info.errorCode);
      return {
        errorCode: 0,
        errorMessage: null,
        baseOffset: info.firstOffset,
        logAppendTimeMs: info.logAppendTimeMs,
        logStartOffset: info.logStartOffset,
        recordCount: info.recordCount,
        bytes: info.duplicate ? 0 : valid.length,
        recordErrors: [],
      };
    } catch (err) {
      return failed(ErrorCode.KAFKA_STORAGE_ERROR, err instanceof Error ? err.message : String(err));
    }
  }

  /** Kafka's produce checks (one v2 batch, sizes, CRC, codec, counts), then the timestamp bounds. */
  private validate(
    records: Buffer,
    apiVersion: number,
    config: LogConfig,
  ): { code: number; message: string | null } | { spans: BatchSpan[]; validBytes: number } {
    const checked = validateProduceBatches(records, { apiVersion, maxMessageBytes: config.maxMessageBytes });
    if (checked.errorCode !== 0) {
      // Kafka only explains record validation failures (INVALID_RECORD) in error_message.
      const explained = checked.errorCode === ErrorCode.INVALID_RECORD;
      return { code: checked.errorCode, message: explained ? (checked.errorMessage ?? null) : null };
    }
    const valid = records.subarray(0, checked.validBytes);
    const spans = splitBatches(valid).batches;
    if (config.messageTimestampType === 'CreateTime') {
      const now = this.deps.clock.nowMs();
      for (const span of spans) {
        const ts = new RecordBatchHeader(valid, span.offset).maxTimestampNumber;
        if (
          ts >= 0 &&
          (now - ts > config.messageTimestampBeforeMaxMs || ts - now > config.messageTimestampAfterMaxMs)
        ) {
          return {
            code: ErrorCode.INVALID_TIMESTAMP,
            message: `Timestamp ${ts} of a record batch is out of the acceptable range`,
          };
        }
      }
    }
    return { spans, validBytes: checked.validBytes };
  }

  /** Reads one partition for a consumer fetch. */
  async read(
    topicName: string,
    partitionIndex: number,
    fetchOffset: bigint,
    maxBytes: number,
    minOneBatch: boolean,
    currentLeaderEpoch: number,
    readCommitted = false,
    alloc?: BufferAlloc,
  ) {
    const leader = await this.leader(topicName, partitionIndex, currentLeaderEpoch);
    if (leader.errorCode !== 0 || !('log' in leader)) {
      return {
        errorCode: leader.errorCode,
        highWatermark: -1n,
        lastStableOffset: -1n,
        logStartOffset: -1n,
        records: null,
        bytes: 0,
        abortedTransactions: null,
      };
    }
    const result = await leader.log.read(fetchOffset, maxBytes, {
      minOneBatch,
      readCommitted,
      ...(alloc ? { alloc } : {}),
    });
    if (result.errorCode !== 0) {
      return {
        errorCode: ErrorCode.OFFSET_OUT_OF_RANGE,
        highWatermark: result.highWatermark,
        lastStableOffset: -1n,
        logStartOffset: result.logStartOffset,
        records: null,
        bytes: 0,
        abortedTransactions: null,
      };
    }
    const { data } = result;
    const records =
      data.records.length === 0
        ? null
        : data.records.length === 1
          ? data.records[0]!
          : Buffer.concat(data.records);
    return {
      errorCode: 0,
      highWatermark: data.highWatermark,
      lastStableOffset: data.lastStableOffset,
      logStartOffset: data.logStartOffset,
      records,
      bytes: data.bytes,
      abortedTransactions: data.abortedTransactions,
      log: leader.log,
    };
  }

  /**
   * ListOffsets for one partition: -1 latest (HW, or LSO for read_committed), -2 earliest (log
   * start offset), -3 the record with the largest timestamp, otherwise the first record whose
   * timestamp is at least `timestamp`. Not found: offset -1 and timestamp -1.
   */
  async listOffset(
    topicName: string,
    partitionIndex: number,
    timestamp: bigint,
    currentLeaderEpoch: number,
    isolationLevel = READ_UNCOMMITTED,
  ) {
    const r = await this.lookupOffset(
      topicName,
      partitionIndex,
      timestamp,
      currentLeaderEpoch,
      isolationLevel,
    );
    // Like Kafka, a timestamp lookup under read_committed finds nothing at or past the LSO.
    if (
      isolationLevel === READ_COMMITTED &&
      timestamp !== LATEST_TIMESTAMP &&
      timestamp !== EARLIEST_TIMESTAMP &&
      r.errorCode === 0 &&
      r.offset >= 0n
    ) {
      const log = this.deps.logs.get(topicName, partitionIndex);
      if (log && r.offset >= log.lastStableOffset) {
        return { errorCode: 0, timestamp: -1n, offset: -1n, leaderEpoch: -1 };
      }
    }
    return r;
  }

  private async lookupOffset(
    topicName: string,
    partitionIndex: number,
    timestamp: bigint,
    currentLeaderEpoch: number,
    isolationLevel: number,
  ) {
    const leader = await this.leader(topicName, partitionIndex, currentLeaderEpoch);
    if (leader.errorCode !== 0 || !('log' in leader)) {
      return { errorCode: leader.errorCode, timestamp: -1n, offset: -1n, leaderEpoch: -1 };
    }
    const { log, partition } = leader;
    const found = (offset: bigint, ts = -1n) => ({
      errorCode: 0,
      timestamp: ts,
      offset,
      leaderEpoch: partition.leaderEpoch,
    });
    if (timestamp === LATEST_TIMESTAMP) {
      return found(isolationLevel === READ_COMMITTED ? log.lastStableOffset : log.highWatermark);
    }
    if (timestamp === EARLIEST_TIMESTAMP) return found(log.logStartOffset);
    if (timestamp === MAX_TIMESTAMP) {
      const max = log.maxTimestamp();
      if (max.offset < 0n) return { errorCode: 0, timestamp: -1n, offset: -1n, leaderEpoch: -1 };
      const exact = await this.recordAtOrAfter(log, max.offset, max.timestamp, true);
      return found(exact?.offset ?? max.offset, max.timestamp);
    }
    if (timestamp < 0n) {
      return { errorCode: ErrorCode.INVALID_REQUEST, timestamp: -1n, offset: -1n, leaderEpoch: -1 };
    }
    const batch = await log.offsetForTimestamp(timestamp);
    if (batch === null) return { errorCode: 0, timestamp: -1n, offset: -1n, leaderEpoch: -1 };
    const exact = await this.recordAtOrAfter(log, batch.batchBaseOffset, timestamp, false);
    return exact
      ? found(exact.offset, exact.timestamp)
      : found(batch.batchBaseOffset, batch.batchMaxTimestamp);
  }

  /** Decodes the batch at `batchOffset` to find the first record with timestamp >= ts (or == ts when exact). */
  private async recordAtOrAfter(log: PartitionLogView, batchOffset: bigint, ts: bigint, exact: boolean) {
    const read = await log.read(batchOffset, 1, { minOneBatch: true });
    if (read.errorCode !== 0) return null;
    for (const chunk of read.data.records) {
      const split = splitBatches(chunk);
      for (const span of split.batches) {
        if (span.magic !== 2) continue;
        const decoded = decodeRecordBatch(chunk, span.offset);
        if (!decoded.ok) return null;
        const b = decoded.batch;
        for (const rec of b.records) {
          const offset = b.baseOffset + BigInt(rec.offsetDelta);
          if (offset < batchOffset) continue;
          if (exact ? rec.timestamp === ts : rec.timestamp >= ts) return { offset, timestamp: rec.timestamp };
        }
      }
    }
    return null;
  }

  /** DeleteRecords for one partition: -1 means up to the high watermark. Returns the new low watermark. */
  async deleteRecords(topicName: string, partitionIndex: number, offset: bigint) {
    const leader = await this.leader(topicName, partitionIndex);
    if (leader.errorCode !== 0 || !('log' in leader))
      return { errorCode: leader.errorCode, lowWatermark: -1n };
    const { log } = leader;
    const target = offset === -1n ? log.highWatermark : offset;
    if (target < 0n || target > log.highWatermark) {
      return { errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, lowWatermark: -1n };
    }
    try {
      return { errorCode: 0, lowWatermark: await log.deleteRecordsBefore(target) };
    } catch {
      return { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, lowWatermark: -1n };
    }
  }
}

/**
 * The producer-state part of an append result (PartitionLog's AppendInfo carries errorCode and
 * duplicate beyond what PartitionLogView declares). Like Kafka, a refusal has no error message.
 */
const LATEST_TIMESTAMP = -1n;
const READ_UNCOMMITTED = 0;
const READ_COMMITTED = 1;
const EARLIEST_TIMESTAMP = -2n;
const MAX_TIMESTAMP = -3n;

/**
 * A compacted topic keeps the latest record per key, so like Kafka it refuses records without a key;
 * this is the one produce check that decodes records, and only for compacted topics.
 */
function recordsWithoutKey(
  records: Buffer,
  spans: readonly BatchSpan[],
  topicPartition: string,
): { message: string; recordErrors: ProduceResult['recordErrors'] } | null {
  const recordErrors: ProduceResult['recordErrors'] = [];
  for (const span of spans) {
    const decoded = decodeRecordBatch(records, span.offset);
    if (!decoded.ok) continue;
    decoded.batch.records.forEach((r, batchIndex) => {
      if (r.key === null) {
        recordErrors.push({
          batchIndex,
          batchIndexErrorMessage: `Compacted topic cannot accept message without key in topic partition ${topicPartition}`,
        });
      }
    });
  }
  if (recordErrors.length === 0) return null;
  return { message: recordErrorsMessage(recordErrors), recordErrors };
}

/** Kafka's summary of record-level rejections: the count and the first three. */
function recordErrorsMessage(recordErrors: ProduceResult['recordErrors']): string {
  const shown = recordErrors
    .slice(0, 3)
    .map((e) => `RecordError(batchIndex=${e.batchIndex}, message='${e.batchIndexErrorMessage}')`)
    .join(', ');
  return `One or more records have been rejected due to ${recordErrors.length} record errors in total, and only showing the first three errors at most: [${shown}]`;
}
