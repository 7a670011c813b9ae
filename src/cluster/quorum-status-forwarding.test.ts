// The quorum status DescribeQuorum reports, from three real RaftMetadataLogs on loopback: the
// leader's view (every voter's log end as a metadata offset, fetch times), a follower's own view,
// the follower asking the leader through LeaderRpc, and the single-node status.
import test from 'ava';
import { freePort } from '../../compat-tests/harness/env.js';
import { SystemClock } from '../common/clock.js';
import { SeededRandom } from '../common/random.js';
import type { QuorumVoter } from '../metadata/quorum.js';
import { singleNodeQuorumStatus } from '../metadata/quorum-status.js';
import type { MetadataRecord } from '../metadata/records.js';
import { tempDir } from '../metadata/test-support.js';
import { RaftMetadataLog } from '../raft/raft-metadata-log.js';
import { LeaderRpc } from './leader-rpc.js';
import { hasQuorumStatus, leaderQuorumStatus } from './quorum-status-forwarding.js';

const host = '127.0.0.1';
const timing = { electionTimeoutMs: 500, heartbeatIntervalMs: 50, tickIntervalMs: 10 };

function feature(level: number): MetadataRecord {
  return { type: 'FeatureLevel', name: 'f', featureLevel: level };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('the leader reports every voter; followers report themselves and forward to the leader', async (t) => {
  const voters: QuorumVoter[] = [];
  for (let id = 1; id <= 3; id++) voters.push({ id, host, port: await freePort(host) });
  const clock = new SystemClock();
  const logs: RaftMetadataLog[] = [];
  for (const v of voters) {
    const log = await RaftMetadataLog.open({
      nodeId: v.id,
      voters,
      dir: await tempDir(t),
      clock,
      random: new SeededRandom(v.id * 7),
      timing,
    });
    t.teardown(() => log.close());
    logs.push(log);
  }
  t.true(hasQuorumStatus(logs[0]!));
  const leader = await waitFor('an agreed leader', async () => {
    const id = logs[0]!.leaderId();
    return id !== null && logs.every((l) => l.leaderId() === id)
      ? logs.find((l) => l.nodeId === id)
      : undefined;
  });
  await leader.leaderReady();
  await leader.append([feature(1), feature(2)]);
  await leader.append([feature(3)]);

  const status = await waitFor('every voter at offset 3', async () => {
    const s = await leader.quorumStatus();
    return s.voters.every((v) => v.logEndOffset === 3 && v.lastCaughtUpTimestamp > 0) ? s : undefined;
  });
  t.is(status.leaderId, leader.nodeId);
  t.true(status.leaderEpoch >= 1);
  t.is(status.highWatermark, 3);
  t.deepEqual(status.voters.map((v) => v.replicaId).sort(), [1, 2, 3]);
  t.true(status.voters.every((v) => v.lastFetchTimestamp > 0));
  t.deepEqual(status.observers, []);
  t.deepEqual(
    status.nodes.map((n) => [n.nodeId, n.listeners[0]?.name, n.listeners[0]?.port]),
    voters.map((v) => [v.id, 'CONTROLLER', v.port]),
  );

  const follower = logs.find((l) => l !== leader)!;
  const own = await waitFor('the follower at offset 3', async () => {
    const s = await follower.quorumStatus();
    return s.highWatermark === 3 ? s : undefined;
  });
  t.is(own.leaderId, leader.nodeId);
  for (const v of own.voters) {
    t.is(
      v.logEndOffset,
      v.replicaId === follower.nodeId ? 3 : -1,
      `node ${v.replicaId} as a follower sees it`,
    );
    t.is(v.lastFetchTimestamp, -1);
  }

  const rpcs = logs.map((l) => new LeaderRpc(l, { clock }));
  t.teardown(() => {
    for (const rpc of rpcs) rpc.close();
  });
  const sources = logs.map((l, i) => leaderQuorumStatus(l, rpcs[i]!));
  const forwarded = await sources[logs.indexOf(follower)]!.quorumStatus();
  t.is(forwarded.leaderId, leader.nodeId);
  t.deepEqual(forwarded.voters.map((v) => [v.replicaId, v.logEndOffset]).sort(), [
    [1, 3],
    [2, 3],
    [3, 3],
  ]);
});

test('a single node leads epoch 1 with its whole log committed', (t) => {
  const status = singleNodeQuorumStatus(7, { committedOffset: () => 4 }, 1000, { host: 'h', port: 9092 });
  t.deepEqual(status, {
    leaderId: 7,
    leaderEpoch: 1,
    highWatermark: 5,
    voters: [{ replicaId: 7, logEndOffset: 5, lastFetchTimestamp: 1000, lastCaughtUpTimestamp: 1000 }],
    observers: [],
    nodes: [{ nodeId: 7, listeners: [{ name: 'CONTROLLER', host: 'h', port: 9092 }] }],
  });
  t.deepEqual(singleNodeQuorumStatus(7, { committedOffset: () => -1 }, 1, null).nodes, []);
});
