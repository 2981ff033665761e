import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionConfig } from '../config/types.js';
import { shellAssignment, shellQuote } from '../report/shell-quote.js';
import type { RunContext } from '../report/types.js';
import type { RunResult } from '../results/types.js';
import type { AcquiredResults } from './acquire-results.js';

/** The report's headline facts, gathered from the config, the k6 run and the runner. */
export function runContext(
  config: ActionConfig,
  acquired: AcquiredResults,
  result: RunResult,
  env: NodeJS.ProcessEnv,
): RunContext {
  const incomplete = acquired.exit !== null && !acquired.exit.complete;
  return {
    scenario: config.scenario.kind === 'custom' ? path.basename(config.scenario.scriptPath) : config.scenario.kind,
    profile: config.profile,
    target: config.baseUrl,
    k6Version: acquired.k6Version === null ? null : `v${acquired.k6Version}`,
    commit: commitSha(env),
    reproduce: reproduceCommand(config, env.GITHUB_WORKSPACE || process.cwd()),
    cleanedUp: testDataCleaned(config, result, incomplete),
    incomplete,
    incompleteReason: incomplete ? [acquired.exit?.meaning, acquired.errorLine].filter(Boolean).join(': ') : null,
  };
}

/**
 * Whether the bundled scenario's teardown() took the test users out of the line, read from its
 * DELETE requests (204 removed, 404 not waiting: both fine). Unknown for a user's own script.
 */
export function testDataCleaned(config: ActionConfig, result: RunResult, incomplete: boolean): boolean | null {
  if (config.scenario.kind === 'custom') return null;
  const cleanup = result.endpoints.filter((e) => e.phase === 'teardown' && e.method === 'DELETE');
  if (cleanup.length === 0) return incomplete ? false : null;
  return cleanup.every((e) => e.failed === 0);
}

/** On a pull request the interesting commit is the PR's head, not the merge commit GITHUB_SHA names. */
function commitSha(env: NodeJS.ProcessEnv): string | null {
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
        pull_request?: { head?: { sha?: unknown } };
      };
      const head = event.pull_request?.head?.sha;
      if (typeof head === 'string') return head;
    } catch {
      // An unreadable event file only costs the headline its commit.
    }
  }
  return env.GITHUB_SHA || null;
}

/** The k6 command that repeats this run on a laptop; the token is a placeholder, never the value. */
export function reproduceCommand(config: ActionConfig, workspace: string): string {
  const script =
    config.scenario.kind === 'custom'
      ? path.relative(workspace, config.scenario.scriptPath) || config.scenario.scriptPath
      : `scenarios/${config.scenario.kind}-test.js`;
  const vars = [
    `BASE_URL=${config.baseUrl ?? '<staging URL>'}`,
    `BOOTH_ID=${config.boothId}`,
    `PROFILE=${config.profile}`,
  ];
  if (config.authToken) vars.push('AUTH_TOKEN=<your test JWT>');
  return `${vars.map(shellAssignment).join(' ')} k6 run ${shellQuote(script)}`;
}
