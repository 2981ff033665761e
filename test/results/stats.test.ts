import { describe, expect, it } from 'vitest';
import { binomialRanks, percentile, percentileCi, trendStats } from '../../src/results/stats.js';

describe('percentile (k6: i = p*(n-1), linear interpolation)', () => {
  it('is 0 for no values, as k6 reports', () => {
    expect(percentile([], 0.95)).toBe(0);
  });

  it('is the value itself for one value', () => {
    expect([0, 0.5, 0.95, 1].map((p) => percentile([7], p))).toEqual([7, 7, 7, 7]);
  });

  it('interpolates between two values', () => {
    expect([0, 0.5, 0.9, 0.95, 0.99, 1].map((p) => percentile([10, 20], p))).toEqual([10, 15, 19, 19.5, 19.9, 20]);
  });

  it('interpolates within three values', () => {
    // i = 0.95 * 2 = 1.9: 20 + (40 - 20) * 0.9
    expect(percentile([10, 20, 40], 0.95)).toBe(38);
    expect(percentile([10, 20, 40], 0.5)).toBe(20);
  });

  it('keeps ties and zeros', () => {
    expect(percentile([0, 0, 0], 0.99)).toBe(0);
    expect(percentile([0, 5, 5, 5], 0.5)).toBe(5);
    expect(percentile([1, 1, 2], 0.75)).toBe(1.5);
  });
});

describe('trendStats', () => {
  it('is null for an empty sample', () => {
    expect(trendStats([])).toBeNull();
  });

  it('sorts a copy and reports k6 figures', () => {
    const values = [3, 1, 2];
    expect(trendStats(values)).toEqual({
      count: 3,
      avg: 2,
      min: 1,
      med: 2,
      p90: 2.8,
      p95: 2.9,
      p99: 2.98,
      max: 3,
      p95Ci: { low: 1, high: 3 },
      p99Ci: { low: 1, high: 3 },
    });
    expect(values).toEqual([3, 1, 2]);
  });

  it('sums in arrival order for the average, as k6 does', () => {
    const values = [0.1, 0.2, 0.3, 1e16, -1e16];
    let inOrder = 0;
    for (const v of values) inOrder += v;
    expect(trendStats(values)?.avg).toBe(inOrder / values.length);
  });
});

describe('percentile confidence interval (order statistics, exact binomial)', () => {
  /** Binomial(n, p) probabilities from logs of factorials: an independent computation. */
  function pmf(n: number, p: number): number[] {
    const logFact = [0];
    for (let i = 1; i <= n; i++) logFact.push((logFact[i - 1] as number) + Math.log(i));
    return Array.from({ length: n + 1 }, (_, k) =>
      Math.exp(
        (logFact[n] as number) -
          (logFact[k] as number) -
          (logFact[n - k] as number) +
          k * Math.log(p) +
          (n - k) * Math.log(1 - p),
      ),
    );
  }
  const below = (probs: number[], k: number) => probs.slice(0, k + 1).reduce((a, b) => a + b, 0);
  const atLeast = (probs: number[], k: number) => probs.slice(k).reduce((a, b) => a + b, 0);

  it.each([
    [100, 0.95],
    [250, 0.95],
    [500, 0.99],
    [400, 0.5],
  ])('for n=%i, p=%f picks the tightest ranks with at most 2.5%% on each side', (n, p) => {
    const probs = pmf(n, p);
    const { lowRank, highRank } = binomialRanks(n, p, 0.025);
    expect(below(probs, lowRank - 1)).toBeLessThanOrEqual(0.025);
    expect(below(probs, lowRank)).toBeGreaterThan(0.025);
    expect(atLeast(probs, highRank)).toBeLessThanOrEqual(0.025);
    expect(atLeast(probs, highRank - 1)).toBeGreaterThan(0.025);
    // Coverage P(l <= B < u) is at least 95%.
    expect(below(probs, highRank - 1) - below(probs, lowRank - 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('is [min, max] when the sample is too small to bound the percentile', () => {
    expect(percentileCi([5], 0.95)).toEqual({ low: 5, high: 5 });
    expect(percentileCi([1, 2, 3], 0.99)).toEqual({ low: 1, high: 3 });
    const seventy = Array.from({ length: 70 }, (_, i) => i);
    expect(percentileCi(seventy, 0.95)).toEqual({ low: 0, high: 69 });
  });

  it('brackets the percentile with order statistics for a large sample', () => {
    const thousand = Array.from({ length: 1000 }, (_, i) => i + 1);
    // Ranks 936 and 964: the exact binomial interval for the p95 of 1000 values.
    expect(percentileCi(thousand, 0.95)).toEqual({ low: 936, high: 964 });
    expect(percentile(thousand, 0.95)).toBeGreaterThan(936);
    expect(percentile(thousand, 0.95)).toBeLessThan(964);
  });

  it('stays finite for a million values (no underflow)', () => {
    const { lowRank, highRank } = binomialRanks(1_000_000, 0.99, 0.025);
    expect(lowRank).toBeGreaterThan(989_000);
    expect(highRank).toBeLessThan(991_000);
    expect(lowRank).toBeLessThan(990_000);
    expect(highRank).toBeGreaterThan(990_000);
  });
});
