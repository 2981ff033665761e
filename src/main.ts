import path from 'node:path';
import { readConfig } from './config/inputs.js';
import { actionRoot } from './config/paths.js';
import { checkScenarioTag, settleProfile } from './config/profile-check.js';
import { loadThresholds } from './config/thresholds.js';
import { checkScopesReachable } from './config/thresholds-scope.js';
import type { ActionConfig } from './config/types.js';
import { describeFailure } from './gate/failure.js';
import { readRunEvent, type RunEvent } from './github/context.js';
import { publishReport, REPORT_MAX_CHARS, SUMMARY_MAX_CHARS } from './github/publish.js';
import { actionsIO } from './actions-io.js';
import type { ActionIO } from './core/io.js';
import { writeOutputs } from './gate/outputs.js';
import { runContext } from './gate/run-context.js';
import { confirmFailures } from './gate/confirm.js';
import { judgeRun, rejudge } from './gate/judge-run.js';
import { historyStep } from './gate/history.js';
import { stepFails } from './judge/step.js';
import { installK6 } from './k6/install.js';
import type { RunnerSampler } from './k6/runner-sampler.js';
import { K6RunError, prepareWorkDir, runScenario, type ScenarioRun } from './k6/scenario-run.js';
import { authHeaderSecrets } from './metrics/prometheus-client.js';
import { renderReport } from './report/markdown.js';
import { renderNoResults } from './report/no-results.js';
import { renderTargetDown } from './report/target-down.js';
import { confinePath } from './config/confine.js';
import { expandResultsFiles } from './config/results-files.js';
import { handOverSegment, waitForStartAt } from './k6/segment-run.js';
import { checkTargetReachable, TargetDownError } from './probe/target.js';
import { ENDPOINTS, plannedRunMs, stagePlanFor } from '../scenarios/lib/options.js';

/** How the runner is watched while k6 runs: the live sampler unless a test replays a trace. */
export interface RunnerProbe {
  sampler?: () => RunnerSampler;
}

/**
 * The whole gate, one named step after another: install k6 → check the target → run k6 →
 * analyse → server metrics → judge (→ confirm: run and judge again) → render → publish →
 * outputs. Each step gets only the part of the config it needs.
 */
export async function run(io: ActionIO = actionsIO(), runner: RunnerProbe = {}): Promise<void> {
  let config: ActionConfig | null = null;
  let event: RunEvent | null = null;
  try {
    const environment = configEnvironment(io);
    config = readConfig(io.getInput, environment);
    maskSecrets(io, config);
    event = readRunEvent(io.env);
    const thresholds = await loadThresholds(config.thresholdsPath);
    const settings = config;
    if (config.resultsFile === null && config.scenario.kind !== 'custom')
      checkScopesReachable(thresholds, bundledReach(config.scenario.kind, config.profile));
    // Before anything is installed, sent or published: outputs are written there in every mode.
    await prepareWorkDir(config.workDir);

    let runK6: (() => Promise<{ version: string; run: ScenarioRun }>) | null = null;
    if (config.resultsFile === null) {
      const baseUrl = config.baseUrl ?? '';
      // k6 first: a bad k6-path is refused before any request reaches the target.
      const installed = await installK6(
        { version: config.k6Version, k6Path: config.k6Path, downloadBaseUrl: config.k6DownloadBaseUrl },
        { log: { info: io.info, warning: io.warning, debug: () => {} } },
      );
      await checkTargetReachable(baseUrl);
      runK6 = scenarioRunner(config, installed, io, runner);
      await waitForStartAt(config.startAtMs, io);
      if (config.segment) {
        const share = await runK6();
        return handOverSegment(io, config.segment, share.run);
      }
    } else {
      io.info(`Judging the existing k6 results in ${config.resultsFile}`);
    }

    const stagePlan =
      config.scenario.kind === 'custom' ? undefined : stagePlanFor(config.scenario.kind, config.profile);
    const resultsFiles = runK6 ? [] : await givenResultsFiles(config, environment);
    const judgeOnce = async () =>
      judgeRun({ ...settings, resultsFiles }, thresholds, runK6 ? await runK6() : null, stagePlan, io.warning);
    const confirmed = await confirmFailures(await judgeOnce(), {
      enabled: config.confirm,
      rerun: runK6 && judgeOnce,
      info: io.info,
    });
    const { k6, result, server, loadGenerator } = confirmed;
    // Before history: a run of another scenario or profile must not land in this one's history.
    checkScenarioTag(config, result.described);
    const profile = settleProfile(config, result.described);
    const history = await historyStep({
      io,
      config: { ...config, profile },
      event,
      result,
      thresholds,
      k6,
      loadGenerator: loadGenerator?.health.status ?? null,
    });
    const verdict = history.fold(
      history.baseline === 'history'
        ? rejudge({ result, server, loadGenerator }, history.thresholds)
        : confirmed.verdict,
    );

    const context = runContext({ ...config, profile }, k6, result, {
      commit: event.commit,
      workspace: io.env.GITHUB_WORKSPACE || process.cwd(),
      baselineEnvironment: thresholds.baseline?.environment ?? null,
    });
    const reportInput = {
      result,
      verdict,
      context,
      ...server,
      serverStages: server.serverStages ?? undefined,
      loadGenerator,
      history: history.report,
    };
    const markdown = {
      comment: renderReport(reportInput, { maxChars: REPORT_MAX_CHARS }),
      summary: renderReport(reportInput, { maxChars: SUMMARY_MAX_CHARS }),
    };
    const comment = await publishReport(io, publishSettings(config), event, markdown, verdict.status);
    await writeOutputs(io, config.workDir, {
      result,
      verdict,
      context,
      commentUrl: comment.url,
      loadGenerator,
      resultsFile: k6?.run.resultsPath ?? config.resultsFile ?? '',
      baseline: history.baseline,
    });

    const exit = stepFails(verdict, config.failOn);
    if (exit.fails) io.setFailed(exit.reason);
    else io.info(`perf-gate verdict: ${verdict.status}. ${exit.reason}`);
  } catch (error) {
    const reason = describeFailure(error, config);
    if (config !== null && event !== null && (error instanceof TargetDownError || error instanceof K6RunError)) {
      // Said everywhere a full report would have gone: job summary, PR comment, outputs.
      const run = { scenario: config.scenario.kind, profile: config.profile, target: config.baseUrl ?? '' };
      const report = error instanceof K6RunError ? renderNoResults(run, reason) : renderTargetDown(run, reason);
      await publishReport(io, publishSettings(config), event, report, 'fail');
      io.setOutput('verdict', 'fail');
    }
    io.setFailed(reason);
  }
}

/** results-file's paths and globs, expanded; each file found is held to the workspace like a single one. */
async function givenResultsFiles(config: ActionConfig, env: { cwd: string; tempDir: string }): Promise<string[]> {
  const files = await expandResultsFiles(config.resultsFiles ?? [], env.cwd);
  if (!config.allowPathsOutsideWorkspace)
    for (const file of files) confinePath('results-file', file, [env.cwd, env.tempDir]);
  return files;
}

function bundledReach(scenario: 'enqueue' | 'spike', profile: ActionConfig['profile']) {
  return { scenario, endpoints: Object.values(ENDPOINTS), stageCount: stagePlanFor(scenario, profile).stages.length };
}

/** Runs the scenario with the installed k6; called once, and again to confirm a latency failure. */
function scenarioRunner(
  config: ActionConfig,
  installed: { version: string; k6Path: string },
  io: ActionIO,
  runner: RunnerProbe,
) {
  const baseUrl = config.baseUrl ?? '';
  return async (): Promise<{ version: string; run: ScenarioRun }> => {
    io.info(
      `Running ${path.basename(config.scenario.scriptPath)} (${config.profile}) with k6 v${installed.version} against ${baseUrl}`,
    );
    const k6Run = await runScenario(
      {
        k6Path: installed.k6Path,
        scriptPath: config.scenario.scriptPath,
        workDir: config.workDir,
        baseUrl,
        boothId: config.boothId,
        profile: config.profile,
        authToken: config.authToken,
        sampler: runner.sampler,
        segment: config.segment,
        baselineUrl: config.duet?.baselineUrl ?? null,
        stagePlan: config.scenario.kind === 'custom' ? undefined : stagePlanFor(config.scenario.kind, config.profile),
      },
      io,
    );
    return { version: installed.version, run: k6Run };
  };
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
