// Tests for the frame splitter: frames must come out whole and in order however TCP cuts the byte
// stream (every split point, one byte at a time, many frames per chunk), and a size prefix that is
// negative or over the limit must be refused as soon as its 4 bytes are in, before any payload.
import test from 'ava';
import { FrameSplitter } from './frame-splitter.js';

function frame(payload: Buffer): Buffer {
  const prefix = Buffer.alloc(4);
  prefix.writeInt32BE(payload.length, 0);
  return Buffer.concat([prefix, payload]);
}

function payloads(): Buffer[] {
  return [
    Buffer.from('first frame'),
    Buffer.alloc(0),
    Buffer.from([1, 2, 3]),
    Buffer.alloc(300, 7),
    Buffer.from('last'),
  ];
}

function pushAll(splitter: FrameSplitter, chunks: Buffer[]): Buffer[] {
  const out: Buffer[] = [];
  for (const chunk of chunks) {
    const { frames, error } = splitter.push(chunk);
    if (error !== null) throw new Error(error);
    for (const f of frames) out.push(Buffer.from(f));
  }
  return out;
}

test('frames split at every byte boundary come out whole and in order', (t) => {
  const expected = payloads();
  const stream = Buffer.concat(expected.map(frame));
  for (let cut = 0; cut <= stream.length; cut++) {
    const splitter = new FrameSplitter(1024);
    const got = pushAll(splitter, [stream.subarray(0, cut), stream.subarray(cut)]);
    t.deepEqual(got, expected, `cut at ${cut}`);
    t.is(splitter.bufferedBytes, 0);
  }
});

test('frames split at every pair of byte boundaries come out whole', (t) => {
  const expected = [Buffer.from('abcdefgh'), Buffer.alloc(0), Buffer.from('xyz')];
  const stream = Buffer.concat(expected.map(frame));
  for (let a = 0; a <= stream.length; a++) {
    for (let b = a; b <= stream.length; b++) {
      const splitter = new FrameSplitter(64);
      const got = pushAll(splitter, [stream.subarray(0, a), stream.subarray(a, b), stream.subarray(b)]);
      t.deepEqual(got, expected, `cuts at ${a} and ${b}`);
    }
  }
});

test('a stream fed one byte at a time yields every frame', (t) => {
  const expected = payloads();
  const stream = Buffer.concat(expected.map(frame));
  const splitter = new FrameSplitter(1024);
  const chunks: Buffer[] = [];
  for (let i = 0; i < stream.length; i++) chunks.push(stream.subarray(i, i + 1));
  t.deepEqual(pushAll(splitter, chunks), expected);
  t.is(splitter.bufferedBytes, 0);
});

test('many frames in one chunk come out in one push', (t) => {
  const expected: Buffer[] = [];
  for (let i = 0; i < 1000; i++) expected.push(Buffer.from(`frame-${i}`));
  const splitter = new FrameSplitter(1024);
  const { frames, error } = splitter.push(Buffer.concat(expected.map(frame)));
  t.is(error, null);
  t.deepEqual(frames, expected);
});

test('a frame that arrives inside one chunk is a view of that chunk, not a copy', (t) => {
  const chunk = frame(Buffer.from('no copy please'));
  const { frames } = new FrameSplitter(1024).push(chunk);
  t.is(frames.length, 1);
  t.is(frames[0]!.buffer, chunk.buffer);
});

test('a size-0 frame is an empty frame, also when it ends a chunk', (t) => {
  const splitter = new FrameSplitter(16);
  const first = splitter.push(Buffer.from([0, 0, 0, 0]));
  t.is(first.error, null);
  t.deepEqual(first.frames, [Buffer.alloc(0)]);
  t.is(splitter.bufferedBytes, 0);
  // Prefix split over two chunks.
  t.deepEqual(splitter.push(Buffer.from([0, 0])).frames, []);
  t.deepEqual(splitter.push(Buffer.from([0, 0])).frames, [Buffer.alloc(0)]);
});

test('a negative size is refused', (t) => {
  for (const prefix of [
    [0xff, 0xff, 0xff, 0xff],
    [0x80, 0, 0, 0],
  ]) {
    const splitter = new FrameSplitter(1024);
    const { frames, error } = splitter.push(Buffer.from([...prefix, 1, 2, 3]));
    t.deepEqual(frames, []);
    t.regex(error ?? '', /frame size -\d+ is outside 0\.\.1024/);
  }
});

test('frames before a bad prefix in the same chunk are still returned', (t) => {
  const splitter = new FrameSplitter(1024);
  const good = frame(Buffer.from('ok'));
  const { frames, error } = splitter.push(Buffer.concat([good, Buffer.from([0x80, 0, 0, 0])]));
  t.deepEqual(frames, [Buffer.from('ok')]);
  t.not(error, null);
});

test('the limit is inclusive: a frame of exactly frameBytesMax is accepted, one more byte is not', (t) => {
  const atLimit = new FrameSplitter(10).push(frame(Buffer.alloc(10, 1)));
  t.is(atLimit.error, null);
  t.is(atLimit.frames.length, 1);
  const over = new FrameSplitter(10).push(frame(Buffer.alloc(11, 1)));
  t.deepEqual(over.frames, []);
  t.regex(over.error ?? '', /frame size 11 is outside 0\.\.10/);
});

test('a 2 GiB size prefix is refused before any payload is buffered', (t) => {
  // Whole prefix plus payload in one chunk.
  const splitter = new FrameSplitter(100 * 1024 * 1024);
  const chunk = Buffer.alloc(4 + 65536, 0x41);
  chunk.writeInt32BE(0x7fffffff, 0);
  const { frames, error } = splitter.push(chunk);
  t.deepEqual(frames, []);
  t.regex(error ?? '', /frame size 2147483647 is outside/);
  t.is(splitter.bufferedBytes, 0);

  // The prefix one byte at a time: at most 3 prefix bytes are ever held.
  const slow = new FrameSplitter(100 * 1024 * 1024);
  const prefix = [0x7f, 0xff, 0xff, 0xff];
  for (let i = 0; i < 3; i++) {
    const r = slow.push(Buffer.from([prefix[i]!]));
    t.is(r.error, null);
    t.is(slow.bufferedBytes, i + 1);
  }
  const last = slow.push(Buffer.from([prefix[3]!, 1, 2, 3, 4]));
  t.not(last.error, null);
  t.true(slow.bufferedBytes <= 4, `buffered ${slow.bufferedBytes} bytes`);
});

test('bufferedBytes counts the partial frame in progress', (t) => {
  const splitter = new FrameSplitter(1024);
  const whole = frame(Buffer.alloc(100, 9));
  splitter.push(whole.subarray(0, 2));
  t.is(splitter.bufferedBytes, 2);
  splitter.push(whole.subarray(2, 50));
  t.is(splitter.bufferedBytes, 46);
  const { frames } = splitter.push(whole.subarray(50));
  t.is(frames.length, 1);
  t.is(splitter.bufferedBytes, 0);
});
