import test, { type ExecutionContext } from 'ava';
import { freePort } from '../../compat-tests/harness/env.js';
import { SystemClock } from '../common/clock.js';
import { SeededRandom } from '../common/random.js';
import { NotLeaderError } from '../metadata/quorum.js';
import { tempDir } from '../metadata/test-support.js';
import { RaftDriver } from './driver.js';
import { RaftStorage } from './storage.js';
import { RaftTransport } from './transport.js';
import type { Entry } from './types.js';

const host = '127.0.0.1';
const timing = { electionTimeoutMs: 500, heartbeatIntervalMs: 50, tickIntervalMs: 10 };

interface Member {
  driver: RaftDriver;
  applied: Entry[];
  stop: () => Promise<void>;
}

async function cluster(t: ExecutionContext, size: number): Promise<Map<number, Member>> {
  const peers = [];
  for (let id = 1; id <= size; id++) peers.push({ id, host, port: await freePort(host) });
  const members = new Map<number, Member>();
  for (const peer of peers) {
    const dir = await tempDir(t);
    const { storage, state } = await RaftStorage.open({ dir, bootstrapVoters: peers.map((p) => p.id) });
    const clock = new SystemClock();
    const transport = await RaftTransport.listen({
      nodeId: peer.id,
      listenHost: host,
      listenPort: peer.port,
      peers,
      clock,
      random: new SeededRandom(peer.id),
    });
    const applied: Entry[] = [];
    const driver = new RaftDriver({
      nodeId: peer.id,
      storage,
      state,
      messenger: transport,
      clock,
      random: new SeededRandom(100 + peer.id),
      timing,
      onCommitted: (e) => applied.push(e),
    });
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await driver.close();
      await transport.close();
      await storage.close();
    };
    t.teardown(stop);
    members.set(peer.id, { driver, applied, stop });
  }
  return members;
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

function agreedLeader(members: Map<number, Member>): number | undefined {
  const views = [...members.values()].map((m) => m.driver.leaderId());
  const first = views[0];
  return first != null && views.every((v) => v === first) ? first : undefined;
}

const dataOf = (entries: Entry[]) => entries.filter((e) => e.kind === 'data').map((e) => e.data.toString());

test('three drivers elect one leader; proposals commit everywhere in the same order', async (t) => {
  const members = await cluster(t, 3);
  const leaderId = await waitFor('a leader', () => agreedLeader(members));
  const leader = members.get(leaderId)!.driver;
  await leader.leaderReady();
  const follower = [...members.values()].find((m) => m.driver.nodeId !== leaderId)!.driver;
  await t.throwsAsync(follower.leaderReady(), { instanceOf: NotLeaderError });
  const refused = await t.throwsAsync(follower.propose(Buffer.from('x')), { instanceOf: NotLeaderError });
  t.is(refused.leaderId, leaderId);

  const first = await leader.propose(Buffer.from('a'));
  t.is(leader.entryAt(first)?.data.toString(), 'a');
  // Many concurrent proposals: group-committed, resolved in index order.
  const indexes = await Promise.all([...Array(200).keys()].map((i) => leader.propose(Buffer.from(`p${i}`))));
  t.deepEqual(
    indexes,
    indexes.map((_, i) => first + 1 + i),
  );
  const expected = ['a', ...[...Array(200).keys()].map((i) => `p${i}`)];
  for (const m of members.values()) {
    await waitFor(`node ${m.driver.nodeId} to apply`, () => dataOf(m.applied).length === expected.length);
    t.deepEqual(dataOf(m.applied), expected);
    t.deepEqual(
      m.applied.map((e) => e.index),
      m.applied.map((_, i) => i + 1),
    );
  }
});

test('when the leader stops, the others elect a new one and keep every committed entry', async (t) => {
  const members = await cluster(t, 3);
  const oldLeaderId = await waitFor('a leader', () => agreedLeader(members));
  const oldLeader = members.get(oldLeaderId)!;
  await oldLeader.driver.propose(Buffer.from('before'));
  const changes: Array<number | null> = [];
  const others = [...members.values()].filter((m) => m !== oldLeader);
  others[0]!.driver.onLeaderChange((id) => changes.push(id));
  await oldLeader.stop();
  await t.throwsAsync(oldLeader.driver.propose(Buffer.from('late')), { message: /closed/ });
  const newLeaderId = await waitFor('a new leader', () => {
    const id = others[0]!.driver.leaderId();
    return id !== null && id !== oldLeaderId && others[1]!.driver.leaderId() === id ? id : undefined;
  });
  t.true(changes.includes(newLeaderId));
  const newLeader = members.get(newLeaderId)!.driver;
  await newLeader.leaderReady();
  await newLeader.propose(Buffer.from('after'));
  for (const m of others) {
    await waitFor('apply', () => dataOf(m.applied).length === 2);
    t.deepEqual(dataOf(m.applied), ['before', 'after']);
  }
});

test('a proposal on a leader that loses its quorum is rejected, not left hanging', async (t) => {
  const members = await cluster(t, 3);
  const leaderId = await waitFor('a leader', () => agreedLeader(members));
  const leader = members.get(leaderId)!;
  for (const m of members.values()) if (m !== leader) await m.stop();
  const error = await t.throwsAsync(leader.driver.propose(Buffer.from('orphan')), {
    instanceOf: NotLeaderError,
  });
  t.not(error.leaderId, leaderId);
  t.is(leader.driver.leaderId(), null);
});
