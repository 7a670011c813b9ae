// Wall-clock milliseconds with sub-millisecond resolution (the monotonic clock anchored at the
// process's time origin), used for record timestamps and end-to-end latency in one process.

export function wallMs(): number {
  return performance.timeOrigin + performance.now();
}
