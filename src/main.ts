import { actionsIO, type ActionIO } from './action-io.js';
import { readConfig } from './config/inputs.js';
import type { ActionConfig } from './config/types.js';
import { loadThresholds } from './config/thresholds.js';
import { judge } from './judge/judge.js';
import { stepFails } from './judge/step.js';
import { DEFAULT_K6_VERSION } from './k6/version.js';
import { acquireResults } from './pipeline/acquire-results.js';
import { describeFailure } from './pipeline/failure.js';
import { TargetDownError } from './pipeline/preflight.js';
import { publishReport } from './pipeline/publish.js';
import { reportTargetDown } from './pipeline/target-down.js';
import { runContext } from './pipeline/context.js';
import { serverView } from './pipeline/server-metrics.js';
import { writeOutputs } from './pipeline/outputs.js';
import { actionRoot } from './paths.js';
import { authHeaderSecrets } from './metrics/prometheus-client.js';
import { analyzeFile } from './results/analyze.js';
import { renderReport } from './report/markdown.js';
import { plannedRunMs, stagePlanFor } from '../scenarios/lib/options.js';

/** The whole gate: config → install → run → analyse → judge → report → publish → exit. */
export async function run(io: ActionIO = actionsIO()): Promise<void> {
  let config: ActionConfig | null = null;
  try {
    config = readConfig(io.getInput, configEnvironment(io), DEFAULT_K6_VERSION);
    if (config.authToken) io.setSecret(config.authToken);
    if (config.githubToken) io.setSecret(config.githubToken);
    for (const secret of authHeaderSecrets(config.prometheus?.authHeader)) io.setSecret(secret);
    const thresholds = await loadThresholds(config.thresholdsPath);

    const acquired = await acquireResults(config, io);
    const stagePlan =
      config.scenario.kind === 'custom' ? undefined : stagePlanFor(config.scenario.kind, config.profile);
    const result = await analyzeFile(acquired.resultsPath, { stagePlan });
    const server = await serverView(config, result, thresholds.serverMetrics.queries, io);
    const verdict = judge(result, thresholds, server.serverStages);

    const context = runContext(config, acquired, result, io.env);
    const markdown = renderReport({
      result,
      verdict,
      context,
      ...server,
      serverStages: server.serverStages ?? undefined,
    });
    const comment = await publishReport(io, config, markdown, verdict.status);
    await writeOutputs(io, config, { result, verdict, context, commentUrl: comment.url });

    const exit = stepFails(verdict, config.failOn);
    if (exit.fails) io.setFailed(exit.reason);
    else io.info(`perf-gate verdict: ${verdict.status}. ${exit.reason}`);
  } catch (error) {
    const reason = describeFailure(error, config);
    if (config !== null && error instanceof TargetDownError) await reportTargetDown(io, config, reason);
    io.setFailed(reason);
  }
}

function configEnvironment(io: ActionIO) {
  return {
    cwd: io.env.GITHUB_WORKSPACE || process.cwd(),
    actionRoot: actionRoot(),
    tempDir: io.env.RUNNER_TEMP || '',
    nowMs: Date.now(),
    plannedRunMs,
  };
}
