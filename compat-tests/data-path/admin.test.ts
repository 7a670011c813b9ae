// Topic administration through each client's own admin API, asserting what Kafka 3.9 answers:
// create a topic with partitions and configs, describe its configs, alter one, add partitions,
// delete records (Java deleteRecords, kafkajs deleteTopicRecords; kafka-python 2.0.2 has none) and
// delete the topic. Runs against GOssip, or against Kafka 3.9 with DATA_PATH_BROKER=kafka.
import { fileURLToPath } from 'node:url';
import test, { type ExecutionContext } from 'ava';
import { javaAdminOps } from '../clients/java-data.js';
import { hasKafkaPython, systemPython } from '../clients/kafka-python.js';
import { kafkajsAdminOps } from '../clients/kafkajs-admin-ops.js';
import { parseLastJsonLine, runProgram } from '../clients/run-program.js';
import { missing } from '../harness/env.js';
import { javaToolsAvailable } from '../harness/java-client.js';
import { brokerMissing, type DataPathBroker, startBroker, targetKind } from './broker.js';

let broker: DataPathBroker | undefined;
let skip: string | undefined;

test.before(async () => {
  skip = brokerMissing(targetKind());
  if (skip === undefined) broker = await startBroker(targetKind());
});

test.after.always(async () => {
  await broker?.stop();
});

function ready(t: ExecutionContext, clientSkip?: string): DataPathBroker | undefined {
  const why = skip ?? clientSkip;
  if (why !== undefined || broker === undefined) {
    t.log(`skipped: ${why}`);
    t.pass();
    return undefined;
  }
  return broker;
}

const dynamic = 'DYNAMIC_TOPIC_CONFIG';

test.serial(
  'Java AdminClient: create, describe, alter, add partitions, delete records, delete',
  async (t) => {
    const b = ready(t, missing('java and mvn', javaToolsAvailable()));
    if (!b) return;
    const result = await javaAdminOps(b.bootstrap, 'dp-admin-java');
    t.deepEqual(result, {
      partitionsAfterCreate: 2,
      configsAfterCreate: {
        'retention.ms': { value: '86400000', source: dynamic },
        'max.message.bytes': { value: '500000', source: dynamic },
        'cleanup.policy': { value: 'delete', source: 'DEFAULT_CONFIG' },
        entries: true,
      },
      configsAfterAlter: {
        'retention.ms': { value: '3600000', source: dynamic },
        'max.message.bytes': { value: '500000', source: dynamic },
        'cleanup.policy': { value: 'delete', source: 'DEFAULT_CONFIG' },
        entries: true,
      },
      partitionsAfterCreatePartitions: 4,
      lowWatermark: 4,
      earliest: 4,
      latest: 10,
      listedAfterDelete: false,
    });
  },
);

test.serial(
  'kafkajs admin: create, describe, alter, add partitions, deleteTopicRecords, delete',
  async (t) => {
    const b = ready(t);
    if (!b) return;
    const result = await kafkajsAdminOps(b.bootstrap, 'dp-admin-kafkajs');
    t.deepEqual(result, {
      created: true,
      partitionsAfterCreate: 2,
      configsAfterCreate: {
        'retention.ms': '86400000',
        'max.message.bytes': '500000',
        'cleanup.policy': 'delete',
      },
      configsAfterAlter: {
        'retention.ms': '3600000',
        'max.message.bytes': '500000',
        'cleanup.policy': 'delete',
      },
      partitionsAfterCreatePartitions: 4,
      offsetsAfterDeleteRecords: { partition: 0, low: '4', high: '10' },
      listedAfterDelete: false,
    });
  },
);

test.serial('kafka-python KafkaAdminClient: create, describe, alter, add partitions, delete', async (t) => {
  const b = ready(t, missing('kafka-python for /usr/bin/python3 (python3-kafka)', hasKafkaPython()));
  if (!b) return;
  const script = fileURLToPath(new URL('../clients/python_admin.py', import.meta.url));
  const { stdout } = await runProgram(
    systemPython,
    ['-B', script, '--bootstrap', b.bootstrap, '--topic', 'dp-admin-python'],
    60_000,
  );
  t.deepEqual(parseLastJsonLine(stdout, 'python_admin.py'), {
    createErrors: [0],
    partitionsAfterCreate: 2,
    configsAfterCreate: {
      errorCode: 0,
      'retention.ms': '86400000',
      'max.message.bytes': '500000',
      'cleanup.policy': 'delete',
    },
    alterErrors: [0],
    configsAfterAlter: {
      errorCode: 0,
      'retention.ms': '3600000',
      'max.message.bytes': '500000',
      'cleanup.policy': 'delete',
    },
    createPartitionsErrors: [0],
    partitionsAfterCreatePartitions: 4,
    deleteErrors: [0],
    listedAfterDelete: false,
  });
});
