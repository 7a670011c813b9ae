// Consumer groups with kafkajs 2.2.4 members (each in its own process): split, clean leave and
// crash (SIGKILL) on a six-partition topic (see scenario.ts). GROUPS_BROKER=kafka runs it against
// the reference Kafka 3.9; the default is GOssip (`npm run build` first).
import test from 'ava';
import { useBroker } from './fixture.js';
import { groupLifecycle } from './scenario.js';

const fixture = useBroker(test);

test('kafkajs: three members split, one leaves, one crashes, nothing is lost', async (t) => {
  const broker = fixture.ready(t);
  if (broker === undefined) return;
  await groupLifecycle(t, broker, {
    name: 'kafkajs',
    clients: ['kafkajs', 'kafkajs', 'kafkajs'],
    assignor: 'roundrobin',
    seed: 11,
    victimCommitDelayMs: 3_000,
  });
});
