// Leader-side requests that change who is in charge: adding or removing one voter at a time (a new
// change waits until the last one and this leader's first no-op have committed), and handing
// leadership to a caught-up voter with TimeoutNow. Proposals are refused while a transfer runs.
import { appendLocal, EMPTY_DATA } from './node-log.js';
import { maybeCommit, replicateAll, replicateTo } from './node-replication.js';
import type { NodeState } from './node-state.js';
import type { ConfigChange, NodeId, ProposalRejected } from './types.js';

/** Append the config entry for `change`; null when done, else why it was refused. */
export function proposeConfigChange(s: NodeState, change: ConfigChange): ProposalRejected | null {
  const refused = s.refuseUnlessLeader();
  if (refused !== null) return refused;
  if (s.configIndex > s.commit || s.commit < s.leaderFirstIndex) {
    return s.rejected('config-change-pending');
  }
  const voters = s.config.voters.filter((v) => v !== change.id);
  if (change.type === 'add-voter') voters.push(change.id);
  voters.sort((a, b) => a - b);
  if (voters.length === s.config.voters.length || voters.length === 0) return s.rejected('config-unchanged');
  appendLocal(s, 'config', EMPTY_DATA, { voters });
  replicateAll(s);
  maybeCommit(s);
  return null;
}

/** Start handing leadership to `target`; null when started, else why it was refused. */
export function transferLeadership(s: NodeState, target: NodeId): ProposalRejected | null {
  const refused = s.refuseUnlessLeader();
  if (refused !== null) return refused;
  const pr = s.progress.get(target);
  if (pr === undefined) return s.rejected('not-a-voter');
  s.transferee = target;
  s.transferDeadline = s.now + s.options.electionTimeoutMs;
  if (pr.match === s.log.lastIndex) s.send({ type: 'timeout-now', from: s.id, to: target, term: s.term });
  else replicateTo(s, target, pr);
  return null;
}
