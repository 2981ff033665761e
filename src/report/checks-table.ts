/** The checks table: failing checks first, each with its value, limit, baseline and change. */
import type { CheckResult } from '../judge/types.js';
import { escapeMarkdown, escapeTableCell } from './escape.js';
import { formatFigure } from '../figures/catalogue.js';
import { formatChange, formatCheckLimit, sortChecks, STATUS_ICON } from './figures.js';

function row(check: CheckResult): string {
  const f = check.figure;
  const cells = [
    escapeTableCell(check.name),
    check.value === null ? 'not measured' : formatFigure(f, check.value),
    limitCell(check),
    check.baseline === null ? '—' : formatFigure(f, check.baseline),
    formatChange(check),
    `${STATUS_ICON[check.status]} ${check.status}`,
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Why a check did not pass, in one line: the judge's own sentence (it names the interval). */
function reason(check: CheckResult): string {
  return `- ${STATUS_ICON[check.status]} **${escapeMarkdown(check.name)}**: ${escapeMarkdown(check.confidence)}`;
}

/** A warn-level limit reads differently from a failing one: two checks may share a figure. */
function limitCell(check: CheckResult): string {
  const limit = formatCheckLimit(check);
  if (limit === '—') return limit;
  return check.severity === 'warn' ? `${limit} (warn only)` : limit;
}

/**
 * The checks table. `maxRows` keeps the size bounded when there are very many checks:
 * failing and warning rows come first, so they are the ones kept.
 */
export function renderChecksTable(checks: CheckResult[], maxRows: number | null = null): string {
  if (checks.length === 0) return '_No checks were configured for this scenario._';
  const sorted = sortChecks(checks);
  const shown = maxRows === null ? sorted : sorted.slice(0, maxRows);
  const lines = [
    '| Check | Value | Limit | Baseline | Change | Status |',
    '|---|--:|--:|--:|--:|---|',
    ...shown.map(row),
  ];
  const hidden = sorted.slice(shown.length);
  if (hidden.length > 0) {
    const count = (status: CheckResult['status']) => hidden.filter((c) => c.status === status).length;
    lines.push(
      '',
      `_${hidden.length} more checks not shown to fit the comment: ${count('fail')} failed, ${count('warn')} warned, ${count('pass')} passed._`,
    );
  }
  const notPassed = shown.filter((c) => c.status !== 'pass');
  if (notPassed.length > 0) lines.push('', ...notPassed.map(reason));
  return lines.join('\n');
}
