// Produces the data-path record set with kafkajs 2.2.4 (acks=-1, idempotent: false), each record to
// its partition with its timestamp and headers, in sequential send() calls so order holds.
// kafkajs sizes headers with Buffer.byteLength(value), which throws on null, so null header values
// go out empty (kafkajsProjection). kafkajs ships only gzip; snappy, lz4 and zstd are registered in
// its codec table from packages GOssip already installs (snappy, lz4-napi, zstd-napi).
import { createRequire } from 'node:module';
import { CompressionTypes, Kafka, logLevel } from 'kafkajs';
import type { TestRecord } from '../data-path/records.js';

const require = createRequire(import.meta.url);
// Node's ESM view of the kafkajs CommonJS module does not detect this export; require() returns the
// same module instance the import above uses.
const { CompressionCodecs } = require('kafkajs') as typeof import('kafkajs');

export function kafkajsProjection(record: TestRecord): TestRecord {
  return { ...record, headers: record.headers.map(([name, value]) => [name, value ?? Buffer.alloc(0)]) };
}

interface Codec {
  compress(encoder: { buffer: Buffer }): Promise<Buffer>;
  decompress(buffer: Buffer): Promise<Buffer>;
}

/** kafkajs codecs backed by the native packages; null when a package cannot be loaded. */
function nativeCodec(name: 'snappy' | 'lz4' | 'zstd'): Codec | null {
  try {
    if (name === 'snappy') {
      // Raw (unframed) snappy, as the kafkajs-snappy plugin sends; Kafka accepts both forms.
      const snappy = require('snappy') as {
        compressSync(b: Buffer): Buffer;
        uncompressSync(b: Buffer): Buffer;
      };
      return {
        compress: async (encoder) => snappy.compressSync(encoder.buffer),
        decompress: async (buffer) => snappy.uncompressSync(buffer),
      };
    }
    if (name === 'lz4') {
      const lz4 = require('lz4-napi') as {
        compressFrameSync(b: Buffer): Buffer;
        decompressFrameSync(b: Buffer): Buffer;
      };
      return {
        compress: async (encoder) => lz4.compressFrameSync(encoder.buffer),
        decompress: async (buffer) => lz4.decompressFrameSync(buffer),
      };
    }
    const zstd = require('zstd-napi') as { compress(b: Buffer): Buffer; decompress(b: Buffer): Buffer };
    return {
      compress: async (encoder) => zstd.compress(encoder.buffer),
      decompress: async (buffer) => zstd.decompress(buffer),
    };
  } catch {
    return null;
  }
}

const codecTypes = {
  none: CompressionTypes.None,
  gzip: CompressionTypes.GZIP,
  snappy: CompressionTypes.Snappy,
  lz4: CompressionTypes.LZ4,
  zstd: CompressionTypes.ZSTD,
} as const;

export type KafkajsCodec = keyof typeof codecTypes;

/**
 * Registers the native codecs in kafkajs's (process-wide) codec table and returns the codecs kafkajs
 * can produce with in this process.
 */
export function registerKafkajsCodecs(): KafkajsCodec[] {
  const available: KafkajsCodec[] = ['none', 'gzip'];
  for (const name of ['snappy', 'lz4', 'zstd'] as const) {
    const codec = nativeCodec(name);
    if (codec === null) continue;
    CompressionCodecs[codecTypes[name]] = () => codec;
    available.push(name);
  }
  return available;
}

export interface KafkajsProduceOptions {
  bootstrap: string;
  topic: string;
  /** Records as generated; kafkajsProjection applies. */
  records: readonly TestRecord[];
  codec: KafkajsCodec;
  /** Records per send() call (default 2000). */
  chunk?: number;
}

function headersObject(record: TestRecord): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const [name, value] of kafkajsProjection(record).headers) out[name] = value ?? Buffer.alloc(0);
  return out;
}

/** Sends every record (acks=-1) in produce order; rejects on the first failed send. */
export async function kafkajsProduce(options: KafkajsProduceOptions): Promise<void> {
  const kafka = new Kafka({
    clientId: 'gossip-compat-kafkajs',
    brokers: [options.bootstrap],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 5_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 100, maxRetryTime: 1_000, retries: 5 },
  });
  const producer = kafka.producer({
    idempotent: false,
    allowAutoTopicCreation: true,
    maxInFlightRequests: 1,
  });
  const chunk = options.chunk ?? 2000;
  await producer.connect();
  try {
    for (let at = 0; at < options.records.length; at += chunk) {
      const messages = options.records.slice(at, at + chunk).map((r) => ({
        partition: r.partition,
        key: r.key,
        value: r.value,
        timestamp: String(r.timestamp),
        headers: headersObject(r),
      }));
      await producer.send({
        topic: options.topic,
        acks: -1,
        compression: codecTypes[options.codec],
        messages,
      });
    }
  } finally {
    await producer.disconnect();
  }
}
