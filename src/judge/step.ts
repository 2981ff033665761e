/** Whether the verdict fails the step, given `fail-on`, with a one-line reason for the log. */
import { formatFigure, lowerIsWorse } from '../figures/catalogue.js';
import { formatJudgedChange, formatJudgedFailPoint } from '../figures/format.js';
import type { FailOn } from '../config/types.js';
import type { CheckResult, Verdict } from './types.js';

/** "p95 (enqueue) 3,410 ms > 3,000 ms", "p99 4,900 ms, limit 5,000 ms inside its 95% interval". */
export function describeCheck(check: CheckResult): string {
  if (check.value === null) return `${check.name} not measured`;
  // Judged on a relative change: that change against its fail point, as the report shows it.
  if (check.judgedOn) {
    return `${check.name} ${formatJudgedChange(check.judgedOn)} (fails past ${formatJudgedFailPoint(check.judgedOn)})`;
  }
  const value = formatFigure(check.figure, check.value);
  if (check.limit === null) return `${check.name} ${value}`;
  const limit = formatFigure(check.figure, check.limit);
  const worse = lowerIsWorse(check.figure);
  const past = worse ? check.value < check.limit : check.value > check.limit;
  const certain =
    check.interval === null || (worse ? check.interval.high < check.limit : check.interval.low > check.limit);
  if (certain && past) return `${check.name} ${value} ${worse ? '<' : '>'} ${limit}`;
  return `${check.name} ${value}, limit ${limit} inside its 95% interval`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function listed(checks: readonly CheckResult[]): string {
  return checks.map(describeCheck).join('; ');
}

export function stepFails(verdict: Verdict, failOn: FailOn): { fails: boolean; reason: string } {
  const failed = verdict.checks.filter((c) => c.status === 'fail');
  const warned = verdict.checks.filter((c) => c.status === 'warn');
  const parts: string[] = [];
  if (failed.length > 0) parts.push(`${plural(failed.length, 'check')} failed: ${listed(failed)}`);
  if (warned.length > 0) {
    const count = failed.length > 0 ? String(warned.length) : plural(warned.length, 'check');
    parts.push(`${count} warned: ${listed(warned)}`);
  }
  const missing = verdict.missingEvidence ?? null;
  if (missing !== null) parts.unshift(missing.message);
  const summary = parts.length > 0 ? parts.join('. ') : `all ${plural(verdict.checks.length, 'check')} passed`;
  // No load samples at all is no run to judge: an error whatever fail-on says.
  if (missing?.fatal) return { fails: true, reason: `no verdict without evidence: ${summary}` };
  const warnings = warned.length + (missing === null ? 0 : 1);
  switch (failOn) {
    case 'never':
      return { fails: false, reason: `fail-on is never; ${summary}` };
    case 'warn':
      return { fails: failed.length + warnings > 0, reason: summary };
    case 'fail':
      if (failed.length > 0) return { fails: true, reason: summary };
      return { fails: false, reason: warnings > 0 ? `no check failed; ${summary}` : summary };
  }
}
