import test from 'ava';
import { SeededRandom, SystemRandom } from './random.js';

test('a seed always gives the same sequence; another seed another one', (t) => {
  const a = new SeededRandom(123);
  const b = new SeededRandom(123);
  const c = new SeededRandom(124);
  const seqA = Array.from({ length: 8 }, () => a.nextUint32());
  t.deepEqual(
    seqA,
    Array.from({ length: 8 }, () => b.nextUint32()),
  );
  t.notDeepEqual(
    seqA,
    Array.from({ length: 8 }, () => c.nextUint32()),
  );
  t.deepEqual(new SeededRandom(5).uuidBytes(), new SeededRandom(5).uuidBytes());
});

test('values stay in range', (t) => {
  for (const random of [new SeededRandom(1), new SystemRandom()]) {
    for (let i = 0; i < 1000; i++) {
      const n = random.int(7);
      t.true(Number.isInteger(n) && n >= 0 && n < 7);
      const f = random.float();
      t.true(f >= 0 && f < 1);
    }
    t.is(random.int(1), 0);
    t.is(random.uuidBytes().length, 16);
    t.is(random.bytes(5).length, 5);
    t.throws(() => random.int(0), { instanceOf: RangeError });
    t.throws(() => random.int(1.5), { instanceOf: RangeError });
  }
});

test('int is roughly uniform', (t) => {
  const random = new SeededRandom(99);
  const counts = [0, 0, 0];
  for (let i = 0; i < 30_000; i++) counts[random.int(3)]! += 1;
  for (const count of counts) t.true(count > 9_500 && count < 10_500, String(counts));
});
