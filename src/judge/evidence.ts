/**
 * No pass on evidence never seen: a run whose results are incomplete (stream cut, k6 ended
 * early, less load than planned, load samples left out) can warn or fail, never pass; a run
 * whose load made no request at all fails.
 */
import type { Evidence } from '../results/types.js';
import { statusRank } from './status.js';
import type { CheckStatus, Verdict } from './types.js';

export function capVerdictByEvidence(verdict: Verdict, evidence: Evidence): Verdict {
  const floor: CheckStatus = evidence.gaps.some((g) => g.kind === 'no-load-requests')
    ? 'fail'
    : evidence.complete
      ? 'pass'
      : 'warn';
  const message = missingEvidence(evidence);
  const capped = message === null ? verdict : { ...verdict, missingEvidence: { message, fatal: floor === 'fail' } };
  return statusRank(capped.status) >= statusRank(floor) ? capped : { ...capped, status: floor };
}

/** The gaps that make the run incomplete, in one line for the report's first line; null when complete. */
export function missingEvidence(evidence: Evidence): string | null {
  const missing = evidence.gaps.filter((g) => g.incomplete).map((g) => g.message);
  return missing.length === 0 ? null : `incomplete results: ${missing.join('; ')}`;
}
