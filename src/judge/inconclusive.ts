/**
 * A run on a saturated runner is inconclusive: the figures k6's own speed decides (latency,
 * requests/s, dropped iterations) may describe the runner rather than the target. Their failures
 * become warnings; a pass stands, since a busy runner only makes them look worse. Error rates
 * are the target's answers and are still judged.
 */
import { figureRow, type Figure } from '../figures/catalogue.js';
import { worstStatus } from './status.js';
import type { Verdict } from './types.js';

/** The figures a slow load generator distorts. */
export function runnerBound(figure: Figure): boolean {
  const row = figureRow(figure);
  return row.source.kind === 'request' && (row.unit === 'ms' || row.unit === 'rps' || figure === 'dropped-iterations');
}

export function markInconclusive(verdict: Verdict, reason: string): Verdict {
  const checks = verdict.checks.map((check) =>
    check.status === 'fail' && runnerBound(check.figure)
      ? { ...check, status: 'warn' as const, confidence: `${check.confidence}; not judged: ${reason}` }
      : check,
  );
  const status = worstStatus(checks.map((c) => c.status));
  // Incomplete evidence still keeps the verdict from passing.
  const floor = verdict.missingEvidence ? (verdict.missingEvidence.fatal ? 'fail' : 'warn') : 'pass';
  const capped = worstStatus([status, floor]);
  return { ...verdict, checks, status: capped, inconclusive: reason };
}
