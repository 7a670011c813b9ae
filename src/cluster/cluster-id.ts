// The cluster id of a multi-node cluster must be the same on every node, yet each node creates its
// own metadata directory. Without an explicit cluster.id, every node derives it from the voter list
// (sorted by id), so nodes configured with the same controller.quorum.voters agree on it.
import { createHash } from 'node:crypto';
import { isValidClusterId } from '../metadata/ids.js';
import type { QuorumVoter } from '../metadata/quorum.js';

export function clusterIdFromVoters(voters: readonly QuorumVoter[]): string {
  const text = [...voters]
    .sort((a, b) => a.id - b.id)
    .map((v) => `${v.id}@${v.host}:${v.port}`)
    .join(',');
  for (let round = 0; ; round++) {
    const id = createHash('sha256').update(`gossip-cluster:${round}:${text}`).digest().subarray(0, 16);
    const encoded = id.toString('base64url');
    if (!encoded.startsWith('-') && isValidClusterId(encoded)) return encoded;
  }
}
