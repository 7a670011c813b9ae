// Pre-encoded request frames for the load generator. A Produce frame (v7: one topic, one uncompressed
// v2 batch for each of a connection's partitions) is encoded once per connection with the generated codec; each send
// copies it, writes the correlation id and the batch timestamps, and recomputes each batch CRC32C,
// so the hot path is a memcpy and one native CRC per batch, never a per-record encode.
import { crc32c } from '@node-rs/crc32';
import { KafkaWireClient } from '../../compat-tests/harness/kafka-wire-client.js';
import { ProduceApi } from '../../wire/generated/api/000-produce.js';
import { FetchApi, type FetchRequest } from '../../wire/generated/api/001-fetch.js';
import type { Init } from '../../wire/primitives/index.js';
import { encodeRecordBatch } from '../../wire/record-batch/index.js';

export const produceVersion = 7;
export const fetchVersion = 11;

/** Byte offsets inside a v2 batch (Kafka's DefaultRecordBatch layout). */
const crcOffset = 17;
const attributesOffset = 21;
const baseTimestampOffset = 27;
const maxTimestampOffset = 35;
/** Correlation id sits after size (4), api key (2) and api version (2). */
const correlationIdOffset = 8;

export interface BatchShape {
  recordBytes: number;
  recordsPerBatch: number;
}

export interface ProduceTemplate {
  partitions: number[];
  frame: Buffer;
  /** Where each record batch starts inside `frame`. */
  batchStarts: number[];
  /** Record payload bytes per request (values only), for throughput figures. */
  payloadBytes: number;
}

/** One uncompressed v2 batch of `recordsPerBatch` records with null keys and `recordBytes` values. */
export function makeBatch(shape: BatchShape): Buffer {
  const value = Buffer.alloc(shape.recordBytes, 0x61);
  const records = [];
  for (let i = 0; i < shape.recordsPerBatch; i++) records.push({ key: null, value, timestamp: 0 });
  return encodeRecordBatch({ records });
}

/** A Produce request carrying one batch for each of `partitions`, as a producer with linger sends. */
export function produceTemplate(
  topic: string,
  partitions: readonly number[],
  acks: number,
  shape: BatchShape,
): ProduceTemplate {
  const batch = makeBatch(shape);
  const partitionData = partitions.map((index) => ({ index, records: batch }));
  const frame = KafkaWireClient.encodeRequest(
    ProduceApi,
    produceVersion,
    { transactionalId: null, acks, timeoutMs: 30_000, topicData: [{ name: topic, partitionData }] },
    0,
    'gossip-bench',
  );
  // v7 ends with [index int32][size int32][batch] per partition, so batch i sits at a fixed stride.
  const n = partitions.length;
  const batchStarts = partitions.map((_, i) => frame.length - (n - i) * batch.length - (n - 1 - i) * 8);
  for (const start of batchStarts) {
    if (!frame.subarray(start, start + batch.length).equals(batch))
      throw new Error('unexpected Produce v7 layout');
  }
  return {
    partitions: [...partitions],
    frame,
    batchStarts,
    payloadBytes: n * shape.recordBytes * shape.recordsPerBatch,
  };
}

/** A fresh copy of the template with this correlation id and timestamp (ms), CRCs recomputed. */
export function stampProduceFrame(
  template: ProduceTemplate,
  correlationId: number,
  timestampMs: number,
): Buffer {
  const frame = Buffer.allocUnsafe(template.frame.length);
  template.frame.copy(frame);
  frame.writeInt32BE(correlationId, correlationIdOffset);
  const ts = BigInt(Math.floor(timestampMs));
  const batchBytes = frame.length - template.batchStarts[template.batchStarts.length - 1]!;
  for (const start of template.batchStarts) {
    frame.writeBigInt64BE(ts, start + baseTimestampOffset);
    frame.writeBigInt64BE(ts, start + maxTimestampOffset);
    const crc = crc32c(frame.subarray(start + attributesOffset, start + batchBytes)) >>> 0;
    frame.writeUInt32BE(crc, start + crcOffset);
  }
  return frame;
}

/** A Fetch v11 frame for these partitions of one topic from the given offsets. */
export function fetchFrame(
  topic: string,
  offsets: readonly bigint[],
  correlationId: number,
  options: { maxWaitMs: number; partitionMaxBytes: number; maxBytes: number },
): Buffer {
  const request: Init<FetchRequest> = {
    replicaId: -1,
    maxWaitMs: options.maxWaitMs,
    minBytes: 1,
    maxBytes: options.maxBytes,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic,
        partitions: offsets.map((fetchOffset, partition) => ({
          partition,
          currentLeaderEpoch: -1,
          fetchOffset,
          lastFetchedEpoch: -1,
          logStartOffset: -1n,
          partitionMaxBytes: options.partitionMaxBytes,
        })),
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  };
  return KafkaWireClient.encodeRequest(FetchApi, fetchVersion, request, correlationId, 'gossip-bench');
}
