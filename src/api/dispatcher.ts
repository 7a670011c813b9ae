// Routes a request frame to its handler. It reads the api key and version first, answers an
// ApiVersions request of a version we do not serve with Kafka's KIP-511 fallback (a v0 body with
// UNSUPPORTED_VERSION and our ApiVersions range), decodes header and body with the generated codec,
// and encodes the handler's response with the right header version. Anything else that cannot be
// served (unknown key, unsupported version, undecodable bytes) closes the connection, as Kafka does.
import { requestHeaderVersion, responseHeaderVersion } from '../../wire/api-codec.js';
import {
  finishFrame,
  peekRequestKey,
  readRequestHeader,
  startFrame,
  writeResponseHeader,
} from '../../wire/framing.js';
import { encodeApiVersionsResponse } from '../../wire/generated/api/018-api-versions.js';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { Reader } from '../../wire/primitives/index.js';
import type { ConnectionInfo, FrameHandler, FrameOutcome } from '../network/connection.js';
import type { Handler, RequestContext, VersionRange } from './handler.js';

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

const API_VERSIONS_KEY = 18;

/**
 * Request metrics per API, one labelled child per handler made up front: a count
 * (gossip_requests_total) and the time from a request reaching its handler to its response being
 * encoded (gossip_request_duration_seconds; includes a Fetch's long-poll wait, as Kafka's TotalTimeMs).
 */
export interface DispatcherMetrics {
  requests?: { labels(api: string): { inc(): void } };
  durations?: { labels(api: string): { observe(seconds: number): void } };
}

interface ApiMetrics {
  count: { inc(): void } | undefined;
  duration: { observe(seconds: number): void } | undefined;
}

export class Dispatcher implements FrameHandler {
  private readonly byKey = new Map<number, Handler>();
  private readonly metricsByKey = new Map<number, ApiMetrics>();

  constructor(handlers: readonly Handler[], metrics: DispatcherMetrics = {}) {
    for (const h of handlers) {
      if (this.byKey.has(h.api.apiKey)) throw new Error(`two handlers for api key ${h.api.apiKey}`);
      if (h.minVersion < h.api.minVersion || h.maxVersion > h.api.maxVersion) {
        throw new Error(`${h.api.name} handler serves ${h.minVersion}-${h.maxVersion}, beyond its spec`);
      }
      this.byKey.set(h.api.apiKey, h);
      this.metricsByKey.set(h.api.apiKey, {
        count: metrics.requests?.labels(h.api.name),
        duration: metrics.durations?.labels(h.api.name),
      });
    }
  }

  /** The advertised set: exactly the registered handlers, sorted by key. */
  versions(): VersionRange[] {
    return [...this.byKey.values()]
      .map((h) => ({ apiKey: h.api.apiKey, minVersion: h.minVersion, maxVersion: h.maxVersion }))
      .sort((a, b) => a.apiKey - b.apiKey);
  }

  handle(frame: Buffer, connection: ConnectionInfo): FrameOutcome | Promise<FrameOutcome> {
    const { apiKey, apiVersion, correlationId } = peekRequestKey(frame);
    const handler = this.byKey.get(apiKey);
    if (handler === undefined) throw new ProtocolError(`unsupported api key ${apiKey}`);
    const metrics = this.metricsByKey.get(apiKey);
    metrics?.count?.inc();
    if (apiVersion < handler.minVersion || apiVersion > handler.maxVersion) {
      if (apiKey === API_VERSIONS_KEY) return this.apiVersionsFallback(handler, correlationId);
      throw new ProtocolError(`unsupported version ${apiVersion} of ${handler.api.name}`);
    }
    const api = handler.api;
    const r = new Reader(frame);
    const header = readRequestHeader(r, requestHeaderVersion(api, apiVersion));
    const request = api.decodeRequest(r, apiVersion);
    const ctx: RequestContext = { apiVersion, correlationId, clientId: header.clientId, connection };
    const started = performance.now();
    const result = handler.handle(request, ctx);
    if (result instanceof Promise) {
      return result.then((res) => {
        const out = this.encode(handler, ctx, res);
        metrics?.duration?.observe((performance.now() - started) / 1000);
        return out;
      });
    }
    const out = this.encode(handler, ctx, result);
    metrics?.duration?.observe((performance.now() - started) / 1000);
    return out;
  }

  private encode(handler: Handler, ctx: RequestContext, response: unknown): FrameOutcome {
    if (response === null) return null;
    const w = startFrame();
    writeResponseHeader(w, responseHeaderVersion(handler.api, ctx.apiVersion), ctx.correlationId);
    handler.api.encodeResponse(w, ctx.apiVersion, response as never);
    return finishFrame(w);
  }

  /** KIP-511: an ApiVersions version we do not serve gets a v0 body naming our ApiVersions range. */
  private apiVersionsFallback(handler: Handler, correlationId: number): FrameOutcome {
    const w = startFrame();
    writeResponseHeader(w, 0, correlationId);
    encodeApiVersionsResponse(w, 0, {
      errorCode: ErrorCode.UNSUPPORTED_VERSION,
      apiKeys: [{ apiKey: API_VERSIONS_KEY, minVersion: handler.minVersion, maxVersion: handler.maxVersion }],
    });
    return finishFrame(w);
  }
}
