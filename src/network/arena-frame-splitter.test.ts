// ArenaFrameSplitter with a read buffer that is overwritten after every push, as the socket's is:
// frames split at every possible point come out intact, sizes outside the limit are refused before
// any space is taken, and a frame cut off by a close gives its space back.
import test from 'ava';
import { ArenaFrameSplitter } from './arena-frame-splitter.js';
import { FrameArenas } from './frame-arena.js';

function framed(payloads: Buffer[]): Buffer {
  return Buffer.concat(
    payloads.flatMap((p) => {
      const size = Buffer.alloc(4);
      size.writeInt32BE(p.length);
      return [size, p];
    }),
  );
}

test('frames survive every chunking of the stream while the read buffer is reused', (t) => {
  const payloads = [Buffer.from('a'), Buffer.alloc(0), Buffer.alloc(300, 5), Buffer.from('hello world')];
  const stream = framed(payloads);
  for (let cut = 1; cut <= stream.length; cut++) {
    const arenas = new FrameArenas(1024, 2);
    const splitter = new ArenaFrameSplitter(arenas, 10_000);
    const readBuffer = Buffer.alloc(cut);
    const got: Buffer[] = [];
    for (let pos = 0; pos < stream.length; pos += cut) {
      const n = stream.copy(readBuffer, 0, pos, Math.min(pos + cut, stream.length));
      const { frames, error } = splitter.push(readBuffer.subarray(0, n));
      t.is(error, null);
      got.push(...frames.map((f) => f.buf));
      readBuffer.fill(0xee);
    }
    t.deepEqual(
      got.map((b) => b.toString('hex')),
      payloads.map((p) => p.toString('hex')),
      `chunks of ${cut}`,
    );
    t.is(splitter.bufferedBytes, 0);
  }
});

test('a size beyond the limit or negative is refused before any space is taken', (t) => {
  for (const size of [10_001, -1, -2147483648]) {
    const arenas = new FrameArenas(1024, 2);
    const splitter = new ArenaFrameSplitter(arenas, 10_000);
    const header = Buffer.alloc(4);
    header.writeInt32BE(size);
    const { frames, error } = splitter.push(header);
    t.deepEqual(frames, []);
    t.regex(error ?? '', /outside 0\.\.10000/);
    t.is(arenas.alloc(10).arena!.refs, 1, 'no space was held for the refused frame');
  }
});

test('a frame cut off by a close gives its space back', (t) => {
  const arenas = new FrameArenas(1024, 2);
  const splitter = new ArenaFrameSplitter(arenas, 10_000);
  const partial = framed([Buffer.alloc(100, 1)]).subarray(0, 50);
  t.deepEqual(splitter.push(partial).frames, []);
  t.is(splitter.bufferedBytes, 46);
  splitter.discard();
  const next = arenas.alloc(10);
  t.is(next.arena!.refs, 1);
  t.is(next.buf.byteOffset, next.arena!.buf.byteOffset, 'the arena starts again from the front');
});
