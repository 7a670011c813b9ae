// The metadata side of a node, alone or in a cluster. Without controller.quorum.voters it is the
// MetadataController over a LocalMetadataLog, as a single node has always run. With voters it is
// the controller over a RaftMetadataLog (its Raft listener on this node's voter port), wrapped so
// changes are forwarded to the quorum leader, plus broker registration, heartbeats and fencing.
import { join } from 'node:path';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import type { Random } from '../common/random.js';
import { type BrokerConfig, ConfigError } from '../config/config.js';
import { MetadataController } from '../metadata/controller.js';
import type { QuorumLog, QuorumVoter } from '../metadata/quorum.js';
import { type QuorumStatusSource, singleNodeQuorumStatus } from '../metadata/quorum-status.js';
import { RaftMetadataLog } from '../raft/raft-metadata-log.js';
import { type BrokerEndpoint, BrokerLifecycle } from './broker-lifecycle.js';
import { clusterIdFromVoters } from './cluster-id.js';
import { type ClusterMetadata, ForwardingController } from './controller-forwarding.js';
import { FencingDriver } from './fencing-driver.js';
import { LeaderRpc } from './leader-rpc.js';
import { hasQuorumStatus, leaderQuorumStatus } from './quorum-status-forwarding.js';

export interface MetadataNode {
  readonly metadata: ClusterMetadata;
  /** The quorum as DescribeQuorum reports it; absent when the quorum log cannot describe itself. */
  readonly quorum?: QuorumStatusSource;
  /** Registers this node's Kafka endpoint; in a cluster, waits for a quorum and starts heartbeats. */
  register(endpoint: BrokerEndpoint): Promise<void>;
  close(): Promise<void>;
}

export interface MetadataNodeDeps {
  config: BrokerConfig;
  clock: Clock;
  random: Random;
  logger: Logger;
  /** Opens the quorum log; default RaftMetadataLog. Tests pass an in-memory one. */
  openQuorumLog?: (options: QuorumLogOptions) => Promise<QuorumLog>;
}

export interface QuorumLogOptions {
  nodeId: number;
  voters: QuorumVoter[];
  dir: string;
  clock: Clock;
  random: Random;
  logger?: Logger;
  listenHost?: string;
  timing?: { electionTimeoutMs?: number };
}

export async function openMetadataNode(deps: MetadataNodeDeps): Promise<MetadataNode> {
  const { config, clock, random } = deps;
  const logger = deps.logger.child({ module: 'metadata' });
  const dataDir = join(config.dataDir, 'metadata');
  const nodeId = config.nodeId;
  const voters = config.controllerQuorumVoters;
  if (voters.length === 0) {
    const controller = await MetadataController.open({ dataDir, nodeId, clock, random, logger });
    const quorum: QuorumStatusSource = {
      quorumStatus: async () => {
        const image = controller.image();
        const self = image.brokers.get(nodeId);
        const endpoint = self === undefined ? null : { host: self.host, port: self.port };
        return singleNodeQuorumStatus(
          nodeId,
          { committedOffset: () => image.offset },
          clock.nowMs(),
          endpoint,
        );
      },
    };
    return {
      metadata: controller,
      quorum,
      register: (endpoint) => controller.registerBroker({ nodeId, ...endpoint }),
      close: () => controller.close(),
    };
  }
  const open = deps.openQuorumLog ?? ((options: QuorumLogOptions) => RaftMetadataLog.open(options));
  const quorum = await open({
    nodeId,
    voters,
    dir: join(dataDir, 'quorum'),
    clock,
    random,
    logger: logger.child({ module: 'raft' }),
    listenHost: config.host,
    ...electionTimeout(config),
  });
  const controller = await MetadataController.open({
    dataDir,
    nodeId,
    clusterId: config.properties.get('cluster.id')?.trim() || clusterIdFromVoters(voters),
    clock,
    random,
    logger,
    log: quorum,
    bootstrap: false,
  });
  const clusterLogger = deps.logger.child({ module: 'cluster' });
  const rpc = new LeaderRpc(quorum, { clock });
  const metadata = new ForwardingController(controller, rpc, { logger: clusterLogger });
  const fencing = new FencingDriver({
    controller,
    rpc,
    clock,
    logger: clusterLogger,
    sessionTimeoutMs: config.brokerSessionTimeoutMs,
  });
  // A restarted node's image starts empty or behind; nothing may act on it before it catches up.
  await metadata.catchUp();
  const lifecycle = new BrokerLifecycle({
    nodeId,
    metadata,
    rpc,
    fencing,
    logger: clusterLogger,
    heartbeatIntervalMs: config.brokerHeartbeatIntervalMs,
  });
  return {
    metadata,
    ...(hasQuorumStatus(quorum) ? { quorum: leaderQuorumStatus(quorum, rpc) } : {}),
    register: (endpoint) => lifecycle.start(endpoint),
    async close() {
      await lifecycle.close();
      fencing.close();
      rpc.close();
      await controller.close();
    },
  };
}

/** controller.quorum.election.timeout.ms, when set (the Raft log's own default otherwise). */
function electionTimeout(config: BrokerConfig): Pick<QuorumLogOptions, 'timing'> {
  const raw = config.properties.get('controller.quorum.election.timeout.ms')?.trim();
  if (raw === undefined || raw === '') return {};
  const ms = Number(raw);
  if (!Number.isSafeInteger(ms) || ms <= 0) {
    throw new ConfigError(`controller.quorum.election.timeout.ms must be a positive integer, got '${raw}'`);
  }
  return { timing: { electionTimeoutMs: ms } };
}
