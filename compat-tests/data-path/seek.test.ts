// Seeking: records with known CreateTimes (10 ms apart) are produced once by the Java client, then
// each consumer starts at an offset (exactly records X..end of that partition must come back) and at
// a timestamp (ListOffsets by time: kcat -o s@T and -Q, Java offsetsForTimes, kafka-python
// offsets_for_times): per partition, the first record with timestamp >= T, or none past the end.
import { rm } from 'node:fs/promises';
import test, { type ExecutionContext } from 'ava';
import { javaConsume, javaOffsetsForTimes, javaProduce } from '../clients/java-data.js';
import { hasKafkaPython } from '../clients/kafka-python.js';
import { kafkaPythonConsume, kafkaPythonOffsetsForTimes } from '../clients/kafka-python-data.js';
import { kcatConsume, runBinary } from '../clients/kcat-produce.js';
import { hasCommand, missing, tempDir } from '../harness/env.js';
import { javaToolsAvailable } from '../harness/java-client.js';
import {
  autoCreatedPartitions,
  brokerMissing,
  type DataPathBroker,
  startBroker,
  targetKind,
} from './broker.js';
import { assertRecords } from './check.js';
import { defaultBaseTimestamp, generateRecords, type TestRecord } from './records.js';

const partitions = autoCreatedPartitions;
const stepMs = 10;
const records = generateRecords({ count: 3_000, seed: 303, partitions, timestampStepMs: stepMs });
const topic = 'dp-seek';
const seekPartition = 1;
const seekOffset = 400;
/** Between record 1500's and 1501's timestamps. */
const seekTimestamp = defaultBaseTimestamp + 1500 * stepMs + 5;
const afterLast = defaultBaseTimestamp + records.length * stepMs + 60_000;

let broker: DataPathBroker | undefined;
let skip: string | undefined;
const workDir = tempDir('data-path-seek');

test.before(async () => {
  skip = brokerMissing(targetKind()) ?? missing('java and mvn', javaToolsAvailable());
  if (skip !== undefined) return;
  broker = await startBroker(targetKind());
  await javaProduce({ bootstrap: broker.bootstrap, topic, records, codec: 'lz4', workDir });
});

test.after.always(async () => {
  await broker?.stop();
  await rm(workDir, { recursive: true, force: true });
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

function inPartition(p: number): TestRecord[] {
  return records.filter((r) => r.partition === p);
}

/** Per partition: the records from the first with timestamp >= ts, and that record's offset. */
function fromTimestamp(ts: number): {
  expected: TestRecord[];
  startOffsets: number[];
  offsets: Array<number | null>;
} {
  const expected: TestRecord[] = [];
  const startOffsets: number[] = [];
  const offsets: Array<number | null> = [];
  for (let p = 0; p < partitions; p++) {
    const all = inPartition(p);
    const first = all.findIndex((r) => r.timestamp >= ts);
    startOffsets.push(first < 0 ? all.length : first);
    offsets.push(first < 0 ? null : first);
    if (first >= 0) expected.push(...all.slice(first));
  }
  return { expected, startOffsets, offsets };
}

const fromOffset = inPartition(seekPartition).slice(seekOffset);
const offsetStarts = [0, 0, 0].map((zero, p) => (p === seekPartition ? seekOffset : zero));

test.serial('kcat -p P -o X reads exactly records X..end of partition P', async (t) => {
  const b = ready(t, missing('kcat', hasCommand('kcat')));
  if (!b) return;
  const consumed = await kcatConsume({
    bootstrap: b.bootstrap,
    topic,
    partition: seekPartition,
    offset: String(seekOffset),
  });
  assertRecords(t, 'kcat', fromOffset, consumed, {
    partitions,
    startOffsets: offsetStarts,
    timestamps: true,
  });
});

test.serial('Java assign + seek(X) reads exactly records X..end', async (t) => {
  const b = ready(t);
  if (!b) return;
  const consumed = await javaConsume({
    bootstrap: b.bootstrap,
    topic,
    partition: seekPartition,
    offset: seekOffset,
  });
  assertRecords(t, 'Java', fromOffset, consumed, {
    partitions,
    startOffsets: offsetStarts,
    timestamps: true,
  });
});

test.serial('kafka-python assign + seek(X) reads exactly records X..end', async (t) => {
  const b = ready(t, missing('kafka-python (python3-kafka)', hasKafkaPython()));
  if (!b) return;
  const consumed = await kafkaPythonConsume({
    bootstrap: b.bootstrap,
    topic,
    partition: seekPartition,
    offset: seekOffset,
  });
  assertRecords(t, 'kafka-python', fromOffset, consumed, {
    partitions,
    startOffsets: offsetStarts,
    timestamps: true,
  });
});

test.serial('kcat -o s@T starts every partition at the first record with timestamp >= T', async (t) => {
  const b = ready(t, missing('kcat', hasCommand('kcat')));
  if (!b) return;
  const { expected, startOffsets } = fromTimestamp(seekTimestamp);
  const consumed = await kcatConsume({ bootstrap: b.bootstrap, topic, offset: `s@${seekTimestamp}` });
  assertRecords(t, 'kcat', expected, consumed, { partitions, startOffsets, timestamps: true });
});

test.serial('kcat -Q answers ListOffsets by time per partition (-1 past the last record)', async (t) => {
  const b = ready(t, missing('kcat', hasCommand('kcat')));
  if (!b) return;
  const query = (ts: number) => [0, 1, 2].flatMap((p) => ['-t', `${topic}:${p}:${ts}`]);
  const { stdout } = await runBinary(
    'kcat',
    ['-Q', '-J', '-b', b.bootstrap, ...query(seekTimestamp)],
    30_000,
  );
  const answer = JSON.parse(stdout.toString('utf8')) as Record<string, Record<string, { offset: number }>>;
  const expected = fromTimestamp(seekTimestamp).offsets;
  t.deepEqual(
    [0, 1, 2].map((p) => answer[topic]?.[String(p)]?.offset),
    expected,
  );
  const past = await runBinary('kcat', ['-Q', '-J', '-b', b.bootstrap, ...query(afterLast)], 30_000);
  const pastAnswer = JSON.parse(past.stdout.toString('utf8')) as typeof answer;
  t.deepEqual(
    [0, 1, 2].map((p) => pastAnswer[topic]?.[String(p)]?.offset),
    [-1, -1, -1],
  );
});

test.serial('Java offsetsForTimes and a seek to them', async (t) => {
  const b = ready(t);
  if (!b) return;
  const { expected, startOffsets, offsets } = fromTimestamp(seekTimestamp);
  const found = await javaOffsetsForTimes(b.bootstrap, topic, seekTimestamp);
  t.deepEqual(
    [0, 1, 2].map((p) => found[String(p)]?.offset ?? null),
    offsets,
  );
  for (let p = 0; p < partitions; p++) {
    const first = inPartition(p)[offsets[p] ?? -1];
    t.is(found[String(p)]?.timestamp, first?.timestamp, `partition ${p}: the found record's timestamp`);
  }
  const exact = inPartition(2)[10]!.timestamp;
  t.is(
    (await javaOffsetsForTimes(b.bootstrap, topic, exact))['2']?.offset,
    10,
    'an exact timestamp finds its record',
  );
  t.deepEqual(await javaOffsetsForTimes(b.bootstrap, topic, afterLast), { '0': null, '1': null, '2': null });
  const consumed = await javaConsume({ bootstrap: b.bootstrap, topic, timestamp: seekTimestamp });
  assertRecords(t, 'Java', expected, consumed, { partitions, startOffsets, timestamps: true });
});

test.serial('kafka-python offsets_for_times and a seek to them', async (t) => {
  const b = ready(t, missing('kafka-python (python3-kafka)', hasKafkaPython()));
  if (!b) return;
  const { expected, startOffsets, offsets } = fromTimestamp(seekTimestamp);
  const found = await kafkaPythonOffsetsForTimes(b.bootstrap, topic, seekTimestamp);
  t.deepEqual(
    [0, 1, 2].map((p) => found[String(p)]?.offset ?? null),
    offsets,
  );
  t.deepEqual(await kafkaPythonOffsetsForTimes(b.bootstrap, topic, afterLast), {
    '0': null,
    '1': null,
    '2': null,
  });
  const consumed = await kafkaPythonConsume({ bootstrap: b.bootstrap, topic, timestamp: seekTimestamp });
  assertRecords(t, 'kafka-python', expected, consumed, { partitions, startOffsets, timestamps: true });
});
