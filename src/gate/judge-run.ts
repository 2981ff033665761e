/**
 * One run, analysed and judged: k6's results (or a results file), the server's figures, the
 * verdict, and whether the load generator itself held up. The confirmation loop calls it once
 * per k6 run.
 */
import type { Thresholds } from '../config/thresholds.js';
import type { ActionConfig } from '../config/types.js';
import { markInconclusive } from '../judge/inconclusive.js';
import { judge } from '../judge/judge.js';
import { assessRunner, saturationSentence, type LoadGenerator } from '../judge/runner-health.js';
import type { Verdict } from '../judge/types.js';
import type { ScenarioRun } from '../k6/scenario-run.js';
import { serverView, type ServerView } from '../metrics/server-view.js';
import type { AnalyzeOptions } from '../results/analyze.js';
import { analyzeFiles } from '../results/analyze-files.js';
import type { RunResult } from '../results/types.js';
import { taggedStagePlan } from '../../scenarios/lib/options.js';

export interface JudgedRun {
  k6: { version: string; run: ScenarioRun } | null;
  result: RunResult;
  server: ServerView;
  verdict: Verdict;
  /** null in results-file mode: no runner was watched. */
  loadGenerator: LoadGenerator | null;
}

export async function judgeRun(
  config: Pick<ActionConfig, 'prometheus' | 'grafanaUrl'> & {
    /** The results files to judge as one run when k6 did not run here (results-file mode). */
    resultsFiles: readonly string[];
  },
  thresholds: Thresholds,
  k6: { version: string; run: ScenarioRun } | null,
  stagePlan: AnalyzeOptions['stagePlan'],
  warn: (message: string) => void,
): Promise<JudgedRun> {
  const result = await analyzeFiles(k6 ? [k6.run.resultsPath] : config.resultsFiles, {
    stagePlan,
    planOf: taggedStagePlan,
    k6Exit: k6?.run.exit ?? null,
  });
  const server = await serverView(config, result, thresholds.serverMetrics.queries, warn);
  const loadGenerator = k6 === null ? null : loadGeneratorOf(k6.run, result);
  return { k6, result, server, verdict: rejudge({ result, server, loadGenerator }, thresholds), loadGenerator };
}

/**
 * The verdict on an analysed run: the thresholds' judgement, made inconclusive when the runner
 * was saturated. Used again when history stands in for the thresholds' static baselines.
 */
export function rejudge(run: Pick<JudgedRun, 'result' | 'server' | 'loadGenerator'>, thresholds: Thresholds): Verdict {
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
