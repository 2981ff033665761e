import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ActionIO } from '../core/io.js';
import { setOutputs, type OutputName } from '../config/outputs.js';
import type { LoadGenerator } from '../judge/runner-health.js';
import type { Verdict } from '../judge/types.js';
import type { RunResult } from '../results/types.js';
import type { RunContext } from '../report/types.js';

export interface GateOutcome {
  result: RunResult;
  verdict: Verdict;
  context: RunContext;
  commentUrl: string | null;
  /** The runner's health during the run; absent in results-file mode. */
  loadGenerator?: LoadGenerator | null;
  /** The k6 NDJSON of the first (or only) run, or the results-file input. */
  resultsFile: string;
  /** The confirmation run's k6 NDJSON; absent or null when no confirmation run was judged. */
  confirmationResultsFile?: string | null;
  /** What the verdict was judged against; the thresholds file when not said. */
  baseline?: 'paired' | 'history' | 'thresholds-file';
}

/** Writes the machine-readable report into workDir and sets the step's outputs from the same figures. */
export async function writeOutputs(io: ActionIO, workDir: string, outcome: GateOutcome): Promise<void> {
  const reportPath = path.join(workDir, 'perf-gate-report.json');
  await mkdir(workDir, { recursive: true });
  await writeFile(reportPath, JSON.stringify(machineReport(outcome), null, 2) + '\n');

  const { overall } = outcome.result;
  const values: Record<OutputName, string> = {
    verdict: outcome.verdict.status,
    'p95-ms': overall.duration ? String(overall.duration.p95) : '',
    'p99-ms': overall.duration ? String(overall.duration.p99) : '',
    // A load that made no request measured no rate: empty, not a reassuring 0.
    'error-rate': overall.requests > 0 ? String(overall.errorRate) : '',
    rps: overall.requests > 0 ? String(overall.rps) : '',
    'report-json': reportPath,
    'comment-url': outcome.commentUrl ?? '',
    'load-generator': outcome.loadGenerator?.health.status ?? '',
    'results-file': outcome.resultsFile,
    'results-file-2': outcome.confirmationResultsFile ?? '',
    baseline: outcome.baseline ?? 'thresholds-file',
  };
  setOutputs(io, values);
}

/** Versioned so downstream tools can rely on the shape. */
export function machineReport(outcome: GateOutcome) {
  return {
    schemaVersion: 1,
    verdict: outcome.verdict,
    context: outcome.context,
    result: outcome.result,
    commentUrl: outcome.commentUrl,
    loadGenerator: outcome.loadGenerator ?? null,
  };
}
