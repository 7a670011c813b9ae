// DescribeQuorum on any node of a cluster: only the Raft leader knows every voter's progress, so
// followers ask the leader over LeaderRpc (as Kafka brokers forward DescribeQuorum to the active
// controller) and the leader answers from its own RaftMetadataLog view.
import type { QuorumLog } from '../metadata/quorum.js';
import type { QuorumStatus, QuorumStatusSource } from '../metadata/quorum-status.js';
import type { LeaderRpc } from './leader-rpc.js';

const KIND = 'describe-quorum';
/** How long a follower keeps looking for a leader to answer before giving up. */
export const QUORUM_STATUS_TIMEOUT_MS = 5000;

/** True for quorum logs that can describe the quorum themselves (RaftMetadataLog). */
export function hasQuorumStatus(log: QuorumLog): log is QuorumLog & QuorumStatusSource {
  return typeof (log as Partial<QuorumStatusSource>).quorumStatus === 'function';
}

/** Serves the leader's view to other nodes and returns a source that asks the leader. */
export function leaderQuorumStatus(log: QuorumStatusSource, rpc: LeaderRpc): QuorumStatusSource {
  rpc.handle(KIND, () => log.quorumStatus());
  return {
    async quorumStatus(): Promise<QuorumStatus> {
      return (await rpc.call(KIND, null, () => log.quorumStatus(), QUORUM_STATUS_TIMEOUT_MS)) as QuorumStatus;
    },
  };
}
