/**
 * Mermaid xychart-beta charts of the run over time (GitHub renders them in comments).
 * xychart-beta has one y-axis and no legend, so each chart draws one quantity on its own scale:
 * requests/s (about 160) beside VUs (up to 1,000) on one axis left the throughput a sliver.
 * The x axis is numeric, in seconds: a label per point smeared into one another. All three are
 * lines on the same axis, so a moment sits at the same x in each: mermaid pads a bar chart's
 * axis by half a bar at each end, which put its points off the lines' by several pixels.
 */
import type { TimeSeries } from '../results/types.js';
import { formatDuration } from '../figures/format.js';

export const MAX_CHART_POINTS = 60;

export interface ChartPoint {
  offsetMs: number;
  rps: number;
  /** Highest bucket p95 among the merged buckets; null when none had requests. */
  p95: number | null;
  vus: number;
}

export interface ChartSeries {
  /** Time each point covers. */
  pointMs: number;
  points: ChartPoint[];
}

/**
 * Merges neighbouring buckets so at most `maxPoints` remain. Throughput is averaged
 * (the rate over the merged span); p95s cannot be merged exactly, so the highest one is
 * kept — the chart then never hides a slow moment — and VUs keep their maximum.
 */
export function downsample(series: TimeSeries, maxPoints = MAX_CHART_POINTS): ChartSeries {
  const factor = Math.max(1, Math.ceil(series.buckets.length / maxPoints));
  const points: ChartPoint[] = [];
  for (let i = 0; i < series.buckets.length; i += factor) {
    const group = series.buckets.slice(i, i + factor);
    const p95s = group.map((b) => b.p95).filter((p): p is number => p !== null);
    points.push({
      offsetMs: group[0]?.offsetMs ?? 0,
      rps: group.reduce((sum, b) => sum + b.rps, 0) / group.length,
      p95: p95s.length === 0 ? null : Math.max(...p95s),
      vus: Math.max(...group.map((b) => b.vus)),
    });
  }
  return { pointMs: series.bucketMs * factor, points };
}

/** Numbers short enough for a chart: integers from 10 up, one decimal below. */
export function chartNumber(value: number): string {
  return String(Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10);
}

/** The y-axis top: a round number just above the largest value, so the axis starts at an honest 0. */
export function axisTop(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= max * 1.05) return Number((step * magnitude).toPrecision(6));
  }
  return 10 * magnitude;
}

/**
 * One colour per chart, picked to read on GitHub's light (#ffffff) and dark (#0d1117) backgrounds
 * alike: mid-luminance hues with a contrast of at least 3:1 against both (mermaid's default
 * palette drew p95 in a pale lavender that vanished on white).
 */
export const CHART_COLORS = { rps: '#2f81f7', vus: '#d9730d', p95: '#e5534b' } as const;

/** The chart's size, smaller than mermaid's 700×500 so three charts fit a screen. */
const CHART_SIZE = { width: 700, height: 280 };

/** The x axis in whole seconds from the first point to the last (xychart spreads the points evenly over it). */
export interface TimeAxis {
  fromS: number;
  toS: number;
}

function xychart(title: string, axis: TimeAxis, yTitle: string, yMax: number, series: string, color: string): string {
  const init = { xyChart: CHART_SIZE, themeVariables: { xyChart: { plotColorPalette: color } } };
  return [
    '```mermaid',
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta',
    `    title "${title}"`,
    `    x-axis "time (s)" ${axis.fromS} --> ${axis.toS}`,
    `    y-axis "${yTitle}" 0 --> ${yMax}`,
    `    ${series}`,
    '```',
  ].join('\n');
}

/** The charts of the time series: the load's requests only (not setup() or teardown()), from the load's start. */
export function renderCharts(series: TimeSeries, maxPoints = MAX_CHART_POINTS): string {
  const { pointMs, points } = downsample(series, maxPoints);
  if (points.length === 0) return '### Over time\n\n_No samples to chart._';
  const axis: TimeAxis = {
    fromS: Math.round((points[0]?.offsetMs ?? 0) / 1000),
    toS: Math.round((points.at(-1)?.offsetMs ?? 0) / 1000),
  };
  // A single point still needs an axis of some width.
  if (axis.toS <= axis.fromS) axis.toS = axis.fromS + Math.max(1, Math.round(pointMs / 1000));
  const rps = points.map((p) => chartNumber(p.rps));
  const vus = points.map((p) => String(p.vus));
  const p95 = points.map((p) => chartNumber(p.p95 ?? 0));
  const merged = pointMs > series.bucketMs;
  const emptyBuckets = points.some((p) => p.p95 === null);
  const caption = [
    `Each point covers ${formatDuration(pointMs)}; 0 s is the start of the load (after setup()), as in the stage windows.`,
    `p95 is in ms${merged ? ', the highest p95 of the merged buckets' : ''}.`,
    emptyBuckets ? 'p95 is drawn as 0 where no request completed.' : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  const top = (values: number[]) => axisTop(Math.max(...values));
  return [
    '### Over time',
    '',
    `_${caption}_`,
    '',
    xychart('Requests/s', axis, 'req/s', top(points.map((p) => p.rps)), `line [${rps.join(', ')}]`, CHART_COLORS.rps),
    '',
    xychart('Active VUs', axis, 'VUs', top(points.map((p) => p.vus)), `line [${vus.join(', ')}]`, CHART_COLORS.vus),
    '',
    xychart(
      'p95 latency (ms)',
      axis,
      'ms',
      top(points.map((p) => p.p95 ?? 0)),
      `line [${p95.join(', ')}]`,
      CHART_COLORS.p95,
    ),
  ].join('\n');
}
