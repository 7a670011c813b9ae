// Splits a TCP byte stream into Kafka frames (4-byte size + payload) when the bytes arrive in a read
// buffer that the next read overwrites: each frame is copied into space from FrameArenas as it
// arrives. The size is checked against the limit before any space is taken, so an oversized or
// negative size costs nothing; a frame split over reads is copied piece by piece into its space.
import type { FrameArenas, FrameSpace } from './frame-arena.js';

export type ArenaSplitResult = { frames: FrameSpace[]; error: string | null };

export class ArenaFrameSplitter {
  private readonly header = Buffer.alloc(4);
  private headerHave = 0;
  private expected = -1;
  private target: FrameSpace | null = null;
  private have = 0;

  constructor(
    private readonly arenas: FrameArenas,
    private readonly frameBytesMax: number,
  ) {}

  /** Bytes buffered towards the frame in progress. */
  get bufferedBytes(): number {
    return this.have + this.headerHave;
  }

  /** Copies frames out of `chunk`, which may be reused by the caller as soon as this returns. */
  push(chunk: Buffer): ArenaSplitResult {
    const frames: FrameSpace[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      if (this.expected < 0) {
        if (this.headerHave === 0 && chunk.length - pos >= 4) {
          this.expected = chunk.readInt32BE(pos);
          pos += 4;
        } else {
          const take = Math.min(4 - this.headerHave, chunk.length - pos);
          chunk.copy(this.header, this.headerHave, pos, pos + take);
          this.headerHave += take;
          pos += take;
          if (this.headerHave < 4) break;
          this.expected = this.header.readInt32BE(0);
          this.headerHave = 0;
        }
        if (this.expected < 0 || this.expected > this.frameBytesMax) {
          const size = this.expected;
          this.expected = -1;
          return {
            frames,
            error: `frame size ${size} is outside 0..${this.frameBytesMax} (socket.request.max.bytes)`,
          };
        }
        this.target = this.arenas.alloc(this.expected);
        this.have = 0;
      }
      const target = this.target!;
      const take = Math.min(this.expected - this.have, chunk.length - pos);
      chunk.copy(target.buf, this.have, pos, pos + take);
      this.have += take;
      pos += take;
      if (this.have === this.expected) {
        frames.push(target);
        this.target = null;
        this.have = 0;
        this.expected = -1;
      }
    }
    return { frames, error: null };
  }

  /** Gives back the space of a frame still arriving (the connection is closing). */
  discard(): void {
    if (this.target !== null) this.arenas.release(this.target);
    this.target = null;
    this.have = 0;
    this.expected = -1;
    this.headerHave = 0;
  }
}
