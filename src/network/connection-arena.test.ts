// Request bytes in frame arenas, over a real socket through the Listener: while megabytes of other
// requests pass through (many arenas' worth), a Produce frame whose handler has not finished keeps
// its bytes, and a frame of another API that its handler keeps after answering (as group state keeps
// JoinGroup metadata) keeps its bytes too; everything is answered once released. The frames kept
// and the frames held sit in different arenas, so neither protects the other's.
import { connect, type Socket } from 'node:net';
import test from 'ava';
import { DEFAULT_LIMITS } from '../config/limits.js';
import type { ConnectionInfo, FrameHandler, FrameOutcome } from './connection.js';
import { Listener } from './listener.js';

const FRAME_BYTES = 1000;

/** A frame of `apiKey`, then `seq` (int32), then `seq & 0xff` repeated. */
function frame(apiKey: number, seq: number): Buffer {
  const buf = Buffer.alloc(4 + FRAME_BYTES, seq & 0xff);
  buf.writeInt32BE(FRAME_BYTES, 0);
  buf.writeInt16BE(apiKey, 4);
  buf.writeInt32BE(seq, 6);
  return buf;
}

/** The frame still holds request `seq` (frames are all one size, so an overwrite lines up). */
function intact(f: Buffer, seq: number): boolean {
  if (f.readInt32BE(2) !== seq) return false;
  for (let i = 6; i < f.length; i++) if (f[i] !== (seq & 0xff)) return false;
  return true;
}

function answer(seq: number): Buffer[] {
  const out = Buffer.alloc(8);
  out.writeInt32BE(4, 0);
  out.writeInt32BE(seq, 4);
  return [out];
}

class HoldingHandler implements FrameHandler {
  readonly heldProduce = new Map<number, { frame: Buffer; resolve: (o: FrameOutcome) => void }>();
  readonly kept = new Map<number, Buffer>();

  handle(f: Buffer, _c: ConnectionInfo): FrameOutcome | Promise<FrameOutcome> {
    const seq = f.readInt32BE(2);
    // Held: three Produce frames in the middle of the stream, in an arena of their own by then.
    if (f.readInt16BE(0) === 0 && seq >= 3000 && seq < 3005) {
      return new Promise((resolve) => this.heldProduce.set(seq, { frame: f, resolve }));
    }
    if (f.readInt16BE(0) === 11 && seq < 10) this.kept.set(seq, f);
    return answer(seq);
  }
}

async function answers(socket: Socket, count: number): Promise<number[]> {
  const seqs: number[] = [];
  let pending = Buffer.alloc(0);
  return new Promise((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 8) {
        seqs.push(pending.readInt32BE(4));
        pending = pending.subarray(8);
      }
      if (seqs.length === count) resolve(seqs);
    });
  });
}

test('held Produce frames and kept frames of other APIs are never overwritten by later traffic', async (t) => {
  const handler = new HoldingHandler();
  const limits = { ...DEFAULT_LIMITS, inFlightRequestsMax: 100_000 };
  const listener = new Listener(handler, limits, { warn() {}, debug() {} });
  const { port } = await listener.listen('127.0.0.1', 0);
  t.teardown(() => listener.close());
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  t.teardown(() => socket.destroy());

  const total = 6000; // 6 MB: several 1 MiB arenas' worth
  const got = answers(socket, total);
  for (let seq = 0; seq < total; seq++) socket.write(frame(seq % 2 === 0 ? 0 : 11, seq));
  while (handler.heldProduce.size < 3) await new Promise((resolve) => setTimeout(resolve, 10));
  // Requests after the held ones are handled but their answers wait (strict order); all read by now?
  await new Promise((resolve) => setTimeout(resolve, 300));
  t.is(handler.heldProduce.size, 3, 'produce frames 3000, 3002 and 3004 are held');
  for (const [seq, { frame: f }] of handler.heldProduce) t.true(intact(f, seq), `held Produce ${seq} intact`);
  t.is(handler.kept.size, 5);
  for (const [seq, f] of handler.kept) t.true(intact(f, seq), `kept request ${seq} of another API intact`);
  for (const { resolve } of handler.heldProduce.values()) resolve(answer(-1));
  const seqs = await got;
  t.is(seqs.length, total);
  for (const [seq, f] of handler.kept) t.true(intact(f, seq), `request ${seq} still intact at the end`);
});

test('connections reading through the shared read buffer at once each get their own bytes', async (t) => {
  const seen: boolean[] = [];
  const handler: FrameHandler = {
    handle(f: Buffer): FrameOutcome {
      const seq = f.readInt32BE(2);
      seen.push(intact(f, seq) && seq % 8 === f.readInt16BE(0) % 8);
      return answer(seq);
    },
  };
  const listener = new Listener(handler, DEFAULT_LIMITS, { warn() {}, debug() {} });
  const { port } = await listener.listen('127.0.0.1', 0);
  t.teardown(() => listener.close());
  const perConnection = 500;
  const sockets = await Promise.all(
    Array.from(
      { length: 8 },
      () =>
        new Promise<Socket>((resolve) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  t.teardown(() => {
    for (const s of sockets) s.destroy();
  });
  // Connection c sends requests c, c + 8, c + 16, ... with API key c (0 is Produce, kept in arenas).
  const done = sockets.map((s) => answers(s, perConnection));
  for (let i = 0; i < perConnection; i++) {
    for (const [c, s] of sockets.entries()) s.write(frame(c, i * 8 + c));
  }
  const got = await Promise.all(done);
  for (const [c, seqs] of got.entries()) {
    t.deepEqual(
      seqs,
      Array.from({ length: perConnection }, (_, k) => k * 8 + c),
    );
  }
  t.is(seen.length, 8 * perConnection);
  t.true(seen.every(Boolean), 'every frame arrived whole, on its own connection');
});
