// Consumer groups with the reference Java KafkaConsumer (kafka-clients 3.9), each member its own
// JVM: the split / leave / crash life cycle with the eager range assignor and with the
// cooperative-sticky assignor (incremental rebalances), and static membership (group.instance.id).
// GROUPS_BROKER=kafka runs it against the reference Kafka 3.9; the default is GOssip.
import test from 'ava';
import { missing } from '../harness/env.js';
import { javaToolsAvailable } from '../harness/java-client.js';
import { useBroker } from './fixture.js';
import { groupLifecycle } from './scenario.js';
import { staticMembership } from './static-membership.js';

const fixture = useBroker(test);
const javaSkip = (): string | undefined => missing('java and mvn', javaToolsAvailable());

test('Java range: three members split, one leaves, one crashes, nothing is lost', async (t) => {
  const broker = fixture.ready(t, javaSkip());
  if (broker === undefined) return;
  await groupLifecycle(t, broker, {
    name: 'java-range',
    clients: ['java', 'java', 'java'],
    assignor: 'range',
    seed: 51,
  });
});

test('Java cooperative-sticky: three members split, one leaves, one crashes, nothing is lost', async (t) => {
  const broker = fixture.ready(t, javaSkip());
  if (broker === undefined) return;
  await groupLifecycle(t, broker, {
    name: 'java-coop',
    clients: ['java', 'java', 'java'],
    assignor: 'cooperative-sticky',
    seed: 61,
  });
});

test('Java static membership: a restarted member gets its partitions back without a rebalance', async (t) => {
  const broker = fixture.ready(t, javaSkip());
  if (broker === undefined) return;
  await staticMembership(t, broker);
});
