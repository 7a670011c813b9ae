// A running GOssip node: metadata, the Kafka listener and the HTTP server, started in order and
// stopped in reverse. Construction of the parts happens here from a config; no protocol logic.

import { join } from 'node:path';
import { Dispatcher } from './api/dispatcher.js';
import { createHandlers } from './api/handlers/index.js';
import type { Clock } from './common/clock.js';
import type { Logger } from './common/logger.js';
import type { Random } from './common/random.js';
import type { BrokerConfig } from './config/config.js';
import { createHttpServer } from './http/server.js';
import { MetadataController } from './metadata/controller.js';
import { Listener } from './network/listener.js';

export interface BrokerDeps {
  config: BrokerConfig;
  logger: Logger;
  clock: Clock;
  random: Random;
}

export interface RunningBroker {
  readonly nodeId: number;
  readonly clusterId: string;
  readonly kafka: { host: string; port: number };
  readonly http: { host: string; port: number };
  stop(): Promise<void>;
}

export async function startBroker(deps: BrokerDeps): Promise<RunningBroker> {
  const { config, logger } = deps;
  const metadata = await MetadataController.open({
    dataDir: join(config.dataDir, 'metadata'),
    nodeId: config.nodeId,
    clock: deps.clock,
    random: deps.random,
    logger: logger.child({ module: 'metadata' }),
  });
  let dispatcher: Dispatcher | undefined;
  const handlers = createHandlers({
    config,
    metadata,
    advertisedVersions: () => dispatcher!.versions(),
  });
  dispatcher = new Dispatcher(handlers);
  const listener = new Listener(dispatcher, config.limits, logger.child({ module: 'network' }));
  let kafka: { host: string; port: number };
  try {
    kafka = await listener.listen(config.host, config.port);
  } catch (err) {
    await metadata.close();
    throw err;
  }
  await metadata.registerBroker({
    nodeId: config.nodeId,
    host: config.advertisedHost,
    port: config.advertisedPort || kafka.port,
  });
  const http = createHttpServer({
    health: () => ({
      nodeId: config.nodeId,
      clusterId: metadata.image().clusterId,
      kafka: `${kafka.host}:${kafka.port}`,
    }),
  });
  let httpAddress: { host: string; port: number };
  try {
    await http.listen({ host: config.host, port: config.httpPort });
    const a = http.server.address();
    httpAddress = { host: config.host, port: typeof a === 'object' && a ? a.port : config.httpPort };
  } catch (err) {
    await listener.close();
    await metadata.close();
    throw err;
  }
  let stopping: Promise<void> | undefined;
  return {
    nodeId: config.nodeId,
    clusterId: metadata.image().clusterId,
    kafka,
    http: httpAddress,
    stop() {
      stopping ??= (async () => {
        await http.close();
        await listener.close();
        await metadata.close();
      })();
      return stopping;
    },
  };
}
