// gossip-migrate against a SASL-protected Apache Kafka: PLAIN and SCRAM-SHA-256/512 (users created
// with AlterUserScramCredentials over a PLAIN admin connection). Copies a topic as a SCRAM user and
// checks the report; a wrong password fails with exit code 2.
import { spawn } from 'node:child_process';
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import test from 'ava';
import { Kafka, logLevel } from 'kafkajs';
import { KafkaConnection } from '../../migration/src/kafka-connection.js';
import { AlterUserScramCredentialsApi } from '../../wire/generated/api/051-alter-user-scram-credentials.js';
import { tempDir } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import {
  type ReferenceKafka,
  referenceKafkaAvailable,
  startReferenceKafka,
} from '../harness/reference-kafka.js';

const root = join(import.meta.dirname, '..', '..');
const mainTs = join(root, 'migration', 'src', 'main.ts');
const plainJaas =
  'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret" user_admin="admin-secret";';
const scramJaas = 'org.apache.kafka.common.security.scram.ScramLoginModule required;';

let kafka: ReferenceKafka | undefined;
let target: GossipBroker | undefined;
const skip = !referenceKafkaAvailable();

function migrate(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', mainTs, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function addScramUser(bootstrap: string, user: string, password: string): Promise<void> {
  const [host, port] = bootstrap.split(':');
  const admin = await KafkaConnection.open(host!, Number(port), {
    securityProtocol: 'SASL_PLAINTEXT',
    saslMechanism: 'PLAIN',
    saslUsername: 'admin',
    saslPassword: 'admin-secret',
  });
  const upsertions = [
    { mechanism: 1, algo: 'sha256', bytes: 32 },
    { mechanism: 2, algo: 'sha512', bytes: 64 },
  ].map((m) => {
    const salt = randomBytes(16);
    return {
      name: user,
      mechanism: m.mechanism,
      iterations: 4096,
      salt,
      saltedPassword: pbkdf2Sync(password, salt, 4096, m.bytes, m.algo),
    };
  });
  // One mechanism per request: Kafka refuses two changes to one user in a single request.
  for (const upsertion of upsertions) {
    const res = await admin.send(AlterUserScramCredentialsApi, 0, { deletions: [], upsertions: [upsertion] });
    for (const r of res.results) {
      if (r.errorCode !== 0) throw new Error(`AlterUserScramCredentials: ${r.errorMessage}`);
    }
  }
  admin.close();
}

test.before(async (t) => {
  if (skip) return;
  t.timeout(300_000);
  kafka = await startReferenceKafka({
    extraProps: {
      'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:SASL_PLAINTEXT',
      'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
      'sasl.mechanism.inter.broker.protocol': 'PLAIN',
      'listener.name.plaintext.plain.sasl.jaas.config': plainJaas,
      'listener.name.plaintext.scram-sha-256.sasl.jaas.config': scramJaas,
      'listener.name.plaintext.scram-sha-512.sasl.jaas.config': scramJaas,
    },
  });
  target = await startGossip({ props: { 'gossip.import.token': 't' } });
  await addScramUser(kafka.bootstrap, 'alice', 'alice-secret');
  const client = new Kafka({
    brokers: [kafka.bootstrap],
    logLevel: logLevel.NOTHING,
    sasl: { mechanism: 'plain', username: 'admin', password: 'admin-secret' },
  });
  const admin = client.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'secured', numPartitions: 2 }] });
  await admin.disconnect();
  const producer = client.producer();
  await producer.connect();
  await producer.send({
    topic: 'secured',
    messages: Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })),
  });
  await producer.disconnect();
});

test.after.always(async () => {
  await target?.stop();
  await kafka?.stop();
});

function args(mechanism: string, user: string, password: string, extra: string[] = []): string[] {
  return [
    '--source-bootstrap',
    kafka!.bootstrap,
    '--target-bootstrap',
    target!.bootstrap,
    '--target-http',
    `http://127.0.0.1:${target!.httpPort}`,
    '--import-token',
    't',
    '--source-security-protocol',
    'SASL_PLAINTEXT',
    '--source-sasl-mechanism',
    mechanism,
    '--source-sasl-username',
    user,
    '--source-sasl-password',
    password,
    '--checkpoint',
    join(tempDir('sasl-ck'), 'ck.json'),
    ...extra,
  ];
}

(skip ? test.skip : test.serial)(
  'PLAIN and SCRAM-SHA-512 plan; a wrong SCRAM password is refused',
  async (t) => {
    t.timeout(120_000);
    const plain = await migrate(['plan', ...args('PLAIN', 'admin', 'admin-secret')]);
    t.is(plain.code, 0, plain.stderr);
    t.regex(plain.stdout, /secured {2}partitions=2 {2}offsets=40/);
    const scram512 = await migrate(['plan', ...args('SCRAM-SHA-512', 'alice', 'alice-secret')]);
    t.is(scram512.code, 0, scram512.stderr);
    const wrong = await migrate(['plan', ...args('SCRAM-SHA-256', 'alice', 'nope')]);
    t.is(wrong.code, 2);
    t.regex(wrong.stderr, /SASL authentication failed|Authentication failed/i);
  },
);

(skip ? test.skip : test.serial)('copy as a SCRAM-SHA-256 user: report clean', async (t) => {
  t.timeout(120_000);
  const r = await migrate(['copy', '--quiet', ...args('SCRAM-SHA-256', 'alice', 'alice-secret')]);
  t.log(r.stdout);
  t.is(r.code, 0, r.stderr);
  t.regex(r.stdout, /RESULT: clean/);
});
