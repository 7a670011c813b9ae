// Reusable buffers for the log bytes a Fetch reads, so serving consumers does not allocate a fresh
// megabyte-sized buffer per partition per request (each one is external memory, and V8 answers a
// steady stream of them with mark-compact collections). A read takes a buffer of a power-of-two
// size class; the connection gives it back once the socket has written the response holding it.
// Buffers never given back (a long-poll round that is read again) are simply collected.

/** Reads smaller than this are left to Buffer.allocUnsafe (cheap, and little external memory). */
const POOLED_BYTES_MIN = 64 * 1024;
/** Larger reads are not pooled (rare: one oversized batch, or a window near the read cap). */
const POOLED_BYTES_MAX = 16 * 1024 * 1024;
/** Slices shorter than this are copied into the response header buffer (Writer), never sent as is. */
const CHUNK_BYTES_MIN = 4096;

export class ReadBufferPool {
  /** Free buffers per size class (log2 of the size). */
  private readonly free = new Map<number, Buffer[]>();
  /** The backing stores this pool made, to recognise its buffers among a response's chunks. */
  private readonly mine = new WeakSet<ArrayBuffer>();
  private freeBytes = 0;

  /** @param freeBytesMax most bytes kept for reuse; buffers given back beyond it are dropped. */
  constructor(private readonly freeBytesMax = 64 * 1024 * 1024) {}

  /** A buffer of exactly `length` bytes (contents undefined). */
  take(length: number): Buffer {
    if (length < POOLED_BYTES_MIN || length > POOLED_BYTES_MAX) return Buffer.allocUnsafe(length);
    const sizeClass = Math.ceil(Math.log2(length));
    const list = this.free.get(sizeClass);
    const reused = list?.pop();
    if (reused !== undefined) {
      this.freeBytes -= reused.length;
      return reused.subarray(0, length);
    }
    const fresh = Buffer.allocUnsafeSlow(2 ** sizeClass);
    this.mine.add(fresh.buffer as ArrayBuffer);
    return fresh.subarray(0, length);
  }

  /** Gives back every buffer of this pool among `chunks`; nothing may use them afterwards. */
  release(chunks: readonly Buffer[]): void {
    const seen: ArrayBuffer[] = [];
    for (const chunk of chunks) {
      const backing = chunk.buffer as ArrayBuffer;
      if (chunk.length < CHUNK_BYTES_MIN || !this.mine.has(backing)) continue;
      // A response may hold two slices of one buffer; give it back once.
      if (seen.includes(backing)) continue;
      seen.push(backing);
      if (this.freeBytes + backing.byteLength > this.freeBytesMax) continue;
      const sizeClass = Math.log2(backing.byteLength);
      let list = this.free.get(sizeClass);
      if (list === undefined) {
        list = [];
        this.free.set(sizeClass, list);
      }
      list.push(Buffer.from(backing));
      this.freeBytes += backing.byteLength;
    }
  }

  /** True when any of `chunks` came from this pool (the connection then releases them after writing). */
  holdsAny(chunks: readonly Buffer[]): boolean {
    for (const chunk of chunks)
      if (chunk.length >= CHUNK_BYTES_MIN && this.mine.has(chunk.buffer as ArrayBuffer)) return true;
    return false;
  }
}
