import { appendFile, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import test from 'ava';
import { CollectingLogger, tempDir } from '../metadata/test-support.js';
import { COMMIT_INDEX_FILE, ENTRIES_FILE, HARD_STATE_FILE, RaftStorage } from './storage.js';
import type { Entry, Snapshot } from './types.js';

function entry(index: number, term: number, text = `e${index}`): Entry {
  return { index, term, kind: 'data', data: Buffer.from(text), config: null };
}

function entries(from: number, to: number, term: number): Entry[] {
  const out: Entry[] = [];
  for (let i = from; i <= to; i++) out.push(entry(i, term));
  return out;
}

async function reopen(dir: string, logger = new CollectingLogger()) {
  const opened = await RaftStorage.open({ dir, bootstrapVoters: [3, 1, 2], logger });
  await opened.storage.close();
  return opened.state;
}

test('a fresh directory loads the bootstrap state', async (t) => {
  const dir = await tempDir(t);
  const state = await reopen(dir);
  t.deepEqual(state.hardState, { term: 0, votedFor: null });
  t.deepEqual(state.snapshot.config.voters, [1, 2, 3]);
  t.is(state.snapshot.index, 0);
  t.deepEqual(state.entries, []);
});

test('hard state and appended entries survive a reopen; groups apply in order', async (t) => {
  const dir = await tempDir(t);
  const { storage } = await RaftStorage.open({ dir, bootstrapVoters: [1, 2, 3] });
  const config: Entry = {
    index: 4,
    term: 2,
    kind: 'config',
    data: Buffer.alloc(0),
    config: { voters: [1, 2] },
  };
  await storage.persist([
    { hardState: { term: 1, votedFor: 2 }, logOps: [{ op: 'append', entries: entries(1, 2, 1) }] },
    { hardState: { term: 2, votedFor: null }, logOps: [{ op: 'append', entries: [entry(3, 2)] }] },
    { hardState: null, logOps: [{ op: 'append', entries: [config] }] },
  ]);
  await storage.close();
  const state = await reopen(dir);
  t.deepEqual(state.hardState, { term: 2, votedFor: null });
  t.deepEqual(state.entries, [...entries(1, 2, 1), entry(3, 2), config]);
});

test('truncate drops entries from an index, also inside one group, and appends continue', async (t) => {
  const dir = await tempDir(t);
  const { storage } = await RaftStorage.open({ dir, bootstrapVoters: [1] });
  await storage.persist([{ hardState: null, logOps: [{ op: 'append', entries: entries(1, 5, 1) }] }]);
  await storage.persist([
    { hardState: null, logOps: [{ op: 'append', entries: entries(6, 7, 1) }] },
    {
      hardState: { term: 2, votedFor: null },
      logOps: [
        { op: 'truncate', fromIndex: 4 },
        { op: 'append', entries: entries(4, 6, 2) },
      ],
    },
  ]);
  await t.throwsAsync(
    storage.persist([{ hardState: null, logOps: [{ op: 'append', entries: [entry(9, 2)] }] }]),
    { message: /expected 7/ },
  );
  await storage.close();
  const state = await reopen(dir);
  t.deepEqual(state.entries, [...entries(1, 3, 1), ...entries(4, 6, 2)]);
});

test('a snapshot op stores the snapshot and keeps or drops later entries', async (t) => {
  const dir = await tempDir(t);
  const { storage } = await RaftStorage.open({ dir, bootstrapVoters: [1, 2, 3] });
  await storage.persist([{ hardState: null, logOps: [{ op: 'append', entries: entries(1, 6, 1) }] }]);
  const snap: Snapshot = { index: 4, term: 1, config: { voters: [1, 2, 3] }, data: Buffer.from('state@4') };
  await storage.persist([
    { hardState: null, logOps: [{ op: 'snapshot', snapshot: snap, keepEntriesAfter: true }] },
  ]);
  await storage.persist([{ hardState: null, logOps: [{ op: 'append', entries: [entry(7, 1)] }] }]);
  await storage.close();
  let state = await reopen(dir);
  t.deepEqual(state.snapshot, snap);
  t.deepEqual(state.entries, entries(5, 7, 1));

  const opened = await RaftStorage.open({ dir, bootstrapVoters: [1, 2, 3] });
  const later: Snapshot = { index: 9, term: 3, config: { voters: [1, 2] }, data: Buffer.from('state@9') };
  await opened.storage.persist([
    {
      hardState: { term: 3, votedFor: 1 },
      logOps: [
        { op: 'truncate', fromIndex: 7 },
        { op: 'snapshot', snapshot: later, keepEntriesAfter: false },
        { op: 'append', entries: [entry(10, 3)] },
      ],
    },
  ]);
  await opened.storage.close();
  state = await reopen(dir);
  t.deepEqual(state.hardState, { term: 3, votedFor: 1 });
  t.deepEqual(state.snapshot, later);
  t.deepEqual(state.entries, [entry(10, 3)]);
});

test('a torn tail is truncated on load and the log stays appendable', async (t) => {
  const dir = await tempDir(t);
  const { storage } = await RaftStorage.open({ dir, bootstrapVoters: [1] });
  await storage.persist([{ hardState: null, logOps: [{ op: 'append', entries: entries(1, 3, 1) }] }]);
  await storage.close();
  const path = join(dir, ENTRIES_FILE);
  const full = (await stat(path)).size;
  await truncate(path, full - 3);
  await appendFile(path, Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
  const logger = new CollectingLogger();
  const reopened = await RaftStorage.open({ dir, bootstrapVoters: [1], logger });
  t.deepEqual(reopened.state.entries, entries(1, 2, 1));
  t.true(logger.lines.some((l) => l.startsWith('WARN') && l.includes('torn or corrupt tail')));
  await reopened.storage.persist([
    { hardState: null, logOps: [{ op: 'append', entries: entries(3, 4, 2) }] },
  ]);
  await reopened.storage.close();
  t.deepEqual((await reopen(dir)).entries, [...entries(1, 2, 1), ...entries(3, 4, 2)]);
});

test('a flipped bit in the middle of the log ends the log there', async (t) => {
  const dir = await tempDir(t);
  const { storage } = await RaftStorage.open({ dir, bootstrapVoters: [1] });
  await storage.persist([{ hardState: null, logOps: [{ op: 'append', entries: entries(1, 4, 1) }] }]);
  await storage.close();
  const path = join(dir, ENTRIES_FILE);
  const bytes = await readFile(path);
  const frame = bytes.length / 4;
  bytes[2 * frame + 12] = bytes[2 * frame + 12]! ^ 0x40;
  await writeFile(path, bytes);
  t.deepEqual((await reopen(dir)).entries, entries(1, 2, 1));
  t.is((await stat(path)).size, 2 * frame);
});

test('a corrupt hard-state file refuses to load rather than forget a vote', async (t) => {
  const dir = await tempDir(t);
  const { storage } = await RaftStorage.open({ dir, bootstrapVoters: [1] });
  await storage.persist([{ hardState: { term: 5, votedFor: 1 }, logOps: [] }]);
  await storage.close();
  const path = join(dir, HARD_STATE_FILE);
  const bytes = await readFile(path);
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
  await writeFile(path, bytes);
  await t.throwsAsync(RaftStorage.open({ dir, bootstrapVoters: [1] }), { message: /corrupt/ });
});

test('the saved commit index comes back, capped by the log; a damaged one reads as 0', async (t) => {
  const dir = await tempDir(t);
  let opened = await RaftStorage.open({ dir, bootstrapVoters: [1] });
  t.is(opened.commitIndex, 0);
  await opened.storage.persist([{ hardState: null, logOps: [{ op: 'append', entries: entries(1, 5, 1) }] }]);
  await opened.storage.saveCommitIndex(3, false);
  await opened.storage.saveCommitIndex(4, true);
  await opened.storage.close();
  opened = await RaftStorage.open({ dir, bootstrapVoters: [1] });
  t.is(opened.commitIndex, 4);
  await opened.storage.saveCommitIndex(9, true);
  await opened.storage.close();
  opened = await RaftStorage.open({ dir, bootstrapVoters: [1] });
  t.is(opened.commitIndex, 5);
  await opened.storage.close();
  await writeFile(join(dir, COMMIT_INDEX_FILE), Buffer.from('torn'));
  const logger = new CollectingLogger();
  opened = await RaftStorage.open({ dir, bootstrapVoters: [1], logger });
  t.is(opened.commitIndex, 0);
  t.true(logger.lines.some((l) => l.includes('ignoring the saved commit index')));
  await opened.storage.close();
});
