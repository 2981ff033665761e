/**
 * The verdict: each check of a thresholds file against a RunResult. A check fails only on
 * evidence: when the whole 95% confidence interval of its figure (how sure this run is, bursts
 * included: see results/time-blocks.ts) is past the limit. When the limit lies inside the
 * interval this run cannot tell, and the check warns. Server figures
 * (CPU, DB pool, heap, GC) come from Prometheus' per-stage metrics and are judged on their value;
 * without them such a check warns "not measured" and never fails.
 */
import type { StageBaseline, ThresholdCheck, Thresholds } from '../config/thresholds.js';
import type { ServerStageMetrics } from '../metrics/types.js';
import type { ConfidenceInterval, RunResult } from '../results/types.js';
import { figureLabel, formatFigure, isServerFigure, lowerIsWorse } from '../figures/catalogue.js';
import { checkName, distinctCheckNames } from './check-name.js';
import { capVerdictByEvidence } from './evidence.js';
import { findKnee } from './knee.js';
import { measure } from './measure.js';
import { measureServer } from './server-measure.js';
import { judgeStageBaseline, runStageFigures, stageBaselineSentence } from './stage-baseline.js';
import { worstStatus } from './status.js';
import type { CheckResult, CheckStatus, RelativeJudgement, Verdict } from './types.js';

/** The limit a value is held to: the tighter of the absolute limit and baseline ± allowance. */
export function effectiveLimit(check: ThresholdCheck): number | null {
  const candidates: number[] = [];
  if (check.limit !== null) candidates.push(check.limit);
  if (check.baseline !== null && check.allowedRegression !== null) {
    const a = check.allowedRegression;
    const allowance = a.kind === 'percent' ? (check.baseline * a.percent) / 100 : a.amount;
    candidates.push(lowerIsWorse(check.figure) ? check.baseline - allowance : check.baseline + allowance);
  }
  if (candidates.length === 0) return null;
  return lowerIsWorse(check.figure) ? Math.max(...candidates) : Math.min(...candidates);
}

function range(check: ThresholdCheck, interval: ConfidenceInterval): string {
  return `${formatFigure(check.figure, interval.low)}–${formatFigure(check.figure, interval.high)}`;
}

function judged(
  check: ThresholdCheck,
  value: number,
  interval: ConfidenceInterval | null,
  method: string | null,
  limit: number,
): { status: CheckStatus; confidence: string } {
  const worse = lowerIsWorse(check.figure);
  // Without an interval the value stands for itself.
  const low = interval?.low ?? value;
  const high = interval?.high ?? value;
  const allPast = worse ? high < limit : low > limit;
  const allWithin = worse ? low >= limit : high <= limit;
  const side = worse ? 'below' : 'above';
  const limitText = formatFigure(check.figure, limit);
  // An error-rate limit of 0 means "no failures": the count is a fact, not an estimate to doubt.
  if (check.figure === 'error-rate' && limit === 0) {
    return value > 0
      ? {
          status: check.severity,
          confidence: `${formatFigure(check.figure, value)} of requests failed; the limit of 0 allows no failures`,
        }
      : { status: 'pass', confidence: 'no request failed; the limit of 0 allows no failures' };
  }
  if (interval === null) {
    const why = `judged on the value itself (${figureLabel(check.figure)} has no confidence interval)`;
    if (allPast) return { status: check.severity, confidence: `value ${side} the limit of ${limitText}; ${why}` };
    return { status: 'pass', confidence: `value within the limit of ${limitText}; ${why}` };
  }
  // Plain words here; how the interval was made (method) goes to the report's details.
  const ci = `95% interval ${range(check, interval)}`;
  if (allPast)
    return {
      status: check.severity,
      confidence: `${side} the limit of ${limitText} even allowing for this run's noise (${ci})`,
    };
  if (allWithin)
    return {
      status: 'pass',
      confidence: `within the limit of ${limitText} even allowing for this run's noise (${ci})`,
    };
  return {
    status: 'warn',
    confidence: `the limit of ${limitText} is within this run's noise (${ci}): this run cannot tell`,
  };
}

/** Server stages as collectServerMetrics gives them: null or absent when Prometheus was not asked or gave nothing. */
export type ServerStages = readonly ServerStageMetrics[] | null | undefined;

/** A row the stages decided (judgedOn), or the absolute limit beside them (limit: the one it was held to). */
type StageDecided = {
  status: CheckStatus;
  confidence: string;
  p?: number;
  judgedOn?: RelativeJudgement;
  limit?: number;
};

/**
 * The whole run's p95 check with a percentage allowance, against the file's stage baseline: the
 * allowance is judged stage by stage (stage-baseline.ts), the absolute limit on the p95 itself,
 * and the worse decides. Null when the check is another kind or the stages do not match (then it
 * is judged as any other, and the sentence says why).
 */
function judgedByStages(
  result: RunResult,
  check: ThresholdCheck,
  value: number,
  interval: ConfidenceInterval | null,
  method: string | null,
  stageBaseline: StageBaseline,
): StageDecided | { mismatch: string } | null {
  const a = check.allowedRegression;
  if (check.figure !== 'p95' || check.scope.kind !== 'overall' || check.baseline === null || a?.kind !== 'percent')
    return null;
  const match = judgeStageBaseline(runStageFigures(result), stageBaseline, a.percent / 100);
  if ('mismatch' in match) return match;
  const j = match.judgement;
  // The row's p-value is the stages' own, for the run's Holm family (family.ts); the whole-run
  // interval would hold a clear stage verdict to the whole run's far wider noise.
  const byStages = {
    status: (j.outcome === 'fail' ? check.severity : j.outcome === 'pass' ? 'pass' : 'warn') as CheckStatus,
    confidence: stageBaselineSentence(j),
    p: j.p,
    judgedOn: { unit: 'per stage' as const, change: Math.expm1(j.shift), failAt: Math.expm1(j.limit) },
  };
  if (check.limit === null) return byStages;
  const absolute = judged({ ...check, baseline: null, allowedRegression: null }, value, interval, method, check.limit);
  return worstStatus([absolute.status, byStages.status]) === byStages.status
    ? byStages
    : { ...absolute, limit: check.limit };
}

export function judgeCheck(
  result: RunResult,
  check: ThresholdCheck,
  serverStages?: ServerStages,
  stageBaseline?: StageBaseline | null,
): CheckResult {
  const m = isServerFigure(check.figure)
    ? measureServer(result, serverStages, check.figure, check.scope)
    : measure(result, check.figure, check.scope);
  const limit = effectiveLimit(check);
  const base = {
    name: checkName(check.figure, check.scope, m.stageLabel),
    figure: check.figure,
    scope: check.scope,
    severity: check.severity,
    limit,
    baseline: check.baseline,
  };
  // A named endpoint or stage missing from a complete run is a typo until the check says it may be
  // absent; an incomplete run (cut short, target down) may simply never have reached it.
  const typo = m.value === null && m.absent === true && check.optional !== true && result.evidence.complete;
  if (m.value === null) {
    return {
      ...base,
      value: null,
      interval: null,
      delta: null,
      status: typo ? check.severity : 'warn',
      confidence: `not measured: ${m.missing}${typo ? '; check the name, or mark the check "optional": true if it may be absent' : ''}`,
    };
  }
  const delta =
    check.baseline === null
      ? null
      : {
          absolute: m.value - check.baseline,
          relative: check.baseline === 0 ? null : (m.value - check.baseline) / check.baseline,
        };
  // The schema guarantees a limit; a check without one could only be informational.
  const byStages = stageBaseline ? judgedByStages(result, check, m.value, m.interval, m.method, stageBaseline) : null;
  const plain =
    limit === null
      ? { status: 'pass' as const, confidence: 'no limit to judge against' }
      : judged(check, m.value, m.interval, m.method, limit);
  const decided: StageDecided =
    byStages === null
      ? { ...plain, p: undefined }
      : 'mismatch' in byStages
        ? { ...plain, confidence: `${plain.confidence}; not judged per stage: ${byStages.mismatch}`, p: undefined }
        : byStages;
  const { status, confidence, p, judgedOn } = decided;
  return {
    ...base,
    ...(decided.limit === undefined ? {} : { limit: decided.limit }),
    ...(judgedOn ? { judgedOn } : {}),
    value: m.value,
    interval: m.interval,
    ...(m.interval !== null && m.method !== null ? { intervalMethod: m.method } : {}),
    delta,
    status,
    confidence,
    ...(p !== undefined ? { p } : {}),
  };
}

export function judge(result: RunResult, thresholds: Thresholds, serverStages?: ServerStages): Verdict {
  const judged = thresholds.checks.map((check) => judgeCheck(result, check, serverStages, thresholds.stageBaseline));
  const names = distinctCheckNames(judged);
  const checks = judged.map((c, i) => ({ ...c, name: names[i]! }));
  const verdict = { status: worstStatus(checks.map((c) => c.status)), checks, knee: findKnee(result.stages) };
  return capVerdictByEvidence(verdict, result.evidence);
}
