/**
 * History in the verdict, pure. Only the figure/scope pairs the thresholds file checks are
 * compared: each test has a 1% false-fail rate, and judging every figure (~35) would fail
 * unchanged pull requests far too often. Where history has enough runs it replaces the file's
 * static baseline/allowedRegression; the file's absolute limits always apply.
 */
import type { Severity, ThresholdCheck, Thresholds } from '../config/thresholds.js';
import { figureLabel, type Figure, type Scope } from '../figures/catalogue.js';
import { checkName } from '../judge/check-name.js';
import { findEndpoint } from '../judge/measure.js';
import { worstStatus } from '../judge/judge.js';
import type { CheckResult, Verdict } from '../judge/types.js';
import type { RunResult } from '../results/types.js';
import {
  compareFigure,
  type CompareOptions,
  type FigureComparison,
  type FigureName,
  type FigureScope,
  type HistoryPoint,
  scopeFigures,
} from './compare.js';
import type { HistoryEntry } from './entry.js';

/** Thresholds figures history keeps, under history's names. */
const HISTORY_FIGURE: Partial<Record<Figure, FigureName>> = {
  p95: 'p95',
  p99: 'p99',
  'error-rate': 'errorRate',
  rps: 'rps',
};

export interface CheckedComparison {
  /** The report's name for the figure, e.g. "p95 (enqueue)". */
  name: string;
  figure: Figure;
  scope: Scope;
  severity: Severity;
  comparison: FigureComparison;
}

const RANK: Record<Severity, number> = { warn: 0, fail: 1 };
const sameScope = (a: Scope, b: Scope) => JSON.stringify(a) === JSON.stringify(b);

/** Where a thresholds scope lives in a history entry: endpoints by this run's method for the name. */
function historyScope(result: RunResult, scope: Scope): FigureScope | null {
  if (scope.kind === 'overall') return scope;
  if (scope.kind === 'endpoint') {
    const endpoint = findEndpoint(result.endpoints, scope.name);
    return endpoint ? { kind: 'endpoint', name: endpoint.name, method: endpoint.method } : null;
  }
  const stage = result.stages[scope.index];
  return stage ? { kind: 'stage', index: scope.index, label: stage.stage.label } : null;
}

/**
 * Compares this run's entry with the baseline, for each checked pair history keeps. A pair's
 * severity is its baseline check's (the check history stands in for), else its strictest check's.
 */
export function compareCheckedFigures(
  thresholds: Thresholds,
  result: RunResult,
  current: HistoryEntry,
  baseline: readonly HistoryEntry[],
  options: CompareOptions,
): CheckedComparison[] {
  const pairs: Array<{ figure: Figure; scope: Scope; checks: ThresholdCheck[] }> = [];
  for (const check of thresholds.checks) {
    const pair = pairs.find((p) => p.figure === check.figure && sameScope(p.scope, check.scope));
    if (pair) pair.checks.push(check);
    else pairs.push({ figure: check.figure, scope: check.scope, checks: [check] });
  }
  const compared: CheckedComparison[] = [];
  for (const { figure, scope, checks } of pairs) {
    const name = HISTORY_FIGURE[figure];
    const where = historyScope(result, scope);
    const estimate = name && where ? scopeFigures(current, where)?.[name] : null;
    if (!name || !where || !estimate) continue;
    const points: HistoryPoint[] = baseline.flatMap((entry) => {
      const value = scopeFigures(entry, where)?.[name]?.value;
      return value === undefined ? [] : [{ commit: entry.commit, time: entry.time, value }];
    });
    const ruling = checks.some((c) => c.baseline !== null) ? checks.filter((c) => c.baseline !== null) : checks;
    const severity = ruling.reduce<Severity>((s, c) => (RANK[c.severity] > RANK[s] ? c.severity : s), 'warn');
    const stageLabel = where.kind === 'stage' ? where.label : undefined;
    compared.push({
      name: checkName(figure, scope, stageLabel),
      figure,
      scope,
      severity,
      comparison: compareFigure(where, name, estimate, points, options),
    });
  }
  return compared;
}

const judged = (c: CheckedComparison) => c.comparison.status !== 'insufficient';

/**
 * The thresholds to judge with: where history judges a pair, its checks lose their static
 * baseline; a check that had nothing else (no absolute limit) is left to history entirely.
 */
export function thresholdsBesideHistory(thresholds: Thresholds, compared: readonly CheckedComparison[]): Thresholds {
  const byHistory = (check: ThresholdCheck) =>
    compared.some((c) => judged(c) && c.figure === check.figure && sameScope(c.scope, check.scope));
  const checks = thresholds.checks.flatMap((check) => {
    if (check.baseline === null || !byHistory(check)) return [check];
    if (check.limit === null) return [];
    return [{ ...check, baseline: null, allowedRegression: null }];
  });
  return { ...thresholds, checks };
}

function historyCheck(c: CheckedComparison, baseName: string): CheckResult {
  const { comparison: k } = c;
  const centre = k.centre ?? 0;
  const change = k.change ?? 0;
  const unit = k.changeUnit === 'relative' ? `${(change * 100).toFixed(1)}%` : `${(change * 100).toFixed(2)} pp`;
  const label = figureLabel(c.figure);
  const why = {
    pass: `within the band of ${k.runs} ${baseName} runs`,
    notable: `past the band of ${k.runs} ${baseName} runs but under the practical minimum: reported, not failed`,
    regression: `past the band of ${k.runs} ${baseName} runs and worse than their centre by ${unit}: a regression, not noise`,
    insufficient: '',
  }[k.status];
  return {
    name: `${c.name} vs ${baseName}`,
    figure: c.figure,
    scope: c.scope,
    severity: c.severity,
    value: k.value,
    // The band is the test here, not the run's own interval (which the band already includes).
    interval: null,
    limit: k.bound,
    baseline: k.centre,
    delta: {
      absolute: k.value - centre,
      relative: centre === 0 ? null : k.value / centre - 1,
    },
    status: k.status === 'regression' ? c.severity : 'pass',
    confidence: `${label} ${why}`,
  };
}

/** Adds a row per pair history judged; a regression fails (or warns) like the check it stands in for. */
export function foldHistoryIntoVerdict(
  verdict: Verdict,
  compared: readonly CheckedComparison[],
  baseName: string,
): Verdict {
  const rows = compared.filter(judged).map((c) => historyCheck(c, baseName));
  if (rows.length === 0) return verdict;
  return {
    ...verdict,
    checks: [...verdict.checks, ...rows],
    status: worstStatus([verdict.status, ...rows.map((r) => r.status)]),
  };
}
