// Splits a TCP byte stream into Kafka frames (4-byte size + payload) when the bytes arrive in a read
// buffer that the next read overwrites: each frame is copied into space from FrameArenas as it
// arrives. The size is checked against the limit before any space is taken, so an oversized or
// negative size costs nothing; a frame split over reads is copied piece by piece into its space.
import type { FrameArenas, FrameSpace } from './frame-arena.js';
import { FramePrefix } from './frame-splitter.js';

export type ArenaSplitResult = { frames: FrameSpace[]; error: string | null };

export class ArenaFrameSplitter {
  private readonly prefix: FramePrefix;
  private target: FrameSpace | null = null;
  private have = 0;

  constructor(
    private readonly arenas: FrameArenas,
    frameBytesMax: number,
  ) {
    this.prefix = new FramePrefix(frameBytesMax);
  }

  /** Bytes buffered towards the frame in progress. */
  get bufferedBytes(): number {
    return this.have + this.prefix.bufferedBytes;
  }

  /** Copies frames out of `chunk`, which may be reused by the caller as soon as this returns. */
  push(chunk: Buffer): ArenaSplitResult {
    const frames: FrameSpace[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      if (this.prefix.size < 0) {
        const read = this.prefix.read(chunk, pos);
        pos = read.pos;
        if (read.error !== null) return { frames, error: read.error };
        if (this.prefix.size < 0) break;
        this.target = this.arenas.alloc(this.prefix.size);
        this.have = 0;
      }
      const target = this.target!;
      const take = Math.min(this.prefix.size - this.have, chunk.length - pos);
      chunk.copy(target.buf, this.have, pos, pos + take);
      this.have += take;
      pos += take;
      if (this.have === this.prefix.size) {
        frames.push(target);
        this.target = null;
        this.have = 0;
        this.prefix.reset();
      }
    }
    return { frames, error: null };
  }

  /** Gives back the space of a frame still arriving (the connection is closing). */
  discard(): void {
    if (this.target !== null) this.arenas.release(this.target);
    this.target = null;
    this.have = 0;
    this.prefix.reset();
  }
}
