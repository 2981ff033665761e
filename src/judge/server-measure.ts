/**
 * Finding a server figure (CPU, DB pool, heap, GC) for a check: from the per-stage server
 * metrics Prometheus gave, never from k6. They are one number per stage with no sampling
 * distribution behind them, so they have no confidence interval. When they are missing the
 * measurement says why, and the check warns "not measured": a monitoring gap is not a regression.
 */
import { figureLabel, serverField, type Scope, type ServerCheckFigure } from '../figures/catalogue.js';
import type { ServerStageMetrics } from '../metrics/types.js';
import type { RunResult } from '../results/types.js';
import type { Measurement } from './measure.js';

/**
 * The figure for one stage (by RunResult.stages index) or, over the whole run, the worst
 * stage's: a limit like "CPU below 90%" must hold in every stage. Null when not measured.
 */
export function serverFigureValue(
  serverStages: readonly ServerStageMetrics[] | null | undefined,
  figure: ServerCheckFigure,
  scope: Exclude<Scope, { kind: 'endpoint' }>,
): number | null {
  const field = serverField(figure);
  const stages = (serverStages ?? []).filter((s) => scope.kind === 'overall' || s.stageIndex === scope.index);
  const values = stages.map((s) => s[field]).filter((v): v is number => v != null);
  // A loop, not Math.max(...values): a spread of a long list overflows the call stack.
  return values.length === 0 ? null : values.reduce((a, b) => (b > a ? b : a));
}

export const NO_SERVER_METRICS = 'no server metrics (set prometheus-url)';

export function measureServer(
  result: RunResult,
  serverStages: readonly ServerStageMetrics[] | null | undefined,
  figure: ServerCheckFigure,
  scope: Scope,
): Measurement {
  const label = figureLabel(figure);
  // The schema rejects this; a hand-built Thresholds could still carry it.
  if (scope.kind === 'endpoint')
    return { value: null, missing: `${label} is measured on the server, not per endpoint` };
  const stage = scope.kind === 'stage' ? result.stages.find((s) => s.stage.index === scope.index) : undefined;
  const stageLabel = stage?.stage.label;
  if (!serverStages || serverStages.length === 0) return { value: null, missing: NO_SERVER_METRICS, stageLabel };
  const value = serverFigureValue(serverStages, figure, scope);
  if (scope.kind === 'overall') {
    if (value === null)
      return { value: null, missing: `Prometheus gave no ${label} for any stage; see the server metrics warnings` };
    return { value, interval: null, method: null };
  }
  if (!stage) return { value: null, missing: `this run has no stage ${scope.index}` };
  if (value === null) {
    return {
      value: null,
      missing: `Prometheus gave no ${label} for stage ${scope.index} (${stageLabel}); see the server metrics warnings`,
      stageLabel,
    };
  }
  return { value, interval: null, method: null, stageLabel };
}
