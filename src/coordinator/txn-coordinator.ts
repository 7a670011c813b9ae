// The transaction coordinator of one __transaction_state partition, as a pure state machine after
// Kafka 3.9's TransactionCoordinator/TransactionMetadata. Each operation takes a request and the time
// and returns records (already applied through replay(), the only place state changes) plus marker
// jobs: EndTxn writes PrepareCommit/PrepareAbort, the runtime writes markers to every partition and
// then calls completeTransaction(), which writes CompleteCommit/CompleteAbort. InitProducerId on an
// Ongoing transaction and an expired transaction (tick) both fence: epoch + 1, then abort.
import { ErrorCode } from '../../wire/generated/error-codes.js';
import type { TxnLogRecord, TxnLogValue, TxnState } from './txn-records.js';
import { TXN_STATES } from './txn-records.js';

export { TXN_STATES, type TxnState } from './txn-records.js';

const NO_PRODUCER_ID = -1n;
const NO_PRODUCER_EPOCH = -1;
const SHORT_MAX = 32767;

export interface TxnCoordinatorConfig {
  /** transaction.max.timeout.ms */
  transactionMaxTimeoutMs: number;
  /** transactional.id.expiration.ms: an idle id (Empty/Complete*) is removed after this long. */
  transactionalIdExpirationMs: number;
}

export const DEFAULT_TXN_COORDINATOR_CONFIG: Readonly<TxnCoordinatorConfig> = Object.freeze({
  transactionMaxTimeoutMs: 900_000,
  transactionalIdExpirationMs: 604_800_000,
});

/** A record as applied: the stored record plus Kafka's in-memory-only last epoch (KIP-360 retries). */
export interface TxnRecord extends TxnLogRecord {
  /** Not persisted: a shard rebuilt from the log has -1, as in Kafka after a load. */
  lastProducerEpoch?: number;
}

/** Markers to write for a transaction in PrepareCommit/PrepareAbort. */
export interface TxnMarkerJob {
  transactionalId: string;
  producerId: bigint;
  producerEpoch: number;
  commit: boolean;
  partitions: Array<{ topic: string; partition: number }>;
}

export interface TxnResult<R> {
  records: TxnRecord[];
  markers: TxnMarkerJob[];
  response: R;
}

export interface TxnMetadata {
  transactionalId: string;
  producerId: bigint;
  previousProducerId: bigint;
  lastProducerEpoch: number;
  producerEpoch: number;
  txnTimeoutMs: number;
  state: TxnState;
  /** topic -> partitions in the transaction. */
  partitions: Map<string, Set<number>>;
  txnStartTimestampMs: number;
  txnLastUpdateTimestampMs: number;
}

export interface InitProducerIdInput {
  transactionalId: string;
  transactionTimeoutMs: number;
  /** -1/-1 unless the client resumes (KIP-360, v3+). */
  producerId: bigint;
  producerEpoch: number;
}

export type InitProducerIdOutcome =
  | { errorCode: number; producerId: bigint; producerEpoch: number }
  /** The caller must allocate a fresh producer id and call again with it. */
  | { needProducerId: true };

export interface TxnIdentity {
  transactionalId: string;
  producerId: bigint;
  producerEpoch: number;
}

export interface DescribedTxn {
  errorCode: number;
  transactionalId: string;
  state: TxnState | '';
  transactionTimeoutMs: number;
  transactionStartTimeMs: number;
  producerId: bigint;
  producerEpoch: number;
  topics: Array<{ topic: string; partitions: number[] }>;
}

export interface ListedTxn {
  transactionalId: string;
  producerId: bigint;
  state: TxnState;
}

export interface ListTxnFilters {
  states: readonly TxnState[];
  producerIds: readonly bigint[];
  /** Only transactions running longer than this (ms); -1 for no filter. */
  durationMs: number;
}

export class TxnCoordinatorShard {
  private readonly config: TxnCoordinatorConfig;
  private readonly txns = new Map<string, TxnMetadata>();

  constructor(config: Partial<TxnCoordinatorConfig> = {}) {
    this.config = { ...DEFAULT_TXN_COORDINATOR_CONFIG, ...config };
  }

  // ---------------------------------------------------------------- replay

  replay(record: TxnRecord): void {
    const v = record.value;
    if (v === null) {
      this.txns.delete(record.transactionalId);
      return;
    }
    const partitions = new Map<string, Set<number>>();
    for (const p of v.partitions ?? []) partitions.set(p.topic, new Set(p.partitionIds));
    this.txns.set(record.transactionalId, {
      transactionalId: record.transactionalId,
      producerId: v.producerId,
      previousProducerId: v.previousProducerId,
      lastProducerEpoch: record.lastProducerEpoch ?? NO_PRODUCER_EPOCH,
      producerEpoch: v.producerEpoch,
      txnTimeoutMs: v.transactionTimeoutMs,
      state: v.state,
      partitions,
      txnStartTimestampMs: Number(v.startTimestampMs),
      txnLastUpdateTimestampMs: Number(v.lastUpdateTimestampMs),
    });
  }

  /** Markers still owed after a load: every transaction left in a Prepare state. */
  onLoaded(): TxnResult<undefined> {
    const markers: TxnMarkerJob[] = [];
    for (const m of this.txns.values()) {
      if (m.state === 'PrepareCommit' || m.state === 'PrepareAbort') markers.push(markerJob(m));
    }
    return { records: [], markers, response: undefined };
  }

  // ---------------------------------------------------------------- InitProducerId

  initProducerId(
    req: InitProducerIdInput,
    nowMs: number,
    freshProducerId: bigint | null,
  ): TxnResult<InitProducerIdOutcome> {
    const fail = (errorCode: number) =>
      done({ errorCode, producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH });
    if (req.transactionalId === '') return fail(ErrorCode.INVALID_REQUEST);
    if (req.transactionTimeoutMs <= 0 || req.transactionTimeoutMs > this.config.transactionMaxTimeoutMs) {
      return fail(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    }
    const expected =
      req.producerId === NO_PRODUCER_ID ? null : { id: req.producerId, epoch: req.producerEpoch };
    const m = this.txns.get(req.transactionalId);
    if (m === undefined) {
      // Also when the client resumes with an id this coordinator never saw: a fresh id, as Kafka.
      if (freshProducerId === null) return done({ needProducerId: true });
      return this.writeEmpty(req, nowMs, freshProducerId, 0, NO_PRODUCER_ID, NO_PRODUCER_EPOCH);
    }
    if (expected !== null && !isValidResume(m, expected)) return fail(ErrorCode.PRODUCER_FENCED);
    switch (m.state) {
      case 'PrepareCommit':
      case 'PrepareAbort':
      case 'PrepareEpochFence':
      case 'Dead':
        return fail(ErrorCode.CONCURRENT_TRANSACTIONS);
      case 'Ongoing': {
        // Fence the running producer and abort its transaction; the client retries and then gets
        // a second bump (or a new id once the epochs are exhausted), as in Kafka.
        const fenced = this.prepareEnd(
          m,
          false,
          nowMs,
          m.producerEpoch < SHORT_MAX ? m.producerEpoch + 1 : m.producerEpoch,
        );
        return {
          ...fenced,
          response: {
            errorCode: ErrorCode.CONCURRENT_TRANSACTIONS,
            producerId: NO_PRODUCER_ID,
            producerEpoch: NO_PRODUCER_EPOCH,
          },
        };
      }
      default:
        break;
    }
    // Empty, CompleteCommit, CompleteAbort.
    if (isEpochExhausted(m.producerEpoch) && (expected === null || expected.epoch === m.producerEpoch)) {
      if (freshProducerId === null) return done({ needProducerId: true });
      return this.writeEmpty(
        req,
        nowMs,
        freshProducerId,
        0,
        m.producerId,
        expected !== null ? m.producerEpoch : NO_PRODUCER_EPOCH,
      );
    }
    const bumped = m.producerEpoch === NO_PRODUCER_EPOCH ? 0 : m.producerEpoch + 1;
    if (expected === null) {
      return this.writeEmpty(req, nowMs, m.producerId, bumped, m.previousProducerId, NO_PRODUCER_EPOCH);
    }
    if (m.producerEpoch === NO_PRODUCER_EPOCH || expected.epoch === m.producerEpoch) {
      return this.writeEmpty(req, nowMs, m.producerId, bumped, m.previousProducerId, m.producerEpoch);
    }
    if (expected.epoch === m.lastProducerEpoch) {
      // A retry whose earlier answer was lost: the epoch it got then is still current.
      return done({ errorCode: ErrorCode.NONE, producerId: m.producerId, producerEpoch: m.producerEpoch });
    }
    return fail(ErrorCode.PRODUCER_FENCED);
  }

  private writeEmpty(
    req: InitProducerIdInput,
    nowMs: number,
    producerId: bigint,
    producerEpoch: number,
    previousProducerId: bigint,
    lastProducerEpoch: number,
  ): TxnResult<InitProducerIdOutcome> {
    const record: TxnRecord = {
      transactionalId: req.transactionalId,
      value: logValue({
        producerId,
        previousProducerId,
        producerEpoch,
        txnTimeoutMs: req.transactionTimeoutMs,
        state: 'Empty',
        partitions: new Map(),
        txnStartTimestampMs: -1,
        txnLastUpdateTimestampMs: nowMs,
      }),
      lastProducerEpoch,
    };
    this.replay(record);
    return {
      records: [record],
      markers: [],
      response: { errorCode: ErrorCode.NONE, producerId, producerEpoch },
    };
  }

  // ---------------------------------------------------------------- AddPartitionsToTxn / AddOffsetsToTxn

  /** Adds partitions (AddOffsetsToTxn passes the group's __consumer_offsets partition). */
  addPartitions(
    req: TxnIdentity & { partitions: ReadonlyArray<{ topic: string; partition: number }> },
    nowMs: number,
  ): TxnResult<{ errorCode: number }> {
    const check = this.checkProducer(req);
    if (check !== null) return done({ errorCode: check.errorCode });
    const m = this.txns.get(req.transactionalId)!;
    if (m.state === 'PrepareCommit' || m.state === 'PrepareAbort' || m.state === 'PrepareEpochFence') {
      return done({ errorCode: ErrorCode.CONCURRENT_TRANSACTIONS });
    }
    if (m.state === 'Dead') return done({ errorCode: ErrorCode.INVALID_PRODUCER_ID_MAPPING });
    const fresh = req.partitions.filter((p) => !m.partitions.get(p.topic)?.has(p.partition));
    if (m.state === 'Ongoing' && fresh.length === 0) return done({ errorCode: ErrorCode.NONE });
    const partitions = m.state === 'Ongoing' ? clonePartitions(m.partitions) : new Map<string, Set<number>>();
    for (const p of req.partitions) {
      let set = partitions.get(p.topic);
      if (!set) {
        set = new Set();
        partitions.set(p.topic, set);
      }
      set.add(p.partition);
    }
    const record: TxnRecord = {
      transactionalId: m.transactionalId,
      value: logValue({
        ...m,
        state: 'Ongoing',
        partitions,
        txnStartTimestampMs: m.state === 'Ongoing' ? m.txnStartTimestampMs : nowMs,
        txnLastUpdateTimestampMs: nowMs,
      }),
      lastProducerEpoch: m.lastProducerEpoch,
    };
    this.replay(record);
    return { records: [record], markers: [], response: { errorCode: ErrorCode.NONE } };
  }

  // ---------------------------------------------------------------- EndTxn

  endTxn(req: TxnIdentity & { commit: boolean }, nowMs: number): TxnResult<{ errorCode: number }> {
    const check = this.checkProducer(req);
    if (check !== null) return done({ errorCode: check.errorCode });
    const m = this.txns.get(req.transactionalId)!;
    const wanted = req.commit;
    switch (m.state) {
      case 'Ongoing': {
        const r = this.prepareEnd(m, wanted, nowMs, m.producerEpoch);
        return { ...r, response: { errorCode: ErrorCode.NONE } };
      }
      case 'CompleteCommit':
        return done({ errorCode: wanted ? ErrorCode.NONE : ErrorCode.INVALID_TXN_STATE });
      case 'CompleteAbort':
        return done({ errorCode: wanted ? ErrorCode.INVALID_TXN_STATE : ErrorCode.NONE });
      case 'PrepareCommit':
        return done({ errorCode: wanted ? ErrorCode.CONCURRENT_TRANSACTIONS : ErrorCode.INVALID_TXN_STATE });
      case 'PrepareAbort':
        return done({ errorCode: wanted ? ErrorCode.INVALID_TXN_STATE : ErrorCode.CONCURRENT_TRANSACTIONS });
      case 'PrepareEpochFence':
        return done({ errorCode: ErrorCode.CONCURRENT_TRANSACTIONS });
      default:
        // Empty, Dead.
        return done({ errorCode: ErrorCode.INVALID_TXN_STATE });
    }
  }

  /** Writes PrepareCommit/PrepareAbort under `epoch` and asks for the markers. */
  private prepareEnd(m: TxnMetadata, commit: boolean, nowMs: number, epoch: number): TxnResult<undefined> {
    const record: TxnRecord = {
      transactionalId: m.transactionalId,
      value: logValue({
        ...m,
        producerEpoch: epoch,
        state: commit ? 'PrepareCommit' : 'PrepareAbort',
        txnLastUpdateTimestampMs: nowMs,
      }),
      lastProducerEpoch: epoch === m.producerEpoch ? m.lastProducerEpoch : NO_PRODUCER_EPOCH,
    };
    this.replay(record);
    const updated = this.txns.get(m.transactionalId)!;
    return { records: [record], markers: [markerJob(updated)], response: undefined };
  }

  /** Every marker of `job` is written: CompleteCommit/CompleteAbort, unless the state moved on. */
  completeTransaction(job: TxnMarkerJob, nowMs: number): TxnResult<boolean> {
    const m = this.txns.get(job.transactionalId);
    const prepared = job.commit ? 'PrepareCommit' : 'PrepareAbort';
    if (
      !m ||
      m.state !== prepared ||
      m.producerId !== job.producerId ||
      m.producerEpoch !== job.producerEpoch
    ) {
      return done(false);
    }
    const record: TxnRecord = {
      transactionalId: m.transactionalId,
      value: logValue({
        ...m,
        state: job.commit ? 'CompleteCommit' : 'CompleteAbort',
        partitions: new Map(),
        txnLastUpdateTimestampMs: nowMs,
      }),
      lastProducerEpoch: m.lastProducerEpoch,
    };
    this.replay(record);
    return { records: [record], markers: [], response: true };
  }

  // ---------------------------------------------------------------- timeouts

  /**
   * Aborts every Ongoing transaction older than its timeout, fencing its producer (epoch + 1), and
   * removes (tombstones) ids idle in Empty/CompleteCommit/CompleteAbort past their expiration.
   */
  tick(nowMs: number): TxnResult<undefined> {
    const records: TxnRecord[] = [];
    const markers: TxnMarkerJob[] = [];
    for (const m of [...this.txns.values()]) {
      if (m.state === 'Ongoing' && m.txnStartTimestampMs + m.txnTimeoutMs < nowMs) {
        const epoch = m.producerEpoch < SHORT_MAX ? m.producerEpoch + 1 : m.producerEpoch;
        const r = this.prepareEnd(m, false, nowMs, epoch);
        records.push(...r.records);
        markers.push(...r.markers);
      } else if (isIdle(m) && m.txnLastUpdateTimestampMs + this.config.transactionalIdExpirationMs <= nowMs) {
        const tombstone: TxnRecord = { transactionalId: m.transactionalId, value: null };
        this.replay(tombstone);
        records.push(tombstone);
      }
    }
    return { records, markers, response: undefined };
  }

  /** When tick() next has work: a transaction timeout (+1 ms, as Kafka compares with <) or an id expiry. */
  nextDeadlineMs(): number | null {
    let next: number | null = null;
    for (const m of this.txns.values()) {
      let at: number | null = null;
      if (m.state === 'Ongoing') at = m.txnStartTimestampMs + m.txnTimeoutMs + 1;
      else if (isIdle(m)) at = m.txnLastUpdateTimestampMs + this.config.transactionalIdExpirationMs;
      if (at !== null && (next === null || at < next)) next = at;
    }
    return next;
  }

  // ---------------------------------------------------------------- admin

  describe(transactionalId: string): DescribedTxn {
    const m = this.txns.get(transactionalId);
    if (!m) {
      return {
        // Kafka leaves every other field at its zero value for an unknown id.
        errorCode: ErrorCode.TRANSACTIONAL_ID_NOT_FOUND,
        transactionalId,
        state: '',
        transactionTimeoutMs: 0,
        transactionStartTimeMs: 0,
        producerId: 0n,
        producerEpoch: 0,
        topics: [],
      };
    }
    return {
      errorCode: ErrorCode.NONE,
      transactionalId,
      state: m.state,
      transactionTimeoutMs: m.txnTimeoutMs,
      transactionStartTimeMs: m.txnStartTimestampMs,
      producerId: m.producerId,
      producerEpoch: m.producerEpoch,
      topics: partitionList(m.partitions).map((p) => ({ topic: p.topic, partitions: p.partitionIds })),
    };
  }

  list(filters: ListTxnFilters, nowMs: number): ListedTxn[] {
    const out: ListedTxn[] = [];
    for (const m of this.txns.values()) {
      if (m.state === 'Dead') continue;
      if (filters.states.length > 0 && !filters.states.includes(m.state)) continue;
      if (filters.producerIds.length > 0 && !filters.producerIds.includes(m.producerId)) continue;
      // As in Kafka: only transactions running for less than the filter are left out; an id with
      // no transaction (start time -1) always counts as running longer.
      if (filters.durationMs >= 0 && nowMs - m.txnStartTimestampMs < filters.durationMs) continue;
      out.push({ transactionalId: m.transactionalId, producerId: m.producerId, state: m.state });
    }
    return out.sort((a, b) => a.transactionalId.localeCompare(b.transactionalId));
  }

  /** A copy of one transactional id's metadata (for tests and comparisons). */
  metadata(transactionalId: string): TxnMetadata | undefined {
    const m = this.txns.get(transactionalId);
    return m ? { ...m, partitions: clonePartitions(m.partitions) } : undefined;
  }

  /** Persisted state of every id, sorted: what a shard rebuilt from the log must equal. */
  snapshot(): Array<[string, TxnLogValue]> {
    return [...this.txns.values()]
      .map((m): [string, TxnLogValue] => [m.transactionalId, logValue(m)])
      .sort((a, b) => a[0].localeCompare(b[0]));
  }

  private checkProducer(req: TxnIdentity): { errorCode: number } | null {
    if (req.transactionalId === '') return { errorCode: ErrorCode.INVALID_REQUEST };
    const m = this.txns.get(req.transactionalId);
    if (!m || m.producerId !== req.producerId) return { errorCode: ErrorCode.INVALID_PRODUCER_ID_MAPPING };
    if (m.producerEpoch !== req.producerEpoch) return { errorCode: ErrorCode.PRODUCER_FENCED };
    return null;
  }
}

function done<R>(response: R): TxnResult<R> {
  return { records: [], markers: [], response };
}

function isIdle(m: TxnMetadata): boolean {
  return m.state === 'Empty' || m.state === 'CompleteCommit' || m.state === 'CompleteAbort';
}

function isEpochExhausted(epoch: number): boolean {
  return epoch >= SHORT_MAX - 1;
}

/** Kafka's isValidProducerId for a resuming producer (KIP-360); the epoch is checked afterwards. */
function isValidResume(m: TxnMetadata, expected: { id: bigint; epoch: number }): boolean {
  return (
    m.producerEpoch === NO_PRODUCER_EPOCH ||
    expected.id === m.producerId ||
    (expected.id === m.previousProducerId && isEpochExhausted(expected.epoch))
  );
}

function clonePartitions(p: Map<string, Set<number>>): Map<string, Set<number>> {
  return new Map([...p].map(([t, s]) => [t, new Set(s)]));
}

function partitionList(p: Map<string, Set<number>>): Array<{ topic: string; partitionIds: number[] }> {
  return [...p]
    .filter(([, s]) => s.size > 0)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([topic, s]) => ({ topic, partitionIds: [...s].sort((a, b) => a - b) }));
}

function logValue(
  m: Pick<
    TxnMetadata,
    | 'producerId'
    | 'previousProducerId'
    | 'producerEpoch'
    | 'txnTimeoutMs'
    | 'state'
    | 'partitions'
    | 'txnStartTimestampMs'
    | 'txnLastUpdateTimestampMs'
  >,
): TxnLogValue {
  return {
    producerId: m.producerId,
    previousProducerId: m.previousProducerId,
    nextProducerId: -1n,
    producerEpoch: m.producerEpoch,
    transactionTimeoutMs: m.txnTimeoutMs,
    state: m.state,
    partitions: m.state === 'Empty' ? null : partitionList(m.partitions),
    lastUpdateTimestampMs: BigInt(m.txnLastUpdateTimestampMs),
    startTimestampMs: BigInt(m.txnStartTimestampMs),
    clientTransactionVersion: 0,
  };
}

function markerJob(m: TxnMetadata): TxnMarkerJob {
  return {
    transactionalId: m.transactionalId,
    producerId: m.producerId,
    producerEpoch: m.producerEpoch,
    commit: m.state === 'PrepareCommit',
    partitions: partitionList(m.partitions).flatMap((p) =>
      p.partitionIds.map((partition) => ({ topic: p.topic, partition })),
    ),
  };
}

/** Parses ListTransactions state filter names; unknown names are returned apart. */
export function parseStateFilters(names: readonly string[]): { states: TxnState[]; unknown: string[] } {
  const states: TxnState[] = [];
  const unknown: string[] = [];
  for (const n of names) {
    if ((TXN_STATES as readonly string[]).includes(n)) states.push(n as TxnState);
    else unknown.push(n);
  }
  return { states, unknown };
}
