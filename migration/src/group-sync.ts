// The rule for syncing group offsets onto the target while it may already be in use: only offsets
// that move a partition forward (or that the target lacks) are committed, never one behind the
// target's committed offset, so a sync cannot rewind consumers that already moved on GOssip.
import type { CommittedOffset } from './kafka-client.js';

/** The `expected` offsets that are ahead of (or missing from) the target's `current` ones. */
export function offsetsAhead(expected: CommittedOffset[], current: CommittedOffset[]): CommittedOffset[] {
  const now = new Map(current.map((o) => [`${o.topic}/${o.partition}`, o.offset]));
  return expected.filter((o) => {
    const c = now.get(`${o.topic}/${o.partition}`);
    return c === undefined || o.offset > c;
  });
}
