// Unit test of the group-sync rule: offsets only move forward on the target.
import test from 'ava';
import { offsetsAhead } from './group-sync.js';

const at = (topic: string, partition: number, offset: number) => ({
  topic,
  partition,
  offset: BigInt(offset),
  leaderEpoch: -1,
  metadata: null,
});

test('only offsets ahead of the target, or missing there, are committed', (t) => {
  const expected = [at('a', 0, 10), at('a', 1, 5), at('a', 2, 7), at('b', 0, 3)];
  const current = [at('a', 0, 12), at('a', 1, 5), at('a', 2, 6)];
  t.deepEqual(
    offsetsAhead(expected, current).map((o) => `${o.topic}/${o.partition}@${o.offset}`),
    ['a/2@7', 'b/0@3'],
  );
  t.deepEqual(offsetsAhead(expected, []), expected);
});
