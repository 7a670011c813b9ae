// Every change a node makes to its Raft log (append, truncate, snapshot), each recorded as a LogOp in
// the current Effects, and the voter set the log implies: a config entry takes effect as soon as it
// is in the log, so appending or truncating one changes the config (and a leader's peer list).

import type { NodeState } from './node-state.js';
import { Progress } from './progress.js';
import type { ClusterConfig, Entry, EntryKind, Snapshot } from './types.js';

export const EMPTY_DATA = Buffer.alloc(0);

/** A new entry from this node, at the end of its log in its current term. */
export function appendLocal(s: NodeState, kind: EntryKind, data: Buffer, config: ClusterConfig | null): void {
  appendEntry(s, { index: s.log.lastIndex + 1, term: s.term, kind, data, config });
}

export function appendEntry(s: NodeState, entry: Entry): void {
  s.log.append(entry);
  const ops = s.fx.logOps;
  const last = ops[ops.length - 1];
  if (last !== undefined && last.op === 'append') (last.entries as Entry[]).push(entry);
  else ops.push({ op: 'append', entries: [entry] });
  if (entry.config !== null) setConfig(s, entry.config, entry.index);
}

/** Drop the entries from `index` on; if that removes the config in force, fall back to the one before. */
export function truncateFrom(s: NodeState, index: number): void {
  s.log.truncateFrom(index);
  s.fx.logOps.push({ op: 'truncate', fromIndex: index });
  if (s.configIndex >= index) reloadConfig(s);
}

/** Replace the log's snapshot, keeping the entries after it only when `keepEntriesAfter`. */
export function writeSnapshot(s: NodeState, snapshot: Snapshot, keepEntriesAfter: boolean): void {
  s.log.installSnapshot(snapshot, keepEntriesAfter);
  s.fx.logOps.push({ op: 'snapshot', snapshot, keepEntriesAfter });
}

/** Compact the log up to `index` (at most the applied index) under the state machine's `data`. */
export function compactLog(s: NodeState, index: number, data: Buffer): void {
  if (index <= s.log.snapshotIndex || index > s.applied) return;
  writeSnapshot(s, { index, term: s.log.term(index)!, config: configAt(s, index), data }, true);
}

/** Set the config from the last config entry in the log, or from the snapshot when there is none. */
export function reloadConfig(s: NodeState): void {
  const index = lastConfigIndexAtOrBefore(s, s.log.lastIndex);
  setConfig(
    s,
    index === null ? s.log.snapshot.config : s.log.entry(index)!.config!,
    index ?? s.log.snapshotIndex,
  );
}

function configAt(s: NodeState, index: number): ClusterConfig {
  const at = lastConfigIndexAtOrBefore(s, index);
  return at === null ? s.log.snapshot.config : s.log.entry(at)!.config!;
}

function lastConfigIndexAtOrBefore(s: NodeState, index: number): number | null {
  for (let i = index; i > s.log.snapshotIndex; i--) {
    if (s.log.entry(i)!.kind === 'config') return i;
  }
  return null;
}

/** A leader starts tracking added voters from its last index and forgets removed ones. */
function setConfig(s: NodeState, config: ClusterConfig, index: number): void {
  s.config = config;
  s.configIndex = index;
  if (s.role !== 'leader') return;
  for (const peer of [...s.progress.keys()]) {
    if (!config.voters.includes(peer)) s.progress.delete(peer);
  }
  for (const voter of config.voters) {
    if (voter !== s.id && !s.progress.has(voter)) {
      s.progress.set(voter, new Progress(s.log.lastIndex + 1));
    }
  }
  if (s.transferee !== null && !s.progress.has(s.transferee)) s.transferee = null;
}
