// Four different clients in one consumer group: a kafkajs, a kcat, a kafka-python and a Java member
// all subscribe with the `consumer` protocol type and the range assignor (the one protocol they all
// offer; kafkajs's is a range assigner under that name), split six partitions between them and
// consume every record exactly once; after they leave, the group's committed offsets are at the
// log end. GROUPS_BROKER=kafka runs it against the reference Kafka 3.9; the default is GOssip.
import test from 'ava';
import { type GroupMember, type MemberClient, startMember } from '../clients/group-members.js';
import { hasKafkaPython } from '../clients/kafka-python.js';
import { hasCommand, missing } from '../harness/env.js';
import { javaToolsAvailable } from '../harness/java-client.js';
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

const fixture = useBroker(test);
const clients: MemberClient[] = ['kafkajs', 'kcat', 'kafka-python', 'java'];

test('kafkajs, kcat, kafka-python and Java share one group with the range assignor', async (t) => {
  const broker = fixture.ready(
    t,
    missing('kcat', hasCommand('kcat')) ??
      missing('kafka-python for /usr/bin/python3', hasKafkaPython()) ??
      missing('java and mvn', javaToolsAvailable()),
  );
  if (broker === undefined) return;
  const topic = 'groups-mixed';
  const group = 'g-mixed';
  const log = new TopicLog(topic, partitions, 71);
  await log.create(broker.bootstrap);
  const members: GroupMember[] = [];
  try {
    await timed(t, 'four clients join and split 6 partitions', async () => {
      for (const client of clients) {
        members.push(
          await startMember(client, client, {
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
    });
    t.deepEqual(
      members.map((m) => m.current().length).sort(),
      [1, 1, 2, 2],
      'range over 4 members: two get 2 partitions, two get 1',
    );
    await timed(t, 'all records consumed', async () => {
      await log.produce(broker.bootstrap, 600);
      await waitAllDelivered(members, log);
    });
    t.true(
      members.every((m) => m.deliveries.length > 0),
      'every client consumed records',
    );
    assertDeliveries(t, members, log, { exactlyOnce: true });
    await timed(t, 'all members leave', () => stopAll(members));
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
});
