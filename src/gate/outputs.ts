import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ActionIO } from '../core/io.js';
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
  /** The k6 NDJSON the verdict was judged from. */
  resultsFile: string;
  /** What the verdict was judged against; the thresholds file when not said. */
  baseline?: 'history' | 'thresholds-file';
}

/** The outputs this step sets, as action.yml declares them (a test keeps the two equal). */
export const OUTPUT_NAMES = [
  'verdict',
  'p95-ms',
  'p99-ms',
  'error-rate',
  'rps',
  'report-json',
  'comment-url',
  'load-generator',
  'results-file',
  'baseline',
] as const;

/** Writes the machine-readable report into workDir and sets the step's outputs from the same figures. */
export async function writeOutputs(io: ActionIO, workDir: string, outcome: GateOutcome): Promise<void> {
  const reportPath = path.join(workDir, 'perf-gate-report.json');
  await mkdir(workDir, { recursive: true });
  await writeFile(reportPath, JSON.stringify(machineReport(outcome), null, 2) + '\n');

  const { overall } = outcome.result;
  io.setOutput('verdict', outcome.verdict.status);
  io.setOutput('p95-ms', overall.duration ? String(overall.duration.p95) : '');
  io.setOutput('p99-ms', overall.duration ? String(overall.duration.p99) : '');
  // A load that made no request measured no rate: empty, not a reassuring 0.
  io.setOutput('error-rate', overall.requests > 0 ? String(overall.errorRate) : '');
  io.setOutput('rps', overall.requests > 0 ? String(overall.rps) : '');
  io.setOutput('report-json', reportPath);
  io.setOutput('comment-url', outcome.commentUrl ?? '');
  io.setOutput('load-generator', outcome.loadGenerator?.health.status ?? '');
  io.setOutput('results-file', outcome.resultsFile);
  io.setOutput('baseline', outcome.baseline ?? 'thresholds-file');
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
