// Tests the capture proxy against a small local Kafka-framed server (no broker needed): bytes pass
// through unchanged, frames are reassembled across any chunking, responses pair with requests by
// correlation id even out of order, and acks=0 Produce requests are recorded without a response.
import { once } from 'node:events';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import test from 'ava';
import { FrameSplitter, produceAcks, requestClientId, startCaptureProxy } from './capture-proxy.js';

function sized(body: Buffer): Buffer {
  const prefix = Buffer.alloc(4);
  prefix.writeInt32BE(body.length);
  return Buffer.concat([prefix, body]);
}

/** A request frame with header v1 (api key, version, correlation id, client id). */
function requestFrame(apiKey: number, apiVersion: number, correlationId: number, body: Buffer): Buffer {
  const clientId = Buffer.from('capture-test');
  const header = Buffer.alloc(10);
  header.writeInt16BE(apiKey, 0);
  header.writeInt16BE(apiVersion, 2);
  header.writeInt32BE(correlationId, 4);
  header.writeInt16BE(clientId.length, 8);
  return sized(Buffer.concat([header, clientId, body]));
}

/** Produce v3 body start: null transactional id, then acks, timeout, no topics. */
function produceV3Body(acks: number): Buffer {
  const body = Buffer.alloc(2 + 2 + 4 + 4);
  body.writeInt16BE(-1, 0);
  body.writeInt16BE(acks, 2);
  body.writeInt32BE(1000, 4);
  body.writeInt32BE(0, 8);
  return body;
}

type Answer = (requests: Buffer[], socket: Socket) => void;

/** Answers each request frame with [correlation id]["reply:" + request body after the header]. */
function replyTo(request: Buffer): Buffer {
  const correlationId = Buffer.alloc(4);
  correlationId.writeInt32BE(request.readInt32BE(8));
  return sized(Buffer.concat([correlationId, Buffer.from('reply:'), request.subarray(12)]));
}

const answerEach: Answer = (requests, socket) => {
  for (const request of requests) socket.write(replyTo(request));
};

async function startFramedServer(answer: Answer): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    const splitter = new FrameSplitter();
    socket.on('data', (chunk: Buffer) => answer(splitter.push(chunk), socket));
    socket.on('error', () => socket.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return { server, port: address.port };
}

/** Connects, writes `chunks` one by one, and collects `expectedBytes` of reply. */
async function roundTrip(port: number, chunks: Buffer[], expectedBytes: number): Promise<Buffer> {
  const socket = tcpConnect({ host: '127.0.0.1', port });
  await once(socket, 'connect');
  const received: Buffer[] = [];
  let total = 0;
  const done = new Promise<Buffer>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      total += chunk.length;
      if (total >= expectedBytes) resolve(Buffer.concat(received));
    });
    socket.on('error', reject);
  });
  for (const chunk of chunks) {
    socket.write(chunk);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const reply = expectedBytes === 0 ? Buffer.alloc(0) : await done;
  socket.destroy();
  return reply;
}

test('FrameSplitter reassembles frames split and joined across chunks', (t) => {
  const a = requestFrame(18, 3, 1, Buffer.from('first'));
  const b = requestFrame(3, 12, 2, Buffer.alloc(3000, 7));
  const stream = Buffer.concat([a, b]);
  const splitter = new FrameSplitter();
  const frames: Buffer[] = [];
  for (let offset = 0; offset < stream.length; offset += 3) {
    frames.push(...splitter.push(stream.subarray(offset, offset + 3)));
  }
  t.deepEqual(frames, [a, b]);
  t.deepEqual(new FrameSplitter().push(stream), [a, b]);
  t.throws(() => new FrameSplitter().push(Buffer.from([0xff, 0xff, 0xff, 0xff])), { message: /negative/ });
});

test('produceAcks reads acks from Produce v0, v3 and flexible v9 requests', (t) => {
  const v0 = Buffer.alloc(6);
  v0.writeInt16BE(0, 0);
  v0.writeInt32BE(1000, 2);
  t.is(produceAcks(requestFrame(0, 0, 1, v0)), 0);
  t.is(produceAcks(requestFrame(0, 3, 1, produceV3Body(1))), 1);
  t.is(produceAcks(requestFrame(0, 3, 1, produceV3Body(-1))), -1);
  // v9: header v2 appends an empty tagged-field section; transactional id is a compact string "tx".
  const flexible = Buffer.from([0x00, 0x03, 0x74, 0x78, 0x00, 0x00, 0x00, 0x00, 0x03, 0xe8, 0x01, 0x00]);
  t.is(produceAcks(requestFrame(0, 9, 1, flexible)), 0);
  t.is(produceAcks(requestFrame(3, 12, 1, Buffer.alloc(8))), undefined);
  t.is(produceAcks(requestFrame(0, 3, 1, Buffer.alloc(1))), undefined);
});

test('requestClientId reads the header client_id and tolerates a null or short one', (t) => {
  t.is(requestClientId(requestFrame(18, 3, 1, Buffer.alloc(0))), 'capture-test');
  const nullClientId = requestFrame(18, 0, 1, Buffer.alloc(0));
  nullClientId.writeInt16BE(-1, 12);
  t.is(requestClientId(nullClientId), null);
  t.is(requestClientId(nullClientId.subarray(0, 13)), null);
});

test('forwards bytes unchanged and records request/response pairs', async (t) => {
  const { server, port } = await startFramedServer(answerEach);
  const proxy = await startCaptureProxy({ upstreamHost: '127.0.0.1', upstreamPort: port });
  t.teardown(async () => {
    await proxy.close();
    server.close();
  });

  const apiVersions = requestFrame(18, 3, 7, Buffer.from([0x00]));
  const metadata = requestFrame(3, 12, 8, Buffer.alloc(5000, 0x42));
  const expectedReply = Buffer.concat([replyTo(apiVersions), replyTo(metadata)]);
  // One byte at a time for the first frame, then the large frame in one write.
  const chunks: Buffer[] = [...apiVersions].map((byte) => Buffer.from([byte]));
  chunks.push(metadata);
  const reply = await roundTrip(proxy.port, chunks, expectedReply.length);

  t.deepEqual(reply, expectedReply);
  const exchanges = proxy.exchanges();
  t.deepEqual(
    exchanges.map(({ apiKey, apiVersion, correlationId, clientId, clientConnection }) => ({
      apiKey,
      apiVersion,
      correlationId,
      clientId,
      clientConnection,
    })),
    [
      { apiKey: 18, apiVersion: 3, correlationId: 7, clientId: 'capture-test', clientConnection: 0 },
      { apiKey: 3, apiVersion: 12, correlationId: 8, clientId: 'capture-test', clientConnection: 0 },
    ],
  );
  t.deepEqual(exchanges[0]?.request, apiVersions);
  t.deepEqual(exchanges[0]?.response, replyTo(apiVersions));
  t.deepEqual(exchanges[1]?.request, metadata);
  t.deepEqual(exchanges[1]?.response, replyTo(metadata));
});

test('pairs responses by correlation id when they come back out of order', async (t) => {
  const held: Buffer[] = [];
  const { server, port } = await startFramedServer((requests, socket) => {
    held.push(...requests);
    if (held.length < 3) return;
    for (const request of held.reverse()) socket.write(replyTo(request));
  });
  const proxy = await startCaptureProxy({ upstreamHost: '127.0.0.1', upstreamPort: port });
  t.teardown(async () => {
    await proxy.close();
    server.close();
  });

  const frames = [1, 2, 3].map((id) => requestFrame(3, 1, id, Buffer.from(`topic-${id}`)));
  const expectedBytes = frames.reduce((sum, frame) => sum + replyTo(frame).length, 0);
  await roundTrip(proxy.port, [Buffer.concat(frames)], expectedBytes);

  const exchanges = proxy.exchanges();
  t.is(exchanges.length, 3);
  for (const [i, exchange] of exchanges.entries()) {
    t.deepEqual(exchange.request, frames[i]);
    t.deepEqual(exchange.response, replyTo(frames[i]!));
  }
});

test('records acks=0 Produce without a response and numbers client connections', async (t) => {
  // Like a broker: no reply to acks=0 Produce, a reply to everything else.
  const { server, port } = await startFramedServer((requests, socket) => {
    for (const request of requests) if (produceAcks(request) !== 0) socket.write(replyTo(request));
  });
  const proxy = await startCaptureProxy({ upstreamHost: '127.0.0.1', upstreamPort: port });
  t.teardown(async () => {
    await proxy.close();
    server.close();
  });

  const fireAndForget = requestFrame(0, 3, 5, produceV3Body(0));
  const acked = requestFrame(0, 3, 6, produceV3Body(1));
  const fetch = requestFrame(1, 4, 5, Buffer.from('same correlation id as the acks=0 produce'));
  await roundTrip(proxy.port, [fireAndForget, acked], replyTo(acked).length);
  await roundTrip(proxy.port, [fetch], replyTo(fetch).length);

  const exchanges = proxy.exchanges();
  t.deepEqual(
    exchanges.map((e) => [e.apiKey, e.correlationId, e.clientConnection, e.response !== null]),
    [
      [0, 5, 0, false],
      [0, 6, 0, true],
      [1, 5, 1, true],
    ],
  );
  t.deepEqual(exchanges[1]?.response, replyTo(acked));
  t.deepEqual(exchanges[2]?.response, replyTo(fetch));
});

test('setUpstream redirects new connections', async (t) => {
  const first = await startFramedServer(answerEach);
  const second = await startFramedServer((requests, socket) => {
    for (const request of requests) socket.write(replyTo(request));
  });
  const proxy = await startCaptureProxy({ upstreamHost: '127.0.0.1', upstreamPort: first.port });
  t.teardown(async () => {
    await proxy.close();
    first.server.close();
    second.server.close();
  });
  let secondConnections = 0;
  second.server.on('connection', () => {
    secondConnections++;
  });

  proxy.setUpstream('127.0.0.1', second.port);
  const frame = requestFrame(18, 0, 1, Buffer.alloc(0));
  t.deepEqual(await roundTrip(proxy.port, [frame], replyTo(frame).length), replyTo(frame));
  t.is(secondConnections, 1);
});
