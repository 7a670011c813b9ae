// Hostile clients against a real GOssip process (compiled; run `npm run build` first). While three
// connections misbehave (random bytes, raw or behind a fitting size prefix; 2 GiB and negative size prefixes followed by a slow trickle;
// half a Metadata frame, then silence) a fourth keeps doing pipelined ApiVersions + Metadata round
// trips. The broker must close the first kinds, keep the stalled one open, keep serving, not grow by
// anything like 2 GiB, and log each closed connection. Then 200 connections at once must all work.
import { readFileSync } from 'node:fs';
import test, { type ExecutionContext } from 'ava';
import { ApiVersionsApi, MetadataApi } from '../../wire/generated/apis.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';

let broker: GossipBroker;

test.before(async () => {
  broker = await startGossip();
});

test.after.always(async () => {
  await broker?.stop();
});

const frameBytesMaxDefault = 100 * 1024 * 1024;

function vmRssBytes(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]) * 1024;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Deterministic "random" bytes (xorshift32), so a failure reproduces. */
function noise(seed: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * 64 KiB of noise with its first 4 bytes replaced by a size that ends inside the noise, so the
 * broker must read a garbage request instead of refusing the size or waiting for more bytes.
 */
function garbageFrame(seed: number): Buffer {
  const bytes = noise(seed, 64 * 1024);
  bytes.writeInt32BE(8 + (bytes.readUInt32BE(4) % (bytes.length - 12)), 0);
  return bytes;
}

/** Ten pipelined requests (ApiVersions and Metadata at assorted versions), checked in order. */
async function roundTrips(t: ExecutionContext, c: KafkaWireClient): Promise<void> {
  const pending: Promise<void>[] = [];
  for (let i = 0; i < 10; i++) {
    if (i % 2 === 0) {
      const v = (i / 2) % 4;
      pending.push(
        c
          .send(ApiVersionsApi, v, { clientSoftwareName: 'hostile-test', clientSoftwareVersion: '1' })
          .then((res) => {
            if (res.errorCode !== 0) throw new Error(`ApiVersions v${v} error ${res.errorCode}`);
            if (!res.apiKeys.some((k) => k.apiKey === 3)) throw new Error('Metadata not advertised');
          }),
      );
    } else {
      const v = [1, 4, 9, 12, 0][(i - 1) / 2]!;
      pending.push(
        c.send(MetadataApi, v, { topics: v === 0 ? [] : null }).then((res) => {
          const ports = res.brokers.map((b) => b.port);
          if (ports.length !== 1 || ports[0] !== broker.port)
            throw new Error(`Metadata v${v} brokers ${ports}`);
        }),
      );
    }
  }
  await Promise.all(pending);
  t.pass();
}

interface ClosingLine {
  msg?: string;
  remote?: string;
  reason?: string;
}

function closingLines(): ClosingLine[] {
  return broker
    .logs()
    .split('\n')
    .filter((l) => l.includes('closing connection'))
    .map((l) => JSON.parse(l) as ClosingLine)
    .filter((l) => l.msg === 'closing connection');
}

async function waitForClosingLine(localPort: number): Promise<ClosingLine> {
  for (;;) {
    const line = closingLines().find((l) => l.remote?.endsWith(`:${localPort}`));
    if (line) return line;
    await sleep(20);
  }
}

/** Trickles 1 KiB every 20 ms until the broker closes the connection. */
async function trickle(c: KafkaWireClient): Promise<number> {
  let sent = 0;
  while (!c.isClosed) {
    c.sendRaw(Buffer.alloc(1024, 0x41));
    sent += 1024;
    await sleep(20);
  }
  return sent;
}

test.serial('three hostile connections are handled while a good one keeps working', async (t) => {
  const pid = broker.process.pid!;
  const { host, port } = broker;
  const good = await KafkaWireClient.connect(host, port);
  t.teardown(() => good.close());
  await roundTrips(t, good);
  const rssBefore = vmRssBytes(pid);

  const random = await KafkaWireClient.connect(host, port);
  const randomFrame = await KafkaWireClient.connect(host, port);
  const huge = await KafkaWireClient.connect(host, port);
  const negative = await KafkaWireClient.connect(host, port);
  const stalled = await KafkaWireClient.connect(host, port);
  for (const c of [random, randomFrame, huge, negative, stalled]) t.teardown(() => c.close());
  const ports = {
    random: random.localPort,
    randomFrame: randomFrame.localPort,
    huge: huge.localPort,
    negative: negative.localPort,
  };

  let hostileOver = false;
  let rounds = 0;
  const goodLoop = (async () => {
    do {
      await roundTrips(t, good);
      rounds++;
    } while (!hostileOver);
  })();

  // (c) half of a valid Metadata v12 frame, then nothing.
  const metadataFrame = KafkaWireClient.encodeRequest(MetadataApi, 12, { topics: null }, 4242);
  const half = Math.floor(metadataFrame.length / 2);
  stalled.sendRaw(metadataFrame.subarray(0, half));

  // (a) 64 KiB of noise as it comes (its size prefix is out of range), and 64 KiB of noise behind
  // a size prefix that fits, so a garbage request is parsed.
  const raw = noise(1, 64 * 1024);
  const rawSize = raw.readInt32BE(0);
  t.true(rawSize < 0 || rawSize > frameBytesMaxDefault, `noise prefix ${rawSize}`);
  random.sendRaw(raw);
  randomFrame.sendRaw(garbageFrame(2));

  // (b) a 2 GiB size prefix and a negative one, each followed by a slow trickle of bytes.
  const prefix = (size: number): Buffer => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(size, 0);
    return b;
  };
  huge.sendRaw(prefix(0x7fffffff));
  negative.sendRaw(prefix(0x80000000));
  const trickles = Promise.all([trickle(huge), trickle(negative)]);

  await Promise.all([random.closed, randomFrame.closed, huge.closed, negative.closed]);
  await trickles;
  hostileOver = true;
  await goodLoop;
  t.true(rounds >= 1, 'the good connection made round trips while the hostile ones were open');

  // Afterwards: more round trips on the same good connection and on a new one.
  for (let i = 0; i < 5; i++) await roundTrips(t, good);
  const fresh = await KafkaWireClient.connect(host, port);
  t.teardown(() => fresh.close());
  await roundTrips(t, fresh);

  // The stalled connection is still open and has had no response...
  t.false(stalled.isClosed, 'the half-frame connection is still open');
  t.is(stalled.framesReceived, 0, 'no response to half a frame');
  // ...and the broker kept its half: the rest of the frame gets the Metadata response.
  stalled.sendRaw(metadataFrame.subarray(half));
  const body = await stalled.readFrame();
  t.is(body.readInt32BE(0), 4242, 'the completed frame is answered');

  t.true(alive(pid), 'the broker process is alive');
  t.is(broker.process.exitCode, null);
  const rssAfter = vmRssBytes(pid);
  const grown = rssAfter - rssBefore;
  t.log(`broker RSS ${(rssBefore / 2 ** 20).toFixed(1)} MiB -> ${(rssAfter / 2 ** 20).toFixed(1)} MiB`);
  t.true(grown < 256 * 1024 * 1024, `broker RSS grew by ${grown} bytes`);

  for (const [name, localPort] of Object.entries(ports)) {
    const line = await waitForClosingLine(localPort);
    t.truthy(line.reason, `${name}: the closing line gives a reason`);
    t.log(`${name}: ${line.reason}`);
  }
  const hugeLine = await waitForClosingLine(ports.huge);
  t.regex(hugeLine.reason ?? '', new RegExp(`2147483647 is outside 0\\.\\.${frameBytesMaxDefault}`));
  const negativeLine = await waitForClosingLine(ports.negative);
  t.regex(negativeLine.reason ?? '', /-2147483648 is outside/);
  t.false(
    closingLines().some((l) => l.remote?.endsWith(`:${stalled.localPort}`)),
    'no closing line for the stalled connection',
  );
});

test.serial('200 concurrent connections each complete an ApiVersions round trip', async (t) => {
  const clients = await Promise.all(
    Array.from({ length: 200 }, () => KafkaWireClient.connect(broker.host, broker.port)),
  );
  t.teardown(() => {
    for (const c of clients) c.close();
  });
  const results = await Promise.all(
    clients.map((c, i) =>
      c.send(ApiVersionsApi, 3, { clientSoftwareName: `client-${i}`, clientSoftwareVersion: '1' }),
    ),
  );
  t.is(results.length, 200);
  const first = results[0]!.apiKeys.map((k) => k.apiKey);
  t.true(first.includes(3) && first.includes(18), 'Metadata and ApiVersions are advertised');
  for (const res of results) {
    t.is(res.errorCode, 0);
    t.deepEqual(
      res.apiKeys.map((k) => k.apiKey),
      first,
      'every connection gets the same list',
    );
  }
  t.true(alive(broker.process.pid!));
});
