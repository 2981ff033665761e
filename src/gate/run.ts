/**
 * The gate, top to bottom: every step in the order it runs. Each step lives in its own module
 * of this folder and gets only what it needs; composeVerdict is the one place the verdict is
 * put together. docs/architecture.md draws the same pipeline.
 */
import type { ActionIO } from '../core/io.js';
import { checkScenarioTag, settleProfile, settleScenario } from '../config/profile-check.js';
import { loadThresholds, type Thresholds } from '../config/thresholds.js';
import type { ActionConfig } from '../config/types.js';
import type { RunEvent } from '../github/context.js';
import { handOverSegment } from '../k6/segment-run.js';
import { prepareWorkDir } from '../k6/scenario-run.js';
import { checkBundledScopes } from './bundled-scopes.js';
import { confirmRun, lastRun } from './confirm.js';
import { historyStep } from './history.js';
import { judgeRuns, stagePlanOf, type JudgedRun } from './judge-run.js';
import { startK6, type RunK6, type RunnerProbe } from './k6.js';
import { rememberJudged } from './after-failure.js';
import { writeOutputs } from './outputs.js';
import { publishVerdict } from './publish.js';
import { runContext } from './run-context.js';
import { pooledRun } from './pooled-run.js';
import { settleStep } from './settle.js';
import { composeVerdict, runVerdicts } from './verdict.js';
import { askingRows } from '../judge/compose.js';

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

  // run k6 → analyse → server metrics → judge; again to confirm a latency failure
  const tracked = rememberJudged(await judgeRuns(config, thresholds, runK6, environment, io.warning), runK6 !== null);
  try {
    await judgeAndReport(tracked.judgeNext, { io, config, event, environment, runK6, thresholds });
  } catch (error) {
    tracked.rethrow(error);
  }
}

/** From the first judged run to the step's exit; whatever fails here still reports the judged run (after-failure.ts). */
async function judgeAndReport(
  judgeNext: () => Promise<JudgedRun>,
  gate: Omit<GateRun, 'runner'> & {
    runK6: RunK6 | null;
    thresholds: Thresholds;
  },
): Promise<void> {
  const { io, event, environment, runK6 } = gate;
  const { config, thresholds, first } = await judgedAsTagged(gate, await judgeNext());
  // Before history: a run of another scenario or profile must not land in this one's history.
  checkScenarioTag(config, first.result.described);
  const profile = settleProfile(config, first.result.described);
  // History before the confirmation: its rows ask for a second run as the file's do.
  const history = await historyStep({
    io,
    config: { ...config, profile },
    event,
    result: first.result,
    thresholds,
    k6: first.k6,
    loadGenerator: first.loadGenerator?.health.status ?? null,
  });
  const asking = askingRows(runVerdicts(first, history));
  const confirmation = await confirmRun({ enabled: config.confirm, asking, rerun: runK6 && judgeNext, info: io.info });
  const judged = lastRun(first, confirmation);
  const { result, k6, loadGenerator } = judged;
  const pooled = await pooledRun(first, confirmation, { thresholds, stagePlan: stagePlanOf(config), warn: io.warning });
  const { verdict, record } = composeVerdict(first, confirmation, history, pooled);
  await history.record(record === 'both-runs' ? judged.result : null);

  // report → publish → outputs → the step's exit
  const context = runContext({ ...config, profile }, k6, result, {
    commit: event.commit,
    workspace: environment.cwd,
    baselineEnvironment: thresholds.baseline?.environment ?? null,
  });
  const commentUrl = await publishVerdict(io, config, event, { judged, verdict, context, history: history.report });
  // Each run keeps its own results file: the first (or only) run's, and the confirmation run's.
  const resultsFile = first.k6?.run.resultsPath ?? config.resultsFile ?? '';
  await writeOutputs(io, config.workDir, {
    result,
    verdict,
    context,
    commentUrl,
    loadGenerator,
    resultsFile,
    confirmationResultsFile: confirmation.kind === 'rerun' ? (k6?.run.resultsPath ?? null) : null,
    baseline: verdict.paired ? 'paired' : history.baseline,
  });
  settleStep(io, verdict, config.failOn);
}

/**
 * A results file judged as the scenario its requests are tagged with when the scenario input was
 * left empty (settleScenario): read again with that scenario's stage plan, against its bundled
 * thresholds. Only results-file mode gets here with another scenario: k6 ran the one configured.
 */
async function judgedAsTagged(
  gate: { config: ActionConfig; thresholds: Thresholds; environment: GateRun['environment']; io: ActionIO },
  first: JudgedRun,
): Promise<{ config: ActionConfig; thresholds: Thresholds; first: JudgedRun }> {
  const config = settleScenario(gate.config, first.result.described);
  if (config === gate.config || first.k6 !== null) return { config: gate.config, thresholds: gate.thresholds, first };
  const thresholds = await loadThresholds(config.thresholdsPath);
  checkBundledScopes(config, thresholds);
  const judgeAgain = await judgeRuns(config, thresholds, null, gate.environment, gate.io.warning);
  return { config, thresholds, first: await judgeAgain() };
}
