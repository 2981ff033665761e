/** The collapsed part: every raw figure, and the command that reproduces the run. */
import type { CheckResult } from '../judge/types.js';
import type { RequestStats, RunResult, TrendStats } from '../results/types.js';
import { answeredDuration } from '../results/answered.js';
import { errorMessages, OUTSIDE_LOAD_HEADER, outsideLoadCell, statusLabel } from './breakdown.js';
import { codeBlock, escapeMarkdown, escapeTableCell } from './escape.js';
import { formatFigure } from '../figures/catalogue.js';
import { formatCheckLimit, formatRange, sortChecks, STATUS_ICON } from './figures.js';
import { formatCount, formatDuration, formatMs, formatOffset, formatPercent, formatRps } from '../figures/format.js';
import type { RunContext } from './types.js';

/** How much of the raw figures fits; renderReport lowers it until the comment fits. */
export interface DetailsBudget {
  figures: 'all' | 'overall' | 'none';
  /** Endpoint rows kept (slowest first). */
  endpointRows: number;
  /** Error messages kept per status code. */
  errorMessages: number;
}

const LATENCY_HEADERS = 'avg | med | p90 | p95 | p99 | max';
const LATENCY_ALIGN = '--:|--:|--:|--:|--:|--:';

function latencyCells(d: TrendStats | null): string {
  if (d === null) return Array(6).fill('—').join(' | ');
  return [d.avg, d.med, d.p90, d.p95, d.p99, d.max].map(formatMs).join(' | ');
}

function requestCells(r: RequestStats): string {
  return `${formatCount(r.requests)} | ${formatRps(r.rps)} | ${latencyCells(answeredDuration(r.duration))} | ${formatCount(r.failed)} (${formatPercent(r.errorRate)})`;
}

/** Only the file's name: its folder may be a temp dir (a runner path, a user name). */
export function fileBasename(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function latencyRows(duration: TrendStats): Array<[string, string]> {
  const d = answeredDuration(duration);
  if (d === null) return [['Latency', '— (no request got a response)']];
  return [
    ['Latency avg / min / med', `${formatMs(d.avg)} / ${formatMs(d.min)} / ${formatMs(d.med)}`],
    [
      'Latency p90 / p95 / p99 / max',
      `${formatMs(d.p90)} / ${formatMs(d.p95)} / ${formatMs(d.p99)} / ${formatMs(d.max)}`,
    ],
  ];
}

function requestRows(r: RequestStats): Array<[string, string]> {
  return [
    ['Requests', formatCount(r.requests)],
    ['Failed requests', `${formatCount(r.failed)} (${formatPercent(r.errorRate)})`],
    ['Requests/s', formatRps(r.rps)],
  ];
}

function figureTable(title: string, rows: Array<[string, string]>): string {
  return [title, '', '| Figure | Value |', '|---|--:|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

/** The figures the checks judge: the load's requests, not setup()'s logins or teardown()'s clean-up. */
function loadTable(result: RunResult): string {
  const o = result.overall;
  const d = o.duration;
  const ci = (c: { low: number; high: number }) => formatRange('p95', c.low, c.high);
  const rows = requestRows(o);
  rows.push(['Load time', formatDuration(result.loadDurationMs)]);
  if (d !== null) rows.push(...latencyRows(d), ['p95, 95% interval', ci(d.p95Ci)], ['p99, 95% interval', ci(d.p99Ci)]);
  rows.push(['Stages', stagesSource(result)]);
  return figureTable('#### The load (what the checks judge; setup() and teardown() left out)', rows);
}

/** Where the stages came from, in a reader's words: the run's own tags, or the plan of the profile given. */
function stagesSource(result: RunResult): string {
  const d = result.described;
  const tagged =
    d.scenario !== null && d.profile !== null ? ` (${escapeTableCell(d.scenario)}, ${escapeTableCell(d.profile)})` : '';
  const windows =
    d.windowsFrom === 'requests'
      ? 'windows from when their requests ran'
      : d.windowsFrom === 'plan'
        ? "windows from the plan's times"
        : 'none';
  switch (d.planFrom) {
    case 'tags':
      return `from the requests' scenario and profile tags${tagged}, ${windows}`;
    case 'given':
      return d.profile === null
        ? `the requests carry no profile tag: from the scenario and profile inputs, ${windows}`
        : `from the scenario and profile inputs, ${windows}`;
    default:
      return windows === 'none' ? 'none' : windows;
  }
}

/** k6's own whole-run figures, exactly as its end-of-test summary prints them. */
function wholeRunTable(result: RunResult): string {
  const o = result.wholeRun;
  const rows = requestRows(o);
  if (o.duration !== null) rows.push(...latencyRows(o.duration));
  rows.push(
    ['Iterations', formatCount(o.iterations)],
    ['Dropped iterations', formatCount(o.droppedIterations)],
    ['VUs (max)', formatCount(o.maxVus)],
    ['k6 checks', `${formatCount(o.checks.passes)} passed, ${formatCount(o.checks.fails)} failed`],
    ['Started / ended', `${escapeTableCell(result.startTime)} / ${escapeTableCell(result.endTime)}`],
    ['Results file', escapeTableCell(fileBasename(result.file))],
  );
  return figureTable("#### Whole run, setup() and teardown() included, as k6's summary prints them", rows);
}

function stagesTable(result: RunResult): string {
  if (result.stages.length === 0) return '';
  return [
    '#### Stages',
    '',
    `| Stage | Window | Requests | Requests/s | ${LATENCY_HEADERS} | Errors | VUs (max) |`,
    `|---|---|--:|--:|${LATENCY_ALIGN}|--:|--:|`,
    ...result.stages.map(
      (s) =>
        `| ${s.stage.index + 1}: ${escapeTableCell(s.stage.label)} | ${formatOffset(s.stage.startMs)}–${formatOffset(s.stage.endMs)} | ${requestCells(s)} | ${formatCount(s.maxVus)} |`,
    ),
  ].join('\n');
}

function endpointsTable(result: RunResult, maxRows: number): string {
  if (result.endpoints.length === 0) return '';
  const sorted = [...result.endpoints].sort((a, b) => (b.duration?.p95 ?? -1) - (a.duration?.p95 ?? -1));
  const shown = sorted.slice(0, maxRows);
  const lines = [
    '#### Endpoints',
    '',
    `| Endpoint | Phase | Requests | Requests/s | ${LATENCY_HEADERS} | Errors |`,
    `|---|---|--:|--:|${LATENCY_ALIGN}|--:|`,
    ...shown.map(
      (e) => `| ${escapeTableCell(e.method)} ${escapeTableCell(e.name)} | ${e.phase} | ${requestCells(e)} |`,
    ),
  ];
  if (sorted.length > shown.length)
    lines.push('', `_${sorted.length - shown.length} faster endpoints left out to fit the comment._`);
  return lines.join('\n');
}

function statusTable(result: RunResult, maxMessages: number): string {
  if (result.statuses.length === 0) return '';
  const outside = outsideLoadCell(result.statuses);
  return [
    '#### Status codes and error messages',
    '',
    `| Status | Requests |${outside ? ` ${OUTSIDE_LOAD_HEADER} |` : ''} Error messages |`,
    `|---|--:|${outside ? '--:|' : ''}---|`,
    ...[...result.statuses]
      .sort((a, b) => a.status - b.status)
      .map(
        (s) =>
          `| ${statusLabel(s.status)} | ${formatCount(s.count)} |${outside ? ` ${outside(s)} |` : ''} ${errorMessages(s, maxMessages, 300)} |`,
      ),
  ].join('\n');
}

/** How the 95% intervals were made: the method, kept out of the rows' plain sentences. */
function intervalMethods(checks: CheckResult[]): string[] {
  const byMethod = new Map<string, string[]>();
  for (const c of sortChecks(checks)) {
    if (c.intervalMethod !== undefined)
      byMethod.set(c.intervalMethod, [...(byMethod.get(c.intervalMethod) ?? []), c.name]);
  }
  if (byMethod.size === 0) return [];
  const all =
    byMethod.size === 1
      ? (line: string[]) => (line.length === checks.length ? 'every interval' : line.join(', '))
      : (line: string[]) => line.join(', ');
  return [
    '',
    "95% intervals (how far this run's noise could move each value), made by:",
    ...[...byMethod].map(([method, names]) => `- ${escapeMarkdown(all(names))}: ${escapeMarkdown(method)}`),
  ];
}

function checksTable(checks: CheckResult[]): string {
  if (checks.length === 0) return '';
  const value = (c: CheckResult, v: number | null) => (v === null ? '—' : formatFigure(c.figure, v));
  return [
    '#### Checks',
    '',
    '| Check | Value | 95% interval | Limit | Status | How sure |',
    '|---|--:|--:|--:|---|---|',
    ...sortChecks(checks).map((c) => {
      const interval = c.interval ? formatRange(c.figure, c.interval.low, c.interval.high) : '—';
      const limit = formatCheckLimit(c);
      return `| ${escapeTableCell(c.name)} | ${value(c, c.value)} | ${interval} | ${limit} | ${STATUS_ICON[c.status]} ${c.status} | ${escapeTableCell(c.confidence)} |`;
    }),
    ...intervalMethods(checks),
  ].join('\n');
}

function collapsed(summary: string, body: string): string {
  // The blank lines let GitHub render the markdown inside the HTML block.
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function renderDetails(
  result: RunResult,
  checks: CheckResult[],
  context: RunContext,
  budget: DetailsBudget,
): string {
  const blocks: string[] = [];
  if (budget.figures !== 'none') {
    const sections =
      budget.figures === 'all'
        ? [
            loadTable(result),
            wholeRunTable(result),
            stagesTable(result),
            endpointsTable(result, budget.endpointRows),
            statusTable(result, budget.errorMessages),
            checksTable(checks),
          ]
        : [loadTable(result), wholeRunTable(result)];
    blocks.push(collapsed('All figures', sections.filter((s) => s !== '').join('\n\n')));
  }
  blocks.push(
    collapsed(
      'Reproduce this run locally',
      `Secrets such as \`AUTH_TOKEN\` come from your environment, never from this command.\n\n${codeBlock(context.reproduce, 'sh')}`,
    ),
  );
  return blocks.join('\n\n');
}
