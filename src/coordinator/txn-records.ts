// The __transaction_state record format, byte-compatible with Kafka 3.9's TransactionLogKey (v0:
// transactional id) and TransactionLogValue (v0 classic, v1 flexible with tagged previous/next
// producer id and client transaction version). GOssip writes value v0, as Kafka 3.9 does without
// transaction version 2, and reads both; a null value is a tombstone (the id expired).
import { DecodeError, Reader, type TaggedField, Writer } from '../../wire/primitives/index.js';

/** Kafka's TransactionState ids, as stored in TransactionStatus. */
export const TxnStatus = {
  Empty: 0,
  Ongoing: 1,
  PrepareCommit: 2,
  PrepareAbort: 3,
  CompleteCommit: 4,
  CompleteAbort: 5,
  Dead: 6,
  PrepareEpochFence: 7,
} as const;
export type TxnState = keyof typeof TxnStatus;
export const TXN_STATES = Object.keys(TxnStatus) as TxnState[];

export function txnStateOf(status: number): TxnState {
  const state = TXN_STATES[status];
  if (state === undefined) throw new DecodeError(`unknown transaction status ${status}`);
  return state;
}

export interface TxnLogValue {
  producerId: bigint;
  /** v1 tagged field 0; -1 when absent. */
  previousProducerId: bigint;
  /** v1 tagged field 1; -1 when absent. */
  nextProducerId: bigint;
  producerEpoch: number;
  transactionTimeoutMs: number;
  state: TxnState;
  /** null for Empty (Kafka writes no partitions then). */
  partitions: Array<{ topic: string; partitionIds: number[] }> | null;
  lastUpdateTimestampMs: bigint;
  startTimestampMs: bigint;
  /** v1 tagged field 2; 0 when absent. */
  clientTransactionVersion: number;
}

/** A transactional id's metadata (value) or its removal (value null). */
export interface TxnLogRecord {
  transactionalId: string;
  value: TxnLogValue | null;
}

export const TXN_LOG_KEY_VERSION = 0;
export const TXN_LOG_VALUE_VERSION = 0;

export function encodeTxnLogRecord(
  record: TxnLogRecord,
  valueVersion = TXN_LOG_VALUE_VERSION,
): { key: Buffer; value: Buffer | null } {
  const k = new Writer(32);
  k.int16(TXN_LOG_KEY_VERSION);
  k.string(record.transactionalId, false);
  const key = Buffer.from(k.toBuffer());
  if (record.value === null) return { key, value: null };
  const v = record.value;
  const flex = valueVersion >= 1;
  const w = new Writer(64);
  w.int16(valueVersion);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.int32(v.transactionTimeoutMs);
  w.int8(TxnStatus[v.state]);
  w.arrayLength(v.partitions === null ? null : v.partitions.length, flex);
  for (const p of v.partitions ?? []) {
    w.string(p.topic, flex);
    w.arrayLength(p.partitionIds.length, flex);
    for (const id of p.partitionIds) w.int32(id);
    if (flex) w.uvarint(0);
  }
  w.int64(v.lastUpdateTimestampMs);
  w.int64(v.startTimestampMs);
  if (flex) {
    const tagged: TaggedField[] = [];
    const field = (tag: number, write: (x: Writer) => void) => {
      const x = new Writer(16);
      write(x);
      tagged.push({ tag, data: Buffer.from(x.toBuffer()) });
    };
    if (v.previousProducerId !== -1n) field(0, (x) => x.int64(v.previousProducerId));
    if (v.nextProducerId !== -1n) field(1, (x) => x.int64(v.nextProducerId));
    if (v.clientTransactionVersion !== 0) field(2, (x) => x.int16(v.clientTransactionVersion));
    if (tagged.length === 0) w.uvarint(0);
    else w.taggedFields(tagged);
  }
  return { key, value: Buffer.from(w.toBuffer()) };
}

/** Decodes one stored record; throws DecodeError on malformed bytes or unknown versions. */
export function decodeTxnLogRecord(key: Buffer, value: Buffer | null): TxnLogRecord {
  const kr = new Reader(key);
  const keyVersion = kr.int16();
  if (keyVersion !== TXN_LOG_KEY_VERSION)
    throw new DecodeError(`unknown transaction log key version ${keyVersion}`);
  const transactionalId = kr.string(false);
  if (value === null) return { transactionalId, value: null };
  const r = new Reader(value);
  const version = r.int16();
  if (version < 0 || version > 1) throw new DecodeError(`unknown transaction log value version ${version}`);
  const flex = version >= 1;
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const transactionTimeoutMs = r.int32();
  const state = txnStateOf(r.int8());
  const count = r.arrayLength(flex);
  let partitions: TxnLogValue['partitions'] = null;
  if (count >= 0) {
    partitions = [];
    for (let i = 0; i < count; i++) {
      const topic = r.string(flex);
      const n = r.arrayLength(flex);
      const partitionIds: number[] = [];
      for (let j = 0; j < n; j++) partitionIds.push(r.int32());
      if (flex) r.taggedFields();
      partitions.push({ topic, partitionIds });
    }
  }
  const lastUpdateTimestampMs = r.int64();
  const startTimestampMs = r.int64();
  const out: TxnLogValue = {
    producerId,
    previousProducerId: -1n,
    nextProducerId: -1n,
    producerEpoch,
    transactionTimeoutMs,
    state,
    partitions,
    lastUpdateTimestampMs,
    startTimestampMs,
    clientTransactionVersion: 0,
  };
  if (flex) {
    for (const f of r.taggedFields()) {
      const tr = new Reader(Buffer.from(f.data));
      if (f.tag === 0) out.previousProducerId = tr.int64();
      else if (f.tag === 1) out.nextProducerId = tr.int64();
      else if (f.tag === 2) out.clientTransactionVersion = tr.int16();
    }
  }
  return { transactionalId, value: out };
}
