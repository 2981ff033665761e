/**
 * A failed step, said once: the one line the step fails with, and (when the gate got as far as
 * running k6 or probing the target) the same reason wherever a full report would have gone.
 */
import type { ActionIO } from '../core/io.js';
import { UserError } from '../core/user-error.js';
import { setOutputs } from '../config/outputs.js';
import { ThresholdsError } from '../config/thresholds.js';
import type { ActionConfig } from '../config/types.js';
import type { RunEvent } from '../github/context.js';
import { publishReport } from '../github/publish.js';
import { K6RunError } from '../k6/scenario-run.js';
import { TargetDownError } from '../probe/target.js';
import { renderNoResults } from '../report/no-results.js';
import { renderTargetDown } from '../report/target-down.js';
import { AnalysisError } from '../results/analyze.js';
import { FailedAfterJudging, judgedRunReport } from './after-failure.js';
import { publishSettings } from './publish.js';

const REPORT_BUGS = 'https://github.com/festin/perf-gate/issues';

/**
 * The one line a failed step shows. A UserError already says what went wrong and how to fix it;
 * anything else is a bug, shown in one line without a stack trace and with where to report it.
 */
export function describeFailure(error: unknown, judging: { resultsFile: string | null } | null): string {
  // Name the input that led to the file, so the fix is found where it is made.
  if (error instanceof ThresholdsError) return `Input 'thresholds': ${error.message}`;
  if (error instanceof AnalysisError && judging?.resultsFile) return `Input 'results-file': ${error.message}`;
  if (error instanceof UserError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `perf-gate failed unexpectedly: ${message.replace(/\s*\n\s*/g, ' ')}. This is a bug in perf-gate: please report it at ${REPORT_BUGS} with this log.`;
}

/** Fails the step with `error`'s one line; k6 and target failures are also published as a short report. */
export async function failStep(
  io: ActionIO,
  error: unknown,
  config: ActionConfig | null,
  event: RunEvent | null,
): Promise<void> {
  if (error instanceof FailedAfterJudging) {
    const reason = describeFailure(error.failure, config);
    if (config !== null && event !== null) {
      // The judged run's report, headed by what failed, replaces any earlier comment.
      const runner = { commit: event.commit, workspace: io.env.GITHUB_WORKSPACE || process.cwd() };
      const report = judgedRunReport(error.judged, config, runner, reason);
      await publishReport(io, publishSettings(config), event, report, 'fail');
      setOutputs(io, { verdict: 'fail', 'results-file': error.judged.k6?.run.resultsPath ?? config.resultsFile ?? '' });
    }
    io.setFailed(reason);
    return;
  }
  const reason = describeFailure(error, config);
  if (config !== null && event !== null && (error instanceof TargetDownError || error instanceof K6RunError)) {
    // Said everywhere a full report would have gone: job summary, PR comment, outputs.
    const run = { scenario: config.scenario.kind, profile: config.profile, target: config.baseUrl ?? '' };
    const report = error instanceof K6RunError ? renderNoResults(run, reason) : renderTargetDown(run, reason);
    await publishReport(io, publishSettings(config), event, report, 'fail');
    setOutputs(io, { verdict: 'fail' });
  }
  io.setFailed(reason);
}
