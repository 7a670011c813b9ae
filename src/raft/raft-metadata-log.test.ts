import test, { type ExecutionContext } from 'ava';
import { freePort } from '../../compat-tests/harness/env.js';
import { SystemClock } from '../common/clock.js';
import { SeededRandom } from '../common/random.js';
import type { CommittedBatch } from '../metadata/metadata-log.js';
import { NotLeaderError, type QuorumVoter } from '../metadata/quorum.js';
import type { MetadataRecord } from '../metadata/records.js';
import { tempDir } from '../metadata/test-support.js';
import { decodeBatch, encodeBatch, RaftMetadataLog } from './raft-metadata-log.js';

const host = '127.0.0.1';
const ELECTION_MS = 500;
const timing = { electionTimeoutMs: ELECTION_MS, heartbeatIntervalMs: 50, tickIntervalMs: 10 };

function feature(level: number): MetadataRecord {
  return { type: 'FeatureLevel', name: 'f', featureLevel: level };
}

class Quorum {
  readonly logs = new Map<number, RaftMetadataLog>();
  readonly heard = new Map<number, CommittedBatch[]>();

  constructor(
    private readonly t: ExecutionContext,
    readonly voters: QuorumVoter[],
    readonly dirs: Map<number, string>,
  ) {}

  static async create(t: ExecutionContext, size = 3): Promise<Quorum> {
    const voters: QuorumVoter[] = [];
    const dirs = new Map<number, string>();
    for (let id = 1; id <= size; id++) {
      voters.push({ id, host, port: await freePort(host) });
      dirs.set(id, await tempDir(t));
    }
    const quorum = new Quorum(t, voters, dirs);
    for (const v of voters) await quorum.open(v.id);
    return quorum;
  }

  async open(id: number): Promise<RaftMetadataLog> {
    const log = await RaftMetadataLog.open({
      nodeId: id,
      voters: this.voters,
      dir: this.dirs.get(id)!,
      clock: new SystemClock(),
      random: new SeededRandom(id * 31 + this.logs.size),
      timing,
    });
    this.t.teardown(() => log.close());
    const heard: CommittedBatch[] = [];
    log.subscribe((batch) => heard.push(batch));
    this.logs.set(id, log);
    this.heard.set(id, heard);
    return log;
  }

  async close(id: number): Promise<void> {
    await this.logs.get(id)!.close();
    this.logs.delete(id);
  }

  /** The leader every open node agrees on. */
  async leader(timeoutMs = 10 * ELECTION_MS): Promise<RaftMetadataLog> {
    return waitFor(
      'an agreed leader',
      () => {
        const views = [...this.logs.values()].map((l) => l.leaderId());
        const id = views[0];
        if (id == null || !views.every((v) => v === id)) return undefined;
        return this.logs.get(id);
      },
      timeoutMs,
    );
  }
}

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function caughtUp(log: RaftMetadataLog, offset: number): Promise<void> {
  await waitFor(`node ${log.nodeId} at offset ${offset}`, () => log.committedOffset() === offset);
}

test('batches encode and decode; malformed entries decode to null', (t) => {
  const records = [feature(1), feature(2)];
  t.deepEqual(decodeBatch(encodeBatch(records)), records);
  t.is(decodeBatch(Buffer.alloc(0)), null);
  t.is(decodeBatch(Buffer.from('\u0002[]')), null);
  t.is(decodeBatch(Buffer.from('\u0001[]')), null);
  t.is(decodeBatch(Buffer.from('\u0001{nope')), null);
  t.is(decodeBatch(Buffer.from('\u0001[{"no":"type"}]')), null);
});

test('appends through the leader commit on all three nodes with identical offsets', async (t) => {
  const q = await Quorum.create(t);
  const leader = await q.leader();
  await leader.leaderReady();
  const follower = [...q.logs.values()].find((l) => l !== leader)!;
  const refused = await t.throwsAsync(follower.append([feature(0)]), { instanceOf: NotLeaderError });
  t.is(refused.leaderId, leader.nodeId);
  await t.throwsAsync(follower.leaderReady(), { instanceOf: NotLeaderError });
  await t.throwsAsync(leader.append([]), { instanceOf: RangeError });

  t.is(await leader.append([feature(1), feature(2)]), 1);
  t.is(await leader.append([feature(3)]), 2);
  const offsets = await Promise.all([...Array(30).keys()].map((i) => leader.append([feature(10 + i)])));
  t.deepEqual(
    offsets,
    offsets.map((_, i) => 3 + i),
  );
  const expected = await leader.read(0);
  t.is(expected.length, 32);
  t.deepEqual(expected[0], { baseOffset: 0, records: [feature(1), feature(2)] });
  for (const log of q.logs.values()) {
    await caughtUp(log, 32);
    t.deepEqual(await log.read(0), expected);
    t.deepEqual(q.heard.get(log.nodeId), expected);
    t.deepEqual(await log.read(1), [{ baseOffset: 1, records: [feature(2)] }, ...expected.slice(1)]);
    t.deepEqual(await log.read(33), []);
  }
});

test('closing the leader elects a new one, loses nothing committed, and a reopened node catches up', async (t) => {
  const q = await Quorum.create(t);
  const first = await q.leader();
  for (let i = 0; i < 5; i++) await first.append([feature(i)]);
  const firstId = first.nodeId;
  const closedAt = performance.now();
  await q.close(firstId);

  const second = await q.leader(10 * ELECTION_MS);
  t.not(second.nodeId, firstId);
  t.log(`new leader ${second.nodeId} after ${Math.round(performance.now() - closedAt)} ms`);
  await second.leaderReady();
  t.is(second.committedOffset(), 4);
  t.is(await second.append([feature(5)]), 5);
  t.is(await second.append([feature(6), feature(7)]), 7);

  const reopened = await q.open(firstId);
  await caughtUp(reopened, 7);
  const expected = await second.read(0);
  t.deepEqual(
    expected.flatMap((b) => b.records),
    [...Array(8).keys()].map(feature),
  );
  for (const log of q.logs.values()) {
    await caughtUp(log, 7);
    t.deepEqual(await log.read(0), expected);
  }
  // The reopened node served its committed prefix from disk; its subscriber hears only what is new.
  t.deepEqual(q.heard.get(firstId), expected.slice(5));
});

test('a whole quorum restarted from its directories comes back with the same log', async (t) => {
  const q = await Quorum.create(t);
  const leader = await q.leader();
  for (let i = 0; i < 4; i++) await leader.append([feature(i), feature(100 + i)]);
  const expected = await leader.read(0);
  for (const log of q.logs.values()) await caughtUp(log, 7);
  for (const id of [...q.logs.keys()]) await q.close(id);

  // One node alone has no quorum, yet serves what it knew was committed, straight from its disk.
  const alone = await q.open(1);
  t.is(alone.committedOffset(), 7);
  t.deepEqual(await alone.read(0), expected);
  t.is(alone.leaderId(), null);
  await t.throwsAsync(alone.append([feature(8)]), { instanceOf: NotLeaderError });

  for (const v of q.voters) if (v.id !== 1) await q.open(v.id);
  const next = await q.leader();
  await next.leaderReady();
  t.is(next.committedOffset(), 7);
  t.is(await next.append([feature(9)]), 8);
  for (const log of q.logs.values()) {
    await caughtUp(log, 8);
    t.deepEqual((await log.read(0)).slice(0, 4), expected);
    // Batches known committed before the restart are not delivered again.
    t.deepEqual(q.heard.get(log.nodeId), [{ baseOffset: 8, records: [feature(9)] }]);
  }
});

test('request and handleRequests carry bytes between nodes', async (t) => {
  const q = await Quorum.create(t);
  const [a, b, c] = [q.logs.get(1)!, q.logs.get(2)!, q.logs.get(3)!];
  b.handleRequests(async (from, body) => Buffer.from(`b got ${body.toString()} from ${from}`));
  c.handleRequests(async () => {
    throw new Error('not today');
  });
  t.is((await a.request(2, Buffer.from('ping'), 2000)).toString(), 'b got ping from 1');
  t.is((await c.request(2, Buffer.from('hi'), 2000)).toString(), 'b got hi from 3');
  await t.throwsAsync(a.request(3, Buffer.from('x'), 2000), { message: /not today/ });
  b.handleRequests(async () => Buffer.from('replaced'));
  t.is((await a.request(2, Buffer.from('x'), 2000)).toString(), 'replaced');
});

test('open refuses a node id that is not a voter', async (t) => {
  const dir = await tempDir(t);
  await t.throwsAsync(
    RaftMetadataLog.open({
      nodeId: 4,
      voters: [{ id: 1, host, port: 1 }],
      dir,
      clock: new SystemClock(),
      random: new SeededRandom(1),
    }),
    { message: /not among the quorum voters/ },
  );
});
