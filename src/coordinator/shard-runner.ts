// Runs a loaded coordinator shard (a pure state machine) against its internal partition. Operations
// are queued and run one at a time, each waiting for the append of the records it produced, so the
// log holds records in replay order and no answer leaves before its records are durable. A timer
// fires tick() at the shard's next deadline. A failed append (or a broken shard) fails the runner:
// every waiting caller gets NOT_COORDINATOR and the runtime rebuilds the shard from the log.
// CoordinatorRunner is that loop for any shard; ShardRunner serves the classic group coordinator,
// whose JoinGroup/SyncGroup answers arrive as completions, possibly from a later operation or a
// timer, and resolve the promises registered under their request ids.
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

/** What one operation of a shard returns: records to append before `response` may leave. */
export interface OperationResult<R> {
  records: readonly unknown[];
  response: R;
}

/** What a runner needs of a shard besides its operations. */
export interface TimedShard<Res> {
  /** The earliest time tick() has work to do, or null. */
  nextDeadlineMs(): number | null;
  tick(nowMs: number): Res;
}

export interface CoordinatorRunnerOptions<S> {
  partition: number;
  shard: S;
  log: PartitionLogView;
  /** Leader epoch of the partition, written into appended batches. */
  leaderEpoch: number;
  clock: Clock;
  logger: Logger;
}

/** The serial loop shared by the coordinators; subclasses say how records are appended and answered. */
export abstract class CoordinatorRunner<S extends TimedShard<Res>, Res extends OperationResult<unknown>> {
  readonly partition: number;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private timerDeadlineMs: number | null = null;
  /** null while serving; the error every later caller gets once failed or closed. */
  private stoppedWith: number | null = null;

  constructor(
    protected readonly o: CoordinatorRunnerOptions<S>,
    /** Log messages for a failed operation and a failed append. */
    private readonly failures: { operation: string; append: string },
  ) {
    this.partition = o.partition;
  }

  get serving(): boolean {
    return this.stoppedWith === null;
  }

  /** Runs `op` in turn; resolves with its response once its records are durable. */
  run<R>(op: (shard: S, nowMs: number) => Res & OperationResult<R>): Promise<R | CoordinatorError> {
    const turn = this.chain.then(() => this.step(op));
    this.chain = turn.catch(() => undefined);
    return turn;
  }

  /** Stops serving: waiting callers get `errorCode`, the queue drains, the timer stops. */
  async close(errorCode: number = ErrorCode.COORDINATOR_NOT_AVAILABLE): Promise<void> {
    this.stop(errorCode);
    await this.chain;
  }

  /**
   * Appends `result.records` (there is at least one). Resolves with an error for the caller when the
   * append was refused without failing the runner; throws to fail the runner.
   */
  protected abstract append(result: Res, nowMs: number): Promise<CoordinatorError | null>;

  /** Hands on what the operation produced besides its response, once its records are durable. */
  protected abstract delivered(result: Res): void;

  /** Tells the runtime this runner failed (called once). */
  protected abstract failed(): void;

  /** Answers callers parked in the runner when it stops. */
  protected stopped(_answer: CoordinatorError): void {}

  private async step<R>(
    op: (shard: S, nowMs: number) => Res & OperationResult<R>,
  ): Promise<R | CoordinatorError> {
    if (this.stoppedWith !== null) return coordinatorError(this.stoppedWith);
    const nowMs = this.o.clock.nowMs();
    let result: Res & OperationResult<R>;
    try {
      result = op(this.o.shard, nowMs);
    } catch (err) {
      return this.fail(err, this.failures.operation);
    }
    if (result.records.length > 0) {
      try {
        const refused = await this.append(result, nowMs);
        if (refused !== null) return refused;
      } catch (err) {
        return this.fail(err, this.failures.append);
      }
      if (this.stoppedWith !== null) return coordinatorError(this.stoppedWith);
    }
    this.delivered(result);
    this.rearm();
    return result.response;
  }

  private fail(err: unknown, what: string): CoordinatorError {
    this.o.logger.error({ err, partition: this.partition }, what);
    const first = this.stoppedWith === null;
    this.stop(ErrorCode.NOT_COORDINATOR);
    if (first) this.failed();
    return coordinatorError(ErrorCode.NOT_COORDINATOR);
  }

  private stop(errorCode: number): void {
    if (this.stoppedWith === null) this.stoppedWith = errorCode;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.timerDeadlineMs = null;
    this.stopped(coordinatorError(this.stoppedWith));
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

export interface ShardRunnerOptions extends CoordinatorRunnerOptions<GroupCoordinatorShard> {
  /** Called once when the runner fails; the runtime then reloads the partition. */
  onFailed(runner: ShardRunner): void;
}

type Waiter<R> = (response: R | CoordinatorError) => void;

/** Runs the classic group coordinator of one __consumer_offsets partition. */
export class ShardRunner extends CoordinatorRunner<GroupCoordinatorShard, ShardResult<unknown>> {
  private readonly joins = new Map<RequestId, Waiter<JoinGroupResponse>>();
  private readonly syncs = new Map<RequestId, Waiter<SyncGroupResponse>>();

  constructor(
    private readonly options: ShardRunnerOptions,
    private readonly nextRequestId: () => RequestId,
  ) {
    super(options, {
      operation: 'a coordinator operation failed',
      append: 'appending coordinator records failed',
    });
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

  protected async append(result: ShardResult<unknown>, nowMs: number): Promise<CoordinatorError | null> {
    const txn = result.transaction;
    const appended = await this.o.log.append(
      this.batch(result.records, nowMs, txn),
      txn ? { origin: 'coordinator' } : undefined,
    );
    if (txn && appended.errorCode !== 0) {
      // Refused (a fenced producer): nothing was written, so the pending offsets go too.
      this.o.shard.replayEndTxnMarker(txn.producerId, false);
      return coordinatorError(appended.errorCode);
    }
    return null;
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

  protected delivered(result: ShardResult<unknown>): void {
    this.deliver(result.completions);
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

  protected failed(): void {
    this.options.onFailed(this);
  }

  protected override stopped(answer: CoordinatorError): void {
    const joins = [...this.joins.values()];
    const syncs = [...this.syncs.values()];
    this.joins.clear();
    this.syncs.clear();
    for (const w of joins) w(answer);
    for (const w of syncs) w(answer);
  }
}
