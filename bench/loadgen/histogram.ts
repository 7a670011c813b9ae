// HDR-style latency histogram: values in microseconds land in log-linear buckets (64 linear steps
// per power of two, so any reported percentile is at most ~1.6% above the true value) and recording is
// one array increment, cheap enough for every request. Percentiles walk the counts once.

const subBucketBits = 7;
const subBuckets = 1 << subBucketBits;
const maxPowers = 40;

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
}

export class LatencyHistogram {
  private readonly counts = new Float64Array(maxPowers * subBuckets);
  private total = 0;
  private maxUs = 0;

  /** Records one latency in milliseconds (fractions allowed; negatives count as 0). */
  recordMs(ms: number): void {
    const us = ms > 0 ? Math.round(ms * 1000) : 0;
    if (us > this.maxUs) this.maxUs = us;
    this.counts[bucketOf(us)]! += 1;
    this.total++;
  }

  /** Adds every value recorded in `other` to this histogram. */
  merge(other: LatencyHistogram): void {
    for (let i = 0; i < this.counts.length; i++) this.counts[i]! += other.counts[i]!;
    this.total += other.total;
    if (other.maxUs > this.maxUs) this.maxUs = other.maxUs;
  }

  get count(): number {
    return this.total;
  }

  /** The value (ms) below or at which `q` (0..1) of the recorded values fall. */
  quantileMs(q: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.total));
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return Math.min(upperOf(i), this.maxUs) / 1000;
    }
    return this.maxUs / 1000;
  }

  summary(): LatencySummary {
    return {
      count: this.total,
      p50Ms: this.quantileMs(0.5),
      p99Ms: this.quantileMs(0.99),
      p999Ms: this.quantileMs(0.999),
      maxMs: this.maxUs / 1000,
    };
  }
}

function bucketOf(us: number): number {
  if (us < subBuckets) return us;
  const power = Math.floor(Math.log2(us)) - subBucketBits + 1;
  const sub = Math.floor(us / 2 ** power) - subBuckets / 2;
  const index = power * (subBuckets / 2) + subBuckets / 2 + sub;
  return Math.min(index, maxPowers * subBuckets - 1);
}

/** Largest microsecond value that maps to bucket `index`. */
function upperOf(index: number): number {
  if (index < subBuckets) return index;
  const half = subBuckets / 2;
  const power = Math.floor((index - half) / half);
  const sub = (index - half) % half;
  return (sub + half + 1) * 2 ** power - 1;
}
