// Time as a dependency: code asks a Clock instead of calling Date.now(), so tests and simulators
// can drive time by hand. SystemClock reads the real clocks; ManualClock only moves when told to.

export interface Clock {
  /** Wall-clock time in milliseconds since the Unix epoch. */
  nowMs(): number;
  /** Monotonic time in milliseconds, for measuring intervals; never goes backwards. */
  monotonicMs(): number;
}

export class SystemClock implements Clock {
  nowMs(): number {
    return Date.now();
  }

  monotonicMs(): number {
    return performance.now();
  }
}

export class ManualClock implements Clock {
  private wallMs: number;
  private elapsedMs = 0;

  constructor(startMs = 0) {
    this.wallMs = startMs;
  }

  nowMs(): number {
    return this.wallMs;
  }

  monotonicMs(): number {
    return this.elapsedMs;
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`cannot move a clock by ${ms} ms`);
    this.wallMs += ms;
    this.elapsedMs += ms;
  }
}
