// The open-loop latency probe process (spawned by latency-probe.ts, pinned to its own core): reads one
// JSON command per stdin line, sends pre-stamped Produce frames on a clock schedule (timer until the
// last ~1.5 ms, then setImmediate polling), times each answer from its scheduled send time and writes
// the latencies back as one JSON line. Per request: one socket write and one response frame.
import { createInterface } from 'node:readline';
import type { ProbeCommand, ProbeResult } from './latency-probe.js';
import { FrameSocket } from './loadgen/frame-socket.js';
import { produceTemplate, stampProduceFrame } from './loadgen/frames.js';
import { wallMs } from './loadgen/wall-clock.js';

/** Distinct pre-stamped frames per connection (correlation ids cycle through them). */
const ringSize = 16;
/** Below this much time to the next send, poll with setImmediate instead of a timer (default). */
const defaultSpinMs = 1.5;
const drainTimeoutMs = 15_000;

interface Lane {
  socket: FrameSocket;
  frames: Buffer[];
  /** Scheduled send times (ms) of requests written and not yet answered, oldest first. */
  inFlight: number[];
  /** When each of those was written (ms), same order. */
  writtenAt: number[];
  /** Scheduled send times of requests due but held back by the in-flight cap. */
  backlog: number[];
  sent: number;
  answered: number;
}

/** Partition errors in a Produce v7 response: topics[name, partitions[...]], then throttle time. */
function produceErrors(frame: Buffer): number {
  // correlation id (4), topic count (4), name (2 + n), partition count (4), then per partition:
  // index 4, error 2, base offset 8, log append time 8, log start offset 8.
  let pos = 4;
  let errors = 0;
  const topics = frame.readInt32BE(pos);
  pos += 4;
  for (let t = 0; t < topics; t++) {
    pos += 2 + frame.readInt16BE(pos);
    const parts = frame.readInt32BE(pos);
    pos += 4;
    for (let p = 0; p < parts; p++) {
      if (frame.readInt16BE(pos + 4) !== 0) errors++;
      pos += 30;
    }
  }
  return errors;
}

async function run(cmd: ProbeCommand): Promise<ProbeResult> {
  const lanes: Lane[] = [];
  for (let c = 0; c < cmd.connections; c++) {
    const owned: number[] = [];
    for (let p = c; p < cmd.partitions; p += cmd.connections) owned.push(p);
    if (owned.length === 0) continue;
    const template = produceTemplate(cmd.topic, owned, cmd.acks, cmd.shape);
    const stampMs = wallMs();
    const frames = Array.from({ length: ringSize }, (_, i) => stampProduceFrame(template, i, stampMs));
    const socket = await FrameSocket.open(cmd.host, cmd.port).catch((err: unknown) => {
      for (const lane of lanes) lane.socket.close();
      throw err;
    });
    lanes.push({ socket, frames, inFlight: [], writtenAt: [], backlog: [], sent: 0, answered: 0 });
  }
  const expected = Math.ceil((cmd.durationMs * cmd.rate) / 1000) + 1;
  const latencyUs = new Float64Array(expected);
  const lagUs = new Float64Array(expected);
  const serviceUs = new Float64Array(expected);
  let answered = 0;
  let lagged = 0;
  let errors = 0;
  let failure: Error | null = null;
  let lastAckMs = 0;
  let wake: () => void = () => {};
  let measureFromMs = Number.POSITIVE_INFINITY;

  const write = (lane: Lane, dueMs: number): void => {
    lane.socket.write(lane.frames[lane.sent % ringSize]!);
    lane.sent++;
    lane.inFlight.push(dueMs);
    lane.writtenAt.push(performance.now());
  };

  for (const lane of lanes) {
    lane.socket.onFrame = (frame) => {
      const now = performance.now();
      const dueMs = lane.inFlight.shift();
      const writtenMs = lane.writtenAt.shift() ?? now;
      if (dueMs === undefined || frame.readInt32BE(0) !== lane.answered % ringSize) {
        failure ??= new Error(`response out of order: correlation id ${frame.readInt32BE(0)}`);
        wake();
        return;
      }
      lane.answered++;
      if (cmd.target === 'broker') errors += produceErrors(frame);
      if (lane.backlog.length > 0) write(lane, lane.backlog.shift()!);
      const idle = lanes.every((l) => l.inFlight.length === 0 && l.backlog.length === 0);
      if (dueMs < measureFromMs) {
        if (idle) wake();
        return;
      }
      if (answered < latencyUs.length) {
        latencyUs[answered] = (now - dueMs) * 1000;
        serviceUs[answered] = (now - writtenMs) * 1000;
      }
      answered++;
      lastAckMs = now;
      if (idle) wake();
    };
    lane.socket.onError = (err) => {
      failure ??= err;
      wake();
    };
  }

  const intervalMs = 1000 / cmd.rate;
  const spinMs = cmd.spinMs ?? defaultSpinMs;
  // The warm-up runs on the same connections at the same rate; only what is due after it counts.
  const startMs = performance.now();
  measureFromMs = startMs + (cmd.warmupMs ?? 0);
  const endMs = measureFromMs + cmd.durationMs;
  let dueMs = startMs;
  let k = 0;
  let scheduled = 0;
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now();
      while (dueMs <= now && dueMs < endMs) {
        const lane = lanes[k++ % lanes.length]!;
        if (dueMs >= measureFromMs) {
          scheduled++;
          if (lagged < lagUs.length) lagUs[lagged++] = (now - dueMs) * 1000;
        }
        if (lane.inFlight.length < cmd.inFlightMax) write(lane, dueMs);
        else lane.backlog.push(dueMs);
        dueMs += intervalMs;
      }
      if (dueMs >= endMs || failure) {
        resolve();
        return;
      }
      const wait = dueMs - performance.now();
      if (wait > spinMs) setTimeout(tick, wait - spinMs);
      else setImmediate(tick);
    };
    tick();
  });
  if (failure === null && lanes.some((l) => l.inFlight.length > 0 || l.backlog.length > 0)) {
    const drained = new Promise<void>((resolve) => {
      wake = resolve;
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([drained, new Promise((resolve) => (timer = setTimeout(resolve, drainTimeoutMs)))]);
    clearTimeout(timer);
  }
  let unanswered = 0;
  for (const lane of lanes) {
    unanswered += lane.inFlight.length + lane.backlog.length;
    lane.socket.close();
  }
  if (failure) throw failure;
  return {
    scheduled,
    answered,
    unanswered,
    errors,
    seconds: ((lastAckMs || performance.now()) - measureFromMs) / 1000,
    latencyUs: Array.from(latencyUs.subarray(0, Math.min(answered, latencyUs.length)), Math.round),
    sendLagUs: Array.from(lagUs.subarray(0, lagged), Math.round),
    serviceUs: Array.from(serviceUs.subarray(0, Math.min(answered, serviceUs.length)), Math.round),
  };
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const cmd = JSON.parse(line) as ProbeCommand;
  run(cmd).then(
    (result) => process.stdout.write(`${JSON.stringify({ ok: result })}\n`),
    (err: unknown) => process.stdout.write(`${JSON.stringify({ error: String(err) })}\n`),
  );
});
lines.on('close', () => process.exit(0));
process.stdout.write('latency-probe ready\n');
