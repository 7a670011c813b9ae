// Every client produces the same seeded record set with every codec it supports (acks=all, three
// partitions, 10,000 records per codec, one full 100,000-record run per client), then kcat and the
// producing client (when it can consume without a group) read it all back, compared record by
// record. Runs against GOssip, or against Kafka 3.9 with DATA_PATH_BROKER=kafka.
import { rm } from 'node:fs/promises';
import test, { type ExecutionContext } from 'ava';
import { javaCodecs, javaConsume, javaProduce } from '../clients/java-data.js';
import { hasKafkaPython } from '../clients/kafka-python.js';
import {
  kafkaPythonCodecs,
  kafkaPythonConsume,
  kafkaPythonProduce,
  kafkaPythonProjection,
} from '../clients/kafka-python-data.js';
import { kafkajsProduce, kafkajsProjection, registerKafkajsCodecs } from '../clients/kafkajs-produce.js';
import { kcatCodecs, kcatConsume, kcatProduce, kcatProjection } from '../clients/kcat-produce.js';
import { hasCommand, missing, tempDir } from '../harness/env.js';
import { javaToolsAvailable } from '../harness/java-client.js';
import {
  autoCreatedPartitions,
  brokerMissing,
  type DataPathBroker,
  startBroker,
  targetKind,
} from './broker.js';
import { assertRecords, timed } from './check.js';
import { generateRecords, type TestRecord } from './records.js';

const kind = targetKind();
const partitions = autoCreatedPartitions;
const perCodec = generateRecords({ count: 10_000, seed: 101, partitions });
const full = generateRecords({ count: 100_000, seed: 202, partitions });
const codecs = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;
type CodecName = (typeof codecs)[number];

let broker: DataPathBroker | undefined;
let brokerSkip: string | undefined;
const workDir = tempDir('data-path');

test.before(async () => {
  brokerSkip = brokerMissing(kind);
  if (brokerSkip === undefined) broker = await startBroker(kind);
});

test.after.always(async () => {
  await broker?.stop();
  await rm(workDir, { recursive: true, force: true });
});

/** The broker, or undefined after logging why this test skips (a missing prerequisite). */
function ready(t: ExecutionContext, clientSkip: string | undefined): DataPathBroker | undefined {
  const skip = brokerSkip ?? clientSkip;
  if (skip !== undefined || broker === undefined) {
    t.log(`skipped: ${skip}`);
    t.pass();
    return undefined;
  }
  return broker;
}

function setFor(codec: CodecName, fullCodec: CodecName): { records: TestRecord[]; label: string } {
  return codec === fullCodec ? { records: full, label: '100k' } : { records: perCodec, label: '10k' };
}

test('the record set is deterministic and covers nulls, empties, sizes and headers', (t) => {
  const again = generateRecords({ count: 10_000, seed: 101, partitions });
  t.deepEqual(again, perCodec);
  t.true(perCodec.some((r) => r.key === null));
  t.true(perCodec.some((r) => r.value === null));
  t.true(perCodec.some((r) => r.value?.length === 0));
  t.true(perCodec.some((r) => (r.value?.length ?? 0) > 1500));
  t.true(perCodec.some((r) => r.headers.length === 3));
  t.true(perCodec.some((r) => r.headers.some(([, v]) => v === null)));
  t.deepEqual([...new Set(perCodec.map((r) => r.partition))].sort(), [0, 1, 2]);
});

// kcat (librdkafka 2.0.2): every codec; the 100k run uses zstd.
for (const codec of kcatCodecs) {
  const { records, label } = setFor(codec, 'zstd');
  test.serial(`kcat produces ${label} records with ${codec}; kcat reads them back`, async (t) => {
    const b = ready(t, missing('kcat', hasCommand('kcat')));
    if (!b) return;
    const topic = `dp-kcat-${codec}`;
    await timed(t, 'kcat produce', () =>
      kcatProduce({ bootstrap: b.bootstrap, topic, records, codec, workDir }),
    );
    const consumed = await timed(t, 'kcat consume', () => kcatConsume({ bootstrap: b.bootstrap, topic }));
    assertRecords(t, 'kcat', records.map(kcatProjection), consumed, { partitions, timestamps: false });
  });
}

// kafka-python 2.0.2: the codecs it can import (snappy/lz4/zstd need python3-snappy, python3-lz4,
// python3-zstandard); the 100k run uses lz4.
const pythonCodecs = hasKafkaPython() ? kafkaPythonCodecs() : [];
const pythonCodecPackage: Record<CodecName, string> = {
  none: 'python3-kafka',
  gzip: 'python3-kafka',
  snappy: 'python3-snappy',
  lz4: 'python3-lz4',
  zstd: 'python3-zstandard',
};
for (const codec of codecs) {
  const { records, label } = setFor(codec, 'lz4');
  test.serial(
    `kafka-python produces ${label} records with ${codec}; kcat and kafka-python read them back`,
    async (t) => {
      const clientSkip =
        missing('kafka-python for /usr/bin/python3 (python3-kafka)', hasKafkaPython()) ??
        missing(
          `kafka-python ${codec} support (${pythonCodecPackage[codec]})`,
          pythonCodecs.includes(codec),
        ) ??
        missing('kcat', hasCommand('kcat'));
      const b = ready(t, clientSkip);
      if (!b) return;
      const topic = `dp-python-${codec}`;
      const expected = records.map(kafkaPythonProjection);
      await timed(t, 'kafka-python produce', () =>
        kafkaPythonProduce({ bootstrap: b.bootstrap, topic, records, codec, workDir }),
      );
      const byKcat = await timed(t, 'kcat consume', () => kcatConsume({ bootstrap: b.bootstrap, topic }));
      assertRecords(t, 'kcat', expected, byKcat, { partitions, timestamps: true });
      const byPython = await timed(t, 'kafka-python consume', () =>
        kafkaPythonConsume({ bootstrap: b.bootstrap, topic }),
      );
      assertRecords(t, 'kafka-python', expected, byPython, { partitions, timestamps: true });
    },
  );
}

// The Java client 3.9: every codec; the 100k run uses snappy.
for (const codec of javaCodecs) {
  const { records, label } = setFor(codec, 'snappy');
  test.serial(`Java produces ${label} records with ${codec}; kcat and Java read them back`, async (t) => {
    const b = ready(t, missing('java and mvn', javaToolsAvailable()) ?? missing('kcat', hasCommand('kcat')));
    if (!b) return;
    const topic = `dp-java-${codec}`;
    await timed(t, 'Java produce', () =>
      javaProduce({ bootstrap: b.bootstrap, topic, records, codec, workDir }),
    );
    const byKcat = await timed(t, 'kcat consume', () => kcatConsume({ bootstrap: b.bootstrap, topic }));
    assertRecords(t, 'kcat', records, byKcat, { partitions, timestamps: true });
    const byJava = await timed(t, 'Java consume', () => javaConsume({ bootstrap: b.bootstrap, topic }));
    assertRecords(t, 'Java', records, byJava, { partitions, timestamps: true });
  });
}

// kafkajs 2.2.4: gzip built in, snappy/lz4/zstd registered from the native packages; the 100k run
// uses gzip. kafkajs has no group-less consumer, so kcat reads its records back.
const kafkajsCodecs = registerKafkajsCodecs();
for (const codec of codecs) {
  const { records, label } = setFor(codec, 'gzip');
  test.serial(`kafkajs produces ${label} records with ${codec}; kcat reads them back`, async (t) => {
    const clientSkip =
      missing(`a kafkajs ${codec} codec (native package)`, kafkajsCodecs.includes(codec)) ??
      missing('kcat', hasCommand('kcat'));
    const b = ready(t, clientSkip);
    if (!b) return;
    const topic = `dp-kafkajs-${codec}`;
    await timed(t, 'kafkajs produce', () =>
      kafkajsProduce({ bootstrap: b.bootstrap, topic, records, codec }),
    );
    const consumed = await timed(t, 'kcat consume', () => kcatConsume({ bootstrap: b.bootstrap, topic }));
    assertRecords(t, 'kcat', records.map(kafkajsProjection), consumed, { partitions, timestamps: true });
  });
}
