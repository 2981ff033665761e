/**
 * The report: the sticky PR comment and the job summary. Verdict and failing checks
 * first, the guide's template and breakdowns next, raw figures collapsed at the end.
 */
import { renderEndpoints, renderStatuses } from './breakdown.js';
import { renderCharts } from './chart.js';
import { renderChecksTable } from './checks-table.js';
import { renderDetails, type DetailsBudget } from './details.js';
import { renderHeadline } from './headline.js';
import { renderLoadGenerator } from './load-generator.js';
import { renderHistorySection } from './history-section.js';
import { pairedHeadline, pairedTable, renderPairedSection } from './paired-section.js';
import { renderNotes } from './notes.js';
import { renderStageTemplate } from './stage-template.js';
import type { ReportInput } from './types.js';

interface Budget {
  details: DetailsBudget;
  endpointRows: number;
  errorMessages: number;
  errorMessageChars: number;
  chart: boolean;
  breakdown: boolean;
  stages: boolean;
  notes: boolean;
  checkRows: number | null;
}

const FULL: Budget = {
  details: { figures: 'all', endpointRows: Infinity, errorMessages: 10 },
  endpointRows: 10,
  errorMessages: 3,
  errorMessageChars: 120,
  chart: true,
  breakdown: true,
  stages: true,
  notes: true,
  checkRows: null,
};

/** Ever smaller reports, tried in order: the details shrink first, the verdict and checks never. */
const BUDGETS: Budget[] = [
  FULL,
  { ...FULL, details: { figures: 'all', endpointRows: 50, errorMessages: 3 } },
  { ...FULL, details: { figures: 'all', endpointRows: 10, errorMessages: 1 } },
  { ...FULL, details: { figures: 'overall', endpointRows: 0, errorMessages: 0 } },
  { ...FULL, details: { figures: 'none', endpointRows: 0, errorMessages: 0 } },
  {
    ...FULL,
    details: { figures: 'none', endpointRows: 0, errorMessages: 0 },
    endpointRows: 5,
    errorMessages: 1,
    errorMessageChars: 80,
  },
  {
    ...FULL,
    details: { figures: 'none', endpointRows: 0, errorMessages: 0 },
    endpointRows: 5,
    errorMessages: 1,
    errorMessageChars: 80,
    chart: false,
  },
  {
    ...FULL,
    details: { figures: 'none', endpointRows: 0, errorMessages: 0 },
    chart: false,
    breakdown: false,
    stages: false,
    notes: false,
  },
];

const SHORTENED =
  "_Parts of this report were left out to fit GitHub's comment size limit; the job summary has more room._";

function compose(input: ReportInput, budget: Budget, shortened: boolean): string {
  const { result, verdict, context } = input;
  const sections = [renderHeadline(verdict, result, context), renderChecksTable(verdict.checks, budget.checkRows)];
  // Duet mode: the headline says the comparison was paired, the table and chart show it.
  if (verdict.paired) {
    sections.splice(1, 0, pairedHeadline(verdict.paired));
    sections.push(budget.chart ? renderPairedSection(verdict.paired) : pairedTable(verdict.paired));
  }
  if (input.history) sections.push(renderHistorySection(input.history, verdict.checks, verdict.confirmation ?? null));
  if (budget.stages) {
    sections.push(
      renderStageTemplate({
        stages: result.stages,
        knee: verdict.knee,
        serverStages: input.serverStages,
        bottleneck: input.bottleneck,
        dashboardUrl: input.dashboardUrl,
      }),
    );
  }
  if (budget.breakdown) {
    sections.push(
      renderEndpoints(result.endpoints, budget.endpointRows),
      renderStatuses(result.statuses, budget.errorMessages, budget.errorMessageChars),
    );
  }
  if (budget.chart) sections.push(renderCharts(result.timeSeries));
  if (budget.notes) sections.push(renderNotes(result, context));
  if (input.loadGenerator) sections.push(renderLoadGenerator(input.loadGenerator));
  sections.push(renderDetails(result, verdict.checks, context, budget.details));
  if (shortened) sections.push(SHORTENED);
  return `${sections.join('\n\n')}\n`;
}

/**
 * Renders the report as GitHub markdown no longer than `maxChars` (UTF-16 units, which
 * never undercount GitHub's characters). Pure: the same input gives the same text.
 */
export function renderReport(input: ReportInput, options: { maxChars?: number } = {}): string {
  // Where the report goes decides its room (the publisher passes GitHub's); unbounded by default.
  const maxChars = options.maxChars ?? Infinity;
  for (const [i, budget] of BUDGETS.entries()) {
    const text = compose(input, budget, i > 0);
    if (text.length <= maxChars) return text;
  }
  // Even the bare verdict is too long: so many checks that the table itself must shrink.
  const smallest = BUDGETS[BUDGETS.length - 1] ?? FULL;
  for (let rows = input.verdict.checks.length - 1; rows >= 0; rows = rows > 8 ? Math.floor(rows * 0.7) : rows - 1) {
    const text = compose(input, { ...smallest, checkRows: rows }, true);
    if (text.length <= maxChars) return text;
  }
  // A limit too small for any report: cut it.
  return `${compose(input, { ...smallest, checkRows: 0 }, true).slice(0, Math.max(0, maxChars - 2))}…\n`.slice(
    0,
    maxChars,
  );
}
