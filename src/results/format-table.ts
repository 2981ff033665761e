/** A RunResult as plain-text tables for a terminal (`perf-gate analyze`). */
import type { RequestStats, RunResult } from './types.js';

export function formatRunResult(result: RunResult): string {
  const o = result.overall;
  const lines: string[] = [
    `k6 results: ${result.file}${result.truncated ? ' (last line cut short: k6 was stopped mid-write)' : ''}`,
    `${result.startTime || '-'} .. ${result.endTime || '-'} (${seconds(result.durationMs)})`,
    '',
    table(
      [
        'requests',
        'req/s',
        'errors',
        'avg',
        'min',
        'med',
        'p90',
        'p95',
        'p99',
        'max',
        'iterations',
        'dropped',
        'max VUs',
        'checks',
      ],
      [
        [
          String(o.requests),
          fixed(o.rps, 2),
          percent(o.errorRate),
          ...durationCells(o),
          String(o.iterations),
          String(o.droppedIterations),
          String(o.maxVus),
          `${o.checks.passes} ok / ${o.checks.fails} failed`,
        ],
      ],
    ),
  ];
  if (result.endpoints.length > 0) {
    lines.push('', 'Endpoints');
    lines.push(
      table(
        ['phase', 'method', 'name', 'requests', 'req/s', 'errors', 'avg', 'min', 'med', 'p90', 'p95', 'p99', 'max'],
        result.endpoints.map((e) => [
          e.phase,
          e.method,
          e.name,
          String(e.requests),
          fixed(e.rps, 2),
          percent(e.errorRate),
          ...durationCells(e),
        ]),
      ),
    );
  }
  if (result.statuses.length > 0) {
    lines.push('', 'Statuses');
    lines.push(
      table(
        ['status', 'requests', 'k6 error code', 'errors'],
        result.statuses.map((s) => [
          String(s.status),
          String(s.count),
          s.errorCode === null ? '' : String(s.errorCode),
          s.errors.map((e) => `${e.message} (${e.count})`).join('; '),
        ]),
      ),
    );
  }
  if (result.stages.length > 0) {
    lines.push('', 'Stages');
    lines.push(
      table(
        ['stage', 'from', 'to', 'requests', 'req/s', 'p95', 'p99', 'errors', 'max VUs'],
        result.stages.map((s) => [
          s.stage.label,
          seconds(s.stage.startMs),
          seconds(s.stage.endMs),
          String(s.requests),
          fixed(s.rps, 2),
          ms(s.duration?.p95),
          ms(s.duration?.p99),
          percent(s.errorRate),
          String(s.maxVus),
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

function durationCells(stats: RequestStats): string[] {
  const d = stats.duration;
  return [d?.avg, d?.min, d?.med, d?.p90, d?.p95, d?.p99, d?.max].map(ms);
}

/** Columns padded to their widest cell; numbers right-aligned. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.every((r) => /^[-\d.,%\s]*(ms|s)?$/.test(r[i] ?? '')));
  const render = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(render)].join('\n');
}

function ms(value: number | undefined): string {
  return value === undefined ? '-' : `${fixed(value, 2)} ms`;
}

function seconds(valueMs: number): string {
  return `${fixed(valueMs / 1000, 1)} s`;
}

function percent(rate: number): string {
  return `${fixed(rate * 100, 2)}%`;
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}
