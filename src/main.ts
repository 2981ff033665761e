import path from 'node:path';
import { readConfig } from './config/inputs.js';
import { actionRoot } from './config/paths.js';
import { loadThresholds } from './config/thresholds.js';
import type { ActionConfig } from './config/types.js';
import { describeFailure } from './errors/describe.js';
import { readRunEvent, type RunEvent } from './github/context.js';
import { publishReport, REPORT_MAX_CHARS } from './github/publish.js';
import { actionsIO, type ActionIO } from './host/action-io.js';
import { writeOutputs } from './host/outputs.js';
import { runContext } from './host/run-context.js';
import { judge } from './judge/judge.js';
import { stepFails } from './judge/step.js';
import { installK6 } from './k6/install.js';
import { prepareWorkDir, runScenario, type ScenarioRun } from './k6/scenario-run.js';
import { serverView } from './metrics/server-view.js';
import { authHeaderSecrets } from './metrics/prometheus-client.js';
import { renderReport } from './report/markdown.js';
import { renderTargetDown } from './report/target-down.js';
import { analyzeFiles } from './results/analyze-files.js';
import { expandResultsFiles } from './config/results-files.js';
import { handOverSegment, waitForStartAt } from './k6/segment-run.js';
import { checkTargetReachable, TargetDownError } from './target/check.js';
import { plannedRunMs, stagePlanFor } from '../scenarios/lib/options.js';

/**
 * The whole gate, one named step after another: check the target → install k6 → run k6 →
 * analyse → server metrics → judge → render → publish → outputs. Each step gets only the part
 * of the config it needs.
 */
export async function run(io: ActionIO = actionsIO()): Promise<void> {
  let config: ActionConfig | null = null;
  let event: RunEvent | null = null;
  try {
    config = readConfig(io.getInput, configEnvironment(io));
    maskSecrets(io, config);
    event = readRunEvent(io.env);
    const thresholds = await loadThresholds(config.thresholdsPath);

    let k6: { version: string; run: ScenarioRun } | null = null;
    if (config.resultsFile === null) {
      const baseUrl = config.baseUrl ?? '';
      await prepareWorkDir(config.workDir);
      await checkTargetReachable(baseUrl);
      const installed = await installK6(
        { version: config.k6Version, k6Path: config.k6Path, downloadBaseUrl: config.k6DownloadBaseUrl },
        { log: { info: io.info, warning: io.warning, debug: () => {} } },
      );
      io.info(
        `Running ${path.basename(config.scenario.scriptPath)} (${config.profile}) with k6 v${installed.version} against ${baseUrl}`,
      );
      await waitForStartAt(config.startAtMs, io);
      const k6Run = await runScenario(
        {
          k6Path: installed.k6Path,
          scriptPath: config.scenario.scriptPath,
          workDir: config.workDir,
          baseUrl,
          boothId: config.boothId,
          profile: config.profile,
          authToken: config.authToken,
          segment: config.segment,
        },
        io.k6Log,
      );
      if (config.segment) return handOverSegment(io, config.segment, k6Run.resultsPath);
      k6 = { version: installed.version, run: k6Run };
    } else {
      io.info(`Judging the existing k6 results in ${config.resultsFile}`);
    }

    const stagePlan =
      config.scenario.kind === 'custom' ? undefined : stagePlanFor(config.scenario.kind, config.profile);
    const files = k6
      ? [k6.run.resultsPath]
      : await expandResultsFiles(config.resultsFiles ?? [], configEnvironment(io).cwd);
    const result = await analyzeFiles(files, {
      stagePlan,
      k6Exit: k6?.run.exit ?? null,
    });
    const server = await serverView(config, result, thresholds.serverMetrics.queries, io.warning);
    const verdict = judge(result, thresholds, server.serverStages);

    const context = runContext(config, k6, result, {
      commit: event.commit,
      workspace: io.env.GITHUB_WORKSPACE || process.cwd(),
    });
    const markdown = renderReport(
      { result, verdict, context, ...server, serverStages: server.serverStages ?? undefined },
      { maxChars: REPORT_MAX_CHARS },
    );
    const comment = await publishReport(io, publishSettings(config), event, markdown, verdict.status);
    await writeOutputs(io, config.workDir, { result, verdict, context, commentUrl: comment.url });

    const exit = stepFails(verdict, config.failOn);
    if (exit.fails) io.setFailed(exit.reason);
    else io.info(`perf-gate verdict: ${verdict.status}. ${exit.reason}`);
  } catch (error) {
    const reason = describeFailure(error, config);
    if (config !== null && event !== null && error instanceof TargetDownError) {
      // Said everywhere a full report would have gone: job summary, PR comment, outputs.
      const report = renderTargetDown(
        { scenario: config.scenario.kind, profile: config.profile, target: config.baseUrl ?? '' },
        reason,
      );
      await publishReport(io, publishSettings(config), event, report, 'fail');
      io.setOutput('verdict', 'fail');
    }
    io.setFailed(reason);
  }
}

function maskSecrets(io: ActionIO, config: ActionConfig): void {
  if (config.authToken) io.setSecret(config.authToken);
  if (config.githubToken) io.setSecret(config.githubToken);
  for (const secret of authHeaderSecrets(config.prometheus?.authHeader)) io.setSecret(secret);
}

function publishSettings(config: ActionConfig) {
  return {
    githubToken: config.githubToken,
    comment: config.comment,
    commentAuthor: config.commentAuthor ?? null,
    key: config.scenario.kind,
  };
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
