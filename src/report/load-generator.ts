/** What the report says about the runner k6 ran on, and about a confirmation run. */
import { formatFigure } from '../figures/catalogue.js';
import { formatCount, formatJudgedChange, formatJudgedFailPoint, formatPercent } from '../figures/format.js';
import {
  K6_OWN_BUSY,
  K6_STARVED_WAIT,
  SATURATED_BUSY,
  SATURATED_SHARE,
  type LoadGenerator,
} from '../judge/runner-health.js';
import type { Confirmation, ConfirmationRow, RelativeJudgement } from '../judge/types.js';
import { renderBothRuns } from './both-runs.js';
import { escapeMarkdown, escapeTableCell } from './escape.js';
import { STATUS_ICON } from './figures.js';

const share = (value: number | null) => (value === null ? 'not shown by the OS' : formatPercent(value));

/** The runner's health, peak CPU and memory, and k6's own warnings with their likely cause. */
export function renderLoadGenerator(generator: LoadGenerator): string {
  const { health } = generator;
  const overloaded = health.status === 'overloaded';
  const cause = overloaded ? 'the runner (its CPU was saturated)' : 'slow responses (VUs waiting on the target)';
  const rows: Array<[string, string]> = [
    [
      'Status',
      overloaded
        ? `⚠️ overloaded: all cores ≥ ${formatPercent(SATURATED_BUSY)} busy${health.peakK6Wait === null ? '' : ` with k6 short of CPU (waiting ≥ ${formatPercent(K6_STARVED_WAIT)} of its time for one, or using ≥ ${formatPercent(K6_OWN_BUSY)} of all cores itself)`} for ${formatCount(Math.round(health.saturatedMs / 1000))} s of the load's ${formatCount(Math.round(health.sampledMs / 1000))} s (limit ${formatPercent(SATURATED_SHARE)})`
        : 'ok',
    ],
    ['Peak CPU, all cores', share(health.peakCpu)],
    ["Peak CPU, k6's own (share of all cores)", share(health.peakK6Cpu)],
    ['Peak wait of k6 for a CPU (share of its runnable time)', share(health.peakK6Wait)],
    ['Peak memory used', share(health.peakMemory)],
  ];
  if (generator.insufficientVus !== null)
    rows.push([`k6 warned "${escapeTableCell(generator.insufficientVus)}"`, `cause: ${cause}`]);
  if (generator.droppedIterations > 0)
    rows.push(['Dropped iterations', `${formatCount(generator.droppedIterations)}; cause: ${cause}`]);
  return [
    '#### Load generator',
    '',
    '| Figure | Value |',
    '|---|--:|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  ].join('\n');
}

const cell = (row: ConfirmationRow, value: number | null, judged: RelativeJudgement | null | undefined) =>
  judged ? formatJudgedChange(judged) : value === null ? '—' : formatFigure(row.figure, value);

/** A row judged on a relative change is held to its fail point, the confirmation run's where it has one. */
function limitCell(row: ConfirmationRow): string {
  const judged = row.judgedOn?.second ?? row.judgedOn?.first;
  if (judged) return `≤ ${formatJudgedFailPoint(judged)}`;
  return row.limit === null ? '—' : formatFigure(row.figure, row.limit);
}

/** One line for the headline, and for a re-run the two runs side by side. */
export function renderConfirmation(confirmation: Confirmation): string {
  if (confirmation.kind === 'not-rerun') return `> **Not confirmed:** ${escapeMarkdown(confirmation.reason)}.`;
  // A check that could not tell (its interval straddled the limit) asks for a second run as a failure does.
  const failedFirst = confirmation.rows.some((row) => row.firstStatus === 'fail');
  const lead = confirmation.repeated
    ? '> **Confirmed:** the latency failure repeated in a second run; the verdict rests on the confirmation run.'
    : failedFirst
      ? '> **Not confirmed:** the latency failure did not repeat in a second run, so it was noise; the verdict rests on the confirmation run.'
      : '> **Run again:** the first run could not tell whether latency is within its limit, so the scenario ran a second time; the verdict rests on the confirmation run.';
  return [
    lead,
    '',
    '| Figure | First run | Confirmation run | Limit |',
    '|---|--:|--:|--:|',
    ...confirmation.rows.map(
      (row) =>
        `| ${escapeTableCell(row.name)} | ${cell(row, row.first, row.judgedOn?.first)} ${STATUS_ICON[row.firstStatus]} | ${cell(row, row.second, row.judgedOn?.second)} ${STATUS_ICON[row.secondStatus]} | ${limitCell(row)} |`,
    ),
    ...(confirmation.runs ? ['', renderBothRuns(confirmation.runs)] : []),
  ].join('\n');
}
