/**
 * Confirm before failing: a latency failure on a healthy run is checked by a second run, and
 * the step fails only when a check fails in both. Noise (a burst of other work on the runner or
 * the target) rarely strikes the same check twice; a real regression does every time.
 */
import { runnerBound } from './inconclusive.js';
import { worstStatus } from './judge.js';
import type { ConfirmationRow, Verdict } from './types.js';

/** Worth a second run: a healthy, complete run whose only failures are runner-bound (latency) checks. */
export function needsConfirmation(verdict: Verdict): boolean {
  if (verdict.inconclusive || verdict.missingEvidence) return false;
  const failed = verdict.checks.filter((c) => c.status === 'fail');
  return failed.length > 0 && failed.every((c) => runnerBound(c.figure));
}

/**
 * The verdict after a confirmation run: the second run's, except that a runner-bound check fails
 * only when it failed in the first run too (a failure seen once is a warning).
 */
export function confirmVerdict(first: Verdict, second: Verdict): Verdict {
  const rows: ConfirmationRow[] = [];
  const checks = second.checks.map((check, i) => {
    const before = first.checks[i];
    if (!runnerBound(check.figure) || before === undefined) return check;
    if (check.status === 'fail' || before.status === 'fail') {
      rows.push({
        name: check.name,
        figure: check.figure,
        first: before.value,
        second: check.value,
        limit: check.limit,
        firstStatus: before.status,
        secondStatus: check.status,
      });
    }
    if (check.status === 'fail' && before.status !== 'fail')
      return {
        ...check,
        status: 'warn' as const,
        confidence: `${check.confidence}; failed in the confirmation run only`,
      };
    return check;
  });
  const repeated = rows.some((r) => r.firstStatus === 'fail' && r.secondStatus === 'fail');
  const floor = second.missingEvidence ? (second.missingEvidence.fatal ? 'fail' : 'warn') : 'pass';
  return {
    ...second,
    checks,
    status: worstStatus([...checks.map((c) => c.status), floor]),
    confirmation: { kind: 'rerun', repeated, rows },
  };
}
