// Delayed operations: a fetch that wants more bytes than are there waits here until one of its
// partitions is appended to, or its max_wait_ms passes. Waiting is event-driven (onAppend hooks), never
// a poll loop; timers are unref'd so a pending fetch never holds the process open at shutdown.

export interface AppendSource {
  onAppend(listener: () => void): () => void;
}

/** Resolves on the first append to any source, or after timeoutMs. */
export function waitForAppend(sources: readonly AppendSource[], timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const unsubscribes: (() => void)[] = [];
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const off of unsubscribes) off();
      resolve();
    };
    const timer = setTimeout(finish, Math.max(0, timeoutMs));
    timer.unref();
    for (const s of sources) unsubscribes.push(s.onAppend(finish));
  });
}
