// CRC-32 (IEEE) tests: the standard check value and agreement with an independent native
// implementation on seeded data.
import { crc32 as nativeCrc32 } from '@node-rs/crc32';
import test from 'ava';
import { crc32Ieee } from './crc32-ieee.js';

test('crc32Ieee matches the standard check value', (t) => {
  t.is(crc32Ieee(Buffer.from('123456789')), 0xcbf43926);
  t.is(crc32Ieee(Buffer.alloc(0)), 0);
});

test('crc32Ieee honours start and end', (t) => {
  const buf = Buffer.from('xx123456789yy');
  t.is(crc32Ieee(buf, 2, 11), 0xcbf43926);
});

test('crc32Ieee agrees with an independent native implementation', (t) => {
  let seed = 12345;
  for (let len = 0; len < 300; len += 7) {
    const buf = Buffer.alloc(len);
    for (let i = 0; i < len; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      buf[i] = seed >>> 24;
    }
    t.is(crc32Ieee(buf), nativeCrc32(buf) >>> 0);
  }
});
