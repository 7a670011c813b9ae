// Consumption resumes from committed offsets: a kafkajs and a Java member consume a first batch
// (committing) and leave; a kafka-python and a kcat member then consume only the second batch (no
// committed record delivered again, exactly once); the broker restarts (GOssip on the same data
// dir and port) and the group's committed offsets are all still there; a single kafkajs
// member then consumes only the third batch. GROUPS_BROKER=kafka: the reference Kafka 3.9.
import test, { type ExecutionContext } from 'ava';
import { type GroupMember, type MemberClient, startMember } from '../clients/group-members.js';
import { hasKafkaPython } from '../clients/kafka-python.js';
import { hasCommand, missing } from '../harness/env.js';
import { javaToolsAvailable } from '../harness/java-client.js';
import type { GroupsBroker } from './broker.js';
import { useBroker } from './fixture.js';
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
} from './group-check.js';
import { partitions } from './scenario.js';

const fixture = useBroker(test, { restartable: true });
const topic = 'groups-resume';
const group = 'g-resume';

/** Starts `clients` in the group, waits until they consumed everything from `from`, stops them. */
async function run(
  t: ExecutionContext,
  broker: GroupsBroker,
  log: TopicLog,
  clients: readonly MemberClient[],
  from: readonly number[],
): Promise<void> {
  const members: GroupMember[] = [];
  try {
    for (const client of clients) {
      members.push(
        await startMember(`${client}-${log.total()}`, client, {
          bootstrap: broker.bootstrap,
          group,
          topic,
          assignor: 'range',
          sessionTimeoutMs,
          heartbeatIntervalMs,
        }),
      );
    }
    await waitBalanced(members, partitions);
    await waitAllDelivered(members, log, from);
    await stopAll(members);
    assertDeliveries(t, members, log, { exactlyOnce: true, from });
  } catch (error) {
    t.log(describeMembers(members));
    throw error;
  } finally {
    await stopAll(members);
  }
}

// Serial: both tests restart the one broker of this file.
test.serial('members resume from committed offsets, also across a broker restart', async (t) => {
  const broker = fixture.ready(
    t,
    missing('kcat', hasCommand('kcat')) ??
      missing('kafka-python for /usr/bin/python3', hasKafkaPython()) ??
      missing('java and mvn', javaToolsAvailable()),
  );
  if (broker === undefined) return;
  const log = new TopicLog(topic, partitions, 81);
  await log.create(broker.bootstrap);
  const none = log.ends();

  await log.produce(broker.bootstrap, 300);
  await timed(t, 'kafkajs + Java consume the first batch', () =>
    run(t, broker, log, ['kafkajs', 'java'], none),
  );
  const afterFirst = await committedOffsets(broker.bootstrap, group, log);
  t.deepEqual(afterFirst, log.ends(), 'first batch committed');

  await log.produce(broker.bootstrap, 300);
  await timed(t, 'kafka-python + kcat consume only the second batch', () =>
    run(t, broker, log, ['kafka-python', 'kcat'], afterFirst),
  );
  const afterSecond = await committedOffsets(broker.bootstrap, group, log);
  t.deepEqual(afterSecond, log.ends(), 'second batch committed');

  await timed(t, 'broker restart', () => broker.restart());
  t.deepEqual(
    await committedOffsets(broker.bootstrap, group, log),
    afterSecond,
    'no committed offset is lost',
  );

  await log.produce(broker.bootstrap, 300);
  await timed(t, 'kafkajs consumes only the third batch', () =>
    run(t, broker, log, ['kafkajs'], afterSecond),
  );
  t.deepEqual(await committedOffsets(broker.bootstrap, group, log), log.ends(), 'third batch committed');
});

test.serial(
  'a broker restart in the middle of a group: members rejoin and resume from committed offsets',
  async (t) => {
    const broker = fixture.ready(t, missing('java and mvn', javaToolsAvailable()));
    if (broker === undefined) return;
    const midTopic = 'groups-restart-mid';
    const log = new TopicLog(midTopic, partitions, 82);
    await log.create(broker.bootstrap);
    await log.produce(broker.bootstrap, 300);
    const members: GroupMember[] = [];
    try {
      for (const client of ['kafkajs', 'java'] as const) {
        members.push(
          await startMember(`${client}-mid`, client, {
            bootstrap: broker.bootstrap,
            group: 'g-restart-mid',
            topic: midTopic,
            assignor: 'range',
            sessionTimeoutMs,
            heartbeatIntervalMs,
          }),
        );
      }
      await waitBalanced(members, partitions);
      await waitAllDelivered(members, log);
      const before = await committedOffsets(broker.bootstrap, 'g-restart-mid', log);
      await timed(t, 'broker restart under running members', () => broker.restart());
      const after = await committedOffsets(broker.bootstrap, 'g-restart-mid', log);
      t.true(
        after.every((offset, p) => offset >= (before[p] ?? -1)),
        `the committed offsets survive the restart: ${before} -> ${after}`,
      );
      await log.produce(broker.bootstrap, 300);
      await timed(t, 'the members consume what was produced after the restart', () =>
        waitAllDelivered(members, log),
      );
      await stopAll(members);
      assertDeliveries(t, members, log, { exactlyOnce: false });
      t.deepEqual(
        await committedOffsets(broker.bootstrap, 'g-restart-mid', log),
        log.ends(),
        'every record committed, no committed offset lost',
      );
    } catch (error) {
      t.log(describeMembers(members));
      throw error;
    } finally {
      await stopAll(members);
    }
  },
);
