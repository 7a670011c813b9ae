// Splits a TCP byte stream into Kafka frames (4-byte size + payload). The size is checked against
// the limit before any payload is buffered; chunks are kept in a list and joined once per frame, and
// a frame that arrives inside one chunk is returned as a view without copying. FramePrefix, the
// size-prefix reader, is shared with ArenaFrameSplitter.

export type SplitResult = { frames: Buffer[]; error: string | null };

/** Reads a frame's 4-byte size prefix, whole or across chunks, and checks it against the limit. */
export class FramePrefix {
  /** The size of the frame in progress; -1 until its prefix is complete. */
  size = -1;
  private readonly header = Buffer.alloc(4);
  private have = 0;

  constructor(private readonly frameBytesMax: number) {}

  /** Prefix bytes held while the prefix is incomplete. */
  get bufferedBytes(): number {
    return this.have;
  }

  /**
   * Reads prefix bytes from `chunk` at `pos` (call while size is -1) and returns the position after
   * them; size is set once all four are in. A size outside 0..max gives an error (size stays -1).
   */
  read(chunk: Buffer, pos: number): { pos: number; error: string | null } {
    let size: number;
    if (this.have === 0 && chunk.length - pos >= 4) {
      size = chunk.readInt32BE(pos);
      pos += 4;
    } else {
      const take = Math.min(4 - this.have, chunk.length - pos);
      chunk.copy(this.header, this.have, pos, pos + take);
      this.have += take;
      pos += take;
      if (this.have < 4) return { pos, error: null };
      size = this.header.readInt32BE(0);
      this.have = 0;
    }
    if (size < 0 || size > this.frameBytesMax) {
      return {
        pos,
        error: `frame size ${size} is outside 0..${this.frameBytesMax} (socket.request.max.bytes)`,
      };
    }
    this.size = size;
    return { pos, error: null };
  }

  /** Forgets the prefix of a frame that is complete or abandoned. */
  reset(): void {
    this.size = -1;
    this.have = 0;
  }
}

export class FrameSplitter {
  private readonly prefix: FramePrefix;
  private parts: Buffer[] = [];
  private have = 0;

  constructor(frameBytesMax: number) {
    this.prefix = new FramePrefix(frameBytesMax);
  }

  /** Bytes buffered towards the frame in progress. */
  get bufferedBytes(): number {
    return this.have + this.prefix.bufferedBytes;
  }

  push(chunk: Buffer): SplitResult {
    const frames: Buffer[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      if (this.prefix.size < 0) {
        const read = this.prefix.read(chunk, pos);
        pos = read.pos;
        if (read.error !== null) return { frames, error: read.error };
        if (this.prefix.size < 0) break;
      }
      const need = this.prefix.size - this.have;
      const avail = chunk.length - pos;
      if (this.have === 0 && avail >= need) {
        frames.push(chunk.subarray(pos, pos + need));
        pos += need;
        this.prefix.reset();
        continue;
      }
      const take = Math.min(need, avail);
      this.parts.push(chunk.subarray(pos, pos + take));
      this.have += take;
      pos += take;
      if (this.have === this.prefix.size) {
        frames.push(this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.have));
        this.parts = [];
        this.have = 0;
        this.prefix.reset();
      }
    }
    return { frames, error: null };
  }
}
