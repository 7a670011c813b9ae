import test from 'ava';
import { xxhash32 } from './xxhash32.js';

test('xxhash32 matches the reference vectors', (t) => {
  t.is(xxhash32(Buffer.alloc(0)), 0x02cc5d05);
  t.is(xxhash32(Buffer.from('a')), 0x550d7456);
  t.is(xxhash32(Buffer.from('abc')), 0x32d153ff);
  t.is(xxhash32(Buffer.from('Nobody inspects the spammish repetition')), 0xe2293b2f);
  t.is(xxhash32(Buffer.from('abc'), 0, 3, 1), 0xaa3da8ff);
});

test('xxhash32 honours start and end', (t) => {
  const buf = Buffer.from('xxNobody inspects the spammish repetitionyy');
  t.is(xxhash32(buf, 2, buf.length - 2), 0xe2293b2f);
});
