// Runs one loaded TxnCoordinatorShard against its __transaction_state partition, and rebuilds one
// from the log. The serial loop (each operation's records appended before its answer leaves, a
// timer for the shard's next deadline, failure handing the partition back for a reload) is
// CoordinatorRunner's; here records are appended as a plain batch, a refused append fails the
// runner, and an operation's marker jobs go to the runtime once its records are durable.
import { encodeRecordBatch } from '../../wire/record-batch/index.js';
import type { PartitionLogView } from '../replication/log-view.js';
import { forEachStoredBatch } from './shard-loader.js';
import { type CoordinatorError, CoordinatorRunner, type CoordinatorRunnerOptions } from './shard-runner.js';
import type { TxnCoordinatorShard, TxnMarkerJob, TxnResult } from './txn-coordinator.js';
import { decodeTxnLogRecord, encodeTxnLogRecord } from './txn-records.js';

export interface TxnShardRunnerOptions extends CoordinatorRunnerOptions<TxnCoordinatorShard> {
  onFailed(runner: TxnShardRunner): void;
  /** Marker jobs produced by an operation whose records are durable. */
  onMarkers(runner: TxnShardRunner, jobs: TxnMarkerJob[]): void;
}

export class TxnShardRunner extends CoordinatorRunner<TxnCoordinatorShard, TxnResult<unknown>> {
  constructor(private readonly options: TxnShardRunnerOptions) {
    super(options, {
      operation: 'a transaction coordinator operation failed',
      append: 'appending transaction records failed',
    });
  }

  /** Leader epoch of the partition: the coordinator epoch written in markers. */
  get coordinatorEpoch(): number {
    return this.o.leaderEpoch;
  }

  read<R>(op: (shard: TxnCoordinatorShard, nowMs: number) => R): Promise<R | CoordinatorError> {
    return this.run((shard, nowMs) => ({ records: [], markers: [], response: op(shard, nowMs) }));
  }

  protected async append(result: TxnResult<unknown>, nowMs: number): Promise<null> {
    const batch = encodeRecordBatch({
      records: result.records.map((r) => ({ ...encodeTxnLogRecord(r), timestamp: nowMs })),
      partitionLeaderEpoch: this.o.leaderEpoch,
    });
    const appended = await this.o.log.append(batch);
    if (appended.errorCode !== 0) throw new Error(`append refused with error ${appended.errorCode}`);
    return null;
  }

  protected delivered(result: TxnResult<unknown>): void {
    if (result.markers.length > 0) this.options.onMarkers(this, result.markers);
  }

  protected failed(): void {
    this.options.onFailed(this);
  }
}

/** Replays a __transaction_state partition (log start to high watermark) into `shard`. */
export async function loadTxnPartition(
  log: PartitionLogView,
  shard: TxnCoordinatorShard,
  label: string,
): Promise<{ records: number; endOffset: bigint }> {
  let records = 0;
  const endOffset = await forEachStoredBatch(log, label, (batch, readOffset) => {
    if (batch.isControl) return;
    for (const r of batch.records) {
      if (batch.baseOffset + BigInt(r.offsetDelta) < readOffset || r.key === null) continue;
      shard.replay(decodeTxnLogRecord(r.key, r.value));
      records++;
    }
  });
  return { records, endOffset };
}
