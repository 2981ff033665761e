import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionConfig } from '../config/types.js';
import type { RunContext } from '../report/types.js';
import type { AcquiredResults } from './acquire-results.js';

/** The report's headline facts, gathered from the config, the k6 run and the runner. */
export function runContext(config: ActionConfig, acquired: AcquiredResults, env: NodeJS.ProcessEnv): RunContext {
  const incomplete = acquired.exit !== null && !acquired.exit.complete;
  return {
    scenario: config.scenario.kind === 'custom' ? path.basename(config.scenario.scriptPath) : config.scenario.kind,
    profile: config.profile,
    target: config.baseUrl,
    k6Version: acquired.k6Version,
    commit: commitSha(env),
    reproduce: reproduceCommand(config, env.GITHUB_WORKSPACE || process.cwd()),
    cleanedUp: null,
    incomplete,
    incompleteReason: incomplete ? [acquired.exit?.meaning, acquired.errorLine].filter(Boolean).join(': ') : null,
  };
}

/** On a pull request the interesting commit is the PR's head, not the merge commit GITHUB_SHA names. */
function commitSha(env: NodeJS.ProcessEnv): string | null {
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { head?: { sha?: unknown } } };
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
  const vars = [`BASE_URL=${config.baseUrl ?? '<staging URL>'}`, `BOOTH_ID=${config.boothId}`, `PROFILE=${config.profile}`];
  if (config.authToken) vars.push('AUTH_TOKEN=<your test JWT>');
  return `${vars.join(' ')} k6 run ${script}`;
}
