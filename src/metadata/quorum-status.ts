// A read-only view of the metadata quorum, in the terms Kafka's DescribeQuorum reports: leader,
// epoch (the Raft term), high watermark and each voter's log end offset and fetch times. Offsets
// count GOssip's metadata records (the offsets MetadataLog hands out), as exclusive ends: the high
// watermark and a log end offset are "the next record's offset", like Kafka's. -1 means unknown.
import type { MetadataLog } from './metadata-log.js';

export interface QuorumReplicaStatus {
  replicaId: number;
  /** End of the replica's log (next offset), or -1 when unknown. */
  logEndOffset: number;
  /** Leader wall-clock ms of the replica's last fetch (append or heartbeat response), or -1. */
  lastFetchTimestamp: number;
  /** Leader wall-clock ms when the replica was last seen holding the leader's whole log, or -1. */
  lastCaughtUpTimestamp: number;
}

export interface QuorumNodeEndpoint {
  nodeId: number;
  listeners: { name: string; host: string; port: number }[];
}

export interface QuorumStatus {
  leaderId: number;
  leaderEpoch: number;
  /** Next offset after the last committed metadata record. */
  highWatermark: number;
  voters: QuorumReplicaStatus[];
  observers: QuorumReplicaStatus[];
  /** The voters' quorum endpoints. */
  nodes: QuorumNodeEndpoint[];
}

/** Something that can describe the quorum: a quorum log, or the cluster layer forwarding to one. */
export interface QuorumStatusSource {
  /** Rejects with NotLeaderError when only the leader can answer and it cannot be reached. */
  quorumStatus(): Promise<QuorumStatus>;
}

/** The name under which a voter's quorum endpoint is reported (Kafka's controller listener). */
export const QUORUM_LISTENER_NAME = 'CONTROLLER';

/**
 * A single node is a quorum of one: it leads epoch 1, everything in its log is committed, and it
 * has just "fetched" its own log, so both timestamps are now (as Kafka reports its leader).
 */
export function singleNodeQuorumStatus(
  nodeId: number,
  log: Pick<MetadataLog, 'committedOffset'>,
  nowMs: number,
  endpoint: { host: string; port: number } | null,
): QuorumStatus {
  const end = log.committedOffset() + 1;
  return {
    leaderId: nodeId,
    leaderEpoch: 1,
    highWatermark: end,
    voters: [
      { replicaId: nodeId, logEndOffset: end, lastFetchTimestamp: nowMs, lastCaughtUpTimestamp: nowMs },
    ],
    observers: [],
    nodes:
      endpoint === null
        ? []
        : [{ nodeId, listeners: [{ name: QUORUM_LISTENER_NAME, host: endpoint.host, port: endpoint.port }] }],
  };
}
