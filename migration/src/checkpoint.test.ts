// Checkpoint file: atomic writes, reload after a "crash" (a fresh store on the same path), and the
// cutover request path next to it.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { CheckpointStore, loadCheckpoint, writeJsonAtomic } from './checkpoint.js';

const dir = () => mkdtempSync(join(tmpdir(), 'migrate-ck-'));

test('a checkpoint survives a restart and keeps per-partition progress', (t) => {
  const path = join(dir(), 'ck.json');
  const a = CheckpointStore.open(path, 'kafka:9092', 'gossip:9092');
  a.markPreserved('orders');
  a.update('orders', 0, { mode: 'preserve', nextSourceOffset: 42, records: 40, bytes: 1000 });
  a.update('orders', 1, { mode: 'translate', nextSourceOffset: 7, records: 7, bytes: 70 });
  t.throws(() => CheckpointStore.open(path, 'other:9092', 'gossip:9092'), {
    message: /belongs to the migration/,
  });
  const b = CheckpointStore.open(path, 'kafka:9092', 'gossip:9092');
  t.is(b.data.source, 'kafka:9092');
  t.deepEqual(b.data.preservedTopics, ['orders']);
  t.deepEqual(b.get('orders', 0), { mode: 'preserve', nextSourceOffset: 42, records: 40, bytes: 1000 });
  t.is(b.get('orders', 1)?.mode, 'translate');
  t.is(b.get('orders', 2), undefined);
  t.false(existsSync(`${path}.tmp`));
});

test('atomic write replaces the whole file; a foreign file is refused', (t) => {
  const d = dir();
  const path = join(d, 'x.json');
  writeJsonAtomic(path, { version: 1, partitions: {}, a: 1 });
  writeJsonAtomic(path, { version: 1, partitions: {}, b: 2 });
  t.deepEqual(JSON.parse(readFileSync(path, 'utf8')), { version: 1, partitions: {}, b: 2 });
  const foreign = join(d, 'foreign.json');
  writeFileSync(foreign, '{"hello":1}');
  t.throws(() => loadCheckpoint(foreign), { message: /not a gossip-migrate checkpoint/ });
  t.is(loadCheckpoint(join(d, 'missing.json')), null);
});

test('no path: progress is kept in memory only', (t) => {
  const s = CheckpointStore.open(null, 's', 't');
  s.update('a', 0, { mode: 'preserve', nextSourceOffset: 1, records: 1, bytes: 1 });
  t.is(s.get('a', 0)?.nextSourceOffset, 1);
  t.is(CheckpointStore.cutoverRequestPath('/x/ck.json'), '/x/ck.json.cutover');
});
