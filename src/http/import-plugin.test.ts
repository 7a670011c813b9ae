// The import API end to end inside one real broker (startBroker: Kafka listener and HTTP server on
// port 0, its own data dir): bearer-token checks, import mode set and cleared with kafkajs admin,
// Produce refused with POLICY_VIOLATION while it is on, batches with gaps and an aborted transaction
// imported over HTTP, then consumed read_committed with kafkajs at their source offsets.
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { Kafka, logLevel } from 'kafkajs';
import { type RunningBroker, startBroker } from '../broker.js';
import { SystemClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { SystemRandom } from '../common/random.js';
import { loadConfig } from '../config/config.js';
import { sourceBatch, sourcePartition } from '../log/test-support-import.js';

const TOKEN = 'import-secret-1';
/** kafkajs' TOPIC_RESOURCE (the enum is not an ESM named export of the CommonJS package). */
const TOPIC_RESOURCE = 2;

async function broker(t: ExecutionContext, props: Record<string, string> = {}): Promise<RunningBroker> {
  const dir = await mkdtemp(join(tmpdir(), 'gossip-import-'));
  const config = loadConfig({
    overrides: {
      'log.dirs': dir,
      port: '0',
      'http.port': '0',
      'auto.create.topics.enable': 'false',
      'log.retention.ms': '-1',
      ...props,
    },
  });
  const running = await startBroker({
    config,
    logger: silentLogger(),
    clock: new SystemClock(),
    random: new SystemRandom(),
  });
  t.teardown(async () => {
    await running.stop();
    await rm(dir, { recursive: true, force: true });
  });
  return running;
}

interface HttpAnswer {
  status: number;
  json: Record<string, unknown>;
}

function call(
  b: RunningBroker,
  method: 'GET' | 'POST',
  path: string,
  o: { token?: string; body?: Buffer | object; headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  const body =
    o.body === undefined ? undefined : Buffer.isBuffer(o.body) ? o.body : Buffer.from(JSON.stringify(o.body));
  const headers: Record<string, string> = { ...o.headers };
  if (o.token !== undefined) headers.authorization = `Bearer ${o.token}`;
  if (body !== undefined) {
    headers['content-type'] ??= Buffer.isBuffer(o.body) ? 'application/octet-stream' : 'application/json';
    headers['content-length'] ??= String(body.length);
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: b.http.host, port: b.http.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        resolve({
          status: res.statusCode ?? 0,
          json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
        });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function kafka(b: RunningBroker): Kafka {
  return new Kafka({
    clientId: 'import-test',
    brokers: [`${b.kafka.host}:${b.kafka.port}`],
    logLevel: logLevel.NOTHING,
    retry: { retries: 2, initialRetryTime: 50 },
  });
}

const partitionPath = (topic: string, partition = 0) =>
  `/admin/import/topics/${topic}/partitions/${partition}`;

test('without gossip.import.token every import endpoint answers 404', async (t) => {
  const b = await broker(t);
  for (const [method, path] of [
    ['GET', partitionPath('any')],
    ['POST', `${partitionPath('any')}/batches`],
    ['POST', `${partitionPath('any')}/offsets`],
  ] as const) {
    const res = await call(b, method, path, { token: TOKEN });
    t.is(res.status, 404);
    t.is(res.json.error_code, 40401);
    t.regex(String(res.json.message), /gossip\.import\.token/);
  }
});

test('import with gaps and an aborted transaction, produce refused, consumed read_committed', async (t) => {
  const b = await broker(t, { 'gossip.import.token': TOKEN });
  const client = kafka(b);
  const admin = client.admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic: 'imp', numPartitions: 1, configEntries: [{ name: 'gossip.import.mode', value: 'true' }] },
      { topic: 'plain', numPartitions: 1 },
    ],
  });

  // Authentication first, before anything about the partition.
  t.like(await call(b, 'GET', partitionPath('imp')), { status: 401, json: { error_code: 40101 } });
  t.like(await call(b, 'GET', partitionPath('imp'), { token: 'wrong' }), {
    status: 403,
    json: { error_code: 40301 },
  });
  t.like(await call(b, 'GET', partitionPath('imp'), { token: TOKEN }), {
    status: 200,
    json: { logStartOffset: 0, logEndOffset: 0, highWatermark: 0, importMode: true },
  });
  t.like(await call(b, 'GET', partitionPath('nope'), { token: TOKEN }), {
    status: 404,
    json: { error_code: 40402 },
  });
  t.like(await call(b, 'GET', partitionPath('imp', 3), { token: TOKEN }), {
    status: 404,
    json: { error_code: 40402 },
  });
  const notImporting = await call(b, 'POST', `${partitionPath('plain')}/batches`, {
    token: TOKEN,
    body: sourceBatch({ base: 0, values: ['x'] }),
  });
  t.like(notImporting, { status: 409, json: { error_code: 40901 } });

  // The bytes are checked: magic and CRC.
  const legacy = Buffer.from(sourceBatch({ base: 0, values: ['x'] }));
  legacy.writeInt8(1, 16);
  const bad = await call(b, 'POST', `${partitionPath('imp')}/batches`, { token: TOKEN, body: legacy });
  t.is(bad.status, 400);
  t.is(bad.json.error_code, 40001);
  t.regex(String(bad.json.message), /magic 1/);
  const corrupt = Buffer.from(sourceBatch({ base: 0, values: ['x'] }));
  corrupt[corrupt.length - 1]! ^= 0x55;
  t.like(await call(b, 'POST', `${partitionPath('imp')}/batches`, { token: TOKEN, body: corrupt }), {
    status: 400,
    json: { error_code: 40001 },
  });

  // Ordinary producers are refused while the topic imports.
  const producer = client.producer({ retry: { retries: 0 } });
  await producer.connect();
  t.teardown(() => producer.disconnect());
  const refused = await t.throwsAsync(producer.send({ topic: 'imp', messages: [{ value: 'no' }] }));
  t.regex(
    JSON.stringify({ m: refused?.message, c: String((refused as { cause?: unknown })?.cause) }),
    /policy/i,
  );

  const source = sourcePartition();
  const first = await call(b, 'POST', `${partitionPath('imp')}/batches`, {
    token: TOKEN,
    body: Buffer.concat(source.slice(0, 4)),
  });
  t.deepEqual(first, { status: 200, json: { logStartOffset: 0, logEndOffset: 18, highWatermark: 18 } });
  const rest = await call(b, 'POST', `${partitionPath('imp')}/batches`, {
    token: TOKEN,
    body: Buffer.concat(source.slice(4)),
  });
  t.deepEqual(rest.json, { logStartOffset: 0, logEndOffset: 32, highWatermark: 32 });
  // The source's log start offset came after its first batch was copied.
  const start = await call(b, 'POST', `${partitionPath('imp')}/offsets`, {
    token: TOKEN,
    body: { logStartOffset: 1 },
  });
  t.deepEqual(start.json, { logStartOffset: 1, logEndOffset: 32, highWatermark: 32 });
  t.like(
    await call(b, 'POST', `${partitionPath('imp')}/offsets`, {
      token: TOKEN,
      body: { logStartOffset: 0, logEndOffset: 5 },
    }),
    {
      status: 409,
      json: { error_code: 40902 },
    },
  );

  // Cut-over: import mode off, then ordinary clients.
  await admin.alterConfigs({
    validateOnly: false,
    resources: [
      {
        type: TOPIC_RESOURCE,
        name: 'imp',
        configEntries: [{ name: 'gossip.import.mode', value: 'false' }],
      },
    ],
  });
  const described = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: TOPIC_RESOURCE, name: 'imp', configNames: ['gossip.import.mode'] }],
  });
  t.is(
    described.resources[0]?.configEntries.find((e) => e.configName === 'gossip.import.mode')?.configValue,
    'false',
  );
  t.like(
    await call(b, 'POST', `${partitionPath('imp')}/batches`, {
      token: TOKEN,
      body: sourceBatch({ base: 40, values: ['late'] }),
    }),
    {
      status: 409,
      json: { error_code: 40901 },
    },
  );
  await producer.send({ topic: 'imp', messages: [{ value: 'after-cutover' }] });

  const consumer = client.consumer({ groupId: 'import-check' });
  await consumer.connect();
  t.teardown(() => consumer.disconnect());
  await consumer.subscribe({ topic: 'imp', fromBeginning: true });
  const seen: [string, string][] = [];
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachMessage: async ({ message }) => {
        seen.push([message.offset, message.value?.toString() ?? '']);
        if (message.value?.toString() === 'after-cutover') resolve();
      },
    });
  });
  // read_committed (kafkajs' default): the aborted records 15-16 are hidden, markers are not records.
  t.deepEqual(seen, [
    ['1', 'a1'],
    ['2', 'a2'],
    ['10', 'c10'],
    ['12', 'c12'],
    ['14', 'c14'],
    ['18', 'committed18'],
    ['19', 'committed19'],
    ['30', 'p30'],
    ['31', 'p31'],
    ['32', 'after-cutover'],
  ]);
});

test('oversized, wrongly typed and malformed requests get their error codes', async (t) => {
  const b = await broker(t, { 'gossip.import.token': TOKEN });
  const res = await call(b, 'POST', `${partitionPath('imp')}/batches`, {
    token: TOKEN,
    body: Buffer.alloc(16),
    headers: { 'content-length': String(1024 * 1024 * 1024) },
  });
  t.is(res.status, 413);
  t.is(res.json.error_code, 41301);
  const text = await call(b, 'POST', `${partitionPath('imp')}/batches`, {
    token: TOKEN,
    body: Buffer.from('hello'),
    headers: { 'content-type': 'text/plain' },
  });
  t.like(text, { status: 415, json: { error_code: 41501 } });
  const badOffsets = await call(b, 'POST', `${partitionPath('imp')}/offsets`, {
    token: TOKEN,
    body: { logStartOffset: -4 },
  });
  t.like(badOffsets, { status: 400, json: { error_code: 40002 } });
});
