// The produce workload through kafkajs, which is what Node users see: each send() carries
// `recordsPerBatch` records for every partition (kafkajs turns that into one Produce request with
// one batch per partition), and up to `inFlightMax` sends are outstanding. Unlike the raw load
// generator, kafkajs encodes every record on each send, so the client's own cost is part of it.
import { Kafka, logLevel, type Message } from 'kafkajs';
import type { BatchShape } from './frames.js';
import { LatencyHistogram } from './histogram.js';
import type { ProduceResult } from './producer.js';

export interface KafkajsProduceOptions {
  host: string;
  port: number;
  topic: string;
  partitions: number;
  shape: BatchShape;
  acks: number;
  inFlightMax: number;
  durationMs: number;
}

export async function runKafkajsProducer(o: KafkajsProduceOptions): Promise<ProduceResult> {
  const kafka = new Kafka({
    clientId: 'gossip-bench-kafkajs',
    brokers: [`${o.host}:${o.port}`],
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const value = Buffer.alloc(o.shape.recordBytes, 0x61);
  const messages: Message[] = [];
  for (let p = 0; p < o.partitions; p++)
    for (let i = 0; i < o.shape.recordsPerBatch; i++) messages.push({ partition: p, value });
  const histogram = new LatencyHistogram();
  const endOffsets: bigint[] = new Array<bigint>(o.partitions).fill(-1n);
  const errorCodes: Record<number, number> = {};
  let requests = 0;
  let errors = 0;
  let lastAckMs = 0;
  const startMs = performance.now();
  const endMs = startMs + o.durationMs;
  const lane = async (): Promise<void> => {
    while (performance.now() < endMs) {
      const sent = performance.now();
      try {
        const meta = await producer.send({ topic: o.topic, acks: o.acks, messages });
        for (const m of meta) {
          if (m.errorCode !== 0) {
            errors++;
            errorCodes[m.errorCode] = (errorCodes[m.errorCode] ?? 0) + 1;
          } else if (m.baseOffset !== undefined)
            endOffsets[m.partition] = BigInt(m.baseOffset) + BigInt(o.shape.recordsPerBatch);
        }
      } catch {
        errors++;
        errorCodes[-1] = (errorCodes[-1] ?? 0) + 1;
        continue;
      }
      lastAckMs = performance.now();
      histogram.recordMs(lastAckMs - sent);
      requests++;
    }
  };
  await Promise.all(Array.from({ length: o.inFlightMax }, lane));
  await producer.disconnect();
  const batches = requests * o.partitions;
  const payloadBytes = batches * o.shape.recordBytes * o.shape.recordsPerBatch;
  return {
    requests,
    batches,
    records: batches * o.shape.recordsPerBatch,
    payloadBytes,
    wireBytes: payloadBytes,
    seconds: ((lastAckMs || performance.now()) - startMs) / 1000,
    errors,
    errorCodes,
    dropped: 0,
    latency: histogram.summary(),
    histogram,
    endOffsets,
  };
}
