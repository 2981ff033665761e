/**
 * Prints how the history test behaves on simulated base-branch histories (`npx tsx
 * scripts/history-simulation.ts`): for several run-to-run noise levels, the share of unchanged
 * PR runs that fail, the share of 50%-slower runs caught, and the smallest slow-down the band
 * would fail.
 */
import { simulateP95 } from '../test/support/history-simulation.js';

const trials = 1000;
const withinRunSigma = 0.03;
console.log(
  `10 base runs, 1,000 trials each, within-run sigma ${withinRunSigma}, p95, bound 99% one-sided, min-change 10%`,
);
console.log('run-to-run sigma | false fails (unchanged) | caught (+50%) | caught (+100%) | detectable change (median)');
for (const runToRunSigma of [0.05, 0.1, 0.15, 0.2]) {
  const setup = { runToRunSigma, withinRunSigma, trials, seed: 20240601 };
  const unchanged = simulateP95(setup, 0);
  const slower = simulateP95({ ...setup, seed: setup.seed + 1 }, 0.5);
  const twice = simulateP95({ ...setup, seed: setup.seed + 2 }, 1.0);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `${runToRunSigma.toFixed(2).padStart(16)} | ${pct(unchanged.failRate).padStart(23)} | ${pct(slower.failRate).padStart(13)} | ${pct(twice.failRate).padStart(14)} | +${pct(unchanged.medianDetectableChange)}`,
  );
}
