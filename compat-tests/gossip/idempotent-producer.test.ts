// Idempotent producers against GOssip through a TCP proxy that cuts the connection right after the
// broker answered every Nth Produce request: the client never sees the answer, reconnects and sends
// the same batch again, which the broker must recognise as a duplicate. Read back directly from the
// broker, every partition must hold each message exactly once, in order (no duplicates, no gaps).
// Clients: kafkajs 2.2.4 (idempotent: true, maxInFlightRequests 5) and kcat/librdkafka 2.0.2
// (enable.idempotence=true, up to 5 pipelined requests), against a real GOssip process.
import { spawn } from 'node:child_process';
import { createServer, type Socket, connect as tcpConnect } from 'node:net';
import test, { type ExecutionContext } from 'ava';
import { Kafka, logLevel } from 'kafkajs';
import { CreateTopicsApi } from '../../wire/generated/api/019-create-topics.js';
import { hasCommand, missing } from '../harness/env.js';
import { startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import { fetchAll } from '../harness/wire-data.js';

interface LocalBroker {
  brokerPort: number;
  proxy: CuttingProxy;
  /** A second way in that never cuts, for bootstrapping (kcat exits once all its connections are down). */
  bootstrapPort: number;
  close(): Promise<void>;
}

/** A GOssip process advertised at the proxy's address, so every client request crosses the proxy. */
async function startBroker(t: ExecutionContext, cutEvery: number): Promise<LocalBroker> {
  const proxy = await startCuttingProxy(cutEvery);
  const bootstrap = await startCuttingProxy(Number.POSITIVE_INFINITY);
  const broker = await startGossip({
    props: {
      'auto.create.topics.enable': 'false',
      'advertised.listeners': `PLAINTEXT://127.0.0.1:${proxy.port}`,
    },
  });
  proxy.setUpstream(broker.port);
  bootstrap.setUpstream(broker.port);
  const close = async () => {
    await proxy.close();
    await bootstrap.close();
    await broker.stop();
  };
  t.teardown(close);
  return { brokerPort: broker.port, proxy, bootstrapPort: bootstrap.port, close };
}

interface CuttingProxy {
  port: number;
  /** Produce requests forwarded, and connections cut after their answer. */
  stats: { produceRequests: number; cuts: number };
  setUpstream(port: number): void;
  close(): Promise<void>;
}

/**
 * Forwards whole request frames; after every `cutEvery`-th Produce request it waits for the broker
 * to start answering, then closes both sides without passing the answer on.
 */
async function startCuttingProxy(cutEvery: number): Promise<CuttingProxy> {
  let upstreamPort = 0;
  const stats = { produceRequests: 0, cuts: 0 };
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = tcpConnect(upstreamPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    let cutOnAnswer = false;
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4 && pending.length >= 4 + pending.readInt32BE(0)) {
        const size = 4 + pending.readInt32BE(0);
        const frame = pending.subarray(0, size);
        pending = pending.subarray(size);
        upstream.write(frame);
        if (frame.readInt16BE(4) === 0 && ++stats.produceRequests % cutEvery === 0) cutOnAnswer = true;
      }
    });
    upstream.on('data', (chunk: Buffer) => {
      if (cutOnAnswer) {
        stats.cuts++;
        cut();
        return;
      }
      client.write(chunk);
    });
    for (const s of [client, upstream]) {
      s.on('error', cut);
      s.on('close', () => {
        sockets.delete(s);
        cut();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    stats,
    setUpstream(port) {
      upstreamPort = port;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function createTopic(b: LocalBroker, name: string, partitions: number): Promise<void> {
  const client = await KafkaWireClient.connect('127.0.0.1', b.brokerPort);
  try {
    const res = await client.send(CreateTopicsApi, 7, {
      topics: [{ name, numPartitions: partitions, replicationFactor: 1 }],
      timeoutMs: 5000,
    });
    const topic = res.topics[0];
    if (topic?.errorCode !== 0) throw new Error(`create ${name}: ${topic?.errorMessage}`);
  } finally {
    client.close();
  }
}

/** Reads every partition straight from the broker (not through the proxy). */
async function readBack(b: LocalBroker, topic: string, partitions: number): Promise<string[][]> {
  const client = await KafkaWireClient.connect('127.0.0.1', b.brokerPort);
  try {
    const out: string[][] = [];
    for (let p = 0; p < partitions; p++) {
      const records = await fetchAll(client, topic, p);
      records.forEach((r, i) => {
        if (r.offset !== BigInt(i)) throw new Error(`partition ${p}: offset ${r.offset} at index ${i}`);
      });
      out.push(records.map((r) => r.value ?? ''));
    }
    return out;
  } finally {
    client.close();
  }
}

test('kafkajs idempotent producer: retries after cut connections leave no duplicates or gaps', async (t) => {
  const b = await startBroker(t, 4);
  const topic = 'idem-kafkajs';
  await createTopic(b, topic, 3);
  const kafka = new Kafka({
    clientId: 'idem-test',
    brokers: [`127.0.0.1:${b.proxy.port}`],
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 30, maxRetryTime: 300, retries: 100 },
  });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 5 });
  await producer.connect();
  const expected: string[][] = [[], [], []];
  for (let round = 0; round < 60; round++) {
    const messages = [];
    for (let i = 0; i < 9; i++) {
      const partition = i % 3;
      const value = `r${round}-m${i}`;
      expected[partition]!.push(value);
      messages.push({ partition, value });
    }
    await producer.send({ topic, acks: -1, messages });
  }
  await producer.disconnect();
  t.true(b.proxy.stats.cuts >= 5, `connections cut: ${b.proxy.stats.cuts}`);
  t.log(`produce requests ${b.proxy.stats.produceRequests}, cut after the answer: ${b.proxy.stats.cuts}`);
  t.deepEqual(await readBack(b, topic, 3), expected);
});

test('kcat (librdkafka) with enable.idempotence=true: pipelined retries leave no duplicates or gaps', async (t) => {
  const skip = missing('kcat', hasCommand('kcat'));
  if (skip) return t.pass(skip);
  const b = await startBroker(t, 7);
  const topic = 'idem-kcat';
  await createTopic(b, topic, 1);
  const lines = Array.from({ length: 3000 }, (_, i) => `kcat-${i}`);
  const result = await runKcat(
    [
      '-P',
      '-b',
      `127.0.0.1:${b.bootstrapPort}`,
      '-t',
      topic,
      '-p',
      '0',
      '-X',
      'enable.idempotence=true',
      '-X',
      'batch.num.messages=25',
      '-X',
      'linger.ms=2',
      '-X',
      'max.in.flight.requests.per.connection=5',
      '-X',
      'reconnect.backoff.ms=10',
      '-X',
      'reconnect.backoff.max.ms=100',
      '-X',
      'retry.backoff.ms=10',
      ...(process.env.KCAT_DEBUG ? ['-X', `debug=${process.env.KCAT_DEBUG}`] : []),
    ],
    `${lines.join('\n')}\n`,
  );
  t.is(result.code, 0, result.stderr);
  t.true(b.proxy.stats.cuts >= 3, `connections cut: ${b.proxy.stats.cuts}`);
  t.log(`produce requests ${b.proxy.stats.produceRequests}, cut after the answer: ${b.proxy.stats.cuts}`);
  const [stored] = await readBack(b, topic, 1);
  t.is(new Set(stored).size, stored!.length, 'no value stored twice');
  t.deepEqual(stored, lines);
});

function runKcat(args: string[], input: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('kcat', args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
    child.stdin.end(input);
  });
}
