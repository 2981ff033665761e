/**
 * Simulated runs whose true figures are known, for the interval calibration (test and script).
 * Latency: log-normal, log(ms) = mu + level(second) + noise(request), where the level is an
 * AR(1) process per second (bursts: a slow second is followed by slow seconds) and the noise is
 * independent per request. Stationary: log(ms) ~ Normal(mu, levelSd² + noiseSd²), so the true
 * p95 is exp(mu + z(0.95)·sd). Failures: a two-state Markov chain per second (calm / burst)
 * with a failure probability per state; the true error rate is the stationary mix.
 */
import { percentileCi } from '../../src/results/stats.js';
import { requestStats, type SampleGroups } from '../../src/results/sample-groups.js';
import { wilsonInterval } from '../../src/judge/interval.js';
import type { ConfidenceInterval } from '../../src/results/types.js';
import { seededRandom } from '../support/seeded-random.js';

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export interface RunModel {
  seconds: number;
  requestsPerSecond: number;
  /** log-latency: mean, AR(1) coefficient per second, stationary sd of the level, sd of the per-request noise. */
  mu: number;
  phi: number;
  levelSd: number;
  noiseSd: number;
  /** Failure bursts: P(calm → burst), P(burst → calm) per second; failure probability in each state. */
  toBurst: number;
  toCalm: number;
  calmFailure: number;
  burstFailure: number;
}

/** The full profile's 5 minutes, 6,000 requests; slow spells of a few seconds (AR(1) 0.8 per second), failure bursts of ~4 s. */
export const BURSTY_RUN: RunModel = {
  seconds: 300,
  requestsPerSecond: 20,
  mu: Math.log(20),
  phi: 0.8,
  levelSd: 0.35,
  noiseSd: 0.35,
  toBurst: 0.05,
  toCalm: 0.25,
  calmFailure: 0.002,
  burstFailure: 0.05,
};

/** Standard normal quantiles of 0.95 and 0.99. */
const Z = { 0.95: 1.6448536269514722, 0.99: 2.3263478740408408 } as const;

export function truePercentile(model: RunModel, p: 0.95 | 0.99): number {
  return Math.exp(model.mu + Z[p] * Math.hypot(model.levelSd, model.noiseSd));
}

export function trueErrorRate(model: RunModel): number {
  const burstShare = model.toBurst / (model.toBurst + model.toCalm);
  return burstShare * model.burstFailure + (1 - burstShare) * model.calmFailure;
}

export interface SimulatedRun {
  durations: Float64Array;
  times: Float32Array;
  failures: Int8Array;
}

export function simulateRun(model: RunModel, random: () => number): SimulatedRun {
  const n = model.seconds * model.requestsPerSecond;
  const durations = new Float64Array(n);
  const times = new Float32Array(n);
  const failures = new Int8Array(n);
  const innovationSd = model.levelSd * Math.sqrt(1 - model.phi * model.phi);
  let level = model.levelSd * normal(random);
  let burst = random() < model.toBurst / (model.toBurst + model.toCalm);
  let i = 0;
  for (let s = 0; s < model.seconds; s++) {
    const failure = burst ? model.burstFailure : model.calmFailure;
    for (let r = 0; r < model.requestsPerSecond; r++, i++) {
      times[i] = (s + (r + 0.5) / model.requestsPerSecond) * 1000;
      durations[i] = Math.exp(model.mu + level + model.noiseSd * normal(random));
      failures[i] = random() < failure ? 1 : 0;
    }
    level = model.phi * level + innovationSd * normal(random);
    burst = burst ? random() >= model.toCalm : random() < model.toBurst;
  }
  return { durations, times, failures };
}

export interface RunIntervals {
  p95: ConfidenceInterval;
  p99: ConfidenceInterval;
  errorRate: ConfidenceInterval;
}

/** The intervals the results engine gives a run (through requestStats), and the old independent-draws ones. */
export function intervalsOf(run: SimulatedRun): { timeAware: RunIntervals; independent: RunIntervals } {
  const n = run.durations.length;
  let failed = 0;
  for (const f of run.failures) failed += f;
  const groups: SampleGroups = {
    requests: [n],
    failed: [failed],
    failedSamples: [n],
    durations: [run.durations.slice()],
    times: [run.times],
    failures: [run.failures],
  };
  const stats = requestStats(groups, 0, 1);
  const sorted = run.durations.slice().sort();
  const d = stats.duration;
  if (d === null || !stats.errorRateCi) throw new Error('a simulated run has requests');
  return {
    timeAware: { p95: d.p95Ci, p99: d.p99Ci, errorRate: stats.errorRateCi },
    independent: {
      p95: percentileCi(sorted, 0.95),
      p99: percentileCi(sorted, 0.99),
      errorRate: wilsonInterval(failed, n) as ConfidenceInterval,
    },
  };
}

export interface Coverage {
  p95: { timeAware: number; independent: number };
  p99: { timeAware: number; independent: number };
  errorRate: { timeAware: number; independent: number };
}

/** Share of `runs` simulated runs (seeded) whose 95% intervals hold the true figures. */
export function coverage(model: RunModel, runs: number, seed: number): Coverage {
  const random = seededRandom(seed);
  const truth = { p95: truePercentile(model, 0.95), p99: truePercentile(model, 0.99), errorRate: trueErrorRate(model) };
  const hits = {
    p95: { timeAware: 0, independent: 0 },
    p99: { timeAware: 0, independent: 0 },
    errorRate: { timeAware: 0, independent: 0 },
  };
  const holds = (ci: ConfidenceInterval, value: number): number => (ci.low <= value && value <= ci.high ? 1 : 0);
  for (let r = 0; r < runs; r++) {
    const { timeAware, independent } = intervalsOf(simulateRun(model, random));
    for (const key of ['p95', 'p99', 'errorRate'] as const) {
      hits[key].timeAware += holds(timeAware[key], truth[key]);
      hits[key].independent += holds(independent[key], truth[key]);
    }
  }
  const share = (h: { timeAware: number; independent: number }) => ({
    timeAware: h.timeAware / runs,
    independent: h.independent / runs,
  });
  return { p95: share(hits.p95), p99: share(hits.p99), errorRate: share(hits.errorRate) };
}
