// The shape of one API in the generated table: its key, the versions Kafka's specs define, which
// versions are flexible, and the encode/decode functions for both directions.
import type { Init, Reader, Writer } from './primitives/index.js';

export interface ApiCodec<Req, Res> {
  readonly apiKey: number;
  readonly name: string;
  /** Versions the spec defines (not what GOssip advertises: that comes from the handlers). */
  readonly minVersion: number;
  readonly maxVersion: number;
  /** First flexible version, or -1 if the API has none. */
  readonly flexibleMin: number;
  decodeRequest(r: Reader, v: number): Req;
  encodeRequest(w: Writer, v: number, m: Init<Req>): void;
  decodeResponse(r: Reader, v: number): Res;
  encodeResponse(w: Writer, v: number, m: Init<Res>): void;
}

export function isFlexible(api: ApiCodec<unknown, unknown>, version: number): boolean {
  return api.flexibleMin >= 0 && version >= api.flexibleMin;
}

/** Request header version for (api, version): v2 when flexible, v0 only for ControlledShutdown v0. */
export function requestHeaderVersion(api: ApiCodec<unknown, unknown>, version: number): number {
  if (isFlexible(api, version)) return 2;
  if (api.apiKey === 7 && version === 0) return 0;
  return 1;
}

/** Response header version: v1 when flexible, except ApiVersions which always answers with v0. */
export function responseHeaderVersion(api: ApiCodec<unknown, unknown>, version: number): number {
  if (api.apiKey === 18) return 0;
  return isFlexible(api, version) ? 1 : 0;
}
