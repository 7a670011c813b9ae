// Streams the decoded records of one partition range [from, to) with bounded memory (one fetch at a
// time). Used only where records must be looked at: re-producing into a non-empty target and the
// parity checksums. committedOnly drops aborted transactional records, as a READ_COMMITTED consumer.
import {
  type DecodedRecordBatch,
  decodeRecordBatch,
  readControlRecordKey,
  splitBatches,
} from '../../wire/record-batch/index.js';
import type { KafkaClient } from './kafka-client.js';

export interface StreamedBatch {
  batch: DecodedRecordBatch;
  /** True for data batches of an aborted transaction (only reported when committedOnly is off). */
  aborted: boolean;
  /** ABORT (0) or COMMIT (1) for control batches. */
  controlType: number | null;
  sizeBytes: number;
}

export interface StreamOptions {
  maxBytes: number;
  committedOnly: boolean;
}

/** Calls `onBatch` for every batch with records in [from, to), in offset order. */
export async function streamBatches(
  client: KafkaClient,
  topic: string,
  partition: number,
  from: number,
  to: number,
  options: StreamOptions,
  onBatch: (b: StreamedBatch) => Promise<void> | void,
): Promise<number> {
  let pos = from;
  const activeAborted = new Set<bigint>();
  let pendingAborts: { producerId: bigint; firstOffset: bigint }[] = [];
  let emptyFetches = 0;
  while (pos < to) {
    const f = await client.fetch(
      topic,
      partition,
      BigInt(pos),
      options.maxBytes,
      options.committedOnly ? 1 : 0,
    );
    pendingAborts = [...pendingAborts, ...f.abortedTransactions].sort((a, b) =>
      Number(a.firstOffset - b.firstOffset),
    );
    const { batches } = splitBatches(f.records);
    let progressed = false;
    for (const span of batches) {
      const decoded = decodeRecordBatch(f.records, span.offset);
      if (!decoded.ok)
        throw new Error(`${topic}-${partition}: undecodable batch at ${pos}: ${decoded.error.message}`);
      const b = decoded.batch;
      const base = Number(b.baseOffset);
      const last = base + b.lastOffsetDelta;
      if (last < pos) continue;
      if (base >= to) {
        pos = to;
        break;
      }
      while (pendingAborts.length > 0 && pendingAborts[0]!.firstOffset <= b.baseOffset) {
        activeAborted.add(pendingAborts.shift()!.producerId);
      }
      let controlType: number | null = null;
      let aborted = false;
      if (b.isControl) {
        const first = b.records[0];
        controlType = first === undefined ? null : readControlRecordKey(first.key).type;
        if (controlType === 0) activeAborted.delete(b.producerId);
      } else if (b.isTransactional && activeAborted.has(b.producerId)) {
        aborted = true;
      }
      pos = last + 1;
      progressed = true;
      if (options.committedOnly && (aborted || b.isControl)) continue;
      await onBatch({ batch: b, aborted, controlType, sizeBytes: span.size });
    }
    if (!progressed) {
      if (f.records.length === 0 && ++emptyFetches >= 3) break;
      if (options.committedOnly && f.lastStableOffset >= 0n && Number(f.lastStableOffset) <= pos) break;
      if (f.records.length > 0 && batches.length > 0) {
        // every returned batch ended before pos: cannot happen with a well-behaved broker
        break;
      }
    } else {
      emptyFetches = 0;
    }
  }
  return pos;
}
