/**
 * Simulated histories for the history test: base-branch runs whose level wanders from run to
 * run (lognormal, like a shared runner's neighbours) plus each run's own sampling noise, and a
 * PR run drawn the same way, optionally slower. Seeded, so every figure is reproducible.
 */
import { compareFigure, DEFAULT_COMPARE_OPTIONS, type CompareOptions } from '../../src/history/compare.js';
import { seededRandom } from './seeded-random.js';

/** Standard normal draws (Box–Muller) from a uniform source. */
export function normalSource(uniform: () => number): () => number {
  return () => {
    const u = Math.max(uniform(), Number.MIN_VALUE);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
}

export interface SimulationSetup {
  /** Lognormal sigma of the run-to-run spread (0.10 ≈ runs within ±20% of each other, 2 sigma). */
  runToRunSigma: number;
  /** Lognormal sigma of one run's own sampling noise in the figure; its 95% interval is recorded. */
  withinRunSigma: number;
  /** Base-branch runs in each history (default 10). */
  baseRuns?: number;
  trials: number;
  seed: number;
  options?: CompareOptions;
}

export interface SimulationOutcome {
  /** Share of trials whose PR run was judged a regression. */
  failRate: number;
  /** Median over trials of the smallest slow-down the band would fail (0.25 = +25%). */
  medianDetectableChange: number;
}

/** Runs `trials` histories and judges one PR run in each, `slowdown` slower (0.5 = 50% slower). */
export function simulateP95(setup: SimulationSetup, slowdown: number): SimulationOutcome {
  const normal = normalSource(seededRandom(setup.seed));
  const centre = 100;
  const draw = (factor: number) => {
    const value = centre * factor * Math.exp(setup.runToRunSigma * normal() + setup.withinRunSigma * normal());
    const half = 1.959964 * setup.withinRunSigma;
    return { value, low: value * Math.exp(-half), high: value * Math.exp(half) };
  };
  let fails = 0;
  const detectable: number[] = [];
  for (let trial = 0; trial < setup.trials; trial++) {
    const history = Array.from({ length: setup.baseRuns ?? 10 }, (_, i) => ({
      commit: `c${i}`,
      time: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
      ...draw(1),
    }));
    const pr = draw(1 + slowdown);
    const result = compareFigure({ kind: 'overall' }, 'p95', pr, history, setup.options ?? DEFAULT_COMPARE_OPTIONS);
    if (result.status === 'regression') fails += 1;
    detectable.push(result.detectableChange ?? Number.NaN);
  }
  detectable.sort((a, b) => a - b);
  return { failRate: fails / setup.trials, medianDetectableChange: detectable[Math.floor(detectable.length / 2)]! };
}
