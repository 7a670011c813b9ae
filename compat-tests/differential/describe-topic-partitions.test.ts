// Differential test of DescribeTopicPartitions (the API behind kafka-topics --describe): all topics,
// named topics, an unknown topic, and paging with response_partition_limit and a cursor, compared
// between the reference Kafka 3.9 and GOssip.
import test from 'ava';
import { CreateTopicsApi } from '../../wire/generated/api/019-create-topics.js';
import { DescribeTopicPartitionsApi } from '../../wire/generated/api/075-describe-topic-partitions.js';
import { missing } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import {
  type ReferenceKafka,
  referenceKafkaAvailable,
  startReferenceKafka,
} from '../harness/reference-kafka.js';
import { normalize } from './normalize.js';

let kafka: ReferenceKafka | undefined;
let gossip: GossipBroker | undefined;
let clients: KafkaWireClient[] = [];
let skip: string | undefined;

test.before(async () => {
  skip = missing('java and mvn (for the reference Kafka broker)', referenceKafkaAvailable());
  if (skip) return;
  [kafka, gossip] = await Promise.all([startReferenceKafka(), startGossip()]);
  clients = [
    await KafkaWireClient.connect(kafka.host, kafka.port),
    await KafkaWireClient.connect(gossip.host, gossip.port),
  ];
  for (const c of clients) {
    await c.send(CreateTopicsApi, 7, {
      topics: [
        { name: 'dtp-a', numPartitions: 3, replicationFactor: 1 },
        { name: 'dtp-b', numPartitions: 5, replicationFactor: 1 },
      ],
      timeoutMs: 5000,
    });
  }
  // Kafka applies committed topics a moment after CreateTopics answers.
  for (let i = 0; i < 60; i++) {
    const res = await clients[0]!.send(DescribeTopicPartitionsApi, 0, { topics: [{ name: 'dtp-b' }] });
    if (res.topics[0]?.partitions.length === 5) break;
    await new Promise((r) => setTimeout(r, 100));
  }
});

test.after.always(async () => {
  for (const c of clients) c.close();
  await Promise.all([kafka?.stop(), gossip?.stop()]);
});

type Body = Parameters<typeof DescribeTopicPartitionsApi.encodeRequest>[2];

const cases: [string, Body][] = [
  ['all topics', { topics: [] }],
  ['named topics', { topics: [{ name: 'dtp-b' }, { name: 'dtp-a' }] }],
  ['an unknown topic', { topics: [{ name: 'dtp-missing' }, { name: 'dtp-a' }] }],
  [
    'a partition limit that cuts a topic',
    { topics: [{ name: 'dtp-a' }, { name: 'dtp-b' }], responsePartitionLimit: 4 },
  ],
  [
    'a cursor',
    { topics: [{ name: 'dtp-a' }, { name: 'dtp-b' }], cursor: { topicName: 'dtp-b', partitionIndex: 2 } },
  ],
];

for (const [label, body] of cases) {
  test.serial(`DescribeTopicPartitions v0: ${label}`, async (t) => {
    if (skip) {
      t.log(`skipped: ${skip}`);
      t.pass();
      return;
    }
    const [k, g] = await Promise.all(clients.map((c) => c.send(DescribeTopicPartitionsApi, 0, body)));
    t.deepEqual(normalize(g), normalize(k), label);
  });
}
