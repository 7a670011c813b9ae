// Kafka's own CLI tools (3.9.1, `java -cp`) against the broker under test and against the
// reference Kafka 3.9, with the same commands: kafka-topics --create/--list/--describe/--delete,
// kafka-configs --describe/--alter, kafka-console-producer (idempotence off), kafka-get-offsets and
// kafka-console-consumer --partition 0 --offset earliest (assign, no group coordinator needed).
// Kafka's normalized output is the expectation; with DATA_PATH_BROKER=kafka only Kafka runs.
import test from 'ava';
import { missing } from '../harness/env.js';
import { javaToolsAvailable } from '../harness/java-client.js';
import { brokerMissing, type DataPathBroker, startBroker, targetKind } from './broker.js';
import { kafkaTools, normalizeToolOutput, runKafkaTool } from './kafka-cli.js';

const topic = 'dp-cli';
const records = Array.from({ length: 30 }, (_, i) => `k${i}:value-${i}`);

interface StepOutput {
  step: string;
  code: number | null;
  stdout: string;
}

let reference: DataPathBroker | undefined;
let target: DataPathBroker | undefined;
let skip: string | undefined;

test.before(async () => {
  skip =
    missing('java and mvn', javaToolsAvailable()) ?? brokerMissing('kafka') ?? brokerMissing(targetKind());
  if (skip !== undefined) return;
  [reference, target] = await Promise.all([
    startBroker('kafka'),
    targetKind() === 'kafka' ? Promise.resolve(undefined) : startBroker(targetKind()),
  ]);
});

test.after.always(async () => {
  await Promise.all([reference?.stop(), target?.stop()]);
});

/** The whole CLI session against one broker, each step's output normalized. */
async function session(broker: DataPathBroker): Promise<StepOutput[]> {
  const server = ['--bootstrap-server', broker.bootstrap];
  const topicArgs = ['--entity-type', 'topics', '--entity-name', topic];
  const out: StepOutput[] = [];
  const run = async (step: string, className: string, args: string[], stdin?: string): Promise<string> => {
    const result = await runKafkaTool(className, [...server, ...args], stdin === undefined ? {} : { stdin });
    const stdout = normalizeToolOutput(result.stdout, broker);
    out.push({ step, code: result.code, stdout });
    return stdout;
  };
  await run('topics --create', kafkaTools.topics, [
    '--create',
    '--topic',
    topic,
    '--partitions',
    '3',
    '--replication-factor',
    '1',
    '--config',
    'retention.ms=3600000',
  ]);
  await run('topics --list', kafkaTools.topics, ['--list']);
  await run('topics --describe', kafkaTools.topics, ['--describe', '--topic', topic]);
  await run('configs --describe', kafkaTools.configs, [...topicArgs, '--describe']);
  await run('configs --alter', kafkaTools.configs, [
    ...topicArgs,
    '--alter',
    '--add-config',
    'retention.ms=7200000',
  ]);
  await run('configs --describe (altered)', kafkaTools.configs, [...topicArgs, '--describe']);
  await run(
    'console-producer',
    kafkaTools.consoleProducer,
    [
      '--topic',
      topic,
      '--producer-property',
      'enable.idempotence=false',
      '--producer-property',
      'acks=all',
    ].concat(['--property', 'parse.key=true', '--property', 'key.separator=:']),
    `${records.join('\n')}\n`,
  );
  const offsets = await run('get-offsets', kafkaTools.getOffsets, ['--topic', topic]);
  const inPartition0 = /:0:(\d+)/.exec(offsets)?.[1] ?? '0';
  await run('console-consumer --partition 0', kafkaTools.consoleConsumer, [
    '--topic',
    topic,
    '--partition',
    '0',
    '--offset',
    'earliest',
    '--max-messages',
    inPartition0,
    '--timeout-ms',
    '20000',
    '--property',
    'print.key=true',
    '--property',
    'print.partition=true',
    '--property',
    'print.offset=true',
  ]);
  await run('topics --delete', kafkaTools.topics, ['--delete', '--topic', topic]);
  await run('topics --list (deleted)', kafkaTools.topics, ['--list']);
  return out;
}

test.serial('the CLI tools give the broker under test the answers Kafka gives', async (t) => {
  if (skip !== undefined || reference === undefined) {
    t.log(`skipped: ${skip}`);
    t.pass();
    return;
  }
  const [expected, actual] = await Promise.all([
    session(reference),
    target === undefined ? Promise.resolve(undefined) : session(target),
  ]);
  // Kafka itself, as a check on the session.
  const byStep = new Map(expected.map((s) => [s.step, s]));
  t.true(
    expected.every((s) => s.code === 0),
    JSON.stringify(expected, null, 1),
  );
  t.is(byStep.get('topics --create')?.stdout, `Created topic ${topic}.`);
  t.is(byStep.get('topics --list')?.stdout, topic);
  t.regex(byStep.get('configs --describe (altered)')?.stdout ?? '', /retention\.ms=7200000/);
  const counts = (byStep.get('get-offsets')?.stdout ?? '').split('\n').map((l) => Number(l.split(':')[2]));
  t.is(
    counts.reduce((a, b) => a + b, 0),
    records.length,
  );
  t.is(byStep.get('topics --list (deleted)')?.stdout, '');
  if (actual === undefined) return;
  // Every differing step at once (a session continues past a failed step, as a user's would).
  const differing = expected.flatMap((want, i) => {
    const got = actual[i];
    return got?.code === want.code && got.stdout === want.stdout
      ? []
      : [{ step: want.step, got, kafka: want }];
  });
  t.deepEqual(differing, [], 'steps whose exit code or normalized output differ from Kafka');
});
