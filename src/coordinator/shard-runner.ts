// Runs one loaded GroupCoordinatorShard against its __consumer_offsets partition. Operations are
// queued and run one at a time, each waiting for the append of the records it produced, so the log
// holds records in replay order and no response or completion leaves before its records are
// durable. JoinGroup/SyncGroup answers arrive as completions, possibly from a later operation or a
// timer; they resolve the promises registered under their request ids. A timer fires tick() at the
// shard's next deadline. A failed append (or a broken shard) fails the runner: every waiting caller
// gets NOT_COORDINATOR and the runtime rebuilds the shard from the log.
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { encodeRecordBatch, type RecordInput } from '../../wire/record-batch/index.js';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import type { PartitionLogView } from '../replication/log-view.js';
import type { GroupCoordinatorShard } from './group-coordinator.js';
import { type CoordinatorRecord, encodeCoordinatorRecord } from './records.js';
import type {
  Completion,
  JoinGroupRequest,
  JoinGroupResponse,
  RequestId,
  ShardResult,
  SyncGroupRequest,
  SyncGroupResponse,
} from './types.js';

/** The coordinator cannot serve the request; handlers turn this into the API's error shape. */
export interface CoordinatorError {
  readonly coordinatorError: number;
}

export function coordinatorError(code: number): CoordinatorError {
  return { coordinatorError: code };
}

export function isCoordinatorError(x: unknown): x is CoordinatorError {
  return typeof x === 'object' && x !== null && 'coordinatorError' in x;
}

/** setTimeout's largest delay; longer deadlines are re-armed when the timer fires. */
const TIMER_DELAY_MAX_MS = 2_147_483_647;

export interface ShardRunnerOptions {
  partition: number;
  shard: GroupCoordinatorShard;
  log: PartitionLogView;
  leaderEpoch: number;
  clock: Clock;
  logger: Logger;
  /** Called once when the runner fails; the runtime then reloads the partition. */
  onFailed(runner: ShardRunner): void;
}

type Waiter<R> = (response: R | CoordinatorError) => void;

export class ShardRunner {
  readonly partition: number;
  private readonly o: ShardRunnerOptions;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly joins = new Map<RequestId, Waiter<JoinGroupResponse>>();
  private readonly syncs = new Map<RequestId, Waiter<SyncGroupResponse>>();
  private timer: NodeJS.Timeout | null = null;
  private timerDeadlineMs: number | null = null;
  /** null while serving; the error every later caller gets once failed or closed. */
  private stoppedWith: number | null = null;

  constructor(
    options: ShardRunnerOptions,
    private readonly nextRequestId: () => RequestId,
  ) {
    this.o = options;
    this.partition = options.partition;
  }

  get serving(): boolean {
    return this.stoppedWith === null;
  }

  /** Runs `op` in turn; resolves with its response once its records are durable. */
  run<R>(op: (shard: GroupCoordinatorShard, nowMs: number) => ShardResult<R>): Promise<R | CoordinatorError> {
    const turn = this.chain.then(() => this.step(op));
    this.chain = turn.catch(() => undefined);
    return turn;
  }

  /** A read-only operation, queued behind earlier writes so it sees only durable state. */
  read<R>(op: (shard: GroupCoordinatorShard) => R): Promise<R | CoordinatorError> {
    return this.run((shard) => ({ records: [], completions: [], response: op(shard) }));
  }

  joinGroup(req: Omit<JoinGroupRequest, 'requestId'>): Promise<JoinGroupResponse | CoordinatorError> {
    const requestId = this.nextRequestId();
    return this.parked(this.joins, requestId, (shard, nowMs) =>
      shard.joinGroup({ ...req, requestId }, nowMs),
    );
  }

  syncGroup(req: Omit<SyncGroupRequest, 'requestId'>): Promise<SyncGroupResponse | CoordinatorError> {
    const requestId = this.nextRequestId();
    return this.parked(this.syncs, requestId, (shard, nowMs) =>
      shard.syncGroup({ ...req, requestId }, nowMs),
    );
  }

  /** Stops serving: waiting callers get `errorCode`, the queue drains, the timer stops. */
  async close(errorCode: number = ErrorCode.COORDINATOR_NOT_AVAILABLE): Promise<void> {
    this.stop(errorCode);
    await this.chain;
  }

  private parked<R>(
    waiters: Map<RequestId, Waiter<R>>,
    requestId: RequestId,
    op: (shard: GroupCoordinatorShard, nowMs: number) => ShardResult<undefined>,
  ): Promise<R | CoordinatorError> {
    return new Promise((resolve) => {
      waiters.set(requestId, resolve);
      void this.run(op).then((outcome) => {
        // The operation itself failed before parking or answering: answer now.
        if (isCoordinatorError(outcome) && waiters.delete(requestId)) resolve(outcome);
      });
    });
  }

  private async step<R>(
    op: (shard: GroupCoordinatorShard, nowMs: number) => ShardResult<R>,
  ): Promise<R | CoordinatorError> {
    if (this.stoppedWith !== null) return coordinatorError(this.stoppedWith);
    const nowMs = this.o.clock.nowMs();
    let result: ShardResult<R>;
    try {
      result = op(this.o.shard, nowMs);
    } catch (err) {
      return this.fail(err, 'a coordinator operation failed');
    }
    if (result.records.length > 0) {
      const txn = result.transaction;
      try {
        const appended = await this.o.log.append(
          this.batch(result.records, nowMs, txn),
          txn ? { origin: 'coordinator' } : undefined,
        );
        if (txn && appended.errorCode !== 0) {
          // Refused (a fenced producer): nothing was written, so the pending offsets go too.
          this.o.shard.replayEndTxnMarker(txn.producerId, false);
          return coordinatorError(appended.errorCode);
        }
      } catch (err) {
        return this.fail(err, 'appending coordinator records failed');
      }
      if (this.stoppedWith !== null) return coordinatorError(this.stoppedWith);
    }
    this.deliver(result.completions);
    this.rearm();
    return result.response;
  }

  private batch(
    records: readonly CoordinatorRecord[],
    nowMs: number,
    txn?: { producerId: bigint; producerEpoch: number },
  ): Buffer {
    const inputs: RecordInput[] = records.map((record) => {
      const { key, value } = encodeCoordinatorRecord(record);
      return { key, value, timestamp: nowMs };
    });
    return encodeRecordBatch({
      records: inputs,
      partitionLeaderEpoch: this.o.leaderEpoch,
      ...(txn
        ? {
            producerId: txn.producerId,
            producerEpoch: txn.producerEpoch,
            baseSequence: 0,
            isTransactional: true,
          }
        : {}),
    });
  }

  private deliver(completions: readonly Completion[]): void {
    for (const c of completions) {
      if (c.kind === 'join') {
        const waiter = this.joins.get(c.requestId);
        this.joins.delete(c.requestId);
        waiter?.(c.response);
      } else {
        const waiter = this.syncs.get(c.requestId);
        this.syncs.delete(c.requestId);
        waiter?.(c.response);
      }
    }
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
    const answer = coordinatorError(this.stoppedWith);
    const joins = [...this.joins.values()];
    const syncs = [...this.syncs.values()];
    this.joins.clear();
    this.syncs.clear();
    for (const w of joins) w(answer);
    for (const w of syncs) w(answer);
  }

  /** Points the timer at the shard's next deadline. */
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
