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
import { lowerIsWorse, type Figure, type Scope } from '../figures/catalogue.js';
import type { Estimate, FigureSet, HistoryEntry } from './entry.js';
import { normalQuantile, studentTCdf, studentTQuantile } from '../stats/distributions.js';
import { median } from '../stats/median.js';

/** The catalogue's figures history compares, by the catalogue's keys (entries also keep p50, for people). */
export type HistoryFigure = Extract<Figure, 'p95' | 'p99' | 'error-rate' | 'rps'>;

/**
 * Where each figure sits in an entry's FigureSet. The file's field names are its versioned
 * format (errorRate predates the catalogue's key), so only this table knows them.
 */
const ENTRY_FIELD = {
  p95: 'p95',
  p99: 'p99',
  'error-rate': 'errorRate',
  rps: 'rps',
} as const satisfies Record<HistoryFigure, keyof FigureSet>;

/** Whether history keeps `figure`. */
export function isHistoryFigure(figure: Figure): figure is HistoryFigure {
  return Object.hasOwn(ENTRY_FIELD, figure);
}

/** One figure of an entry's figure set; null when the run did not measure it. */
export function entryFigure(set: FigureSet, figure: HistoryFigure): Estimate | null {
  return set[ENTRY_FIELD[figure]] ?? null;
}

/**
 * The catalogue's Scope as an entry keys it: an endpoint also by its method (this run's, for a
 * name the thresholds file gives alone), a stage also by its label.
 */
export type FigureScope =
  | Extract<Scope, { kind: 'overall' }>
  | (Extract<Scope, { kind: 'endpoint' }> & { method: string })
  | (Extract<Scope, { kind: 'stage' }> & { label: string });

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

/**
 * pass: inside the band. notable: past the band, but under the practical minimum. inconclusive:
 * this run's own uncertainty, beyond what the base runs carried, straddles the fail point, so
 * this run cannot tell (a warning and a confirmation re-run, never a pass).
 */
export type FigureStatus = 'pass' | 'notable' | 'regression' | 'inconclusive' | 'insufficient';

export interface HistoryPoint {
  commit: string;
  time: string;
  value: number;
  /** The run's own 95% interval, when recorded: gives the base runs' typical within-run width. */
  low?: number | null;
  high?: number | null;
}

export interface FigureComparison {
  scope: FigureScope;
  figure: HistoryFigure;
  status: FigureStatus;
  /** This run's value. */
  value: number;
  /** The history's centre (geometric mean on the log scale, mean for error rate); null when insufficient. */
  centre: number | null;
  /**
   * Where this row fails, in the figure's unit: the farther of the prediction band and the centre
   * moved by the practical minimum. An upper bound, or a lower one for rps. What the report shows.
   */
  bound: number | null;
  /** The prediction band alone (past it but not past `bound`: notable). */
  band: number | null;
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
  /** Base runs left out of the band as outliers (a disturbed run must not widen it). */
  outliers: number;
  /**
   * This run's within-run uncertainty beyond the base runs' typical one, as a standard deviation
   * on the test's scale; 0 when this run is no noisier than they were.
   */
  excessNoise: number;
  /** One-sided p-value of this run lying past the band's centre as far as it does (the band's t test); null when insufficient. */
  p: number | null;
  /** The base branch's values used, oldest first: the trend chart's points. */
  history: HistoryPoint[];
}

/** z of a two-sided 95% interval: turns a recorded interval's half-width into a standard deviation. */
const Z95 = 1.959963984540054;
/** Level of the test that leaves one base run out as an outlier (Bonferroni over the runs). */
const OUTLIER_LEVEL = 0.001;

const direction = (figure: HistoryFigure): 'up' | 'down' => (lowerIsWorse(figure) ? 'down' : 'up');

function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}

/**
 * The base runs the band rests on: all of them, less the one farthest from the others when it lies
 * past their own prediction bound at OUTLIER_LEVEL (externally studentised, Bonferroni over the
 * runs). A run disturbed by a busy neighbour would otherwise widen every later band. The mean and
 * sd of what is kept keep the t bound's calibration, which a MAD over 5 runs does not (37%
 * efficiency: about 4% false fails at a nominal 1%).
 */
function keptRuns(xs: readonly number[]): { kept: number[]; outliers: number } {
  const n = xs.length;
  if (n < 4) return { kept: [...xs], outliers: 0 };
  let worst = -1;
  let worstScore = 0;
  xs.forEach((x, i) => {
    const { mean, sd } = meanAndSd(xs.filter((_, j) => j !== i));
    const score = sd > 0 ? Math.abs(x - mean) / (sd * Math.sqrt(1 + 1 / (n - 1))) : x === mean ? 0 : Infinity;
    if (score > worstScore) [worst, worstScore] = [i, score];
  });
  if (worst < 0 || worstScore <= studentTQuantile(1 - OUTLIER_LEVEL / (2 * n), n - 2)) {
    return { kept: [...xs], outliers: 0 };
  }
  return { kept: xs.filter((_, j) => j !== worst), outliers: 1 };
}

/**
 * A run's own uncertainty as a standard deviation on the test's scale (x: worse is higher), from
 * the side of its interval that faces the better direction: how far the truth may lie below what
 * the run measured. The same rule for base runs and this run, so the interval method's quantile
 * cancels in the excess.
 */
function withinRunSd(
  estimate: { value: number; low?: number | null; high?: number | null },
  toX: (v: number) => number,
): number | null {
  const { value, low, high } = estimate;
  if (low == null || high == null || !(high >= low)) return null;
  const a = toX(low);
  const b = toX(high);
  const better = Math.min(a, b);
  const x = toX(value);
  if (!Number.isFinite(better) || !Number.isFinite(x)) return null;
  return Math.max(0, x - better) / Z95;
}

export function validateCompareOptions(options: CompareOptions): void {
  const { runs, minRuns, minChange, minErrorRateIncrease, confidence } = options;
  if (!Number.isInteger(minRuns) || minRuns < 3) throw new RangeError(`minRuns ${minRuns}: need an integer ≥ 3`);
  if (!Number.isInteger(runs) || runs < minRuns) throw new RangeError(`runs ${runs}: need an integer ≥ minRuns`);
  if (!(minChange >= 0 && minChange < 1)) throw new RangeError(`minChange ${minChange}: need 0 ≤ minChange < 1`);
  if (!(minErrorRateIncrease >= 0)) throw new RangeError(`minErrorRateIncrease ${minErrorRateIncrease}: need ≥ 0`);
  if (!(confidence >= 0.5 && confidence < 1)) throw new RangeError(`confidence ${confidence}: need 0.5 ≤ c < 1`);
}

/** The scale a figure is tested on, oriented so that worse is higher. */
function testScale(figure: HistoryFigure) {
  if (figure === 'error-rate') return { toX: (v: number) => v, fromX: (x: number) => x, log: false };
  if (direction(figure) === 'up') return { toX: Math.log, fromX: Math.exp, log: true };
  return { toX: (v: number) => -Math.log(v), fromX: (x: number) => Math.exp(-x), log: true };
}

/**
 * Judges one figure of this run against the same figure of earlier runs (oldest first; only
 * the newest `options.runs` are used). The band comes from the base runs alone: their spread
 * already holds their own within-run noise. This run's interval never widens it; only the part
 * of this run's noise beyond the base runs' typical (median) within-run noise counts, and when
 * that excess leaves the fail point inside this run's reach the row is inconclusive.
 */
export function compareFigure(
  scope: FigureScope,
  figure: HistoryFigure,
  current: Estimate,
  points: readonly HistoryPoint[],
  options: CompareOptions = DEFAULT_COMPARE_OPTIONS,
): FigureComparison {
  validateCompareOptions(options);
  const { toX, fromX, log } = testScale(figure);
  // A latency or rps of 0 has no logarithm; such a run says nothing about the spread.
  const usable = points.filter((p) => Number.isFinite(p.value) && (!log || p.value > 0)).slice(-options.runs);
  const base = {
    scope,
    figure,
    value: current.value,
    changeUnit: log ? ('relative' as const) : ('absolute' as const),
    runs: usable.length,
    needed: options.minRuns,
    history: usable,
  };
  if (usable.length < options.minRuns) {
    return {
      ...base,
      status: 'insufficient',
      centre: null,
      bound: null,
      band: null,
      change: null,
      detectableChange: null,
      outliers: 0,
      excessNoise: 0,
      p: null,
    };
  }
  const { kept, outliers } = keptRuns(usable.map((p) => toX(p.value)));
  const n = kept.length;
  const { mean, sd } = meanAndSd(kept);
  const bandX = mean + studentTQuantile(options.confidence, n - 1) * sd * Math.sqrt(1 + 1 / n);
  const centre = fromX(mean);
  // The practical minimum, on the test's scale.
  const minimumX = log
    ? direction(figure) === 'up'
      ? Math.log1p(options.minChange)
      : -Math.log1p(-options.minChange)
    : Math.max(options.minErrorRateIncrease, options.minChange * mean);
  const failX = Math.max(bandX, mean + minimumX);

  const baseWidths = usable.map((p) => withinRunSd(p, toX)).filter((w): w is number => w !== null);
  const typical = baseWidths.length > 0 ? median(baseWidths) : 0;
  const own = withinRunSd(current, toX) ?? 0;
  const excessNoise = Math.sqrt(Math.max(0, own * own - typical * typical));
  const reach = normalQuantile(options.confidence) * excessNoise;

  const x = current.value > 0 || !log ? toX(current.value) : direction(figure) === 'up' ? -Infinity : Infinity;
  const status: FigureStatus =
    x - reach > failX ? 'regression' : x + reach > failX ? 'inconclusive' : x > bandX ? 'notable' : 'pass';
  const change = log
    ? direction(figure) === 'up'
      ? current.value / centre - 1
      : 1 - current.value / centre
    : current.value - mean;
  const detectable = (dx: number) => (log ? (direction(figure) === 'up' ? Math.expm1(dx) : -Math.expm1(-dx)) : dx);
  const scale = sd * Math.sqrt(1 + 1 / n);
  const p = scale > 0 ? 1 - studentTCdf((x - mean) / scale, n - 1) : x > mean ? 0 : 1;
  return {
    ...base,
    status,
    p,
    centre,
    bound: fromX(failX),
    band: fromX(bandX),
    change,
    detectableChange: detectable(failX - mean),
    outliers,
    excessNoise,
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
