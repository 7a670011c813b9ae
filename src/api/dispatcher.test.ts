// Tests for the dispatcher with the real handlers and a real metadata controller in a temp dir:
// ApiVersions v0-v3 reports exactly the registered handlers, higher versions get the KIP-511
// fallback (header v0, v0 body, UNSUPPORTED_VERSION, key 18 with 0-3), and what cannot be served
// (unknown key, unsupported version, short or truncated frames) throws so the connection is closed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { type ApiCodec, requestHeaderVersion, responseHeaderVersion } from '../../wire/api-codec.js';
import { readResponseHeader, writeRequestHeader } from '../../wire/framing.js';
import { ApiVersionsApi, MetadataApi, WriteTxnMarkersApi } from '../../wire/generated/apis.js';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { DecodeError, type Init, Reader, Writer } from '../../wire/primitives/index.js';
import { ManualClock } from '../common/clock.js';
import { SeededRandom } from '../common/random.js';
import { loadConfig } from '../config/config.js';
import { MetadataController } from '../metadata/controller.js';
import { BrokerMetrics } from '../metrics/broker-metrics.js';
import type { ConnectionInfo } from '../network/connection.js';
import { ReplicaManager } from '../replication/replica-manager.js';
import { Dispatcher, ProtocolError } from './dispatcher.js';
import type { Handler } from './handler.js';
import { createHandlers } from './handlers/index.js';

interface Setup {
  dispatcher: Dispatcher;
  metadata: MetadataController;
}

async function setup(t: ExecutionContext): Promise<Setup> {
  const dir = await mkdtemp(join(tmpdir(), 'gossip-dispatcher-'));
  const metadata = await MetadataController.open({
    dataDir: dir,
    nodeId: 1,
    clock: new ManualClock(1_700_000_000_000),
    random: new SeededRandom(7),
  });
  await metadata.registerBroker({ nodeId: 1, host: 'broker.test', port: 19092 });
  t.teardown(async () => {
    await metadata.close();
    await rm(dir, { recursive: true, force: true });
  });
  const config = loadConfig({ overrides: { 'log.dirs': dir } });
  const clock = new ManualClock(1_700_000_000_000);
  const replicas = new ReplicaManager({
    nodeId: 1,
    clock,
    image: () => metadata.image(),
    logs: { get: () => undefined },
    brokerProps: config.properties,
  });
  let dispatcher: Dispatcher | undefined;
  dispatcher = new Dispatcher(
    createHandlers({
      config,
      clock,
      metadata,
      replicas,
      metrics: new BrokerMetrics(),
      advertisedVersions: () => dispatcher!.versions(),
    }),
  );
  return { dispatcher, metadata };
}

function connectionInfo(): ConnectionInfo {
  return {
    id: 1,
    remoteAddress: '127.0.0.1',
    remotePort: 1,
    clientSoftwareName: null,
    clientSoftwareVersion: null,
  };
}

/** A request frame without its size prefix, as the connection hands it to the dispatcher. */
function requestFrame<Req>(
  api: ApiCodec<Req, unknown>,
  version: number,
  body: Init<Req>,
  correlationId: number,
): Buffer {
  const w = new Writer();
  writeRequestHeader(w, requestHeaderVersion(api as ApiCodec<unknown, unknown>, version), {
    apiKey: api.apiKey,
    apiVersion: version,
    correlationId,
    clientId: 'dispatcher-test',
  });
  api.encodeRequest(w, version, body);
  return Buffer.from(w.toBuffer());
}

/** Joins the outcome's buffers, checks the size prefix and returns the frame after it. */
async function responseFrame(outcome: Buffer[] | null | Promise<Buffer[] | null>): Promise<Buffer> {
  const out = await outcome;
  if (out === null) throw new Error('no response');
  const whole = Buffer.concat(out);
  if (whole.readInt32BE(0) !== whole.length - 4) throw new Error('size prefix does not match the frame');
  return whole.subarray(4);
}

test('ApiVersions v0-v3 answers with exactly the registered handlers', async (t) => {
  const { dispatcher } = await setup(t);
  const expected = dispatcher.versions();
  t.deepEqual(
    expected.filter((e) => e.apiKey === 3 || e.apiKey === 18),
    [
      { apiKey: 3, minVersion: 0, maxVersion: 12 },
      { apiKey: 18, minVersion: 0, maxVersion: 3 },
    ],
  );
  t.deepEqual(
    expected.map((e) => e.apiKey),
    [...expected.map((e) => e.apiKey)].sort((a, b) => a - b),
    'sorted by key',
  );
  t.false(
    expected.some((e) => e.apiKey === 27 || e.apiKey === 68),
    'never WriteTxnMarkers or ConsumerGroupHeartbeat',
  );
  for (let v = 0; v <= 3; v++) {
    const frame = requestFrame(
      ApiVersionsApi,
      v,
      { clientSoftwareName: 'x', clientSoftwareVersion: '1' },
      100 + v,
    );
    const r = new Reader(await responseFrame(dispatcher.handle(frame, connectionInfo())));
    t.is(readResponseHeader(r, responseHeaderVersion(ApiVersionsApi, v)).correlationId, 100 + v);
    const res = ApiVersionsApi.decodeResponse(r, v);
    t.is(r.remaining, 0, `v${v} body ends with the frame`);
    t.is(res.errorCode, ErrorCode.NONE);
    t.deepEqual(
      res.apiKeys.map(({ apiKey, minVersion, maxVersion }) => ({ apiKey, minVersion, maxVersion })),
      expected,
      `v${v}`,
    );
  }
});

test('ApiVersions v3 records the client software name and version on the connection', async (t) => {
  const { dispatcher } = await setup(t);
  const info = connectionInfo();
  const frame = requestFrame(
    ApiVersionsApi,
    3,
    { clientSoftwareName: 'kcat', clientSoftwareVersion: '1.7.1' },
    1,
  );
  await responseFrame(dispatcher.handle(frame, info));
  t.is(info.clientSoftwareName, 'kcat');
  t.is(info.clientSoftwareVersion, '1.7.1');
});

function assertFallback(t: ExecutionContext, frame: Buffer, correlationId: number): void {
  const r = new Reader(frame);
  t.is(r.int32(), correlationId, 'header v0: the correlation id and nothing else');
  const res = ApiVersionsApi.decodeResponse(r, 0);
  t.is(r.remaining, 0, 'a v0 body');
  t.is(res.errorCode, ErrorCode.UNSUPPORTED_VERSION);
  t.is(res.errorCode, 35);
  t.deepEqual(
    res.apiKeys.map(({ apiKey, minVersion, maxVersion }) => ({ apiKey, minVersion, maxVersion })),
    [{ apiKey: 18, minVersion: 0, maxVersion: 3 }],
  );
}

test('ApiVersions v4 gets the KIP-511 fallback', async (t) => {
  const { dispatcher } = await setup(t);
  const frame = requestFrame(
    ApiVersionsApi,
    4,
    { clientSoftwareName: 'future', clientSoftwareVersion: '9' },
    44,
  );
  assertFallback(t, await responseFrame(dispatcher.handle(frame, connectionInfo())), 44);
});

test('ApiVersions v99 gets the fallback without its body being decoded', async (t) => {
  const { dispatcher } = await setup(t);
  // Header v2 with a client id, then bytes no known version could parse.
  const w = new Writer();
  writeRequestHeader(w, 2, { apiKey: 18, apiVersion: 99, correlationId: 99, clientId: 'far-future' });
  w.raw(Buffer.from([0xff, 0xfe, 0xfd]));
  assertFallback(t, await responseFrame(dispatcher.handle(Buffer.from(w.toBuffer()), connectionInfo())), 99);
});

test('an api key without a handler throws ProtocolError', async (t) => {
  const { dispatcher } = await setup(t);
  const markers = requestFrame(WriteTxnMarkersApi, 0, { markers: [] }, 5);
  t.throws(() => dispatcher.handle(markers, connectionInfo()), { instanceOf: ProtocolError });
  const unknown = Buffer.from([0x7f, 0x00, 0, 0, 0, 0, 0, 6, 0xff, 0xff]);
  t.throws(() => dispatcher.handle(unknown, connectionInfo()), {
    instanceOf: ProtocolError,
    message: /unsupported api key 32512/,
  });
  const negative = Buffer.from([0xff, 0xff, 0, 0, 0, 0, 0, 6, 0xff, 0xff]);
  t.throws(() => dispatcher.handle(negative, connectionInfo()), { instanceOf: ProtocolError });
});

test('an unsupported Metadata version throws ProtocolError', async (t) => {
  const { dispatcher } = await setup(t);
  const w = new Writer();
  writeRequestHeader(w, 2, { apiKey: 3, apiVersion: 13, correlationId: 1, clientId: 'c' });
  w.uvarint(0);
  w.uvarint(0);
  t.throws(() => dispatcher.handle(Buffer.from(w.toBuffer()), connectionInfo()), {
    instanceOf: ProtocolError,
    message: /unsupported version 13 of Metadata/,
  });
  const negative = Buffer.from([0, 3, 0xff, 0xff, 0, 0, 0, 1, 0xff, 0xff]);
  t.throws(() => dispatcher.handle(negative, connectionInfo()), { instanceOf: ProtocolError });
});

test('a frame shorter than a request header throws DecodeError', async (t) => {
  const { dispatcher } = await setup(t);
  for (let n = 0; n < 8; n++) {
    t.throws(() => dispatcher.handle(Buffer.alloc(n), connectionInfo()), { instanceOf: DecodeError });
  }
});

test('a truncated request body throws DecodeError at every cut', async (t) => {
  const { dispatcher } = await setup(t);
  const frame = requestFrame(
    MetadataApi,
    12,
    {
      topics: [{ name: 'some-topic', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    },
    12,
  );
  for (let cut = 8; cut < frame.length; cut++) {
    t.throws(
      () => dispatcher.handle(frame.subarray(0, cut), connectionInfo()),
      { instanceOf: DecodeError },
      `cut ${cut}`,
    );
  }
  // The whole frame is served.
  const r = new Reader(await responseFrame(dispatcher.handle(frame, connectionInfo())));
  t.is(readResponseHeader(r, 1).correlationId, 12);
  const res = MetadataApi.decodeResponse(r, 12);
  t.deepEqual(
    res.topics.map((x) => [x.name, x.errorCode]),
    [['some-topic', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]],
  );
});

test('a truncated ApiVersions v3 body throws DecodeError', async (t) => {
  const { dispatcher } = await setup(t);
  const frame = requestFrame(
    ApiVersionsApi,
    3,
    { clientSoftwareName: 'abc', clientSoftwareVersion: '1.0' },
    3,
  );
  t.throws(() => dispatcher.handle(frame.subarray(0, frame.length - 2), connectionInfo()), {
    instanceOf: DecodeError,
  });
});

test('Metadata at every served version answers with the broker and the right header version', async (t) => {
  const { dispatcher, metadata } = await setup(t);
  for (let v = 0; v <= 12; v++) {
    const frame = requestFrame(MetadataApi, v, { topics: v === 0 ? [] : null }, 1000 + v);
    const r = new Reader(await responseFrame(dispatcher.handle(frame, connectionInfo())));
    t.is(readResponseHeader(r, v >= 9 ? 1 : 0).correlationId, 1000 + v);
    const res = MetadataApi.decodeResponse(r, v);
    t.is(r.remaining, 0, `v${v}`);
    t.deepEqual(
      res.brokers.map((b) => [b.nodeId, b.host, b.port]),
      [[1, 'broker.test', 19092]],
    );
    if (v >= 2) t.is(res.clusterId, metadata.image().clusterId);
  }
});

test('the constructor refuses two handlers for one key and versions beyond the spec', (t) => {
  const make = (minVersion: number, maxVersion: number): Handler => ({
    api: ApiVersionsApi as ApiCodec<unknown, unknown>,
    minVersion,
    maxVersion,
    handle: () => ({}),
  });
  t.throws(() => new Dispatcher([make(0, 3), make(0, 3)]), { message: /two handlers for api key 18/ });
  t.throws(() => new Dispatcher([make(0, 5)]), { message: /beyond its spec/ });
  t.throws(() => new Dispatcher([make(-1, 3)]), { message: /beyond its spec/ });
});

/** A Metadata handler that answers nothing. */
function silentMetadataHandler(): Handler {
  return {
    api: MetadataApi as ApiCodec<unknown, unknown>,
    minVersion: 0,
    maxVersion: 12,
    handle: () => null,
  };
}

test('a handler answering null sends nothing', async (t) => {
  const dispatcher = new Dispatcher([silentMetadataHandler()]);
  t.is(await dispatcher.handle(requestFrame(MetadataApi, 1, { topics: null }, 1), connectionInfo()), null);
});

test('each request is counted and timed under its API', async (t) => {
  const metrics = new BrokerMetrics();
  const dispatcher = new Dispatcher([silentMetadataHandler()], {
    requests: metrics.requests,
    durations: metrics.requestSeconds,
  });
  for (let i = 0; i < 3; i++) {
    await dispatcher.handle(requestFrame(MetadataApi, 1, { topics: null }, i), connectionInfo());
  }
  const text = await metrics.registry.metrics();
  t.regex(text, /gossip_requests_total\{api="Metadata"\} 3/);
  t.regex(text, /gossip_request_duration_seconds_count\{api="Metadata"\} 3/);
  t.regex(text, /gossip_request_duration_seconds_bucket\{le="30",api="Metadata"\} 3/);
});
