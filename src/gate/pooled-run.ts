/**
 * Both runs of a confirmed pair read as one, for the error-rate rows composeVerdict takes from
 * it: error rates are the target's answers, not the runner's noise, so they are judged once on
 * both runs' requests and a second run is no second chance to fail. analyzeFiles overlays each
 * file from its own start (as it does segment files), so every stage's window, and so every
 * stage- or endpoint-scoped error-rate row, counts the errors and requests of both runs.
 */
import type { Thresholds } from '../config/thresholds.js';
import { AnalysisError, type AnalyzeOptions } from '../results/analyze.js';
import { analyzeFiles } from '../results/analyze-files.js';
import { taggedStagePlan } from '../../scenarios/lib/options.js';
import type { Confirmation } from './confirm.js';
import { judgeAgainst, type JudgedRun } from './judge-run.js';

/**
 * Both runs judged as one; null when there is no pair to pool: no confirmation run, results-file
 * mode, a duet (its error rates are judged head beside base, paired.ts), or files that cannot
 * be read as one run (then warned: the first run's error-rate rows stand).
 */
export async function pooledRun(
  first: JudgedRun,
  confirmation: Confirmation,
  how: {
    thresholds: Thresholds;
    /** The plan each run was read with (judge-run.ts stagePlanOf). */
    stagePlan: AnalyzeOptions['stagePlan'];
    warn: (message: string) => void;
  },
): Promise<JudgedRun | null> {
  if (confirmation.kind !== 'rerun' || first.verdict.paired) return null;
  const files = [first.k6?.run.resultsPath, confirmation.second.k6?.run.resultsPath];
  if (files.some((file) => file === undefined)) return null;
  try {
    const result = await analyzeFiles(files as string[], {
      stagePlan: how.stagePlan,
      planOf: taggedStagePlan,
      k6Exit: null,
    });
    // Server figures are not error rates: the first run's stand in, and are not taken from here.
    const run = { result, server: first.server, loadGenerator: null };
    return { ...run, k6: null, verdict: judgeAgainst(run, how.thresholds) };
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
    how.warn(`Both runs could not be read as one (${error.message}): the first run's error rates stand`);
    return null;
  }
}
