// Kafka's kafka-consumer-groups tool (org.apache.kafka.tools.consumer.group.ConsumerGroupCommand,
// kafka-tools 3.9.1, `java -cp`) run with the same commands against the broker under test and the
// reference Kafka 3.9: --list; --describe (offsets and lag, --members, --state) of an active and
// an inactive group; --reset-offsets --to-earliest --execute on the inactive group (and refused on
// the active one); --delete-offsets of one partition; --delete (refused for the active group). Kafka's normalized
// output is the expectation; with GROUPS_BROKER=kafka only Kafka runs and the session is checked
// for the facts it must show.
import test from 'ava';
import { type GroupMember, startMember } from '../clients/group-members.js';
import { runKafkaTool } from '../data-path/kafka-cli.js';
import { missing } from '../harness/env.js';
import { javaToolsAvailable } from '../harness/java-client.js';
import { brokerMissing, type GroupsBroker, startBroker, targetKind } from './broker.js';
import {
  heartbeatIntervalMs,
  sessionTimeoutMs,
  stopAll,
  TopicLog,
  waitAllDelivered,
  waitBalanced,
} from './group-check.js';

const tool = 'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand';
const topic = 'groups-cli';
const partitions = 3;
const active = 'cli-active';
const idle = 'cli-idle';

let reference: GroupsBroker | undefined;
let target: GroupsBroker | undefined;
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

interface Step {
  step: string;
  code: number | null;
  out: string;
}

/** Member ids carry a random UUID, the coordinator its port and node id; table spacing varies. */
function normalize(text: string, broker: GroupsBroker): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replaceAll(`:${broker.port} (${broker.nodeId})`, ':<port> (<node>)')
    .replaceAll(`:${broker.port}`, ':<port>')
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '')
    .flatMap(splitRows)
    .join('\n');
}

const oneLineTables = ['GROUP TOPIC PARTITION NEW-OFFSET', 'TOPIC PARTITION STATUS'];

/** --reset-offsets and --delete-offsets print their whole table on one line: one row per line. */
function splitRows(line: string): string[] {
  const header = oneLineTables.find((h) => line.startsWith(`${h} `));
  if (header === undefined) return [line];
  const width = header.split(' ').length;
  const words = line.slice(header.length + 1).split(' ');
  const rows = [header];
  for (let at = 0; at < words.length; at += width) rows.push(words.slice(at, at + width).join(' '));
  return rows;
}

/** Table rows come in hash order: keep the header line, sort the rest. */
function sortRows(text: string): string {
  const [header, ...rows] = text.split('\n');
  return [header ?? '', ...rows.sort()].join('\n');
}

/** A group with a running kafkajs member (active) and one whose member consumed and left (idle). */
async function prepare(broker: GroupsBroker): Promise<GroupMember> {
  const log = new TopicLog(topic, partitions, 91);
  await log.create(broker.bootstrap);
  await log.produce(broker.bootstrap, 60);
  const options = {
    bootstrap: broker.bootstrap,
    topic,
    assignor: 'range' as const,
    sessionTimeoutMs,
    heartbeatIntervalMs,
  };
  const idleMember = await startMember('idle', 'kafkajs', {
    ...options,
    group: idle,
    clientId: 'cli-idle-member',
  });
  await waitAllDelivered([idleMember], log);
  await stopAll([idleMember]);
  await log.produce(broker.bootstrap, 30);
  const member = await startMember('active', 'kafkajs', {
    ...options,
    group: active,
    clientId: 'cli-active-member',
  });
  await waitBalanced([member], partitions);
  await waitAllDelivered([member], log);
  return member;
}

async function session(broker: GroupsBroker): Promise<Step[]> {
  const member = await prepare(broker);
  const out: Step[] = [];
  const run = async (step: string, args: string[], sort = false): Promise<void> => {
    const result = await runKafkaTool(tool, ['--bootstrap-server', broker.bootstrap, ...args], {
      timeoutMs: 60_000,
    });
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('Error'));
    const text = normalize([result.stdout, ...errors].join('\n'), broker);
    out.push({ step, code: result.code, out: sort ? sortRows(text) : text });
  };
  try {
    await run('--list', ['--list'], true);
    await run('--describe active', ['--describe', '--group', active], true);
    await run('--describe active --members', ['--describe', '--group', active, '--members'], true);
    await run('--describe active --state', ['--describe', '--group', active, '--state']);
    await run('--describe idle', ['--describe', '--group', idle], true);
    await run('--reset-offsets active (refused)', [
      '--reset-offsets',
      '--group',
      active,
      '--topic',
      topic,
      '--to-earliest',
      '--execute',
    ]);
    await run(
      '--reset-offsets idle --to-earliest',
      ['--reset-offsets', '--group', idle, '--topic', topic, '--to-earliest', '--execute'],
      true,
    );
    await run('--describe idle after reset', ['--describe', '--group', idle], true);
    await run(
      '--delete-offsets idle partition 0',
      ['--delete-offsets', '--group', idle, '--topic', `${topic}:0`],
      true,
    );
    await run('--describe idle after delete-offsets', ['--describe', '--group', idle], true);
    await run('--delete active (refused)', ['--delete', '--group', active]);
    await run('--delete idle', ['--delete', '--group', idle]);
    await run('--list after delete', ['--list'], true);
  } finally {
    await stopAll([member]);
  }
  return out;
}

test('kafka-consumer-groups: list, describe, reset-offsets, delete-offsets and delete match Kafka', async (t) => {
  if (skip !== undefined || reference === undefined) {
    t.log(`skipped: ${skip}`);
    t.pass();
    return;
  }
  const started = performance.now();
  const [expected, actual] = await Promise.all([
    session(reference),
    target ? session(target) : Promise.resolve(undefined),
  ]);
  t.log(`sessions: ${Math.round(performance.now() - started)} ms`);
  const show = (steps: Step[]) => steps.map((s) => `$ ${s.step} (exit ${s.code})\n${s.out}`).join('\n');
  t.log(`Kafka:\n${show(expected)}`);
  const byStep = new Map(expected.map((s) => [s.step, s]));
  t.regex(
    byStep.get('--describe active')?.out ?? '',
    /cli-active groups-cli 0 \d+ \d+ 0 cli-active-member-<uuid> \/127\.0\.0\.1 cli-active-member/,
  );
  t.regex(byStep.get('--describe idle')?.out ?? '', /cli-idle groups-cli \d \d+ \d+ \d+ - - -/);
  t.regex(byStep.get('--reset-offsets idle --to-earliest')?.out ?? '', /\ncli-idle groups-cli 0 0\n/);
  t.regex(
    byStep.get('--delete idle')?.out ?? '',
    /Deletion of requested consumer groups \('cli-idle'\) was successful/,
  );
  if (actual === undefined) return;
  for (const [i, want] of expected.entries()) {
    t.deepEqual(actual[i], want, `${want.step} differs from Kafka`);
  }
});
