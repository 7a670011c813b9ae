// Runs one loaded TxnCoordinatorShard against its __transaction_state partition, and rebuilds one
// from the log. Operations run one at a time; each waits for the append of its records before its
// answer leaves, then hands its marker jobs to the runtime. A timer fires tick() at the shard's next
// deadline (transaction timeouts). A failed append fails the runner: later callers get
// NOT_COORDINATOR and the runtime reloads the partition from the log.
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { decodeRecordBatch, encodeRecordBatch, splitBatches } from '../../wire/record-batch/index.js';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import type { PartitionLogView } from '../replication/log-view.js';
import { type CoordinatorError, coordinatorError } from './shard-runner.js';
import type { TxnCoordinatorShard, TxnMarkerJob, TxnResult } from './txn-coordinator.js';
import { decodeTxnLogRecord, encodeTxnLogRecord } from './txn-records.js';

const TIMER_DELAY_MAX_MS = 2_147_483_647;
const LOAD_READ_BYTES = 1 << 20;

export interface TxnShardRunnerOptions {
  partition: number;
  shard: TxnCoordinatorShard;
  log: PartitionLogView;
  /** Leader epoch of the partition: the coordinator epoch written in markers. */
  leaderEpoch: number;
  clock: Clock;
  logger: Logger;
  onFailed(runner: TxnShardRunner): void;
  /** Marker jobs produced by an operation whose records are durable. */
  onMarkers(runner: TxnShardRunner, jobs: TxnMarkerJob[]): void;
}

export class TxnShardRunner {
  readonly partition: number;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private timerDeadlineMs: number | null = null;
  private stoppedWith: number | null = null;

  constructor(private readonly o: TxnShardRunnerOptions) {
    this.partition = o.partition;
  }

  get serving(): boolean {
    return this.stoppedWith === null;
  }

  get coordinatorEpoch(): number {
    return this.o.leaderEpoch;
  }

  run<R>(op: (shard: TxnCoordinatorShard, nowMs: number) => TxnResult<R>): Promise<R | CoordinatorError> {
    const turn = this.chain.then(() => this.step(op));
    this.chain = turn.catch(() => undefined);
    return turn;
  }

  read<R>(op: (shard: TxnCoordinatorShard, nowMs: number) => R): Promise<R | CoordinatorError> {
    return this.run((shard, nowMs) => ({ records: [], markers: [], response: op(shard, nowMs) }));
  }

  async close(errorCode: number = ErrorCode.COORDINATOR_NOT_AVAILABLE): Promise<void> {
    this.stop(errorCode);
    await this.chain;
  }

  private async step<R>(
    op: (shard: TxnCoordinatorShard, nowMs: number) => TxnResult<R>,
  ): Promise<R | CoordinatorError> {
    if (this.stoppedWith !== null) return coordinatorError(this.stoppedWith);
    const nowMs = this.o.clock.nowMs();
    let result: TxnResult<R>;
    try {
      result = op(this.o.shard, nowMs);
    } catch (err) {
      return this.fail(err, 'a transaction coordinator operation failed');
    }
    if (result.records.length > 0) {
      const batch = encodeRecordBatch({
        records: result.records.map((r) => ({ ...encodeTxnLogRecord(r), timestamp: nowMs })),
        partitionLeaderEpoch: this.o.leaderEpoch,
      });
      try {
        const appended = await this.o.log.append(batch);
        if (appended.errorCode !== 0) throw new Error(`append refused with error ${appended.errorCode}`);
      } catch (err) {
        return this.fail(err, 'appending transaction records failed');
      }
      if (this.stoppedWith !== null) return coordinatorError(this.stoppedWith);
    }
    if (result.markers.length > 0) this.o.onMarkers(this, result.markers);
    this.rearm();
    return result.response;
  }

  private fail(err: unknown, what: string): CoordinatorError {
    this.o.logger.error({ err, partition: this.partition }, what);
    const first = this.stoppedWith === null;
    this.stop(ErrorCode.NOT_COORDINATOR);
    if (first) this.o.onFailed(this);
    return coordinatorError(ErrorCode.NOT_COORDINATOR);
  }

  private stop(errorCode: number): void {
    if (this.stoppedWith === null) this.stoppedWith = errorCode;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.timerDeadlineMs = null;
  }

  private rearm(): void {
    if (this.stoppedWith !== null) return;
    const deadlineMs = this.o.shard.nextDeadlineMs();
    if (deadlineMs === this.timerDeadlineMs && this.timer !== null) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.timerDeadlineMs = deadlineMs;
    if (deadlineMs === null) return;
    const delayMs = Math.min(Math.max(0, deadlineMs - this.o.clock.nowMs()), TIMER_DELAY_MAX_MS);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerDeadlineMs = null;
      void this.run((shard, nowMs) => shard.tick(nowMs));
    }, delayMs);
    this.timer.unref();
  }
}

/** Replays a __transaction_state partition (log start to high watermark) into `shard`. */
export async function loadTxnPartition(
  log: PartitionLogView,
  shard: TxnCoordinatorShard,
  label: string,
): Promise<{ records: number; endOffset: bigint }> {
  const endOffset = log.highWatermark;
  let offset = log.logStartOffset;
  let records = 0;
  while (offset < endOffset) {
    const read = await log.read(offset, LOAD_READ_BYTES, { minOneBatch: true, maxOffset: endOffset });
    if (read.errorCode !== 0) {
      if (read.logStartOffset > offset) {
        offset = read.logStartOffset;
        continue;
      }
      throw new Error(`${label}: offset ${offset} is out of range while loading`);
    }
    let next = offset;
    for (const chunk of read.data.records) {
      const split = splitBatches(chunk);
      if (split.error !== null) throw new Error(`${label}: ${split.error.message} while loading`);
      for (const span of split.batches) {
        const decoded = decodeRecordBatch(chunk, span.offset);
        if (!decoded.ok) throw new Error(`${label}: ${decoded.error.message} while loading`);
        const batch = decoded.batch;
        next = batch.baseOffset + BigInt(batch.lastOffsetDelta) + 1n;
        if (batch.isControl) continue;
        for (const r of batch.records) {
          if (batch.baseOffset + BigInt(r.offsetDelta) < offset || r.key === null) continue;
          shard.replay(decodeTxnLogRecord(r.key, r.value));
          records++;
        }
      }
    }
    if (next <= offset) throw new Error(`${label}: no progress reading at offset ${offset} while loading`);
    offset = next;
  }
  return { records, endOffset };
}
