/**
 * Duet mode's part of the report: the headline's sentence, the "vs base, same run" table and a
 * chart of both targets' p95 block by block. Pure: a judgement and a series in, markdown out.
 */
import type { BlockP95 } from '../judge/paired-blocks.js';
import { formatPaired, type PairedCheck, type PairedJudgement } from '../judge/paired.js';
import { formatRelative } from '../figures/format.js';
import { axisTop, chartNumber } from './chart.js';

/** What the check's interval says, whatever its severity made of it. */
function status(check: PairedCheck): string {
  if (check.interval !== null && check.interval.low > check.margin)
    return check.status === 'fail' ? '❌ slower' : '⚠️ slower';
  return check.status === 'pass' ? '✅ not slower' : '⚠️ cannot tell';
}

/** Head's change as the table prints it: relative for latencies, percentage points for error rates. */
function change(check: PairedCheck, value: number): string {
  if (check.figure !== 'error-rate') return formatRelative(value);
  const points = Math.round(value * 1000) / 10;
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(1)} pp`;
}

/** The sentence under the headline: how the verdict was reached. */
export function pairedHeadline(judgement: PairedJudgement): string {
  const slower = judgement.checks.filter((c) => c.status === 'fail').length;
  const unclear = judgement.checks.filter((c) => c.status === 'warn').length;
  const outcome =
    slower > 0
      ? `head is slower than base on ${slower} of ${judgement.checks.length} figures`
      : unclear > 0
        ? `head is not slower than base on any figure this run can tell; ${unclear} of ${judgement.checks.length} too close to call`
        : `head is not slower than base on any of ${judgement.checks.length} figures`;
  return `**Paired comparison:** head and base ran side by side in this run, under the same load at the same moments; ${outcome} (min-change ${formatRelative(judgement.minChange)}).`;
}

export function pairedTable(judgement: PairedJudgement): string {
  const rows = judgement.checks.map((c) =>
    [
      c.name,
      formatPaired(c, c.base),
      formatPaired(c, c.head),
      c.change === null ? '—' : change(c, c.change),
      c.interval === null ? '—' : `${change(c, c.interval.low)} to ${change(c, c.interval.high)}`,
      String(c.blocks),
      status(c),
    ].join(' | '),
  );
  const level = Math.round((1 - judgement.alphaEach) * 1000) / 10;
  return [
    '### vs base, same run',
    '',
    `_Each figure of head against base in the same blocks of the same stages (${judgement.blockMs / 1000} s slices joined until both targets made enough requests): Student's paired t-test on the blocks' mean log-ratio of p50, p75, p90 and the figure itself (differences for error rates), bounds at ${level}% each so that all ${judgement.checks.length} together hold at 95%. A figure fails when its whole interval is past the min-change of ${formatRelative(judgement.minChange)}._`,
    '',
    '| Figure | Base | Head | Change | Interval | Blocks | Status |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

const COLORS = { head: '#e5534b', base: '#2f81f7' } as const;

/** Both targets' p95 over time, one line each (xychart-beta has no legend: the title names the colours). */
export function pairedChart(series: readonly BlockP95[]): string {
  const points = series.filter((p) => p.head !== null || p.base !== null);
  if (points.length === 0) return '_No block held enough requests of both targets to chart._';
  const fromS = Math.round((points[0]?.offsetMs ?? 0) / 1000);
  const toS = Math.max(fromS + 1, Math.round((points.at(-1)?.offsetMs ?? 0) / 1000));
  const line = (target: 'head' | 'base') => `line [${points.map((p) => chartNumber(p[target] ?? 0)).join(', ')}]`;
  const top = axisTop(Math.max(...points.map((p) => Math.max(p.head ?? 0, p.base ?? 0))));
  const init = {
    xyChart: { width: 700, height: 280 },
    themeVariables: { xyChart: { plotColorPalette: `${COLORS.head}, ${COLORS.base}` } },
  };
  return [
    '```mermaid',
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta',
    '    title "p95 per block (ms): head red, base blue"',
    `    x-axis "time (s)" ${fromS} --> ${toS}`,
    `    y-axis "ms" 0 --> ${top}`,
    `    ${line('head')}`,
    `    ${line('base')}`,
    '```',
  ].join('\n');
}

/** The whole section: table, then chart. */
export function renderPairedSection(judgement: PairedJudgement): string {
  return [pairedTable(judgement), '', pairedChart(judgement.p95OverTime)].join('\n');
}
