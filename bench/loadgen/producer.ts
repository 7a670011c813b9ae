// The produce side of the load generator: several connections, each owning a share of the
// partitions (one batch per owned partition in every request) and keeping up to `inFlightMax`
// pipelined Produce requests. 'max' mode refills a slot
// as soon as its response arrives; 'rate' mode is open-loop: sends are scheduled by the clock and
// latency is measured from the scheduled time, so a slow target shows up as latency, not as a
// lower send rate. Targets are a broker (responses decoded and checked) or the raw TCP sink.
import { ProduceApi } from '../../wire/generated/api/000-produce.js';
import { Reader } from '../../wire/primitives/index.js';
import { FrameSocket } from './frame-socket.js';
import {
  type BatchShape,
  type ProduceTemplate,
  produceTemplate,
  produceVersion,
  stampProduceFrame,
} from './frames.js';
import { LatencyHistogram, type LatencySummary } from './histogram.js';
import { wallMs } from './wall-clock.js';

export interface ProduceOptions {
  host: string;
  port: number;
  topic: string;
  partitions: number;
  shape: BatchShape;
  acks: number;
  connections: number;
  inFlightMax: number;
  durationMs: number;
  /** 'max': as fast as the target answers; a number: open-loop target rate in requests per second. */
  rate: 'max' | number;
  /** 'broker': decode Produce responses; 'raw': the TCP sink's 4-byte correlation-id answers. */
  target: 'broker' | 'raw';
}

export interface ProduceResult {
  requests: number;
  batches: number;
  records: number;
  payloadBytes: number;
  wireBytes: number;
  seconds: number;
  errors: number;
  /** Count of each non-zero partition error code seen. */
  errorCodes: Record<number, number>;
  /** Requests scheduled but never sent because the backlog of an open-loop run overflowed. */
  dropped: number;
  latency: LatencySummary;
  histogram: LatencyHistogram;
  /** Next offset of each partition after the run (broker targets). */
  endOffsets: bigint[];
}

const backlogMax = 100_000;
const drainTimeoutMs = 15_000;

interface Slot {
  /** Monotonic ms the request was due (rate mode) or sent (max mode). */
  startMs: number;
  correlationId: number;
}

class Lane {
  readonly inFlight: Slot[] = [];
  readonly backlog: number[] = [];
  constructor(
    readonly socket: FrameSocket,
    readonly template: ProduceTemplate,
  ) {}
}

export async function runProducer(options: ProduceOptions): Promise<ProduceResult> {
  const lanes: Lane[] = [];
  for (let c = 0; c < options.connections; c++) {
    const owned: number[] = [];
    for (let p = c; p < options.partitions; p += options.connections) owned.push(p);
    if (owned.length === 0) continue;
    const template = produceTemplate(options.topic, owned, options.acks, options.shape);
    lanes.push(new Lane(await FrameSocket.open(options.host, options.port), template));
  }
  const histogram = new LatencyHistogram();
  const endOffsets: bigint[] = new Array<bigint>(options.partitions).fill(-1n);
  let payloadBytes = 0;
  let wireBytes = 0;
  let correlationId = 1;
  let requests = 0;
  let batches = 0;
  let errors = 0;
  const errorCodes: Record<number, number> = {};
  let dropped = 0;
  let stopped = false;
  let lastAckMs = 0;
  let failure: Error | null = null;
  let wakeDrained: () => void = () => {};

  const send = (lane: Lane, startMs: number): void => {
    const id = correlationId++;
    lane.inFlight.push({ startMs, correlationId: id });
    lane.socket.write(stampProduceFrame(lane.template, id, wallMs()));
  };

  const pump = (lane: Lane): void => {
    if (options.rate === 'max') {
      while (!stopped && lane.inFlight.length < options.inFlightMax) send(lane, performance.now());
    } else {
      while (lane.backlog.length > 0 && lane.inFlight.length < options.inFlightMax)
        send(lane, lane.backlog.shift()!);
    }
  };

  const onResponse = (lane: Lane, frame: Buffer): void => {
    const now = performance.now();
    const slot = lane.inFlight.shift();
    if (slot === undefined || frame.readInt32BE(0) !== slot.correlationId) {
      failure ??= new Error(`response out of order: correlation id ${frame.readInt32BE(0)}`);
      return;
    }
    if (options.target === 'broker') {
      const response = ProduceApi.decodeResponse(new Reader(frame.subarray(4)), produceVersion);
      for (const topic of response.responses) {
        for (const p of topic.partitionResponses) {
          if (p.errorCode !== 0) {
            errors++;
            errorCodes[p.errorCode] = (errorCodes[p.errorCode] ?? 0) + 1;
          } else endOffsets[p.index] = p.baseOffset + BigInt(options.shape.recordsPerBatch);
        }
      }
    }
    histogram.recordMs(now - slot.startMs);
    requests++;
    batches += lane.template.partitions.length;
    payloadBytes += lane.template.payloadBytes;
    wireBytes += lane.template.frame.length;
    lastAckMs = now;
    pump(lane);
    if (
      stopped &&
      lanes.every((l) => l.inFlight.length === 0 && (options.rate === 'max' || l.backlog.length === 0))
    )
      wakeDrained();
  };

  for (const lane of lanes) {
    lane.socket.onFrame = (frame) => onResponse(lane, frame);
    lane.socket.onError = (err) => {
      failure ??= err;
      wakeDrained();
    };
  }

  const startMs = performance.now();
  const endMs = startMs + options.durationMs;
  let timer: NodeJS.Timeout | undefined;
  if (options.rate === 'max') {
    for (const lane of lanes) pump(lane);
  } else {
    const intervalMs = 1000 / options.rate;
    let dueMs = startMs;
    let k = 0;
    const tick = (): void => {
      const now = performance.now();
      while (dueMs <= now && dueMs < endMs) {
        const lane = lanes[k++ % lanes.length]!;
        if (lane.backlog.length < backlogMax) lane.backlog.push(dueMs);
        else dropped++;
        dueMs += intervalMs;
      }
      for (const lane of lanes) pump(lane);
      if (dueMs < endMs) timer = setTimeout(tick, Math.max(0, dueMs - performance.now()));
    };
    tick();
  }
  await new Promise<void>((resolve) => setTimeout(resolve, options.durationMs));
  stopped = true;
  if (timer) clearTimeout(timer);
  const drained = new Promise<void>((resolve) => {
    wakeDrained = resolve;
  });
  if (failure === null && lanes.some((l) => l.inFlight.length > 0)) {
    await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, drainTimeoutMs))]);
  }
  for (const lane of lanes) {
    dropped += lane.backlog.length;
    lane.socket.close();
  }
  if (failure) throw failure;
  const seconds = ((lastAckMs || performance.now()) - startMs) / 1000;
  return {
    batches,
    records: batches * options.shape.recordsPerBatch,
    requests,
    payloadBytes,
    wireBytes,
    seconds,
    errors,
    errorCodes,
    dropped,
    latency: histogram.summary(),
    histogram,
    endOffsets,
  };
}
