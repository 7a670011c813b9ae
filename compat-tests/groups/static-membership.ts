// Static membership (KIP-345) through the Java KafkaConsumer: three members with group.instance.id
// split a six-partition topic; one is SIGKILLed and restarted with the same instance id well within
// the session timeout. The coordinator must hand it its old partitions without a rebalance: the
// other two members see no new rebalance callback, and the restarted member resumes from the
// committed offsets (every record delivered exactly once).
import type { ExecutionContext } from 'ava';
import { type GroupMember, startMember } from '../clients/group-members.js';
import type { GroupsBroker } from './broker.js';
import {
  assertDeliveries,
  committedOffsets,
  describeMembers,
  heartbeatIntervalMs,
  stopAll,
  TopicLog,
  timed,
  waitAllDelivered,
  waitBalanced,
  waitFor,
} from './group-check.js';
import { partitions } from './scenario.js';

/** Long enough for a JVM to restart and rejoin before the coordinator expires the member. */
const staticSessionTimeoutMs = 20_000;

export async function staticMembership(t: ExecutionContext, broker: GroupsBroker): Promise<void> {
  const topic = 'groups-java-static';
  const group = 'g-java-static';
  const log = new TopicLog(topic, partitions, 41);
  await log.create(broker.bootstrap);
  const base = {
    bootstrap: broker.bootstrap,
    group,
    topic,
    assignor: 'range' as const,
    sessionTimeoutMs: staticSessionTimeoutMs,
    heartbeatIntervalMs,
  };
  const members: GroupMember[] = [];
  try {
    await timed(t, 'three static members join', async () => {
      for (const id of ['s0', 's1', 's2'])
        members.push(await startMember(id, 'java', { ...base, instanceId: id }));
      await waitBalanced(members, partitions);
    });
    await log.produce(broker.bootstrap, 300);
    await waitAllDelivered(members, log);
    const [s0, s1, s2] = members as [GroupMember, GroupMember, GroupMember];
    const before = { s0: s0.assignments.length, s2: s2.assignments.length };
    const s1Partitions = s1.current();
    let again: GroupMember | undefined;
    await timed(t, 'a killed static member restarts and gets its partitions back', async () => {
      await s1.kill();
      again = await startMember('s1-again', 'java', { ...base, instanceId: 's1' });
      members.push(again);
      const restarted = again;
      await waitFor(
        'the restarted member to be assigned',
        () => restarted.assignments.length > 0,
        60_000,
        () => describeMembers(members),
      );
    });
    t.deepEqual(again?.current(), s1Partitions, 'the same partitions as before the restart');
    await log.produce(broker.bootstrap, 300);
    await waitAllDelivered(members, log);
    t.is(s0.assignments.length, before.s0, 's0 saw no rebalance');
    t.is(s2.assignments.length, before.s2, 's2 saw no rebalance');
    assertDeliveries(t, members, log, { exactlyOnce: true });
    await stopAll(members);
    t.deepEqual(
      await committedOffsets(broker.bootstrap, group, log),
      log.ends(),
      'committed offsets at the log end',
    );
  } catch (error) {
    t.log(describeMembers(members));
    throw error;
  } finally {
    await stopAll(members);
  }
}
