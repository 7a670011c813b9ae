// The group life cycle every client is put through: three members on a six-partition topic split
// it two partitions each and consume a first batch exactly once; one member leaves cleanly and the
// other two take over its partitions; one of the two is SIGKILLed and, after the session timeout,
// the last member owns everything. No record is lost (at-least-once across the crash) and the
// group's committed offsets end at the log end.
import type { ExecutionContext } from 'ava';
import { type Assignor, type GroupMember, type MemberClient, startMember } from '../clients/group-members.js';
import type { GroupsBroker } from './broker.js';
import {
  assertDeliveries,
  committedOffsets,
  describeMembers,
  heartbeatIntervalMs,
  sessionTimeoutMs,
  stopAll,
  TopicLog,
  timed,
  waitAllDelivered,
  waitBalanced,
  waitFor,
} from './group-check.js';

export const partitions = 6;
const perBatch = 300;

export interface LifecycleOptions {
  name: string;
  clients: readonly [MemberClient, MemberClient, MemberClient];
  assignor: Assignor;
  seed: number;
  /**
   * kafkajs only: the member that will crash commits this long after delivering, and is killed
   * inside that window, so the survivor must deliver those uncommitted records again.
   */
  victimCommitDelayMs?: number;
}

export async function groupLifecycle(
  t: ExecutionContext,
  broker: GroupsBroker,
  options: LifecycleOptions,
): Promise<void> {
  const topic = `groups-${options.name}`;
  const group = `g-${options.name}`;
  const log = new TopicLog(topic, partitions, options.seed);
  await log.create(broker.bootstrap);
  const memberOptions = {
    bootstrap: broker.bootstrap,
    group,
    topic,
    assignor: options.assignor,
    sessionTimeoutMs,
    heartbeatIntervalMs,
  };
  const members: GroupMember[] = [];
  try {
    await timed(t, 'three members join and split 6 partitions', async () => {
      for (const [i, client] of options.clients.entries()) {
        const delay = i === 1 ? { commitDelayMs: options.victimCommitDelayMs } : {};
        members.push(await startMember(`m${i}`, client, { ...memberOptions, ...delay }));
      }
      await waitBalanced(members, partitions);
    });
    t.deepEqual(
      members.map((m) => m.current().length),
      [2, 2, 2],
      'each member owns two partitions',
    );
    await timed(t, 'first batch consumed', async () => {
      await log.produce(broker.bootstrap, perBatch);
      await waitAllDelivered(members, log);
    });
    assertDeliveries(t, members, log, { exactlyOnce: true });

    const [leaver, victim, survivor] = members as [GroupMember, GroupMember, GroupMember];
    await timed(t, 'one member leaves; the other two rebalance and consume the second batch', async () => {
      t.is(await leaver.stop(), 0, `${leaver.name} exits cleanly`);
      await waitBalanced([victim, survivor], partitions);
      await log.produce(broker.bootstrap, perBatch);
      await waitAllDelivered(members, log);
    });
    t.deepEqual(
      [victim.current().length, survivor.current().length],
      [3, 3],
      'the remaining two own three partitions each',
    );

    await timed(
      t,
      'one member is killed; after the session timeout the last one owns everything',
      async () => {
        const delivered = victim.deliveries.length;
        await log.produce(broker.bootstrap, perBatch);
        if (options.victimCommitDelayMs !== undefined) {
          // Kill it between delivering new records and committing them.
          await waitFor(
            'the victim to deliver new records',
            () => victim.deliveries.length > delivered,
            30_000,
          );
        }
        await victim.kill();
        await log.produce(broker.bootstrap, perBatch);
        await waitBalanced([survivor], partitions, sessionTimeoutMs * 5);
        await waitAllDelivered(members, log);
      },
    );
    const report = assertDeliveries(t, members, log, { exactlyOnce: false });
    if (options.victimCommitDelayMs !== undefined) {
      t.true(report.duplicates > 0, `uncommitted records were delivered again\n${describeMembers(members)}`);
    }
    t.is(await survivor.stop(), 0, `${survivor.name} exits cleanly`);
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
