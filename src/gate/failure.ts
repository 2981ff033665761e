import { ThresholdsError } from '../config/thresholds.js';
import { AnalysisError } from '../results/analyze.js';
import { UserError } from '../core/user-error.js';

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
