// TCP between quorum voters. Each node listens on its voter port and opens one outbound connection
// per peer, lazily on first use, reconnecting with jittered exponential backoff; a node sends Raft
// messages and requests on its outbound connections and answers requests on the inbound ones.
// Frames are u32 length | u8 kind | payload; the first outbound frame is a hello naming sender and
// receiver. Raft messages are fire-and-forget (lost with a broken connection; Raft retries). A bad
// frame closes that connection only. A connection we keep writing to while hearing nothing back from
// that peer for peerSilenceMsMax is presumed dead (a partition sends no RST) and is reopened.
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import type { Clock } from '../common/clock.js';
import type { Random } from '../common/random.js';
import { type MetadataLogger, silentLogger } from '../metadata/logger.js';
import type { QuorumRequestHandler } from '../metadata/quorum.js';
import { FrameSplitter } from '../network/frame-splitter.js';
import { decodeMessage, encodeMessage } from './codec.js';
import type { Message, NodeId } from './types.js';

/** Largest frame sent or accepted between voters (kept here, not in config/limits.ts). */
export const RAFT_FRAME_BYTES_MAX = 72 * 1024 * 1024;
/** Bytes queued on one outbound socket beyond which further Raft messages are dropped. */
export const RAFT_SEND_QUEUE_BYTES_MAX = 64 * 1024 * 1024;
/** Frames held while an outbound connection is being established. */
export const RAFT_CONNECTING_FRAMES_MAX = 1024;
/** Requests one inbound connection may have unanswered before it is closed. */
export const RAFT_INBOUND_REQUESTS_MAX = 1024;

const KIND_HELLO = 1;
const KIND_MESSAGE = 2;
const KIND_REQUEST = 3;
const KIND_RESPONSE = 4;
const HELLO_MAGIC = 0x47524654; // "GRFT"
const HELLO_VERSION = 1;
const STATUS_OK = 0;
const STATUS_ERROR = 1;

export interface RaftPeer {
  readonly id: NodeId;
  readonly host: string;
  readonly port: number;
}

export interface RaftTransportOptions {
  nodeId: NodeId;
  listenHost: string;
  /** 0 picks a free port; see `port` after listen(). */
  listenPort: number;
  /** The other voters (an entry for this node itself is ignored). */
  peers: readonly RaftPeer[];
  clock: Clock;
  random: Random;
  logger?: MetadataLogger;
  reconnectBackoffMinMs?: number;
  reconnectBackoffMaxMs?: number;
  connectTimeoutMs?: number;
  /** Sending this long to a peer without hearing from it closes the connection (default 3000). */
  peerSilenceMsMax?: number;
}

interface PendingRequest {
  resolve: (body: Buffer) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** The outbound side of one peer: the connection, its backoff, and requests awaiting replies. */
class PeerLink {
  socket: Socket | null = null;
  connected = false;
  queued: Buffer[] = [];
  retryAtMs = 0;
  backoffMs: number;
  failures = 0;
  /** When we first wrote to this peer since we last heard from it; null when answered. */
  unansweredSinceMs: number | null = null;
  readonly pending = new Map<number, PendingRequest>();

  constructor(
    readonly peer: RaftPeer,
    backoffMinMs: number,
  ) {
    this.backoffMs = backoffMinMs;
  }
}

export class RaftTransport {
  readonly nodeId: NodeId;
  private readonly links = new Map<NodeId, PeerLink>();
  private readonly inbound = new Set<Socket>();
  private messageHandler: (message: Message) => void = () => {};
  private requestHandler: QuorumRequestHandler | null = null;
  private nextCorrelationId = 1;
  private closed = false;
  private readonly logger: MetadataLogger;
  private readonly backoffMinMs: number;
  private readonly backoffMaxMs: number;
  private readonly connectTimeoutMs: number;
  private readonly peerSilenceMsMax: number;

  private constructor(
    private readonly options: RaftTransportOptions,
    private readonly server: Server,
  ) {
    this.nodeId = options.nodeId;
    this.logger = options.logger ?? silentLogger;
    this.backoffMinMs = options.reconnectBackoffMinMs ?? 50;
    this.backoffMaxMs = options.reconnectBackoffMaxMs ?? 1000;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 1000;
    this.peerSilenceMsMax = options.peerSilenceMsMax ?? 3000;
    for (const peer of options.peers) {
      if (peer.id !== options.nodeId) this.links.set(peer.id, new PeerLink(peer, this.backoffMinMs));
    }
    server.on('connection', (socket) => this.accept(socket));
  }

  static async listen(options: RaftTransportOptions): Promise<RaftTransport> {
    const server = createServer({ noDelay: true });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.listenPort, options.listenHost, () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new RaftTransport(options, server);
  }

  /** The port actually listened on. */
  get port(): number {
    const address = this.server.address();
    return typeof address === 'object' && address !== null ? address.port : 0;
  }

  /** Installs the receiver of Raft messages from peers (one receiver; a later call replaces it). */
  onMessage(handler: (message: Message) => void): void {
    this.messageHandler = handler;
  }

  handleRequests(handler: QuorumRequestHandler): void {
    this.requestHandler = handler;
  }

  /** Sends `message` to message.to if a connection is (or can be) up; otherwise drops it. */
  send(message: Message): void {
    const link = this.links.get(message.to);
    if (link === undefined || this.closed) return;
    let payload: Buffer;
    try {
      payload = encodeMessage(message);
    } catch (error) {
      this.logger.error(`raft transport: cannot encode ${message.type} to ${message.to}: ${String(error)}`);
      return;
    }
    if (payload.length + 1 > RAFT_FRAME_BYTES_MAX) {
      this.logger.error(`raft transport: ${message.type} to ${message.to} exceeds the quorum frame limit`);
      return;
    }
    // Dropped when the connection is down or backed up: Raft resends what matters.
    this.write(link, frame(KIND_MESSAGE, payload));
  }

  /** Sends a request to node `to` and resolves with its reply; rejects on timeout or a lost link. */
  request(to: NodeId, body: Buffer, timeoutMs: number): Promise<Buffer> {
    const link = this.links.get(to);
    if (this.closed) return Promise.reject(new Error('raft transport is closed'));
    if (link === undefined) return Promise.reject(new Error(`node ${to} is not a known quorum peer`));
    const correlationId = this.nextCorrelationId;
    this.nextCorrelationId = (this.nextCorrelationId % 0xffffffff) + 1;
    const header = Buffer.allocUnsafe(4);
    header.writeUInt32BE(correlationId, 0);
    const bytes = frame(KIND_REQUEST, Buffer.concat([header, body]));
    if (bytes.length > RAFT_FRAME_BYTES_MAX) {
      return Promise.reject(new RangeError(`request of ${body.length} bytes exceeds the quorum frame limit`));
    }
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => {
        link.pending.delete(correlationId);
        reject(new Error(`request to node ${to} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      link.pending.set(correlationId, { resolve, reject, timer });
      if (!this.write(link, bytes)) {
        clearTimeout(timer);
        link.pending.delete(correlationId);
        reject(new Error(`no connection to node ${to}`));
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const stopped = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const link of this.links.values()) {
      link.socket?.destroy();
      this.failPending(link, new Error('raft transport is closed'));
    }
    for (const socket of this.inbound) socket.destroy();
    await stopped;
  }

  // ---- outbound ----

  /** Writes (or queues while connecting); false when the frame was dropped. */
  private write(link: PeerLink, bytes: Buffer): boolean {
    if (this.closed) return false;
    if (link.socket === null) {
      if (this.options.clock.monotonicMs() < link.retryAtMs) return false;
      this.connect(link);
    }
    if (!link.connected) {
      if (link.queued.length >= RAFT_CONNECTING_FRAMES_MAX) return false;
      link.queued.push(bytes);
      return true;
    }
    const socket = link.socket!;
    const now = this.options.clock.monotonicMs();
    if (link.unansweredSinceMs === null) link.unansweredSinceMs = now;
    else if (now - link.unansweredSinceMs > this.peerSilenceMsMax) {
      this.logger.warn(`raft transport: node ${link.peer.id} has been silent; reconnecting`);
      socket.destroy();
      return false;
    }
    if (socket.writableLength > RAFT_SEND_QUEUE_BYTES_MAX) return false;
    socket.write(bytes);
    return true;
  }

  private heardFrom(peer: NodeId): void {
    const link = this.links.get(peer);
    if (link !== undefined) link.unansweredSinceMs = null;
  }

  private connect(link: PeerLink): void {
    const { host, port, id } = link.peer;
    const socket = tcpConnect({ host, port, noDelay: true });
    link.socket = socket;
    link.connected = false;
    socket.setTimeout(this.connectTimeoutMs, () => socket.destroy(new Error('connect timed out')));
    socket.on('connect', () => {
      socket.setTimeout(0);
      link.connected = true;
      link.unansweredSinceMs = null;
      if (link.failures > 0) this.logger.info(`raft transport: connected to node ${id} at ${host}:${port}`);
      link.failures = 0;
      link.backoffMs = this.backoffMinMs;
      socket.write(this.hello(id));
      for (const bytes of link.queued) socket.write(bytes);
      link.queued = [];
    });
    const splitter = new FrameSplitter(RAFT_FRAME_BYTES_MAX);
    socket.on('data', (chunk: Buffer) => {
      const { frames, error } = splitter.push(chunk);
      for (const f of frames) {
        if (!this.onResponse(link, f)) {
          socket.destroy();
          return;
        }
      }
      if (error !== null) {
        this.logger.warn(`raft transport: bad frame from node ${id}: ${error}`);
        socket.destroy();
      }
    });
    socket.on('error', (error) => {
      if (link.failures === 0 && !this.closed) {
        this.logger.warn(
          `raft transport: connection to node ${id} at ${host}:${port} failed: ${error.message}`,
        );
      }
    });
    socket.on('close', () => {
      if (link.socket !== socket) return;
      link.socket = null;
      link.connected = false;
      link.queued = [];
      link.failures++;
      const jitter = this.options.random.int(Math.max(1, Math.floor(link.backoffMs / 2)));
      link.retryAtMs = this.options.clock.monotonicMs() + link.backoffMs / 2 + jitter;
      link.backoffMs = Math.min(this.backoffMaxMs, link.backoffMs * 2);
      this.failPending(link, new Error(`connection to node ${id} was lost`));
    });
  }

  private hello(to: NodeId): Buffer {
    const payload = Buffer.allocUnsafe(13);
    payload.writeUInt32BE(HELLO_MAGIC, 0);
    payload.writeUInt8(HELLO_VERSION, 4);
    payload.writeUInt32BE(this.nodeId, 5);
    payload.writeUInt32BE(to, 9);
    return frame(KIND_HELLO, payload);
  }

  /** Handles a frame arriving on an outbound connection; false closes it. */
  private onResponse(link: PeerLink, f: Buffer): boolean {
    if (f.length < 6 || f.readUInt8(0) !== KIND_RESPONSE) {
      this.logger.warn(`raft transport: unexpected frame from node ${link.peer.id}`);
      return false;
    }
    this.heardFrom(link.peer.id);
    const correlationId = f.readUInt32BE(1);
    const status = f.readUInt8(5);
    const body = Buffer.from(f.subarray(6));
    const pending = link.pending.get(correlationId);
    if (pending === undefined) return true; // timed out meanwhile
    link.pending.delete(correlationId);
    clearTimeout(pending.timer);
    if (status === STATUS_OK) pending.resolve(body);
    else pending.reject(new Error(`node ${link.peer.id} failed the request: ${body.toString('utf8')}`));
    return true;
  }

  private failPending(link: PeerLink, error: Error): void {
    for (const pending of link.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    link.pending.clear();
  }

  // ---- inbound ----

  private accept(socket: Socket): void {
    if (this.closed) {
      socket.destroy();
      return;
    }
    this.inbound.add(socket);
    const remote = `${socket.remoteAddress}:${socket.remotePort}`;
    let peer: NodeId | null = null;
    let unanswered = 0;
    const splitter = new FrameSplitter(RAFT_FRAME_BYTES_MAX);
    const reject = (why: string) => {
      this.logger.warn(`raft transport: closing connection from ${peer ?? remote}: ${why}`);
      socket.destroy();
    };
    socket.on('data', (chunk: Buffer) => {
      const { frames, error } = splitter.push(chunk);
      for (const f of frames) {
        if (socket.destroyed) return;
        if (f.length < 1) return reject('empty frame');
        const kind = f.readUInt8(0);
        if (peer === null) {
          if (kind !== KIND_HELLO) return reject('first frame is not a hello');
          const hello = this.parseHello(f);
          if (typeof hello === 'string') return reject(hello);
          peer = hello;
          this.heardFrom(peer);
          continue;
        }
        this.heardFrom(peer);
        if (kind === KIND_MESSAGE) {
          let message: Message;
          try {
            message = decodeMessage(f.subarray(1));
          } catch (e) {
            return reject(`undecodable message: ${String(e)}`);
          }
          if (message.from !== peer || message.to !== this.nodeId) {
            return reject(`message from ${message.from} to ${message.to} on node ${peer}'s connection`);
          }
          this.messageHandler(message);
        } else if (kind === KIND_REQUEST) {
          if (f.length < 5) return reject('short request');
          if (++unanswered > RAFT_INBOUND_REQUESTS_MAX) return reject('too many unanswered requests');
          const correlationId = f.readUInt32BE(1);
          this.answer(peer, Buffer.from(f.subarray(5))).then(([status, body]) => {
            unanswered--;
            if (socket.destroyed) return;
            const head = Buffer.allocUnsafe(5);
            head.writeUInt32BE(correlationId, 0);
            head.writeUInt8(status, 4);
            const bytes = frame(KIND_RESPONSE, Buffer.concat([head, body]));
            if (bytes.length > RAFT_FRAME_BYTES_MAX) {
              const tooBig = Buffer.from('response exceeds the quorum frame limit');
              head.writeUInt8(STATUS_ERROR, 4);
              socket.write(frame(KIND_RESPONSE, Buffer.concat([head, tooBig])));
            } else {
              socket.write(bytes);
            }
          });
        } else {
          return reject(`unexpected frame kind ${kind}`);
        }
      }
      if (error !== null) reject(error);
    });
    socket.on('error', () => {});
    socket.on('close', () => this.inbound.delete(socket));
  }

  private parseHello(f: Buffer): NodeId | string {
    if (f.length !== 14) return 'malformed hello';
    if (f.readUInt32BE(1) !== HELLO_MAGIC) return 'not a GOssip quorum connection';
    if (f.readUInt8(5) !== HELLO_VERSION) return `unsupported quorum protocol version ${f.readUInt8(5)}`;
    const from = f.readUInt32BE(6);
    const to = f.readUInt32BE(10);
    if (to !== this.nodeId) return `hello is addressed to node ${to}, this is node ${this.nodeId}`;
    if (!this.links.has(from)) return `node ${from} is not a quorum peer`;
    return from;
  }

  private async answer(from: NodeId, body: Buffer): Promise<[number, Buffer]> {
    const handler = this.requestHandler;
    if (handler === null) return [STATUS_ERROR, Buffer.from(`node ${this.nodeId} has no request handler`)];
    try {
      const reply = await handler(from, body);
      if (!Buffer.isBuffer(reply)) throw new TypeError('the request handler did not return a Buffer');
      return [STATUS_OK, reply];
    } catch (error) {
      return [STATUS_ERROR, Buffer.from(error instanceof Error ? error.message : String(error))];
    }
  }
}

function frame(kind: number, payload: Buffer): Buffer {
  const out = Buffer.allocUnsafe(5 + payload.length);
  out.writeUInt32BE(1 + payload.length, 0);
  out.writeUInt8(kind, 4);
  payload.copy(out, 5);
  return out;
}
