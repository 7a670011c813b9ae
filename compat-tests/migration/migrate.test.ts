// End to end: a real Apache Kafka 3.9 (filled by kafkajs and kcat) is migrated to real GOssip
// processes with gossip-migrate. Checks: clean parity report, offsets preserved (compaction gaps,
// transaction markers, log start), schema ids kept, a consumer group resumes on GOssip exactly where
// it stopped on Kafka, kill -9 mid-copy then re-run without duplicates, mirror + cutover (new topics,
// partitions, group offsets and schemas picked up while mirroring), a repeated copy without checkpoint.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import test from 'ava';
import type { Kafka } from 'kafkajs';
import { hasCommand, tempDir } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import {
  type ReferenceKafka,
  referenceKafkaAvailable,
  startReferenceKafka,
} from '../harness/reference-kafka.js';
import { type FilledSource, fillSource, kafkaClient, produceKeyed } from './fill-source.js';

const root = join(import.meta.dirname, '..', '..');
const mainTs = join(root, 'migration', 'src', 'main.ts');
const token = 'migrate-secret';
const bigRecords = 3000;

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function migrate(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', mainTs, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

interface Ctx {
  kafka: ReferenceKafka;
  registry: GossipBroker;
  filled: FilledSource;
  dir: string;
  targets: GossipBroker[];
  ordersAll: Map<string, { key: string; value: string }>;
  ordersConsumed: Set<string>;
  /** key=value of records produced to orders on Kafka by the mirror test. */
  ordersLater: string[];
}

const skip = !referenceKafkaAvailable() || !hasCommand('kcat');
const ctx = {} as Ctx;

function common(target: GossipBroker, extra: string[] = []): string[] {
  return [
    '--source-bootstrap',
    ctx.kafka.bootstrap,
    '--target-bootstrap',
    target.bootstrap,
    '--target-http',
    `http://127.0.0.1:${target.httpPort}`,
    '--import-token',
    token,
    '--source-schema-registry',
    `http://127.0.0.1:${ctx.registry.httpPort}`,
    ...extra,
  ];
}

async function registerSchemas(baseUrl: string): Promise<void> {
  const call = async (method: string, path: string, body: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  };
  const order1 = { type: 'record', name: 'Order', fields: [{ name: 'id', type: 'string' }] };
  const order2 = { ...order1, fields: [...order1.fields, { name: 'qty', type: 'int', default: 0 }] };
  const customer = { type: 'record', name: 'Customer', fields: [{ name: 'name', type: 'string' }] };
  // Distinctive ids on the source (its own IMPORT mode), so keeping them on the target means something.
  await call('PUT', '/mode', { mode: 'IMPORT' });
  await call('POST', '/subjects/orders-value/versions', {
    schema: JSON.stringify(order1),
    id: 100,
    version: 1,
  });
  await call('POST', '/subjects/orders-value/versions', {
    schema: JSON.stringify(order2),
    id: 101,
    version: 2,
  });
  await call('POST', '/subjects/customer-value/versions', {
    schema: JSON.stringify(customer),
    id: 205,
    version: 1,
  });
  await call('PUT', '/mode', { mode: 'READWRITE' });
}

/** Five records on Kafka serialized with the source registry's schema id 101 (Confluent framing). */
async function produceAvro(): Promise<void> {
  const registry = new SchemaRegistry({ host: `http://127.0.0.1:${ctx.registry.httpPort}` });
  const producer = kafkaClient(ctx.kafka.bootstrap).producer({ allowAutoTopicCreation: true });
  await producer.connect();
  const messages = [];
  for (let i = 0; i < 5; i++)
    messages.push({ key: `o${i}`, value: await registry.encode(101, { id: `o${i}`, qty: i }) });
  await producer.send({ topic: 'orders-avro', messages });
  await producer.disconnect();
}

/** Consumes `count` records of `topic` from the start with a fresh group and hands back their values. */
async function consumeAll(kafka: Kafka, topic: string, groupId: string, count: number): Promise<Buffer[]> {
  const values: Buffer[] = [];
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      values.push(message.value ?? Buffer.alloc(0));
    },
  });
  for (let waited = 0; values.length < count && waited < 30_000; waited += 100) await sleep(100);
  await sleep(1000);
  await consumer.disconnect();
  return values;
}

/** Reads every record of `orders` on Kafka, and has group orders-app consume and commit 120 of them. */
async function prepareGroups(): Promise<void> {
  const kafka = kafkaClient(ctx.kafka.bootstrap);
  ctx.ordersAll = new Map();
  const reader = kafka.consumer({ groupId: 'orders-reader' });
  await reader.connect();
  await reader.subscribe({ topic: 'orders', fromBeginning: true });
  await reader.run({
    eachMessage: async ({ partition, message }) => {
      ctx.ordersAll.set(`${partition}/${message.offset}`, {
        key: String(message.key),
        value: String(message.value),
      });
    },
  });
  while (ctx.ordersAll.size < 300) await sleep(100);
  await reader.disconnect();

  ctx.ordersConsumed = new Set();
  const app = kafka.consumer({ groupId: 'orders-app', maxBytesPerPartition: 2048 });
  await app.connect();
  await app.subscribe({ topic: 'orders', fromBeginning: true });
  await app.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message }) => {
      if (ctx.ordersConsumed.size >= 120) return;
      ctx.ordersConsumed.add(`${partition}/${message.offset}`);
      await app.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
    },
  });
  while (ctx.ordersConsumed.size < 120) await sleep(100);
  await app.disconnect();
}

test.before(async (t) => {
  if (skip) return;
  t.timeout(600_000);
  ctx.dir = tempDir('migrate');
  ctx.targets = [];
  ctx.kafka = await startReferenceKafka({
    extraProps: { 'log.cleaner.backoff.ms': '200', 'log.retention.check.interval.ms': '1000' },
  });
  ctx.registry = await startGossip();
  ctx.filled = await fillSource(ctx.kafka.bootstrap, ctx.dir, bigRecords);
  await registerSchemas(`http://127.0.0.1:${ctx.registry.httpPort}`);
  await produceAvro();
  await prepareGroups();
});

test.after.always(async () => {
  for (const t of ctx.targets ?? []) await t.stop();
  await ctx.registry?.stop();
  await ctx.kafka?.stop();
});

async function newTarget(): Promise<GossipBroker> {
  const target = await startGossip({ props: { 'gossip.import.token': token } });
  ctx.targets.push(target);
  return target;
}

function checkpointRecords(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as {
      partitions: Record<string, { records: number }>;
    };
    return Object.values(json.partitions).reduce((a, p) => a + p.records, 0);
  } catch {
    return 0;
  }
}

(skip ? test.skip : test.serial)('the source really has compaction gaps', (t) => {
  const offsets = ctx.filled.compactedOffsets;
  const gaps = offsets.filter((o, i) => i > 0 && o !== offsets[i - 1]! + 1).length;
  t.log(
    `compacted: ${offsets.length} records left, ${gaps} gaps, last offset ${offsets[offsets.length - 1]}`,
  );
  t.true(gaps > 0);
});

(skip ? test.skip : test.serial)(
  'copy, kill -9 mid-copy, re-run: clean report, groups resume record by record',
  async (t) => {
    t.timeout(600_000);
    const target = await newTarget();
    const checkpoint = join(ctx.dir, 'copy-checkpoint.json');
    const reportJson = join(ctx.dir, 'copy-report.json');

    const plan = migrate(['plan', ...common(target)]);
    t.is(await plan.exited, 0, plan.stderr());
    t.regex(plan.stdout(), /orders {2}partitions=3/);
    t.regex(plan.stdout(), /orders-value: v1=id 100, v2=id 101/);

    // First run, slowed down by the test hook, killed with SIGKILL once data is flowing.
    const first = migrate(
      [
        'copy',
        ...common(target, [
          '--checkpoint',
          checkpoint,
          '--fetch-max-bytes',
          '8192',
          '--workers',
          '1',
          '--quiet',
        ]),
      ],
      {
        GOSSIP_MIGRATE_TEST_DELAY_MS: '40',
      },
    );
    while (checkpointRecords(checkpoint) < 400) {
      if (first.child.exitCode !== null) break;
      await sleep(50);
    }
    t.is(first.child.exitCode, null, `the first run ended before it could be killed: ${first.stderr()}`);
    first.child.kill('SIGKILL');
    await first.exited;
    const copiedBeforeKill = checkpointRecords(checkpoint);
    t.log(`killed after ${copiedBeforeKill} records`);
    t.true(copiedBeforeKill < bigRecords * 2);

    const second = migrate([
      'copy',
      ...common(target, ['--checkpoint', checkpoint, '--report-json', reportJson, '--quiet']),
    ]);
    const code = await second.exited;
    t.log(second.stdout());
    t.is(code, 0, second.stderr());
    const report = JSON.parse(readFileSync(reportJson, 'utf8')) as {
      ok: boolean;
      partitions: {
        topic: string;
        partition: number;
        mode: string;
        ok: boolean;
        source: { records: number; logStartOffset: number };
        target: { records: number };
      }[];
      subjects: { subject: string; target: { id: number }[] }[];
    };
    t.true(report.ok);
    t.true(report.partitions.every((p) => p.mode === 'preserve'));
    const big = report.partitions.filter((p) => p.topic === 'big');
    t.is(
      big.reduce((a, p) => a + p.target.records, 0),
      bigRecords,
    );
    t.is(report.partitions.find((p) => p.topic === 'trimmed')?.source.logStartOffset, 7);
    t.deepEqual(
      report.subjects.find((s) => s.subject === 'orders-value')?.target.map((v) => v.id),
      [100, 101],
    );

    // The schema behind id 205 is served by GOssip's registry.
    const byId = await fetch(`http://127.0.0.1:${target.httpPort}/schemas/ids/205`);
    t.is(byId.status, 200);
    t.regex(await byId.text(), /Customer/);

    // A consumer in the same group on GOssip resumes exactly where orders-app stopped on Kafka.
    const expected = new Set([...ctx.ordersAll.keys()].filter((k) => !ctx.ordersConsumed.has(k)));
    const kafka = kafkaClient(target.bootstrap, 'migrate-resume');
    const consumer = kafka.consumer({ groupId: 'orders-app' });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: 'orders', fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const k = `${partition}/${message.offset}`;
        seen.push(k);
        const original = ctx.ordersAll.get(k);
        if (
          original === undefined ||
          original.key !== String(message.key) ||
          original.value !== String(message.value)
        ) {
          throw new Error(`record ${k} differs from Kafka's`);
        }
      },
    });
    for (let waited = 0; seen.length < expected.size && waited < 60_000; waited += 100) await sleep(100);
    await sleep(1500);
    await consumer.disconnect();
    t.is(seen.length, expected.size, 'no record repeated or skipped');
    t.deepEqual([...seen].sort(), [...expected].sort());
    t.false(seen.some((k) => ctx.ordersConsumed.has(k)));

    // Records serialized against the source registry decode with GOssip's registry (same ids).
    const targetRegistry = new SchemaRegistry({ host: `http://127.0.0.1:${target.httpPort}` });
    const avro = await consumeAll(kafka, 'orders-avro', 'avro-check', 5);
    const decoded = await Promise.all(avro.map((v) => targetRegistry.decode(v)));
    t.deepEqual(
      decoded.map((d) => ({ ...(d as object) })),
      [0, 1, 2, 3, 4].map((i) => ({ id: `o${i}`, qty: i })),
    );

    // The aborted transaction stays aborted: a read_committed consumer on GOssip sees committed records only.
    const committed = (await consumeAll(kafka, 'txn', 'txn-check', 20)).map(String);
    t.is(committed.length, 20);
    t.true(committed.every((v) => v.startsWith('commit-')));

    // Import mode is off again: an ordinary producer can write.
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'orders', messages: [{ key: 'after', value: 'migration' }] });
    await producer.disconnect();
  },
);

(skip ? test.skip : test.serial)('mirror tails the source until cutover; report clean', async (t) => {
  t.timeout(600_000);
  const target = await newTarget();
  const checkpoint = join(ctx.dir, 'mirror-checkpoint.json');
  const reportJson = join(ctx.dir, 'mirror-report.json');
  const mirror = migrate([
    'mirror',
    ...common(target, [
      '--checkpoint',
      checkpoint,
      '--report-json',
      reportJson,
      '--exclude',
      'big',
      '--log-format',
      'json',
      '--poll-interval-ms',
      '300',
    ]),
  ]);
  for (let waited = 0; !mirror.stdout().includes('initial copy done'); waited += 100) {
    if (mirror.child.exitCode !== null || waited > 180_000)
      t.fail(`mirror did not finish its initial copy: ${mirror.stderr()}`);
    await sleep(100);
  }
  const kafka = kafkaClient(ctx.kafka.bootstrap);
  await produceKeyed(kafka, 'orders', 3, 1000, 60);
  ctx.ordersLater = Array.from({ length: 60 }, (_, i) => `key-${1000 + i}=value-${1000 + i}`);
  const producer = kafka.producer({
    transactionalId: 'migrate-txn-2',
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  const txn = await producer.transaction();
  await txn.send({ topic: 'txn', messages: [{ key: 'late', value: 'late', partition: 0 }] });
  await txn.commit();
  await producer.disconnect();
  await sleep(1000);

  const cut = migrate(['cutover', '--checkpoint', checkpoint]);
  t.is(await cut.exited, 0, cut.stderr());
  const code = await mirror.exited;
  t.is(code, 0, mirror.stderr());
  const report = JSON.parse(readFileSync(reportJson, 'utf8')) as {
    ok: boolean;
    partitions: {
      topic: string;
      source: { logEndOffset: number; records: number };
      target: { logEndOffset: number; records: number };
    }[];
  };
  t.true(report.ok);
  const orders = report.partitions.filter((p) => p.topic === 'orders');
  t.log(JSON.stringify(orders));
  t.true(orders.reduce((a, p) => a + p.target.records, 0) >= 360);
  t.log(
    mirror
      .stdout()
      .split('\n')
      .filter((l) => l.includes('"group '))
      .join('\n'),
  );
});

(skip ? test.skip : test.serial)(
  'non-empty target topic: re-produced, offset map, groups translated',
  async (t) => {
    t.timeout(300_000);
    const target = await newTarget();
    const checkpoint = join(ctx.dir, 'translate-checkpoint.json');
    const offsetMap = join(ctx.dir, 'translate-offset-map.json');
    const local = kafkaClient(target.bootstrap, 'migrate-preexisting');
    const admin = local.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'orders', numPartitions: 3 }] });
    await admin.disconnect();
    const producer = local.producer();
    await producer.connect();
    await producer.send({
      topic: 'orders',
      messages: [0, 1, 2].map((p) => ({ key: 'pre', value: 'existing', partition: p })),
    });
    await producer.disconnect();

    const r = migrate([
      'copy',
      ...common(target, [
        '--include',
        'orders',
        '--checkpoint',
        checkpoint,
        '--offset-map',
        offsetMap,
        '--quiet',
      ]),
    ]);
    const code = await r.exited;
    t.log(r.stdout());
    t.is(code, 0, r.stderr());
    t.regex(r.stdout(), /orders +0 +translate/);
    const map = JSON.parse(readFileSync(offsetMap, 'utf8')) as {
      partitions: Record<string, { source: number; target: number; count: number }[]>;
    };
    t.is(map.partitions['orders/0']?.[0]?.target, 1, 'source offset 0 lands after the existing record');

    // orders-app on GOssip continues with the same records, at translated offsets.
    const expected = [...ctx.ordersAll.entries()]
      .filter(([k]) => !ctx.ordersConsumed.has(k))
      .map(([, v]) => `${v.key}=${v.value}`)
      .concat(ctx.ordersLater ?? [])
      .sort();
    const consumer = local.consumer({ groupId: 'orders-app' });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: 'orders', fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push(`${String(message.key)}=${String(message.value)}`);
      },
    });
    for (let waited = 0; seen.length < expected.length && waited < 60_000; waited += 100) await sleep(100);
    await sleep(1500);
    await consumer.disconnect();
    const missing = expected.filter((e) => !seen.includes(e));
    const extra = seen.filter((e) => !expected.includes(e));
    t.deepEqual({ missing, extra, count: seen.length }, { missing: [], extra: [], count: expected.length });
  },
);

/** Polls `check` every 200 ms until it holds or `ms` pass; hands back whether it held. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 200) {
    if (await check().catch(() => false)) return true;
    await sleep(200);
  }
  return false;
}

/** Earliest/latest offsets of every partition of `topic`, as "start-end" strings. */
async function offsetsOf(kafka: Kafka, topic: string): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const list = await admin.fetchTopicOffsets(topic);
    return list.sort((a, b) => a.partition - b.partition).map((p) => `${p.low}-${p.high}`);
  } finally {
    await admin.disconnect();
  }
}

(skip ? test.skip : test.serial)(
  'mirror picks up new topics, new partitions, group offsets and schemas before cutover',
  async (t) => {
    t.timeout(180_000);
    const target = await newTarget();
    const checkpoint = join(ctx.dir, 'mirror-live-checkpoint.json');
    const reportJson = join(ctx.dir, 'mirror-live-report.json');
    const source = kafkaClient(ctx.kafka.bootstrap, 'mirror-live');
    const onTarget = kafkaClient(target.bootstrap, 'mirror-live-target');
    const admin = source.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: 'mir-grow', numPartitions: 1 },
        { topic: 'mir-gone', numPartitions: 1 },
      ],
    });
    await produceKeyed(source, 'mir-grow', 1, 0, 10);
    await produceKeyed(source, 'mir-gone', 1, 0, 5);

    const mirror = migrate([
      'mirror',
      ...common(target, [
        '--include',
        'mir-.*',
        '--checkpoint',
        checkpoint,
        '--report-json',
        reportJson,
        '--log-format',
        'json',
        '--poll-interval-ms',
        '300',
        '--group-sync-interval-ms',
        '1000',
      ]),
    ]);
    try {
      t.true(
        await eventually(async () => mirror.stdout().includes('initial copy done'), 60_000),
        mirror.stderr(),
      );
      // While mirroring: a new topic, partitions added to another, one deleted, group offsets
      // committed and a schema registered on the source.
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'mir-new', numPartitions: 2 }] });
      await produceKeyed(source, 'mir-new', 2, 0, 20);
      await admin.createPartitions({ topicPartitions: [{ topic: 'mir-grow', count: 3 }] });
      await produceKeyed(source, 'mir-grow', 3, 10, 30);
      await admin.deleteTopics({ topics: ['mir-gone'] });
      await admin.setOffsets({
        groupId: 'mir-app',
        topic: 'mir-new',
        partitions: [
          { partition: 0, offset: '5' },
          { partition: 1, offset: '3' },
        ],
      });
      const registry = `http://127.0.0.1:${ctx.registry.httpPort}`;
      const put = (path: string, body: unknown, method = 'POST') =>
        fetch(`${registry}${path}`, {
          method,
          headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
          body: JSON.stringify(body),
        });
      t.true((await put('/mode?force=true', { mode: 'IMPORT' }, 'PUT')).ok);
      const schema = { type: 'record', name: 'MirNew', fields: [{ name: 'n', type: 'int' }] };
      t.true(
        (
          await put('/subjects/mir-new-value/versions', {
            schema: JSON.stringify(schema),
            id: 300,
            version: 1,
          })
        ).ok,
      );
      t.true((await put('/mode', { mode: 'READWRITE' }, 'PUT')).ok);

      // All of it reaches GOssip before any cutover.
      const sourceNew = await offsetsOf(source, 'mir-new');
      const sourceGrow = await offsetsOf(source, 'mir-grow');
      t.deepEqual(sourceGrow.length, 3);
      t.true(
        await eventually(
          async () =>
            JSON.stringify(await offsetsOf(onTarget, 'mir-new')) === JSON.stringify(sourceNew) &&
            JSON.stringify(await offsetsOf(onTarget, 'mir-grow')) === JSON.stringify(sourceGrow),
          30_000,
        ),
        `data: ${mirror.stderr()}`,
      );
      const targetAdmin = onTarget.admin();
      await targetAdmin.connect();
      let committed = '';
      const groupSynced = await eventually(async () => {
        const r = await targetAdmin.fetchOffsets({ groupId: 'mir-app', topics: ['mir-new'] });
        committed = JSON.stringify(r[0]?.partitions.map((p) => `${p.partition}:${p.offset}`).sort());
        return committed === JSON.stringify(['0:5', '1:3']);
      }, 30_000);
      await targetAdmin.disconnect();
      t.true(
        groupSynced,
        `group offsets on the target: ${committed}\n${mirror.stdout()}\n${mirror.stderr()}`,
      );
      t.true(
        await eventually(async () => {
          const r = await fetch(`http://127.0.0.1:${target.httpPort}/schemas/ids/300`);
          return r.status === 200 && (await r.text()).includes('MirNew');
        }, 30_000),
        'schema id 300 on the target',
      );
      t.true(
        await eventually(async () => mirror.stdout().includes('mir-gone was deleted on the source'), 30_000),
      );

      const cut = migrate(['cutover', '--checkpoint', checkpoint]);
      t.is(await cut.exited, 0, cut.stderr());
      t.is(await mirror.exited, 0, mirror.stderr());
      t.log(
        mirror
          .stdout()
          .split('\n')
          .filter((l) => /new topic|partitions added|deleted|group mir-app|schemas: [1-9]/.test(l))
          .map((l) => (JSON.parse(l) as { msg: string }).msg)
          .join('\n'),
      );
      const report = JSON.parse(readFileSync(reportJson, 'utf8')) as {
        ok: boolean;
        partitions: { topic: string; partition: number; ok: boolean }[];
        subjects: { subject: string; target: { id: number }[] }[];
      };
      t.true(report.ok);
      t.deepEqual(report.partitions.map((p) => `${p.topic}/${p.partition}`).sort(), [
        'mir-grow/0',
        'mir-grow/1',
        'mir-grow/2',
        'mir-new/0',
        'mir-new/1',
      ]);
      t.deepEqual(
        report.subjects.find((s) => s.subject === 'mir-new-value')?.target.map((v) => v.id),
        [300],
      );
    } finally {
      await admin.disconnect();
      if (mirror.child.exitCode === null) mirror.child.kill('SIGKILL');
    }
  },
);

(skip ? test.skip : test.serial)(
  'copy twice without the checkpoint: the second run copies nothing, report clean',
  async (t) => {
    t.timeout(180_000);
    const target = await newTarget();
    const include = ['--include', 'orders|compacted|txn|trimmed|codecs|orders-avro'];
    const first = migrate([
      'copy',
      ...common(target, [...include, '--checkpoint', join(ctx.dir, 'twice-1.json'), '--quiet']),
    ]);
    t.is(await first.exited, 0, first.stderr());
    const targetKafka = kafkaClient(target.bootstrap, 'copy-twice');
    const before = await offsetsOf(targetKafka, 'orders');

    // A fresh checkpoint file: nothing remembers the first run but the target itself.
    const secondCheckpoint = join(ctx.dir, 'twice-2.json');
    const reportJson = join(ctx.dir, 'twice-report.json');
    const second = migrate([
      'copy',
      ...common(target, [...include, '--checkpoint', secondCheckpoint, '--report-json', reportJson]),
    ]);
    t.is(await second.exited, 0, second.stderr());
    t.log(
      second
        .stdout()
        .split('\n')
        .filter((l) => l.includes('->'))
        .join('\n'),
    );
    t.regex(second.stdout(), /orders {2}partitions=3 .*-> already copied/);
    t.notRegex(second.stdout(), /re-produce/);
    t.is(checkpointRecords(secondCheckpoint), 0, 'the second run copied no record');
    t.deepEqual(await offsetsOf(targetKafka, 'orders'), before);
    const report = JSON.parse(readFileSync(reportJson, 'utf8')) as {
      ok: boolean;
      partitions: { mode: string }[];
    };
    t.true(report.ok);
    t.true(report.partitions.length >= 8);
    t.true(report.partitions.every((p) => p.mode === 'preserve'));
  },
);
