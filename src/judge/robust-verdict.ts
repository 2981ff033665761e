/**
 * The verdict on a run's robust shift (disturbance.ts) against a bar, where the judged run never
 * widens its own bar. The bar is either a thresholds file's allowance or a history band made
 * from the base runs' own spread; the base runs already carry their within-run noise, so it is
 * not added again. This run's uncertainty enters only as its excess over the base runs' typical
 * width: a run clearly past the bar even after that excess fails, one clearly inside it passes,
 * and one whose own uncertainty straddles the bar is inconclusive (a warning and a re-run,
 * never a pass). A run too disturbed to clear can still fail, never pass.
 */
import { studentT95 } from '../stats/distributions.js';
import { MAX_DISTURBED_SHARE, type RobustShift } from './disturbance.js';
import { median } from '../stats/median.js';

export type RobustOutcome = 'pass' | 'fail' | 'inconclusive';

export interface RobustVerdict {
  outcome: RobustOutcome;
  /** ln of the bar the shift is held to. */
  bar: number;
  /** ln of the widening this run's own uncertainty adds past the base runs' typical width. */
  excess: number;
  why: 'inside the bar' | 'past the bar' | 'own uncertainty straddles the bar' | 'too much of the run disturbed';
}

/** Median of a non-empty list. */

/**
 * The history band (ln scale) from the base runs' shifts against their reference: a robust spread
 * (1.4826 · MAD, never below half the standard deviation, so two equal runs do not make it zero),
 * as a prediction interval for one more run (t with n − 1 degrees of freedom, √(1 + 1/n)), and
 * never below `minChange`.
 */
export function historyBar(baseShifts: readonly number[], minChange: number): number {
  const floor = Math.log(1 + minChange);
  const spread = historySpread(baseShifts);
  if (spread === null) return Infinity;
  return Math.max(floor, spread.centre + studentT95(spread.n - 1) * spread.scale);
}

/** The base shifts' centre and the prediction scale of one more run (spread · √(1 + 1/n)); null under 2 runs. */
export function historySpread(baseShifts: readonly number[]): { centre: number; scale: number; n: number } | null {
  const n = baseShifts.length;
  if (n < 2) return null;
  const centre = median(baseShifts);
  const mad = 1.4826 * median(baseShifts.map((s) => Math.abs(s - centre)));
  const mean = baseShifts.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(baseShifts.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  return { centre, scale: Math.max(mad, sd / 2) * Math.sqrt(1 + 1 / n), n };
}

/**
 * Judges `run` against `bar` (ln of the allowed ratio to the reference: ln 1.25 for a 25%
 * allowance, or historyBar), with `typicalHalfWidth` the base runs' median own half-width.
 */
export function judgeShift(run: RobustShift, bar: number, typicalHalfWidth: number): RobustVerdict {
  const excess = Math.max(0, run.halfWidth - typicalHalfWidth);
  if (run.shift - excess > bar) return { outcome: 'fail', bar, excess, why: 'past the bar' };
  if (run.disturbedShare > MAX_DISTURBED_SHARE)
    return { outcome: 'inconclusive', bar, excess, why: 'too much of the run disturbed' };
  if (run.shift + excess > bar)
    return { outcome: 'inconclusive', bar, excess, why: 'own uncertainty straddles the bar' };
  return { outcome: 'pass', bar, excess, why: 'inside the bar' };
}
