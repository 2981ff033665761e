import path from 'node:path';
import type { ActionConfig } from '../config/types.js';
import { shellAssignment, shellQuote } from '../report/shell-quote.js';
import type { RunContext } from '../report/types.js';
import type { RunResult } from '../results/types.js';
import type { ScenarioRun } from '../k6/scenario-run.js';

/** The parts of the config the headline and the reproduce command tell. */
export type RunSettings = Pick<
  ActionConfig,
  'scenario' | 'profile' | 'baseUrl' | 'boothId' | 'authToken' | 'thresholdsPath'
>;

/** The packaged CLI as anyone can start it from their own repository, at the action's major version. */
export const PACKAGED_CLI = 'npx --yes github:festin/perf-gate#v1';

/** What the runner knows about the run: the commit under test and the workspace. */
export interface RunnerFacts {
  commit: string | null;
  workspace: string;
  /** The thresholds file's baseline environment, e.g. "AWS EC2 t3.micro …"; null when it names none. */
  baselineEnvironment?: string | null;
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
    baselineEnvironment: runner.baselineEnvironment ?? null,
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

/**
 * The command that repeats this run from the user's own repository: the packaged CLI, which runs
 * the same k6 script with the same inputs and keeps k6's results file in .perf-gate/runs/. The
 * token is a placeholder, never the value; every value is shell-quoted.
 */
export function reproduceCommand(settings: RunSettings, workspace: string): string {
  const relative = (file: string) => path.relative(workspace, file) || file;
  const flags: Array<[string, string]> = [
    ['base-url', settings.baseUrl ?? '<staging URL>'],
    ['scenario', settings.scenario.kind === 'custom' ? relative(settings.scenario.scriptPath) : settings.scenario.kind],
    ['profile', settings.profile],
    ['booth-id', String(settings.boothId)],
  ];
  // A user's own script has no bundled thresholds: the command names the same file.
  if (settings.scenario.kind === 'custom') flags.push(['thresholds', relative(settings.thresholdsPath)]);
  const token = settings.authToken ? `${shellAssignment('AUTH_TOKEN=<your test JWT>')} ` : '';
  return `${token}${PACKAGED_CLI} run ${flags.map(([flag, value]) => `--${flag} ${shellQuote(value)}`).join(' ')}`;
}
