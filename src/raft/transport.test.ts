import { connect, createServer, type Socket } from 'node:net';
import test, { type ExecutionContext } from 'ava';
import { freePort } from '../../compat-tests/harness/env.js';
import { SystemClock } from '../common/clock.js';
import { SeededRandom } from '../common/random.js';
import { encodeMessage } from './codec.js';
import { RAFT_FRAME_BYTES_MAX, type RaftPeer, RaftTransport } from './transport.js';
import type { Message } from './types.js';

const host = '127.0.0.1';

async function peers(count: number): Promise<RaftPeer[]> {
  const out: RaftPeer[] = [];
  for (let id = 1; id <= count; id++) out.push({ id, host, port: await freePort(host) });
  return out;
}

async function start(t: ExecutionContext, all: RaftPeer[], id: number): Promise<RaftTransport> {
  const self = all.find((p) => p.id === id)!;
  const transport = await RaftTransport.listen({
    nodeId: id,
    listenHost: host,
    listenPort: self.port,
    peers: all,
    clock: new SystemClock(),
    random: new SeededRandom(id),
    reconnectBackoffMinMs: 20,
    reconnectBackoffMaxMs: 100,
  });
  t.teardown(() => transport.close());
  return transport;
}

/** Collects messages a transport receives; next() waits for the next one. */
function inbox(transport: RaftTransport) {
  const got: Message[] = [];
  let wake: (() => void) | null = null;
  transport.onMessage((m) => {
    got.push(m);
    wake?.();
  });
  return {
    got,
    async next(timeoutMs = 5000): Promise<Message> {
      const deadline = performance.now() + timeoutMs;
      while (got.length === 0) {
        if (performance.now() > deadline) throw new Error('no message arrived');
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 20);
        });
      }
      return got.shift()!;
    },
  };
}

function vote(from: number, to: number, term: number): Message {
  return {
    type: 'vote-request',
    from,
    to,
    term,
    preVote: false,
    lastLogIndex: 3,
    lastLogTerm: 1,
    transfer: false,
  };
}

/** Sends until the receiver sees a message (the first sends may race the connection). */
async function sendUntilReceived(from: RaftTransport, box: ReturnType<typeof inbox>, m: Message) {
  for (let i = 0; i < 100; i++) {
    from.send(m);
    try {
      return await box.next(100);
    } catch {}
  }
  throw new Error('never received');
}

function rawFrame(kind: number, payload: Buffer): Buffer {
  const out = Buffer.alloc(5 + payload.length);
  out.writeUInt32BE(1 + payload.length, 0);
  out.writeUInt8(kind, 4);
  payload.copy(out, 5);
  return out;
}

function hello(from: number, to: number): Buffer {
  const p = Buffer.alloc(13);
  p.writeUInt32BE(0x47524654, 0);
  p.writeUInt8(1, 4);
  p.writeUInt32BE(from, 5);
  p.writeUInt32BE(to, 9);
  return rawFrame(1, p);
}

async function rawConnect(port: number): Promise<Socket> {
  const socket = connect({ host, port });
  await new Promise((resolve) => socket.once('connect', resolve));
  return socket;
}

function closedSoon(socket: Socket): Promise<boolean> {
  return new Promise((resolve) => {
    socket.on('error', () => {});
    socket.once('close', () => resolve(true));
    setTimeout(() => resolve(false), 3000);
  });
}

test('messages flow both ways and arrive intact', async (t) => {
  const all = await peers(2);
  const a = await start(t, all, 1);
  const b = await start(t, all, 2);
  const boxA = inbox(a);
  const boxB = inbox(b);
  t.deepEqual(await sendUntilReceived(a, boxB, vote(1, 2, 4)), vote(1, 2, 4));
  const reply: Message = { type: 'vote-response', from: 2, to: 1, term: 4, preVote: false, granted: true };
  t.deepEqual(await sendUntilReceived(b, boxA, reply), reply);
  // In order on one connection.
  for (let term = 10; term < 20; term++) a.send(vote(1, 2, term));
  for (let term = 10; term < 20; term++) t.is((await boxB.next()).term, term);
  // Messages to unknown nodes are dropped quietly.
  a.send(vote(1, 9, 1));
});

test('requests get replies, handler errors and timeouts reject', async (t) => {
  const all = await peers(2);
  const a = await start(t, all, 1);
  const b = await start(t, all, 2);
  await t.throwsAsync(a.request(2, Buffer.from('x'), 2000), { message: /no request handler/ });
  b.handleRequests(async (from, body) => {
    if (body.toString() === 'fail') throw new Error('refused');
    if (body.toString() === 'slow') await new Promise((resolve) => setTimeout(resolve, 500));
    return Buffer.from(`${from}:${body.toString()}`);
  });
  t.is((await a.request(2, Buffer.from('hi'), 2000)).toString(), '1:hi');
  const many = await Promise.all([...Array(50).keys()].map((i) => a.request(2, Buffer.from(`${i}`), 2000)));
  t.deepEqual(
    many.map((r) => r.toString()),
    [...Array(50).keys()].map((i) => `1:${i}`),
  );
  await t.throwsAsync(a.request(2, Buffer.from('fail'), 2000), { message: /refused/ });
  await t.throwsAsync(a.request(2, Buffer.from('slow'), 50), { message: /timed out/ });
  await t.throwsAsync(a.request(7, Buffer.from('x'), 50), { message: /not a known quorum peer/ });
});

test('a peer that is down drops messages; after it starts, the link reconnects', async (t) => {
  const all = await peers(2);
  const a = await start(t, all, 1);
  await t.throwsAsync(a.request(2, Buffer.from('x'), 2000), { message: /lost|no connection/ });
  a.send(vote(1, 2, 1));
  const b = await start(t, all, 2);
  b.handleRequests(async (_from, body) => body);
  const boxB = inbox(b);
  t.is((await sendUntilReceived(a, boxB, vote(1, 2, 2))).term, 2);
  await b.close();
  await t.throwsAsync(a.request(2, Buffer.from('x'), 2000), { message: /lost|no connection/ });
  const b2 = await start(t, all, 2);
  const boxB2 = inbox(b2);
  t.is((await sendUntilReceived(a, boxB2, vote(1, 2, 3))).term, 3);
});

test('a bad frame closes only that connection', async (t) => {
  const all = await peers(2);
  const a = await start(t, all, 1);
  const b = await start(t, all, 2);
  const boxB = inbox(b);
  await sendUntilReceived(a, boxB, vote(1, 2, 1));
  const port = all[1]!.port;

  const cases: Array<[string, Buffer[]]> = [
    ['garbage before hello', [rawFrame(2, Buffer.from('nonsense'))]],
    ['hello for another node', [hello(1, 3)]],
    ['hello from a stranger', [hello(8, 2)]],
    ['undecodable message', [hello(1, 2), rawFrame(2, Buffer.from([200, 1, 2]))]],
    ['forged sender', [hello(1, 2), rawFrame(2, encodeMessage(vote(3, 2, 1)))]],
    ['unknown kind', [hello(1, 2), rawFrame(9, Buffer.alloc(0))]],
  ];
  for (const [name, frames] of cases) {
    const socket = await rawConnect(port);
    const closed = closedSoon(socket);
    for (const f of frames) socket.write(f);
    t.true(await closed, name);
  }
  const huge = await rawConnect(port);
  const closed = closedSoon(huge);
  const header = Buffer.alloc(4);
  header.writeUInt32BE(RAFT_FRAME_BYTES_MAX + 1, 0);
  huge.write(Buffer.concat([hello(1, 2), header]));
  t.true(await closed, 'oversized frame');

  // The good connection still works.
  a.send(vote(1, 2, 2));
  t.is((await boxB.next()).term, 2);
});

test('a connection to a peer that never answers is presumed dead and reopened', async (t) => {
  // A listener that accepts and reads but never speaks, like a peer behind a partition.
  const accepted: Socket[] = [];
  const silent = createServer((socket) => {
    accepted.push(socket);
    socket.resume();
  });
  await new Promise<void>((resolve) => silent.listen(0, host, resolve));
  t.teardown(() => {
    for (const s of accepted) s.destroy();
    silent.close();
  });
  const port = (silent.address() as { port: number }).port;
  const a = await RaftTransport.listen({
    nodeId: 1,
    listenHost: host,
    listenPort: 0,
    peers: [{ id: 2, host, port }],
    clock: new SystemClock(),
    random: new SeededRandom(1),
    reconnectBackoffMinMs: 10,
    peerSilenceMsMax: 200,
  });
  t.teardown(() => a.close());
  const deadline = performance.now() + 5000;
  while (accepted.length < 2 && performance.now() < deadline) {
    a.send(vote(1, 2, 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  t.true(accepted.length >= 2);
});
