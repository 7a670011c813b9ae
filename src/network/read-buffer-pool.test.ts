// Tests for the Fetch read-buffer pool: buffers come back for reuse only when given back, small or
// foreign buffers are never pooled, the free-bytes cap holds, and over a real connection a response
// built from pooled buffers arrives intact and its buffers are reusable once it has been written.
import test from 'ava';
import { KafkaWireClient } from '../../compat-tests/harness/kafka-wire-client.js';
import { DEFAULT_LIMITS } from '../config/limits.js';
import type { ConnectionInfo, FrameHandler, FrameOutcome } from './connection.js';
import { Listener } from './listener.js';
import { ReadBufferPool } from './read-buffer-pool.js';

const kib = 1024;

test('a given-back buffer is reused for the next read of its size class', (t) => {
  const pool = new ReadBufferPool();
  const a = pool.take(100 * kib);
  t.is(a.length, 100 * kib);
  t.is(pool.take(100 * kib).buffer === a.buffer, false, 'not reused while still out');
  pool.release([a.subarray(0, 10 * kib)]);
  const b = pool.take(120 * kib);
  t.is(b.buffer, a.buffer, 'same backing store (128 KiB class)');
  t.is(b.length, 120 * kib);
});

test('small, huge and foreign buffers are not pooled', (t) => {
  const pool = new ReadBufferPool();
  const small = pool.take(8 * kib);
  pool.release([small]);
  t.false(pool.holdsAny([small]));
  const foreign = Buffer.allocUnsafeSlow(128 * kib);
  t.false(pool.holdsAny([foreign]));
  pool.release([foreign]);
  t.not(pool.take(128 * kib).buffer, foreign.buffer);
  const huge = pool.take(32 * 1024 * kib);
  t.false(pool.holdsAny([huge]));
});

test('two slices of one buffer are given back once, and the free cap holds', (t) => {
  const pool = new ReadBufferPool(256 * kib);
  const a = pool.take(200 * kib);
  pool.release([a.subarray(0, 8 * kib), a.subarray(8 * kib, 16 * kib)]);
  const first = pool.take(200 * kib);
  const second = pool.take(200 * kib);
  t.is(first.buffer, a.buffer);
  t.not(second.buffer, a.buffer, 'the buffer was not listed twice');
  // 256 KiB cap: one 256 KiB-class buffer fits, a second one is dropped.
  pool.release([first, second]);
  t.is(pool.take(200 * kib).buffer, first.buffer);
  t.not(pool.take(200 * kib).buffer, second.buffer);
});

test('over a connection, pooled response buffers arrive intact and are reusable after the write', async (t) => {
  const taken: Buffer[] = [];
  let pool: ReadBufferPool | undefined;
  const handler: FrameHandler = {
    handle(_frame: Buffer, connection: ConnectionInfo): FrameOutcome {
      pool = connection.readBuffers;
      const body = connection.readBuffers!.take(100 * kib);
      body.fill(taken.length + 1);
      taken.push(body);
      const prefix = Buffer.alloc(4);
      prefix.writeInt32BE(body.length, 0);
      return [prefix, body];
    },
  };
  const logger = { warn: () => {}, debug: () => {} };
  const listener = new Listener(handler, DEFAULT_LIMITS, logger);
  const { port } = await listener.listen('127.0.0.1', 0);
  t.teardown(() => listener.close());
  const c = await KafkaWireClient.connect('127.0.0.1', port);
  t.teardown(() => c.close());
  const request = Buffer.alloc(8);
  request.writeInt32BE(4, 0);
  c.sendRaw(request);
  const first = await c.readFrame();
  t.is(first.length, 100 * kib);
  t.true(first.every((b) => b === 1));
  c.sendRaw(request);
  const second = await c.readFrame();
  t.true(
    second.every((b) => b === 2),
    'the reused buffer holds the new response',
  );
  t.is(taken[1]!.buffer, taken[0]!.buffer, 'the second response reused the first one’s buffer');
  t.truthy(pool);
});
