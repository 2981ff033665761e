/**
 * A duet's verdict: the thresholds file's absolute limits judged on head as usual, its static
 * baselines replaced by base itself, measured in the same run (judge/paired.ts). Pure.
 */
import type { Thresholds } from '../config/thresholds.js';
import type { PairedJudgement } from './paired.js';
import { worstStatus } from './status.js';
import type { Verdict } from './types.js';

/**
 * The thresholds without their baselines: the t3.micro numbers a file carries were measured
 * elsewhere and another day, which is what a duet does away with. A check with no absolute
 * limit of its own is left out; the paired judgement compares its figure with base instead.
 */
export function absoluteLimitsOnly(thresholds: Thresholds): Thresholds {
  return {
    ...thresholds,
    checks: thresholds.checks
      .filter((check) => check.limit !== null)
      .map((check) => ({ ...check, baseline: null, allowedRegression: null })),
  };
}

/** Head's verdict on the absolute limits with the paired judgement beside it: the worse of the two decides. */
export function withPaired(verdict: Verdict, paired: PairedJudgement): Verdict {
  // A verdict capped for missing evidence or made inconclusive keeps its status as the floor.
  return { ...verdict, status: worstStatus([verdict.status, paired.status]), paired };
}
