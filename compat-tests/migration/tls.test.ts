// gossip-migrate against an Apache Kafka whose client listener is SSL, with a CA and server
// certificate made by openssl for the test: the copy must verify the certificate against
// --source-ssl-ca, and fail without it.
import { execFile, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import test from 'ava';
import { KafkaConnection } from '../../migration/src/kafka-connection.js';
import { CreateTopicsApi } from '../../wire/generated/api/019-create-topics.js';
import { hasCommand, tempDir } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import {
  type ReferenceKafka,
  referenceKafkaAvailable,
  startReferenceKafka,
} from '../harness/reference-kafka.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const mainTs = join(root, 'migration', 'src', 'main.ts');
const skip = !referenceKafkaAvailable() || !hasCommand('openssl');

let kafka: ReferenceKafka | undefined;
let target: GossipBroker | undefined;
let ca = '';

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

/** A CA and a server certificate for 127.0.0.1, as PEM files; returns the Kafka keystore file. */
async function makeCertificates(dir: string): Promise<string> {
  const o = (args: string[]) => run('openssl', args, { cwd: dir });
  await o([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=migrate-test-ca',
  ]);
  await o([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
    '-subj',
    '/CN=127.0.0.1',
  ]);
  await writeFile(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  await o([
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '2',
    '-extfile',
    'ext.cnf',
  ]);
  await o(['pkcs8', '-topk8', '-nocrypt', '-in', 'server.key', '-out', 'server.pk8']);
  const keystore = join(dir, 'keystore.pem');
  const parts = await Promise.all(['server.pk8', 'server.pem'].map((f) => readFile(join(dir, f), 'utf8')));
  await writeFile(keystore, parts.join(''));
  ca = join(dir, 'ca.pem');
  return keystore;
}

test.before(async (t) => {
  if (skip) return;
  t.timeout(300_000);
  const keystore = await makeCertificates(tempDir('tls'));
  kafka = await startReferenceKafka({
    autoCreateTopics: false,
    extraProps: {
      'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:SSL',
      'ssl.keystore.type': 'PEM',
      'ssl.keystore.location': keystore,
      'ssl.truststore.type': 'PEM',
      'ssl.truststore.location': ca,
    },
  });
  target = await startGossip({ props: { 'gossip.import.token': 't' } });
  const [host, port] = kafka.bootstrap.split(':');
  const admin = await KafkaConnection.open(host!, Number(port), {
    securityProtocol: 'SSL',
    sslCaLocation: ca,
  });
  await admin.send(CreateTopicsApi, 5, {
    topics: [{ name: 'tls-topic', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 30_000,
  });
  admin.close();
});

test.after.always(async () => {
  await target?.stop();
  await kafka?.stop();
});

function args(extra: string[]): string[] {
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
    'SSL',
    '--checkpoint',
    join(tempDir('tls-ck'), 'ck.json'),
    ...extra,
  ];
}

(skip ? test.skip : test.serial)('SSL source: verified against the CA; unknown CA refused', async (t) => {
  t.timeout(120_000);
  const untrusted = await migrate(['plan', ...args([])]);
  t.is(untrusted.code, 2);
  t.regex(untrusted.stderr, /certificate/i);
  const r = await migrate(['copy', '--quiet', ...args(['--source-ssl-ca', ca])]);
  t.is(r.code, 0, r.stderr);
  t.regex(r.stdout, /tls-topic +1 +preserve/);
  t.regex(r.stdout, /RESULT: clean/);
});
