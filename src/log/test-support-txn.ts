// Helpers for the transaction tests of the log store: transactional batches built with the real
// encoder, and a scan of a log's stored batches that derives, from the batches alone, which
// transactions are open (so the LSO) and which were aborted (so the transaction index).
import {
  BatchIterator,
  ControlRecordType,
  decodeRecordBatch,
  encodeRecordBatch,
  readControlRecordKey,
} from '../../wire/record-batch/index.js';
import type { PartitionLog } from './partition-log.js';

export { testConfig } from './test-support.js';

/** One transactional batch of a producer (values as records, timestamps 1000 + index). */
export function txnBatch(
  producerId: bigint,
  epoch: number,
  baseSequence: number,
  values: readonly string[],
): Buffer {
  return encodeRecordBatch({
    producerId,
    producerEpoch: epoch,
    baseSequence,
    isTransactional: true,
    records: values.map((v, i) => ({ key: null, value: Buffer.from(v), timestamp: 1000 + i })),
  });
}

export interface StoredBatch {
  baseOffset: number;
  lastOffset: number;
  producerId: bigint;
  transactional: boolean;
  control: boolean;
  /** For control batches: the marker's type. */
  abort: boolean;
}

/** Every stored batch from the log start to the high watermark. */
export async function storedBatches(log: PartitionLog): Promise<StoredBatch[]> {
  const out: StoredBatch[] = [];
  let next = log.logStartOffset;
  for (;;) {
    const result = await log.read(next, 256 * 1024, { minOneBatch: true });
    if (result.errorCode !== 0) throw new Error(`read at ${next} answered ${result.errorCode}`);
    if (result.data.records.length === 0) return out;
    for (const chunk of result.data.records) {
      const it = new BatchIterator(chunk);
      while (it.next()) {
        const decoded = decodeRecordBatch(chunk.subarray(it.offset, it.offset + it.size));
        if (!decoded.ok) throw new Error(decoded.error.message);
        const b = decoded.batch;
        const first = b.records[0];
        out.push({
          baseOffset: Number(b.baseOffset),
          lastOffset: Number(b.baseOffset) + b.lastOffsetDelta,
          producerId: b.producerId,
          transactional: b.isTransactional,
          control: b.isControl,
          abort:
            b.isControl &&
            first !== undefined &&
            readControlRecordKey(first.key).type === ControlRecordType.ABORT,
        });
        next = b.baseOffset + BigInt(b.lastOffsetDelta) + 1n;
      }
    }
  }
}

/** The open transactions (producer -> first offset) and aborted ones derived from the batches. */
export function expectedTransactions(batches: readonly StoredBatch[]): {
  open: Map<bigint, number>;
  aborted: { producerId: bigint; firstOffset: number; lastOffset: number }[];
} {
  const open = new Map<bigint, number>();
  const aborted: { producerId: bigint; firstOffset: number; lastOffset: number }[] = [];
  for (const b of batches) {
    if (b.control) {
      const first = open.get(b.producerId);
      if (first !== undefined && b.abort)
        aborted.push({ producerId: b.producerId, firstOffset: first, lastOffset: b.baseOffset });
      open.delete(b.producerId);
    } else if (b.transactional && !open.has(b.producerId)) {
      open.set(b.producerId, b.baseOffset);
    }
  }
  return { open, aborted };
}
