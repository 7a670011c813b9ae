// The seam between the metadata controller and a Raft quorum. A QuorumLog is a MetadataLog whose
// appends succeed only on the current Raft leader (others reject with NotLeaderError naming the
// leader, so callers can forward), plus the leadership view and a small request/response channel
// between nodes that rides on the quorum's own connections (used to forward controller requests
// and broker heartbeats to the leader). A single node with no voters configured uses the
// LocalMetadataLog instead and never sees any of this.
import type { MetadataLog } from './metadata-log.js';

export interface QuorumVoter {
  id: number;
  host: string;
  port: number;
}

/** Thrown (as a rejected promise) by append() on a node that is not the Raft leader. */
export class NotLeaderError extends Error {
  constructor(readonly leaderId: number | null) {
    super(
      leaderId === null
        ? 'no metadata quorum leader is known'
        : `the metadata quorum leader is node ${leaderId}`,
    );
    this.name = 'NotLeaderError';
  }
}

/** Answers a request from another node; the resolved bytes are the reply. */
export type QuorumRequestHandler = (fromNodeId: number, body: Buffer) => Promise<Buffer>;

export interface QuorumLog extends MetadataLog {
  readonly nodeId: number;
  /** The leader this node currently knows of (itself included); null during an election. */
  leaderId(): number | null;
  /** Called whenever leaderId() changes (including to null). Returns unsubscribe. */
  onLeaderChange(listener: (leaderId: number | null) => void): () => void;
  /**
   * Resolves once this node's committed state includes everything committed before it became
   * leader (its first-term entry is committed); rejects with NotLeaderError if it is not leader.
   */
  leaderReady(): Promise<void>;
  /** Sends body to node `to` over the quorum transport; rejects on timeout or a lost connection. */
  request(to: number, body: Buffer, timeoutMs: number): Promise<Buffer>;
  /** Installs the handler for requests from other nodes (one handler; a later call replaces it). */
  handleRequests(handler: QuorumRequestHandler): void;
}
