/**
 * What a failure after a judged run leaves behind. A corrupt history file, a confirmation run
 * that crashed, or a publishing step that threw used to end the step with an empty job summary
 * while the PR kept its earlier "✅ passed" comment; the judged run's report is published
 * instead, headed by what failed, so what is known is said and a stale comment is replaced.
 */
import type { ActionConfig } from '../config/types.js';
import type { RenderedReport } from '../github/publish.js';
import { REPORT_MAX_CHARS, SUMMARY_MAX_CHARS } from '../github/marker.js';
import { renderReport } from '../report/markdown.js';
import { ConfigError } from '../config/errors.js';
import { K6RunError } from '../k6/scenario-run.js';
import { AnalysisError } from '../results/analyze.js';
import type { JudgedRun } from './judge-run.js';
import { runContext } from './run-context.js';

/** The note at the top of the report: the run below was judged, then the step failed. */
export function failureNote(reason: string): string {
  return [
    '> [!CAUTION]',
    `> **perf-gate failed after judging this run**: ${reason.replace(/\s*\n\s*/g, ' ')}`,
    '> The figures below are from the judged run; the step failed, so treat the verdict as not given.',
    '',
    '',
  ].join('\n');
}

/** The judged run's report with the failure on top, in the comment's and the summary's lengths. */
export function judgedRunReport(
  judged: JudgedRun,
  config: ActionConfig,
  runner: { commit: string | null; workspace: string },
  reason: string,
): RenderedReport {
  const { k6, result, server, loadGenerator, verdict } = judged;
  const context = runContext(config, k6, result, runner);
  const input = {
    result,
    verdict,
    context,
    ...server,
    serverStages: server.serverStages ?? undefined,
    loadGenerator,
    history: null,
  };
  const note = failureNote(reason);
  return {
    comment: note + renderReport(input, { maxChars: REPORT_MAX_CHARS - note.length }),
    summary: note + renderReport(input, { maxChars: SUMMARY_MAX_CHARS - note.length }),
  };
}

/** A failure after a run was judged, carrying that run so the failed step can still report it. */
export class FailedAfterJudging extends Error {
  constructor(
    readonly failure: unknown,
    readonly judged: JudgedRun,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
    this.name = 'FailedAfterJudging';
  }
}

/**
 * Runs the rest of the gate, keeping the latest judged run for whatever fails after it; a k6
 * run here whose results cannot be read is a failed k6 run (published as "no results").
 */
export function rememberJudged(judgeNext: () => Promise<JudgedRun>, k6Ran: boolean) {
  const known: { judged: JudgedRun | null } = { judged: null };
  return {
    judgeNext: async () => (known.judged = await judgeNext()),
    rethrow(error: unknown): never {
      // Whichever run it was (the first or the confirmation), k6 failed: not a bug in perf-gate.
      const failure =
        k6Ran && error instanceof AnalysisError
          ? new K6RunError(`k6 wrote results that cannot be read: ${error.message}`)
          : error;
      // A contradicted input (scenario, profile) is refused as bad input: the run was judged against the wrong plan.
      if (known.judged !== null && !(failure instanceof ConfigError))
        throw new FailedAfterJudging(failure, known.judged);
      throw failure;
    },
  };
}
