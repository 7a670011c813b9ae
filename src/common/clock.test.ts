import test from 'ava';
import { ManualClock, SystemClock } from './clock.js';

test('a manual clock moves only when advanced', (t) => {
  const clock = new ManualClock(1000);
  t.is(clock.nowMs(), 1000);
  t.is(clock.monotonicMs(), 0);
  clock.advance(250);
  t.is(clock.nowMs(), 1250);
  t.is(clock.monotonicMs(), 250);
  t.throws(() => clock.advance(-1), { instanceOf: RangeError });
});

test('the system clock reads real time', (t) => {
  const clock = new SystemClock();
  const first = clock.monotonicMs();
  t.true(clock.nowMs() > 1_600_000_000_000);
  t.true(clock.monotonicMs() >= first);
});
