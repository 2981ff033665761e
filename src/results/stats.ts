/**
 * k6-exact trend statistics and distribution-free confidence intervals of percentiles.
 * Pure functions over plain numbers: no I/O, no knowledge of k6's file format.
 */
import type { ConfidenceInterval, TrendStats } from './types.js';

/**
 * k6's trend percentile (TrendSink.P): i = p*(n-1), linear interpolation between the values
 * at floor(i) and ceil(i). `sorted` must be ascending; 0 for an empty sample, as k6 reports.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  if (n === 1) return sorted[0] as number;
  const i = p * (n - 1);
  const lo = sorted[Math.floor(i)] as number;
  const hi = sorted[Math.ceil(i)] as number;
  return lo + (hi - lo) * (i - Math.floor(i));
}

/**
 * Statistics of `values` given in arrival order (avg sums in that order, as k6 does, so it
 * matches to the last digit). Returns null for an empty sample. Sorts a copy.
 */
export function trendStats(values: ArrayLike<number>): TrendStats | null {
  return trendStatsInPlace(Float64Array.from(values));
}

/** trendStats that sorts `values` itself, after summing them in arrival order: no copy. */
export function trendStatsInPlace(values: Float64Array): TrendStats | null {
  const figures = trendFiguresInPlace(values);
  if (figures === null) return null;
  return { ...figures, p95Ci: percentileCi(values, 0.95), p99Ci: percentileCi(values, 0.99) };
}

/** trendStatsInPlace without the percentiles' intervals, for callers that have better ones to give. */
export function trendFiguresInPlace(values: Float64Array): Omit<TrendStats, 'p95Ci' | 'p99Ci'> | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  const sorted = values.sort();
  return {
    count: n,
    avg: sum / n,
    min: sorted[0] as number,
    med: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[n - 1] as number,
  };
}

/**
 * Distribution-free 95% confidence interval of the p-quantile: [x(l), x(u)] (1-based order
 * statistics) where B ~ Binomial(n, p) counts the values below the true quantile and
 * P(l <= B < u) >= 0.95. l is the largest rank with P(B <= l-1) <= 2.5%, u the smallest with
 * P(B >= u) <= 2.5%. When either side has no such rank (fewer than 72 values for p95, 367 for
 * p99: even max is not a 97.5% upper bound) the sample is too small and the interval is
 * [min, max]. Exact binomial for every n (no normal approximation).
 */
export function percentileCi(sorted: ArrayLike<number>, p: number, level = 0.95): ConfidenceInterval {
  const n = sorted.length;
  if (n === 0) return { low: 0, high: 0 };
  const tail = (1 - level) / 2;
  const { lowRank, highRank } = binomialRanks(n, p, tail);
  return { low: sorted[lowRank - 1] as number, high: sorted[highRank - 1] as number };
}

/** The 1-based ranks l, u of percentileCi, from the exact Binomial(n, p) distribution. */
export function binomialRanks(n: number, p: number, tail: number): { lowRank: number; highRank: number } {
  const { first, probs } = binomialPmf(n, p);
  const last = first + probs.length - 1;
  // l: largest l >= 1 with P(B <= l-1) <= tail (terms below `first` are negligible).
  let lowRank = first;
  let cdf = 0;
  for (let k = first; k < n; k++) {
    cdf += probs[k - first] ?? 0;
    if (cdf > tail) break;
    lowRank = k + 1;
  }
  // u: smallest u <= n with P(B >= u) <= tail.
  let highRank = last + 1;
  let upper = 0;
  for (let k = last; k >= 1; k--) {
    upper += probs[k - first] ?? 0;
    if (upper > tail) break;
    highRank = k;
  }
  // A side whose 2.5% tail no order statistic can meet: the sample is too small, give [min, max].
  if (lowRank < 1 || highRank > n) return { lowRank: 1, highRank: n };
  return { lowRank, highRank };
}

/**
 * Binomial(n, p) probabilities of k = first .. first+probs.length-1, built by the ratio
 * recurrence outward from the mode and normalised by their sum, so nothing underflows even
 * for millions of values; terms below 1e-20 of the mode's are dropped (treated as 0).
 */
function binomialPmf(n: number, p: number): { first: number; probs: Float64Array } {
  if (p <= 0) return { first: 0, probs: Float64Array.of(1) };
  if (p >= 1) return { first: n, probs: Float64Array.of(1) };
  const q = 1 - p;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const below: number[] = [];
  const above: number[] = [];
  let w = 1;
  for (let k = mode; k > 0; k--) {
    w *= (k / (n - k + 1)) * (q / p);
    if (w < 1e-20) break;
    below.push(w);
  }
  w = 1;
  for (let k = mode; k < n; k++) {
    w *= ((n - k) / (k + 1)) * (p / q);
    if (w < 1e-20) break;
    above.push(w);
  }
  const probs = Float64Array.from([...below.reverse(), 1, ...above]);
  let total = 0;
  for (const x of probs) total += x;
  for (let i = 0; i < probs.length; i++) probs[i] = (probs[i] as number) / total;
  return { first: mode - below.length, probs };
}
