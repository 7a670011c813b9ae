// docker-compose.yml cannot be run here (no Docker engine), so it is validated by parsing: the
// service starts the compiled CLI that `npm run build` produces, publishes the Kafka and HTTP ports,
// and every GOSSIP_* variable it sets is accepted by the broker's config loader.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { parse } from 'yaml';
import { loadConfig } from '../src/config/config.js';

const root = join(import.meta.dirname, '..');

interface Compose {
  services: Record<
    string,
    { command: string[]; environment: Record<string, string>; ports: string[]; volumes: string[] }
  >;
  volumes: Record<string, unknown>;
}

test('docker-compose.yml describes a runnable single-node broker', (t) => {
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as Compose;
  const gossip = compose.services.gossip;
  t.truthy(gossip, 'a gossip service');
  const [node, script, command] = gossip!.command;
  t.is(node, 'node');
  t.is(command, 'start');
  t.true(existsSync(join(root, script!)), `${script} is built by npm run build`);
  t.deepEqual(gossip!.ports.sort(), ['8081:8081', '9092:9092']);
  t.true(existsSync(join(root, 'Dockerfile')));
  const volume = gossip!.volumes[0]!.split(':')[0]!;
  t.true(volume in compose.volumes);
  const config = loadConfig({ env: gossip!.environment, overrides: { host: '0.0.0.0' } });
  t.is(config.advertisedHost, 'localhost');
  t.is(config.advertisedPort, 9092);
  t.is(config.nodeId, 1);
});
