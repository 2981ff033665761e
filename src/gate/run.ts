/**
 * The gate, top to bottom: every step in the order it runs. Each step lives in its own module
 * of this folder and gets only what it needs; composeVerdict is the one place the verdict is
 * put together. docs/architecture.md draws the same pipeline.
 */
import type { ActionIO } from '../core/io.js';
import { loadThresholds } from '../config/thresholds.js';
import type { ActionConfig } from '../config/types.js';
import type { RunEvent } from '../github/context.js';
import { askingRows } from '../judge/compose.js';
import { handOverSegment } from '../k6/segment-run.js';
import { prepareWorkDir } from '../k6/scenario-run.js';
import { rememberJudged } from './after-failure.js';
import { historyInput, judgedAsTagged } from './as-tagged.js';
import { checkBundledScopes } from './bundled-scopes.js';
import { confirmRun, lastRun } from './confirm.js';
import { deliverVerdict } from './deliver.js';
import { historyStep } from './history.js';
import { judgeRuns, stagePlanOf } from './judge-run.js';
import { pooledRun } from './pooled-run.js';
import { startK6, type RunnerProbe } from './k6.js';
import { composeVerdict, runVerdicts } from './verdict.js';

export interface GateRun {
  io: ActionIO;
  config: ActionConfig;
  event: RunEvent;
  /** The workspace and the runner's temporary folder, which given files are held to. */
  environment: { cwd: string; tempDir: string };
  runner: RunnerProbe;
}

export async function runGate({ io, config, event, environment, runner }: GateRun): Promise<void> {
  const thresholds = await loadThresholds(config.thresholdsPath);
  checkBundledScopes(config, thresholds);
  await prepareWorkDir(config.workDir); // before anything is sent: outputs are written there in every mode

  // install k6 → probe the target → wait for start-at; null in results-file mode
  const runK6 = config.resultsFile === null ? await startK6(config, io, runner) : null;
  if (runK6 && config.segment) return handOverSegment(io, config.segment, (await runK6()).run);
  if (!runK6) io.info(`Judging the existing k6 results in ${config.resultsFile}`);

  // run k6 → analyse → server metrics → judge; a failure from here on still reports the judged run
  const { judgeNext, rethrow } = rememberJudged(
    await judgeRuns(config, thresholds, runK6, environment, io.warning),
    runK6 !== null,
  );
  try {
    // the scenario and profile the requests are tagged with, checked before history sees the run
    const tagged = await judgedAsTagged({ io, config, thresholds, environment }, await judgeNext());
    const { first } = tagged;
    // history before the confirmation: its rows ask for a second run as the file's do
    const history = await historyStep(historyInput(tagged, io, event));
    const asking = askingRows(runVerdicts(first, history));
    const rerun = runK6 && judgeNext;
    const confirmation = await confirmRun({ enabled: tagged.config.confirm, asking, rerun, info: io.info });
    // the one verdict, from the judged runs, the confirmation and history
    const judged = lastRun(first, confirmation);
    const how = { thresholds: tagged.thresholds, stagePlan: stagePlanOf(tagged.config), warn: io.warning };
    const pooled = await pooledRun(first, confirmation, how);
    const { verdict, record } = composeVerdict(first, confirmation, history, pooled);
    await history.record(record === 'both-runs' ? judged.result : null);

    // report → publish → outputs → the step's exit
    await deliverVerdict({ io, event, environment, tagged, first, judged, verdict, history });
  } catch (error) {
    rethrow(error);
  }
}
