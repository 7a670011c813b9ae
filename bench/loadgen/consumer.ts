// The consume side of the load generator: one connection fetching every partition of a topic as
// fast as the target answers (one Fetch in flight, as a consumer has per broker). Batches are
// walked by their headers only; end-to-end latency is fetch time minus the batch timestamp the
// producer stamped at send time. Stops when told to, or when every partition reaches `until`.
import { FetchApi } from '../../wire/generated/api/001-fetch.js';
import { Reader } from '../../wire/primitives/index.js';
import { FrameSocket } from './frame-socket.js';
import { fetchFrame, fetchVersion } from './frames.js';
import { LatencyHistogram, type LatencySummary } from './histogram.js';
import { wallMs } from './wall-clock.js';

export interface ConsumeOptions {
  host: string;
  port: number;
  topic: string;
  partitions: number;
  /** Where to start in each partition (default 0). */
  startOffsets?: readonly bigint[];
  /** Stop once each partition's next offset reaches these (e.g. the producer's end offsets). */
  until?: readonly bigint[];
  maxWaitMs: number;
  partitionMaxBytes: number;
}

export interface ConsumeResult {
  batches: number;
  records: number;
  batchBytes: number;
  seconds: number;
  errors: number;
  endToEnd: LatencySummary;
  histogram: LatencyHistogram;
}

export interface RunningConsumer {
  /** Ask it to stop after the fetch in flight; resolves with the result. */
  stop(): Promise<ConsumeResult>;
  /** Resolves when `until` is reached (or stop() was called). */
  done: Promise<ConsumeResult>;
}

const batchHeaderBytes = 61;

export async function startConsumer(options: ConsumeOptions): Promise<RunningConsumer> {
  const socket = await FrameSocket.open(options.host, options.port);
  const offsets: bigint[] = Array.from({ length: options.partitions }, (_, p) => {
    const start = options.startOffsets?.[p] ?? 0n;
    return start > 0n ? start : 0n;
  });
  const histogram = new LatencyHistogram();
  let correlationId = 1;
  let batches = 0;
  let records = 0;
  let batchBytes = 0;
  let errors = 0;
  let stopping = false;
  let failure: Error | null = null;
  const startMs = performance.now();
  let endMs = startMs;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });

  const reached = (): boolean =>
    options.until !== undefined && offsets.every((o, p) => o >= (options.until![p] ?? 0n));

  const request = (): void => {
    if (stopping || reached()) {
      endMs = performance.now();
      socket.close();
      finish();
      return;
    }
    socket.write(
      fetchFrame(options.topic, offsets, correlationId++, {
        maxWaitMs: options.maxWaitMs,
        partitionMaxBytes: options.partitionMaxBytes,
        maxBytes: options.partitionMaxBytes * options.partitions,
      }),
    );
  };

  socket.onFrame = (frame) => {
    const now = wallMs();
    const response = FetchApi.decodeResponse(new Reader(frame.subarray(4)), fetchVersion);
    for (const topic of response.responses) {
      for (const p of topic.partitions) {
        if (p.errorCode !== 0) {
          errors++;
          continue;
        }
        const buf = p.records;
        if (buf === null) continue;
        let pos = 0;
        while (pos + batchHeaderBytes <= buf.length) {
          const size = 12 + buf.readInt32BE(pos + 8);
          if (pos + size > buf.length) break;
          const next = buf.readBigInt64BE(pos) + BigInt(buf.readInt32BE(pos + 23)) + 1n;
          if (next > offsets[p.partitionIndex]!) offsets[p.partitionIndex] = next;
          histogram.recordMs(now - Number(buf.readBigInt64BE(pos + 27)));
          batches++;
          records += buf.readInt32BE(pos + 57);
          batchBytes += size;
          pos += size;
        }
      }
    }
    request();
  };
  socket.onError = (err) => {
    failure ??= err;
    endMs = performance.now();
    finish();
  };

  const result = async (): Promise<ConsumeResult> => {
    await finished;
    if (failure) throw failure;
    return {
      batches,
      records,
      batchBytes,
      seconds: (endMs - startMs) / 1000,
      errors,
      endToEnd: histogram.summary(),
      histogram,
    };
  };
  const done = result();
  request();
  return {
    stop: () => {
      stopping = true;
      return done;
    },
    done,
  };
}
