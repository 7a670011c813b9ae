// What broker-side schema validation costs: one GOssip process (compiled, from dist/), three topics fed
// the same 1 KiB AVRO records in Confluent's wire format (magic byte, schema id, AVRO body): no
// validation, id validation (confluent.value.schema.validation) and payload validation (plus
// gossip.schema.validation.payload). Pre-encoded Produce frames are pipelined on a few connections at
// max rate (closed loop), topics interleaved in two rounds; prints throughput, p50/p99 and ratios
// against the no-validation topic and writes bench/SCHEMA-VALIDATION.md.
// Run: npm run build && npx tsx bench/schema-validation.ts [--out file] [--seconds n]
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import avro from 'avsc';
import { Kafka, logLevel } from 'kafkajs';
import { startGossip } from '../compat-tests/harness/gossip-broker.js';
import { KafkaWireClient } from '../compat-tests/harness/kafka-wire-client.js';
import { ProduceApi } from '../wire/generated/api/000-produce.js';
import { Reader } from '../wire/primitives/index.js';
import { encodeRecordBatch } from '../wire/record-batch/index.js';
import { FrameSocket } from './loadgen/frame-socket.js';
import { type ProduceTemplate, produceVersion, stampProduceFrame } from './loadgen/frames.js';
import { LatencyHistogram } from './loadgen/histogram.js';
import { wallMs } from './loadgen/wall-clock.js';
import { cpuSeconds } from './proc-stats.js';

const args = process.argv.slice(2);
const argValue = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const outFile = argValue('--out') ?? join(import.meta.dirname, 'SCHEMA-VALIDATION.md');
const measureMs = Number(argValue('--seconds') ?? 2) * 1000;
const warmupMs = 2000;
const rounds = 6;
const partitions = 4;
const connections = 2;
const inFlightMax = 5;
const recordsPerBatch = 16;
const recordBytes = 1024;
const INVALID_RECORD = 87;

const topics = [
  { name: 'sv-none', label: 'no validation', configs: {} },
  { name: 'sv-id', label: 'id validation', configs: { 'confluent.value.schema.validation': 'true' } },
  {
    name: 'sv-payload',
    label: 'payload validation',
    configs: { 'confluent.value.schema.validation': 'true', 'gossip.schema.validation.payload': 'true' },
  },
] as const;

const schema = {
  type: 'record',
  name: 'Event',
  namespace: 'bench',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'user', type: 'string' },
    { name: 'kind', type: { type: 'enum', name: 'Kind', symbols: ['VIEW', 'CLICK', 'BUY'] } },
    { name: 'amount', type: ['null', 'double'], default: null },
    { name: 'tags', type: { type: 'array', items: 'string' } },
    { name: 'body', type: 'string' },
  ],
} as const;
const eventType = avro.Type.forSchema(schema as unknown as avro.Schema);

/** AVRO values in Confluent's framing, each exactly `recordBytes` long (the body string pads). */
function encodedValues(id: number): Buffer[] {
  const values: Buffer[] = [];
  for (let i = 0; i < recordsPerBatch; i++) {
    const event = {
      id: 1_000_000 + i,
      user: `user-${i}`,
      kind: (['VIEW', 'CLICK', 'BUY'] as const)[i % 3],
      amount: i % 2 === 0 ? null : i * 1.5,
      tags: ['bench', `t${i}`],
      body: '',
    };
    const overhead = 5 + eventType.toBuffer(event).length;
    let body = 'x'.repeat(recordBytes - overhead);
    while (5 + eventType.toBuffer({ ...event, body }).length > recordBytes) body = body.slice(1);
    const header = Buffer.alloc(5);
    header.writeInt32BE(id, 1);
    values.push(Buffer.concat([header, eventType.toBuffer({ ...event, body })]));
  }
  return values;
}

/** A Produce v7 frame with one batch of `values` for each partition in `owned` (acks=1). */
function template(topic: string, owned: readonly number[], values: readonly Buffer[]): ProduceTemplate {
  const batch = encodeRecordBatch({ records: values.map((value) => ({ key: null, value, timestamp: 0 })) });
  const frame = KafkaWireClient.encodeRequest(
    ProduceApi,
    produceVersion,
    {
      transactionalId: null,
      acks: 1,
      timeoutMs: 30_000,
      topicData: [{ name: topic, partitionData: owned.map((index) => ({ index, records: batch })) }],
    },
    0,
    'gossip-bench',
  );
  const n = owned.length;
  const batchStarts = owned.map((_, i) => frame.length - (n - i) * batch.length - (n - 1 - i) * 8);
  return {
    partitions: [...owned],
    frame,
    batchStarts,
    payloadBytes: values.reduce((sum, v) => sum + v.length, 0) * n,
  };
}

interface Measured {
  records: number;
  payloadBytes: number;
  seconds: number;
  errors: number;
  histogram: LatencyHistogram;
  /** Broker CPU seconds (user + system, /proc) spent during the run. */
  cpu: number;
}

/** Closed loop: every connection keeps `inFlightMax` requests in flight for `durationMs`. */
async function produce(
  host: string,
  port: number,
  topic: string,
  values: readonly Buffer[],
  durationMs: number,
): Promise<Measured> {
  const histogram = new LatencyHistogram();
  let records = 0;
  let payloadBytes = 0;
  let errors = 0;
  let correlationId = 1;
  let stopped = false;
  const startMs = performance.now();
  let lastMs = startMs;
  const lanes = await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      const owned = Array.from({ length: partitions }, (_, p) => p).filter((p) => p % connections === c);
      return {
        socket: await FrameSocket.open(host, port),
        tpl: template(topic, owned, values),
        sent: [] as number[],
      };
    }),
  );
  const drained = lanes.map(
    (lane) =>
      new Promise<void>((resolve, reject) => {
        const send = () => {
          lane.sent.push(performance.now());
          lane.socket.write(stampProduceFrame(lane.tpl, correlationId++, wallMs()));
        };
        lane.socket.onError = reject;
        lane.socket.onFrame = (frame) => {
          const now = performance.now();
          histogram.recordMs(now - lane.sent.shift()!);
          const response = ProduceApi.decodeResponse(new Reader(frame.subarray(4)), produceVersion);
          for (const p of response.responses.flatMap((r) => r.partitionResponses)) {
            if (p.errorCode !== 0) errors++;
            else records += recordsPerBatch;
          }
          payloadBytes += lane.tpl.payloadBytes;
          lastMs = now;
          if (!stopped) send();
          else if (lane.sent.length === 0) resolve();
        };
        for (let i = 0; i < inFlightMax; i++) send();
      }),
  );
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  stopped = true;
  await Promise.all(drained);
  for (const lane of lanes) lane.socket.close();
  return { records, payloadBytes, seconds: (lastMs - startMs) / 1000, errors, histogram, cpu: 0 };
}

/** The error code of one produce of `value` to partition 0 of `topic`. */
async function produceOne(host: string, port: number, topic: string, value: Buffer): Promise<number> {
  const client = await KafkaWireClient.connect(host, port, { clientId: 'gossip-bench' });
  try {
    const records = encodeRecordBatch({ records: [{ key: null, value, timestamp: 0 }] });
    const answer = await client.send(ProduceApi, produceVersion, {
      transactionalId: null,
      acks: 1,
      timeoutMs: 30_000,
      topicData: [{ name: topic, partitionData: [{ index: 0, records }] }],
    });
    return answer.responses[0]?.partitionResponses[0]?.errorCode ?? -1;
  } finally {
    client.close();
  }
}

function machine(): string {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const memMiB = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1024;
  return [
    `- nproc: ${cpus().length}`,
    `- CPU: ${model}`,
    `- memory: ${memMiB.toFixed(0)} MiB`,
    `- node ${process.version}`,
  ].join('\n');
}

const log = (line: string) => process.stdout.write(`${line}\n`);

const broker = await startGossip({ startTimeoutMs: 60_000 });
try {
  const kafka = new Kafka({
    clientId: 'gossip-bench',
    brokers: [broker.bootstrap],
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: topics.map((t) => ({
      topic: t.name,
      numPartitions: partitions,
      configEntries: Object.entries(t.configs).map(([name, value]) => ({ name, value })),
    })),
  });
  await admin.disconnect();

  const registryUrl = `http://127.0.0.1:${broker.httpPort}`;
  let id = 0;
  for (const t of topics) {
    const res = await fetch(`${registryUrl}/subjects/${t.name}-value/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
      body: JSON.stringify({ schema: JSON.stringify(schema) }),
    });
    id = ((await res.json()) as { id: number }).id;
  }
  const values = encodedValues(id);

  // The configs are in force: plain bytes are refused by both validating topics, an AVRO-invalid body
  // with a registered id only by the payload one.
  const garbage = Buffer.concat([values[0]!.subarray(0, 5), Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f])]);
  const checks = {
    plainOnId: await produceOne(broker.host, broker.port, 'sv-id', Buffer.from('plain')),
    plainOnPayload: await produceOne(broker.host, broker.port, 'sv-payload', Buffer.from('plain')),
    badBodyOnId: await produceOne(broker.host, broker.port, 'sv-id', garbage),
    badBodyOnPayload: await produceOne(broker.host, broker.port, 'sv-payload', garbage),
  };
  if (
    checks.plainOnId !== INVALID_RECORD ||
    checks.plainOnPayload !== INVALID_RECORD ||
    checks.badBodyOnId !== 0 ||
    checks.badBodyOnPayload !== INVALID_RECORD
  ) {
    throw new Error(`validation configs not in force: ${JSON.stringify(checks)}`);
  }

  for (const t of topics) await produce(broker.host, broker.port, t.name, values, warmupMs);
  const totals = new Map<string, Measured>();
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? topics : [...topics].reverse();
    for (const t of order) {
      const cpuBefore = cpuSeconds(broker.process.pid!);
      const m = await produce(broker.host, broker.port, t.name, values, measureMs);
      m.cpu = cpuSeconds(broker.process.pid!) - cpuBefore;
      log(
        `round ${round + 1} ${t.label}: ${(m.records / m.seconds).toFixed(0)} records/s, ${m.errors} errors`,
      );
      const sum = totals.get(t.name);
      if (sum === undefined) totals.set(t.name, m);
      else {
        sum.records += m.records;
        sum.payloadBytes += m.payloadBytes;
        sum.seconds += m.seconds;
        sum.errors += m.errors;
        sum.cpu += m.cpu;
        sum.histogram.merge(m.histogram);
      }
    }
  }

  const base = totals.get('sv-none')!;
  const baseRate = base.records / base.seconds;
  const baseLatency = base.histogram.summary();
  const cpuPerGb = (m: Measured) => m.cpu / (m.payloadBytes / 1e9);
  const rows = topics.map((t) => {
    const m = totals.get(t.name)!;
    const rate = m.records / m.seconds;
    const lat = m.histogram.summary();
    return `| ${t.label} | ${rate.toFixed(0)} | ${(m.payloadBytes / m.seconds / 1e6).toFixed(1)} | ${lat.p50Ms.toFixed(2)} | ${lat.p99Ms.toFixed(2)} | ${(rate / baseRate).toFixed(2)} | ${(lat.p50Ms / baseLatency.p50Ms).toFixed(2)} | ${(lat.p99Ms / baseLatency.p99Ms).toFixed(2)} | ${cpuPerGb(m).toFixed(2)} | ${(cpuPerGb(m) / cpuPerGb(base)).toFixed(2)} | ${m.errors} |`;
  });
  const table = [
    '| topic | records/s | MB/s | p50 ms | p99 ms | throughput ratio | p50 ratio | p99 ratio | broker CPU s/GB | CPU ratio | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
  log(`\n${table}`);

  const report = [
    '# Schema validation cost',
    '',
    `Measured ${new Date(wallMs()).toISOString().slice(0, 16).replace('T', ' ')} UTC with:`,
    '',
    '```',
    'npm run build',
    `npx tsx bench/schema-validation.ts${measureMs !== 2000 ? ` --seconds ${measureMs / 1000}` : ''}`,
    '```',
    '',
    machine(),
    '',
    `One GOssip process (dist/), three topics of ${partitions} partitions: no validation; id validation`,
    '(`confluent.value.schema.validation=true`: magic byte and a schema id registered under',
    '`<topic>-value`); payload validation (also `gossip.schema.validation.payload=true`: the AVRO body',
    "must decode with that schema). Every record is a 1 KiB AVRO value in Confluent's wire format (a",
    `record of long, string, enum, union, array and string fields); ${recordsPerBatch} records per batch, one`,
    `batch per partition per Produce v7 request, acks=1, ${connections} connections with ${inFlightMax} requests in`,
    `flight each (closed loop, max rate). After a ${warmupMs / 1000} s warm-up per topic, each topic runs`,
    `${rounds} x ${measureMs / 1000} s, topics interleaved (A B C, C B A, ...); the rounds are summed. Latency is`,
    "per Produce request (send to response); broker CPU s/GB is the broker process's user + system CPU",
    '(/proc/PID/stat) per GB of record payload, the figure least disturbed by other load on this shared',
    'machine. Ratios are against the no-validation topic of the same run; absolute figures drift between',
    'runs, ratios less so.',
    '',
    table,
    '',
    `Before measuring, the script checks the configs are in force: plain bytes get INVALID_RECORD (87) on both validating topics; a registered id with an AVRO-invalid body passes id validation and gets 87 with payload validation.`,
    '',
  ].join('\n');
  writeFileSync(outFile, report);
  log(`\nwrote ${outFile}`);
} finally {
  await broker.stop();
}
