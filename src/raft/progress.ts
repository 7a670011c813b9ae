// What a leader knows about each follower's log: matchIndex (known equal up to here), nextIndex
// (what to send next) and a flow-control state. 'probe' sends one append at a time until the
// follower's log position is found; 'replicate' pipelines up to maxInflight appends; 'snapshot'
// waits for an InstallSnapshot to land. Heartbeats recover pipelines whose appends were lost.
export type ProgressState = 'probe' | 'replicate' | 'snapshot';

export class Progress {
  next: number;
  match = 0;
  state: ProgressState = 'probe';
  /** In probe state: an append is out and no response or heartbeat has come since. */
  probeSent = false;
  /** Last index of each pipelined append not yet acknowledged, ascending. */
  inflight: number[] = [];
  /** Set by any response; the leader's check-quorum reads and clears it. */
  active = true;
  /** Set when matchIndex advanced since the last heartbeat; a stuck pipeline falls back to probe. */
  ackedSinceHeartbeat = false;
  pendingSnapshotIndex = 0;
  /** When the last InstallSnapshot went out; it is resent only after an election timeout. */
  snapshotSentAtMs = 0;

  constructor(next: number) {
    this.next = next;
  }

  /** Forget what is in flight and find the follower's position again from `next`. */
  becomeProbe(next: number): void {
    this.state = 'probe';
    this.next = Math.max(next, this.match + 1);
    this.probeSent = false;
    this.inflight.length = 0;
  }

  becomeReplicate(): void {
    this.state = 'replicate';
    this.next = this.match + 1;
    this.probeSent = false;
    this.inflight.length = 0;
  }

  acknowledge(matchIndex: number): void {
    if (matchIndex > this.match) {
      this.match = matchIndex;
      this.ackedSinceHeartbeat = true;
    }
    if (this.next <= this.match) this.next = this.match + 1;
    let drop = 0;
    while (drop < this.inflight.length && this.inflight[drop]! <= this.match) drop++;
    if (drop > 0) this.inflight.splice(0, drop);
  }
}
