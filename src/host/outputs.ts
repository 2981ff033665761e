import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ActionIO } from './action-io.js';
import type { Verdict } from '../judge/types.js';
import type { RunResult } from '../results/types.js';
import type { RunContext } from '../report/types.js';

export interface GateOutcome {
  result: RunResult;
  verdict: Verdict;
  context: RunContext;
  commentUrl: string | null;
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
  'results-file',
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
  io.setOutput('error-rate', String(overall.errorRate));
  io.setOutput('rps', String(overall.rps));
  io.setOutput('report-json', reportPath);
  io.setOutput('comment-url', outcome.commentUrl ?? '');
  // Only a segment run (which judges nothing) has a results file for another job to judge.
  io.setOutput('results-file', '');
}

/** Versioned so downstream tools can rely on the shape. */
export function machineReport(outcome: GateOutcome) {
  return {
    schemaVersion: 1,
    verdict: outcome.verdict,
    context: outcome.context,
    result: outcome.result,
    commentUrl: outcome.commentUrl,
  };
}
