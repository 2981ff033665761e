/**
 * The gate's first steps when k6 runs here: install k6, probe the target, wait for start-at,
 * and hand back a function that runs the scenario (called once, and again to confirm a latency
 * failure). k6 is installed first: a bad k6-path is refused before any request reaches the target.
 */
import path from 'node:path';
import type { ActionIO } from '../core/io.js';
import type { ActionConfig } from '../config/types.js';
import { installK6 } from '../k6/install.js';
import type { RunnerSampler } from '../k6/runner-sampler.js';
import { runScenario, type ScenarioRun } from '../k6/scenario-run.js';
import { waitForStartAt } from '../k6/segment-run.js';
import { checkTargetReachable } from '../probe/target.js';
import { stagePlanFor } from '../../scenarios/lib/options.js';

/** How the runner is watched while k6 runs: the live sampler unless a test replays a trace. */
export interface RunnerProbe {
  sampler?: () => RunnerSampler;
}

/** One run of the scenario by the installed k6. */
export interface K6Run {
  version: string;
  run: ScenarioRun;
}

export type RunK6 = () => Promise<K6Run>;

/** Installs k6, probes the target and waits for start-at; returns how to run the scenario. */
export async function startK6(config: ActionConfig, io: ActionIO, runner: RunnerProbe): Promise<RunK6> {
  const installed = await installK6(
    { version: config.k6Version, k6Path: config.k6Path, downloadBaseUrl: config.k6DownloadBaseUrl },
    { log: io },
  );
  await checkTargetReachable(config.baseUrl ?? '');
  const runK6 = scenarioRunner(config, installed, io, runner);
  await waitForStartAt(config.startAtMs, io);
  return runK6;
}

function scenarioRunner(
  config: ActionConfig,
  installed: { version: string; k6Path: string },
  io: ActionIO,
  runner: RunnerProbe,
): RunK6 {
  const baseUrl = config.baseUrl ?? '';
  return async () => {
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
