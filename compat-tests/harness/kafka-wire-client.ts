// A minimal raw Kafka client for tests: one TCP connection, requests encoded with the generated codec,
// size-prefixed responses reassembled independently of the broker's own splitter. Requests may be
// pipelined; responses are handed out in arrival order to whoever asked first (a send() or a
// readFrame()), and send() checks the correlation id and that the body ends with the frame.
import { type Socket, connect as tcpConnect } from 'node:net';
import { type ApiCodec, requestHeaderVersion, responseHeaderVersion } from '../../wire/api-codec.js';
import { readResponseHeader, writeRequestHeader } from '../../wire/framing.js';
import { type Init, Reader, Writer } from '../../wire/primitives/index.js';

export interface KafkaWireClientOptions {
  /** client_id in request headers v1+; default 'gossip-wire-client'. */
  clientId?: string | null;
  /** Largest response frame accepted; a bigger size prefix fails the connection. Default 256 MiB. */
  frameBytesMax?: number;
}

export interface SendOptions {
  /** Decode the response body at this version instead (KIP-511 fallback answers with v0). */
  responseVersion?: number;
  /** Correlation id to use; default the next one from the client's counter. */
  correlationId?: number;
}

type Waiter = { resolve: (frame: Buffer) => void; reject: (err: Error) => void };

export class KafkaWireClient {
  private nextCorrelationId = 1;
  private readonly waiters: Waiter[] = [];
  private readonly unclaimed: Buffer[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failure: Error | null = null;
  private framesIn = 0;
  /** Resolves when the socket has closed, for whatever reason. */
  readonly closed: Promise<void>;

  private constructor(
    readonly socket: Socket,
    private readonly options: Required<KafkaWireClientOptions>,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err) => this.fail(err));
    this.closed = new Promise((resolve) => {
      socket.once('close', () => {
        this.fail(new Error('connection closed'));
        resolve();
      });
    });
  }

  static connect(host: string, port: number, options: KafkaWireClientOptions = {}): Promise<KafkaWireClient> {
    return new Promise((resolve, reject) => {
      const socket = tcpConnect({ host, port });
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(
          new KafkaWireClient(socket, {
            clientId: options.clientId === undefined ? 'gossip-wire-client' : options.clientId,
            frameBytesMax: options.frameBytesMax ?? 256 * 1024 * 1024,
          }),
        );
      });
    });
  }

  /** The whole request frame (size prefix included) for (api, version), as send() would write it. */
  static encodeRequest<Req, Res>(
    api: ApiCodec<Req, Res>,
    version: number,
    request: Init<Req>,
    correlationId: number,
    clientId: string | null = 'gossip-wire-client',
  ): Buffer {
    const w = new Writer();
    w.int32(0);
    writeRequestHeader(w, requestHeaderVersion(api as ApiCodec<unknown, unknown>, version), {
      apiKey: api.apiKey,
      apiVersion: version,
      correlationId,
      clientId,
    });
    api.encodeRequest(w, version, request);
    const frame = Buffer.from(w.toBuffer());
    frame.writeInt32BE(frame.length - 4, 0);
    return frame;
  }

  /** Sends one request and resolves with its decoded response; call several times to pipeline. */
  send<Req, Res>(
    api: ApiCodec<Req, Res>,
    version: number,
    request: Init<Req>,
    options: SendOptions = {},
  ): Promise<Res> {
    const correlationId = options.correlationId ?? this.nextCorrelationId++;
    const frame = KafkaWireClient.encodeRequest(api, version, request, correlationId, this.options.clientId);
    const response = this.readFrame();
    this.sendRaw(frame);
    return response.then((body) => {
      const r = new Reader(body);
      const headerVersion = responseHeaderVersion(api as ApiCodec<unknown, unknown>, version);
      const header = readResponseHeader(r, headerVersion);
      if (header.correlationId !== correlationId) {
        throw new Error(
          `${api.name} v${version}: response correlation id ${header.correlationId}, expected ${correlationId}`,
        );
      }
      const decoded = api.decodeResponse(r, options.responseVersion ?? version);
      if (r.remaining !== 0) {
        throw new Error(`${api.name} v${version}: ${r.remaining} bytes left after the response body`);
      }
      return decoded;
    });
  }

  /** Writes bytes as they are (a hand-made or deliberately broken frame). */
  sendRaw(bytes: Buffer): void {
    if (this.failure !== null || this.socket.destroyed) return;
    this.socket.write(bytes);
  }

  /** The next response frame, without its size prefix; rejects if the connection closes first. */
  readFrame(): Promise<Buffer> {
    const ready = this.unclaimed.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Response frames received so far (claimed or not). */
  get framesReceived(): number {
    return this.framesIn;
  }

  get isClosed(): boolean {
    return this.socket.destroyed || this.failure !== null;
  }

  get localPort(): number {
    return this.socket.localPort ?? 0;
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.buffered < 4) return;
      const head = this.chunks[0]!.length >= 4 ? this.chunks[0]! : this.join();
      const size = head.readInt32BE(0);
      if (size < 0 || size > this.options.frameBytesMax) {
        this.socket.destroy(
          new Error(`response frame size ${size} is outside 0..${this.options.frameBytesMax}`),
        );
        return;
      }
      if (this.buffered < 4 + size) return;
      const all = this.join();
      const frame = Buffer.from(all.subarray(4, 4 + size));
      const rest = all.subarray(4 + size);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
      this.deliver(frame);
    }
  }

  private join(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0]!;
  }

  private deliver(frame: Buffer): void {
    this.framesIn++;
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve(frame);
    else this.unclaimed.push(frame);
  }

  private fail(err: Error): void {
    if (this.failure === null) this.failure = err;
    for (const w of this.waiters.splice(0)) w.reject(this.failure);
  }
}
