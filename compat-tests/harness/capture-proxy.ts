// A recording TCP proxy for golden-byte capture: clients connect to it, it forwards every byte to
// the upstream broker unchanged, and on the side it reassembles Kafka's size-prefixed frames in both
// directions, pairing each response with its request by correlation id (the first int32 of a
// response). acks=0 Produce requests get no response, so they are recorded with response null.
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';

export interface CapturedExchange {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  /** The request header's client_id (null when absent or unreadable). */
  clientId: string | null;
  /** Which client connection carried it: 0 for the first accepted connection, then 1, 2, ... */
  clientConnection: number;
  /** The whole request frame as sent, including its 4-byte size prefix. */
  request: Buffer;
  /** The whole response frame including its size prefix; null when none came (yet, or ever). */
  response: Buffer | null;
}

export interface CaptureProxyOptions {
  upstreamHost: string;
  upstreamPort: number;
  /** Where to listen; 127.0.0.1 unless told otherwise. The port is always chosen by the system. */
  listenHost?: string;
}

export interface CaptureProxy {
  host: string;
  port: number;
  /** A snapshot of the exchanges so far, in the order the requests arrived. */
  exchanges(): CapturedExchange[];
  /** Points connections accepted from now on at another upstream (existing ones keep theirs). */
  setUpstream(host: string, port: number): void;
  close(): Promise<void>;
}

const sizePrefixBytes = 4;
const produceApiKey = 0;
const produceFirstFlexibleVersion = 9;

/** Splits a byte stream into whole size-prefixed frames, joining the chunks once per frame. */
export class FrameSplitter {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private frameBytes = -1;

  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    for (;;) {
      if (this.frameBytes < 0) {
        if (this.buffered < sizePrefixBytes) break;
        const size = this.head(sizePrefixBytes).readInt32BE(0);
        if (size < 0) throw new Error(`negative frame size ${size}`);
        this.frameBytes = sizePrefixBytes + size;
      }
      if (this.buffered < this.frameBytes) break;
      frames.push(this.take(this.frameBytes));
      this.frameBytes = -1;
    }
    return frames;
  }

  private head(bytes: number): Buffer {
    const first = this.chunks[0]!;
    return first.length >= bytes ? first : Buffer.concat(this.chunks, this.buffered);
  }

  private take(bytes: number): Buffer {
    const joined = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.buffered);
    const frame = Buffer.from(joined.subarray(0, bytes));
    const rest = joined.subarray(bytes);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return frame;
  }
}

function readUnsignedVarint(frame: Buffer, offset: number): { value: number; next: number } {
  let value = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    const byte = frame.readUInt8(offset++);
    value |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { value: value >>> 0, next: offset };
  }
  throw new Error('varint too long');
}

/** The client_id of a request frame (header v1/v2: an int16-length string after the correlation id). */
export function requestClientId(frame: Buffer): string | null {
  if (frame.length < 14) return null;
  const length = frame.readInt16BE(12);
  if (length < 0 || frame.length < 14 + length) return null;
  return frame.toString('utf8', 14, 14 + length);
}

/**
 * The acks of a Produce request frame (header v1, or v2 from v9 on), or undefined when the frame
 * is not a Produce request or cannot be read.
 */
export function produceAcks(frame: Buffer): number | undefined {
  try {
    if (frame.readInt16BE(4) !== produceApiKey) return undefined;
    const version = frame.readInt16BE(6);
    const flexible = version >= produceFirstFlexibleVersion;
    let offset = 12;
    const clientIdLength = frame.readInt16BE(offset);
    offset += 2 + Math.max(0, clientIdLength);
    if (flexible) {
      const tagged = readUnsignedVarint(frame, offset);
      offset = tagged.next;
      for (let i = 0; i < tagged.value; i++) {
        offset = readUnsignedVarint(frame, offset).next;
        const size = readUnsignedVarint(frame, offset);
        offset = size.next + size.value;
      }
    }
    if (version >= 3) {
      if (flexible) {
        const length = readUnsignedVarint(frame, offset);
        offset = length.next + Math.max(0, length.value - 1);
      } else {
        const length = frame.readInt16BE(offset);
        offset += 2 + Math.max(0, length);
      }
    }
    return frame.readInt16BE(offset);
  } catch {
    return undefined;
  }
}

/** Starts the proxy on an ephemeral port. */
export async function startCaptureProxy(options: CaptureProxyOptions): Promise<CaptureProxy> {
  const listenHost = options.listenHost ?? '127.0.0.1';
  let upstream = { host: options.upstreamHost, port: options.upstreamPort };
  const recorded: CapturedExchange[] = [];
  const sockets = new Set<Socket>();
  let nextConnection = 0;

  const server: Server = createServer((client) => {
    const clientConnection = nextConnection++;
    const broker = tcpConnect({ host: upstream.host, port: upstream.port });
    sockets.add(client);
    sockets.add(broker);
    const awaitingResponse = new Map<number, CapturedExchange[]>();
    const requests = new FrameSplitter();
    const responses = new FrameSplitter();
    let recording = true;

    const stopRecording = () => {
      recording = false;
    };
    client.on('data', (chunk: Buffer) => {
      if (!recording) return;
      try {
        for (const frame of requests.push(chunk)) {
          const exchange: CapturedExchange = {
            apiKey: frame.length >= 6 ? frame.readInt16BE(4) : -1,
            apiVersion: frame.length >= 8 ? frame.readInt16BE(6) : -1,
            correlationId: frame.length >= 12 ? frame.readInt32BE(8) : -1,
            clientId: requestClientId(frame),
            clientConnection,
            request: frame,
            response: null,
          };
          recorded.push(exchange);
          if (produceAcks(frame) === 0) continue;
          const queue = awaitingResponse.get(exchange.correlationId) ?? [];
          queue.push(exchange);
          awaitingResponse.set(exchange.correlationId, queue);
        }
      } catch {
        stopRecording();
      }
    });
    broker.on('data', (chunk: Buffer) => {
      if (!recording) return;
      try {
        for (const frame of responses.push(chunk)) {
          if (frame.length < 8) continue;
          const exchange = awaitingResponse.get(frame.readInt32BE(4))?.shift();
          if (exchange) exchange.response = frame;
        }
      } catch {
        stopRecording();
      }
    });

    client.pipe(broker);
    broker.pipe(client);
    const teardown = () => {
      client.destroy();
      broker.destroy();
      sockets.delete(client);
      sockets.delete(broker);
    };
    client.on('error', teardown);
    broker.on('error', teardown);
    client.on('close', teardown);
    broker.on('close', teardown);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, listenHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('capture proxy has no TCP address');

  return {
    host: listenHost,
    port: address.port,
    exchanges: () => recorded.map((exchange) => ({ ...exchange })),
    setUpstream(host: string, port: number) {
      upstream = { host, port };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}
