/**
 * Server figures as threshold checks see them, for the judge: one stage's value, or over the
 * whole run the worst stage's (a limit like "CPU below 90%" must hold in every stage). Pure.
 */
import type { ServerStageMetrics } from '../report/types.js';
import { largest } from './largest.js';

export const SERVER_CHECK_FIGURES = ['cpu', 'pool-pending', 'pool-active', 'heap', 'gc-pauses'] as const;
export type ServerCheckFigure = (typeof SERVER_CHECK_FIGURES)[number];

const READ: Record<ServerCheckFigure, (s: ServerStageMetrics) => number | null | undefined> = {
  cpu: (s) => s.cpu,
  'pool-pending': (s) => s.poolPending,
  'pool-active': (s) => s.poolActiveMax,
  heap: (s) => s.heapUsedRatio,
  'gc-pauses': (s) => s.gcPauses,
};

/** The figure for one stage (by RunResult.stages index) or the highest over all stages; null when not measured. */
export function serverFigureValue(
  serverStages: ServerStageMetrics[] | null | undefined,
  figure: ServerCheckFigure,
  scope: { kind: 'overall' } | { kind: 'stage'; index: number },
): number | null {
  const stages = (serverStages ?? []).filter((s) => scope.kind === 'overall' || s.stageIndex === scope.index);
  const values = stages.map(READ[figure]).filter((v): v is number => v != null);
  return values.length === 0 ? null : largest(values);
}
