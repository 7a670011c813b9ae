import test from 'ava';
import { LatencyHistogram } from './histogram.js';

test('percentiles of a uniform spread are within the bucket precision', (t) => {
  const h = new LatencyHistogram();
  for (let i = 1; i <= 100_000; i++) h.recordMs(i / 100); // 0.01 .. 1000 ms
  const s = h.summary();
  t.is(s.count, 100_000);
  t.true(s.p50Ms >= 500 && s.p50Ms <= 500 * 1.02, `p50 ${s.p50Ms}`);
  t.true(s.p99Ms >= 990 && s.p99Ms <= 990 * 1.02, `p99 ${s.p99Ms}`);
  t.true(s.p999Ms >= 999 && s.p999Ms <= 1000, `p99.9 ${s.p999Ms}`);
  t.is(s.maxMs, 1000);
});

test('small values are exact to the microsecond and an empty histogram reports zeros', (t) => {
  const h = new LatencyHistogram();
  t.is(h.quantileMs(0.5), 0);
  for (const ms of [0.005, 0.017, 0.017, 0.042]) h.recordMs(ms);
  t.is(h.quantileMs(0.5), 0.017);
  t.is(h.quantileMs(1), 0.042);
  h.recordMs(-3);
  t.is(h.quantileMs(0), 0);
});

test('merge adds counts and keeps the larger max', (t) => {
  const a = new LatencyHistogram();
  const b = new LatencyHistogram();
  for (let i = 0; i < 99; i++) a.recordMs(1);
  b.recordMs(250);
  a.merge(b);
  t.is(a.count, 100);
  t.true(a.quantileMs(0.5) <= 1.02);
  t.is(a.summary().maxMs, 250);
  t.true(a.quantileMs(0.999) >= 250 && a.quantileMs(0.999) <= 250 * 1.02);
});
