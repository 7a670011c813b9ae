// Checks the reference Apache Kafka broker and the Java client program together: start a KRaft
// broker with num.partitions=3, run gossip.compat.AdminMetadata against it, and check the cluster
// it reports and the topic that a producer's Metadata request auto-created.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import test from 'ava';
import { missing } from './env.js';
import { runJavaMain } from './java-client.js';
import { referenceKafkaAvailable, startReferenceKafka } from './reference-kafka.js';

interface AdminMetadataOutput {
  clusterId: string;
  controllerId: number | null;
  nodes: { id: number; host: string; port: number; rack: string | null }[];
  topics: string[];
  autoCreated: {
    name: string;
    partitions: { partition: number; leader: number | null; replicas: number[]; isr: number[] }[];
  };
}

test.serial(
  'reference Kafka serves cluster metadata and auto-creates topics for the Java client',
  async (t) => {
    const skip = missing('java and mvn (for the reference Kafka broker)', referenceKafkaAvailable());
    if (skip) {
      t.log(`skipped: ${skip}`);
      t.pass();
      return;
    }
    const kafka = await startReferenceKafka({ numPartitions: 3 });
    t.teardown(() => kafka.stop());

    const topic = 'compat-auto-created';
    const result = await runJavaMain('gossip.compat.AdminMetadata', [
      '--bootstrap',
      kafka.bootstrap,
      '--topic',
      topic,
    ]);
    t.is(result.code, 0, `AdminMetadata failed:\n${result.stderr}\nbroker log:\n${kafka.logs()}`);
    const output = JSON.parse(result.stdout) as AdminMetadataOutput;

    t.is(output.clusterId, kafka.clusterId);
    t.deepEqual(output.nodes, [{ id: 1, host: kafka.host, port: kafka.port, rack: null }]);
    t.false(output.topics.includes(topic), 'the topic exists only after the Metadata request');
    t.is(output.autoCreated.name, topic);
    t.deepEqual(
      output.autoCreated.partitions,
      [0, 1, 2].map((partition) => ({ partition, leader: 1, replicas: [1], isr: [1] })),
    );
  },
);

test.serial('reference Kafka stop() ends the broker and removes its data dir', async (t) => {
  const skip = missing('java and mvn (for the reference Kafka broker)', referenceKafkaAvailable());
  if (skip) {
    t.log(`skipped: ${skip}`);
    t.pass();
    return;
  }
  const kafka = await startReferenceKafka({ autoCreateTopics: false });
  t.teardown(() => kafka.stop());
  t.true(existsSync(kafka.dataDir));
  await kafka.stop();
  t.false(existsSync(kafka.dataDir));
  const refused = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: kafka.host, port: kafka.port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
  t.true(refused, 'nothing listens on the broker port after stop()');
});
