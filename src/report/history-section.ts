/**
 * The "vs <base branch>" section: this run against the base branch's recent runs (centre, band,
 * change, how many runs the band rests on), one line on the smallest regression the gate can
 * catch today, and a trend chart of the headline figure with this run as the last point.
 */
import { formatFigure, isFraction, lowerIsWorse, type Figure } from '../figures/catalogue.js';
import { formatJudgedChange, formatJudgedFailPoint, formatRelative } from '../figures/format.js';
import { relativeJudgement, type CheckedComparison } from '../history/verdict.js';
import type { CheckResult, CheckStatus, Confirmation, ConfirmationRow } from '../judge/types.js';
import { axisTop, chartNumber } from './chart.js';
import { disturbanceNote } from './disturbance-note.js';
import { escapeMarkdown, escapeTableCell } from './escape.js';
import { STATUS_ICON } from './figures.js';
import { baseDescription, runsOfBase } from '../history/base-name.js';

export interface HistoryReport {
  /** The branch compared with, e.g. "main"; "earlier runs" when any branch's runs count. */
  base: string;
  /** The checked figures history compared (insufficient ones included: the chart still shows them). */
  rows: CheckedComparison[];
  /** Runs the band rests on, and how many it needs. */
  runs: number;
  needed: number;
  /** Why the verdict rests on the thresholds file instead, e.g. "history: 3 of 5 runs needed; …"; null when history judged. */
  fallback: string | null;
  /** Environment changes, runs left out, whether this run was recorded. */
  notes: string[];
}

/** Notes name a file, a branch and GitHub's answer: longer than a table cell. */
const NOTE_CHARS = 400;

const STATUS_TEXT = {
  pass: 'within band',
  notable: 'notable',
  regression: 'regression',
  inconclusive: 'cannot tell',
  insufficient: '—',
} as const;

/**
 * A regression shows the severity it is judged with: a warn-only row is no ❌. Where the verdict
 * has the row, its icon is the verdict's: a saturated runner, Holm's procedure or a confirmation
 * run that cleared it make it a warning there, and the table must not say ❌ beside a passing step.
 */
function icon(row: CheckedComparison, judged: CheckResult | undefined): string {
  const status = row.comparison.status;
  if (judged && (status === 'regression' || status === 'inconclusive')) return STATUS_ICON[judged.status];
  if (status === 'regression') return STATUS_ICON[row.severity];
  return { pass: STATUS_ICON.pass, notable: 'ℹ️', inconclusive: STATUS_ICON.warn, insufficient: '' }[status];
}

/** "+12%" for latencies and rps (signed as measured), "+0.4 pp" for a share. */
function changeText(figure: Figure, value: number, centre: number): string {
  if (isFraction(figure)) {
    const pp = (value - centre) * 100;
    return `${pp >= 0 ? '+' : '-'}${Math.abs(pp).toFixed(2)} pp`;
  }
  return centre === 0 ? '—' : formatRelative(value / centre - 1);
}

/** The smallest change the band fails, in the figure's worse direction. */
function detectableText(row: CheckedComparison): string | null {
  const d = row.comparison.detectableChange;
  if (d === null) return null;
  const judged = relativeJudgement(row);
  if (judged) return `${escapeMarkdown(row.name)} ${formatJudgedFailPoint(judged)}`;
  if (isFraction(row.figure)) return `${escapeMarkdown(row.name)} +${(d * 100).toFixed(2)} pp`;
  return `${escapeMarkdown(row.name)} ${formatRelative(lowerIsWorse(row.figure) ? -d : d)}`;
}

/** A run's row status in the table's words: a fail is a regression, a warning could not tell. */
const RUN_STATUS: Record<CheckStatus, keyof typeof STATUS_TEXT> = {
  fail: 'regression',
  warn: 'inconclusive',
  pass: 'pass',
};

/**
 * After a confirmation run the table's figures are the first run's, but the verdict rests on both:
 * the status says what each run gave, so "✅" never stands beside the first run's "regression".
 */
function bothRunsText(row: ConfirmationRow): string {
  const first = STATUS_TEXT[RUN_STATUS[row.firstStatus]];
  const second = STATUS_TEXT[RUN_STATUS[row.secondStatus]];
  return first === second ? `${first} in both runs` : `${first} in the first run, ${second} in the confirmation run`;
}

function tableRow(
  row: CheckedComparison,
  judged: CheckResult | undefined,
  confirmed: ConfirmationRow | undefined,
): string {
  const k = row.comparison;
  const centre = k.centre ?? 0;
  // Judged per stage or block: the band and change shown are the ones judged, not the whole run's.
  const judgedOn = relativeJudgement(row);
  const cells = [
    escapeTableCell(row.name),
    formatFigure(row.figure, k.value),
    formatFigure(row.figure, centre),
    judgedOn
      ? `≤ ${formatJudgedFailPoint(judgedOn)}`
      : k.bound === null
        ? '—'
        : `${lowerIsWorse(row.figure) ? '≥' : '≤'} ${formatFigure(row.figure, k.bound)}`,
    judgedOn ? formatJudgedChange(judgedOn) : changeText(row.figure, k.value, centre),
    String(k.runs),
    `${icon(row, judged)} ${confirmed ? bothRunsText(confirmed) : STATUS_TEXT[k.status]}`,
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The figure the trend chart follows: overall p95 when checked, else the first compared. */
function chartRow(rows: readonly CheckedComparison[]): CheckedComparison | undefined {
  return rows.find((r) => r.figure === 'p95' && r.scope.kind === 'overall') ?? rows[0];
}

function trendChart(row: CheckedComparison, base: string): string | null {
  const k = row.comparison;
  if (k.history.length === 0) return null;
  const scale = isFraction(row.figure) ? 100 : 1;
  const unit = isFraction(row.figure) ? '%' : row.figure === 'rps' ? 'req/s' : 'ms';
  const values = [...k.history.map((p) => p.value), k.value].map((v) => v * scale);
  // A run recorded outside CI has no commit: it is named by its place in the history, never "unknown".
  const labels = [
    ...k.history.map((p, i) => (/^[0-9a-f]{7,40}$/i.test(p.commit) ? p.commit.slice(0, 7) : `run ${i + 1}`)),
    'this run',
  ];
  const series = [`line [${values.map(chartNumber).join(', ')}]`];
  // A row judged per stage or block has no band on this whole-run figure to draw.
  const judgedOn = relativeJudgement(row);
  const band = k.bound !== null && judgedOn === null;
  if (band) series.push(`line [${values.map(() => chartNumber((k.bound ?? 0) * scale)).join(', ')}]`);
  const top = axisTop(Math.max(...values, band ? (k.bound ?? 0) * scale : 0));
  // Inside a code block markdown escaping does not apply: quotes, backticks and newlines go.
  const title = `${row.name} (${unit}), earlier runs then this run`.replace(/[`"\s]+/g, ' ');
  return [
    `_Trend: ${escapeMarkdown(row.name)} over the last ${escapeMarkdown(runsOfBase(k.history.length, base))}, this run last${band ? '; the flat line is the band' : judgedOn ? `; judged ${judgedOn.unit}, so the whole run's figure has no band` : ''}._`,
    '',
    '```mermaid',
    'xychart-beta',
    `    title "${title}"`,
    `    x-axis "commit" [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `    y-axis "${unit}" 0 --> ${top}`,
    ...series.map((s) => `    ${s}`),
    '```',
  ].join('\n');
}

/**
 * `checks`: the verdict's rows, whose history rows ("<name> vs history") decide each row's icon;
 * `confirmation`: the verdict's, whose rows say how each run fared where a second run was made.
 */
export function renderHistorySection(
  report: HistoryReport,
  checks: readonly CheckResult[] = [],
  confirmation: Confirmation | null = null,
): string {
  // One heading in every mode; the sentence under it says which runs are compared with.
  const lines = ['### History', '', `_Compared with ${escapeMarkdown(baseDescription(report.base))}._`, ''];
  if (report.fallback !== null) lines.push(`_${escapeMarkdown(report.fallback, NOTE_CHARS)}._`, '');
  const judged = report.rows.filter((r) => r.comparison.status !== 'insufficient');
  const confirmedRows = confirmation?.kind === 'rerun' ? confirmation.rows : [];
  if (judged.length > 0) {
    lines.push(
      '| Figure | This run | Centre | Band | Change | Runs | vs history |',
      '|---|--:|--:|--:|--:|--:|---|',
      ...judged.map((r) =>
        tableRow(
          r,
          checks.find((c) => c.name === `${r.name} vs history`),
          confirmedRows.find((c) => c.name === `${r.name} vs history`),
        ),
      ),
      '',
    );
    if (confirmation?.kind === 'rerun')
      lines.push("_This run: the first run's figures; the confirmation run's are beside them under the headline._", '');
    const detectable = judged.map(detectableText).filter((t): t is string => t !== null);
    lines.push(
      `_What the gate can detect today (the smallest change each band fails, over ${report.runs} runs): ${detectable.join(', ')}._`,
      '',
    );
  }
  const row = chartRow(report.rows);
  const chart = row ? trendChart(row, report.base) : null;
  if (chart !== null) lines.push(chart, '');
  for (const note of [...blockNotes(report.rows), ...report.notes]) lines.push(`_${escapeMarkdown(note, NOTE_CHARS)}_`);
  return lines.join('\n').trimEnd();
}

/** Where a row was judged per 5 s block, which blocks were disturbed and left out (none: no note). */
function blockNotes(rows: readonly CheckedComparison[]): string[] {
  return rows.flatMap((r) => {
    const note = r.blocks ? disturbanceNote(r.blocks.profile, r.blocks.shift) : null;
    return note === null ? [] : [note];
  });
}
