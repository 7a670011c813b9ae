// Group administration through the clients' admin APIs, against an active group (a kafkajs member
// that consumed everything and stays) and inactive groups (a member consumed the first 60 records,
// committed and left; 30 more were produced after): the Java AdminClient (list, describe, list /
// alter / delete offsets, delete groups), kafkajs admin (listGroups, describeGroups, fetchOffsets,
// resetOffsets, setOffsets, deleteGroups) and kafka-python's KafkaAdminClient (list, describe,
// list offsets, delete). Expectations are Kafka 3.9's answers (GROUPS_BROKER=kafka).
import test from 'ava';
import { AssignerProtocol } from 'kafkajs';
import { javaGroupAdmin, pythonGroupAdmin } from '../clients/group-admin.js';
import { type GroupMember, startMember } from '../clients/group-members.js';
import { hasKafkaPython } from '../clients/kafka-python.js';
import { missing } from '../harness/env.js';
import { javaToolsAvailable } from '../harness/java-client.js';
import type { GroupsBroker } from './broker.js';
import { useBroker } from './fixture.js';
import {
  heartbeatIntervalMs,
  kafkaClient,
  sessionTimeoutMs,
  stopAll,
  TopicLog,
  timed,
  waitAllDelivered,
  waitBalanced,
} from './group-check.js';

const fixture = useBroker(test);
const topic = 'groups-admin';
const partitions = 3;
const active = 'adm-active';
const idle = { java: 'adm-java-idle', kafkajs: 'adm-js-idle', python: 'adm-py-idle' };

interface Prepared {
  member: GroupMember;
  /** Committed offsets of every idle group (the log end after the first 60 records). */
  idleOffsets: number[];
  ends: number[];
}

let prepared: Promise<Prepared> | undefined;

/** Once per file: the topic, the idle groups and the active group. */
function prepare(broker: GroupsBroker): Promise<Prepared> {
  prepared ??= (async () => {
    const log = new TopicLog(topic, partitions, 99);
    await log.create(broker.bootstrap);
    await log.produce(broker.bootstrap, 60);
    const idleOffsets = log.ends();
    const options = {
      bootstrap: broker.bootstrap,
      topic,
      assignor: 'range' as const,
      sessionTimeoutMs,
      heartbeatIntervalMs,
    };
    const idlers = await Promise.all(
      Object.values(idle).map((group) =>
        startMember(group, 'kafkajs', { ...options, group, clientId: `${group}-member` }),
      ),
    );
    await Promise.all(idlers.map((m) => waitAllDelivered([m], log)));
    await stopAll(idlers);
    await log.produce(broker.bootstrap, 30);
    const member = await startMember('active', 'kafkajs', {
      ...options,
      group: active,
      clientId: 'adm-active-member',
    });
    await waitBalanced([member], partitions);
    await waitAllDelivered([member], log);
    return { member, idleOffsets, ends: log.ends() };
  })();
  return prepared;
}

test.after.always(async () => {
  const p = await prepared?.catch(() => undefined);
  if (p) await stopAll([p.member]);
});

function offsetsObject(offsets: readonly number[]): Record<string, number> {
  return Object.fromEntries(offsets.map((o, p) => [`${topic}:${p}`, o]));
}

test.serial('Java AdminClient: list, describe, list/alter/delete offsets, delete groups', async (t) => {
  const broker = fixture.ready(t, missing('java and mvn', javaToolsAvailable()));
  if (broker === undefined) return;
  const { idleOffsets } = await timed(t, 'prepare groups', () => prepare(broker));
  const b = broker.bootstrap;
  const g = idle.java;
  await timed(t, 'Java admin calls', async () => {
    const listed = await javaGroupAdmin<Array<{ group: string; state: string }>>(b, 'list');
    t.deepEqual(
      listed.filter((l) => l.group === active || l.group === g),
      [
        { group: active, state: 'Stable' },
        { group: g, state: 'Empty' },
      ],
    );
    t.deepEqual(await javaGroupAdmin(b, 'describe', ['--group', active]), {
      group: active,
      state: 'Stable',
      assignor: 'range',
      simple: false,
      coordinator: true,
      members: [{ clientId: 'adm-active-member', parts: [0, 1, 2] }],
    });
    t.deepEqual(await javaGroupAdmin(b, 'describe', ['--group', g]), {
      group: g,
      state: 'Empty',
      assignor: '',
      simple: false,
      coordinator: true,
      members: [],
    });
    t.deepEqual(await javaGroupAdmin(b, 'offsets', ['--group', g]), offsetsObject(idleOffsets));
    t.deepEqual(await javaGroupAdmin(b, 'alter', ['--group', g, '--topic', topic, '--offsets', '0=1,1=2']), {
      ok: true,
    });
    t.deepEqual(
      await javaGroupAdmin(b, 'offsets', ['--group', g]),
      offsetsObject([1, 2, idleOffsets[2] ?? -1]),
    );
    t.deepEqual(await javaGroupAdmin(b, 'alter', ['--group', active, '--topic', topic, '--offsets', '0=0']), {
      error: 'UnknownMemberIdException',
    });
    t.deepEqual(
      await javaGroupAdmin(b, 'delete-offsets', ['--group', g, '--topic', topic, '--partitions', '2']),
      { ok: true },
    );
    t.deepEqual(await javaGroupAdmin(b, 'offsets', ['--group', g]), offsetsObject([1, 2]));
    t.deepEqual(
      await javaGroupAdmin(b, 'delete-offsets', ['--group', active, '--topic', topic, '--partitions', '0']),
      {
        error: 'GroupSubscribedToTopicException',
      },
    );
    t.deepEqual(await javaGroupAdmin(b, 'delete', ['--group', active]), { error: 'GroupNotEmptyException' });
    t.deepEqual(await javaGroupAdmin(b, 'delete', ['--group', g]), { ok: true });
    t.deepEqual(await javaGroupAdmin(b, 'delete', ['--group', g]), { error: 'GroupIdNotFoundException' });
    const after = await javaGroupAdmin<Array<{ group: string }>>(b, 'list');
    t.false(
      after.some((l) => l.group === g),
      'the deleted group is gone',
    );
  });
});

test.serial(
  'kafkajs admin: listGroups, describeGroups, fetchOffsets, resetOffsets, setOffsets, deleteGroups',
  async (t) => {
    const broker = fixture.ready(t);
    if (broker === undefined) return;
    const { idleOffsets, ends } = await prepare(broker);
    const g = idle.kafkajs;
    const started = performance.now();
    const admin = kafkaClient(broker.bootstrap).admin();
    await admin.connect();
    try {
      const { groups } = await admin.listGroups();
      t.deepEqual(
        groups
          .filter((x) => x.groupId === active || x.groupId === g)
          .sort((a, b) => a.groupId.localeCompare(b.groupId)),
        [
          { groupId: active, protocolType: 'consumer' },
          { groupId: g, protocolType: 'consumer' },
        ],
      );
      const described = await admin.describeGroups([active, g]);
      const summary = described.groups.map((d) => ({
        groupId: d.groupId,
        state: d.state,
        protocolType: d.protocolType,
        protocol: d.protocol,
        members: d.members.map((m) => ({
          clientId: m.clientId,
          clientHost: m.clientHost,
          assignment: AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment,
          subscription: AssignerProtocol.MemberMetadata.decode(m.memberMetadata)?.topics,
        })),
      }));
      t.deepEqual(summary, [
        {
          groupId: active,
          state: 'Stable',
          protocolType: 'consumer',
          protocol: 'range',
          members: [
            {
              clientId: 'adm-active-member',
              clientHost: '/127.0.0.1',
              assignment: { [topic]: [0, 1, 2] },
              subscription: [topic],
            },
          ],
        },
        { groupId: g, state: 'Empty', protocolType: 'consumer', protocol: '', members: [] },
      ]);
      const fetched = async (groupId: string) =>
        ((await admin.fetchOffsets({ groupId, topics: [topic] }))[0]?.partitions ?? [])
          .map((p) => [p.partition, Number(p.offset)])
          .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
      t.deepEqual(
        await fetched(g),
        idleOffsets.map((o, p) => [p, o]),
      );
      t.deepEqual(
        await fetched(active),
        ends.map((o, p) => [p, o]),
      );
      // kafkajs commits the sentinel itself (-2 earliest) and Kafka stores it as given. Each
      // resetOffsets/setOffsets joins the group with a temporary kafkajs consumer (seconds each).
      await admin.resetOffsets({ groupId: g, topic, earliest: true });
      t.deepEqual(
        await fetched(g),
        [
          [0, -2],
          [1, -2],
          [2, -2],
        ],
        'reset to earliest',
      );
      await admin.setOffsets({ groupId: g, topic, partitions: [{ partition: 1, offset: '7' }] });
      t.is((await fetched(g))[1]?.[1], 7);
      await t.throwsAsync(
        admin.setOffsets({ groupId: active, topic, partitions: [{ partition: 0, offset: '0' }] }),
        {
          message: /running|not empty|Stable/i,
        },
      );
      await t.throwsAsync(admin.deleteGroups([active]), { name: 'KafkaJSDeleteGroupsError' });
      const deleted = await admin.deleteGroups([g]);
      t.deepEqual(deleted, [{ groupId: g, errorCode: 0 }]);
      t.false((await admin.listGroups()).groups.some((x) => x.groupId === g));
      t.log(`kafkajs admin calls: ${Math.round(performance.now() - started)} ms`);
    } finally {
      await admin.disconnect();
    }
  },
);

test.serial('kafka-python KafkaAdminClient: list, describe, list offsets, delete', async (t) => {
  const broker = fixture.ready(t, missing('kafka-python for /usr/bin/python3', hasKafkaPython()));
  if (broker === undefined) return;
  const { idleOffsets } = await prepare(broker);
  const b = broker.bootstrap;
  const g = idle.python;
  const listed = await pythonGroupAdmin<string[][]>(b, 'list');
  t.deepEqual(
    listed.filter(([name]) => name === active || name === g),
    [
      [active, 'consumer'],
      [g, 'consumer'],
    ],
  );
  t.deepEqual(await pythonGroupAdmin(b, 'describe', active), [
    {
      group: active,
      state: 'Stable',
      protocolType: 'consumer',
      protocol: 'range',
      members: [{ clientId: 'adm-active-member', parts: [0, 1, 2] }],
    },
  ]);
  t.deepEqual(await pythonGroupAdmin(b, 'describe', g), [
    { group: g, state: 'Empty', protocolType: 'consumer', protocol: '', members: [] },
  ]);
  t.deepEqual(await pythonGroupAdmin(b, 'offsets', g), offsetsObject(idleOffsets));
  t.deepEqual(await pythonGroupAdmin(b, 'delete', g), [[g, 'NoError']]);
  t.false((await pythonGroupAdmin<string[][]>(b, 'list')).some(([name]) => name === g));
});
