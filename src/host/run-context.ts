import path from 'node:path';
import { bundledScenarioFile } from '../config/paths.js';
import type { ActionConfig } from '../config/types.js';
import { shellAssignment, shellQuote } from '../report/shell-quote.js';
import type { RunContext } from '../report/types.js';
import type { RunResult } from '../results/types.js';
import type { ScenarioRun } from '../k6/scenario-run.js';

/** The parts of the config the headline and the reproduce command tell. */
export type RunSettings = Pick<ActionConfig, 'scenario' | 'profile' | 'baseUrl' | 'boothId' | 'authToken'>;

/** What the runner knows about the run: the commit under test and the workspace. */
export interface RunnerFacts {
  commit: string | null;
  workspace: string;
}

/**
 * The report's headline facts, gathered from the config, the k6 run (null in results-file
 * mode) and the runner.
 */
export function runContext(
  settings: RunSettings,
  k6: { version: string; run: ScenarioRun } | null,
  result: RunResult,
  runner: RunnerFacts,
): RunContext {
  const incomplete = k6 !== null && !k6.run.exit.complete;
  return {
    scenario:
      settings.scenario.kind === 'custom' ? path.basename(settings.scenario.scriptPath) : settings.scenario.kind,
    profile: settings.profile,
    target: settings.baseUrl,
    k6Version: k6 === null ? null : `v${k6.version}`,
    commit: runner.commit,
    reproduce: reproduceCommand(settings, runner.workspace),
    cleanedUp: testDataCleaned(settings, result, incomplete),
    incomplete,
    incompleteReason: incomplete ? [k6?.run.exit.meaning, k6?.run.errorLine].filter(Boolean).join(': ') : null,
  };
}

/**
 * Whether the bundled scenario's teardown() took the test users out of the line, read from its
 * DELETE requests (204 removed, 404 not waiting: both fine). Unknown for a user's own script.
 */
export function testDataCleaned(
  settings: Pick<RunSettings, 'scenario'>,
  result: RunResult,
  incomplete: boolean,
): boolean | null {
  if (settings.scenario.kind === 'custom') return null;
  const cleanup = result.endpoints.filter((e) => e.phase === 'teardown' && e.method === 'DELETE');
  if (cleanup.length === 0) return incomplete ? false : null;
  return cleanup.every((e) => e.failed === 0);
}

/** The k6 command that repeats this run on a laptop; the token is a placeholder, never the value. */
export function reproduceCommand(settings: RunSettings, workspace: string): string {
  const script =
    settings.scenario.kind === 'custom'
      ? path.relative(workspace, settings.scenario.scriptPath) || settings.scenario.scriptPath
      : bundledScenarioFile(settings.scenario.kind);
  const vars = [
    `BASE_URL=${settings.baseUrl ?? '<staging URL>'}`,
    `BOOTH_ID=${settings.boothId}`,
    `PROFILE=${settings.profile}`,
  ];
  if (settings.authToken) vars.push('AUTH_TOKEN=<your test JWT>');
  return `${vars.map(shellAssignment).join(' ')} k6 run ${shellQuote(script)}`;
}
