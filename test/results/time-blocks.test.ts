import { describe, expect, it } from 'vitest';
import { percentileCi } from '../../src/results/stats.js';
import { blockTallies, t95, timeAwareIntervals } from '../../src/results/time-blocks.js';
import { percentile } from '../../src/results/stats.js';
import { seededRandom } from '../support/seeded-random.js';

function spread(seconds: number, perSecond: number): Float64Array {
  return Float64Array.from({ length: seconds * perSecond }, (_, i) => (i / perSecond) * 1000);
}

/** The blocks of requests at `times` (all 1 ms, none failed). */
function timeBlocks(times: Float64Array) {
  return blockTallies({ times, durations: times.map(() => 1), failed: new Int8Array(times.length) }, 1, 1);
}

describe('time blocks', () => {
  it('cuts a span into 10 blocks of at least 5 s, and refuses a span shorter than 50 s', () => {
    expect(timeBlocks(spread(49, 10))).toBeNull();
    const blocks = timeBlocks(spread(300, 10));
    expect(blocks?.count).toBe(10);
    expect(blocks?.blockMs).toBeCloseTo(29_990, 0);
  });

  it('refuses a span whose requests leave blocks empty (a burst at each end)', () => {
    const times = Float64Array.from([...spread(10, 10), ...spread(10, 10).map((t) => t + 290_000)]);
    expect(timeBlocks(times)).toBeNull();
  });

  it('uses Student t quantiles for few blocks, the normal one for many', () => {
    expect(t95(9)).toBe(2.262);
    expect(t95(1000)).toBeCloseTo(1.96, 2);
  });
});

describe('time-aware intervals', () => {
  function run(slowFrom: number | null): { durations: Float64Array; times: Float64Array; failed: Int8Array } {
    const random = seededRandom(7);
    const times = spread(300, 20);
    const durations = times.map(
      (t) => (slowFrom !== null && t >= slowFrom ? 40 : 10) * Math.exp(0.3 * (random() - 0.5)),
    );
    const failed = Int8Array.from(times, () => (random() < 0.01 ? 1 : 0));
    return { durations, times, failed };
  }

  function intervals(sample: ReturnType<typeof run>) {
    const sorted = sample.durations.slice().sort();
    let failures = 0;
    for (const f of sample.failed) failures += f;
    const figures = {
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      errorRate: failures / sample.failed.length,
      failedSamples: sample.failed.length,
    };
    return { sorted, figures, found: timeAwareIntervals(sample, sorted, figures) };
  }

  it('is about as wide as independent draws when requests are independent, and holds the value', () => {
    const { sorted, figures, found } = intervals(run(null));
    const old = percentileCi(sorted, 0.95);
    expect(found?.basis).toEqual({ method: 'time blocks', blocks: 10, blockSeconds: expect.closeTo(29.995, 2) });
    expect(found!.p95!.low).toBeLessThanOrEqual(figures.p95);
    expect(found!.p95!.high).toBeGreaterThanOrEqual(figures.p95);
    const ratio = (found!.p95!.high - found!.p95!.low) / (old.high - old.low);
    expect(ratio).toBeGreaterThanOrEqual(0.9);
    expect(ratio).toBeLessThan(2);
    expect(found!.errorRate!.low).toBeLessThan(figures.errorRate);
    expect(found!.errorRate!.high).toBeGreaterThan(figures.errorRate);
  });

  it('widens far beyond independent draws when a slow spell decides the tail', () => {
    const { sorted, found } = intervals(run(270_000));
    const old = percentileCi(sorted, 0.95);
    expect(found!.p95!.high - found!.p95!.low).toBeGreaterThan(5 * (old.high - old.low));
  });

  it('gives the same intervals for the same file', () => {
    expect(intervals(run(270_000)).found).toEqual(intervals(run(270_000)).found);
  });
});

describe('block tallies', () => {
  it('counts every request once, in the half-block of its time, beside its failure sample', () => {
    const times = spread(100, 10);
    const durations = times.map((t) => (t % 3000 === 0 ? 50 : 5));
    const failed = Int8Array.from(times, (t, i) => (i % 7 === 0 ? -1 : t % 2000 === 0 ? 1 : 0));
    const tallies = blockTallies({ times, durations, failed }, 5, 10);
    const sum = (a: Float64Array | undefined) => (a ? a.reduce((x, y) => x + y, 0) : Number.NaN);
    expect(tallies?.count).toBe(10);
    expect(sum(tallies?.sizes)).toBe(1000);
    expect(sum(tallies?.atOrBelowP95)).toBe(durations.filter((d) => d <= 5).length);
    expect(sum(tallies?.atOrBelowP99)).toBe(durations.filter((d) => d <= 10).length);
    expect(sum(tallies?.failSamples)).toBe(failed.filter((f) => f >= 0).length);
    expect(sum(tallies?.failures)).toBe(failed.filter((f) => f === 1).length);
    // 100 requests per 10 s block, 50 in each half.
    expect(Array.from(tallies?.sizes ?? []).slice(0, 4)).toEqual([50, 50, 50, 50]);
  });
});
