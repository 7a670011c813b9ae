// The one place a broker process is assembled: config from its sources, real clock, randomness and
// logger, then startBroker. Prints the ready line and shuts down cleanly on SIGTERM/SIGINT.
import { startBroker } from './broker.js';
import { SystemClock } from './common/clock.js';
import { createLogger } from './common/logger.js';
import { SystemRandom } from './common/random.js';
import { type ConfigSources, loadConfig } from './config/config.js';

export async function main(sources: ConfigSources): Promise<void> {
  const config = loadConfig(sources);
  const logger = createLogger(config.properties.get('log.level') ?? 'info');
  const broker = await startBroker({
    config,
    logger,
    clock: new SystemClock(),
    random: new SystemRandom(),
    processMetrics: true,
  });
  const { kafka, http } = broker;
  process.stdout.write(
    `GOssip ready: kafka=${kafka.host}:${kafka.port} http=${http.host}:${http.port} node=${broker.nodeId} cluster=${broker.clusterId} data=${config.dataDir}\n`,
  );
  logger.info({ kafka, http, nodeId: broker.nodeId, clusterId: broker.clusterId }, 'broker started');
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    broker.stop().then(
      () => {
        logger.info('stopped');
        logger.flush();
        process.exitCode = 0;
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
