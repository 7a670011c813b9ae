// Runs each real-client metadata driver (kcat, kafka-python, kafkajs) against the reference
// Apache Kafka broker and checks what every client must see: one broker, the cluster's controller,
// and a topic auto-created by name with num.partitions partitions. The same drivers later point at
// GOssip. A missing client or broker skips locally and fails under CI=true.
import test, { type ExecutionContext } from 'ava';
import { hasCommand, missing } from '../harness/env.js';
import {
  type ReferenceKafka,
  referenceKafkaAvailable,
  startReferenceKafka,
} from '../harness/reference-kafka.js';
import type { ClientMetadata } from './client-metadata.js';
import { hasKafkaPython, kafkaPythonMetadata } from './kafka-python.js';
import { kafkajsMetadata } from './kafkajs-metadata.js';
import { kcatListMetadata, kcatMetadata } from './kcat.js';

const numPartitions = 3;
const brokerWhat = 'java and mvn (for the reference Kafka broker)';

// One broker for the whole file: each test asks for its own topic.
let kafka: ReferenceKafka | undefined;

test.before(async () => {
  if (referenceKafkaAvailable()) kafka = await startReferenceKafka({ numPartitions });
});

test.after.always(async () => {
  await kafka?.stop();
});

function assertShape(
  t: ExecutionContext,
  broker: ReferenceKafka,
  metadata: ClientMetadata,
  topic: string,
): void {
  t.deepEqual(metadata.brokers, [{ nodeId: 1, host: broker.host, port: broker.port, rack: null }]);
  t.is(metadata.controllerId, 1);
  t.deepEqual(metadata.autoCreated, { name: topic, partitions: [0, 1, 2] });
  t.true(metadata.topics.includes(topic), `${topic} is listed after auto-creation`);
  t.not(metadata.clientVersion, '');
}

test.serial('kcat sees one broker and auto-creates a topic', async (t) => {
  const skip = missing(brokerWhat, referenceKafkaAvailable()) ?? missing('kcat', hasCommand('kcat'));
  if (skip || !kafka) {
    t.log(`skipped: ${skip}`);
    t.pass();
    return;
  }
  const topic = 'compat-kcat-auto';
  const metadata = await kcatMetadata({ bootstrap: kafka.bootstrap, topic });
  assertShape(t, kafka, metadata, topic);
  t.is(metadata.client, 'kcat');
  t.is(metadata.clusterId, null, 'kcat -J does not print the cluster id');
});

test.serial('kcat passes -X settings through (debug=protocol goes to stderr)', async (t) => {
  const skip = missing(brokerWhat, referenceKafkaAvailable()) ?? missing('kcat', hasCommand('kcat'));
  if (skip || !kafka) {
    t.log(`skipped: ${skip}`);
    t.pass();
    return;
  }
  const { metadata, stderr } = await kcatListMetadata({
    bootstrap: kafka.bootstrap,
    config: { debug: 'protocol' },
  });
  t.is(metadata.brokers.length, 1);
  t.regex(stderr, /ApiVersion/);
});

test.serial('kafka-python sees one broker, auto-creates a topic and infers broker 2.5.0', async (t) => {
  const skip =
    missing(brokerWhat, referenceKafkaAvailable()) ??
    missing('kafka-python for /usr/bin/python3 (python3-kafka)', hasKafkaPython());
  if (skip || !kafka) {
    t.log(`skipped: ${skip}`);
    t.pass();
    return;
  }
  const topic = 'compat-kafka-python-auto';
  const metadata = await kafkaPythonMetadata({ bootstrap: kafka.bootstrap, topic });
  assertShape(t, kafka, metadata, topic);
  t.is(metadata.client, 'kafka-python');
  t.is(metadata.clusterId, kafka.clusterId);
  // Kafka 3.9 advertises DescribeAcls v2, the newest probe kafka-python 2.0.2 knows.
  t.deepEqual(metadata.apiVersion, [2, 5, 0]);
});

test.serial('kafkajs sees one broker and auto-creates a topic', async (t) => {
  const skip = missing(brokerWhat, referenceKafkaAvailable());
  if (skip || !kafka) {
    t.log(`skipped: ${skip}`);
    t.pass();
    return;
  }
  const topic = 'compat-kafkajs-auto';
  const metadata = await kafkajsMetadata({ bootstrap: kafka.bootstrap, topic });
  assertShape(t, kafka, metadata, topic);
  t.is(metadata.client, 'kafkajs');
  t.is(metadata.clusterId, kafka.clusterId);
});
