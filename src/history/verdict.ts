/**
 * History in the verdict, pure. Only the figure/scope pairs the thresholds file checks are
 * compared: judging every figure (~35) would fail unchanged pull requests far too often. History
 * adds checks and never loosens the file's: every check of the file (limit, baseline and
 * allowance) still applies beside history's rows.
 */
import type { Severity, ThresholdCheck, Thresholds } from '../config/thresholds.js';
import { figureLabel, type Figure, type Scope } from '../figures/catalogue.js';
import { checkName } from '../judge/check-name.js';
import { findEndpoint } from '../judge/measure.js';
import { statusRank } from '../judge/status.js';
import type { CheckResult, RelativeJudgement } from '../judge/types.js';
import type { RunResult } from '../results/types.js';
import {
  compareFigure,
  type CompareOptions,
  type FigureComparison,
  type FigureScope,
  type HistoryPoint,
  entryFigure,
  isHistoryFigure,
  scopeFigures,
} from './compare.js';
import type { HistoryEntry } from './entry.js';
import { judgeBlocks, type BlockJudgement } from './block-judgement.js';
import { runsOfBase } from './base-name.js';
import { decidedByStages, stageJudgement, stagesWhy, type NamedStageJudgement } from './stage-row.js';

export interface CheckedComparison {
  /** The report's name for the figure, e.g. "p95 (enqueue)". */
  name: string;
  figure: Figure;
  scope: Scope;
  severity: Severity;
  comparison: FigureComparison;
  /** The p95 row judged per 5 s block (block-judgement.ts), which then decides its status; absent: the band decided. */
  blocks?: BlockJudgement;
  /** The p95 row judged per planned stage (stage-row.ts), which then decides its status over the blocks. */
  stages?: NamedStageJudgement;
}

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
    if (!isHistoryFigure(figure)) continue;
    const where = historyScope(result, scope);
    const figures = where && scopeFigures(current, where);
    const estimate = figures ? entryFigure(figures, figure) : null;
    if (!where || !estimate) continue;
    const points: HistoryPoint[] = baseline.flatMap((entry) => {
      const set = scopeFigures(entry, where);
      const recorded = set && entryFigure(set, figure);
      return recorded ? [{ commit: entry.commit, time: entry.time, ...recorded }] : [];
    });
    const ruling = checks.some((c) => c.baseline !== null) ? checks.filter((c) => c.baseline !== null) : checks;
    const severity = ruling.reduce<Severity>(
      (s, c) => (statusRank(c.severity) > statusRank(s) ? c.severity : s),
      'warn',
    );
    const stageLabel = where.kind === 'stage' ? where.label : undefined;
    const comparison = compareFigure(where, figure, estimate, points, options);
    // The blocks are the load's as a whole: they judge the overall p95, once the band could judge it.
    const blocks =
      figure === 'p95' && where.kind === 'overall' && comparison.status !== 'insufficient'
        ? blockJudgement(current, baseline, options)
        : null;
    const stages =
      figure === 'p95' && where.kind === 'overall' && comparison.status !== 'insufficient'
        ? stageJudgement(current, baseline, options.runs, options.minChange)
        : null;
    compared.push({
      name: checkName(figure, scope, stageLabel),
      figure,
      scope,
      severity,
      ...(blocks ? { comparison: decidedByBlocks(comparison, blocks), blocks } : { comparison }),
      ...(stages ? { comparison: decidedByStages(comparison, stages), stages } : {}),
    });
  }
  return compared;
}

/** The block judgement of this run against the newest base runs of its scenario and profile that kept blocks. */
function blockJudgement(
  current: HistoryEntry,
  baseline: readonly HistoryEntry[],
  options: CompareOptions,
): BlockJudgement | null {
  if (!current.loadBlocks) return null;
  const base = baseline
    .filter((e) => e.scenario === current.scenario && e.profile === current.profile)
    .flatMap((e) => (e.loadBlocks ? [e.loadBlocks] : []))
    .slice(-options.runs);
  return judgeBlocks(current.loadBlocks, base, options.minChange);
}

/**
 * The band's comparison with the blocks' outcome: fail is a regression, inconclusive stays so
 * (never a pass), and the fail point shown is the blocks' bar on the band's centre.
 */
function decidedByBlocks(k: FigureComparison, blocks: BlockJudgement): FigureComparison {
  const { outcome, bar } = blocks.verdict;
  const status = outcome === 'fail' ? 'regression' : outcome === 'inconclusive' ? 'inconclusive' : 'pass';
  const bound = k.centre === null ? null : k.centre * Math.exp(bar);
  return { ...k, status, p: blocks.p, bound, band: bound, detectableChange: Math.expm1(bar) };
}

const judged = (c: CheckedComparison) => c.comparison.status !== 'insufficient';

/**
 * The thresholds to judge with beside history: the file's, unchanged. History once dropped the
 * static baselines it stood in for, which turned the bundled p95 limit of 129 ms into 2,000 ms and
 * removed the "error rate ≤ 1%" row; history adds checks and never loosens the file's.
 */
export function thresholdsBesideHistory(thresholds: Thresholds, _compared: readonly CheckedComparison[]): Thresholds {
  return thresholds;
}

const percent = (ln: number) => `${ln >= 0 ? '+' : ''}${(Math.expm1(ln) * 100).toFixed(1)}%`;

/** Why the blocks decided as they did, after the figure's label. */
function blocksWhy({ verdict, shift, runs }: BlockJudgement, baseName: string): string {
  const judged = `judged per 5 s block against the same seconds of ${runsOfBase(runs, baseName)}: ${percent(shift.shift)} on the ${shift.kept} undisturbed blocks`;
  const bar = `the bar of ${percent(verdict.bar)}`;
  return {
    'inside the bar': `${judged}, inside ${bar}`,
    'past the bar': `${judged}, past ${bar} even after this run's own extra uncertainty (${percent(verdict.excess)}): a regression, not noise`,
    'own uncertainty straddles the bar': `${judged}; this run's own uncertainty beyond the base runs' (${percent(verdict.excess)}) reaches across ${bar}: this run cannot tell`,
    'too much of the run disturbed': `${judged}, but ${Math.round(shift.disturbedShare * 100)}% of its requests fell in disturbed blocks: too much to clear it`,
  }[verdict.why];
}

/** The change the stages or blocks decided on, and their fail point: what the report shows for the row; null where the band decided. */
export function relativeJudgement(c: CheckedComparison): RelativeJudgement | null {
  if (c.stages)
    return {
      unit: 'per stage',
      change: Math.expm1(c.stages.shift),
      failAt: Math.expm1(c.stages.bar + c.stages.excess),
    };
  if (c.blocks) {
    const { shift, verdict } = c.blocks;
    return { unit: 'per 5 s block', change: Math.expm1(shift.shift), failAt: Math.expm1(verdict.bar + verdict.excess) };
  }
  return null;
}

function historyCheck(c: CheckedComparison, baseName: string): CheckResult {
  const { comparison: k } = c;
  const centre = k.centre ?? 0;
  const change = k.change ?? 0;
  const unit = k.changeUnit === 'relative' ? `${(change * 100).toFixed(1)}%` : `${(change * 100).toFixed(2)} pp`;
  const label = figureLabel(c.figure);
  const runs = runsOfBase(k.runs, baseName);
  const judgedOn = relativeJudgement(c);
  const why = c.stages
    ? stagesWhy(c.stages, baseName)
    : c.blocks
      ? blocksWhy(c.blocks, baseName)
      : {
          pass: `within the band of ${runs}`,
          notable: `past the band of ${runs} but under the practical minimum: reported, not failed`,
          regression: `past the band of ${runs} and worse than their centre by ${unit}: a regression, not noise`,
          inconclusive: `this run's own uncertainty, beyond what the ${runs} carried, reaches across the fail point: this run cannot tell`,
          insufficient: '',
        }[k.status];
  return {
    name: `${c.name} vs history`,
    figure: c.figure,
    scope: c.scope,
    severity: c.severity,
    value: k.value,
    // The band is the test here, not the run's own interval (only its excess counts: see compare.ts).
    interval: null,
    limit: k.bound,
    baseline: k.centre,
    delta: {
      absolute: k.value - centre,
      relative: centre === 0 ? null : k.value / centre - 1,
    },
    status: k.status === 'regression' ? c.severity : k.status === 'inconclusive' ? 'warn' : 'pass',
    ...(k.p === null ? {} : { p: k.p }),
    // Held at the run's level on its own (stage-row.ts), outside the Holm family.
    ...(c.stages ? { primary: true } : {}),
    ...(judgedOn === null ? {} : { judgedOn }),
    confidence: `${label} ${why}`,
  };
}

/** History's rows for one run, as composeRuns (judge/compose.ts) takes them: one per pair history judged. */
export function historyRows(compared: readonly CheckedComparison[], baseName: string): CheckResult[] {
  return compared.filter(judged).map((c) => historyCheck(c, baseName));
}
