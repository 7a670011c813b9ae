// Consumer groups with kcat -G members (librdkafka 2.0.2's balanced consumer) and with kafka-python
// 2.0.2 KafkaConsumer(group_id=...) members, each in its own process: split, clean leave and crash
// (SIGKILL) on a six-partition topic (see scenario.ts). GROUPS_BROKER=kafka: the reference Kafka 3.9.
import test from 'ava';
import { hasKafkaPython } from '../clients/kafka-python.js';
import { hasCommand, missing } from '../harness/env.js';
import { useBroker } from './fixture.js';
import { groupLifecycle } from './scenario.js';

const fixture = useBroker(test);

test('kcat -G: three members split, one leaves, one crashes, nothing is lost', async (t) => {
  const broker = fixture.ready(t, missing('kcat', hasCommand('kcat')));
  if (broker === undefined) return;
  await groupLifecycle(t, broker, {
    name: 'kcat',
    clients: ['kcat', 'kcat', 'kcat'],
    assignor: 'range',
    seed: 21,
  });
});

test('kafka-python: three members split, one leaves, one crashes, nothing is lost', async (t) => {
  const broker = fixture.ready(t, missing('kafka-python for /usr/bin/python3', hasKafkaPython()));
  if (broker === undefined) return;
  await groupLifecycle(t, broker, {
    name: 'kafka-python',
    clients: ['kafka-python', 'kafka-python', 'kafka-python'],
    assignor: 'roundrobin',
    seed: 31,
  });
});
