// FrameArenas: space is handed out front to back, an arena is reused only once every frame in it is
// released (never while one is still in use), large frames get their own buffer, releasing twice is
// harmless, and steady traffic runs on a bounded number of arenas.
import test from 'ava';
import { FrameArenas } from './frame-arena.js';

test('frames share an arena front to back and are views into it', (t) => {
  const arenas = new FrameArenas(1024, 2);
  const a = arenas.alloc(100);
  const b = arenas.alloc(200);
  t.is(a.arena, b.arena);
  t.is(a.buf.length, 100);
  t.is(b.buf.byteOffset, a.buf.byteOffset + 100);
  t.is(a.arena!.refs, 2);
});

test('an arena in use is never handed out again; its last release makes it reusable', (t) => {
  const arenas = new FrameArenas(4096, 2);
  const held = arenas.alloc(1000);
  held.buf.fill(7);
  const first = held.arena!;
  for (let i = 0; i < 50; i++) {
    const s = arenas.alloc(1000);
    s.buf.fill(1);
    arenas.release(s);
  }
  t.true(
    held.buf.every((b) => b === 7),
    'bytes of a held frame are never overwritten',
  );
  t.is(arenas.created, 2, 'the held arena was left for a second one');
  arenas.release(held);
  t.is(first.refs, 0);
  for (let i = 0; i < 100; i++) arenas.release(arenas.alloc(1000));
  const a = arenas.alloc(1000);
  const b = arenas.alloc(1000);
  const c = arenas.alloc(1000);
  const d = arenas.alloc(1000);
  const e = arenas.alloc(1000); // 5,000 bytes: the fifth frame goes to the spare arena
  t.not(a.arena, e.arena);
  t.is(arenas.created, 2, 'released arenas are reused, none created');
  for (const s of [a, b, c, d, e]) arenas.release(s);
});

test('the current arena starts again from the front once nothing in it is held', (t) => {
  const arenas = new FrameArenas(1024, 2);
  const a = arenas.alloc(600);
  arenas.release(a);
  const b = arenas.alloc(600);
  t.is(b.arena, a.arena);
  t.is(b.buf.byteOffset, a.buf.byteOffset);
});

test('large frames get their own buffer; releasing twice is harmless', (t) => {
  const arenas = new FrameArenas(1024, 2);
  const big = arenas.alloc(300);
  t.is(big.arena, null);
  t.is(big.buf.length, 300);
  arenas.release(big);
  const a = arenas.alloc(10);
  const b = arenas.alloc(10);
  arenas.release(a);
  arenas.release(a);
  t.is(b.arena!.refs, 1, 'the second release of a did not drop b');
});
