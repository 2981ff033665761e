/**
 * The one line a failed step shows. Every error perf-gate raises on purpose already says what
 * went wrong and how to fix it; anything else is a bug, shown without a stack trace but marked so.
 */
const EXPECTED = new Set(['ConfigError', 'ThresholdsError', 'InstallError', 'AnalysisError', 'K6RunError']);

export function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    if (EXPECTED.has(error.name)) return error.message;
    return `perf-gate failed unexpectedly: ${error.message}`;
  }
  return `perf-gate failed unexpectedly: ${String(error)}`;
}
