// Which broker a groups test runs against: GOssip (the default; `npm run build` first) or, with
// GROUPS_BROKER=kafka, the reference Apache Kafka 3.9 every test was first proven against. Both
// run with group.initial.rebalance.delay.ms=0 so a group forms as soon as its members join.
// restart() stops the broker keeping its data and starts it again on the same port, so running
// group members reconnect to it.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { missing } from '../harness/env.js';
import { type GossipBroker, startGossip } from '../harness/gossip-broker.js';
import { referenceKafkaAvailable, startReferenceKafka } from '../harness/reference-kafka.js';
import { startRestartableKafka } from './restartable-kafka.js';

export type BrokerKind = 'gossip' | 'kafka';

export interface GroupsBroker {
  kind: BrokerKind;
  bootstrap: string;
  port: number;
  nodeId: number;
  /** Stops the broker keeping its data and starts it again (bootstrap may change). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface GroupsBrokerOptions {
  /** Needed only by tests that restart the broker (Kafka then runs from a restartable launcher). */
  restartable?: boolean;
}

export const groupProps = { 'group.initial.rebalance.delay.ms': '0', 'num.partitions': '6' };
const gossipCli = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'gossip.js');

/** The broker GROUPS_BROKER names ('gossip' unless it says 'kafka'). */
export function targetKind(): BrokerKind {
  return process.env.GROUPS_BROKER === 'kafka' ? 'kafka' : 'gossip';
}

/** A reason to skip when `kind` cannot run here (throws under CI=true), else undefined. */
export function brokerMissing(kind: BrokerKind): string | undefined {
  return kind === 'kafka'
    ? missing('java and mvn (for the reference Kafka broker)', referenceKafkaAvailable())
    : missing(`GOssip's build (${gossipCli}; run npm run build)`, existsSync(gossipCli));
}

export async function startBroker(
  kind: BrokerKind,
  options: GroupsBrokerOptions = {},
): Promise<GroupsBroker> {
  if (kind === 'kafka' && options.restartable) {
    const kafka = await startRestartableKafka(groupProps);
    return {
      kind,
      bootstrap: kafka.bootstrap,
      port: kafka.port,
      nodeId: 1,
      restart: async () => {
        await kafka.stop();
        await kafka.start();
      },
      stop: () => kafka.destroy(),
    };
  }
  if (kind === 'kafka') {
    const kafka = await startReferenceKafka({ numPartitions: 6, extraProps: groupProps });
    return {
      kind,
      bootstrap: kafka.bootstrap,
      port: kafka.port,
      nodeId: 1,
      restart: () => Promise.reject(new Error('start with { restartable: true } to restart')),
      stop: () => kafka.stop(),
    };
  }
  let gossip: GossipBroker = await startGossip({ props: groupProps });
  const dataDir = gossip.dataDir;
  const broker: GroupsBroker = {
    kind,
    bootstrap: gossip.bootstrap,
    port: gossip.port,
    nodeId: gossip.nodeId,
    restart: async () => {
      // Same data dir and same port, so running clients reconnect to the broker they knew.
      const port = gossip.port;
      await gossip.stop({ keepData: true });
      gossip = await startGossip({ props: { ...groupProps, port: String(port) }, dataDir });
      broker.bootstrap = gossip.bootstrap;
      broker.port = gossip.port;
      broker.nodeId = gossip.nodeId;
    },
    stop: async () => {
      await gossip.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return broker;
}
