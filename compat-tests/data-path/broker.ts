// Which broker a data-path test file runs against: GOssip (the default: `npm run build` first) or,
// with DATA_PATH_BROKER=kafka, the reference Apache Kafka 3.9 the drivers were checked against.
// Both start with 3 partitions per auto-created topic and time-based retention off, because the
// record set carries fixed CreateTimes in the past that retention would otherwise delete.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { missing } from '../harness/env.js';
import { startGossip } from '../harness/gossip-broker.js';
import { referenceKafkaAvailable, startReferenceKafka } from '../harness/reference-kafka.js';

export type BrokerKind = 'gossip' | 'kafka';

export interface DataPathBroker {
  kind: BrokerKind;
  bootstrap: string;
  host: string;
  port: number;
  nodeId: number;
  stop(): Promise<void>;
}

export const autoCreatedPartitions = 3;
const gossipCli = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'gossip.js');

/** The broker DATA_PATH_BROKER names ('gossip' unless it says 'kafka'). */
export function targetKind(): BrokerKind {
  return process.env.DATA_PATH_BROKER === 'kafka' ? 'kafka' : 'gossip';
}

/** A reason to skip when `kind` cannot run here (throws under CI=true), else undefined. */
export function brokerMissing(kind: BrokerKind): string | undefined {
  return kind === 'kafka'
    ? missing('java and mvn (for the reference Kafka broker)', referenceKafkaAvailable())
    : missing(`GOssip's build (${gossipCli}; run npm run build)`, existsSync(gossipCli));
}

export async function startBroker(kind: BrokerKind): Promise<DataPathBroker> {
  const props = { 'num.partitions': String(autoCreatedPartitions), 'log.retention.ms': '-1' };
  if (kind === 'kafka') {
    const kafka = await startReferenceKafka({ numPartitions: autoCreatedPartitions, extraProps: props });
    const { bootstrap, host, port } = kafka;
    return { kind, bootstrap, host, port, nodeId: 1, stop: () => kafka.stop() };
  }
  const gossip = await startGossip({ props });
  return {
    kind,
    bootstrap: gossip.bootstrap,
    host: gossip.host,
    port: gossip.port,
    nodeId: gossip.nodeId,
    stop: async () => {
      await gossip.stop();
    },
  };
}
