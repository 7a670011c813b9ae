// Tests for connections and the listener over real sockets on port 0. A small frame handler plays
// the dispatcher: the first byte of a frame says what to do (answer now, answer when the test says,
// answer nothing, throw, reject). Checked: responses leave strictly in request order whatever order
// handlers finish in, a null outcome sends nothing, the in-flight cap holds, and a malformed frame or
// failing handler closes that connection only, with a 'closing connection' warning.
import test, { type ExecutionContext } from 'ava';
import { KafkaWireClient } from '../../compat-tests/harness/kafka-wire-client.js';
import { DecodeError } from '../../wire/primitives/index.js';
import { DEFAULT_LIMITS, type Limits } from '../config/limits.js';
import type { ConnectionInfo, ConnectionLogger, FrameHandler, FrameOutcome } from './connection.js';
import { Listener } from './listener.js';

class CollectingLogger implements ConnectionLogger {
  readonly lines: { level: string; obj: object; msg: string }[] = [];
  warn(obj: object, msg: string): void {
    this.lines.push({ level: 'warn', obj, msg });
  }
  debug(obj: object, msg: string): void {
    this.lines.push({ level: 'debug', obj, msg });
  }
  closing(): { conn?: number; reason?: string }[] {
    return this.lines.filter((l) => l.msg === 'closing connection').map((l) => l.obj);
  }
}

/** Frames are '<op><label>': E echo now, D echo when released, N no response, X throw, R reject. */
class ScriptedHandler implements FrameHandler {
  readonly held = new Map<string, (out: FrameOutcome) => void>();
  readonly seen: string[] = [];
  private heldListeners: (() => void)[] = [];

  handle(frame: Buffer, _connection: ConnectionInfo): FrameOutcome | Promise<FrameOutcome> {
    const text = frame.toString('utf8');
    this.seen.push(text);
    const op = text[0];
    const label = text.slice(1);
    if (op === 'E') return [sized(`re:${label}`)];
    if (op === 'N') return null;
    if (op === 'X') throw new DecodeError(`cannot decode ${label}`);
    if (op === 'R') return Promise.reject(new Error(`handler failed on ${label}`));
    if (op === 'D') {
      return new Promise<FrameOutcome>((resolve) => {
        this.held.set(label, resolve);
        for (const l of this.heldListeners.splice(0)) l();
      });
    }
    throw new Error(`unknown op ${op}`);
  }

  /** Answers a held request: with its echo, or with nothing when `none`. */
  release(label: string, none = false): void {
    const resolve = this.held.get(label);
    if (!resolve) throw new Error(`${label} is not held`);
    this.held.delete(label);
    resolve(none ? null : [sized(`re:${label}`)]);
  }

  async heldAtLeast(n: number): Promise<void> {
    while (this.held.size < n) await new Promise<void>((resolve) => this.heldListeners.push(resolve));
  }
}

function sized(text: string): Buffer {
  const body = Buffer.from(text);
  const prefix = Buffer.alloc(4);
  prefix.writeInt32BE(body.length, 0);
  return Buffer.concat([prefix, body]);
}

async function serve(
  t: ExecutionContext,
  limits: Partial<Limits> = {},
): Promise<{ listener: Listener; handler: ScriptedHandler; logger: CollectingLogger; port: number }> {
  const handler = new ScriptedHandler();
  const logger = new CollectingLogger();
  const listener = new Listener(handler, { ...DEFAULT_LIMITS, ...limits }, logger);
  const { port } = await listener.listen('127.0.0.1', 0);
  t.teardown(() => listener.close());
  return { listener, handler, logger, port };
}

async function client(t: ExecutionContext, port: number): Promise<KafkaWireClient> {
  const c = await KafkaWireClient.connect('127.0.0.1', port);
  t.teardown(() => c.close());
  return c;
}

async function readText(c: KafkaWireClient): Promise<string> {
  return (await c.readFrame()).toString('utf8');
}

/** Lets pending socket and promise callbacks run (no timing involved: a few event-loop turns). */
async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise<void>((resolve) => setTimeout(resolve, 5));
}

test('pipelined requests finishing out of order are answered in request order', async (t) => {
  const { handler, port } = await serve(t);
  const c = await client(t, port);
  c.sendRaw(Buffer.concat([sized('D1'), sized('D2'), sized('D3'), sized('E4')]));
  await handler.heldAtLeast(3);
  handler.release('3');
  handler.release('2');
  await settle();
  t.is(c.framesReceived, 0, 'nothing is sent while the first request is unanswered');
  handler.release('1');
  t.deepEqual(await Promise.all([readText(c), readText(c), readText(c), readText(c)]), [
    're:1',
    're:2',
    're:3',
    're:4',
  ]);
});

test('requests written one by one and answered in reverse still come back in order', async (t) => {
  const { handler, port } = await serve(t);
  const c = await client(t, port);
  const labels = Array.from({ length: 30 }, (_, i) => `${i}`);
  for (const l of labels) c.sendRaw(sized(`D${l}`));
  await handler.heldAtLeast(labels.length);
  for (const l of [...labels].reverse()) handler.release(l);
  const got: string[] = [];
  for (const _ of labels) got.push(await readText(c));
  t.deepEqual(
    got,
    labels.map((l) => `re:${l}`),
  );
});

test('a handler returning null sends nothing and the next response still goes out', async (t) => {
  const { handler, port } = await serve(t);
  const c = await client(t, port);
  c.sendRaw(Buffer.concat([sized('N0'), sized('E1')]));
  t.is(await readText(c), 're:1');
  // A held request answered with null, between two answered ones.
  c.sendRaw(Buffer.concat([sized('E2'), sized('D3'), sized('E4')]));
  t.is(await readText(c), 're:2');
  await handler.heldAtLeast(1);
  handler.release('3', true);
  t.is(await readText(c), 're:4');
  t.is(c.framesReceived, 3);
});

test('a malformed frame closes only that connection', async (t) => {
  const { listener, logger, port } = await serve(t);
  const good = await client(t, port);
  const bad = await client(t, port);
  good.sendRaw(sized('Ebefore'));
  t.is(await readText(good), 're:before');
  bad.sendRaw(Buffer.concat([sized('Eok'), sized('Xjunk'), sized('Eafter')]));
  await bad.closed;
  good.sendRaw(sized('Estill-here'));
  t.is(await readText(good), 're:still-here');
  await until(() => listener.connectionCount === 1);
  const closing = logger.closing();
  t.is(closing.length, 1);
  t.regex(closing[0]!.reason ?? '', /DecodeError: cannot decode junk/);
  t.false(good.isClosed);
});

test('a rejected handler promise closes only that connection', async (t) => {
  const { logger, port } = await serve(t);
  const good = await client(t, port);
  const bad = await client(t, port);
  bad.sendRaw(sized('Rboom'));
  await bad.closed;
  good.sendRaw(sized('Eok'));
  t.is(await readText(good), 're:ok');
  t.regex(logger.closing()[0]?.reason ?? '', /handler failed on boom/);
});

test('negative and oversized size prefixes close the connection before any payload is read', async (t) => {
  const { handler, logger, port } = await serve(t, { frameBytesMax: 1024 });
  for (const prefix of [
    [0x80, 0, 0, 0],
    [0xff, 0xff, 0xff, 0xff],
    [0x7f, 0xff, 0xff, 0xff],
    [0, 0, 0x04, 0x01],
  ]) {
    const c = await client(t, port);
    c.sendRaw(Buffer.from([...prefix, 0x45, 0x41]));
    await c.closed;
  }
  t.is(logger.closing().length, 4);
  for (const line of logger.closing()) t.regex(line.reason ?? '', /outside 0\.\.1024/);
  t.deepEqual(handler.seen, []);
});

test('reading stops at inFlightRequestsMax unanswered requests', async (t) => {
  const max = 4;
  const { handler, port } = await serve(t, { inFlightRequestsMax: max });
  const c = await client(t, port);
  const labels = Array.from({ length: 20 }, (_, i) => `${i}`);
  // All requests in one write, so they usually arrive in one chunk.
  c.sendRaw(Buffer.concat(labels.map((l) => sized(`D${l}`))));
  await handler.heldAtLeast(1);
  await settle();
  t.true(handler.held.size <= max, `${handler.held.size} requests handed to handlers at once, cap is ${max}`);
  // Draining: answer whatever is held as it arrives; everything comes back, in order.
  const releaser = (async () => {
    let released = 0;
    while (released < labels.length) {
      await handler.heldAtLeast(1);
      for (const l of [...handler.held.keys()]) {
        handler.release(l);
        released++;
      }
    }
  })();
  const got: string[] = [];
  for (const _ of labels) got.push(await readText(c));
  await releaser;
  t.deepEqual(
    got,
    labels.map((l) => `re:${l}`),
  );
});

test('max.connections: a connection over the limit is closed on accept', async (t) => {
  const { listener, logger, port } = await serve(t, { connectionsMax: 2 });
  const a = await client(t, port);
  const b = await client(t, port);
  await until(() => listener.connectionCount === 2);
  const c = await client(t, port);
  await c.closed;
  t.true(logger.lines.some((l) => l.msg.includes('max.connections reached')));
  a.sendRaw(sized('Ea'));
  b.sendRaw(sized('Eb'));
  t.is(await readText(a), 're:a');
  t.is(await readText(b), 're:b');
  a.close();
  await until(() => listener.connectionCount === 1);
  const d = await client(t, port);
  d.sendRaw(sized('Ed'));
  t.is(await readText(d), 're:d');
});

test('listener close closes every open connection', async (t) => {
  const { listener, port } = await serve(t);
  const clients = await Promise.all([client(t, port), client(t, port), client(t, port)]);
  await until(() => listener.connectionCount === 3);
  await listener.close();
  await Promise.all(clients.map((c) => c.closed));
  t.is(listener.connectionCount, 0);
});

test('connection info carries the remote address and a per-connection id', async (t) => {
  const seen: ConnectionInfo[] = [];
  const logger = new CollectingLogger();
  const listener = new Listener(
    {
      handle: (_frame, info) => {
        seen.push(info);
        return [sized('ok')];
      },
    },
    DEFAULT_LIMITS,
    logger,
  );
  const { port } = await listener.listen('127.0.0.1', 0);
  t.teardown(() => listener.close());
  const a = await client(t, port);
  const b = await client(t, port);
  a.sendRaw(sized('x'));
  await a.readFrame();
  b.sendRaw(sized('y'));
  await b.readFrame();
  t.is(seen.length, 2);
  t.not(seen[0]!.id, seen[1]!.id);
  t.is(seen[0]!.remoteAddress, '127.0.0.1');
  t.is(seen[0]!.remotePort, a.localPort);
  t.is(seen[1]!.remotePort, b.localPort);
});
