/**
 * The gate's last steps, once the verdict is composed: the run's context, the report published
 * (comment and job summary), the outputs written, and the step passed or failed by `fail-on`.
 */
import type { ActionIO } from '../core/io.js';
import type { RunEvent } from '../github/context.js';
import type { Verdict } from '../judge/types.js';
import { withProfile, type AsTagged } from './as-tagged.js';
import type { HistoryStep } from './history.js';
import type { JudgedRun } from './judge-run.js';
import { writeOutputs } from './outputs.js';
import { publishVerdict } from './publish.js';
import { runContext } from './run-context.js';
import { settleStep } from './settle.js';

export interface Delivery {
  io: ActionIO;
  event: RunEvent;
  environment: { cwd: string };
  tagged: Pick<AsTagged, 'config' | 'profile' | 'thresholds'>;
  /** The first (or only) run. */
  first: JudgedRun;
  /** The run the verdict speaks for: the confirmation run when there was one. */
  judged: JudgedRun;
  verdict: Verdict;
  history: Pick<HistoryStep, 'report' | 'baseline'>;
}

export async function deliverVerdict({ io, event, environment, tagged, first, judged, verdict, history }: Delivery) {
  const { config, profile, thresholds } = tagged;
  const { result, k6, loadGenerator } = judged;
  const context = runContext(withProfile(config, profile), k6, result, {
    commit: event.commit,
    workspace: environment.cwd,
    baselineEnvironment: thresholds.baseline?.environment ?? null,
  });
  const commentUrl = await publishVerdict(io, config, event, { judged, verdict, context, history: history.report });
  // Each run keeps its own results file: the first (or only) run's, and the confirmation run's.
  const resultsFile = first.k6?.run.resultsPath ?? config.resultsFile ?? '';
  const confirmationResultsFile = judged === first ? null : (k6?.run.resultsPath ?? null);
  await writeOutputs(io, config.workDir, {
    result,
    verdict,
    context,
    commentUrl,
    loadGenerator,
    resultsFile,
    confirmationResultsFile,
    baseline: verdict.paired ? 'paired' : history.baseline,
  });
  settleStep(io, verdict, config.failOn);
}
