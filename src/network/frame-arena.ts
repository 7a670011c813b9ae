// Reused memory for incoming Produce frames. Every socket read used to land in a fresh 64 KiB
// ArrayBuffer; at a few hundred MB/s those allocations alone made V8 run a young-generation GC
// ("external memory pressure") every 16 MB of requests, a pause that every request in flight waits
// out. Frames are instead copied from the listener's one read buffer into 1 MiB arenas, handed out
// front to back; an arena counts the frames still in use in it and is reused once none are.
// A frame's space must be released exactly once, when nothing reads its bytes any more.

import { FRAME_ARENA_BYTES, FRAME_ARENAS_SPARE_MAX } from '../config/limits.js';

export class Arena {
  readonly buf: Buffer;
  /** Bytes handed out from the front. */
  used = 0;
  /** Frames handed out and not yet released. */
  refs = 0;

  constructor(bytes: number) {
    this.buf = Buffer.allocUnsafeSlow(bytes);
  }
}

/** Space for one frame: a view into an arena, or (for frames too large to share one) its own buffer. */
export interface FrameSpace {
  buf: Buffer;
  arena: Arena | null;
}

export class FrameArenas {
  private current: Arena;
  private readonly spare: Arena[] = [];
  /** Arenas created so far (for tests and metrics). */
  created = 1;

  constructor(
    private readonly arenaBytes = FRAME_ARENA_BYTES,
    private readonly spareMax = FRAME_ARENAS_SPARE_MAX,
  ) {
    this.current = new Arena(arenaBytes);
  }

  /** Space for a frame of `bytes` bytes, held until release(). */
  alloc(bytes: number): FrameSpace {
    if (bytes > this.arenaBytes / 4) return { buf: Buffer.allocUnsafeSlow(bytes), arena: null };
    let arena = this.current;
    if (arena.used + bytes > this.arenaBytes) {
      const full = arena;
      arena = this.spare.pop() ?? this.fresh();
      this.current = arena;
      // A full arena nobody uses any more is reusable at once; otherwise its last release frees it.
      if (full.refs === 0) this.recycle(full);
    }
    const buf = arena.buf.subarray(arena.used, arena.used + bytes);
    arena.used += bytes;
    arena.refs++;
    return { buf, arena };
  }

  release(space: FrameSpace): void {
    const arena = space.arena;
    if (arena === null) return;
    space.arena = null;
    arena.refs--;
    if (arena.refs > 0) return;
    if (arena === this.current) arena.used = 0;
    else this.recycle(arena);
  }

  private fresh(): Arena {
    this.created++;
    return new Arena(this.arenaBytes);
  }

  private recycle(arena: Arena): void {
    arena.used = 0;
    if (this.spare.length < this.spareMax) this.spare.push(arena);
  }
}
