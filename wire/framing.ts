// Kafka framing: a 4-byte big-endian size, then a request header (v0-v2) or response header (v0-v1),
// then the body. The header version depends on whether (api, version) is flexible; ApiVersions
// responses always use header v0 so that any client can read them.
import { DecodeError, type Reader, type TaggedField, Writer } from './primitives/index.js';

export interface RequestHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  taggedFields: TaggedField[];
}

/** The first 8 bytes of every request: enough to route it before knowing the header version. */
export function peekRequestKey(frame: Buffer): { apiKey: number; apiVersion: number; correlationId: number } {
  if (frame.length < 8) throw new DecodeError(`request of ${frame.length} bytes is shorter than a header`);
  return {
    apiKey: frame.readInt16BE(0),
    apiVersion: frame.readInt16BE(2),
    correlationId: frame.readInt32BE(4),
  };
}

/** Reads the request header of the given version; the reader is left at the start of the body. */
export function readRequestHeader(r: Reader, headerVersion: number): RequestHeader {
  const apiKey = r.int16();
  const apiVersion = r.int16();
  const correlationId = r.int32();
  const clientId = headerVersion >= 1 ? r.nullableString(false) : null;
  const taggedFields = headerVersion >= 2 ? r.taggedFields() : [];
  return { apiKey, apiVersion, correlationId, clientId, taggedFields };
}

export function writeRequestHeader(
  w: Writer,
  headerVersion: number,
  h: Omit<RequestHeader, 'taggedFields'>,
): void {
  w.int16(h.apiKey);
  w.int16(h.apiVersion);
  w.int32(h.correlationId);
  if (headerVersion >= 1) w.nullableString(h.clientId, false);
  if (headerVersion >= 2) w.uvarint(0);
}

/** Starts a size-prefixed frame; call `finishFrame` once the body is written. */
export function startFrame(initialBytes = 256): Writer {
  const w = new Writer(initialBytes);
  w.int32(0);
  return w;
}

/** Completes a frame started by `startFrame`, filling in its size; returns the buffers to send. */
export function finishFrame(w: Writer): Buffer[] {
  const size = w.length - 4;
  const chunks = w.chunksOut();
  chunks[0]!.writeInt32BE(size, 0);
  return chunks;
}

export function writeResponseHeader(w: Writer, headerVersion: number, correlationId: number): void {
  w.int32(correlationId);
  if (headerVersion >= 1) w.uvarint(0);
}

export function readResponseHeader(r: Reader, headerVersion: number): { correlationId: number } {
  const correlationId = r.int32();
  if (headerVersion >= 1) r.taggedFields();
  return { correlationId };
}
