/**
 * History's p95 row judged per 5 s block, pure: a disturbed run is not a slow run. Where enough
 * base runs kept their load blocks, this run's p95 is compared block by block with the same
 * seconds of the base runs (judge/disturbance.ts: disturbed blocks left out, robust across the
 * rest), and held to a bar made from the base runs' own leave-one-out shifts
 * (judge/robust-verdict.ts): the base runs already carry their within-run noise, and this run's
 * uncertainty counts only as its excess over theirs. A run slower throughout fails; one slowed
 * for a spell passes on its other blocks; one too disturbed to clear can fail but never pass.
 * Fewer base runs with blocks: null, and the row keeps the whole-run band (compare.ts).
 */
import { referenceProfile, robustShift, type BlockProfile, type RobustShift } from '../judge/disturbance.js';
import { historyBar, historySpread, judgeShift, type RobustVerdict } from '../judge/robust-verdict.js';
import { fromLoadBlocks } from '../results/block-profile.js';
import type { LoadBlocks } from '../results/types.js';
import { studentTCdf } from '../stats/distributions.js';
import { median } from '../stats/median.js';

/** Base runs with load blocks needed before the blocks decide the p95 row. */
export const MIN_BLOCK_BASE_RUNS = 3;

export interface BlockJudgement {
  verdict: RobustVerdict;
  /** This run's shift against the base runs' reference, and the blocks it left out as disturbed. */
  shift: RobustShift;
  /** This run's blocks (where each lies on the clock), for the report's disturbance note. */
  profile: BlockProfile;
  /** Base runs the reference and the bar rest on. */
  runs: number;
  /**
   * One-sided p-value of an unchanged run shifting this far past the base runs' centre (t with
   * n − 1 degrees of freedom over their prediction scale): the row's p in the run's Holm family.
   */
  p: number;
}

/**
 * Judges this run's blocks against the base runs' (oldest first; all of them are used, the caller
 * picks the newest). Base runs of another plan (another block count) are left out. Null when fewer
 * than MIN_BLOCK_BASE_RUNS remain or too few blocks can be judged.
 */
export function judgeBlocks(
  current: LoadBlocks,
  base: readonly LoadBlocks[],
  minChange: number,
): BlockJudgement | null {
  const profile = fromLoadBlocks(current);
  const profiles = base.map(fromLoadBlocks).filter((p) => p.logP95.length === profile.logP95.length);
  if (profiles.length < MIN_BLOCK_BASE_RUNS) return null;
  // Each base run against the others: how far an unchanged run lands, and how sure it is of it.
  const shifts: number[] = [];
  const widths: number[] = [];
  profiles.forEach((p, i) => {
    const s = robustShift(p, referenceProfile(profiles.filter((_, j) => j !== i)));
    if (s === null) return;
    shifts.push(s.shift);
    widths.push(s.halfWidth);
  });
  const shift = robustShift(profile, referenceProfile(profiles));
  const spread = historySpread(shifts);
  if (shift === null || shifts.length < MIN_BLOCK_BASE_RUNS || spread === null) return null;
  const verdict = judgeShift(shift, historyBar(shifts, minChange), median(widths));
  const distance = shift.shift - spread.centre;
  const p = spread.scale > 0 ? 1 - studentTCdf(distance / spread.scale, spread.n - 1) : distance > 0 ? 0 : 1;
  return { verdict, shift, profile, runs: profiles.length, p };
}
