// Fetch (key 1), versions 0-12, for consumers. Reads whole stored batches by byte range (never
// decoded), limited by max_bytes (v3+) and partition_max_bytes, with Kafka's KIP-74 rule that the
// first batch of the response is returned even when larger than the limits. When fewer than
// min_bytes are ready it long-polls until an append or max_wait_ms. v0-3 get the batches
// down-converted to magic 0 (v0-1) or 1 (v2-3). Sessions (v7+) are not kept: session_id is always 0,
// so clients send full fetches, as Kafka allows. read_committed (isolation_level 1, v4+) gets data
// only below the LSO plus the aborted transactions overlapping it (an empty list when none); every
// answer reports the LSO. A long-poll wakes on appends, which are also what moves the LSO. Log bytes
// go into the connection's reusable read buffers, which it takes back once the response is written.
import {
  FetchApi,
  type FetchableTopicResponse,
  type FetchRequest,
  type FetchResponse,
} from '../../../wire/generated/api/001-fetch.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import { EMPTY_BYTES, type Init } from '../../../wire/primitives/index.js';
import {
  downConvertBatches,
  errorCodeOfKind,
  type RecordErrorKind,
  splitBatches,
} from '../../../wire/record-batch/index.js';
import type { PartitionLogView } from '../../replication/log-view.js';
import { waitForAppend } from '../../replication/purgatory.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

type PartitionOut = NonNullable<Init<FetchableTopicResponse>['partitions']>[number];

const READ_COMMITTED = 1;

export function fetchHandler(deps: HandlerDeps): Handler {
  const handler: Handler<FetchRequest, FetchResponse> = {
    api: FetchApi,
    minVersion: 0,
    maxVersion: 12,
    async handle(request: FetchRequest, ctx: RequestContext): Promise<Init<FetchResponse>> {
      const v = ctx.apiVersion;
      const start = deps.clock.monotonicMs();
      const maxWaitMs = Math.max(0, request.maxWaitMs);
      // Log bytes are read into the connection's reusable buffers, given back once written.
      const pool = ctx.connection.readBuffers;
      const alloc = pool ? (length: number) => pool.take(length) : undefined;
      for (;;) {
        const round = await readAll(deps, request, v, alloc);
        const waited = deps.clock.monotonicMs() - start;
        const ready = round.bytes >= request.minBytes || round.errors > 0 || round.logs.length === 0;
        if (ready || waited >= maxWaitMs) {
          return { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses: round.responses };
        }
        await waitForAppend(round.logs, maxWaitMs - waited);
      }
    },
  };
  return register(handler);
}

async function readAll(
  deps: HandlerDeps,
  request: FetchRequest,
  v: number,
  alloc: ((length: number) => Buffer) | undefined,
) {
  let budget = v >= 3 ? request.maxBytes : Number.MAX_SAFE_INTEGER;
  let minOneBatch = true;
  let bytes = 0;
  let errors = 0;
  const logs: PartitionLogView[] = [];
  const readCommitted = v >= 4 && request.isolationLevel === READ_COMMITTED;
  const responses: Init<FetchableTopicResponse>[] = [];
  for (const topic of request.topics) {
    const partitions: PartitionOut[] = [];
    for (const p of topic.partitions) {
      const limit = Math.min(p.partitionMaxBytes, budget);
      const r = await deps.replicas.read(
        topic.topic,
        p.partition,
        p.fetchOffset,
        Math.max(0, limit),
        minOneBatch && v >= 3,
        v >= 9 ? p.currentLeaderEpoch : -1,
        readCommitted,
        alloc,
      );
      let records: Buffer = r.records ?? EMPTY_BYTES;
      let errorCode = r.errorCode;
      if (errorCode === 0 && records.length > 0 && v <= 3) {
        try {
          records = downConvertSized(records, v <= 1 ? 0 : 1, p.fetchOffset);
        } catch (err) {
          const kind = (err as { kind?: RecordErrorKind }).kind;
          if (!kind) throw err;
          errorCode = errorCodeOfKind(kind);
          records = EMPTY_BYTES;
        }
      }
      if (errorCode !== 0) errors++;
      if ('log' in r && r.log) logs.push(r.log);
      if (records.length > 0) {
        minOneBatch = false;
        budget -= records.length;
        bytes += records.length;
        deps.metrics.bytesOut.inc({ topic: topic.topic }, records.length);
      }
      partitions.push(
        errorCode === 0
          ? {
              partitionIndex: p.partition,
              errorCode,
              highWatermark: r.highWatermark,
              lastStableOffset: r.lastStableOffset,
              logStartOffset: r.logStartOffset,
              abortedTransactions: readCommitted ? (r.abortedTransactions ?? []) : null,
              preferredReadReplica: -1,
              records,
            }
          : // Kafka's error answer: no offsets and no records; the aborted list is empty for a
            // partition the request names wrongly and null for a failed read (out of range, leader).
            {
              partitionIndex: p.partition,
              errorCode,
              highWatermark: -1n,
              lastStableOffset: -1n,
              logStartOffset: -1n,
              abortedTransactions: errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION ? [] : null,
              preferredReadReplica: -1,
              records: EMPTY_BYTES,
            },
      );
    }
    responses.push({ topic: topic.topic, partitions });
  }
  return { responses, bytes, errors, logs };
}

/**
 * Down-converts stored batches for Fetch v0-3 and sizes the result as Kafka does: the response holds
 * max(stored bytes, first converted batch) bytes, so converted data is cut short (clients drop the
 * partial last message) or padded with an "overflow" entry (offset -1, a length past the end) that
 * clients ignore.
 */
function downConvertSized(records: Buffer, magic: 0 | 1, firstOffset: bigint): Buffer {
  const converted = downConvertBatches(records, magic, { firstOffset }).bytes;
  const first = splitBatches(records).batches[0];
  const firstSize =
    first === undefined
      ? 0
      : downConvertBatches(records.subarray(first.offset, first.offset + first.size), magic, { firstOffset })
          .bytes.length;
  const size = Math.max(records.length, firstSize);
  if (converted.length >= size) return converted.subarray(0, size);
  const out = Buffer.alloc(size);
  converted.copy(out);
  const remaining = size - converted.length;
  const overflow = Buffer.alloc(Math.max(OVERFLOW_HEADER_BYTES, remaining + 1));
  overflow.writeBigInt64BE(-1n, 0);
  overflow.writeInt32BE(Math.max(remaining + 1, RECORD_BATCH_OVERHEAD_BYTES), 8);
  overflow.copy(out, converted.length, 0, remaining);
  return out;
}

/** Offset and length of a log entry. */
const OVERFLOW_HEADER_BYTES = 12;
const RECORD_BATCH_OVERHEAD_BYTES = 61;
