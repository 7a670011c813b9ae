// docker-compose.cluster.yml cannot be run here (no Docker engine), so it is validated by parsing:
// three services start the compiled CLI with flags the `gossip start` command defines, the config
// loader accepts each node's flags and GOSSIP_* variables, all nodes share one voter list in which
// each finds itself under its own hostname, and ports and volumes do not collide.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/config.js';

const root = join(import.meta.dirname, '..', '..');

interface Service {
  hostname: string;
  command: string[];
  environment: Record<string, string>;
  ports: string[];
  volumes: string[];
}

interface Compose {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

/** The property each `gossip start` flag sets (src/cli/gossip.ts). */
const FLAG_PROPERTIES: Record<string, string> = {
  '--host': 'host',
  '--port': 'port',
  '--http-port': 'http.port',
  '--data-dir': 'log.dirs',
  '--node-id': 'node.id',
  '--controller-quorum-voters': 'controller.quorum.voters',
};

/** The flags `gossip start` declares, read from the CLI source. */
function cliFlags(): Set<string> {
  const source = readFileSync(join(root, 'src', 'cli', 'gossip.ts'), 'utf8');
  return new Set([...source.matchAll(/\.option\(\s*'(--[a-z-]+)/g)].map((m) => m[1]!));
}

function flagOverrides(t: import('ava').ExecutionContext, args: string[]): Record<string, string> {
  const declared = cliFlags();
  const overrides: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    t.true(declared.has(flag), `${flag} is a gossip start flag`);
    const property = FLAG_PROPERTIES[flag];
    t.truthy(property, `${flag} maps to a property`);
    overrides[property!] = args[i + 1]!;
  }
  return overrides;
}

test('docker-compose.cluster.yml describes three nodes of one metadata quorum', (t) => {
  const compose = parse(readFileSync(join(root, 'docker-compose.cluster.yml'), 'utf8')) as Compose;
  const names = Object.keys(compose.services).sort();
  t.deepEqual(names, ['gossip-1', 'gossip-2', 'gossip-3']);
  const voterLists = new Set<string>();
  const published = new Set<string>();
  for (const [name, service] of Object.entries(compose.services)) {
    const [node, script, command, ...args] = service.command;
    t.is(node, 'node');
    t.is(command, 'start');
    t.true(
      existsSync(join(root, script!.replace(/^dist\//, '').replace(/\.js$/, '.ts'))),
      `${script} is built from the CLI source`,
    );
    const overrides = flagOverrides(t, args);
    const config = loadConfig({ env: service.environment, overrides });
    t.is(config.nodeId, Number(name.slice('gossip-'.length)), `${name} has its own node id`);
    t.is(service.hostname, name);
    t.is(config.host, '0.0.0.0');
    const self = config.controllerQuorumVoters.find((v) => v.id === config.nodeId);
    t.is(self?.host, service.hostname, `${name} finds itself among the voters`);
    t.is(config.controllerQuorumVoters.length, 3);
    voterLists.add(JSON.stringify(config.controllerQuorumVoters));
    t.is(config.advertisedHost, 'localhost');
    t.is(config.advertisedPort, config.port, 'the advertised port is the published Kafka port');
    t.true(service.ports.includes(`${config.port}:${config.port}`));
    t.is(config.brokerSessionTimeoutMs, 9000);
    t.is(config.brokerHeartbeatIntervalMs, 2000);
    for (const port of service.ports) {
      const host = port.split(':')[0]!;
      t.false(published.has(host), `host port ${host} is published once`);
      published.add(host);
    }
    const volume = service.volumes[0]!.split(':')[0]!;
    t.true(volume in compose.volumes);
    t.is(config.dataDir, service.volumes[0]!.split(':')[1]!);
  }
  t.is(voterLists.size, 1, 'every node has the same voters');
  t.is(new Set(Object.values(compose.services).map((s) => s.volumes[0])).size, 3, 'a volume per node');
});

/** The flags of the `npx gossip start` lines in the README's "Running a 3-node cluster" section. */
function readmeClusterFlags(): Set<string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('## Running a 3-node cluster');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const flags = new Set<string>();
  for (const line of section.split('\n')) {
    if (!line.startsWith('npx gossip start')) continue;
    for (const m of line.matchAll(/\s(--[a-z-]+)/g)) flags.add(m[1]!);
  }
  return flags;
}

test('docker-compose.cluster.yml uses the flags the README documents for a cluster', (t) => {
  const compose = parse(readFileSync(join(root, 'docker-compose.cluster.yml'), 'utf8')) as Compose;
  const documented = readmeClusterFlags();
  t.true(
    documented.has('--node-id') && documented.has('--controller-quorum-voters'),
    'README shows the cluster flags',
  );
  for (const [name, service] of Object.entries(compose.services)) {
    const flags = service.command.slice(3).filter((arg) => arg.startsWith('--'));
    for (const flag of ['--node-id', '--controller-quorum-voters', '--port', '--data-dir']) {
      t.true(flags.includes(flag), `${name} sets ${flag}`);
      t.true(documented.has(flag), `README documents ${flag}`);
    }
    for (const flag of flags) t.true(cliFlags().has(flag), `${name}: ${flag} is a gossip start flag`);
  }
});
