/**
 * The history test, pure. For each figure: the last N matching base-branch runs give a centre
 * and a spread; a one-sided prediction bound for one new run (Student's t, n − 1 degrees of
 * freedom) says how far a run of unchanged code can plausibly land. A value is a regression
 * only past that bound AND worse than the centre by a practical minimum.
 *
 * Latencies and rps are compared on the log scale: run-to-run spread of a shared runner is
 * multiplicative (a 2× slower neighbour doubles every latency), and logs of such figures are
 * close to normal, which is what makes the t bound calibrated. Error rate is compared on its own
 * additive scale: it sits at or near 0, where a log is undefined and a relative change
 * (0.1% → 0.3% = +200%) says nothing practical; its practical minimum is absolute (1 point).
 */
import type { Estimate, FigureSet, HistoryEntry } from './entry.js';
import { studentTQuantile } from '../stats/distributions.js';

export const FIGURE_NAMES = ['p50', 'p95', 'p99', 'errorRate', 'rps'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

export type FigureScope =
  | { kind: 'overall' }
  | { kind: 'endpoint'; name: string; method: string }
  | { kind: 'stage'; index: number; label: string };

export interface CompareOptions {
  /** Newest matching runs the band rests on (default 10). */
  runs: number;
  /** Fewer runs than this: no verdict from history (default 5). */
  minRuns: number;
  /** Practical minimum for latencies and rps, relative to the centre (default 0.10 = 10%). */
  minChange: number;
  /** Practical minimum for the error rate, in absolute terms (default 0.01 = 1 point). */
  minErrorRateIncrease: number;
  /** One-sided level of the prediction bound (default 0.99: 1 in 100 unchanged runs lands past it). */
  confidence: number;
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = {
  runs: 10,
  minRuns: 5,
  minChange: 0.1,
  minErrorRateIncrease: 0.01,
  confidence: 0.99,
};

/** pass: inside the band. notable: past the band, but under the practical minimum. */
export type FigureStatus = 'pass' | 'notable' | 'regression' | 'insufficient';

export interface HistoryPoint {
  commit: string;
  time: string;
  value: number;
}

export interface FigureComparison {
  scope: FigureScope;
  figure: FigureName;
  status: FigureStatus;
  /** This run's value. */
  value: number;
  /** The history's centre (geometric mean on the log scale, mean for error rate); null when insufficient. */
  centre: number | null;
  /** The prediction bound in the figure's unit: an upper bound, or a lower one for rps. */
  bound: number | null;
  /**
   * How much worse than the centre this run is: relative for latencies (+0.2 = 20% slower) and rps
   * (+0.2 = 20% fewer requests/s), absolute for error rate (+0.02 = 2 points). Negative is better.
   */
  change: number | null;
  /** The smallest change, in the same terms, that this band would fail. */
  detectableChange: number | null;
  changeUnit: 'relative' | 'absolute';
  /** Runs the band rests on, and how many are needed. */
  runs: number;
  needed: number;
  /** The base branch's values used, oldest first: the trend chart's points. */
  history: HistoryPoint[];
}

export interface RunComparison {
  figures: FigureComparison[];
  /** Matching runs available (at most `runs`). */
  runs: number;
  /** "history: 3 of 5 runs needed" when too few runs match, else null: judge against the thresholds file. */
  shortfall: string | null;
}

/** z of a two-sided 95% interval: turns a recorded interval's half-width into a standard deviation. */
const Z95 = 1.959963984540054;

const direction = (figure: FigureName): 'up' | 'down' => (figure === 'rps' ? 'down' : 'up');

function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}

/** The new run's own sampling noise, as a standard deviation on the scale of the test. */
function withinRunSd(current: Estimate, logScale: boolean): number {
  const { low, high } = current;
  if (low === null || high === null || !(high >= low)) return 0;
  if (!logScale) return (high - low) / (2 * Z95);
  if (low > 0) return Math.log(high / low) / (2 * Z95);
  return current.value > 0 && high > current.value ? Math.log(high / current.value) / Z95 : 0;
}

export function validateCompareOptions(options: CompareOptions): void {
  const { runs, minRuns, minChange, minErrorRateIncrease, confidence } = options;
  if (!Number.isInteger(minRuns) || minRuns < 3) throw new RangeError(`minRuns ${minRuns}: need an integer ≥ 3`);
  if (!Number.isInteger(runs) || runs < minRuns) throw new RangeError(`runs ${runs}: need an integer ≥ minRuns`);
  if (!(minChange >= 0 && minChange < 1)) throw new RangeError(`minChange ${minChange}: need 0 ≤ minChange < 1`);
  if (!(minErrorRateIncrease >= 0)) throw new RangeError(`minErrorRateIncrease ${minErrorRateIncrease}: need ≥ 0`);
  if (!(confidence >= 0.5 && confidence < 1)) throw new RangeError(`confidence ${confidence}: need 0.5 ≤ c < 1`);
}

/**
 * Judges one figure of this run against the same figure of earlier runs (oldest first; only
 * the newest `options.runs` are used).
 */
export function compareFigure(
  scope: FigureScope,
  figure: FigureName,
  current: Estimate,
  points: readonly HistoryPoint[],
  options: CompareOptions = DEFAULT_COMPARE_OPTIONS,
): FigureComparison {
  validateCompareOptions(options);
  const logScale = figure !== 'errorRate';
  // A latency or rps of 0 has no logarithm; such a run says nothing about the spread.
  const usable = points.filter((p) => Number.isFinite(p.value) && (!logScale || p.value > 0)).slice(-options.runs);
  const base = {
    scope,
    figure,
    value: current.value,
    changeUnit: logScale ? ('relative' as const) : ('absolute' as const),
    runs: usable.length,
    needed: options.minRuns,
    history: usable,
  };
  if (usable.length < options.minRuns) {
    return { ...base, status: 'insufficient', centre: null, bound: null, change: null, detectableChange: null };
  }
  const n = usable.length;
  const t = studentTQuantile(options.confidence, n - 1);
  const w = withinRunSd(current, logScale);

  if (!logScale) {
    const { mean, sd } = meanAndSd(usable.map((p) => p.value));
    // History's spread already holds its runs' own noise; the new run's is added in quadrature,
    // so a run noisier than usual (shorter, fewer requests) gets a wider band.
    const margin = t * Math.sqrt(sd * sd * (1 + 1 / n) + w * w);
    const minimum = Math.max(options.minErrorRateIncrease, options.minChange * mean);
    const change = current.value - mean;
    const past = current.value > mean + margin;
    return {
      ...base,
      status: !past ? 'pass' : change >= minimum ? 'regression' : 'notable',
      centre: mean,
      bound: mean + margin,
      change,
      detectableChange: Math.max(margin, minimum),
    };
  }

  const { mean, sd } = meanAndSd(usable.map((p) => Math.log(p.value)));
  const margin = t * Math.sqrt(sd * sd * (1 + 1 / n) + w * w);
  const centre = Math.exp(mean);
  const y = current.value > 0 ? Math.log(current.value) : -Infinity;
  if (direction(figure) === 'up') {
    const change = current.value / centre - 1;
    const past = y > mean + margin;
    return {
      ...base,
      status: !past ? 'pass' : change >= options.minChange ? 'regression' : 'notable',
      centre,
      bound: Math.exp(mean + margin),
      change,
      detectableChange: Math.max(Math.expm1(margin), options.minChange),
    };
  }
  const change = 1 - current.value / centre;
  const past = y < mean - margin;
  return {
    ...base,
    status: !past ? 'pass' : change >= options.minChange ? 'regression' : 'notable',
    centre,
    bound: Math.exp(mean - margin),
    change,
    detectableChange: Math.max(-Math.expm1(-margin), options.minChange),
  };
}

/** An entry's figures for one scope: overall, an endpoint (name and method) or a stage (index and label). */
export function scopeFigures(entry: HistoryEntry, scope: FigureScope): FigureSet | undefined {
  if (scope.kind === 'overall') return entry.figures.overall;
  if (scope.kind === 'endpoint') {
    return entry.figures.endpoints.find((e) => e.name === scope.name && e.method === scope.method);
  }
  return entry.figures.stages.find((s) => s.index === scope.index && s.label === scope.label);
}

/**
 * Judges every figure of `current` (overall, per endpoint, per stage) against `baseline`: the
 * entries selectBaseline() chose, oldest first.
 */
export function compareRun(
  current: HistoryEntry,
  baseline: readonly HistoryEntry[],
  options: CompareOptions = DEFAULT_COMPARE_OPTIONS,
): RunComparison {
  validateCompareOptions(options);
  const recent = baseline.slice(-options.runs);
  const scopes: FigureScope[] = [
    { kind: 'overall' },
    ...current.figures.endpoints.map((e) => ({ kind: 'endpoint' as const, name: e.name, method: e.method })),
    ...current.figures.stages.map((s) => ({ kind: 'stage' as const, index: s.index, label: s.label })),
  ];
  const figures: FigureComparison[] = [];
  for (const scope of scopes) {
    const mine = scopeFigures(current, scope);
    if (!mine) continue;
    for (const figure of FIGURE_NAMES) {
      const estimate = mine[figure];
      if (!estimate) continue;
      const points = recent.flatMap((entry) => {
        const value = scopeFigures(entry, scope)?.[figure]?.value;
        return value === undefined ? [] : [{ commit: entry.commit, time: entry.time, value }];
      });
      figures.push(compareFigure(scope, figure, estimate, points, options));
    }
  }
  return {
    figures,
    runs: recent.length,
    shortfall: recent.length < options.minRuns ? `history: ${recent.length} of ${options.minRuns} runs needed` : null,
  };
}
