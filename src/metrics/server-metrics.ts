/**
 * From Prometheus's series to the template's server rows: each figure's points cut at the
 * stage boundaries and reduced to one number per stage (mean CPU, highest pool and heap
 * figures, counter increases for GC). Pure.
 */
import { SERVER_INPUT_KEYS, SERVER_INPUTS, type ServerInput } from '../figures/server-inputs.js';
import type { RunResult } from '../results/types.js';
import type { RangeSeries } from './prometheus-client.js';
import type { ServerStageMetrics } from './types.js';
import { largest } from './largest.js';

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
export function reduceFigure(figure: ServerInput, series: RangeSeries[], window: AbsoluteStageWindow): number | null {
  const reduction = SERVER_INPUTS[figure].reduction;
  if (reduction === 'increase') {
    const increases = series.map((s) => increase(s.points, window)).filter((v): v is number => v !== null);
    return increases.length === 0 ? null : increases.reduce((a, b) => a + b, 0);
  }
  const values = series.flatMap((s) => within(s.points, window));
  if (values.length === 0) return null;
  return reduction === 'mean' ? values.reduce((a, b) => a + b, 0) / values.length : largest(values);
}

export type FigureSeries = Partial<Record<ServerInput, RangeSeries[]>>;

/** The server rows per stage; an input Prometheus did not answer is null in every stage. */
export function stageServerMetrics(windows: AbsoluteStageWindow[], series: FigureSeries): ServerStageMetrics[] {
  return windows.map((window) => {
    const stage: ServerStageMetrics = {
      stageIndex: window.stageIndex,
      cpu: null,
      poolPending: null,
      poolActiveMax: null,
      heapUsedRatio: null,
    };
    for (const input of SERVER_INPUT_KEYS) {
      const row: { field: keyof Omit<ServerStageMetrics, 'stageIndex'>; scale?: number } = SERVER_INPUTS[input];
      const value = reduceFigure(input, series[input] ?? [], window);
      stage[row.field] = value === null || row.scale === undefined ? value : value * row.scale;
    }
    return stage;
  });
}

/** True when no stage has any figure: nothing worth a row. */
export function noServerFigures(stages: ServerStageMetrics[]): boolean {
  return stages.every((s) => SERVER_INPUT_KEYS.every((input) => s[SERVER_INPUTS[input].field] == null));
}
