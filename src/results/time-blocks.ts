/**
 * 95% intervals that respect time: latencies and failures within a run come in bursts (queues,
 * GC pauses, noisy neighbours), so requests close in time are not independent draws and an
 * interval that treats them so is far too narrow. Batch means (Schmeiser 1982) over time blocks:
 * the run is cut into `blocks` equal stretches of time; how much the blocks disagree with each
 * other measures the run's real uncertainty, whatever the correlation within a block.
 *
 * For a percentile p with k6's value q: the share of requests at or below q is p overall; its
 * variance is estimated from the blocks (a ratio estimator, since blocks hold unequal counts:
 * Var = B/(B-1) · Σ (k_b − p·n_b)² / N²) and never taken below the independent-draws
 * variance p(1−p)/N. p ± t·se (Student t with B−1 degrees of freedom) maps back to order
 * statistics of the whole sample (Woodruff's method). The error rate gets Wilson's interval
 * on the effective sample size N / design effect, with the same t.
 *
 * Block rule: blocks of at least BLOCK_MIN_MS, as many as fit up to MAX_BLOCKS; a span with
 * fewer than MIN_BLOCKS non-empty blocks is too short to see its own bursts, and the intervals
 * fall back to independent draws, which the basis says. Pure and deterministic: no sampling.
 */
import type { ConfidenceInterval, IntervalBasis } from './types.js';

export const BLOCK_MIN_MS = 5000;
export const MIN_BLOCKS = 10;
export const MAX_BLOCKS = 10;

/** Group requests in arrival order: durations (ms), their times (ms, any origin), failure flags (1, 0, -1 none). */
export interface TimedSample {
  durations: ArrayLike<number>;
  times: ArrayLike<number>;
  failed: ArrayLike<number>;
}

export interface TimeAwareIntervals {
  basis: IntervalBasis;
  p95: ConfidenceInterval | null;
  p99: ConfidenceInterval | null;
  errorRate: ConfidenceInterval | null;
}

/** Per half-block counts of one group, tallied in one pass (half-block h lies in block h >> 1). */
export interface BlockTallies {
  count: number;
  blockMs: number;
  /** Requests with a duration, and of them those at or below the p95 and the p99. */
  sizes: Float64Array;
  atOrBelowP95: Float64Array;
  atOrBelowP99: Float64Array;
  /** Requests with an http_req_failed sample, and the failures among them. */
  failSamples: Float64Array;
  failures: Float64Array;
}

/**
 * The blocks of the sample's span of time and its counts in each half-block, or null when the
 * span holds fewer than MIN_BLOCKS non-empty blocks of BLOCK_MIN_MS. One pass for the span, one
 * for every count: a short-lived process runs each loop only a few times, so fewer loops is faster.
 */
export function blockTallies(sample: TimedSample, p95: number, p99: number): BlockTallies | null {
  const { times, durations, failed } = sample;
  const n = times.length;
  if (n === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  const count = Math.min(MAX_BLOCKS, Math.floor((last - first) / BLOCK_MIN_MS));
  if (count < MIN_BLOCKS) return null;
  const blockMs = (last - first) / count;
  const halves = 2 * count;
  const sizes = new Float64Array(halves);
  const atOrBelowP95 = new Float64Array(halves);
  const atOrBelowP99 = new Float64Array(halves);
  const failSamples = new Float64Array(halves);
  const failures = new Float64Array(halves);
  for (let i = 0; i < n; i++) {
    const h = Math.min(halves - 1, Math.floor((((times[i] as number) - first) * 2) / blockMs));
    sizes[h] = (sizes[h] as number) + 1;
    const d = durations[i] as number;
    if (d <= p95) atOrBelowP95[h] = (atOrBelowP95[h] as number) + 1;
    if (d <= p99) atOrBelowP99[h] = (atOrBelowP99[h] as number) + 1;
    const f = failed[i] as number;
    if (f >= 0) {
      failSamples[h] = (failSamples[h] as number) + 1;
      failures[h] = (failures[h] as number) + f;
    }
  }
  let nonEmpty = 0;
  for (let b = 0; b < count; b++) if ((sizes[2 * b] as number) + (sizes[2 * b + 1] as number) > 0) nonEmpty++;
  return nonEmpty < MIN_BLOCKS ? null : { count, blockMs, sizes, atOrBelowP95, atOrBelowP99, failSamples, failures };
}

/** Two-sided 95% quantile of Student's t with `df` degrees of freedom (df >= 1). */
export function t95(df: number): number {
  const table = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
    2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
  ];
  if (df <= table.length) return table[Math.max(1, Math.floor(df)) - 1] as number;
  const z = 1.959963984540054;
  return z + (z ** 3 + z) / (4 * df);
}

/** Batch-means variance of the share Σk/Σn from per-block counts, over the blocks that hold requests. */
function batchVariance(hits: Float64Array, sizes: Float64Array, share: number): { variance: number; blocks: number } {
  let total = 0;
  let sumSq = 0;
  let blocks = 0;
  for (let b = 0; b < sizes.length; b++) {
    const n = sizes[b] as number;
    if (n === 0) continue;
    blocks++;
    total += n;
    const r = (hits[b] as number) - share * n;
    sumSq += r * r;
  }
  return { variance: blocks > 1 && total > 0 ? ((blocks / (blocks - 1)) * sumSq) / (total * total) : 0, blocks };
}

/**
 * The share's variance from half-blocks (`hits`, `sizes` hold 2·B half-blocks): batch means
 * underestimate it by about c/(block length) when bursts last a good part of a block, so the
 * estimate over blocks (V) and over half-blocks (V½) extrapolate to 2V − V½ (Richardson), never
 * below V. Degrees of freedom: the blocks'.
 */
function blockVariance(hits: Float64Array, sizes: Float64Array, share: number): { variance: number; blocks: number } {
  const half = batchVariance(hits, sizes, share);
  const pairs = Math.floor(sizes.length / 2);
  const pairHits = new Float64Array(pairs);
  const pairSizes = new Float64Array(pairs);
  for (let b = 0; b < pairs; b++) {
    pairHits[b] = (hits[2 * b] as number) + (hits[2 * b + 1] as number);
    pairSizes[b] = (sizes[2 * b] as number) + (sizes[2 * b + 1] as number);
  }
  const whole = batchVariance(pairHits, pairSizes, share);
  return { variance: Math.max(whole.variance, 2 * whole.variance - half.variance), blocks: whole.blocks };
}

/** The percentile's interval over the blocks: `sorted` ascending, `hits` the requests at or below k6's value per half-block. */
function percentileInterval(
  sorted: ArrayLike<number>,
  hits: Float64Array,
  sizes: Float64Array,
  p: number,
): { interval: ConfidenceInterval; blocks: number } {
  const n = sorted.length;
  const { variance, blocks } = blockVariance(hits, sizes, p);
  const se = Math.sqrt(Math.max(variance, (p * (1 - p)) / n));
  const t = t95(blocks - 1);
  const lowRank = Math.max(1, Math.floor(n * (p - t * se)));
  const highRank = Math.min(n, Math.ceil(n * (p + t * se)) + 1);
  return { interval: { low: sorted[lowRank - 1] as number, high: sorted[highRank - 1] as number }, blocks };
}

/** Wilson's score interval for `rate` observed over an effective `n` requests, with quantile `z`. */
export function wilson(rate: number, n: number, z: number): ConfidenceInterval {
  const z2 = z * z;
  const centre = (rate + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((rate * (1 - rate)) / n + z2 / (4 * n * n));
  return { low: rate === 0 ? 0 : Math.max(0, centre - half), high: rate === 1 ? 1 : Math.min(1, centre + half) };
}

/** The error rate's interval over the blocks; `rate` is k6's http_req_failed rate. */
function errorRateInterval(failures: Float64Array, failSamples: Float64Array, rate: number): ConfidenceInterval {
  let n = 0;
  for (const size of failSamples) n += size;
  const { variance, blocks } = blockVariance(failures, failSamples, rate);
  const independent = (rate * (1 - rate)) / n;
  // Design effect: how many times wider the variance is than independent draws'; never below 1.
  const effect = independent > 0 ? Math.max(1, variance / independent) : 1;
  return wilson(rate, n / effect, t95(blocks - 1));
}

/**
 * Time-aware 95% intervals of p95, p99 and the error rate, or null when the span is too short
 * for MIN_BLOCKS blocks (the caller then keeps the independent-draws intervals). `sorted` is
 * the durations ascending; p95, p99 and errorRate are k6's values.
 */
export function timeAwareIntervals(
  sample: TimedSample,
  sorted: ArrayLike<number>,
  figures: { p95: number; p99: number; errorRate: number; failedSamples: number },
): TimeAwareIntervals | null {
  if (sorted.length !== sample.durations.length) return null;
  const tallies = blockTallies(sample, figures.p95, figures.p99);
  if (tallies === null) return null;
  const { sizes, failSamples, failures } = tallies;
  const p95 = percentileInterval(sorted, tallies.atOrBelowP95, sizes, 0.95);
  const p99 = percentileInterval(sorted, tallies.atOrBelowP99, sizes, 0.99);
  return {
    basis: { method: 'time blocks', blocks: p95.blocks, blockSeconds: tallies.blockMs / 1000 },
    p95: p95.interval,
    p99: p99.interval,
    errorRate: figures.failedSamples > 0 ? errorRateInterval(failures, failSamples, figures.errorRate) : null,
  };
}
