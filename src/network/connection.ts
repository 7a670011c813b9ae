// One client connection: frames in, responses out strictly in request order. Requests are decoded
// and handled as they arrive (pipelining), each taking a slot in an ordered queue; a slot's response
// is written only when every earlier slot has been written. At most inFlightRequestsMax requests are
// being handled at once; further frames wait, and reading pauses while any wait or too many response
// bytes are queued. A malformed frame closes this connection only. Responses completed in the same
// run of callbacks (e.g. every Produce answered by one log write) go out in one corked writev on the
// next tick; buffers of the read pool in a response are given back once it is written.
import type { Socket } from 'node:net';
import type { Limits } from '../config/limits.js';
import { ArenaFrameSplitter } from './arena-frame-splitter.js';
import type { FrameArenas, FrameSpace } from './frame-arena.js';
import type { ReadBufferPool } from './read-buffer-pool.js';

/** Produce frames keep their arena space until handled; other APIs may keep request bytes longer. */
const PRODUCE_API_KEY = 0;

export interface ConnectionInfo {
  readonly id: number;
  readonly remoteAddress: string;
  readonly remotePort: number;
  /** Set from ApiVersions v3+ (KIP-511); kept for logs and metrics, never validated. */
  clientSoftwareName: string | null;
  clientSoftwareVersion: string | null;
  /** Where Fetch takes the buffers it reads log bytes into (given back after the write). */
  readonly readBuffers?: ReadBufferPool;
}

/** What a frame turns into: buffers to send, nothing (acks=0), or a reason to close the connection. */
export type FrameOutcome = Buffer[] | null;

export interface FrameHandler {
  handle(frame: Buffer, connection: ConnectionInfo): FrameOutcome | Promise<FrameOutcome>;
}

export interface ConnectionLogger {
  warn(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

interface Slot {
  done: boolean;
  out: FrameOutcome;
}

export class Connection {
  readonly info: ConnectionInfo;
  private readonly splitter: ArenaFrameSplitter;
  private readonly queue: Slot[] = [];
  private closed = false;
  private paused = false;
  private pumping = false;
  /** The socket is corked and an uncork is scheduled for the next tick. */
  private corked = false;
  /** Frames received but not started: they wait for an in-flight slot. */
  private readonly waiting: FrameSpace[] = [];

  constructor(
    private readonly socket: Socket,
    id: number,
    private readonly handler: FrameHandler,
    private readonly limits: Limits,
    private readonly logger: ConnectionLogger,
    private readonly onClose: (c: Connection) => void,
    /** Where frames are copied to; the bytes themselves come in through onBytes(). */
    private readonly arenas: FrameArenas,
    private readonly readBuffers?: ReadBufferPool,
  ) {
    this.info = {
      id,
      remoteAddress: socket.remoteAddress ?? '',
      remotePort: socket.remotePort ?? 0,
      clientSoftwareName: null,
      clientSoftwareVersion: null,
      ...(readBuffers ? { readBuffers } : {}),
    };
    this.splitter = new ArenaFrameSplitter(arenas, limits.frameBytesMax);
    socket.setNoDelay(true);
    socket.on('drain', () => this.flowControl());
    socket.on('error', (err) => this.logger.debug({ conn: id, err: err.message }, 'connection error'));
    socket.on('close', () => this.finish());
  }

  /** Bytes read from the socket, possibly in a buffer reused later: copied out before this returns. */
  onBytes(chunk: Buffer): void {
    if (this.closed) return;
    const { frames, error } = this.splitter.push(chunk);
    for (const frame of frames) this.waiting.push(frame);
    this.pump();
    if (error !== null) this.abort(error);
  }

  /** Starts waiting frames while fewer than inFlightRequestsMax are unanswered. */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    while (!this.closed && this.waiting.length > 0 && this.queue.length < this.limits.inFlightRequestsMax) {
      this.dispatch(this.waiting.shift()!);
    }
    this.pumping = false;
    this.flowControl();
  }

  private dispatch(space: FrameSpace): void {
    const slot: Slot = { done: false, out: null };
    this.queue.push(slot);
    let frame = space.buf;
    // Only Produce is known to let go of its request bytes once answered (the log has written them);
    // any other API gets its own copy, since e.g. group state keeps slices of JoinGroup requests.
    if (space.arena !== null && (frame.length < 2 || frame.readInt16BE(0) !== PRODUCE_API_KEY)) {
      frame = Buffer.from(frame);
      this.release(space);
    }
    let result: FrameOutcome | Promise<FrameOutcome>;
    try {
      result = this.handler.handle(frame, this.info);
    } catch (err) {
      this.release(space);
      this.abort(reason(err));
      return;
    }
    if (result instanceof Promise) {
      result.then(
        (out) => {
          this.release(space);
          this.complete(slot, out);
        },
        (err) => {
          this.release(space);
          this.abort(reason(err));
        },
      );
    } else {
      this.release(space);
      this.complete(slot, result);
    }
  }

  private release(space: FrameSpace): void {
    this.arenas.release(space);
  }

  private complete(slot: Slot, out: FrameOutcome): void {
    slot.done = true;
    slot.out = out;
    if (this.closed) return;
    while (this.queue.length > 0 && this.queue[0]!.done) {
      const head = this.queue.shift()!;
      if (head.out === null) continue;
      if (!this.corked) {
        this.corked = true;
        this.socket.cork();
        process.nextTick(() => this.uncork());
      }
      const out = head.out;
      const pool = this.readBuffers;
      const last = out.length - 1;
      for (let i = 0; i < last; i++) this.socket.write(out[i]!);
      if (last < 0) continue;
      if (pool?.holdsAny(out)) this.socket.write(out[last]!, () => pool.release(out));
      else this.socket.write(out[last]!);
    }
    this.pump();
  }

  /** Sends everything written since the cork, in one writev where the socket allows. */
  private uncork(): void {
    this.corked = false;
    if (!this.closed) this.socket.uncork();
    this.flowControl();
  }

  /** Reads more only while nothing waits for a slot and the socket is not backlogged. */
  private flowControl(): void {
    if (this.closed) return;
    const backlogged = this.socket.writableLength > this.limits.socketQueuedBytesMax;
    const busy = this.waiting.length > 0 || this.queue.length >= this.limits.inFlightRequestsMax;
    if (backlogged || busy) {
      if (!this.paused) {
        this.paused = true;
        this.socket.pause();
      }
    } else if (this.paused) {
      this.paused = false;
      this.socket.resume();
    }
  }

  /** Closes this connection because of something the client sent; the broker carries on. */
  abort(why: string): void {
    if (this.closed) return;
    this.logger.warn(
      { conn: this.info.id, remote: `${this.info.remoteAddress}:${this.info.remotePort}`, reason: why },
      'closing connection',
    );
    this.socket.destroy();
    this.finish();
  }

  close(): void {
    this.socket.destroy();
    this.finish();
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    for (const space of this.waiting) this.release(space);
    this.waiting.length = 0;
    this.splitter.discard();
    this.onClose(this);
  }
}

function reason(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
