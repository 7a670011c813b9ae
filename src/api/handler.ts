// What a handler is: one Kafka API, the versions GOssip serves for it, and a function from a decoded
// request to a response (or null when the protocol sends none, as Produce with acks=0).
import type { ApiCodec } from '../../wire/api-codec.js';
import type { Init } from '../../wire/primitives/index.js';
import type { ConnectionInfo } from '../network/connection.js';

export interface RequestContext {
  readonly apiVersion: number;
  readonly correlationId: number;
  readonly clientId: string | null;
  readonly connection: ConnectionInfo;
}

export interface Handler<Req = unknown, Res = unknown> {
  readonly api: ApiCodec<Req, Res>;
  /** Versions served (and advertised in ApiVersions). */
  readonly minVersion: number;
  readonly maxVersion: number;
  handle(request: Req, ctx: RequestContext): Init<Res> | null | Promise<Init<Res> | null>;
}

/** Widens a typed handler for the registry (handlers are looked up by api key at run time). */
export function register<Req, Res>(h: Handler<Req, Res>): Handler {
  return h as unknown as Handler;
}

export interface VersionRange {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}
