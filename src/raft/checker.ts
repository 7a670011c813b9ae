// The simulator's safety oracle for Raft's guarantees (Raft paper, Figure 3): election safety,
// log matching, leader completeness and state machine safety. It watches what nodes persist and
// apply, keeps one global record per (index, term) and per committed index, and throws a
// SafetyViolation the moment any node disagrees with it.
import type { Entry, NodeId, Snapshot } from './types.js';

export class SafetyViolation extends Error {
  constructor(
    readonly rule: string,
    detail: string,
  ) {
    super(`${rule}: ${detail}`);
  }
}

/** A number naming an entry's content: the client value, 0 for a no-op, negative for a config. */
export function entryId(entry: Entry): number {
  if (entry.kind === 'data') return entry.data.readUInt32LE(0);
  if (entry.kind === 'noop') return 0;
  let mask = 0;
  for (const v of entry.config!.voters) mask |= 1 << v;
  return -1 - mask;
}

/** Fold one applied entry into a state machine's running hash. */
export function nextStateHash(hash: number, entry: Entry): number {
  return (Math.imul(hash ^ (entryId(entry) | 0), 0x9e3779b1) + entry.index) >>> 0;
}

const TERM_SPACE = 2 ** 21;

export class SafetyChecker {
  private readonly leaders = new Map<number, NodeId>();
  /** (index, term) -> [entry id, previous entry's term]: log matching by induction. */
  private readonly entries = new Map<number, { id: number; prevTerm: number }>();
  private readonly committedTerm: number[] = [0];
  private readonly committedId: number[] = [0];
  private readonly committedHash: number[] = [0];
  /** index -> earliest term in which some node's commitIndex covered it. */
  private readonly commitTerm: number[] = [];
  /** index -> term and id of the entry committed there, as seen by the node that committed it. */
  private readonly commitEntryTerm: number[] = [];
  private readonly commitEntryId: number[] = [];

  get committedCount(): number {
    return this.committedTerm.length - 1;
  }

  /** Election safety: at most one leader per term. Returns true when this leadership is new. */
  leaderSeen(id: NodeId, term: number): boolean {
    const known = this.leaders.get(term);
    if (known === undefined) {
      this.leaders.set(term, id);
      return true;
    }
    if (known !== id)
      throw new SafetyViolation('election safety', `nodes ${known} and ${id} both lead term ${term}`);
    return false;
  }

  /**
   * A node's commitIndex covers `index` while it is in `term`, so the entry there is committed in
   * `term` or earlier. Two nodes must never consider different entries committed at one index.
   */
  commitObserved(id: NodeId, index: number, entry: Entry | undefined, term: number): void {
    const known = this.commitTerm[index];
    if (known === undefined || term < known) this.commitTerm[index] = term;
    if (entry === undefined) return;
    const knownTerm = this.commitEntryTerm[index];
    if (knownTerm === undefined) {
      this.commitEntryTerm[index] = entry.term;
      this.commitEntryId[index] = entryId(entry);
    } else if (knownTerm !== entry.term || this.commitEntryId[index] !== entryId(entry)) {
      throw new SafetyViolation(
        'state machine safety',
        `node ${id} commits ${entry.term}/${entryId(entry)} at ${index}; committed there is ${knownTerm}/${this.commitEntryId[index]}`,
      );
    }
  }

  /** Leader completeness: a leader of `term` holds every entry committed in an earlier term. */
  checkLeaderLog(
    id: NodeId,
    term: number,
    snapshotIndex: number,
    entryAt: (index: number) => Entry | undefined,
  ): void {
    for (let i = snapshotIndex + 1; i < this.commitTerm.length; i++) {
      const committedIn = this.commitTerm[i];
      const entryTerm = this.commitEntryTerm[i];
      if (committedIn === undefined || committedIn >= term || entryTerm === undefined) continue;
      const e = entryAt(i);
      if (e === undefined || e.term !== entryTerm || entryId(e) !== this.commitEntryId[i]) {
        throw new SafetyViolation(
          'leader completeness',
          `leader ${id} of term ${term} lacks entry ${i} (term ${entryTerm}) committed in term ${committedIn}; it has ${e === undefined ? 'nothing' : `term ${e.term}`}`,
        );
      }
    }
  }

  /** Log matching: an (index, term) always names the same entry after the same predecessor term. */
  persisted(id: NodeId, entry: Entry, prevTerm: number): void {
    const key = entry.index * TERM_SPACE + entry.term;
    const eid = entryId(entry);
    const known = this.entries.get(key);
    if (known === undefined) {
      this.entries.set(key, { id: eid, prevTerm });
      return;
    }
    if (known.id !== eid || known.prevTerm !== prevTerm) {
      throw new SafetyViolation(
        'log matching',
        `node ${id} has entry ${entry.index}/${entry.term} = ${eid} after term ${prevTerm}; another log has ${known.id} after term ${known.prevTerm}`,
      );
    }
  }

  /**
   * Committed entries are never removed by a node in the term they were committed in or later (every
   * leader from then on has them). A node still in an older term may follow a stale leader that
   * overwrites an entry it did not know was committed; Raft allows that, so it is not flagged.
   */
  removed(id: NodeId, entry: Entry, nodeTerm: number): void {
    const i = entry.index;
    const committedIn = this.commitTerm[i];
    if (committedIn === undefined || committedIn > nodeTerm) return;
    if (this.commitEntryTerm[i] === entry.term && this.commitEntryId[i] === entryId(entry)) {
      throw new SafetyViolation(
        'committed entry lost',
        `node ${id} in term ${nodeTerm} dropped entry ${i}, committed in term ${committedIn}`,
      );
    }
  }

  /** State machine safety: every node applies the same entry at an index. Returns the new hash. */
  applied(id: NodeId, entry: Entry, hashBefore: number): number {
    const hash = nextStateHash(hashBefore, entry);
    const i = entry.index;
    if (i < this.committedTerm.length) {
      if (this.committedTerm[i] !== entry.term || this.committedId[i] !== entryId(entry)) {
        throw new SafetyViolation(
          'state machine safety',
          `node ${id} applied ${entry.term}/${entryId(entry)} at ${i}; committed there is ${this.committedTerm[i]}/${this.committedId[i]}`,
        );
      }
      if (this.committedHash[i] !== hash) {
        throw new SafetyViolation('state machine safety', `node ${id} state differs after applying ${i}`);
      }
    } else if (i === this.committedTerm.length) {
      this.committedTerm.push(entry.term);
      this.committedId.push(entryId(entry));
      this.committedHash.push(hash);
    } else {
      throw new SafetyViolation(
        'state machine safety',
        `node ${id} applied ${i} before anyone applied ${i - 1}`,
      );
    }
    return hash;
  }

  /** A snapshot holds exactly the committed state at its index. */
  restored(id: NodeId, snapshot: Snapshot, hash: number): void {
    const known = this.committedHash[snapshot.index];
    if (known === undefined) {
      throw new SafetyViolation(
        'state machine safety',
        `node ${id} got a snapshot at uncommitted ${snapshot.index}`,
      );
    }
    if (known !== hash) {
      throw new SafetyViolation('state machine safety', `node ${id} snapshot at ${snapshot.index} differs`);
    }
  }
}
