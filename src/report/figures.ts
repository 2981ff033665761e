/** How each judged figure reads: its unit, and which direction is better. */
import { formatFigure, isFraction, lowerIsWorse, type Figure } from '../figures/catalogue.js';
import { formatJudgedChange, formatJudgedFailPoint, formatPercent, formatRelative, signed } from '../figures/format.js';
import { statusRank } from '../judge/status.js';
import type { CheckResult, CheckStatus } from '../judge/types.js';

/** A range with its unit once: "13,348 – 14,893 ms". */
export function formatRange(figure: Figure, low: number, high: number): string {
  const from = formatFigure(figure, low);
  const to = formatFigure(figure, high);
  const unit = / (ms|req\/s)$/.exec(to)?.[0] ?? '';
  return `${unit && from.endsWith(unit) ? from.slice(0, -unit.length) : from} – ${to}`;
}

export function formatLimit(figure: Figure, limit: number): string {
  return `${lowerIsWorse(figure) ? '≥' : '≤'} ${formatFigure(figure, limit)}`;
}

/** The limit a row is held to: a relative fail point where it was judged on a relative change. */
export function formatCheckLimit(check: CheckResult): string {
  if (check.judgedOn) return `≤ ${formatJudgedFailPoint(check.judgedOn)}`;
  return check.limit === null ? '—' : formatLimit(check.figure, check.limit);
}

/** The change from the baseline: "+12.3 ms (+14%)"; shares (error rate, CPU, heap) move in percentage points. */
export function formatChange(check: CheckResult): string {
  if (check.judgedOn) return formatJudgedChange(check.judgedOn);
  const { delta } = check;
  if (!delta) return '—';
  const magnitude = Math.abs(delta.absolute);
  const absolute = isFraction(check.figure)
    ? `${formatPercent(magnitude).replace('%', '')} pp`
    : formatFigure(check.figure, magnitude);
  const relative = delta.relative === null ? '' : ` (${formatRelative(delta.relative)})`;
  return `${signed(absolute, delta.absolute)}${relative}`;
}

export const STATUS_ICON: Record<CheckStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌' };

/** Failing checks first, then warnings, then passes; the judge's order within each. */
export function sortChecks(checks: CheckResult[]): CheckResult[] {
  return checks
    .map((check, i) => ({ check, i }))
    .sort((a, b) => statusRank(b.check.status) - statusRank(a.check.status) || a.i - b.i)
    .map(({ check }) => check);
}
