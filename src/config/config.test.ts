// Tests for broker configuration: built-in defaults, a properties file, GOSSIP_* environment
// variables and flag overrides, applied in that order (later wins); bad values fail with a
// ConfigError naming the key; advertised.listeners parsing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { ConfigError, DEFAULT_PROPERTIES, envProperties, fromProperties, loadConfig } from './config.js';
import { DEFAULT_LIMITS } from './limits.js';

async function propertiesFile(t: ExecutionContext, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gossip-config-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'server.properties');
  await writeFile(file, text);
  return file;
}

test('defaults', (t) => {
  const c = loadConfig();
  t.is(c.nodeId, 1);
  t.is(c.host, '127.0.0.1');
  t.is(c.port, 9092);
  t.is(c.advertisedHost, '127.0.0.1');
  t.is(c.advertisedPort, 0);
  t.is(c.httpPort, 8081);
  t.is(c.dataDir, './data');
  t.true(c.autoCreateTopicsEnable);
  t.is(c.numPartitions, 1);
  t.is(c.defaultReplicationFactor, 1);
  t.deepEqual(c.limits, DEFAULT_LIMITS);
  for (const [k, v] of Object.entries(DEFAULT_PROPERTIES)) t.is(c.properties.get(k), v);
});

test('a properties file sets Kafka-named properties and keeps unknown ones', async (t) => {
  const file = await propertiesFile(
    t,
    [
      '# broker',
      'node.id=3',
      'port = 19092',
      'log.dirs=/var/gossip/a, /var/gossip/b',
      'auto.create.topics.enable=false',
      'num.partitions: 6',
      'socket.request.max.bytes=2048',
      'max.connections=50',
      'log.retention.ms=1000',
      '',
    ].join('\n'),
  );
  const c = loadConfig({ file });
  t.is(c.nodeId, 3);
  t.is(c.port, 19092);
  t.is(c.dataDir, '/var/gossip/a', 'the first of log.dirs');
  t.false(c.autoCreateTopicsEnable);
  t.is(c.numPartitions, 6);
  t.is(c.limits.frameBytesMax, 2048);
  t.is(c.limits.connectionsMax, 50);
  t.is(c.limits.inFlightRequestsMax, DEFAULT_LIMITS.inFlightRequestsMax);
  t.is(c.properties.get('log.retention.ms'), '1000');
});

test('log.dir and data.dir are aliases of log.dirs', async (t) => {
  t.is(loadConfig({ file: await propertiesFile(t, 'log.dir=/x\n') }).dataDir, '/x');
  t.is(loadConfig({ overrides: { 'data.dir': '/y' } }).dataDir, '/y');
  t.is(loadConfig({ env: { GOSSIP_DATA_DIR: '/z' } }).dataDir, '/z');
});

test('GOSSIP_* environment variables map to property names; others are ignored', (t) => {
  const env = {
    GOSSIP_NUM_PARTITIONS: '3',
    GOSSIP_AUTO_CREATE_TOPICS_ENABLE: 'false',
    GOSSIP_LOG_LEVEL: 'debug',
    NUM_PARTITIONS: '9',
    PATH: '/usr/bin',
  };
  t.deepEqual(
    envProperties(env),
    new Map([
      ['num.partitions', '3'],
      ['auto.create.topics.enable', 'false'],
      ['log.level', 'debug'],
    ]),
  );
  const c = loadConfig({ env });
  t.is(c.numPartitions, 3);
  t.false(c.autoCreateTopicsEnable);
  t.is(c.properties.get('log.level'), 'debug');
});

test('precedence: defaults < file < environment < flags', async (t) => {
  const file = await propertiesFile(t, 'num.partitions=2\nnode.id=2\nhttp.port=8100\nport=9100\n');
  const env = { GOSSIP_NUM_PARTITIONS: '3', GOSSIP_NODE_ID: '3', GOSSIP_HTTP_PORT: '8200' };
  const c = loadConfig({ file, env, overrides: { 'num.partitions': '4', 'node.id': undefined } });
  t.is(c.numPartitions, 4, 'flag beats env and file');
  t.is(c.nodeId, 3, 'env beats file; an undefined flag is no flag');
  t.is(c.httpPort, 8200, 'env beats file');
  t.is(c.port, 9100, 'file beats default');
  t.is(c.defaultReplicationFactor, 1, 'default');
});

const badValues: [string, string][] = [
  ['node.id', '-1'],
  ['node.id', 'one'],
  ['node.id', '2147483648'],
  ['port', '65536'],
  ['port', '80.5'],
  ['port', 'abc'],
  ['port', ''],
  ['port', '   '],
  ['http.port', '-1'],
  ['http.port', '0x1F90'],
  ['num.partitions', '0'],
  ['num.partitions', '1e2'],
  ['num.partitions', String(DEFAULT_LIMITS.partitionsPerTopicMax + 1)],
  ['default.replication.factor', '0'],
  ['socket.request.max.bytes', '1023'],
  ['max.connections', '0'],
  ['auto.create.topics.enable', 'yes'],
  ['auto.create.topics.enable', ''],
];

for (const [key, value] of badValues) {
  test(`bad value ${key}='${value}' is a ConfigError naming the key`, (t) => {
    const error = t.throws(() => loadConfig({ overrides: { [key]: value } }), { instanceOf: ConfigError });
    t.true(error?.message.includes(key), error?.message);
  });
}

test('bad values from the environment and a file are ConfigErrors too', async (t) => {
  t.throws(() => loadConfig({ env: { GOSSIP_PORT: 'x' } }), { instanceOf: ConfigError, message: /port/ });
  const file = await propertiesFile(t, 'num.partitions=many\n');
  t.throws(() => loadConfig({ file }), { instanceOf: ConfigError, message: /num\.partitions/ });
});

test('boolean values are trimmed and case-insensitive', (t) => {
  t.true(loadConfig({ overrides: { 'auto.create.topics.enable': ' TRUE ' } }).autoCreateTopicsEnable);
  t.false(loadConfig({ overrides: { 'auto.create.topics.enable': 'False' } }).autoCreateTopicsEnable);
});

test('advertised.listeners: host and port of the first listener', (t) => {
  const cases: [string, string, number][] = [
    ['PLAINTEXT://broker1.example.com:19092', 'broker1.example.com', 19092],
    ['PLAINTEXT://10.0.0.5:9092,SSL://10.0.0.5:9093', '10.0.0.5', 9092],
    ['SASL_PLAINTEXT://kafka:29092', 'kafka', 29092],
    ['PLAINTEXT://[::1]:9092', '::1', 9092],
    ['host-only.example:7000', 'host-only.example', 7000],
    ['BROKER2://internal.example:9094', 'internal.example', 9094],
  ];
  for (const [raw, host, port] of cases) {
    const c = loadConfig({ overrides: { 'advertised.listeners': raw, host: '0.0.0.0' } });
    t.is(c.advertisedHost, host, raw);
    t.is(c.advertisedPort, port, raw);
    t.is(c.host, '0.0.0.0');
  }
});

test('without advertised.listeners the advertised host is the bind host and the port the bound one', (t) => {
  const c = loadConfig({ overrides: { host: '192.0.2.1' } });
  t.is(c.advertisedHost, '192.0.2.1');
  t.is(c.advertisedPort, 0);
});

test('malformed advertised.listeners is a ConfigError naming the key', (t) => {
  for (const raw of ['PLAINTEXT://no-port', 'nonsense', 'PLAINTEXT://host:', 'PLAINTEXT://host:99999']) {
    t.throws(() => loadConfig({ overrides: { 'advertised.listeners': raw } }), {
      instanceOf: ConfigError,
      message: /advertised\.listeners/,
    });
  }
});

test('fromProperties fills defaults for keys that are missing', (t) => {
  const c = fromProperties(new Map([['node.id', '5']]));
  t.is(c.nodeId, 5);
  t.is(c.port, 9092);
  t.is(c.host, '127.0.0.1');
  t.true(c.autoCreateTopicsEnable);
  t.is(c.limits.frameBytesMax, DEFAULT_LIMITS.frameBytesMax);
});

test('controller.quorum.voters from a flag, the environment or a file; unset means one node', async (t) => {
  t.deepEqual(loadConfig().controllerQuorumVoters, []);
  const voters = '1@127.0.0.1:9093, 2@node-2:9093,3@[::1]:9095';
  const expected = [
    { id: 1, host: '127.0.0.1', port: 9093 },
    { id: 2, host: 'node-2', port: 9093 },
    { id: 3, host: '::1', port: 9095 },
  ];
  const flags = loadConfig({ overrides: { 'node.id': '2', 'controller.quorum.voters': voters } });
  t.is(flags.nodeId, 2);
  t.deepEqual(flags.controllerQuorumVoters, expected);
  const env = loadConfig({ env: { GOSSIP_NODE_ID: '3', GOSSIP_CONTROLLER_QUORUM_VOTERS: voters } });
  t.is(env.nodeId, 3);
  t.deepEqual(env.controllerQuorumVoters, expected);
  const file = await propertiesFile(t, `node.id=1\ncontroller.quorum.voters=${voters}\n`);
  t.deepEqual(loadConfig({ file }).controllerQuorumVoters, expected);
});

test('malformed controller.quorum.voters are ConfigErrors that say what is wrong', (t) => {
  const bad = (voters: string, nodeId = '1') =>
    t.throws(() => loadConfig({ overrides: { 'node.id': nodeId, 'controller.quorum.voters': voters } }), {
      instanceOf: ConfigError,
    })?.message;
  t.regex(bad('1@h:1,2@h')!, /controller\.quorum\.voters entries must look like id@host:port, got '2@h'/);
  t.regex(bad('1:h:1')!, /id@host:port/);
  t.regex(bad('x@h:1')!, /id@host:port/);
  t.regex(bad('1@h:0')!, /port of node 1 must be an integer in \[1, 65535\]/);
  t.regex(bad('1@h:1,1@g:2')!, /lists node 1 more than once/);
  t.regex(bad('2@h:1,3@h:2')!, /node\.id 1 is not one of the controller\.quorum\.voters \(2, 3\)/);
});

test('broker session timeout and heartbeat interval: Kafka defaults, the interval below the timeout', (t) => {
  const c = loadConfig();
  t.is(c.brokerSessionTimeoutMs, 9000);
  t.is(c.brokerHeartbeatIntervalMs, 2000);
  const set = loadConfig({
    overrides: { 'broker.session.timeout.ms': '3000', 'broker.heartbeat.interval.ms': '500' },
  });
  t.is(set.brokerSessionTimeoutMs, 3000);
  t.is(set.brokerHeartbeatIntervalMs, 500);
  t.throws(() => loadConfig({ overrides: { 'broker.session.timeout.ms': '1000' } }), {
    instanceOf: ConfigError,
    message: /broker\.heartbeat\.interval\.ms \(2000\) must be below broker\.session\.timeout\.ms \(1000\)/,
  });
  t.throws(() => loadConfig({ overrides: { 'broker.heartbeat.interval.ms': '0' } }), {
    instanceOf: ConfigError,
  });
});
