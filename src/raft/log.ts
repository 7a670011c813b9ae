// The in-memory view of a node's Raft log: a snapshot (everything up to snapshot.index, compacted)
// followed by contiguous entries. Index lookups are O(1) array offsets from the snapshot index; the
// durable copy is the driver's business, kept in step through the LogOps in Effects.
import type { Entry, Snapshot } from './types.js';

export class RaftLog {
  private entries: Entry[];

  constructor(
    private snap: Snapshot,
    entries: readonly Entry[],
  ) {
    this.entries = entries.slice();
    for (let i = 0; i < this.entries.length; i++) {
      if (this.entries[i]!.index !== snap.index + 1 + i)
        throw new Error('raft log entries are not contiguous');
    }
  }

  get snapshot(): Snapshot {
    return this.snap;
  }

  get snapshotIndex(): number {
    return this.snap.index;
  }

  get lastIndex(): number {
    return this.snap.index + this.entries.length;
  }

  get lastTerm(): number {
    const last = this.entries[this.entries.length - 1];
    return last === undefined ? this.snap.term : last.term;
  }

  /** The term at `index`, or undefined when it is compacted away (below the snapshot) or absent. */
  term(index: number): number | undefined {
    if (index === this.snap.index) return this.snap.term;
    return this.entries[index - this.snap.index - 1]?.term;
  }

  entry(index: number): Entry | undefined {
    return this.entries[index - this.snap.index - 1];
  }

  /** Entries in [from, toInclusive]; both must be within the log. */
  slice(from: number, toInclusive: number): Entry[] {
    return this.entries.slice(from - this.snap.index - 1, toInclusive - this.snap.index);
  }

  append(entry: Entry): void {
    if (entry.index !== this.lastIndex + 1)
      throw new Error(`raft append at ${entry.index} after ${this.lastIndex}`);
    this.entries.push(entry);
  }

  truncateFrom(index: number): void {
    this.entries.length = Math.max(0, index - this.snap.index - 1);
  }

  /** Replace the snapshot; keep the entries after it only when the log agrees at its index. */
  installSnapshot(snapshot: Snapshot, keepEntriesAfter: boolean): void {
    this.entries = keepEntriesAfter ? this.entries.slice(snapshot.index - this.snap.index) : [];
    this.snap = snapshot;
  }
}
