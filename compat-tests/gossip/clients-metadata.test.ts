// Real clients (kcat/librdkafka, kafkajs, kafka-python, the Java AdminClient) against a real GOssip
// broker process: the cluster they see (one broker, the cluster id from the ready line), topics
// auto-created through Metadata with num.partitions=3, "unknown topic" answers from a second broker
// with auto.create.topics.enable=false, and cluster id and topic ids surviving a restart on the
// same data dir. A missing client skips its test locally and fails it under CI=true.
import { rm } from 'node:fs/promises';
import test, { type ExecutionContext } from 'ava';
import { hasKafkaPython, kafkaPythonMetadata } from '../clients/kafka-python.js';
import { kafkajsMetadata } from '../clients/kafkajs-metadata.js';
import { type KcatMetadataJson, kcatListMetadata, kcatMetadata } from '../clients/kcat.js';
import { hasCommand, missing, tempDir } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import { javaToolsAvailable } from '../harness/java-client.js';
import { javaAdminMetadata } from './java-admin.js';
import { kafkajsCluster, kafkajsMissingTopic, kafkajsTopicPartitions } from './kafkajs-topics.js';
import { kafkaPythonMissingTopic } from './python-missing-topic.js';

const props = { 'num.partitions': '3' };
const noAutoCreateProps = { 'num.partitions': '3', 'auto.create.topics.enable': 'false' };
/** What every auto-created partition looks like on a one-node cluster. */
const onNodeOne = { leader: 1, replicas: [1], isr: [1] };
const zeroUuid = 'AAAAAAAAAAAAAAAAAAAAAA';
const UNKNOWN_TOPIC_OR_PARTITION = 3;

const topics = {
  kcat: 'gossip-kcat-auto',
  kafkajs: 'gossip-kafkajs-auto',
  kafkaPython: 'gossip-kafka-python-auto',
  java: 'gossip-java-auto',
};

const dataDir = tempDir('clients-metadata');
// One broker (restarted once, on the same data dir, by the last test) and one without auto-create.
let gossip: GossipBroker | undefined;
let noAutoCreate: GossipBroker | undefined;

test.before(async () => {
  gossip = await startGossip({ dataDir, props });
  noAutoCreate = await startGossip({ props: noAutoCreateProps });
});

test.after.always(async () => {
  await gossip?.stop();
  await noAutoCreate?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

function broker(): GossipBroker {
  if (!gossip) throw new Error('the GOssip broker did not start');
  return gossip;
}

function brokerWithoutAutoCreate(): GossipBroker {
  if (!noAutoCreate) throw new Error('the GOssip broker without auto-create did not start');
  return noAutoCreate;
}

/** Logs why a test is skipped (locally only; missing() throws under CI=true). */
function skipped(t: ExecutionContext, reason: string | undefined): boolean {
  if (reason === undefined) return false;
  t.log(`skipped: ${reason}`);
  t.pass();
  return true;
}

const noKcat = (): string | undefined => missing('kcat', hasCommand('kcat'));
const noKafkaPython = (): string | undefined =>
  missing('kafka-python for /usr/bin/python3 (python3-kafka)', hasKafkaPython());
const noJava = (): string | undefined => missing('java and mvn (for the Java client)', javaToolsAvailable());

function kcatPartitions(metadata: KcatMetadataJson, topic: string) {
  const entry = metadata.topics.find((t) => t.topic === topic);
  return (entry?.partitions ?? []).map((p) => ({
    partition: p.partition,
    leader: p.leader,
    replicas: p.replicas.map((r) => r.id),
    isr: p.isrs.map((r) => r.id),
  }));
}

function threePartitionsOnNodeOne(): {
  partition: number;
  leader: number;
  replicas: number[];
  isr: number[];
}[] {
  return [0, 1, 2].map((partition) => ({ partition, ...onNodeOne }));
}

/** Log lines at warn level or above (pino: 40 warn, 50 error, 60 fatal), and anything not JSON. */
function loggedProblems(logs: string): string[] {
  return logs
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => {
      try {
        return ((JSON.parse(line) as { level?: number }).level ?? 0) >= 40;
      } catch {
        return true;
      }
    });
}

/** Lexicographic comparison of version tuples such as kafka-python's (1, 0, 0). */
function versionAtLeast(version: number[], minimum: number[]): boolean {
  for (let i = 0; i < minimum.length; i++) {
    const have = version[i] ?? 0;
    const need = minimum[i] ?? 0;
    if (have !== need) return have > need;
  }
  return true;
}

test.serial('kcat -L lists exactly one broker, GOssip itself, after ApiVersions v3', async (t) => {
  if (skipped(t, noKcat())) return;
  const g = broker();
  const { metadata, stderr } = await kcatListMetadata({
    bootstrap: g.bootstrap,
    config: { debug: 'protocol,broker' },
  });
  t.deepEqual(metadata.brokers, [{ id: 1, name: `${g.host}:${g.port}` }]);
  t.is(metadata.controllerid, 1);
  t.is(metadata.originating_broker.id, 1);
  // librdkafka 2.0.2 opens with ApiVersions v3; GOssip must answer it without a downgrade.
  t.regex(stderr, /Received ApiVersionResponse \(v3,/);
  t.notRegex(stderr, /ApiVersionRequest failed|retrying with v0/i);
});

test.serial('kcat -L -t NEW auto-creates NEW with 3 partitions on node 1', async (t) => {
  if (skipped(t, noKcat())) return;
  const g = broker();
  const topic = topics.kcat;
  const before = (await kcatListMetadata({ bootstrap: g.bootstrap })).metadata;
  t.false(
    before.topics.some((x) => x.topic === topic),
    'the topic does not exist before kcat asks',
  );
  const metadata = await kcatMetadata({ bootstrap: g.bootstrap, topic });
  t.deepEqual(metadata.autoCreated, { name: topic, partitions: [0, 1, 2] });
  t.true(metadata.topics.includes(topic), 'kcat -L lists the auto-created topic');
  const described = (await kcatListMetadata({ bootstrap: g.bootstrap, topic })).metadata;
  t.deepEqual(kcatPartitions(described, topic), threePartitionsOnNodeOne());
});

test.serial('kafkajs admin sees the cluster and a topic auto-created by a consumer', async (t) => {
  const g = broker();
  const topic = topics.kafkajs;
  const metadata = await kafkajsMetadata({ bootstrap: g.bootstrap, topic });
  t.is(metadata.clusterId, g.clusterId, 'describeCluster returns the cluster id of the ready line');
  t.deepEqual(metadata.brokers, [{ nodeId: 1, host: g.host, port: g.port, rack: null }]);
  t.is(metadata.controllerId, 1);
  t.deepEqual(metadata.autoCreated, { name: topic, partitions: [0, 1, 2] });
  t.true(metadata.topics.includes(topic), 'listTopics includes the auto-created topic');
  const partitions = await kafkajsTopicPartitions(g.bootstrap, [topic]);
  t.deepEqual(
    partitions[topic],
    threePartitionsOnNodeOne().map((p) => ({ ...p, errorCode: 0 })),
  );
});

test.serial(
  'kafka-python describes the cluster, auto-creates a topic and infers a broker version',
  async (t) => {
    if (skipped(t, noKafkaPython())) return;
    const g = broker();
    const topic = topics.kafkaPython;
    const metadata = await kafkaPythonMetadata({ bootstrap: g.bootstrap, topic });
    t.is(metadata.clusterId, g.clusterId);
    t.deepEqual(metadata.brokers, [{ nodeId: 1, host: g.host, port: g.port, rack: null }]);
    t.is(metadata.controllerId, 1);
    t.deepEqual(metadata.autoCreated, { name: topic, partitions: [0, 1, 2] });
    t.true(metadata.topics.includes(topic), 'list_topics includes the auto-created topic');
    const version = metadata.apiVersion ?? [];
    t.log(`kafka-python ${metadata.clientVersion} infers broker version (${version.join(', ')})`);
    t.true(version.length >= 2, `an inferred version tuple, got ${JSON.stringify(metadata.apiVersion)}`);
    t.true(versionAtLeast(version, [0, 10, 0]), `(${version.join(', ')}) >= (0, 10, 0)`);
  },
);

test.serial('Java AdminClient sees the cluster id, one node and an auto-created topic', async (t) => {
  if (skipped(t, noJava())) return;
  const g = broker();
  const topic = topics.java;
  const output = await javaAdminMetadata({ bootstrap: g.bootstrap, topic });
  t.is(output.clusterId, g.clusterId);
  t.is(output.controllerId, 1);
  t.deepEqual(output.nodes, [{ id: 1, host: g.host, port: g.port, rack: null }]);
  t.false(output.topics.includes(topic), 'the topic exists only after the producer asks for it');
  t.is(output.autoCreated?.name, topic);
  t.false(output.autoCreated?.internal);
  t.deepEqual(output.autoCreated?.partitions, threePartitionsOnNodeOne());
  const topicId = output.autoCreated?.topicId;
  t.truthy(topicId);
  t.not(topicId, zeroUuid, 'Metadata v10+ carries a real topic id');
  for (const [name, id] of Object.entries(output.topicIds)) t.not(id, zeroUuid, `${name} has a topic id`);
});

test.serial('auto-create off: kcat gets "Unknown topic or partition"', async (t) => {
  if (skipped(t, noKcat())) return;
  const g = brokerWithoutAutoCreate();
  const topic = 'gossip-missing-kcat';
  const { metadata } = await kcatListMetadata({ bootstrap: g.bootstrap, topic });
  t.deepEqual(
    metadata.topics.map((x) => ({ topic: x.topic, error: x.error, partitions: x.partitions })),
    [{ topic, error: 'Broker: Unknown topic or partition', partitions: [] }],
  );
});

test.serial('auto-create off: kafkajs admin and consumer get UNKNOWN_TOPIC_OR_PARTITION', async (t) => {
  const g = brokerWithoutAutoCreate();
  const result = await kafkajsMissingTopic(g.bootstrap, 'gossip-missing-kafkajs');
  t.deepEqual(result, {
    fetchTopicMetadata: 'UNKNOWN_TOPIC_OR_PARTITION',
    subscribe: 'UNKNOWN_TOPIC_OR_PARTITION',
  });
});

test.serial('auto-create off: kafka-python admin and client get UNKNOWN_TOPIC_OR_PARTITION', async (t) => {
  if (skipped(t, noKafkaPython())) return;
  const g = brokerWithoutAutoCreate();
  const result = await kafkaPythonMissingTopic(g.bootstrap, 'gossip-missing-kafka-python');
  t.is(result.adminErrorCode, UNKNOWN_TOPIC_OR_PARTITION, 'describe_topics error code');
  t.is(result.clientErrorCode, UNKNOWN_TOPIC_OR_PARTITION, 'Metadata v1 (auto-creating) error code');
  t.deepEqual(result.clientPartitions, []);
  t.deepEqual(result.topics, []);
  t.true(versionAtLeast(result.apiVersion, [0, 10, 0]));
});

test.serial('auto-create off: Java describeTopics fails and partitionsFor times out', async (t) => {
  if (skipped(t, noJava())) return;
  const g = brokerWithoutAutoCreate();
  const topic = 'gossip-missing-java';
  const output = await javaAdminMetadata({ bootstrap: g.bootstrap, topic, expectMissing: true });
  t.is(output.clusterId, g.clusterId);
  t.deepEqual(output.missing, {
    describeTopics: 'org.apache.kafka.common.errors.UnknownTopicOrPartitionException',
    partitionsFor: 'org.apache.kafka.common.errors.TimeoutException',
    partitionsForMessage: `Topic ${topic} not present in metadata after 3000 ms.`,
  });
});

test.serial('auto-create off: no client created a topic (kcat -L)', async (t) => {
  if (skipped(t, noKcat())) return;
  const g = brokerWithoutAutoCreate();
  const { metadata } = await kcatListMetadata({ bootstrap: g.bootstrap });
  t.deepEqual(metadata.topics, []);
  t.deepEqual(metadata.brokers, [{ id: 1, name: `${g.host}:${g.port}` }]);
});

test.serial('restart on the same data dir keeps the cluster id, topics and topic ids', async (t) => {
  const before = broker();
  const clusterBefore = await kafkajsCluster(before.bootstrap);
  t.true(clusterBefore.topics.includes(topics.kafkajs), 'earlier tests auto-created topics');
  const javaSkip = noJava();
  const idsBefore = javaSkip
    ? undefined
    : (await javaAdminMetadata({ bootstrap: before.bootstrap, topic: topics.kafkajs })).topicIds;

  t.deepEqual(loggedProblems(before.logs()), [], 'no warnings or errors before the restart');
  t.is(await before.stop(), 0, 'SIGTERM ends the broker cleanly');
  gossip = undefined;
  gossip = await startGossip({ dataDir, props });
  const after = gossip;

  t.is(after.clusterId, before.clusterId, 'the ready line shows the same cluster id');
  const clusterAfter = await kafkajsCluster(after.bootstrap);
  t.is(clusterAfter.clusterId, before.clusterId);
  t.deepEqual(clusterAfter.brokers, [{ nodeId: 1, host: after.host, port: after.port }]);
  t.deepEqual(clusterAfter.topics, clusterBefore.topics);
  const partitions = await kafkajsTopicPartitions(after.bootstrap, clusterBefore.topics);
  for (const name of clusterBefore.topics) {
    t.deepEqual(
      partitions[name],
      threePartitionsOnNodeOne().map((p) => ({ ...p, errorCode: 0 })),
      `${name} keeps its partitions`,
    );
  }

  if (javaSkip) {
    t.log(`topic ids not compared: ${javaSkip}`);
  } else {
    const javaAfter = await javaAdminMetadata({ bootstrap: after.bootstrap, topic: topics.kafkajs });
    t.is(javaAfter.clusterId, before.clusterId);
    t.deepEqual(javaAfter.nodes, [{ id: 1, host: after.host, port: after.port, rack: null }]);
    t.deepEqual(javaAfter.topicIds, idsBefore, 'every topic keeps its topic id');
  }

  if (!noKcat()) {
    const { metadata } = await kcatListMetadata({ bootstrap: after.bootstrap });
    t.deepEqual(metadata.brokers, [{ id: 1, name: `${after.host}:${after.port}` }]);
  }
});

test.serial('GOssip logged no warnings or errors while serving these clients', (t) => {
  t.deepEqual(loggedProblems(broker().logs()), [], 'restarted broker');
  t.deepEqual(loggedProblems(brokerWithoutAutoCreate().logs()), [], 'broker without auto-create');
});
