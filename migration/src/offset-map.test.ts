// Offset map: runs merge while source and target both advance by one, split at compaction gaps,
// translate committed offsets (including ones inside a gap or past the end), and round-trip a file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { OffsetMap } from './offset-map.js';

function sample(): OffsetMap {
  const m = new OffsetMap();
  // source 0..4 -> target 100..104, gap (5..9 compacted away), source 10..11 -> target 105..106
  for (let i = 0; i < 5; i++) m.add('t', 0, i, 100 + i);
  m.add('t', 0, 10, 105);
  m.add('t', 0, 11, 106);
  return m;
}

test('runs merge and split at gaps', (t) => {
  t.deepEqual(sample().runsOf('t', 0), [
    { source: 0, target: 100, count: 5 },
    { source: 10, target: 105, count: 2 },
  ]);
});

test('translation of committed offsets', (t) => {
  const m = sample();
  t.is(m.translate('t', 0, 0, 107), 100);
  t.is(m.translate('t', 0, 3, 107), 103);
  t.is(m.translate('t', 0, 5, 107), 105, 'inside a gap: the next copied record');
  t.is(m.translate('t', 0, 11, 107), 106);
  t.is(m.translate('t', 0, 12, 107), 107, 'past the end: the target log end');
  t.is(m.translate('t', 1, 3, 0), null, 'unknown partition');
});

test('offsets must grow; the file round-trips', (t) => {
  const m = sample();
  t.throws(() => m.add('t', 0, 11, 200), { message: /not after/ });
  const path = join(mkdtempSync(join(tmpdir(), 'migrate-om-')), 'map.json');
  m.save(path);
  const back = OffsetMap.load(path);
  t.deepEqual(back.runsOf('t', 0), m.runsOf('t', 0));
  t.true(back.has('t', 0));
  t.false(OffsetMap.load(join(tmpdir(), 'does-not-exist-migrate.json')).has('t', 0));
});
