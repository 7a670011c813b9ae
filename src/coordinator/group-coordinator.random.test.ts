// Seeded randomized test: simulated consumers (dynamic and static) join, sync, heartbeat, commit,
// leave and crash while time moves; invariants are checked after every step and the record log is
// replayed into a fresh shard. A failing seed reproduces with SEED=<n>.
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { SeededRandom } from '../common/random.js';
import { Harness, persistentView, replayed, restingGroupView } from './test-support.js';

interface Client {
  groupId: string;
  instanceId: string | null;
  memberId: string;
  generation: number;
  joinRequest: number | null;
  syncRequest: number | null;
  stable: boolean;
}

const GROUPS = ['g0', 'g1'];
const seeds = process.env.SEED ? [Number(process.env.SEED)] : [1, 2, 3, 4, 5, 6, 7, 8];

for (const seed of seeds) {
  test(`random operations keep the invariants (seed ${seed})`, (t) => {
    const rnd = new SeededRandom(seed);
    const h = new Harness({ groupInitialRebalanceDelayMs: 500 }, seed);
    const clients: Client[] = Array.from({ length: 7 }, (_, i) => ({
      groupId: GROUPS[i % 2]!,
      instanceId: i % 3 === 0 ? `static-${i}` : null,
      memberId: '',
      generation: -1,
      joinRequest: null,
      syncRequest: null,
      stable: false,
    }));
    const issued: number[] = [];
    const expectedOffsets = new Map<string, bigint>();
    const lastGeneration = new Map<string, number>();
    let stableSeen = 0;

    const reset = (c: Client) => {
      c.memberId = '';
      c.generation = -1;
      c.stable = false;
    };

    const handleCompletions = () => {
      for (const c of clients) {
        if (c.joinRequest !== null) {
          const r = h.joins.get(c.joinRequest);
          if (r) {
            c.joinRequest = null;
            if (r.errorCode === ErrorCode.NONE) {
              c.memberId = r.memberId;
              c.generation = r.generationId;
              c.stable = false;
              if (r.leader === r.memberId && r.members.length > 0) {
                // The leader assigns something to every member right away.
                const id = h.sync({
                  groupId: c.groupId,
                  memberId: c.memberId,
                  generationId: c.generation,
                  groupInstanceId: c.instanceId,
                  assignments: r.members.map((m) => ({
                    memberId: m.memberId,
                    assignment: Buffer.from(m.memberId),
                  })),
                });
                issued.push(id);
                c.syncRequest = id;
              }
            } else if (r.errorCode === ErrorCode.MEMBER_ID_REQUIRED) {
              c.memberId = r.memberId;
            } else {
              reset(c);
            }
          }
        }
        if (c.syncRequest !== null) {
          const r = h.syncs.get(c.syncRequest);
          if (r) {
            c.syncRequest = null;
            if (r.errorCode === ErrorCode.NONE) c.stable = true;
            else if (r.errorCode !== ErrorCode.REBALANCE_IN_PROGRESS) reset(c);
          }
        }
      }
    };

    const checkInvariants = (step: number) => {
      for (const id of GROUPS) {
        const g = h.shard.group(id);
        if (!g) continue;
        const prev = lastGeneration.get(id) ?? 0;
        const delta = g.generationId - prev;
        t.true(delta === 0 || delta === 1, `seed ${seed} step ${step}: generation moved by ${delta}`);
        lastGeneration.set(id, g.generationId);
        if (g.is('Stable')) {
          stableSeen++;
          // The completed rebalance is the persisted one: same generation, same members.
          const image = h.shard.persistedGroupMetadata(id);
          t.is(
            image?.generation,
            g.generationId,
            `seed ${seed} step ${step}: stable generation not persisted`,
          );
          t.deepEqual(image?.members.map((m) => m.memberId).sort(), [...g.members.keys()].sort());
          for (const m of g.members.values()) {
            t.true(m.assignment.length > 0, `seed ${seed} step ${step}: stable member without assignment`);
          }
          t.true(g.leaderId !== null && g.members.has(g.leaderId), 'stable group has a member leader');
        }
        if (g.is('Empty')) t.is(g.members.size, 0);
      }
    };

    for (let step = 0; step < 1500; step++) {
      const c = clients[rnd.int(clients.length)]!;
      const op = rnd.int(100);
      if (op < 20) {
        if (c.joinRequest === null) {
          const id = h.join({
            groupId: c.groupId,
            memberId: c.memberId,
            groupInstanceId: c.instanceId,
            apiVersion: rnd.int(2) === 0 ? 3 : 5,
          });
          issued.push(id);
          c.joinRequest = id;
        }
      } else if (op < 30) {
        if (c.memberId !== '' && c.generation >= 0 && c.syncRequest === null && !c.stable) {
          const id = h.sync({
            groupId: c.groupId,
            memberId: c.memberId,
            generationId: c.generation,
            groupInstanceId: c.instanceId,
          });
          issued.push(id);
          c.syncRequest = id;
        }
      } else if (op < 60) {
        if (c.memberId !== '' && c.generation >= 0) {
          const e = h.heartbeat(c.groupId, c.memberId, c.generation, c.instanceId);
          if (e === ErrorCode.UNKNOWN_MEMBER_ID || e === ErrorCode.FENCED_INSTANCE_ID) reset(c);
          else if (e === ErrorCode.ILLEGAL_GENERATION || e === ErrorCode.REBALANCE_IN_PROGRESS)
            c.stable = false;
        }
      } else if (op < 70) {
        const partition = rnd.int(3);
        const offset = BigInt(rnd.int(1000));
        const simple = c.memberId === '' || !c.stable;
        const groupId = simple ? `simple-${c.groupId}` : c.groupId;
        const res = h.commit(
          simple
            ? { groupId }
            : {
                groupId,
                generationIdOrMemberEpoch: c.generation,
                memberId: c.memberId,
                groupInstanceId: c.instanceId,
              },
          [['topic', partition, offset]],
        );
        if (res.topics[0]?.partitions[0]?.errorCode === ErrorCode.NONE) {
          expectedOffsets.set(`${groupId}/topic/${partition}`, offset);
        }
      } else if (op < 75) {
        if (c.memberId !== '') {
          h.run(
            h.shard.leaveGroup(
              { groupId: c.groupId, members: [{ memberId: c.memberId, groupInstanceId: c.instanceId }] },
              h.nowMs,
            ),
          );
          reset(c);
        }
      } else if (op < 78) {
        // Crash: the client forgets everything without telling the coordinator.
        reset(c);
        c.joinRequest = null;
        c.syncRequest = null;
      } else {
        h.advance(rnd.int(3000));
      }
      handleCompletions();
      checkInvariants(step);
      if (step % 50 === 49) {
        const loaded = replayed(h.log);
        t.deepEqual(persistentView(loaded), persistentView(h.shard), `seed ${seed} step ${step}: replay`);
        for (const id of h.shard.groupIds()) {
          const g = h.shard.group(id)!;
          if (g.is('Stable') || g.is('Empty')) {
            t.deepEqual(
              restingGroupView(loaded, id),
              restingGroupView(h.shard, id),
              `seed ${seed} step ${step}`,
            );
          }
        }
      }
    }

    t.true(stableSeen > 100, `seed ${seed}: groups were rarely stable (${stableSeen})`);
    t.true(Math.max(...lastGeneration.values()) >= 5, `seed ${seed}: too few rebalances`);

    // Offsets: every successful commit is still there (nothing expires within the run).
    const stored = new Map(h.shard.offsetEntries().map(([g, tp, p, v]) => [`${g}/${tp}/${p}`, v.offset]));
    const sorted = (m: Map<string, bigint>) => [...m].sort((a, b) => a[0].localeCompare(b[0]));
    t.deepEqual(sorted(stored), sorted(expectedOffsets));
    t.deepEqual(persistentView(replayed(h.log)), persistentView(h.shard));

    // With everyone silent, every parked request is eventually answered and groups drain.
    for (let i = 0; i < 40; i++) h.advance(30_000);
    for (const id of issued) t.true(h.joins.has(id) || h.syncs.has(id), `request ${id} never completed`);
    for (const id of GROUPS) {
      const g = h.shard.group(id);
      t.true(g === undefined || g.is('Empty'), `${id} drained`);
    }
  });
}
