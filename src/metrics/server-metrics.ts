/**
 * From Prometheus's series to the template's server rows: each figure's points cut at the
 * stage boundaries and reduced to one number per stage (mean CPU, highest pool and heap
 * figures, counter increases for GC). Pure.
 */
import type { ServerStageMetrics } from '../report/types.js';
import type { RunResult } from '../results/types.js';
import type { RangeSeries } from './prometheus-client.js';
import { largest } from './largest.js';
import { FIGURE_DEFINITIONS, SERVER_FIGURES, type ServerFigure } from './queries.js';

export { findBottleneck, type Bottleneck, type BottleneckKind } from './bottleneck.js';

/** A stage's window in epoch milliseconds. */
export interface AbsoluteStageWindow {
  stageIndex: number;
  startMs: number;
  endMs: number;
}

/** Each stage's absolute window; stage offsets count from the scenario's start. */
export function stageWindows(result: RunResult): AbsoluteStageWindow[] {
  const base = Date.parse(result.scenarioStartTime);
  if (!Number.isFinite(base)) return [];
  return result.stages.map((s) => ({
    stageIndex: s.stage.index,
    startMs: base + s.stage.startMs,
    endMs: base + s.stage.endMs,
  }));
}

/** The whole run's window: first stage start to last stage end, or first to last sample without stages. */
export function runWindow(result: RunResult): { fromMs: number; toMs: number } | null {
  const windows = stageWindows(result);
  if (windows.length > 0)
    return { fromMs: -largest(windows.map((w) => -w.startMs)), toMs: largest(windows.map((w) => w.endMs)) };
  const fromMs = Date.parse(result.startTime);
  const toMs = Date.parse(result.endTime);
  return Number.isFinite(fromMs) && Number.isFinite(toMs) ? { fromMs, toMs } : null;
}

/**
 * A point at time t describes the scrape just before t, so a stage owns the points in
 * (start, end]: the point at its start still tells about the stage before.
 */
function within(points: Array<[number, number]>, window: AbsoluteStageWindow): number[] {
  return points.filter(([t]) => t > window.startMs && t <= window.endMs).map(([, v]) => v);
}

/** A counter's growth over the window, counting a drop as a restart from zero. Null without two points. */
function increase(points: Array<[number, number]>, window: AbsoluteStageWindow): number | null {
  const before = points.filter(([t]) => t <= window.startMs).at(-1);
  const values = [...(before ? [before[1]] : []), ...within(points, window)];
  if (values.length < 2) return null;
  let total = 0;
  for (let i = 1; i < values.length; i++) {
    const previous = values[i - 1] ?? 0;
    const current = values[i] ?? 0;
    total += current >= previous ? current - previous : current;
  }
  return total;
}

/** One number for the stage from every series the query returned (an un-aggregated override may give several). */
export function reduceFigure(figure: ServerFigure, series: RangeSeries[], window: AbsoluteStageWindow): number | null {
  const reduction = FIGURE_DEFINITIONS[figure].reduction;
  if (reduction === 'increase') {
    const increases = series.map((s) => increase(s.points, window)).filter((v): v is number => v !== null);
    return increases.length === 0 ? null : increases.reduce((a, b) => a + b, 0);
  }
  const values = series.flatMap((s) => within(s.points, window));
  if (values.length === 0) return null;
  return reduction === 'mean' ? values.reduce((a, b) => a + b, 0) / values.length : largest(values);
}

export type FigureSeries = Partial<Record<ServerFigure, RangeSeries[]>>;

/** The server rows per stage; a figure Prometheus did not answer is null in every stage. */
export function stageServerMetrics(windows: AbsoluteStageWindow[], series: FigureSeries): ServerStageMetrics[] {
  return windows.map((window) => {
    const value = (figure: ServerFigure): number | null => reduceFigure(figure, series[figure] ?? [], window);
    const gcSeconds = value('gcPauseSeconds');
    return {
      stageIndex: window.stageIndex,
      cpu: value('cpu'),
      poolPending: value('poolPending'),
      poolActiveMax: value('poolActive'),
      heapUsedRatio: value('heapUsedRatio'),
      poolMax: value('poolMax'),
      gcPauses: value('gcPauses'),
      gcPauseMs: gcSeconds === null ? null : gcSeconds * 1000,
    };
  });
}

/** True when no stage has any figure: nothing worth a row. */
export function noServerFigures(stages: ServerStageMetrics[]): boolean {
  return stages.every((s) => SERVER_FIGURES.every((f) => FIELD_OF[f](s) === null || FIELD_OF[f](s) === undefined));
}

const FIELD_OF: Record<ServerFigure, (s: ServerStageMetrics) => number | null | undefined> = {
  cpu: (s) => s.cpu,
  poolPending: (s) => s.poolPending,
  poolActive: (s) => s.poolActiveMax,
  poolMax: (s) => s.poolMax,
  heapUsedRatio: (s) => s.heapUsedRatio,
  gcPauses: (s) => s.gcPauses,
  gcPauseSeconds: (s) => s.gcPauseMs,
};
