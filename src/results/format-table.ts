/** A run's figures (a RunResult is one) as plain-text tables for a terminal (`perf-gate analyze`). */
import { answeredDuration } from './answered.js';
import type { RequestFigures, RunCounters, RunFigures } from './types.js';

export function formatRunResult(result: RunFigures): string {
  const row = (label: string, o: RequestFigures & RunCounters): string[] => [
    label,
    String(o.requests),
    fixed(o.rps, 2),
    percent(o.errorRate),
    ...durationCells(o),
  ];
  const o = result.wholeRun;
  const lines: string[] = [
    `k6 results: ${result.file}${result.truncated ? ' (last line cut short: k6 was stopped mid-write)' : ''}`,
    `${result.startTime || '-'} .. ${result.endTime || '-'} (${seconds(result.durationMs)}; the load ${seconds(result.loadDurationMs)} from ${result.scenarioStartTime || '-'})`,
    describedLine(result),
    '',
    // The load is what perf-gate judges; the whole run (setup() and teardown() too) is what k6's summary prints.
    table(
      ['', 'requests', 'req/s', 'errors', 'avg', 'min', 'med', 'p90', 'p95', 'p99', 'max'],
      [row('load', result.overall), row('whole run (k6)', o)],
    ),
    '',
    `iterations ${o.iterations}, dropped ${o.droppedIterations}, max VUs ${o.maxVus}, checks ${o.checks.passes} ok / ${o.checks.fails} failed`,
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
          ms(answeredDuration(s.duration)?.p95),
          ms(answeredDuration(s.duration)?.p99),
          percent(s.errorRate),
          String(s.maxVus),
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** What the run's tags said: scenario, profile, and where the stages came from. */
function describedLine(result: RunFigures): string {
  const d = result.described;
  const windows = { requests: "the requests' stage tags", plan: "the plan's times", none: 'none' }[d.windowsFrom];
  const plan = { tags: 'the tagged scenario and profile', given: 'the plan given', none: 'no plan' }[d.planFrom];
  return `scenario tag ${d.scenario ?? '-'}, profile tag ${d.profile ?? '-'}; stage labels from ${plan}, windows from ${windows}`;
}

function durationCells(stats: RequestFigures): string[] {
  const d = answeredDuration(stats.duration);
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
