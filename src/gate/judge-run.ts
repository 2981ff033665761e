/**
 * The gate's analyse → server metrics → judge steps for one run: k6's results (or a results
 * file), the server's figures, the verdict against the thresholds file, and whether the load
 * generator itself held up. Called once per k6 run (twice when a failure is confirmed).
 */
import type { Thresholds } from '../config/thresholds.js';
import type { ActionConfig } from '../config/types.js';
import { markInconclusive } from '../judge/inconclusive.js';
import { judge } from '../judge/judge.js';
import { absoluteLimitsOnly, withPaired } from '../judge/duet-verdict.js';
import { judgePaired } from '../judge/paired.js';
import { openDuetRecording } from '../results/duet-samples.js';
import { assessRunner, saturationSentence, type LoadGenerator } from '../judge/runner-health.js';
import type { Verdict } from '../judge/types.js';
import type { ScenarioRun } from '../k6/scenario-run.js';
import { confinePath } from '../config/confine.js';
import { expandResultsFiles } from '../config/results-files.js';
import { serverView, type ServerView } from '../metrics/server-view.js';
import type { AnalyzeOptions } from '../results/analyze.js';
import { analyzeFiles } from '../results/analyze-files.js';
import type { RunResult } from '../results/types.js';
import { stagePlanFor, taggedStagePlan } from '../../scenarios/lib/options.js';
import type { K6Run, RunK6 } from './k6.js';

/** min-change of a duet when the config gives none (DUET_MIN_CHANGE of config/duet-inputs.ts). */
const DUET_MIN_CHANGE_VALUE = 0.05;

export interface JudgedRun {
  k6: K6Run | null;
  result: RunResult;
  server: ServerView;
  verdict: Verdict;
  /** null in results-file mode: no runner was watched. */
  loadGenerator: LoadGenerator | null;
}

/**
 * How each run is judged: the next k6 run's results, or in results-file mode the given files
 * (expanded once, each held to the workspace like a single one).
 */
export async function judgeRuns(
  config: ActionConfig,
  thresholds: Thresholds,
  runK6: RunK6 | null,
  environment: { cwd: string; tempDir: string },
  warn: (message: string) => void,
): Promise<() => Promise<JudgedRun>> {
  const stagePlan = stagePlanOf(config);
  const resultsFiles = runK6 ? [] : await givenResultsFiles(config, environment);
  return async () => judgeRun({ ...config, resultsFiles }, thresholds, runK6 ? await runK6() : null, stagePlan, warn);
}

/** The stage plan a bundled scenario's results are read with; a custom script's come from its tags. */
export function stagePlanOf(config: Pick<ActionConfig, 'scenario' | 'profile'>): AnalyzeOptions['stagePlan'] {
  return config.scenario.kind === 'custom' ? undefined : stagePlanFor(config.scenario.kind, config.profile);
}

async function givenResultsFiles(config: ActionConfig, env: { cwd: string; tempDir: string }): Promise<string[]> {
  const files = await expandResultsFiles(config.resultsFiles ?? [], env.cwd);
  if (!config.allowPathsOutsideWorkspace)
    for (const file of files) confinePath('results-file', file, [env.cwd, env.tempDir]);
  return files;
}

export async function judgeRun(
  config: Pick<ActionConfig, 'prometheus' | 'grafanaUrl'> & {
    /** The results files to judge as one run when k6 did not run here (results-file mode). */
    resultsFiles: readonly string[];
    /** Where a duet recording's head part is written; absent: duet recordings are judged as one run. */
    workDir?: string;
    /** min-change of a duet's paired judgement (judge/paired.ts). */
    pairedMinChange?: number;
  },
  thresholds: Thresholds,
  k6: K6Run | null,
  stagePlan: AnalyzeOptions['stagePlan'],
  warn: (message: string) => void,
): Promise<JudgedRun> {
  const files = k6 ? [k6.run.resultsPath] : config.resultsFiles;
  // A duet recording (both targets tagged): head's part is the run the report and limits read.
  const duet = config.workDir === undefined ? null : await openDuetRecording(files, config.workDir);
  const result = await analyzeFiles(duet ? [duet.headFile] : files, {
    stagePlan,
    planOf: taggedStagePlan,
    k6Exit: k6?.run.exit ?? null,
  });
  const server = await serverView(config, result, thresholds.serverMetrics.queries, warn);
  const loadGenerator = k6 === null ? null : loadGeneratorOf(k6.run, result);
  const run = { result, server, loadGenerator };
  const verdict = duet
    ? withPaired(
        judgeAgainst(run, absoluteLimitsOnly(thresholds)),
        judgePaired(duet.samples, thresholds.checks, { minChange: config.pairedMinChange ?? DUET_MIN_CHANGE_VALUE }),
      )
    : judgeAgainst(run, thresholds);
  return { k6, result, server, verdict, loadGenerator };
}

/**
 * The verdict on an analysed run: the thresholds' judgement, made inconclusive when the runner
 * was saturated. Used again by composeVerdict when history stands in for the static baselines.
 */
export function judgeAgainst(
  run: Pick<JudgedRun, 'result' | 'server' | 'loadGenerator'>,
  thresholds: Thresholds,
): Verdict {
  const verdict = judge(run.result, thresholds, run.server.serverStages);
  const health = run.loadGenerator?.health;
  return health?.status === 'overloaded' ? markInconclusive(verdict, saturationSentence(health)) : verdict;
}

function loadGeneratorOf(run: ScenarioRun, result: RunResult): LoadGenerator {
  const loadStartMs = Date.parse(result.scenarioStartTime);
  const health = assessRunner(run.runner.readings, {
    k6StartMs: run.runner.k6StartMs,
    k6EndMs: run.runner.k6EndMs,
    loadStartMs: Number.isFinite(loadStartMs) ? loadStartMs : null,
  });
  return { health, insufficientVus: run.insufficientVus, droppedIterations: result.overall.droppedIterations };
}
