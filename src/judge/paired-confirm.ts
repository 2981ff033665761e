/**
 * A duet's paired judgement (paired.ts) through the confirmation run (compose.ts): its latency
 * rows are runner-bound like the file's, so a failing one asks for a second run and fails only
 * when the second run's fails too. Its error-rate row is the targets' answers, not the runner's:
 * it asks for nothing, and the first run's status stands. Pure.
 */
import { runnerBound } from './inconclusive.js';
import { worstStatus } from './status.js';
import type { PairedCheck, PairedJudgement } from './types.js';

/** The names of the paired rows that ask for a confirmation run (failed latency rows). */
export function pairedAsking(paired: PairedJudgement | null | undefined): string[] {
  if (!paired) return [];
  return paired.checks.filter((c) => c.status === 'fail' && runnerBound(c.figure)).map((c) => `${c.name} vs base`);
}

function confirmedCheck(before: PairedCheck, after: PairedCheck): PairedCheck {
  if (!runnerBound(after.figure)) return before;
  if (before.status === 'fail' && after.status !== 'fail')
    return { ...after, confidence: `${after.confidence}; failed in the first run only, not confirmed` };
  if (after.status === 'fail' && before.status !== 'fail')
    return { ...after, status: 'warn', confidence: `${after.confidence}; failed in the confirmation run only` };
  return after;
}

/**
 * The paired judgement the confirmed verdict shows: the second run's, each row failing only when
 * it failed in both runs. Undefined when the runs were no duet; the second alone when only it was
 * (the checks line up by position: the same thresholds judged twice).
 */
export function pairedAfterConfirmation(
  first: PairedJudgement | null | undefined,
  second: PairedJudgement | null | undefined,
): PairedJudgement | undefined {
  if (!second) return undefined;
  if (!first || first.checks.length !== second.checks.length) return second;
  const checks = second.checks.map((after, i) => confirmedCheck(first.checks[i] as PairedCheck, after));
  return { ...second, checks, status: worstStatus(checks.map((c) => c.status)) };
}
