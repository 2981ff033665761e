import type { ActionConfig } from '../config/types.js';

/**
 * The one line a failed step shows. Every error perf-gate raises on purpose already says what
 * went wrong and how to fix it; anything else is a bug, shown without a stack trace but marked so.
 */
const EXPECTED = new Set([
  'ConfigError',
  'ThresholdsError',
  'InstallError',
  'AnalysisError',
  'K6RunError',
  'TargetDownError',
]);

export function describeFailure(error: unknown, config: ActionConfig | null): string {
  if (!(error instanceof Error)) return `perf-gate failed unexpectedly: ${String(error)}`;
  if (!EXPECTED.has(error.name)) return `perf-gate failed unexpectedly: ${error.message}`;
  // Name the input that led to the file, so the fix is found where it is made.
  if (error.name === 'ThresholdsError') return `Input 'thresholds': ${error.message}`;
  if (error.name === 'AnalysisError' && config?.resultsFile) return `Input 'results-file': ${error.message}`;
  return error.message;
}
