import { describe, expect, it } from 'vitest';
import { compareFigure, DEFAULT_COMPARE_OPTIONS, type HistoryPoint } from '../../src/history/compare.js';
import { simulateP95 } from '../support/history-simulation.js';

const points = (values: number[]): HistoryPoint[] =>
  values.map((value, i) => ({ commit: `c${i}`, time: `2024-01-0${(i % 9) + 1}T00:00:00Z`, value }));
const bare = (value: number) => ({ value, low: null, high: null });
const overall = { kind: 'overall' } as const;
// Ten runs whose logs have mean ln(100) and a spread of about 5%.
const steady = [95, 105, 100, 98, 102, 97, 103, 100, 96, 104];

describe('compareFigure', () => {
  it('passes a value inside the band and fails one past it and past the practical minimum', () => {
    const inside = compareFigure(overall, 'p95', bare(108), points(steady));
    expect(inside.status).toBe('pass');
    expect(inside.centre).toBeCloseTo(99.9, 0);
    expect(inside.bound).toBeGreaterThan(108);
    const slower = compareFigure(overall, 'p95', bare(130), points(steady));
    expect(slower.status).toBe('regression');
    expect(slower.change).toBeCloseTo(0.301, 2);
    expect(slower.runs).toBe(10);
  });

  it('reports, but does not fail, a value past the band yet under min-change', () => {
    const tight = [100, 100.5, 99.5, 100.2, 99.8, 100.1, 99.9, 100.3, 99.7, 100];
    const result = compareFigure(overall, 'p95', bare(105), points(tight));
    expect(result.band).toBeLessThan(105);
    // The row fails only past the practical minimum, and that is the bound the report shows.
    expect(result.bound).toBeCloseTo(110, 0);
    expect(result.status).toBe('notable');
    expect(result.detectableChange).toBeCloseTo(DEFAULT_COMPARE_OPTIONS.minChange, 9);
  });

  it("never widens the band by the judged run's own interval", () => {
    // Base runs whose own intervals are ±5%: their spread already carries that noise.
    const recorded = points(steady).map((p) => ({ ...p, low: p.value / 1.05, high: p.value * 1.05 }));
    const narrow = compareFigure(overall, 'p95', { value: 116, low: 110, high: 122 }, recorded);
    const noisy = compareFigure(overall, 'p95', { value: 116, low: 90, high: 150 }, recorded);
    expect(noisy.bound).toBe(narrow.bound);
    expect(narrow.status).toBe('regression');
    // Slower than the bound, but with an interval wide enough that it might not be: no pass, no fail.
    expect(noisy.status).toBe('inconclusive');
    expect(noisy.excessNoise).toBeGreaterThan(0);
  });

  it('gives no pass to a run whose interval is 10× wider than the history runs', () => {
    const recorded = points(steady).map((p) => ({ ...p, low: p.value / 1.03, high: p.value * 1.03 }));
    // At the history's centre, but its ±30% interval reaches past the fail point.
    const wide = compareFigure(overall, 'p95', { value: 100, low: 100 / 1.3, high: 130 }, recorded);
    expect(wide.status).toBe('inconclusive');
    const same = compareFigure(overall, 'p95', { value: 100, low: 100 / 1.03, high: 103 }, recorded);
    expect(same.status).toBe('pass');
    // Far past the fail point even allowing for its own noise: a regression all the same.
    expect(compareFigure(overall, 'p95', { value: 300, low: 300 / 1.3, high: 390 }, recorded).status).toBe(
      'regression',
    );
  });

  it('leaves one disturbed base run out of the band instead of widening it', () => {
    const disturbed = [100, 104, 97, 102, 250];
    const result = compareFigure(overall, 'p95', bare(150), points(disturbed));
    expect(result.outliers).toBe(1);
    expect(result.status).toBe('regression');
    expect(result.centre).toBeCloseTo(100.7, 0);
  });

  it('shows the real fail point of an error-rate band over a history of zeros', () => {
    const zeros = compareFigure(overall, 'error-rate', bare(0.005), points([0, 0, 0, 0, 0]));
    expect(zeros.band).toBe(0);
    expect(zeros.bound).toBe(0.01);
    expect(zeros.status).toBe('notable');
  });

  it('treats fewer requests per second as worse, more as better', () => {
    expect(compareFigure(overall, 'rps', bare(70), points(steady)).status).toBe('regression');
    expect(compareFigure(overall, 'rps', bare(70), points(steady)).change).toBeCloseTo(0.3, 1);
    expect(compareFigure(overall, 'rps', bare(200), points(steady)).status).toBe('pass');
    expect(compareFigure(overall, 'p95', bare(50), points(steady)).status).toBe('pass');
  });

  it('judges error rate additively: a few stray errors over a history of zeros are not a regression', () => {
    const zeros = points([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const stray = compareFigure(overall, 'error-rate', bare(0.002), zeros);
    expect(stray.status).toBe('notable');
    expect(stray.changeUnit).toBe('absolute');
    expect(stray.detectableChange).toBe(0.01);
    expect(compareFigure(overall, 'error-rate', bare(0.05), zeros).status).toBe('regression');
    const noisy = points([0.01, 0.03, 0.02, 0.015, 0.025, 0.02, 0.01, 0.03, 0.02, 0.02]);
    expect(compareFigure(overall, 'error-rate', bare(0.04), noisy).status).toBe('pass');
    expect(compareFigure(overall, 'error-rate', bare(0.08), noisy).status).toBe('regression');
  });

  it('says how many runs are missing and judges nothing with fewer than needed', () => {
    const result = compareFigure(overall, 'p95', bare(500), points([100, 101, 99]));
    expect(result).toMatchObject({ status: 'insufficient', runs: 3, needed: 5, bound: null });
  });

  it('uses only the newest `runs` values', () => {
    const old = Array.from({ length: 20 }, () => 1000);
    const result = compareFigure(overall, 'p95', bare(200), points([...old, ...steady]));
    expect(result.runs).toBe(10);
    expect(result.status).toBe('regression');
    expect(result.history.map((p) => p.value)).toEqual(steady);
  });

  it('refuses options that cannot give a band', () => {
    expect(() =>
      compareFigure(overall, 'p95', bare(1), points(steady), { ...DEFAULT_COMPARE_OPTIONS, minRuns: 2 }),
    ).toThrow(/minRuns 2/);
  });
});

describe('the test on simulated shared-runner histories (10 base runs, 1,000 trials, seeded)', () => {
  const withinRunSigma = 0.03;
  // sigma 0.05 / 0.07: runs within about ±10% / ±15% of each other (2 sigma).
  for (const runToRunSigma of [0.05, 0.07]) {
    // The band no longer counts within-run noise twice, so unchanged runs land past it at its own 1%
    // (1,000 trials: ±0.3 points of sampling noise), no longer well under it.
    it(`run-to-run sigma ${runToRunSigma}: about 1% of unchanged runs fail, at least 95% of 50%-slower runs do`, () => {
      const setup = { runToRunSigma, withinRunSigma, trials: 1000, seed: 7 };
      expect(simulateP95(setup, 0).failRate).toBeLessThan(0.015);
      expect(simulateP95({ ...setup, seed: 8 }, 0.5).failRate).toBeGreaterThanOrEqual(0.95);
    });
  }
  // Wider spreads: the 99% bound still keeps false fails at about 1%; it is the detection that suffers.
  for (const runToRunSigma of [0.1, 0.15, 0.2]) {
    it(`run-to-run sigma ${runToRunSigma}: false fails stay near the bound's 1% (under 1.5% of 4,000)`, () => {
      const outcome = simulateP95({ runToRunSigma, withinRunSigma, trials: 4000, seed: 11 }, 0);
      expect(outcome.failRate).toBeLessThan(0.015);
    });
  }
});
