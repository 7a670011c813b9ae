// Splits a TCP byte stream into Kafka frames (4-byte size + payload). The size is checked against
// the limit before any payload is buffered; chunks are kept in a list and joined once per frame, and
// a frame that arrives inside one chunk is returned as a view without copying.

export type SplitResult = { frames: Buffer[]; error: null } | { frames: Buffer[]; error: string };

export class FrameSplitter {
  private readonly header = Buffer.alloc(4);
  private headerHave = 0;
  private expected = -1;
  private parts: Buffer[] = [];
  private have = 0;

  constructor(private readonly frameBytesMax: number) {}

  /** Bytes buffered towards the frame in progress. */
  get bufferedBytes(): number {
    return this.have + this.headerHave;
  }

  push(chunk: Buffer): SplitResult {
    const frames: Buffer[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      if (this.expected < 0) {
        // Fast path: a whole size prefix in this chunk.
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
      }
      const need = this.expected - this.have;
      const avail = chunk.length - pos;
      if (this.have === 0 && avail >= need) {
        frames.push(chunk.subarray(pos, pos + need));
        pos += need;
        this.expected = -1;
        continue;
      }
      const take = Math.min(need, avail);
      this.parts.push(chunk.subarray(pos, pos + take));
      this.have += take;
      pos += take;
      if (this.have === this.expected) {
        frames.push(this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.have));
        this.parts = [];
        this.have = 0;
        this.expected = -1;
      }
    }
    return { frames, error: null };
  }
}
