/**
 * A disturbed run is not a slow run. A busy runner, a GC storm or a noisy neighbour slows a
 * spell of the run; a regression in the code slows all of it. So the run is judged per time
 * block against a reference profile (the same blocks of the base runs: same plan, same
 * offsets, so the plan's own load levels cancel), and robustly across blocks:
 *
 * - r_b = ln p95_b − ref_b for each block holding at least MIN_BLOCK_REQUESTS requests;
 * - the run's floor is the FLOOR_QUANTILE of the r_b. Disturbances only ever slow, so a low
 *   quantile stays clean with up to two thirds of the blocks disturbed, where a median does not;
 * - a block more than DISTURBED_RATIO above the floor is disturbed, and left out;
 * - the shift is the median of the kept r_b (blocks count alike: on real runs the busiest
 *   blocks are the most erratic, and a request-weighted mean let them decide), with the
 *   median's standard error over the kept blocks (Student t, kept − 1 degrees of freedom).
 *
 * Slower throughout moves every block, so the floor and the shift move with it and the run
 * fails; slower and erratic leaves the kept blocks slower and fails as well; a spell alone is
 * left out. A run whose disturbed blocks hold more than MAX_DISTURBED_SHARE of its requests
 * cannot be cleared (the verdict caps it at inconclusive). Pure: no sampling.
 */
import type { BlockProfile } from '../results/block-profile.js';
import { percentile } from '../results/stats.js';
import { studentT95 } from '../stats/distributions.js';

export { blockProfile, type BlockProfile } from '../results/block-profile.js';

/** The run's floor: disturbances only slow, so this low quantile of the blocks stays clean. */
export const FLOOR_QUANTILE = 1 / 3;
/** A block this many times slower than the run's floor (relative to the reference) is disturbed. */
export const DISTURBED_RATIO = 1.8;
/** Disturbed blocks holding more of the requests than this leave too little to clear the run. */
export const MAX_DISTURBED_SHARE = 1 / 3;

/** The reference: per block, the median over the base runs' ln p95 (NaN where none has enough requests). */
export function referenceProfile(profiles: readonly BlockProfile[]): Float64Array {
  const count = Math.min(...profiles.map((p) => p.logP95.length));
  const ref = new Float64Array(count);
  for (let b = 0; b < count; b++) {
    const v = profiles
      .map((p) => p.logP95[b] as number)
      .filter((x) => !Number.isNaN(x))
      .sort((x, y) => x - y);
    ref[b] = v.length === 0 ? NaN : percentile(v, 0.5);
  }
  return ref;
}

export interface RobustShift {
  /** ln(this run's p95 / the reference's), from the kept blocks. */
  shift: number;
  /** 95% half-width of the shift (t · se over the kept blocks). */
  halfWidth: number;
  /** Blocks left out as disturbed (indices into the profile). */
  disturbed: number[];
  /** Their share of the judged blocks' requests. */
  disturbedShare: number;
  kept: number;
}

/** The run's shift against the reference, robust to a disturbed spell; null when fewer than 3 blocks can be judged. */
export function robustShift(run: BlockProfile, reference: Float64Array): RobustShift | null {
  const judged: Array<{ b: number; r: number; n: number }> = [];
  for (let b = 0; b < Math.min(run.logP95.length, reference.length); b++) {
    const r = (run.logP95[b] as number) - (reference[b] as number);
    if (!Number.isNaN(r)) judged.push({ b, r, n: run.requests[b] as number });
  }
  if (judged.length < 3) return null;
  const floor = percentile(
    judged.map((j) => j.r).sort((x, y) => x - y),
    FLOOR_QUANTILE,
  );
  const limit = floor + Math.log(DISTURBED_RATIO);
  const kept = judged.filter((j) => j.r <= limit);
  const disturbed = judged.filter((j) => j.r > limit);
  const total = judged.reduce((s, j) => s + j.n, 0);
  const keptTotal = kept.reduce((s, j) => s + j.n, 0);
  const rs = kept.map((j) => j.r).sort((x, y) => x - y);
  const shift = percentile(rs, 0.5);
  // The median's standard error: √(π/2) times the mean's, over the kept blocks.
  const B = kept.length;
  const mean = rs.reduce((s, r) => s + r, 0) / B;
  const sd = Math.sqrt(rs.reduce((s, r) => s + (r - mean) ** 2, 0) / Math.max(1, B - 1));
  const se = Math.sqrt(Math.PI / 2) * (sd / Math.sqrt(B));
  return {
    shift,
    halfWidth: studentT95(Math.max(1, B - 1)) * se,
    disturbed: disturbed.map((j) => j.b),
    disturbedShare: total > 0 ? (total - keptTotal) / total : 0,
    kept: B,
  };
}
