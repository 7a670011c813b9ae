// Produce and fetch through the raw wire client, for tests that need exact control (crash and
// concurrency tests): batches built with wire/record-batch, fetched batches decoded record by record.

import { ProduceApi, type ProduceResponse } from '../../wire/generated/api/000-produce.js';
import { FetchApi, type FetchResponse } from '../../wire/generated/api/001-fetch.js';
import { MetadataApi, type MetadataResponse } from '../../wire/generated/api/003-metadata.js';
import { decodeRecordBatch, encodeRecordBatch, splitBatches } from '../../wire/record-batch/index.js';
import type { KafkaWireClient } from './kafka-wire-client.js';

export interface FetchedRecord {
  partition: number;
  offset: bigint;
  key: string | null;
  value: string | null;
  timestamp: bigint;
}

/** Asks for a topic until the broker reports every partition with a leader (auto-creates it). */
export async function awaitTopic(client: KafkaWireClient, topic: string, partitions: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const res = (await client.send(MetadataApi, 9, { topics: [{ name: topic }] })) as MetadataResponse;
    const t = res.topics[0];
    if (
      t?.errorCode === 0 &&
      t.partitions.length === partitions &&
      t.partitions.every((p) => p.leaderId >= 0)
    )
      return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`topic ${topic} did not get ${partitions} partitions with leaders`);
}

export function valuesBatch(values: readonly string[], timestamp: number): Buffer {
  return encodeRecordBatch({
    records: values.map((v) => ({ key: Buffer.from(v.slice(0, 8)), value: Buffer.from(v), timestamp })),
  });
}

/** Produces one batch with acks=all; resolves with the base offset or rejects with the error code. */
export async function produce(
  client: KafkaWireClient,
  topic: string,
  partition: number,
  batch: Buffer,
): Promise<bigint> {
  const res = (await client.send(ProduceApi, 9, {
    acks: -1,
    timeoutMs: 10000,
    topicData: [{ name: topic, partitionData: [{ index: partition, records: batch }] }],
  })) as ProduceResponse;
  const p = res.responses[0]?.partitionResponses[0];
  if (p === undefined) throw new Error(`produce to ${topic}-${partition} got no partition answer`);
  if (p.errorCode !== 0) throw new Error(`produce to ${topic}-${partition} failed with error ${p.errorCode}`);
  return p.baseOffset;
}

/** One Fetch of one partition: decoded records from `offset`, and the high watermark. */
export async function fetchOnce(
  client: KafkaWireClient,
  topic: string,
  partition: number,
  offset: bigint,
  opts: { maxWaitMs?: number; minBytes?: number } = {},
): Promise<{ records: FetchedRecord[]; highWatermark: bigint; errorCode: number }> {
  const res = (await client.send(FetchApi, 12, {
    replicaId: -1,
    maxWaitMs: opts.maxWaitMs ?? 0,
    minBytes: opts.minBytes ?? 0,
    maxBytes: 4 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic,
        partitions: [
          {
            partition,
            fetchOffset: offset,
            partitionMaxBytes: 1 << 20,
            logStartOffset: -1n,
            currentLeaderEpoch: -1,
          },
        ],
      },
    ],
  })) as FetchResponse;
  const p = res.responses[0]!.partitions[0]!;
  const records: FetchedRecord[] = [];
  const data = p.records ?? Buffer.alloc(0);
  for (const span of splitBatches(data).batches) {
    const decoded = decodeRecordBatch(data, span.offset);
    if (!decoded.ok)
      throw new Error(`undecodable batch from ${topic}-${partition}: ${decoded.error.message}`);
    for (const r of decoded.batch.records) {
      const recordOffset = decoded.batch.baseOffset + BigInt(r.offsetDelta);
      if (recordOffset < offset) continue;
      records.push({
        partition,
        offset: recordOffset,
        key: r.key?.toString() ?? null,
        value: r.value?.toString() ?? null,
        timestamp: r.timestamp,
      });
    }
  }
  return { records, highWatermark: p.highWatermark, errorCode: p.errorCode };
}

/** Every record of a partition from `from` up to its high watermark. */
export async function fetchAll(
  client: KafkaWireClient,
  topic: string,
  partition: number,
  from = 0n,
): Promise<FetchedRecord[]> {
  const out: FetchedRecord[] = [];
  let offset = from;
  for (;;) {
    const { records, highWatermark, errorCode } = await fetchOnce(client, topic, partition, offset);
    if (errorCode !== 0)
      throw new Error(`fetch ${topic}-${partition}@${offset} failed with error ${errorCode}`);
    out.push(...records);
    if (records.length > 0) offset = records[records.length - 1]!.offset + 1n;
    if (offset >= highWatermark) return out;
    if (records.length === 0)
      throw new Error(`no progress fetching ${topic}-${partition} at ${offset} < HW ${highWatermark}`);
  }
}
