// Tests for framing: request headers v0/v1/v2 and response headers v0/v1 byte for byte, agreement
// with the header codec generated from Kafka's specs, header-version choice per (api, version)
// (ApiVersions responses always v0), size prefixes over multi-chunk frames, and real clients' frames
// from the golden captures decoding to the key, version and correlation id they were recorded with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { requestHeaderVersion, responseHeaderVersion } from './api-codec.js';
import {
  finishFrame,
  peekRequestKey,
  readRequestHeader,
  readResponseHeader,
  startFrame,
  writeRequestHeader,
  writeResponseHeader,
} from './framing.js';
import {
  API_CODECS,
  ApiVersionsApi,
  ControlledShutdownApi,
  MetadataApi,
  ProduceApi,
} from './generated/apis.js';
import { decodeRequestHeader, encodeRequestHeader } from './generated/headers/headers.js';
import { DecodeError, Reader, Writer } from './primitives/index.js';

const bytes = (...b: number[]): Buffer => Buffer.from(b);

function requestHeaderBytes(version: number, clientId: string | null): Buffer {
  const w = new Writer();
  writeRequestHeader(w, version, { apiKey: 3, apiVersion: 12, correlationId: 0x01020304, clientId });
  return Buffer.from(w.toBuffer());
}

test('request header v0 is key, version and correlation id only', (t) => {
  t.deepEqual(requestHeaderBytes(0, 'ignored'), bytes(0, 3, 0, 12, 1, 2, 3, 4));
});

test('request header v1 adds a classic nullable client id', (t) => {
  t.deepEqual(requestHeaderBytes(1, 'ab'), bytes(0, 3, 0, 12, 1, 2, 3, 4, 0, 2, 0x61, 0x62));
  t.deepEqual(requestHeaderBytes(1, null), bytes(0, 3, 0, 12, 1, 2, 3, 4, 0xff, 0xff));
});

test('request header v2 keeps the classic client id and adds tagged fields', (t) => {
  t.deepEqual(requestHeaderBytes(2, 'ab'), bytes(0, 3, 0, 12, 1, 2, 3, 4, 0, 2, 0x61, 0x62, 0));
});

test('request headers read back, leaving the reader at the body', (t) => {
  for (const version of [0, 1, 2]) {
    for (const clientId of ['client-1', '', null]) {
      const buf = Buffer.concat([requestHeaderBytes(version, clientId), bytes(0xbd)]);
      const r = new Reader(buf);
      const h = readRequestHeader(r, version);
      t.is(h.apiKey, 3);
      t.is(h.apiVersion, 12);
      t.is(h.correlationId, 0x01020304);
      t.is(h.clientId, version === 0 ? null : clientId);
      t.deepEqual(h.taggedFields, []);
      t.is(r.remaining, 1, `v${version} ${clientId}`);
    }
  }
});

test('request header v2 keeps unknown tagged fields', (t) => {
  const buf = bytes(0, 18, 0, 3, 0, 0, 0, 7, 0, 1, 0x63, 1, 9, 2, 0xaa, 0xbb);
  const r = new Reader(buf);
  const h = readRequestHeader(r, 2);
  t.is(h.clientId, 'c');
  t.deepEqual(h.taggedFields, [{ tag: 9, data: bytes(0xaa, 0xbb) }]);
  t.is(r.remaining, 0);
});

test('request headers agree with the header codec generated from the specs', (t) => {
  for (const version of [0, 1, 2]) {
    for (const clientId of ['gossip', null]) {
      const ours = requestHeaderBytes(version, clientId);
      const w = new Writer();
      encodeRequestHeader(w, version, {
        requestApiKey: 3,
        requestApiVersion: 12,
        correlationId: 0x01020304,
        clientId,
      });
      t.deepEqual(ours, Buffer.from(w.toBuffer()), `v${version}`);
      const decoded = decodeRequestHeader(new Reader(ours), version);
      t.is(decoded.correlationId, 0x01020304);
    }
  }
});

test('response header v0 is the correlation id; v1 adds empty tagged fields', (t) => {
  const v0 = new Writer();
  writeResponseHeader(v0, 0, -5);
  t.deepEqual(Buffer.from(v0.toBuffer()), bytes(0xff, 0xff, 0xff, 0xfb));
  const v1 = new Writer();
  writeResponseHeader(v1, 1, 42);
  t.deepEqual(Buffer.from(v1.toBuffer()), bytes(0, 0, 0, 42, 0));
  const r = new Reader(bytes(0, 0, 0, 42, 1, 3, 1, 0xcc, 0xee));
  t.deepEqual(readResponseHeader(r, 1), { correlationId: 42 });
  t.is(r.remaining, 1, 'tagged fields are skipped, the body is left');
  const r0 = new Reader(bytes(0, 0, 0, 42, 0));
  t.deepEqual(readResponseHeader(r0, 0), { correlationId: 42 });
  t.is(r0.remaining, 1, 'v0 has no tagged fields');
});

test('peekRequestKey reads the first 8 bytes and refuses shorter frames', (t) => {
  t.deepEqual(peekRequestKey(bytes(0, 18, 0, 4, 0xff, 0xff, 0xff, 0xff)), {
    apiKey: 18,
    apiVersion: 4,
    correlationId: -1,
  });
  for (let n = 0; n < 8; n++) {
    t.throws(() => peekRequestKey(Buffer.alloc(n)), { instanceOf: DecodeError });
  }
});

test('header versions follow flexibility; ApiVersions responses always use v0', (t) => {
  t.is(requestHeaderVersion(MetadataApi, 8), 1);
  t.is(requestHeaderVersion(MetadataApi, 9), 2);
  t.is(responseHeaderVersion(MetadataApi, 8), 0);
  t.is(responseHeaderVersion(MetadataApi, 9), 1);
  t.is(requestHeaderVersion(ControlledShutdownApi, 0), 0);
  t.is(requestHeaderVersion(ControlledShutdownApi, 1), 1);
  for (let v = 0; v <= ApiVersionsApi.maxVersion; v++) {
    t.is(requestHeaderVersion(ApiVersionsApi, v), v >= 3 ? 2 : 1);
    t.is(responseHeaderVersion(ApiVersionsApi, v), 0, `ApiVersions v${v}`);
  }
  t.is(requestHeaderVersion(ProduceApi, 9), 2);
  t.is(responseHeaderVersion(ProduceApi, 8), 0);
  // Every API: flexible versions use request v2 / response v1 (bar ApiVersions responses).
  for (const api of API_CODECS.values()) {
    for (let v = api.minVersion; v <= api.maxVersion; v++) {
      const flexible = api.flexibleMin >= 0 && v >= api.flexibleMin;
      if (flexible) t.is(requestHeaderVersion(api, v), 2, `${api.name} v${v}`);
      if (api.apiKey !== 18) t.is(responseHeaderVersion(api, v), flexible ? 1 : 0, `${api.name} v${v}`);
    }
  }
});

test('startFrame/finishFrame fill in the size prefix, also across zero-copy chunks', (t) => {
  const w = startFrame();
  writeResponseHeader(w, 0, 7);
  w.bytes(Buffer.alloc(10_000, 1), false);
  w.int8(2);
  const chunks = finishFrame(w);
  t.true(chunks.length > 1);
  const whole = Buffer.concat(chunks);
  t.is(whole.readInt32BE(0), whole.length - 4);
  t.is(whole.readInt32BE(4), 7);

  const empty = Buffer.concat(finishFrame(startFrame()));
  t.deepEqual(empty, bytes(0, 0, 0, 0));
});

interface GoldenExchange {
  client: string;
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  request: string;
  response: string | null;
}

const goldenDir = join(import.meta.dirname, '..', 'compat-tests', 'fixtures', 'golden');

test('frames from real clients (golden captures) decode to the recorded key, version and correlation id', (t) => {
  const index = JSON.parse(readFileSync(join(goldenDir, 'index.json'), 'utf8')) as {
    exchanges: GoldenExchange[];
  };
  t.true(index.exchanges.length > 0);
  for (const e of index.exchanges) {
    const api = API_CODECS.get(e.apiKey)!;
    const req = readFileSync(join(goldenDir, e.request));
    t.is(req.readInt32BE(0), req.length - 4, `${e.request} size prefix`);
    const frame = req.subarray(4);
    t.deepEqual(peekRequestKey(frame), {
      apiKey: e.apiKey,
      apiVersion: e.apiVersion,
      correlationId: e.correlationId,
    });
    const r = new Reader(frame);
    const header = readRequestHeader(r, requestHeaderVersion(api, e.apiVersion));
    t.is(header.correlationId, e.correlationId);
    t.is(typeof header.clientId, 'string', `${e.request} has a client id`);
    api.decodeRequest(r, e.apiVersion);
    t.is(r.remaining, 0, `${e.request} body ends with the frame`);
    if (e.response === null) continue;
    const res = readFileSync(join(goldenDir, e.response));
    t.is(res.readInt32BE(0), res.length - 4);
    const rr = new Reader(res.subarray(4));
    t.is(readResponseHeader(rr, responseHeaderVersion(api, e.apiVersion)).correlationId, e.correlationId);
    api.decodeResponse(rr, e.apiVersion);
    t.is(rr.remaining, 0, `${e.response} body ends with the frame`);
  }
});
