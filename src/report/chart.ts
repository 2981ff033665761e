/**
 * Mermaid xychart-beta charts of the run over time (GitHub renders them in comments).
 * xychart-beta has one y-axis and no legend, so the charts keep units apart:
 * one chart of requests/s (bars) with VUs (line) — both counts — and one of p95 in ms.
 */
import type { TimeSeries } from '../results/types.js';
import { formatDuration, formatOffset } from '../figures/format.js';

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

function xychart(title: string, xLabels: string[], yTitle: string, yMax: number, series: string[]): string {
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${title}"`,
    `    x-axis "time (m:ss)" [${xLabels.map((l) => `"${l}"`).join(', ')}]`,
    `    y-axis "${yTitle}" 0 --> ${yMax}`,
    ...series.map((s) => `    ${s}`),
    '```',
  ].join('\n');
}

/** The charts of the time series: the load's requests only (not setup() or teardown()), from the load's start. */
export function renderCharts(series: TimeSeries, maxPoints = MAX_CHART_POINTS): string {
  const { pointMs, points } = downsample(series, maxPoints);
  if (points.length === 0) return '### Over time\n\n_No samples to chart._';
  const labels = points.map((p) => formatOffset(p.offsetMs));
  const rps = points.map((p) => chartNumber(p.rps));
  const vus = points.map((p) => String(p.vus));
  const p95 = points.map((p) => chartNumber(p.p95 ?? 0));
  const merged = pointMs > series.bucketMs;
  const emptyBuckets = points.some((p) => p.p95 === null);
  const caption = [
    `Each point covers ${formatDuration(pointMs)}; 0:00 is the start of the load (after setup()), as in the stage windows.`,
    'First chart: bars are requests/s, the line is active VUs (same axis, both counts).',
    `Second chart: p95 latency in ms${merged ? ', the highest p95 of the merged buckets' : ''}.`,
    emptyBuckets ? 'p95 is drawn as 0 where no request completed.' : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  return [
    '### Over time',
    '',
    `_${caption}_`,
    '',
    xychart(
      'Requests/s (bars) and VUs (line)',
      labels,
      'req/s, VUs',
      axisTop(Math.max(...points.map((p) => Math.max(p.rps, p.vus)))),
      [`bar [${rps.join(', ')}]`, `line [${vus.join(', ')}]`],
    ),
    '',
    xychart('p95 latency (ms)', labels, 'ms', axisTop(Math.max(...points.map((p) => p.p95 ?? 0))), [
      `line [${p95.join(', ')}]`,
    ]),
  ].join('\n');
}
